/** Reading reports: decode bytes (decode.ts) and repair extraction artifacts with an exact offset map (repair.ts). */
export { decodeReport, ReportInputError, type ReportEncoding } from './decode.ts';
export { foldTraditional, repairText, toOriginalSpan, type RepairedText } from './repair.ts';
