// Retracting a report: delete one batch of its sentences with their HAS_SENTENCE and MENTIONS. Run until it
// returns 0.
MATCH (:Document {key: $docKey})-[:HAS_SENTENCE]->(s:Sentence)
WITH s LIMIT $batchSize
DETACH DELETE s
RETURN count(*) AS done
