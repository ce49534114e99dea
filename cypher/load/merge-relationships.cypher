// One batch of domain relationships between entities, merged by their end nodes' keys and their type. Each keeps
// the sentence keys and document ids that support it, as a union with what other reports already said.
// $rows: [{source, target, type, props, sentences, docs}].
// One branch per relationship type: a relationship type cannot be a parameter, and Neo4j 5.26.0 caches the first
// value of a dynamic type (`MERGE (a)-[r:$(row.type)]->(b)`) in the query plan, so that form silently writes
// every later relationship with the first type it saw.
UNWIND $rows AS row
MATCH (a:Entity {key: row.source})
MATCH (b:Entity {key: row.target})
CALL (row, a, b) {
  WITH * WHERE row.type = 'PART_OF' MERGE (a)-[r:PART_OF]->(b) RETURN r
  UNION
  WITH * WHERE row.type = 'LOCATED_IN' MERGE (a)-[r:LOCATED_IN]->(b) RETURN r
  UNION
  WITH * WHERE row.type = 'HAS_PROJECT' MERGE (a)-[r:HAS_PROJECT]->(b) RETURN r
  UNION
  WITH * WHERE row.type = 'RECEIVED' MERGE (a)-[r:RECEIVED]->(b) RETURN r
  UNION
  WITH * WHERE row.type = 'RUNS' MERGE (a)-[r:RUNS]->(b) RETURN r
  UNION
  WITH * WHERE row.type = 'INCLUDES' MERGE (a)-[r:INCLUDES]->(b) RETURN r
  UNION
  WITH * WHERE row.type = 'ACHIEVED' MERGE (a)-[r:ACHIEVED]->(b) RETURN r
  UNION
  WITH * WHERE row.type = 'HOSTED' MERGE (a)-[r:HOSTED]->(b) RETURN r
  UNION
  WITH * WHERE row.type = 'PARTNERS_WITH' MERGE (a)-[r:PARTNERS_WITH]->(b) RETURN r
  UNION
  WITH * WHERE row.type = 'MENTIONS' MERGE (a)-[r:MENTIONS]->(b) RETURN r
}
SET r += row.props
SET r.sentences = coalesce(r.sentences, []) + [s IN row.sentences WHERE NOT s IN coalesce(r.sentences, [])],
    r.docs = coalesce(r.docs, []) + [d IN row.docs WHERE NOT d IN coalesce(r.docs, [])]
