// Retracting a report: one batch of the relationships it supports loses that support (its document and sentence
// ids); a relationship no other report supports is deleted. Run until it returns 0.
MATCH ()-[r]->()
WHERE r.docs IS NOT NULL AND $doc IN r.docs
WITH r LIMIT $batchSize
SET r.docs = [d IN r.docs WHERE d <> $doc],
    r.sentences = [s IN coalesce(r.sentences, []) WHERE NOT s STARTS WITH $sentencePrefix]
WITH collect(r) AS batch
FOREACH (r IN [x IN batch WHERE size(x.docs) = 0] | DELETE r)
RETURN size(batch) AS done
