import { describe, expect, it } from 'vitest';
import { checkReadOnly } from '../../../src/adapters/http/cypher-guard.ts';

describe('checkReadOnly', () => {
  it.each([
    'MATCH (n:Place) RETURN n.name LIMIT 10',
    "MATCH (n {name: 'CREATE'}) RETURN n",
    'MATCH (n) WHERE n.name = "DELETE me" RETURN n // SET nothing',
    'MATCH (n:`SET`) RETURN count(n);',
    'CALL db.labels() YIELD label RETURN label',
    'MATCH p = (a)-[:PART_OF*]->(b) RETURN p',
  ])('lets a read query through: %s', (q) => {
    expect(checkReadOnly(q)).toBeNull();
  });

  it.each([
    ['CREATE (n:Place {name: "x"})', 'CREATE'],
    ['MATCH (n) DETACH DELETE n', 'DETACH'],
    ['MATCH (n) SET n.x = 1', 'SET'],
    ['merge (n:Place {key: $k})', 'merge'],
    ['MATCH (n) REMOVE n.name', 'REMOVE'],
    ['DROP INDEX foo', 'DROP'],
    ["LOAD CSV FROM 'file:///x' AS row RETURN row", 'LOAD CSV'],
    ['MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS', 'DELETE'],
    ['CALL apoc.create.node(["X"], {}) YIELD node RETURN node', 'CALL apoc.create'],
  ])('refuses a write: %s', (q, word) => {
    const msg = checkReadOnly(q);
    expect(msg).toMatch(/read-only/);
    expect(msg).toContain(word);
  });

  it('refuses several statements and empty queries with a reason', () => {
    expect(checkReadOnly('MATCH (n) RETURN n; MATCH (m) RETURN m')).toMatch(/one statement/);
    expect(checkReadOnly('  ')).toMatch(/empty/);
  });
});
