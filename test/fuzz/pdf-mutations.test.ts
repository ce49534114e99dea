/**
 * Damaged PDFs: a small valid PDF cut at seeded points and with seeded bytes overwritten. pdfjs is lenient, so a
 * damaged file may still give text; otherwise it must be a ReportInputError naming the file, never another error,
 * and never a hang (a wall-time guard, generous: not a speed target).
 */
import { describe, expect, it } from 'vitest';
import { ReportInputError } from '../../src/adapters/files.ts';
import { readPdf } from '../../src/adapters/formats/pdf.ts';
import { makeStandardCjkPdf } from '../adapters/formats/make-pdf.ts';
import { mulberry32, randInt } from './prng.ts';

const GUARD_MS = 20_000;

function mutations(pdf: Uint8Array): Array<[string, Uint8Array]> {
  const rand = mulberry32(42);
  const out: Array<[string, Uint8Array]> = [];
  for (let i = 0; i < 8; i++) {
    const at = randInt(rand, 1, pdf.length);
    out.push([`cut at byte ${at}`, pdf.subarray(0, at)]);
  }
  for (let i = 0; i < 8; i++) {
    const copy = new Uint8Array(pdf);
    const n = randInt(rand, 1, 64);
    for (let k = 0; k < n; k++) copy[randInt(rand, 0, copy.length)] = randInt(rand, 0, 256);
    out.push([`${n} bytes overwritten (#${i})`, copy]);
  }
  return out;
}

describe('readPdf on damaged PDFs', () => {
  it('gives text or a ReportInputError for each, in bounded time', async () => {
    const pdf = await makeStandardCjkPdf('白沙镇受理审批事项209件');
    for (const [what, bytes] of mutations(pdf)) {
      let timer: NodeJS.Timeout | undefined;
      const guard = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), GUARD_MS)));
      const outcome = await Promise.race([readPdf(bytes, 'damaged.pdf').catch((e: unknown) => e), guard]);
      clearTimeout(timer);
      expect(outcome, what).not.toBe('timeout');
      if (outcome instanceof Error) {
        expect(outcome, `${what}: ${outcome.message}`).toBeInstanceOf(ReportInputError);
        expect(outcome.message, what).toMatch(/^damaged\.pdf: [^\n]+; [^\n]+$/);
      } else expect(typeof (outcome as { text: string }).text, what).toBe('string');
    }
  }, 120_000);
});
