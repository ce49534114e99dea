// Worker-thread entry for the fuzz runner. Node 20 does not pass tsx's loader to workers, so this plain-JS file
// registers it and then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./fuzz-worker-main.ts');
