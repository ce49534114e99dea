/**
 * Pinyin keys for the page's search, computed here rather than in the page: pinyin-pro and its dictionary (~290 KB of
 * script) then never reach the browser, and 20k names take ~0.1–0.3 CPU-s in Node once per graph instead of seconds
 * on the page's main thread. pinyin-pro gives every character its most likely reading; for names that is right
 * nearly always.
 */
import { pinyin } from 'pinyin-pro';
import type { SearchKeysPayload } from './api-types.ts';

const HAN = /\p{Script=Han}/u;

/** `复建村` → { full: 'fujiancun', initials: 'fjc' }; a name without Han characters is its own key, lower-cased. */
export function toPinyinKeys(name: string): { full: string; initials: string } {
  if (!HAN.test(name)) {
    const plain = name.toLowerCase().replace(/\s+/g, '');
    return { full: plain, initials: plain };
  }
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const clean = syllables.map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, '')).filter(Boolean);
  return { full: clean.join(''), initials: clean.map((s) => s[0]).join('') };
}

/** The keys of every name, in the order given (the drawing payload's node order). */
export function buildSearchKeys(names: string[]): SearchKeysPayload {
  const full: string[] = [];
  const initials: string[] = [];
  for (const name of names) {
    const k = toPinyinKeys(name);
    full.push(k.full);
    initials.push(k.initials);
  }
  return { full, initials };
}
