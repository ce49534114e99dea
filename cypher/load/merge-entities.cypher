// One batch of entities by stable key: umbrella label :Entity, the type label (and for places the level label:
// Village, Town …), scalar attributes, and `docs`, the reports that support the entity (union with what other
// reports already said). $rows: [{key, labels, props, docs}].
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
SET n += row.props
SET n:$(row.labels)
SET n.docs = coalesce(n.docs, []) + [d IN row.docs WHERE NOT d IN coalesce(n.docs, [])]
