// One batch of the graph's (:Document)-[:MENTIONS]->(entity) edges (which entities a report talks about).
// $rows: [{source (document key), target (entity key), type, props, sentences, docs}].
UNWIND $rows AS row
MATCH (d:Document {key: row.source})
MATCH (e:Entity {key: row.target})
MERGE (d)-[r:MENTIONS]->(e)
SET r += row.props, r.sentences = row.sentences, r.docs = row.docs
