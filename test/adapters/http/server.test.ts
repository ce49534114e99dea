import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AttributesPayload,
  CypherPayload,
  GraphPayload,
  NodePayload,
  SavedQuery,
  SearchKeysPayload,
  StatusPayload,
} from '../../../src/adapters/http/api-types.ts';
import { createGraphView } from '../../../src/adapters/http/graph-view.ts';
import { createNeo4jBridge } from '../../../src/adapters/http/neo4j-bridge.ts';
import { startExplorer, type RunningExplorer } from '../../../src/adapters/http/server.ts';
import { miniGraph, XSS_NAME } from '../../e2e/fixtures/mini-graph.ts';

let explorer: RunningExplorer;
let dir: string;
const graph = miniGraph();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-http-'));
  await mkdir(join(dir, 'dist'));
  await mkdir(join(dir, 'queries'));
  await writeFile(join(dir, 'dist/index.html'), '<!doctype html><title>x</title>');
  await writeFile(join(dir, 'secret.txt'), 'do not serve');
  await writeFile(
    join(dir, 'queries/towns.cypher'),
    '// Which towns are there?\n// (with their codes)\n// @param level town\nMATCH (t:Place {level: "town"}) RETURN t.name, t.code\n',
  );
  explorer = await startExplorer({
    view: createGraphView(graph),
    vizDist: join(dir, 'dist'),
    queriesDir: join(dir, 'queries'),
    neo4j: createNeo4jBridge({ loadModule: async () => null }),
    port: 0,
  });
});
afterAll(async () => {
  await explorer.close();
  await rm(dir, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) => fetch(new URL(path, explorer.url), init);
const cypher = (query: string, headers: Record<string, string> = {}) =>
  get('/api/cypher', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

describe('kg serve HTTP API', () => {
  it('binds to loopback by default', () => {
    expect(explorer.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the light drawing payload, gzipped when the client accepts it', async () => {
    const res = await get('/api/graph');
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    // fetch asks for gzip and inflates it; the header says what travelled.
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const body = (await res.json()) as GraphPayload;
    expect(body.format).toBe('kg-draw/1');
    expect(body.nodes.keys).toEqual(graph.nodes.map((n) => n.key));
    expect(body.edges.source).toHaveLength(graph.edges.length);
    expect(body.nodes.x.every(Number.isFinite)).toBe(true);
    // No attributes, evidence or sentences: those come with /api/node.
    expect(JSON.stringify(body)).not.toContain('复建村建成重庆影视城拍摄基地');
    const plain = await new Promise<{ encoding: string | undefined; body: string }>((resolve, reject) => {
      request(new URL('/api/graph', explorer.url), (r) => {
        let text = '';
        r.setEncoding('utf8');
        r.on('data', (c: string) => (text += c));
        r.on('end', () => resolve({ encoding: r.headers['content-encoding'], body: text }));
      })
        .on('error', reject)
        .end();
    });
    expect(plain.encoding).toBeUndefined();
    expect(JSON.parse(plain.body)).toEqual(body);
  });

  it('serves every node’s and edge’s scalar attributes for exports, in the drawing payload’s order', async () => {
    const body = (await (await get('/api/graph/attributes')).json()) as AttributesPayload;
    expect(body.nodes).toHaveLength(graph.nodes.length);
    expect(body.nodes[graph.nodes.findIndex((n) => n.key === 'place:500116108205')]).toMatchObject({
      name: '复建村',
      code: '500116108205',
      evidenceCount: 1,
    });
    expect(body.edges.map((e) => e.key)).toEqual(graph.edges.map((e) => e.key));
  });

  it('serves each node’s pinyin keys for search, in the drawing payload’s order', async () => {
    const keys = (await (await get('/api/search-keys')).json()) as SearchKeysPayload;
    const i = graph.nodes.findIndex((n) => n.key === 'place:500116108205');
    expect(keys.full).toHaveLength(graph.nodes.length);
    expect([keys.full[i], keys.initials[i]]).toEqual(['fujiancun', 'fjc']);
  });

  it('serves a node with neighbours grouped by relation and evidence placed in its sentence', async () => {
    const res = await get(`/api/node/${encodeURIComponent('place:500116108205')}`);
    const node = (await res.json()) as NodePayload;
    expect(node.attributes.name).toBe('复建村');
    expect(Object.keys(node.neighbours).sort()).toEqual([
      'HAS_PROJECT:out',
      'LOCATED_IN:in',
      'MENTIONS:in',
      'PART_OF:out',
    ]);
    expect(node.neighbours['PART_OF:out']![0]!.name).toBe('白沙镇');
    expect(node.evidence).toHaveLength(1);
    const ev = node.evidence[0]!;
    expect(ev.text).toBe('复建村建成重庆影视城拍摄基地。');
    expect(ev.start - ev.sentenceStart!).toBe(0);
    expect(ev.docTitle).toBe('白沙镇2020年亮点工作回眸');
  });

  it('answers 404 with a message for an unknown node or API', async () => {
    const res = await get('/api/node/nope');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toMatch(/no node with key nope/);
    expect((await get('/api/nothing')).status).toBe(404);
  });

  it('returns markup in report strings as JSON data, untouched', async () => {
    const node = (await (await get(`/api/node/${encodeURIComponent(`project:${XSS_NAME}`)}`)).json()) as NodePayload;
    expect(node.attributes.name).toBe(XSS_NAME);
  });

  it('reports Neo4j as unavailable and says how to start it', async () => {
    const status = (await (await get('/api/status')).json()) as StatusPayload;
    expect(status.graph.nodes).toBe(graph.nodes.length);
    expect(status.neo4j.available).toBe(false);
    expect(status.neo4j.message).toContain('npx kg neo4j start');
    const res = await cypher('MATCH (n) RETURN n LIMIT 1');
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: string; hint: string };
    expect(body.hint).toContain('npx kg neo4j start');
  });

  it('refuses write clauses before reaching Neo4j', async () => {
    const res = await cypher('MATCH (n) DETACH DELETE n');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/read-only.*DETACH/);
  });

  it('refuses console requests from other origins, other hosts and non-JSON bodies', async () => {
    expect((await cypher('MATCH (n) RETURN n', { origin: 'http://evil.example' })).status).toBe(403);
    const form = await get('/api/cypher', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
    expect(form.status).toBe(415);
    expect((await get('/api/cypher')).status).toBe(405);
    // fetch will not send a foreign Host header; node:http will, as a rebinding attacker's browser would.
    const status = await new Promise<number>((resolve, reject) => {
      request(new URL('/api/graph', explorer.url), { headers: { host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(421);
  });

  it('lists saved queries with the comment that says what they answer', async () => {
    const list = (await (await get('/api/queries')).json()) as SavedQuery[];
    expect(list).toEqual([
      expect.objectContaining({
        name: 'towns',
        description: 'Which towns are there? (with their codes)',
        query: expect.stringContaining('MATCH (t:Place'),
      }),
    ]);
  });

  it('serves the page with a strict CSP and never files outside viz/dist', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const escape = await get('/..%2Fsecret.txt');
    expect(await escape.text()).not.toContain('do not serve');
  });
});

describe('Neo4j bridge', () => {
  it('passes READ mode, a row limit and a time-out to the adapter, and flags truncation', async () => {
    const calls: unknown[] = [];
    const bridge = createNeo4jBridge({
      rowLimit: 2,
      timeoutMs: 1234,
      loadModule: async () => ({
        resolveNeo4jConfig: async () => ({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'x' }),
        runQuery: async (_cfg, cypherText, params, opts) => {
          calls.push({ cypherText, params, opts });
          return { columns: ['n'], rows: [[1], [2], [3]], graph: { nodes: [], edges: [] } };
        },
      }),
    });
    const r: CypherPayload = await bridge.run('MATCH (n) RETURN n', { a: 1 });
    expect(r.rows).toEqual([[1], [2]]);
    expect(r.truncated).toBe(true);
    expect(calls).toEqual([
      { cypherText: 'MATCH (n) RETURN n', params: { a: 1 }, opts: { write: false, limit: 3, timeoutMs: 1234 } },
    ]);
  });
});
