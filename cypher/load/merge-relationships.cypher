// One batch of domain relationships of one type between entities, merged by their end nodes' keys. Each keeps the
// sentence keys and document ids that support it, as a union with what other reports already said.
// $rows: [{source, target, props, key?, sentences, docs}]; `key` only when it is not the usual TYPE:source->target.
// {{type}} is filled in by the loader from EDGE_TYPES (a relationship type cannot be a parameter): one plain
// statement per type. Not the dynamic form `MERGE (a)-[r:$(row.type)]->(b)`: Neo4j 5.26.0 caches the first value
// of a dynamic type in the query plan and silently writes every later relationship with that type.
UNWIND $rows AS row
MATCH (a:Entity {key: row.source})
MATCH (b:Entity {key: row.target})
MERGE (a)-[r:{{type}}]->(b)
ON CREATE SET r += row.props, r.key = coalesce(row.key, '{{type}}:' + row.source + '->' + row.target),
  r.sentences = row.sentences, r.docs = row.docs
ON MATCH SET r += row.props, r.key = coalesce(row.key, '{{type}}:' + row.source + '->' + row.target),
  r.sentences = coalesce(r.sentences, []) + [s IN row.sentences WHERE NOT s IN coalesce(r.sentences, [])],
  r.docs = coalesce(r.docs, []) + [d IN row.docs WHERE NOT d IN coalesce(r.docs, [])]
