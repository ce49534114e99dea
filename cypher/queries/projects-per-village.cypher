// Projects per village: each village or community, the town it belongs to, and the projects the reports place
// there with their status (signed, landed, built …). $village = one village's name, or null for all of them.
// @param village null
MATCH (v:Place)-[r:HAS_PROJECT]->(p:Project)
WHERE v.level IN ['village', 'community'] AND ($village IS NULL OR v.name = $village)
OPTIONAL MATCH (v)-[:PART_OF]->(town:Place)
WITH v, town, p, r ORDER BY p.name
RETURN v.name AS village, town.name AS town, count(p) AS count,
       collect(p.name + CASE WHEN r.status IS NULL THEN '' ELSE ' (' + r.status + ')' END) AS projects
ORDER BY count DESC, village
