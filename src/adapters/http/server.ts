/**
 * `kg serve`'s HTTP server (node:http, no framework): the built page from viz/dist plus the API
 *   GET  /api/status      graph size, Neo4j availability
 *   GET  /api/graph       the graph as the page draws it: keys, names, types, positions, document ids (gzip)
 *   GET  /api/graph/attributes  every node's and edge's scalar attributes, for the GEXF export (gzip)
 *   GET  /api/search-keys each node's pinyin and initials, for search (gzip)
 *   GET  /api/node/:key   one node: attributes, neighbours by relation, evidence
 *   GET  /api/queries     saved queries from cypher/queries/
 *   POST /api/cypher      {query, params} → table + subgraph, read-only, row limit, time-out
 * Loopback by default; requests whose Host is not this server are refused (DNS rebinding), and POSTs must be JSON
 * from this origin, so another site open in the browser cannot drive the console.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { ErrorPayload } from './api-types.ts';
import { checkReadOnly } from './cypher-guard.ts';
import type { GraphView } from './graph-view.ts';
import { NEO4J_HINT, Neo4jUnavailable, type Neo4jBridge } from './neo4j-bridge.ts';
import { listSavedQueries } from './saved-queries.ts';
import { serveStatic } from './static-files.ts';

export interface ExplorerOptions {
  view: GraphView;
  vizDist: string;
  queriesDir: string;
  neo4j: Neo4jBridge;
  host?: string;
  port?: number;
}

export interface RunningExplorer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  // Workers come from blob: URLs (ForceAtlas2's worker); exports create blob:/data: images. Nothing else.
  'content-security-policy':
    "default-src 'self'; script-src 'self'; worker-src 'self' blob:; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};
const MAX_BODY = 64 * 1024;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(text);
}

/** A JSON body serialised (and gzipped) once: the graph payloads are big and the same for every request. */
interface PreparedJson {
  raw: Buffer;
  gzip: Buffer;
}

function prepareJson(body: unknown): PreparedJson {
  const raw = Buffer.from(JSON.stringify(body), 'utf8');
  // Level 4: within a few % of level 9's size at a fraction of its time (2 MB: ~40 ms).
  return { raw, gzip: gzipSync(raw, { level: 4 }) };
}

function sendPrepared(req: IncomingMessage, res: ServerResponse, body: PreparedJson): void {
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const bytes = gzip ? body.gzip : body.raw;
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': bytes.length,
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

function sendError(res: ServerResponse, status: number, error: string, hint?: string): void {
  sendJson(res, status, { error, ...(hint ? { hint } : {}) } satisfies ErrorPayload);
}

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error(`request body over ${MAX_BODY} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1';
}

async function handleCypher(
  req: IncomingMessage,
  res: ServerResponse,
  opts: ExplorerOptions,
  selfOrigins: Set<string>,
): Promise<void> {
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? ''))
    return sendError(res, 415, '/api/cypher: send JSON ({"query": "...", "params": {}}).');
  const origin = req.headers.origin;
  if (origin && !selfOrigins.has(origin))
    return sendError(res, 403, `/api/cypher: requests from ${origin} are refused; use the explorer page.`);
  let body: { query?: unknown; params?: unknown };
  try {
    body = JSON.parse(await readBody(req)) as typeof body;
  } catch (e) {
    return sendError(res, 400, `/api/cypher: the body is not JSON (${(e as Error).message}).`);
  }
  const query = typeof body.query === 'string' ? body.query : '';
  const params =
    body.params && typeof body.params === 'object' && !Array.isArray(body.params)
      ? (body.params as Record<string, unknown>)
      : {};
  const refused = checkReadOnly(query);
  if (refused) return sendError(res, 400, refused);
  try {
    sendJson(res, 200, await opts.neo4j.run(query, params));
  } catch (e) {
    if (e instanceof Neo4jUnavailable) return sendError(res, 503, e.message, NEO4J_HINT);
    const msg = String((e as Error).message ?? e).split('\n')[0];
    sendError(res, 400, `Cypher: ${msg}`);
  }
}

function createHandler(opts: ExplorerOptions, graphJson: PreparedJson, selfHosts: () => Set<string>) {
  let attributesJson: PreparedJson | null = null;
  let searchKeysJson: PreparedJson | null = null;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const hosts = selfHosts();
    if (hosts.size && !hosts.has(req.headers.host ?? ''))
      return sendError(res, 421, `kg serve: unknown Host ${req.headers.host}; open the URL kg serve printed.`);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === '/api/cypher') {
      if (req.method !== 'POST') return sendError(res, 405, '/api/cypher: use POST.');
      return handleCypher(req, res, opts, new Set([...hosts].map((h) => `http://${h}`)));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, `${path}: use GET.`);
    if (path === '/api/graph') return sendPrepared(req, res, graphJson);
    if (path === '/api/graph/attributes')
      return sendPrepared(req, res, (attributesJson ??= prepareJson(opts.view.attributes())));
    if (path === '/api/search-keys')
      return sendPrepared(req, res, (searchKeysJson ??= prepareJson(opts.view.searchKeys())));
    if (path === '/api/status') {
      const g = opts.view.graph;
      const graph = {
        name: g.attributes?.name ?? 'graph',
        nodes: g.nodes.length,
        edges: g.edges.length,
        documents: g.attributes?.documents ?? [],
      };
      return sendJson(res, 200, { graph, neo4j: await opts.neo4j.status() });
    }
    if (path === '/api/queries') return sendJson(res, 200, await listSavedQueries(opts.queriesDir));
    if (path.startsWith('/api/node/')) {
      let key: string;
      try {
        key = decodeURIComponent(path.slice('/api/node/'.length));
      } catch {
        return sendError(res, 400, '/api/node: the key is not valid percent-encoding.');
      }
      const node = opts.view.node(key);
      return node ? sendJson(res, 200, node) : sendError(res, 404, `/api/node: no node with key ${key} in this graph.`);
    }
    if (path.startsWith('/api/'))
      return sendError(
        res,
        404,
        `${path}: no such API; see /api/status, /api/graph, /api/graph/attributes, /api/search-keys, /api/node/:key, /api/queries, /api/cypher.`,
      );
    if (await serveStatic(opts.vizDist, path, res, SECURITY_HEADERS)) return;
    if (await serveStatic(opts.vizDist, '/', res, SECURITY_HEADERS)) return;
    sendError(res, 404, `kg serve: ${path} not found (is viz/dist built? run \`npm run build:viz\`).`);
  };
}

export async function startExplorer(opts: ExplorerOptions): Promise<RunningExplorer> {
  const host = opts.host ?? '127.0.0.1';
  const graphJson = prepareJson(opts.view.payload);
  let hosts = new Set<string>();
  const handler = createHandler(opts, graphJson, () => hosts);
  const server = createServer((req, res) => {
    handler(req, res).catch((e: Error) => {
      if (!res.headersSent) sendError(res, 500, `kg serve: ${e.message}`);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  // Only a loopback server checks Host: one bound to a LAN address may be reached under names we cannot know.
  if (isLoopback(host)) hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shown}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
