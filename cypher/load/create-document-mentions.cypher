// One batch of a new (or just retracted) report's (:Document)-[:MENTIONS]->(entity) edges: which entities it talks
// about. CREATE: the report has none yet (the loader made sure). $doc: the document key;
// $rows: [{target (entity key), props, key?, sentences, docs}];
// `key` only when it is not the usual MENTIONS:<document key>-><entity key>.
MATCH (d:Document {key: $doc})
UNWIND $rows AS row
MATCH (e:Entity {key: row.target})
CREATE (d)-[r:MENTIONS]->(e)
SET r = row.props, r.key = coalesce(row.key, 'MENTIONS:' + $doc + '->' + row.target),
  r.sentences = row.sentences, r.docs = row.docs
