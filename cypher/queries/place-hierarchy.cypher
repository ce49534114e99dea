// The place hierarchy from a village (or any place) up to the province: each administrative level with its
// official 12-digit code, following PART_OF. $place = the place's name.
// @param place 复建村
MATCH path = (p:Place {name: $place})-[:PART_OF*0..6]->(top:Place)
WHERE NOT (top)-[:PART_OF]->(:Place)
RETURN [n IN nodes(path) | n.name] AS hierarchy, [n IN nodes(path) | n.level] AS levels, [n IN nodes(path) | n.code] AS codes, path
ORDER BY length(path) DESC
LIMIT 1
