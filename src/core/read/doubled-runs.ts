/**
 * Doubled runs: some newspaper PDFs draw bold text twice, and extraction writes every run twice:
 *   深化改革深化改革、、抗疫战洪抗疫战洪、、  →  深化改革、抗疫战洪、
 *   20202020年年，，                        →  2020年，
 * A line is parsed into tandem repeats (XX pieces) with as few unmatched characters, then as few pieces, as possible.
 * Only a line that is almost entirely made of such pieces is undoubled, so real reduplication in normal text (天天,
 * 谢谢, 100, 2000, 11个) survives; inside a doubled line a real 天天 arrives as 天天天天, one piece, and leaves as 天天.
 * A run cut by a line break is usually doubled on each side (白沙镇认真落白沙镇认真落 / 实区委实区委). When the break
 * cuts one of its copies instead (…人均可支 / 配收入同比增长农村常住居民人均可支配收入同比增长, or …一等奖在全县乡镇 /
 * 综合目标考核中获评一等奖，，), the lines of the paragraph are parsed as one string, so a repeat may cross the break.
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
function enoughRepeats(s: string, total: number, coverage = MIN_COVERAGE): boolean {
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
  return 2 * count >= coverage * total - 1e-9;
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
  return { parse, strict: convinces(parse.pieces, longest, (total - parse.unmatched) / total) };
}

/**
 * Whether repeats covering a line (share `coverage` of it, at least MIN_COVERAGE) prove it doubled on their own.
 * 英英山山县县…22002233年年: every glyph drawn twice is doubling too, told from AABB words (明明白白、清清楚楚) by how
 * many pieces cover the whole line.
 */
function convinces(pieces: number, longest: number, coverage: number): boolean {
  const glyphs = pieces >= MIN_GLYPH_PIECES && coverage >= MIN_GLYPH_COVERAGE;
  return glyphs || (pieces >= MIN_PIECES ? longest >= MIN_LONGEST_RUN : longest >= MIN_SINGLE_PIECE_RUN);
}

export function isDoubledLine(line: string): boolean {
  return judgeLine(line)?.strict === true;
}

/**
 * A line cut out of a doubled paragraph may lose part of a run to each neighbour (…一等奖在全县乡镇 / 综合目标考核中
 * 获评一等奖，，…重庆派森百橙汁有限公 / 司入选重庆派森百橙汁有限公司入选): on its own it is too little covered, but at least
 * this share of it repeats nearby, which makes its paragraph worth parsing whole.
 */
const MIN_CUT_COVERAGE = 0.5;

/** The text of the consecutive lines [from, to) without their line breaks. */
function joinedLines(input: string, spans: [number, number][], from: number, to: number): string {
  return input.slice(spans[from]![0], spans[to - 1]![1]).replace(/\n/g, '');
}

/** How each line of a block of consecutive lines reads when the block is parsed as one string. */
interface BlockLine {
  covered: boolean;
  strict: boolean;
}

/**
 * Parses the lines [from, to) as one string (without their line breaks) and judges each line by the repeats that
 * cover it, wherever they start: the same thresholds as `judgeLine`, counting the pieces that start in the line.
 */
function judgeBlock(
  input: string,
  spans: [number, number][],
  from: number,
  to: number,
): { lines: BlockLine[]; parse: Parse } {
  const joined = joinedLines(input, spans, from, to);
  const parse = parseLine(joined);
  const { piece } = parse;
  const cover = new Uint8Array(joined.length);
  for (let i = 0; i < piece.length;) {
    const len = piece[i]!;
    if (len === 0) i++;
    else {
      cover.fill(1, i, i + 2 * len);
      i += 2 * len;
    }
  }
  const out: BlockLine[] = [];
  let at = 0;
  for (let k = from; k < to; k++) {
    const [a, b] = spans[k]!;
    let total = 0;
    let covered = 0;
    let pieces = 0;
    let longest = 0;
    for (let i = at; i < at + b - a; i++) {
      if (isSpace(joined[i]!)) continue;
      total++;
      covered += cover[i]!;
      if (piece[i]! > 0) {
        pieces++;
        longest = Math.max(longest, piece[i]!);
      }
    }
    at += b - a;
    const share = total ? covered / total : 0;
    const isCovered = total >= 2 && share >= MIN_COVERAGE;
    out.push({ covered: isCovered, strict: isCovered && convinces(pieces, longest, share) });
  }
  return { lines: out, parse };
}

/**
 * Which lines are doubled. Each line is judged alone first; a block of consecutive non-blank lines with a line that
 * is doubled, or cut out of a doubled paragraph, is then parsed whole. Doubled paragraphs come as blocks of lines, so a
 * line that is covered by repeats but too short to convince alone (年年。。 at the end of a doubled paragraph) is
 * doubled when the line before or after it is.
 */
interface Reading {
  doubled: boolean[];
  /** Each line's own verdict (a line outside any block parsed whole is undoubled from its own parse). */
  verdicts: (Verdict | null)[];
  /** Lines of a block parsed whole. */
  inBlock: boolean[];
  /** Blocks parsed whole, by their first line: their last line + 1 and their parse. */
  blocks: Map<number, { to: number; parse: Parse }>;
}

function doubledLines(input: string, spans: [number, number][]): Reading {
  const lines = spans.map(([a, b]) => input.slice(a, b));
  const verdicts = lines.map((line) => judgeLine(line));
  const inBlock = lines.map(() => false);
  const blocks = new Map<number, { to: number; parse: Parse }>();
  const judged: BlockLine[] = verdicts.map((v) => ({ covered: v !== null, strict: v?.strict === true }));
  for (let k = 0; k < lines.length;) {
    if (lines[k]!.trim() === '') {
      k++;
      continue;
    }
    // a line too little covered on its own but repeating nearby, or a doubled one with characters left over: the
    // block is parsed whole when it has another doubled or such line, for the cut runs to join up with
    let end = k;
    let cut = 0;
    let covered = 0;
    for (; end < lines.length && lines[end]!.trim() !== ''; end++) {
      // a doubled line with characters left over may have lost part of a run to its neighbour
      if (verdicts[end]?.parse.unmatched) cut++;
      if (verdicts[end]) covered++;
      else if (enoughRepeats(lines[end]!, countNonSpace(lines[end]!), MIN_CUT_COVERAGE)) cut++;
    }
    if (cut > 0 && cut + covered > 1) {
      const block = judgeBlock(input, spans, k, end);
      blocks.set(k, { to: end, parse: block.parse });
      block.lines.forEach((b, i) => {
        const own = judged[k + i]!;
        judged[k + i] = { covered: own.covered || b.covered, strict: own.strict || b.strict };
        inBlock[k + i] = true;
      });
    }
    k = end;
  }
  const doubled = judged.map(
    (j, k) => j.strict || (j.covered && (judged[k - 1]?.strict === true || judged[k + 1]?.strict === true)),
  );
  return { doubled, verdicts, inBlock, blocks };
}

/**
 * Emits the lines [from, to) undoubled from the parse of their joined text, each piece's first copy being the
 * evidence. A line break inside a piece (…一等奖在全县乡镇 / 综合目标考核中获评一等奖，，) cut a run, which a paragraph
 * break never does: it is dropped, and the run comes out whole (在全县乡镇综合目标考核中获评一等奖). Breaks between
 * pieces stay for the line joins to judge.
 */
function emitUndoubled(
  out: MappedBuilder,
  input: string,
  spans: [number, number][],
  from: number,
  to: number,
  parse?: Parse,
): void {
  // the lines are consecutive in the input, one '\n' apart: joined position p of line k is input index
  // spans[k][0] + p - offset[k]
  const offset: number[] = [];
  let length = 0;
  for (let k = from; k < to; k++) {
    offset.push(length);
    length += spans[k]![1] - spans[k]![0];
  }
  const { piece } = parse ?? parseLine(joinedLines(input, spans, from, to));
  let line = from; // the line of the position being emitted; the break after a line goes out when the next starts
  const lineAt = (p: number) => {
    let k = line;
    while (k + 1 < to && offset[k + 1 - from]! <= p) k++;
    return k;
  };
  const emit = (p: number) => {
    const k = lineAt(p);
    const i = spans[k]![0] + p - offset[k - from]!;
    out.push(input[i]!, i);
  };
  for (let i = 0; i < piece.length;) {
    for (const k = lineAt(i); line < k; line++) out.push('\n', spans[line]![1]);
    const len = piece[i]!;
    if (len === 0) emit(i);
    for (let j = i; j < i + len; j++) emit(j);
    i += len === 0 ? 1 : 2 * len;
    // the breaks the piece spans are dropped
    if (len > 0) line = lineAt(i - 1);
  }
  for (; line < to - 1; line++) out.push('\n', spans[line]![1]);
}

export function repairDoubledRuns(input: string): Mapped {
  const spans: [number, number][] = [];
  for (let start = 0; start <= input.length;) {
    let end = input.indexOf('\n', start);
    if (end < 0) end = input.length;
    spans.push([start, end]);
    start = end + 1;
  }
  const { doubled, verdicts, inBlock, blocks } = doubledLines(input, spans);
  const out = new MappedBuilder(input);
  for (let k = 0; k < spans.length;) {
    let end = k + 1;
    // a line doubled on its own, in a block with no cut line, is undoubled from its own parse
    if (doubled[k] && !inBlock[k]) emitUndoubled(out, input, spans, k, end, verdicts[k]!.parse);
    else if (doubled[k]) {
      while (end < spans.length && doubled[end] && inBlock[end]) end++;
      // a block doubled from end to end is emitted from the parse that judged it
      const block = blocks.get(k);
      emitUndoubled(out, input, spans, k, end, block?.to === end ? block.parse : undefined);
    } else out.copy(input, spans[k]![0], spans[k]![1]);
    const last = spans[end - 1]![1];
    if (last < input.length) out.push('\n', last);
    k = end;
  }
  return out.build();
}
