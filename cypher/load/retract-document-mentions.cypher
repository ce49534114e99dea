// Retracting a report: delete one batch of its (:Document)-[:MENTIONS]->(entity) edges (only it supports them).
// Run until it returns 0.
MATCH (:Document {key: $docKey})-[r:MENTIONS]->()
WITH r LIMIT $batchSize
DELETE r
RETURN count(*) AS done
