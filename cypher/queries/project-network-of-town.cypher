// The project network of a town: pairs of the town's projects that share a place (both in the same village) or a
// program (both included in it), with what they share. A project belongs to the town when the town, or a place
// within it, has it or hosts it. $town = the town's name.
// @param town 柏林镇
MATCH (t:Place {name: $town})
MATCH (p:Project)-[:HAS_PROJECT|LOCATED_IN]-(:Place)-[:PART_OF*0..2]->(t)
WITH DISTINCT p
MATCH (p)-[:HAS_PROJECT|LOCATED_IN|INCLUDES]-(shared)-[:HAS_PROJECT|LOCATED_IN|INCLUDES]-(q:Project)
WHERE p.key < q.key AND (shared:Place OR shared:Program)
  AND EXISTS { (q)-[:HAS_PROJECT|LOCATED_IN]-(:Place)-[:PART_OF*0..2]->(t) }
RETURN p.name AS project, q.name AS other, shared.type AS via, collect(DISTINCT shared.name) AS shared
ORDER BY project, other
