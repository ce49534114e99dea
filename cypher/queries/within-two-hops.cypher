// Everything within two hops of a place: the projects, programs, honors, outcomes, organizations and neighbouring
// places linked to it directly or through one other entity (the lexical layer — documents, sentences — left out).
// $place = the place's name.
// @param place 复建村
MATCH (x:Place {name: $place})
MATCH path = (x)-[:PART_OF|LOCATED_IN|HAS_PROJECT|RECEIVED|RUNS|INCLUDES|ACHIEVED|HOSTED|PARTNERS_WITH*1..2]-(y:Entity)
WHERE y <> x
WITH y, min(length(path)) AS hops, collect(path)[0] AS path
RETURN y.name AS name, y.type AS type, hops, path
ORDER BY hops, type, name
LIMIT 500
