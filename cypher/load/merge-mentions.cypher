// One batch of (:Sentence)-[:MENTIONS {start, end}]->(entity), from the entities' evidence: where each entity is
// mentioned. $rows: [{sentence (sentence key), entity (entity key), start, end}].
UNWIND $rows AS row
MATCH (s:Sentence {key: row.sentence})
MATCH (e:Entity {key: row.entity})
MERGE (s)-[m:MENTIONS]->(e)
SET m.start = row.start, m.end = row.end
