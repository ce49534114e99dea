// One batch of the sentences of a report already loaded from the same file version (a repeated load), with what
// they mention: (:Document)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS {start, end}]->(entity), merged by key.
// $doc: the document key; $rows: [{key, props, mentions: [{entity, start, end}]}].
MATCH (d:Document {key: $doc})
UNWIND $rows AS row
MERGE (s:Sentence {key: row.key})
SET s += row.props
MERGE (d)-[:HAS_SENTENCE]->(s)
WITH s, row
UNWIND row.mentions AS m
MATCH (e:Entity {key: m.entity})
MERGE (s)-[r:MENTIONS]->(e)
SET r.start = m.start, r.end = m.end
