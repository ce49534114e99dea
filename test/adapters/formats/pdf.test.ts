import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readReport, ReportInputError } from '../../../src/adapters/files.ts';
import { readPdf } from '../../../src/adapters/formats/pdf.ts';
import { loadExtractEnv } from '../../../src/adapters/extract-env.ts';
import { extractDocument } from '../../../src/core/pipeline.ts';
import { hasCjkFont, makeCjkPdf, makeLockedPdf, makeStandardCjkPdf, type Draw } from './make-pdf.ts';

/** Lines of at most `n` characters, as a column would wrap them. */
function wrap(text: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += n) out.push(text.slice(i, i + n));
  return out;
}

const LEFT = [
  '2022年，天荒坪镇深入推进乡村振兴，大溪村完成污水零直排改造。',
  '山河村建成数字乡村驿站，全镇实现农村居民人均可支配收入5.8万元。',
];
const RIGHT = '全年受理审批事项209件，按期办结率100%。港口村股份经济合作社年经营性收入达到120万元。';
const HEADING = '天荒坪镇2022年工作回眸';

/**
 * Page 1: a fake-bold heading spanning both columns (drawn twice, 0.3pt apart), then two columns whose lines sit on
 * the same baselines and are drawn row by row across the page (so neither drawing order nor naive line grouping
 * gives the reading order); the left column has two paragraphs. Page 2: one line.
 */
function newspaperPage(): Draw[][] {
  const draws: Draw[] = [
    { text: HEADING, x: 180, y: 780, size: 18 },
    { text: HEADING, x: 180.3, y: 780, size: 18 },
  ];
  const step = 14;
  const left: Array<string | null> = [...wrap(LEFT[0]!, 20), null, ...wrap(LEFT[1]!, 20)];
  const right = wrap(RIGHT, 20);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const y = 740 - i * step;
    const l = left[i];
    if (l) draws.push({ text: l, x: 50, y, size: 10 });
    if (right[i]) draws.push({ text: right[i]!, x: 320, y, size: 10 });
  }
  return [draws, [{ text: '大溪村获评美丽乡村精品村。', x: 50, y: 780, size: 10 }]];
}

describe.skipIf(!hasCjkFont())('readPdf (needs Debian fonts-noto-cjk)', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-pdf-'));
    file = join(dir, 'tianhuangping-2022.pdf');
    writeFileSync(file, await makeCjkPdf(newspaperPage()));
    loadExtractEnv(); // may build the gazetteer index on a cold cache
  }, 120_000);

  it('reads columns in order, drops the fake-bold copy, keeps the heading on its own line', async () => {
    const { text, encoding } = await readReport(file);
    expect(encoding).toBe('pdf');
    const lines = text.split('\n');
    expect(lines[0]).toBe(HEADING);
    expect(lines[1]).toBe(''); // heading set apart
    expect(text).not.toContain('天荒坪镇天荒坪镇');
    expect(text.split(HEADING)).toHaveLength(2);
    const body = text.replace(/\n/g, '');
    // the whole left column, then the whole right column, then page 2
    expect(body).toContain(LEFT[0]! + LEFT[1]! + RIGHT + '大溪村获评');
    // a blank line between the left column's two paragraphs (the vertical gap), none inside a paragraph
    expect(text).toContain('改造。\n\n山河村');
    expect(text).toContain(`${wrap(LEFT[0]!, 20)[0]}\n${wrap(LEFT[0]!, 20)[1]}`);
  });

  it('says where each line was printed', async () => {
    const { text, lines } = await readReport(file);
    expect(lines).toBeDefined();
    const at = (s: string) => lines!.find((l) => text.slice(l.start, l.end) === s)!;
    const heading = at(HEADING);
    expect(heading).toMatchObject({ page: 1, h: 18 });
    expect(heading.x).toBeCloseTo(180, 0);
    expect(heading.y).toBeCloseTo(842 - 780 - 18, 0); // top of the line, from the page's top
    const right = at(wrap(RIGHT, 20)[0]!);
    expect(right.x).toBeCloseTo(320, 0);
    // 20 characters of 10pt, three of them half-width digits
    expect(right.w).toBeGreaterThan(170);
    expect(right.w).toBeLessThanOrEqual(200);
    expect(at('大溪村获评美丽乡村精品村。').page).toBe(2);
    for (const l of lines!) expect(text.slice(l.start, l.end).includes('\n')).toBe(false);
  });

  it('gives a graph with the villages and the outcome read across the columns', async () => {
    const report = await readReport(file);
    const graph = extractDocument(report, loadExtractEnv());
    const names = (type: string) => graph.nodes.filter((n) => n.attributes.type === type).map((n) => n.attributes.name);
    expect(names('Place')).toEqual(expect.arrayContaining(['天荒坪镇', '大溪村', '山河村', '港口村']));
    expect(names('Outcome')).toEqual(expect.arrayContaining(['受理审批事项209件', '农村居民人均可支配收入5.8万元']));
    const doc = graph.nodes.find((n) => n.attributes.type === 'Document')!;
    expect(doc.attributes).toMatchObject({ town: '天荒坪镇', year: 2022, encoding: 'pdf' });
  });
});

describe('readPdf without embedded fonts', () => {
  it('reads Chinese set in STSong-Light through the CMaps shipped with pdfjs-dist', async () => {
    const { text } = await readPdf(await makeStandardCjkPdf('白沙镇受理审批事项209件'), 'standard.pdf');
    expect(text.trim()).toBe('白沙镇受理审批事项209件');
  });
});

describe('readPdf errors', () => {
  it.each([
    ['a truncated PDF', (b: Uint8Array) => b.subarray(0, 40), /standard\.pdf: .*(damaged|cannot be read).*retry/],
    ['bytes that are no PDF', () => new TextEncoder().encode('%PDF-1.7\nnonsense'), /standard\.pdf: .*retry/],
  ])('%s is a ReportInputError naming the file', async (_what, mangle, message) => {
    const good = await makeStandardCjkPdf('白沙镇');
    const error = await readPdf(mangle(good), 'standard.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportInputError);
    expect((error as Error).message).toMatch(message);
  });

  it('a password-protected PDF asks for an unprotected copy', async () => {
    const error = await readPdf(await makeLockedPdf(), 'locked.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportInputError);
    expect((error as Error).message).toBe(
      'locked.pdf: the PDF is encrypted with a password; save an unprotected copy and retry',
    );
  });

  it('a page without text asks for OCR', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    doc.addPage();
    const error = await readPdf(await doc.save(), 'scan.pdf').catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^scan\.pdf: .*no text layer.*OCR/);
  });
});
