/**
 * The console is read-only. Neo4j enforces it (READ access mode), and this check refuses write clauses before they
 * reach the server, with a message that says why. Strings, comments and backquoted names are blanked first, so
 * `MATCH (n {name: 'CREATE'})` passes while `MATCH (n) DETACH DELETE n` does not.
 */
const WRITE_CLAUSE =
  /\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|LOAD\s+CSV|GRANT|REVOKE|DENY|ALTER|RENAME|TERMINATE|ENABLE|DISABLE)\b|\bIN\s+TRANSACTIONS\b|\bCALL\s+(db\.create|db\.index\.fulltext\.create|apoc\.(create|merge|refactor|periodic|load|export|trigger|cypher\.(do|run)))/i;

/** Blank out string literals, backquoted identifiers and comments, keeping the length (so positions stay true). */
export function blankLiterals(query: string): string {
  return query.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m) =>
    ' '.repeat(m.length),
  );
}

/** null when the query may run; otherwise a one-line reason for the user. */
export function checkReadOnly(query: string): string | null {
  if (!query.trim()) return 'Cypher console: the query is empty; type a MATCH … RETURN … query or pick a saved one.';
  const code = blankLiterals(query);
  const stmt = code.replace(/;\s*$/, '');
  if (stmt.includes(';')) return 'Cypher console: one statement at a time; remove the `;` between statements.';
  const m = WRITE_CLAUSE.exec(stmt);
  if (m)
    return `Cypher console is read-only: \`${m[0].replace(/\s+/g, ' ')}\` would change the graph; use \`npx kg load\` to change data.`;
  return null;
}
