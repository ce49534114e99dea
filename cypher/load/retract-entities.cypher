// Retracting a report: one batch of the entities it supports loses that support; an entity no other report
// supports is deleted with whatever still touches it. Run until it returns 0.
MATCH (n:Entity)
WHERE $doc IN n.docs
WITH n LIMIT $batchSize
SET n.docs = [d IN n.docs WHERE d <> $doc]
WITH collect(n) AS batch
FOREACH (n IN [x IN batch WHERE size(x.docs) = 0] | DETACH DELETE n)
RETURN size(batch) AS done
