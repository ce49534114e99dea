/** Removes the whole lines a predicate picks, each with its own line break, keeping the offset map. */
import { MappedBuilder, type Mapped } from './offset-map.ts';

export function dropLines(input: string, drop: (line: string) => boolean): Mapped {
  const out = new MappedBuilder(input);
  let from = 0;
  for (let start = 0; start < input.length;) {
    let end = input.indexOf('\n', start);
    if (end < 0) end = input.length;
    if (drop(input.slice(start, end))) {
      out.copy(input, from, start);
      from = Math.min(end + 1, input.length); // the line and its own line break
    }
    start = end + 1;
  }
  out.copy(input, from, input.length);
  return out.build();
}
