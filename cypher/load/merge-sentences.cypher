// One batch of a document's sentences, the lexical layer: (:Document)-[:HAS_SENTENCE]->(:Sentence).
// $rows: [{key, doc (document key), props: {doc, index, start, end, text, section}}].
UNWIND $rows AS row
MATCH (d:Document {key: row.doc})
MERGE (s:Sentence {key: row.key})
SET s += row.props
MERGE (d)-[:HAS_SENTENCE]->(s)
