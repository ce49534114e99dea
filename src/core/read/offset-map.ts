/**
 * The offset map every repair stage returns. A stage turns its input into `text` and says, for each of its output
 * characters, which input character it came from: `map[i]` is an index into the stage's input, `map.length ===
 * text.length + 1`, and `map[text.length] === input.length`. Stages only keep, drop or replace characters 1:1, so the
 * maps are strictly increasing and compose by plain lookup.
 */
export interface Mapped {
  text: string;
  map: Int32Array;
}

/** A repair stage: a pure function from text to text with its map back to the input. */
export type Stage = (input: string) => Mapped;

/** Collects output characters with their source index; `build` closes the map with the input length. */
export class MappedBuilder {
  private readonly parts: string[] = [];
  private readonly sources: number[] = [];

  /** Emit `unit` (one UTF-16 code unit or a surrogate pair) taken from input index `from`. */
  push(unit: string, from: number): void {
    this.parts.push(unit);
    for (let k = 0; k < unit.length; k++) this.sources.push(from + k);
  }

  /** Emit `input[from, to)` unchanged. */
  copy(input: string, from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(input.slice(from, to));
    for (let k = from; k < to; k++) this.sources.push(k);
  }

  build(inputLength: number): Mapped {
    const map = new Int32Array(this.sources.length + 1);
    map.set(this.sources);
    map[this.sources.length] = inputLength;
    return { text: this.parts.join(''), map };
  }
}

export function identityMap(length: number): Int32Array {
  const map = new Int32Array(length + 1);
  for (let i = 0; i <= length; i++) map[i] = i;
  return map;
}

/** `outer` maps stage-2 text to stage-1 text, `inner` maps stage-1 text to the original: the result maps 2 → original. */
export function composeMaps(outer: Int32Array, inner: Int32Array): Int32Array {
  const map = new Int32Array(outer.length);
  for (let i = 0; i < outer.length; i++) map[i] = inner[outer[i]];
  return map;
}

/** Run `stages` in order and compose their maps into one map from the final text to `original`. */
export function runStages(original: string, stages: readonly Stage[]): { text: string; offsets: Int32Array } {
  let text = original;
  let offsets = identityMap(original.length);
  for (const stage of stages) {
    const step = stage(text);
    offsets = composeMaps(step.map, offsets);
    text = step.text;
  }
  return { text, offsets };
}
