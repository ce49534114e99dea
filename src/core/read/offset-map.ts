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

/**
 * Collects output characters with their source index; `build` closes the map with the input length. Code units and
 * sources go into growable typed arrays: reports can be megabytes, and per-character strings and boxed numbers were
 * the pipeline's main cost.
 */
export class MappedBuilder {
  private units = new Uint16Array(1024);
  private sources = new Int32Array(1024);
  private length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.units.length) return;
    const size = Math.max(this.units.length * 2, this.length + extra);
    const units = new Uint16Array(size);
    const sources = new Int32Array(size);
    units.set(this.units.subarray(0, this.length));
    sources.set(this.sources.subarray(0, this.length));
    this.units = units;
    this.sources = sources;
  }

  /** Emit `unit` (one UTF-16 code unit or a surrogate pair) taken from input index `from`. */
  push(unit: string, from: number): void {
    this.reserve(unit.length);
    for (let k = 0; k < unit.length; k++) {
      this.units[this.length] = unit.charCodeAt(k);
      this.sources[this.length++] = from + k;
    }
  }

  /** Emit one code unit taken from input index `from`. */
  pushCode(code: number, from: number): void {
    this.reserve(1);
    this.units[this.length] = code;
    this.sources[this.length++] = from;
  }

  /** Emit `input[from, to)` unchanged. */
  copy(input: string, from: number, to: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    for (let k = from; k < to; k++) {
      this.units[this.length] = input.charCodeAt(k);
      this.sources[this.length++] = k;
    }
  }

  build(inputLength: number): Mapped {
    const map = new Int32Array(this.length + 1);
    map.set(this.sources.subarray(0, this.length));
    map[this.length] = inputLength;
    // fromCharCode in chunks (argument count limits); unlike TextDecoder it keeps lone surrogates as they are.
    const chunks: string[] = [];
    for (let i = 0; i < this.length; i += 8192) {
      chunks.push(String.fromCharCode(...this.units.subarray(i, Math.min(i + 8192, this.length))));
    }
    return { text: chunks.join(''), map };
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
