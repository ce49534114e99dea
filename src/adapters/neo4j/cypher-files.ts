/**
 * Cypher lives in .cypher files under cypher/, loaded by name (`loadCypher('load/merge-entities')`), never in
 * TypeScript strings. A file may hold several statements separated by `;` (schema.cypher does).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR } from './paths.ts';

const cache = new Map<string, string>();

export function loadCypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Statements of a file, without `//` comment lines; `;` ends a statement. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
