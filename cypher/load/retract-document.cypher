// Retracting a report, first step: forget which file version it was loaded from, so that a load killed during
// the retraction or after it is retracted again by the next run whatever version that run brings.
MATCH (d:Document {key: $docKey})
REMOVE d.sha256
