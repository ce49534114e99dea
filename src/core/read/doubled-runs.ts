/**
 * Doubled runs: some newspaper PDFs draw bold text twice, and extraction writes every run twice:
 *   深化改革深化改革、、抗疫战洪抗疫战洪、、  →  深化改革、抗疫战洪、
 *   20202020年年，，                        →  2020年，
 * A line is parsed into tandem repeats (XX pieces) with as few unmatched characters, then as few pieces, as possible.
 * Only a line that is almost entirely made of such pieces is undoubled, so real reduplication in normal text (天天,
 * 谢谢, 100, 2000, 11个) survives; inside a doubled line a real 天天 arrives as 天天天天, one piece, and leaves as 天天.
 * A run cut by a line break is usually doubled on each side (白沙镇认真落白沙镇认真落 / 实区委实区委); when the break
 * cuts its first copy instead (…人均可支 / 配收入同比增长农村常住居民人均可支配收入同比增长), the two lines are read together.
 */
import { MappedBuilder, type Mapped } from './offset-map.ts';

/** Longest run considered (characters): PDF text runs are a few words (the seeds' longest is 26), and the bound keeps
 * the parse linear in the line length. */
const MAX_RUN = 64;
/** Share of non-space characters that must lie in tandem repeats for a line to count as doubled. */
const MIN_COVERAGE = 0.85;
/** A single piece (谢谢, 哈哈哈哈, 研究研究 alone on a line) is too little evidence, unless the repeated run is long
 * (白沙镇认真落白沙镇认真落): real reduplication repeats one or two characters, not phrases. */
const MIN_PIECES = 2;
const MIN_SINGLE_PIECE_RUN = 3;
/** Doubled lines repeat words and phrases; a line whose repeats are all single characters is AABB reduplication
 * (明明白白、清清楚楚, 高高兴兴), which Chinese writes on purpose. */
const MIN_LONGEST_RUN = 2;
/** A line whose every glyph is doubled: at least this many pieces, covering nearly all of it. */
const MIN_GLYPH_PIECES = 8;
const MIN_GLYPH_COVERAGE = 0.95;

export interface Parse {
  /** `piece[i]` is the half-length of the tandem repeat starting at i on the best parse, 0 for a lone character. */
  piece: Int32Array;
  unmatched: number;
  pieces: number;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t';
}

/**
 * Dynamic programme from the end of the line: cost = unmatched non-space characters first, then pieces.
 * `run[len]` counts how many characters from i on equal the character len further on, so s[i, i+len) repeats right
 * after itself exactly when run[len] >= len: every (i, len) test is O(1) and the parse is O(n · MAX_RUN).
 */
function parseLine(s: string): Parse {
  const n = s.length;
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) codes[i] = s.charCodeAt(i);
  const unmatched = new Int32Array(n + 1);
  const pieces = new Int32Array(n + 1);
  const piece = new Int32Array(n);
  const run = new Int32Array(MAX_RUN + 1);
  const candidates = new Int32Array(MAX_RUN);
  for (let i = n - 1; i >= 0; i--) {
    const c = codes[i];
    const maxLen = Math.min(MAX_RUN, (n - i) >> 1);
    const reach = Math.min(MAX_RUN, n - 1 - i);
    let found = 0;
    for (let len = 1; len <= reach; len++) {
      run[len] = c === codes[i + len] ? run[len] + 1 : 0;
      if (run[len] >= len && len <= maxLen) candidates[found++] = len;
    }
    // Lone character: spaces cost nothing, they sit between runs and are never doubled.
    let bestU = unmatched[i + 1] + (c === 0x20 || c === 0x09 ? 0 : 1);
    let bestP = pieces[i + 1];
    let bestLen = 0;
    // Longest first, strict improvement only: on ties the longer piece wins (20202020 → 2020, not 20 + 20).
    for (let k = found - 1; k >= 0; k--) {
      const len = candidates[k];
      const u = unmatched[i + 2 * len];
      const p = pieces[i + 2 * len] + 1;
      if (u < bestU || (u === bestU && p < bestP)) {
        bestU = u;
        bestP = p;
        bestLen = len;
      }
    }
    unmatched[i] = bestU;
    pieces[i] = bestP;
    piece[i] = bestLen;
  }
  return { piece, unmatched: unmatched[0], pieces: pieces[0] };
}

/** Last start of each (hashed) character pair, as `base + index`: one table for every line, never cleared. */
const lastPair = new Int32Array(4096).fill(-1);
let base = 0;

/**
 * A cheap necessary condition for `judgeLine`, so that ordinary lines skip the O(n · MAX_RUN) parse. Every character
 * in the second copy of a tandem repeat XX at distance L either repeats the one before it (L = 1), or ends a pair of
 * characters seen L ≤ MAX_RUN places earlier, or (the copy's first character) starts such a pair. Coverage ≥
 * MIN_COVERAGE puts at least half of the covered characters in second copies, so fewer such characters rule it out.
 * Hash collisions only let more lines through to the exact parse.
 */
function enoughRepeats(s: string, total: number): boolean {
  const n = s.length;
  if (base > 0x3fffffff) {
    lastPair.fill(-1);
    base = 0;
  }
  // pairEcho[p]: the pair ending at p was seen starting within MAX_RUN before
  const pairEcho = new Uint8Array(n + 1);
  for (let p = 1; p < n; p++) {
    const h = (s.charCodeAt(p - 1) * 31 + s.charCodeAt(p)) & 4095;
    if (lastPair[h]! >= base + p - 1 - MAX_RUN) pairEcho[p] = 1;
    lastPair[h] = base + p - 1;
  }
  base += n + MAX_RUN + 1;
  let count = 0;
  for (let p = 0; p < n; p++) {
    const c = s.charCodeAt(p);
    if (c === 0x20 || c === 0x09) continue;
    if ((p > 0 && c === s.charCodeAt(p - 1)) || pairEcho[p] || pairEcho[p + 1]) count++;
  }
  return 2 * count >= MIN_COVERAGE * total - 1e-9;
}

function countNonSpace(s: string): number {
  let n = 0;
  for (const c of s) if (!isSpace(c)) n++;
  return n;
}

export interface Verdict {
  parse: Parse;
  /** Doubled on its own evidence; a covered line that is not strict is doubled only next to a strict one. */
  strict: boolean;
}

/**
 * How `line` reads: null when it is not mostly tandem repeats, else its parse and whether that alone convinces.
 * `prefilter: false` skips the cheap test (the tests check that it never changes a verdict).
 */
export function judgeLine(line: string, prefilter = true): Verdict | null {
  const total = countNonSpace(line);
  if (total < 2 || (prefilter && !enoughRepeats(line, total))) return null;
  const parse = parseLine(line);
  if (parse.pieces === 0 || (total - parse.unmatched) / total < MIN_COVERAGE) return null;
  const longest = parse.piece.reduce((a, b) => Math.max(a, b), 0);
  // 英英山山县县…22002233年年: every glyph drawn twice is doubling too, told from AABB words (明明白白、清清楚楚) by
  // how many pieces cover the whole line
  const glyphs = parse.pieces >= MIN_GLYPH_PIECES && (total - parse.unmatched) / total >= MIN_GLYPH_COVERAGE;
  const strict = glyphs || (parse.pieces >= MIN_PIECES ? longest >= MIN_LONGEST_RUN : longest >= MIN_SINGLE_PIECE_RUN);
  return { parse, strict };
}

export function isDoubledLine(line: string): boolean {
  return judgeLine(line)?.strict === true;
}

/** The unmatched characters a parse ends with (a run whose first copy the line break cut: …人均可支). */
function unmatchedTail(parse: Parse, from = 0): number {
  let tail = 0;
  for (let i = from; i < parse.piece.length;) {
    if (parse.piece[i] === 0) {
      tail++;
      i++;
    } else {
      tail = 0;
      i += 2 * parse.piece[i];
    }
  }
  return Math.min(tail, MAX_RUN);
}

/**
 * A line that goes on with a run the line break cut in its first copy (…人均可支 / 配收入同比增长农村常住居民人均可支配收入
 * 同比增长 6.86.8 %%…): parsed with the previous line's unmatched tail in front, its parse covers the line. Returns the
 * parse of tail + line, or null when that does not make the line doubled.
 */
function joinedParse(tail: string, line: string): Parse | null {
  const total = countNonSpace(line);
  if (tail.length === 0 || total < 2) return null;
  const parse = parseLine(tail + line);
  let unmatched = 0;
  let crosses = false;
  for (let i = 0; i < parse.piece.length;) {
    const len = parse.piece[i];
    if (len === 0) {
      if (i >= tail.length && !isSpace(line[i - tail.length]!)) unmatched++;
      i++;
    } else {
      if (i < tail.length && i + 2 * len > tail.length) crosses = true;
      i += 2 * len;
    }
  }
  return crosses && (total - unmatched) / total >= MIN_COVERAGE ? parse : null;
}

/**
 * Emits a line undoubled from its parse, each piece's first copy being the evidence. With `skip`, the parse is of the
 * previous line's unmatched tail (`skip` characters, emitted with that line) followed by this line.
 */
function emitUndoubled(out: MappedBuilder, input: string, start: number, parse: Parse, skip = 0): void {
  const at = start - skip; // input index of parse position 0
  for (let i = 0; i < parse.piece.length;) {
    const len = parse.piece[i];
    if (len === 0) {
      if (i >= skip) out.push(input[at + i], at + i);
      i++;
    } else {
      if (i + len > skip) out.copy(input, at + Math.max(i, skip), at + i + len);
      i += 2 * len;
    }
  }
}

/**
 * Doubled paragraphs come as blocks of lines, so a line that is covered by repeats but too short to convince alone
 * (年年。。 at the end of a doubled paragraph) is undoubled when the line before or after it is. A line that opens by
 * finishing a run the break cut in its first copy is read together with the unmatched end of the doubled line before.
 */
export function repairDoubledRuns(input: string): Mapped {
  const spans: [number, number][] = [];
  for (let start = 0; start <= input.length;) {
    let end = input.indexOf('\n', start);
    if (end < 0) end = input.length;
    spans.push([start, end]);
    start = end + 1;
  }
  const verdicts = spans.map(([start, end]) => judgeLine(input.slice(start, end)));
  const out = new MappedBuilder(input);
  /** The unmatched end of the previous line when it was undoubled, as [start, end) in the input. */
  let tail: [number, number] | null = null;
  spans.forEach(([start, end], k) => {
    const verdict = verdicts[k];
    const neighbourDoubled = verdicts[k - 1]?.strict === true || verdicts[k + 1]?.strict === true;
    const joined =
      tail && !verdict?.strict ? joinedParse(input.slice(tail[0], tail[1]), input.slice(start, end)) : null;
    const skip = tail ? tail[1] - tail[0] : 0;
    if (joined) {
      emitUndoubled(out, input, start, joined, skip);
      const t = unmatchedTail(joined, skip);
      tail = [end - t, end];
    } else if (verdict && (verdict.strict || neighbourDoubled)) {
      emitUndoubled(out, input, start, verdict.parse);
      const t = unmatchedTail(verdict.parse);
      tail = [end - t, end];
    } else {
      out.copy(input, start, end);
      tail = null;
    }
    if (end < input.length) out.push('\n', end);
  });
  return out.build();
}
