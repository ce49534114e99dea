/**
 * repairText: the artifact-repair pipeline. Each stage is a small pure module returning its text and a map back to
 * its input (see offset-map.ts); the composed map lets every clean character name its index in the original, so
 * evidence spans always cut the file the user has.
 */
import { dropBoxDrawing } from './box-drawing.ts';
import { dropBullets } from './bullets.ts';
import { dropDecorationLetters } from './decoration.ts';
import { repairDoubledFigures } from './doubled-figures.ts';
import { repairDoubledRuns } from './doubled-runs.ts';
import { joinLines } from './line-joins.ts';
import { runStages, type Stage } from './offset-map.ts';
import { joinPageJumps } from './page-jumps.ts';
import { dropPageNumbers } from './page-numbers.ts';
import { dropWebChrome } from './web-chrome.ts';
import { removeSpaces } from './spaces.ts';
import { joinSpacedCells } from './spaced-cells.ts';
import { foldTraditionalStage } from './traditional.ts';
import { foldWidth } from './width.ts';
import { normalizeWhitespace } from './whitespace.ts';

export { foldTraditional } from './traditional.ts';

/** Order matters: characters are folded first so the doubled-run parse and the layout see canonical text; the line
 * joins run before the space stage, which decides whether a joint stays a space, and before bullets go, which they
 * read as the start of an item. */
export const REPAIR_STAGES: readonly Stage[] = [
  normalizeWhitespace,
  foldWidth,
  foldTraditionalStage,
  dropPageNumbers,
  joinPageJumps,
  dropWebChrome,
  repairDoubledRuns,
  repairDoubledFigures,
  dropDecorationLetters,
  joinSpacedCells,
  joinLines,
  dropBoxDrawing,
  dropBullets,
  removeSpaces,
];

export interface RepairedText {
  text: string;
  /** `offsets[i]` is the index in the original of clean character i; `offsets[text.length] === original.length`. */
  offsets: Int32Array;
}

export function repairText(original: string): RepairedText {
  return runStages(original, REPAIR_STAGES);
}

/** The original span of clean span [a, b): from the first character's source to just after the last one's. */
export function toOriginalSpan(clean: RepairedText, a: number, b: number): { start: number; end: number } {
  if (a < 0 || b > clean.text.length || a > b) {
    throw new RangeError(`toOriginalSpan: span [${a}, ${b}) is outside the clean text (length ${clean.text.length})`);
  }
  if (a === b) return { start: clean.offsets[a], end: clean.offsets[a] };
  return { start: clean.offsets[a], end: clean.offsets[b - 1] + 1 };
}
