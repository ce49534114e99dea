// One batch of the sentences of a report that is new (or was just retracted), with what they mention:
// (:Document)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS {start, end}]->(entity). CREATE, not MERGE: nothing of this
// report is in the database (the loader made sure), so there is nothing to match, and the Sentence key constraint
// still rejects a duplicate. $doc: the document key; $rows: [{key, props, mentions: [{entity, start, end}]}].
MATCH (d:Document {key: $doc})
UNWIND $rows AS row
CREATE (d)-[:HAS_SENTENCE]->(s:Sentence)
SET s = row.props, s.key = row.key
WITH s, row
UNWIND row.mentions AS m
MATCH (e:Entity {key: m.entity})
CREATE (s)-[:MENTIONS {start: m.start, end: m.end}]->(e)
