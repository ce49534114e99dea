// Where a fact comes from: the sentences (and their documents) that mention an entity, with the character span
// of each mention in the original file, and the relationships of that entity each with the sentences that support
// it. $name = the entity's name (a body written 区委 is found by its full name too, 江津区委).
// @param name 中国特色小城镇品牌传播百强
MATCH (e:Entity)
WHERE e.name = $name OR e.fullName = $name
CALL (e) {
  MATCH (e)<-[m:MENTIONS]-(s:Sentence)<-[:HAS_SENTENCE]-(d:Document)
  RETURN 'mention' AS fact, d.name AS document, d.path AS path, s.index AS sentence, m.start AS start, m.end AS end, s.text AS text
  UNION
  MATCH (e)-[r]-(other:Entity)
  UNWIND r.sentences AS sentenceKey
  MATCH (s:Sentence {key: sentenceKey})<-[:HAS_SENTENCE]-(d:Document)
  RETURN type(r) + ' ' + other.name AS fact, d.name AS document, d.path AS path, s.index AS sentence, s.start AS start, s.end AS end, s.text AS text
}
RETURN fact, document, path, sentence, start, end, text
ORDER BY document, sentence, fact
