/**
 * Saved queries: cypher/queries/*.cypher, one per file, the leading `//` comment saying what it answers. The query is
 * served whole, `// @param` defaults included, so that editing that line in the console changes the parameter.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { SavedQuery } from './api-types.ts';

export function parseSavedQuery(name: string, text: string): SavedQuery {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const comment: string[] = [];
  for (const line of lines) {
    const m = /^\s*\/\/\s?(.*)$/.exec(line);
    if (!m) break;
    comment.push(m[1]!.trim());
  }
  // `// @param name value` lines give parameter defaults (the Neo4j adapter applies them), not description.
  const description = comment.filter((c) => c && !c.startsWith('@param')).join(' ');
  return { name, description, query: text.trim() };
}

export async function listSavedQueries(dir: string): Promise<SavedQuery[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  } catch {
    return [];
  }
  return Promise.all(
    files.map(async (f) => parseSavedQuery(basename(f, '.cypher'), await readFile(join(dir, f), 'utf8'))),
  );
}
