/**
 * CommonJS packages seen through TypeScript's NodeNext resolution type their default export as `.default`, while
 * bundlers (Vite) and Node hand over `module.exports` itself. One place unwraps both ways so the rest of the page
 * imports plain values.
 */
import fa2Import from 'graphology-layout-forceatlas2';
import fa2WorkerImport from 'graphology-layout-forceatlas2/worker.js';

export const forceAtlas2 = (fa2Import.default ?? fa2Import) as typeof fa2Import.default;
export const FA2Layout = (fa2WorkerImport.default ?? fa2WorkerImport) as typeof fa2WorkerImport.default;
