// One batch of Document nodes (the file's id, path, sha256, town, year …). $rows: [{key, props}].
UNWIND $rows AS row
MERGE (d:Document {key: row.key})
SET d += row.props
