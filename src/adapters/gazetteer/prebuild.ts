/**
 * `npm run gazetteer:index`: builds the cached gazetteer index now (if missing or stale) instead of on first use,
 * so CI and fresh clones do not pay the ~10 s cold build inside a timed test.
 */
import { gazetteerCachePath, loadGazetteerSync } from './load.ts';

const t0 = performance.now();
const gaz = loadGazetteerSync();
const ms = (performance.now() - t0).toFixed(0);
console.log(`gazetteer: ${gaz.size} places from ${gaz.source}, index ${gazetteerCachePath()} (${ms} ms)`);
