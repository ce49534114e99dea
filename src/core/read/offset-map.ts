/**
 * The offset map every repair stage returns. A stage turns its input into `text` and says, for each of its output
 * characters, which input character it came from: `map[i]` is an index into the stage's input, `map.length ===
 * text.length + 1`, and `map[text.length] === input.length`. Stages only keep, drop or replace characters 1:1, so the
 * maps are strictly increasing and compose by plain lookup. A stage that keeps every character in place (most
 * stages on most reports) returns `map: null`, the identity, so nothing is allocated or composed for it.
 */
export interface Mapped {
  text: string;
  map: Int32Array | null;
}

/** A repair stage: a pure function from text to text with its map back to the input. */
export type Stage = (input: string) => Mapped;

const utf16 = new TextDecoder('utf-16le');

/**
 * Collects output characters with their source index; `build` closes the map with the input length. Code units and
 * sources go into growable typed arrays: reports can be megabytes, and per-character strings and boxed numbers were
 * the pipeline's main cost. While every emitted character is the input's own character at the same index, the
 * builder is an identity and `build` hands the input back unchanged.
 */
export class MappedBuilder {
  private units = new Uint16Array(0);
  private sources = new Int32Array(0);
  private length = 0;
  /** True while output[0, length) is input[0, length): nothing is stored until the first change. */
  private identity = true;

  constructor(private readonly input: string) {}

  private reserve(extra: number): void {
    if (this.length + extra <= this.units.length) return;
    const size = Math.max(this.units.length * 2, this.length + extra, 1024);
    const units = new Uint16Array(size);
    const sources = new Int32Array(size);
    units.set(this.units.subarray(0, this.length));
    sources.set(this.sources.subarray(0, this.length));
    this.units = units;
    this.sources = sources;
  }

  /** The first change: store the identical prefix that was only counted so far. */
  private materialise(): void {
    this.identity = false;
    const n = this.length;
    this.length = 0;
    this.reserve(n);
    for (let k = 0; k < n; k++) {
      this.units[k] = this.input.charCodeAt(k);
      this.sources[k] = k;
    }
    this.length = n;
  }

  /** Emit `unit` (one UTF-16 code unit or a surrogate pair) taken from input index `from`. */
  push(unit: string, from: number): void {
    for (let k = 0; k < unit.length; k++) this.pushCode(unit.charCodeAt(k), from + k);
  }

  /** Emit one code unit taken from input index `from`. */
  pushCode(code: number, from: number): void {
    if (this.identity) {
      if (from === this.length && code === this.input.charCodeAt(from)) {
        this.length++;
        return;
      }
      this.materialise();
    }
    this.reserve(1);
    this.units[this.length] = code;
    this.sources[this.length++] = from;
  }

  /** Emit `input[from, to)` unchanged. */
  copy(input: string, from: number, to: number): void {
    if (to <= from) return;
    if (this.identity) {
      if (from === this.length && input === this.input) {
        this.length = to;
        return;
      }
      this.materialise();
    }
    this.reserve(to - from);
    const { units, sources } = this;
    let n = this.length;
    for (let k = from; k < to; k++) {
      units[n] = input.charCodeAt(k);
      sources[n++] = k;
    }
    this.length = n;
  }

  build(inputLength: number = this.input.length): Mapped {
    if (this.identity) {
      if (this.length === inputLength && inputLength === this.input.length) return { text: this.input, map: null };
      this.materialise();
    }
    const map = new Int32Array(this.length + 1);
    map.set(this.sources.subarray(0, this.length));
    map[this.length] = inputLength;
    return { text: unitsToString(this.units.subarray(0, this.length)), map };
  }
}

/** UTF-16 code units to a string, lone surrogates kept as they are (TextDecoder would turn them into U+FFFD). */
function unitsToString(units: Uint16Array): string {
  let surrogates = false;
  for (let i = 0; i < units.length; i++) {
    if ((units[i] & 0xf800) === 0xd800) {
      surrogates = true;
      break;
    }
  }
  if (!surrogates) return utf16.decode(units);
  const chunks: string[] = [];
  for (let i = 0; i < units.length; i += 8192) {
    chunks.push(
      String.fromCharCode.apply(null, units.subarray(i, Math.min(i + 8192, units.length)) as unknown as number[]),
    );
  }
  return chunks.join('');
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
  let offsets: Int32Array | null = null;
  for (const stage of stages) {
    const step = stage(text);
    if (step.map) offsets = offsets ? composeMaps(step.map, offsets) : step.map;
    text = step.text;
  }
  return { text, offsets: offsets ?? identityMap(original.length) };
}
