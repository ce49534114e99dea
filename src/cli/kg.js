#!/usr/bin/env node
// Entry point of the `kg` command. The sources are TypeScript; tsx compiles them on the fly (and caches), so the
// command always runs what is in src/ — no stale build to forget.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
