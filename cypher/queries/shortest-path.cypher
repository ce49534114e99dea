// Shortest path between two entities (by name): how two places, projects, programs … are connected through the
// domain relationships. $from, $to = entity names.
// @param from 复建村
// @param to 柏林镇
MATCH (a:Entity {name: $from}), (b:Entity {name: $to})
MATCH path = shortestPath((a)-[:PART_OF|LOCATED_IN|HAS_PROJECT|RECEIVED|RUNS|INCLUDES|ACHIEVED|HOSTED|PARTNERS_WITH*..12]-(b))
RETURN [n IN nodes(path) | n.name] AS names, [r IN relationships(path) | type(r)] AS relationships, length(path) AS hops, path
ORDER BY hops
LIMIT 1
