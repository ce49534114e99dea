// One batch of (:Sentence)-[:MENTIONS {start, end}]->(entity) for evidence that points at a sentence of a report
// this graph does not contain (its Sentence may be in the database from an earlier load; if not, nothing is written).
// $rows: [{sentence (sentence key), entity (entity key), start, end}].
UNWIND $rows AS row
MATCH (s:Sentence {key: row.sentence})
MATCH (e:Entity {key: row.entity})
MERGE (s)-[m:MENTIONS]->(e)
SET m.start = row.start, m.end = row.end
