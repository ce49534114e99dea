// Merge worker entry. Node 20 does not pass tsx's loader to workers, so this plain-JS file registers it and then
// loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./build-merge-worker-main.ts');
