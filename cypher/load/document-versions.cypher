// Which of the incoming documents are already loaded, and from which version of the file (sha256).
UNWIND $keys AS key
MATCH (d:Document {key: key})
RETURN d.key AS key, d.name AS name, d.sha256 AS sha256
