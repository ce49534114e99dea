/**
 * A synthetic graph of any size in the exact shape `kg build` writes (documents with sentences, evidence on every
 * node and edge, PART_OF chains with 12-digit codes), for the load benchmark and the kill-the-server test.
 * Deterministic: the same arguments give the same graph.
 *
 * Per sentence "<village>实施项目<n>，完成投资<k>万元。" Neo4j ends up with 11 elements: the Sentence and its
 * HAS_SENTENCE, a Project, an Outcome, three Sentence MENTIONS, HAS_PROJECT, ACHIEVED and two Document MENTIONS.
 */
import { documentKey, edgeKey, entityKey, outcomeKey, placeKey } from '../../src/core/graph/keys.ts';
import type {
  EdgeType,
  Evidence,
  NodeAttributes,
  SerializedEdge,
  SerializedGraph,
  SerializedNode,
} from '../../src/core/graph/schema.ts';
import { SCHEMA_VERSION } from '../../src/core/graph/schema.ts';

export const ELEMENTS_PER_SENTENCE = 11;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function syntheticGraph(documents: number, sentencesPerDoc: number, villagesPerDoc = 10): SerializedGraph {
  const nodes: SerializedNode[] = [];
  const edges: SerializedEdge[] = [];
  const node = (key: string, attributes: NodeAttributes) => nodes.push({ key, attributes });
  const edge = (type: EdgeType, source: string, target: string, evidence: Evidence[]) =>
    edges.push({ key: edgeKey(type, source, target), source, target, attributes: { type, evidence } });

  const province = placeKey('510000000000', '四川省');
  const district = placeKey('510100000000', '成都市');
  node(province, {
    type: 'Place',
    name: '四川省',
    level: 'province',
    code: '510000000000',
    linked: true,
    evidence: [],
  });
  node(district, { type: 'Place', name: '成都市', level: 'city', code: '510100000000', linked: true, evidence: [] });
  edge('PART_OF', district, province, []);

  const docNames: string[] = [];
  for (let d = 0; d < documents; d++) {
    const doc = `synthetic-${pad(d, 4)}`;
    docNames.push(doc);
    const townCode = `51010${pad(d, 4)}000`;
    const town = placeKey(townCode, `第${d}镇`);
    node(town, { type: 'Place', name: `第${d}镇`, level: 'town', code: townCode, linked: true, evidence: [] });
    edge('PART_OF', town, district, []);
    const villages = Array.from({ length: villagesPerDoc }, (_, v) => {
      const code = `51010${pad(d, 4)}${pad(200 + v, 3)}`;
      return { key: placeKey(code, `第${d}镇${v}村`), name: `第${d}镇${v}村`, code, evidence: [] as Evidence[] };
    });
    const sentences = [];
    let offset = 0;
    for (let i = 0; i < sentencesPerDoc; i++) {
      const village = villages[i % villagesPerDoc];
      const project = `项目${d}-${i}`;
      const text = `${village.name}实施${project}，完成投资${i + 1}万元。`;
      sentences.push({ index: i, start: offset, end: offset + text.length, text });
      const span = (mention: string): Evidence => {
        const at = text.indexOf(mention);
        return { doc, sentence: i, start: offset + at, end: offset + at + mention.length, text };
      };
      village.evidence.push(span(village.name));
      const projectKey = entityKey('Project', project);
      node(projectKey, { type: 'Project', name: project, evidence: [span(project)] });
      const amount = `${i + 1}万元`;
      const outcome = outcomeKey(doc, offset + text.indexOf(amount));
      node(outcome, {
        type: 'Outcome',
        name: `投资${amount}`,
        indicator: '投资',
        value: i + 1,
        unit: '万元',
        year: 2023,
        evidence: [span(amount)],
      });
      edge('HAS_PROJECT', village.key, projectKey, [span(project)]);
      edge('ACHIEVED', projectKey, outcome, [span(amount)]);
      edge('MENTIONS', documentKey(doc), projectKey, [span(project)]);
      edge('MENTIONS', documentKey(doc), outcome, [span(amount)]);
      offset += text.length;
    }
    for (const v of villages) {
      node(v.key, { type: 'Place', name: v.name, level: 'village', code: v.code, linked: true, evidence: v.evidence });
      edge('PART_OF', v.key, town, []);
    }
    node(documentKey(doc), {
      type: 'Document',
      name: doc,
      evidence: [],
      path: `${doc}.txt`,
      sha256: pad(d, 64),
      encoding: 'utf-8',
      town: `第${d}镇`,
      townCode,
      year: 2023,
      title: null,
      sentences,
    });
  }
  return {
    attributes: { name: 'synthetic', schemaVersion: SCHEMA_VERSION, documents: docNames },
    options: { type: 'directed', multi: false, allowSelfLoops: false },
    nodes,
    edges,
  };
}
