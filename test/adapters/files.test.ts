import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectReports, READERS, readReport, registerReader, ReportInputError } from '../../src/adapters/files.ts';

let root: string;
/** The extensions the reader map knows, as the error messages list them. */
const supported = () => [...READERS.keys()].sort().join(', ');
const at = (...parts: string[]) => join(root, ...parts);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kg-files-'));
  mkdirSync(at('reports', '2020'), { recursive: true });
  mkdirSync(at('reports', '.cache'));
  mkdirSync(at('empty'));
  mkdirSync(at('loop'));
  writeFileSync(at('reports', 'b.txt'), '白沙镇2020年工作回眸。\n');
  writeFileSync(at('reports', '2020', 'a.TXT'), iconv.encode('柏林镇2023年亮点工作回眸。\n', 'gbk'));
  writeFileSync(at('reports', 'notes.md'), '# not a report');
  writeFileSync(at('reports', '.cache', 'hidden.txt'), '不应读取。');
  writeFileSync(at('empty', 'readme.md'), 'no reports here');
  writeFileSync(at('loop', 'c.txt'), '循环目录里的报告。');
  symlinkSync(at('loop'), at('loop', 'again'));
  symlinkSync(at('nowhere.txt'), at('reports', 'dangling.txt'));
  writeFileSync(at('blank.txt'), '   \n');
  writeFileSync(at('image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('collectReports', () => {
  it('walks folders recursively, sorted, skipping hidden folders and other extensions', () => {
    const { files, errors } = collectReports([at('reports')]);
    expect(files).toEqual([at('reports', '2020', 'a.TXT'), at('reports', 'b.txt')]);
    expect(errors.map((e) => e.file)).toEqual([at('reports', 'dangling.txt')]);
    expect(errors[0].message).toMatch(/dangling\.txt: no such file or folder; check the path/);
  });

  it('reports each bad path and keeps going', () => {
    const { files, errors } = collectReports([
      at('missing'),
      at('empty'),
      at('reports', 'notes.md'),
      at('reports', 'b.txt'),
    ]);
    expect(files).toEqual([at('reports', 'b.txt')]);
    expect(errors.every((e) => e instanceof ReportInputError)).toBe(true);
    expect(errors.map((e) => e.message)).toEqual([
      `${at('missing')}: no such file or folder; check the path`,
      `${at('empty')}: folder contains no reports (${supported()}); check the path`,
      `${at('reports', 'notes.md')}: not a supported report file (${supported()}); convert it to .txt`,
    ]);
  });

  it('stops at a symlink loop with one error', () => {
    const { files, errors } = collectReports([at('loop')]);
    expect(files).toEqual([at('loop', 'c.txt')]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/again: symbolic link loop back to .*loop; remove the link/);
  });

  it('lists a file named twice once', () => {
    const { files } = collectReports([at('reports', 'b.txt'), at('reports'), at('reports', 'b.txt')]);
    expect(files).toEqual([at('reports', '2020', 'a.TXT'), at('reports', 'b.txt')]);
  });
});

describe('readReport', () => {
  it('reads and decodes a report with its identity', async () => {
    const report = await readReport(at('reports', '2020', 'a.TXT'));
    const raw = iconv.encode('柏林镇2023年亮点工作回眸。\n', 'gbk');
    expect(report).toEqual({
      docId: 'a',
      path: at('reports', '2020', 'a.TXT'),
      bytes: raw.length,
      sha256: createHash('sha256').update(raw).digest('hex'),
      text: '柏林镇2023年亮点工作回眸。\n',
      encoding: 'gb18030',
    });
  });

  it.each([
    ['blank.txt', /blank\.txt: contains only whitespace/],
    ['image.txt', /image\.txt: this is a PNG image/],
    ['missing.txt', /missing\.txt: no such file or folder/],
  ])('turns %s into a ReportInputError', async (name, message) => {
    await expect(readReport(at(name))).rejects.toThrow(message);
    await expect(readReport(at(name))).rejects.toBeInstanceOf(ReportInputError);
  });

  it('uses a registered reader for a new extension', async () => {
    // An extension no real reader uses, so the test cannot shadow one (.pdf, .html come from adapters/formats).
    writeFileSync(at('reports', 'c.kgtest'), '<p>白沙镇</p>');
    registerReader('KGTEST', (bytes) => ({
      text: Buffer.from(bytes)
        .toString('utf8')
        .replace(/<[^>]+>/g, ''),
      encoding: 'kgtest',
    }));
    try {
      expect(collectReports([at('reports')]).files).toContain(at('reports', 'c.kgtest'));
      expect(await readReport(at('reports', 'c.kgtest'))).toMatchObject({
        docId: 'c',
        text: '白沙镇',
        encoding: 'kgtest',
      });
    } finally {
      READERS.delete('.kgtest');
      rmSync(at('reports', 'c.kgtest'));
    }
  });
});
