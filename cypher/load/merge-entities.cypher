// One batch of entities by stable key: umbrella label :Entity, the type label (and for places the level label:
// Village, Town …), scalar attributes, and `docs`, the reports that support the entity (union with what other
// reports already said). $rows: [{key, labels, props, docs}].
// Labels are set by one static branch each: the dynamic form `SET n:$(row.labels)` measured about three times
// slower per row on Neo4j 5.26.0 (npm run bench:load), and labels cannot be parameters otherwise.
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
SET n += row.props
SET n.docs = coalesce(n.docs, []) + [d IN row.docs WHERE NOT d IN coalesce(n.docs, [])]
FOREACH (_ IN CASE WHEN 'Place' IN row.labels THEN [1] ELSE [] END | SET n:Place)
FOREACH (_ IN CASE WHEN 'Province' IN row.labels THEN [1] ELSE [] END | SET n:Province)
FOREACH (_ IN CASE WHEN 'City' IN row.labels THEN [1] ELSE [] END | SET n:City)
FOREACH (_ IN CASE WHEN 'District' IN row.labels THEN [1] ELSE [] END | SET n:District)
FOREACH (_ IN CASE WHEN 'Town' IN row.labels THEN [1] ELSE [] END | SET n:Town)
FOREACH (_ IN CASE WHEN 'Village' IN row.labels THEN [1] ELSE [] END | SET n:Village)
FOREACH (_ IN CASE WHEN 'Community' IN row.labels THEN [1] ELSE [] END | SET n:Community)
FOREACH (_ IN CASE WHEN 'Project' IN row.labels THEN [1] ELSE [] END | SET n:Project)
FOREACH (_ IN CASE WHEN 'Honor' IN row.labels THEN [1] ELSE [] END | SET n:Honor)
FOREACH (_ IN CASE WHEN 'Program' IN row.labels THEN [1] ELSE [] END | SET n:Program)
FOREACH (_ IN CASE WHEN 'Organization' IN row.labels THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN 'Event' IN row.labels THEN [1] ELSE [] END | SET n:Event)
FOREACH (_ IN CASE WHEN 'Outcome' IN row.labels THEN [1] ELSE [] END | SET n:Outcome)
