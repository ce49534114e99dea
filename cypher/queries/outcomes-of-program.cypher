// Outcomes of a program: the measured results (indicator, value, unit, year) a program achieved, directly or
// through the projects it includes. $program = the program's name (乡村振兴, 脱贫攻坚 …).
// @param program 乡村振兴
MATCH (prog:Program {name: $program})
CALL (prog) {
  MATCH (prog)-[:ACHIEVED]->(o:Outcome) RETURN o, null AS via
  UNION
  MATCH (prog)-[:INCLUDES]->(p:Project)-[:ACHIEVED]->(o:Outcome) RETURN o, p.name AS via
}
RETURN o.indicator AS indicator, o.value AS value, o.unit AS unit, o.qualifier AS qualifier, o.year AS year, via
ORDER BY indicator, value
