// Retracting a report: one batch of the entities it supports (supported-entities.cypher) and their outgoing
// relationships lose that support — its document id and its sentence keys —; what no other report supports is
// deleted (an entity with whatever still touches it). $keys: entity keys; $doc; $sentencePrefix.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
CALL (n) {
  MATCH (n)-[r]->()
  WHERE $doc IN r.docs
  SET r.docs = [d IN r.docs WHERE d <> $doc],
      r.sentences = [s IN coalesce(r.sentences, []) WHERE NOT s STARTS WITH $sentencePrefix]
  WITH r WHERE size(r.docs) = 0
  DELETE r
}
SET n.docs = [d IN n.docs WHERE d <> $doc]
WITH n WHERE size(n.docs) = 0
DETACH DELETE n
