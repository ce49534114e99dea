// Constraints and indexes of the knowledge graph in Neo4j, applied by `kg load` before every load (IF NOT EXISTS:
// running it again changes nothing). Every node the loader writes has a unique `key` (src/core/graph/keys.ts);
// entities also carry the umbrella label :Entity so relationships can be matched by key with one index seek.

CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT place_key IF NOT EXISTS FOR (n:Place) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT project_key IF NOT EXISTS FOR (n:Project) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT honor_key IF NOT EXISTS FOR (n:Honor) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT program_key IF NOT EXISTS FOR (n:Program) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT outcome_key IF NOT EXISTS FOR (n:Outcome) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT sentence_key IF NOT EXISTS FOR (n:Sentence) REQUIRE n.key IS UNIQUE;

// Look-ups users make: places by official code, anything by name, documents by id, sentences by document.
// No full-text indexes: measured with `npm run bench:load`, a CJK full-text index on Sentence.text made loading
// sentences four times slower; the explorer searches names itself, and CONTAINS works on these few thousand nodes.
CREATE INDEX place_code IF NOT EXISTS FOR (n:Place) ON (n.code);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX province_name IF NOT EXISTS FOR (n:Province) ON (n.name);
CREATE INDEX city_name IF NOT EXISTS FOR (n:City) ON (n.name);
CREATE INDEX district_name IF NOT EXISTS FOR (n:District) ON (n.name);
CREATE INDEX town_name IF NOT EXISTS FOR (n:Town) ON (n.name);
CREATE INDEX village_name IF NOT EXISTS FOR (n:Village) ON (n.name);
CREATE INDEX community_name IF NOT EXISTS FOR (n:Community) ON (n.name);
CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE INDEX honor_name IF NOT EXISTS FOR (n:Honor) ON (n.name);
CREATE INDEX program_name IF NOT EXISTS FOR (n:Program) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
// a body written by its level word alone (区委) is found by its full name too (江津区委)
CREATE INDEX organization_full_name IF NOT EXISTS FOR (n:Organization) ON (n.fullName);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX outcome_indicator IF NOT EXISTS FOR (n:Outcome) ON (n.indicator);
CREATE INDEX document_name IF NOT EXISTS FOR (n:Document) ON (n.name);
CREATE INDEX sentence_doc IF NOT EXISTS FOR (n:Sentence) ON (n.doc);

// Loading starts once every index is online.
CALL db.awaitIndexes(300);
