// Retracting a report (before loading a changed version): delete one batch of its sentences and their MENTIONS.
// Run until it returns 0.
MATCH (:Document {key: $docKey})-[:HAS_SENTENCE]->(s:Sentence)
WITH s LIMIT $batchSize
DETACH DELETE s
RETURN count(*) AS done
