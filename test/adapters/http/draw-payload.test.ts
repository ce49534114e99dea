/**
 * The light drawing payload of /api/graph and its round trip: what the server packs into parallel arrays is what the
 * page unpacks (graph-model.ts, filters.ts), and what exports fetch (/api/graph/attributes) lines up with it.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphPayload } from '../../../src/adapters/http/api-types.ts';
import { buildAttributesPayload, buildDrawPayload, drawableEdges } from '../../../src/adapters/http/draw-payload.ts';
import {
  computeInitialLayout,
  layoutIterations,
  loadOrComputeLayout,
} from '../../../src/adapters/http/initial-layout.ts';
import type { SerializedGraph } from '../../../src/core/graph/schema.ts';
import { computeNodeFacts } from '../../../viz/src/filters.ts';
import { toSigmaGraph } from '../../../viz/src/graph-model.ts';
import { syntheticGraph } from '../../bench/viz.ts';
import { miniGraph } from '../../e2e/fixtures/mini-graph.ts';

const graph = miniGraph();
const edges = drawableEdges(graph);
const layout = computeInitialLayout(graph, edges);
/** Through JSON, as the page receives it. */
const payload = JSON.parse(JSON.stringify(buildDrawPayload(graph, layout, edges))) as GraphPayload;

describe('drawing payload round trip', () => {
  const drawn = toSigmaGraph(payload);

  it('gives the page every node with its key, name, type and the server’s position', () => {
    expect(drawn.nodes().sort()).toEqual(graph.nodes.map((n) => n.key).sort());
    // Drawn smallest first, so that hubs lie on top.
    const sizes = drawn.mapNodes((_k, a) => a.size as number);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    graph.nodes.forEach((n, i) => {
      const a = drawn.getNodeAttributes(n.key);
      expect(a).toMatchObject({ name: n.attributes.name, kind: n.attributes.type });
      expect(a.x).toBeCloseTo(layout.x[i]!, 1);
      expect(a.y).toBeCloseTo(layout.y[i]!, 1);
    });
    expect(drawn.getNodeAttribute('doc:mini-report', 'label')).toBe('白沙镇2020年亮点工作回眸');
  });

  it('gives the page every edge with its ends and type', () => {
    const back = drawn.mapEdges((_k, a, s, t) => `${a.kind}:${s}->${t}`);
    expect(back).toEqual(graph.edges.map((e) => `${e.attributes.type}:${e.source}->${e.target}`));
  });

  it('carries the documents and years the filters need, as the evidence says', () => {
    const facts = computeNodeFacts(payload);
    for (const n of graph.nodes) {
      const docs = new Set(n.attributes.evidence.map((ev) => ev.doc));
      if (n.attributes.type === 'Document') docs.add(n.attributes.name);
      expect(facts.get(n.key)!.docs).toEqual(docs);
      expect(facts.get(n.key)!.years).toEqual(docs.size ? new Set([2020]) : new Set());
    }
  });

  it('leaves out attributes and evidence, and is a fraction of the graph’s size', () => {
    const text = JSON.stringify(payload);
    expect(text).not.toContain('复建村建成重庆影视城拍摄基地'); // an evidence sentence
    expect(text).not.toContain('复建村村民委员会'); // an attribute (officialName)
    const big = syntheticGraph(300, 600);
    const bigPayload = buildDrawPayload(big, computeInitialLayout(big, drawableEdges(big)));
    expect(JSON.stringify(bigPayload).length).toBeLessThan(JSON.stringify(big).length / 3);
  });
});

describe('drawableEdges', () => {
  it('keeps one edge per ordered pair and drops edges to unknown nodes and self-loops', () => {
    const g: SerializedGraph = {
      ...graph,
      edges: [
        ...graph.edges,
        { ...graph.edges[0]!, key: 'dup' },
        {
          key: 'dangling',
          source: 'place:nowhere',
          target: graph.nodes[0]!.key,
          attributes: graph.edges[0]!.attributes,
        },
        {
          key: 'loop',
          source: graph.nodes[0]!.key,
          target: graph.nodes[0]!.key,
          attributes: graph.edges[0]!.attributes,
        },
      ],
    };
    expect(drawableEdges(g).map((e) => e.key)).toEqual(graph.edges.map((e) => e.key));
  });
});

describe('attributes payload (for the GEXF export)', () => {
  it('lines up with the drawing payload and keeps every scalar attribute, counting evidence', () => {
    const attrs = buildAttributesPayload(graph, edges);
    expect(attrs.nodes).toHaveLength(payload.nodes.keys.length);
    const village = attrs.nodes[payload.nodes.keys.indexOf('place:500116108205')]!;
    expect(village).toEqual({
      type: 'Place',
      name: '复建村',
      level: 'village',
      code: '500116108205',
      linked: true,
      officialName: '复建村村民委员会',
      evidenceCount: 1,
    });
    expect(attrs.edges.map((e) => e.key)).toEqual(edges.map((e) => e.key));
    expect(attrs.edges[0]!.attributes.type).toBe(edges[0]!.attributes.type);
  });
});

describe('initial layout', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-layout-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is deterministic and finite, and runs fewer iterations on bigger graphs', () => {
    const again = computeInitialLayout(graph, edges);
    expect([...again.x]).toEqual([...layout.x]);
    expect([...layout.x, ...layout.y].every(Number.isFinite)).toBe(true);
    expect(new Set(layout.x).size).toBe(graph.nodes.length);
    expect(layoutIterations(20_000, 50_000)).toBeLessThan(layoutIterations(300, 600));
  });

  it('is cached on disk by the graph’s structure, and recomputed when the cache is unusable', async () => {
    const first = loadOrComputeLayout(graph, edges, dir);
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    expect([...loadOrComputeLayout(graph, edges, dir).y]).toEqual([...first.y]);
    // Another graph gets its own entry.
    loadOrComputeLayout(
      { ...graph, nodes: graph.nodes.slice(1) },
      drawableEdges({ ...graph, nodes: graph.nodes.slice(1) }),
      dir,
    );
    expect(await readdir(dir)).toHaveLength(2);
    await writeFile(join(dir, files[0]!), 'truncated');
    expect([...loadOrComputeLayout(graph, edges, dir).x]).toEqual([...first.x]);
  });
});
