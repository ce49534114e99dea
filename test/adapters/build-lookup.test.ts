/**
 * The build's file hashes: a report whose stat (size, times, inode) is unchanged since the last build is not read
 * again; any change to it, or a stat too close to the file's last write to be trusted, makes it read and hashed.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileHashes } from '../../src/adapters/build-lookup.ts';

let dir: string;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const past = new Date(Date.now() - 60_000);
/** A build a minute later (the file's change time, which utimes cannot set back, is then old enough to trust). */
const later = () => Date.now() + 60_000;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-build-lookup-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fileHashes', () => {
  it('reads a file once, then knows it by its stat across builds', () => {
    const cache = join(dir, 'c1');
    const file = join(dir, 'a.txt');
    writeFileSync(file, '白沙镇2020年工作总结');
    utimesSync(file, past, past);
    const first = fileHashes(cache, later());
    expect(first.hash(file)).toEqual({ sha: sha('白沙镇2020年工作总结'), bytes: 28 });
    expect(first.hashed).toBe(1);
    first.save();
    const second = fileHashes(cache, later() + 60_000);
    expect(second.hash(file)!.sha).toBe(sha('白沙镇2020年工作总结'));
    expect(second.hashed).toBe(0);
  });

  it('reads a file again when its bytes change, even with the same size and modification time', () => {
    const cache = join(dir, 'c2');
    const file = join(dir, 'b.txt');
    writeFileSync(file, '复建村完成道路硬化3公里');
    utimesSync(file, past, past);
    const first = fileHashes(cache, later());
    first.hash(file);
    first.save();
    writeFileSync(file, '复建村完成道路硬化5公里'); // same length
    utimesSync(file, past, past); // mtime put back; the change time still moves
    const second = fileHashes(cache, later() + 60_000);
    expect(second.hash(file)!.sha).toBe(sha('复建村完成道路硬化5公里'));
    expect(second.hashed).toBe(1);
  });

  it('does not trust a stat taken right after the file was written', () => {
    const cache = join(dir, 'c3');
    const file = join(dir, 'c.txt');
    writeFileSync(file, '兴农村');
    const first = fileHashes(cache);
    first.hash(file);
    first.save();
    const second = fileHashes(cache);
    second.hash(file);
    expect(second.hashed).toBe(1);
  });

  it('says which files cannot be read, and works without a cache folder', () => {
    const hashes = fileHashes(null);
    expect(hashes.hash(join(dir, 'missing.txt'))).toBeNull();
    const file = join(dir, 'd.txt');
    writeFileSync(file, 'x');
    expect(hashes.hash(file)).toEqual({ sha: sha('x'), bytes: statSync(file).size });
    hashes.save();
  });
});
