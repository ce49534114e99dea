/**
 * A folder of good and bad reports: every bad file gets its own one-line error, and the graph of the good ones is
 * exactly the graph they give alone.
 */
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, type BuildResult } from '../../src/adapters/build.ts';
import { mulberry32, randomBytes } from './prng.ts';
import { SEED_FILES } from './cases.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Bad files: name → bytes. Each must be refused by its reader. */
function badFiles(): Record<string, Uint8Array> {
  const noise = randomBytes(mulberry32(7), 8192);
  noise[100] = 0; // NUL: binary whatever else the bytes happen to be
  const gbk = iconv.encode('白沙镇受理审批事项209件', 'gbk');
  return {
    'empty.txt': new Uint8Array(0),
    'blank.txt': utf8('\n  \n\t\n'),
    'noise.txt': noise,
    'nul.txt': utf8('白沙镇\0\0\0受理审批事项\0'.repeat(50)),
    'gbk-cut.txt': gbk.subarray(0, gbk.length - 1),
    'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    'utf16-lone-surrogate.txt': new Uint8Array([0xff, 0xfe, ...Buffer.from('白沙镇\uD800镇', 'utf16le')]),
    'broken.pdf': utf8('%PDF-1.7\n1 0 obj << /Type /Catalog'),
    'random.pdf': noise,
    'nav-only.html': utf8('<html><body><nav><a href="/">首页</a></nav></body></html>'),
    'broken.docx': utf8('PK\u0003\u0004 truncated'),
  };
}

describe('a folder with bad files', () => {
  let dir: string;
  let alone: BuildResult;
  let mixed: BuildResult;
  let seeds: string[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-fuzz-folder-'));
    seeds = SEED_FILES.map((u) => {
      const to = join(dir, basename(fileURLToPath(u)));
      copyFileSync(u, to);
      return to;
    });
    for (const [name, bytes] of Object.entries(badFiles())) writeFileSync(join(dir, name), bytes);
    mkdirSync(join(dir, 'sub'));
    symlinkSync('..', join(dir, 'sub', 'loop')); // a symbolic link loop
    alone = await buildGraph(seeds, { cache: false, workers: 1 });
    mixed = await buildGraph([dir], { cache: false, workers: 1 });
  }, 180_000);

  it('builds the good reports to exactly the graph they give alone', () => {
    expect(alone.errors).toEqual([]);
    expect(alone.documents).toBe(2);
    expect(mixed.documents).toBe(2);
    expect(alone.graph.nodes.length).toBeGreaterThan(50);
    expect(mixed.graph).toEqual(alone.graph);
  });

  it('reports each bad file once, in one line that says what to do', () => {
    for (const name of Object.keys(badFiles())) {
      const mine = mixed.errors.filter((e) => e.startsWith(`${join(dir, name)}: `));
      expect(mine, `${name}: ${JSON.stringify(mixed.errors)}`).toHaveLength(1);
      expect(mine[0]).toMatch(/^[^\n]+; [^\n]+$/);
    }
  });

  it('reports the symbolic link loop', () => {
    expect(mixed.errors.some((e) => e.includes(join(dir, 'sub', 'loop')) && /loop/.test(e))).toBe(true);
  });
});
