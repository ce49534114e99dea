// One batch of Document nodes (the file's id, path, town, year …). $rows: [{key, props}].
// Not sha256: finish-documents.cypher writes it once everything of the report is in, so a document without one
// (a load killed half-way) is retracted and loaded afresh by the next run.
UNWIND $rows AS row
MERGE (d:Document {key: row.key})
SET d += row.props
