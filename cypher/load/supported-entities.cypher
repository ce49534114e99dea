// Retracting a report: the keys of the entities it supports. One pass over the entities (a list property cannot
// be indexed); every relationship the report supports starts at one of them (a relationship's reports are
// reports of both its ends), so retract-support.cypher finds those by expanding from these entities.
MATCH (n:Entity)
WHERE $doc IN n.docs
RETURN n.key AS key
