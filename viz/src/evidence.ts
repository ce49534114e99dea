/**
 * Where the mention stands in an evidence sentence. Offsets in the graph point into the *original* file, while the
 * sentence text shown is the repaired one (doubled runs collapsed, spaces removed), so the offset alone cannot be
 * trusted inside the repaired text: look for the node's name (or its official name) in the sentence, preferring the
 * occurrence nearest to where the offset says it is; fall back to the offset span when it fits the text.
 */
export interface Segment {
  text: string;
  mark: boolean;
}

export interface MentionInput {
  text: string;
  /** Names the mention may appear under, best first. */
  names: string[];
  start: number;
  end: number;
  sentenceStart: number | null;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

export function locateMention({ text, names, start, end, sentenceStart }: MentionInput): [number, number] | null {
  const hint = sentenceStart === null ? null : start - sentenceStart;
  for (const name of names) {
    const found = occurrences(text, name);
    if (!found.length) continue;
    const best = hint === null ? found[0]! : found.reduce((a, b) => (Math.abs(b - hint) < Math.abs(a - hint) ? b : a));
    return [best, best + name.length];
  }
  if (hint !== null && hint >= 0 && end > start && hint + (end - start) <= text.length)
    return [hint, hint + (end - start)];
  return null;
}

/** The sentence cut into plain and marked pieces; the page turns each into a text node (never HTML). */
export function splitMention(input: MentionInput): Segment[] {
  const span = locateMention(input);
  if (!span) return [{ text: input.text, mark: false }];
  const [a, b] = span;
  return [
    { text: input.text.slice(0, a), mark: false },
    { text: input.text.slice(a, b), mark: true },
    { text: input.text.slice(b), mark: false },
  ].filter((s) => s.text.length > 0);
}
