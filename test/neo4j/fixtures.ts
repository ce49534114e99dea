/**
 * Small hand-written graphs that follow src/core/graph/schema.ts exactly, for the loader's tests: two invented
 * reports about one town, and a changed second version of the first report.
 */
import { documentKey, edgeKey, entityKey, placeKey } from '../../src/core/graph/keys.ts';
import {
  SCHEMA_VERSION,
  type EdgeAttributes,
  type EdgeType,
  type Evidence,
  type NodeAttributes,
  type SerializedEdge,
  type SerializedGraph,
  type SerializedNode,
} from '../../src/core/graph/schema.ts';

interface Doc {
  name: string;
  sha256: string;
  sentences: string[];
}

/** Evidence for `mention` in sentence `index` of `doc` (offsets as if sentences were laid end to end). */
function ev(doc: Doc, index: number, mention: string): Evidence {
  const offset = doc.sentences.slice(0, index).reduce((n, s) => n + s.length, 0);
  const at = doc.sentences[index].indexOf(mention);
  if (at < 0) throw new Error(`fixture: "${mention}" is not in sentence ${index} of ${doc.name}`);
  return {
    doc: doc.name,
    sentence: index,
    start: offset + at,
    end: offset + at + mention.length,
    text: doc.sentences[index],
  };
}

function documentNode(doc: Doc): SerializedNode {
  let offset = 0;
  const sentences = doc.sentences.map((text, index) => {
    const record = { index, start: offset, end: offset + text.length, text };
    offset += text.length;
    return record;
  });
  return {
    key: documentKey(doc.name),
    attributes: {
      type: 'Document',
      name: doc.name,
      evidence: [],
      path: `reports/${doc.name}`,
      sha256: doc.sha256,
      encoding: 'utf-8',
      town: '白沙镇',
      townCode: '500116108000',
      year: 2020,
      title: null,
      sentences,
    },
  };
}

const PLACES = [
  { code: '500000000000', name: '重庆市', level: 'province', hierarchy: ['重庆市'] },
  { code: '500116000000', name: '江津区', level: 'district', hierarchy: ['重庆市', '江津区'] },
  { code: '500116108000', name: '白沙镇', level: 'town', hierarchy: ['重庆市', '江津区', '白沙镇'] },
  { code: '500116108205', name: '复建村', level: 'village', hierarchy: ['重庆市', '江津区', '白沙镇', '复建村'] },
] as const;

class GraphWriter {
  nodes = new Map<string, SerializedNode>();
  edges = new Map<string, SerializedEdge>();

  node(key: string, attributes: NodeAttributes): string {
    const existing = this.nodes.get(key);
    if (existing) existing.attributes.evidence.push(...attributes.evidence);
    else this.nodes.set(key, { key, attributes });
    return key;
  }

  edge(
    type: EdgeType,
    source: string,
    target: string,
    evidence: Evidence[],
    extra: Partial<EdgeAttributes> = {},
  ): void {
    const key = edgeKey(type, source, target);
    const existing = this.edges.get(key);
    if (existing) existing.attributes.evidence.push(...evidence);
    else this.edges.set(key, { key, source, target, attributes: { type, evidence, ...extra } });
  }

  place(name: string, evidence: Evidence[]): string {
    const p = PLACES.find((x) => x.name === name)!;
    return this.node(placeKey(p.code, p.name), {
      type: 'Place',
      name: p.name,
      level: p.level,
      code: p.code,
      linked: true,
      hierarchy: [...p.hierarchy],
      evidence,
    });
  }

  entity(type: 'Project' | 'Honor' | 'Program', name: string, evidence: Evidence[]): string {
    return this.node(entityKey(type, name), { type, name, evidence });
  }

  mentions(doc: Doc, key: string): void {
    const evidence = this.nodes.get(key)!.attributes.evidence.filter((e) => e.doc === doc.name);
    this.edge('MENTIONS', documentKey(doc.name), key, evidence);
  }

  /** The PART_OF chain of every place, without evidence, as the gazetteer supplies it. */
  hierarchy(): void {
    for (let i = PLACES.length - 1; i > 0; i--) {
      const child = placeKey(PLACES[i].code, PLACES[i].name);
      if (!this.nodes.has(child)) continue;
      const parent = this.place(PLACES[i - 1].name, []);
      this.edge('PART_OF', child, parent, []);
    }
  }

  graph(docs: Doc[]): SerializedGraph {
    return {
      attributes: { name: 'fixture', schemaVersion: SCHEMA_VERSION, documents: docs.map((d) => d.name) },
      options: { type: 'directed', multi: false, allowSelfLoops: false },
      nodes: [...this.nodes.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
      edges: [...this.edges.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
    };
  }
}

export const REPORT_A: Doc = {
  name: 'a.txt',
  sha256: 'a'.repeat(64),
  sentences: ['复建村签约引进影视基地项目。', '2020年白沙镇荣获全国文明村镇称号。'],
};
/** A changed version of report A: the honor sentence is gone, a new project is there. */
export const REPORT_A2: Doc = {
  name: 'a.txt',
  sha256: 'b'.repeat(64),
  sentences: ['复建村签约引进影视基地项目。', '复建村建成柑橘加工厂。'],
};
export const REPORT_B: Doc = {
  name: 'b.txt',
  sha256: 'c'.repeat(64),
  sentences: ['白沙镇实施乡村振兴示范工程。', '示范工程包括影视基地项目。'],
};

function addReportA(w: GraphWriter, doc: Doc): void {
  const village = w.place('复建村', [ev(doc, 0, '复建村')]);
  const project = w.entity('Project', '影视基地项目', [ev(doc, 0, '影视基地项目')]);
  w.edge('HAS_PROJECT', village, project, [ev(doc, 0, '影视基地项目')], { status: 'signed' });
  w.edge('LOCATED_IN', project, village, [ev(doc, 0, '复建村')]);
  if (doc.sentences[1].includes('荣获')) {
    const town = w.place('白沙镇', [ev(doc, 1, '白沙镇')]);
    const honor = w.entity('Honor', '全国文明村镇', [ev(doc, 1, '全国文明村镇')]);
    w.edge('RECEIVED', town, honor, [ev(doc, 1, '全国文明村镇')], { year: 2020 });
    w.mentions(doc, town);
    w.mentions(doc, honor);
  } else {
    const plant = w.entity('Project', '柑橘加工厂', [ev(doc, 1, '柑橘加工厂')]);
    w.edge('HAS_PROJECT', village, plant, [ev(doc, 1, '柑橘加工厂')], { status: 'built' });
    w.mentions(doc, plant);
  }
  w.mentions(doc, village);
  w.mentions(doc, project);
}

function addReportB(w: GraphWriter, doc: Doc): void {
  const town = w.place('白沙镇', [ev(doc, 0, '白沙镇')]);
  const program = w.entity('Program', '乡村振兴示范工程', [ev(doc, 0, '乡村振兴示范工程')]);
  const project = w.entity('Project', '影视基地项目', [ev(doc, 1, '影视基地项目')]);
  w.edge('RUNS', town, program, [ev(doc, 0, '乡村振兴示范工程')]);
  w.edge('INCLUDES', program, project, [ev(doc, 1, '影视基地项目')]);
  for (const key of [town, program, project]) w.mentions(doc, key);
}

/** A graph of the given reports, as `kg build` would write it for those files together. */
export function fixtureGraph(...docs: Doc[]): SerializedGraph {
  const w = new GraphWriter();
  for (const doc of docs) {
    w.node(documentKey(doc.name), documentNode(doc).attributes);
    if (doc.name === 'a.txt') addReportA(w, doc);
    else addReportB(w, doc);
  }
  w.hierarchy();
  return w.graph(docs);
}
