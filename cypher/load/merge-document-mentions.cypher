// One batch of a report's (:Document)-[:MENTIONS]->(entity) edges when the report was already loaded from the same
// file version (a repeated load). $doc: the document key; $rows: [{target (entity key), props, key?, sentences, docs}];
// `key` only when it is not the usual MENTIONS:<document key>-><entity key>.
MATCH (d:Document {key: $doc})
UNWIND $rows AS row
MATCH (e:Entity {key: row.target})
MERGE (d)-[r:MENTIONS]->(e)
SET r += row.props, r.key = coalesce(row.key, 'MENTIONS:' + $doc + '->' + row.target),
  r.sentences = row.sentences, r.docs = row.docs
