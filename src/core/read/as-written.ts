/**
 * A clean span shown with the file's own characters: the repair stages fold characters 1:1 for matching (traditional
 * to simplified, full-width digits, corner quotes) and also remove artifacts (doubled runs, spaces between
 * characters, broken lines). Evidence shows the reader the first kind as written and the second kind repaired:
 * 堅持「一村一品」 stays 堅持「一村一品」, 深化改革深化改革 reads 深化改革.
 */
import type { RepairedText } from './repair.ts';

const isSpaceCode = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x3000;

/** Whether any clean character stands for a different character of the file (a fold happened somewhere). */
export function foldsAnything(clean: RepairedText, original: string): boolean {
  const { text, offsets } = clean;
  for (let i = 0; i < text.length; i++) {
    const o = original.charCodeAt(offsets[i]!);
    if (o !== text.charCodeAt(i) && !isSpaceCode(o)) return true;
  }
  return false;
}

/** Clean characters start…end, each replaced by the file character it comes from unless that is white space. */
export function asWritten(clean: RepairedText, original: string, start: number, end: number): string {
  const { text, offsets } = clean;
  let out = '';
  for (let i = start; i < end; i++) {
    const o = original.charCodeAt(offsets[i]!);
    out += String.fromCharCode(isSpaceCode(o) ? text.charCodeAt(i) : o);
  }
  return out;
}
