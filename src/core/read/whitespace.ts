/**
 * Line endings and invisible characters. PDF extractors emit CRLF, form feeds between pages, no-break and thin
 * spaces, zero-width joiners and soft hyphens; later stages only want '\n' and ' '.
 */
import { MappedBuilder, type Mapped } from './offset-map.ts';

/** Characters that end a line: a form feed is a page break, which we read as a blank line's worth of break. */
const LINE_BREAKS = new Set(['\n', '\f', '\v', '\u2028', '\u2029', '\u0085']);
/** Horizontal spaces of any width, including the ideographic space U+3000. */
const SPACES = /[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
/** Invisible characters with no meaning in running text: zero-width space/joiners, BOM, soft hyphen, word joiner. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

export function normalizeWhitespace(input: string): Mapped {
  const out = new MappedBuilder(input);
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    // Fast path: printable characters outside the ranges below (all of CJK) pass through.
    if ((code > 0x20 && code < 0x7f) || (code > 0xad && code < 0x1680) || (code > 0x3000 && code < 0xfeff)) {
      out.pushCode(code, i);
      continue;
    }
    const c = input[i];
    if (c === '\r') {
      // CRLF keeps its LF; a lone CR (old Mac files) is itself the line break.
      if (input[i + 1] !== '\n') out.push('\n', i);
    } else if (LINE_BREAKS.has(c)) out.push('\n', i);
    else if (SPACES.test(c)) out.push(' ', i);
    else if (INVISIBLE.test(c)) continue;
    else if (c >= ' ' && (c < '\u007f' || c >= '\u00a0')) out.push(c, i);
    // anything else is a control character and carries no text
  }
  return out.build();
}
