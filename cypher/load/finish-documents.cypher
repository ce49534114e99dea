// The last step of a load: each report's sha256, which marks it as completely loaded from that file version.
// $rows: [{key, sha256}].
UNWIND $rows AS row
MATCH (d:Document {key: row.key})
SET d.sha256 = row.sha256
