// Honors of a town by year: what the town — or one of its villages and communities — received, newest first,
// with the rank when the report gives one (名列…第41位). $year = one year, or null for every year.
// @param town 白沙镇
// @param year null
MATCH (t:Place {name: $town})
MATCH (recipient:Place)-[:PART_OF*0..2]->(t)
MATCH (recipient)-[r:RECEIVED]->(h:Honor)
WHERE $year IS NULL OR r.year = $year
RETURN r.year AS year, h.name AS honor, r.rank AS rank, recipient.name AS recipient
ORDER BY year DESC, honor
