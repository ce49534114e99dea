/**
 * Query parameters from text: `--param year=2020` on the command line, and the defaults a saved query declares in
 * its comment (`// @param year 2020`), so a saved query runs as it is — in `kg query -f`, in the explorer's
 * console — and any parameter given explicitly overrides its default.
 */
import neo4j from 'neo4j-driver';

/** Integers become Neo4j integers (stored years and ranks are integers; `LIMIT $n` needs one), JSON literals are
 * parsed (`6.5`, `true`, `null`, `["a"]`, `"2020"` for a string of digits), anything else stays a string. */
export function parseParamValue(raw: string): unknown {
  const text = raw.trim();
  if (/^-?\d+$/.test(text)) return neo4j.int(text);
  if (/^(-?\d+\.\d*(e-?\d+)?|true|false|null|\[.*\]|\{.*\}|".*")$/s.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/** `// @param name value` lines anywhere in the statement's comments. */
export function queryParamDefaults(cypher: string): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const m of cypher.matchAll(/^\s*\/\/\s*@param\s+([A-Za-z_][A-Za-z0-9_]*)\s+(.+?)\s*$/gm)) {
    defaults[m[1]] = parseParamValue(m[2]);
  }
  return defaults;
}
