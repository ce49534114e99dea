/** `.docx` reports through mammoth's raw-text conversion: one paragraph per line (mammoth separates them by a blank
 * line, which the core's line joins read as paragraph ends). Loaded on first use. */
import { ReportInputError } from '../../core/read/decode.ts';
import type { DecodedReport } from '../files.ts';

export async function readDocx(bytes: Uint8Array, file: string): Promise<DecodedReport> {
  const mammoth = (await import('mammoth')).default;
  let text: string;
  try {
    ({ value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
  } catch (error) {
    throw new ReportInputError(
      file,
      `not a readable .docx (${(error as Error).message.split('\n')[0]}); open it in Word or LibreOffice, save as .docx or UTF-8 text and retry`,
    );
  }
  if (text.trim() === '')
    throw new ReportInputError(file, 'the document has no text; remove it or add the report text');
  return { text: text.replace(/\r\n?/g, '\n'), encoding: 'docx' };
}
