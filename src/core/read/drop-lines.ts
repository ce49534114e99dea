/**
 * Removes the whole lines a predicate picks, each with its own line break, keeping the offset map. The predicate also
 * gets the line's index (its place in `input.split('\n')`), for a verdict made beforehand over all lines.
 */
import { MappedBuilder, type Mapped } from './offset-map.ts';

/** The lines around the one judged: undefined before the first line and after the last. */
export interface Around {
  previous: string | undefined;
  next: string | undefined;
}

export function dropLines(input: string, drop: (line: string, around: Around, index: number) => boolean): Mapped {
  const out = new MappedBuilder(input);
  let from = 0;
  let previous: string | undefined;
  for (let start = 0, index = 0; start < input.length; index++) {
    let end = input.indexOf('\n', start);
    if (end < 0) end = input.length;
    const line = input.slice(start, end);
    const around = {
      previous,
      get next(): string | undefined {
        if (end >= input.length) return undefined;
        const after = input.indexOf('\n', end + 1);
        return input.slice(end + 1, after < 0 ? input.length : after);
      },
    };
    previous = line;
    if (drop(line, around, index)) {
      out.copy(input, from, start);
      from = Math.min(end + 1, input.length); // the line and its own line break
    }
    start = end + 1;
  }
  out.copy(input, from, input.length);
  return out.build();
}
