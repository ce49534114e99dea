// One batch of entities of one label set, by stable key: umbrella label :Entity, the type label (and for places the
// level label: Village, Town …), scalar attributes, and `docs`, the reports that support the entity (union with
// what other reports already said). $rows: [{key, props, docs}].
// {{labels}} is filled in by the loader from a fixed list (ENTITY_TYPES and the place levels), one statement per
// label set: labels cannot be parameters, the dynamic form `SET n:$(row.labels)` measured about three times slower
// per row on Neo4j 5.26.0, and one CASE/FOREACH per label cost more server CPU than the MERGE itself.
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
ON CREATE SET n += row.props, n.docs = row.docs, n:{{labels}}
ON MATCH SET n += row.props, n.docs = coalesce(n.docs, []) + [d IN row.docs WHERE NOT d IN coalesce(n.docs, [])], n:{{labels}}
