/** Reading back what the loader wrote, as sorted plain data that two loads can be compared on. */
import { runQuery, type Neo4jConfig } from '../../src/adapters/neo4j/index.ts';

export async function resetDatabase(cfg: Neo4jConfig): Promise<void> {
  await runQuery(cfg, 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS', {}, { write: true });
}

export async function counts(cfg: Neo4jConfig): Promise<{ nodes: number; relationships: number }> {
  const n = await runQuery(cfg, 'MATCH (n) RETURN count(n) AS c');
  const r = await runQuery(cfg, 'MATCH ()-[r]->() RETURN count(r) AS c');
  return { nodes: n.rows[0][0] as number, relationships: r.rows[0][0] as number };
}

/** Every node (key, labels, docs, name) and relationship (ends, type, supporting sentences and documents). */
export async function signature(cfg: Neo4jConfig): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await runQuery(
    cfg,
    'MATCH (n) RETURN n.key AS key, labels(n) AS labels, n.docs AS docs, n.name AS name, n.text AS text',
  );
  const rels = await runQuery(
    cfg,
    `MATCH (a)-[r]->(b) RETURN a.key AS a, type(r) AS type, b.key AS b, r.sentences AS sentences, r.docs AS docs, r.start AS start`,
  );
  const sortList = (v: unknown) => (Array.isArray(v) ? [...v].sort() : v);
  return {
    nodes: nodes.rows.map((r) => JSON.stringify([r[0], sortList(r[1]), sortList(r[2]), r[3], r[4]])).sort(),
    relationships: rels.rows
      .map((r) => JSON.stringify([r[0], r[1], r[2], sortList(r[3]), sortList(r[4]), r[5]]))
      .sort(),
  };
}
