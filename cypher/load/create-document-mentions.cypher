// One batch of a new (or just retracted) report's (:Document)-[:MENTIONS]->(entity) edges: which entities it talks
// about. CREATE: the report has none yet (the loader made sure). $doc: the document key;
// $rows: [{target (entity key), props, sentences, docs}].
MATCH (d:Document {key: $doc})
UNWIND $rows AS row
MATCH (e:Entity {key: row.target})
CREATE (d)-[r:MENTIONS]->(e)
SET r = row.props, r.sentences = row.sentences, r.docs = row.docs
