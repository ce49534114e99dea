/**
 * The explorer page: a typed state, actions that change it, then one `refresh` of sigma. Everything the page shows
 * comes from the HTTP API; report strings are set as text (dom.ts), never as HTML.
 */
import type { AbstractGraph as Graph } from 'graphology-types';
import Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';
import type { GraphPayload, NodePayload, SearchKeysPayload, StatusPayload } from '../../src/adapters/http/api-types.ts';
import { NODE_TYPES } from '../../src/core/graph/schema.ts';
import { getJson, nodeUrl } from './api.ts';
import { setupConsole } from './console.ts';
import { byId, clear } from './dom.ts';
import { applyText, fillFilterMenus } from './toolbar.ts';
import { collectYears, computeHiddenNodes, computeNodeFacts } from './filters.ts';
import {
  degreesOf,
  edgeTypeFor,
  PROGRESSIVE_EDGES,
  toSigmaGraph,
  toSigmaGraphInSlices,
  typesPresent,
} from './graph-model.ts';
import { t } from './i18n.ts';
import { BIG_GRAPH_NODES } from './style.ts';
import { createLayoutControl } from './layout-control.ts';
import { renderLegend } from './legend.ts';
import { renderPanel } from './panel.ts';
import { skipClearingEmptyLayers } from './lean-layers.ts';
import { NodePointProgramNoPickOnMove } from './programs.ts';
import { buildReducers } from './reducers.ts';
import { setupSearchBox } from './search-box.ts';
import { buildSearchIndex, type SearchEntry, type SearchIndex } from './search.ts';
import { parseViewState, serializeViewState, toggleType, type ViewState } from './state.ts';
import { exportGexf, exportPng } from './exports.ts';

const LABEL_FONT = 'system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

interface App {
  state: ViewState;
  graph: Graph;
  renderer: Sigma;
  /** Each node's type, documents and years, computed on first use (the filters, the year menu). */
  facts: () => ReturnType<typeof computeNodeFacts>;
  /** Nodes per type, for the legend. */
  typeCounts: Map<string, number>;
  hidden: Set<string>;
  hovered: string | null;
  emphasised: Set<string>;
  types: string[];
  documents: { name: string; title: string }[];
  panelData: NodePayload | null;
  /** Payload order: index i of /api/graph/attributes is the node nodeKeys[i]. */
  nodeKeys: string[];
  /** Whether sigma currently has reducers (see Reducers.active). */
  reducing: boolean;
}

let app: App;
let index: SearchIndex = buildSearchIndex([]);

function writeUrl(): void {
  history.replaceState(null, '', `${location.pathname}${serializeViewState(app.state)}`);
}

function setState(next: ViewState): void {
  app.state = next;
  writeUrl();
}

function currentReducers() {
  const { graph, hidden, hovered, state, emphasised } = app;
  return buildReducers({ graph, hidden, focus: hovered ?? state.selected, selected: state.selected, emphasised });
}

/**
 * Reducers are rebuilt (cheaply) whenever what they depend on changes; sigma then refreshes once. With nothing
 * hovered, selected, filtered or emphasised sigma gets no reducers, and going from nothing to nothing (the pointer
 * leaving a node nobody highlighted) refreshes nothing.
 */
function applyReducers(): void {
  const r = currentReducers();
  if (r.active || app.reducing) {
    app.renderer.setSettings(
      r.active
        ? { nodeReducer: r.nodeReducer as never, edgeReducer: r.edgeReducer as never }
        : { nodeReducer: null, edgeReducer: null },
    );
    countPending = true;
  }
  app.reducing = r.active;
  updateStatus();
}

function updateStatus(): void {
  const { graph, hidden, state } = app;
  byId('status').textContent =
    `${graph.order - hidden.size} / ${graph.order} ${t(state.lang, 'nodes')} · ${graph.size} ${t(state.lang, 'edges')}`;
}

/**
 * What sigma drew, asked of sigma (not of our filter sets) after its refresh — sigma refreshes on the next frame
 * after new reducers — so that tests check the real thing: `#graph[data-rendered-nodes]`.
 */
let countPending = false;
function publishRenderedCount(): void {
  if (!countPending) return;
  countPending = false;
  const box = byId('graph');
  box.dataset.graphNodes = String(app.graph.order);
  box.dataset.renderedNodes = String(countRendered());
}

function countRendered(): number {
  let n = 0;
  app.graph.forEachNode((key) => {
    if (!app.renderer.getNodeDisplayData(key)?.hidden) n++;
  });
  return n;
}

function applyFilters(): void {
  app.hidden = computeHiddenNodes(app.facts(), app.state);
  renderLegendNow();
  applyReducers();
}

function renderLegendNow(): void {
  const counts = app.typeCounts;
  renderLegend(byId('legend'), app.state.lang, app.types, counts, app.state.hiddenTypes, (type) => {
    setState(toggleType(app.state, type));
    applyFilters();
  });
}

function centreOn(key: string): void {
  // The camera lives in sigma's normalised space, which the display cache holds only once a refresh has run (the
  // reducers just changed, and sigma refreshes lazily): refresh now, then read.
  app.renderer.refresh();
  const d = app.renderer.getNodeDisplayData(key);
  if (!d) return;
  const camera = app.renderer.getCamera();
  void camera.animate(
    { x: d.x, y: d.y, ratio: Math.min(camera.ratio, app.graph.order > 300 ? 0.3 : 1) },
    { duration: 400 },
  );
}

async function select(key: string | null, centre = false): Promise<void> {
  setState({ ...app.state, selected: key && app.graph.hasNode(key) ? key : null });
  applyReducers();
  const panel = byId('panel');
  if (!app.state.selected) {
    app.panelData = null;
    panel.hidden = true;
    clear(panel);
    return;
  }
  if (centre) centreOn(app.state.selected);
  app.panelData = await getJson<NodePayload>(nodeUrl(app.state.selected));
  renderPanelNow();
}

function renderPanelNow(): void {
  if (!app.panelData) return;
  renderPanel(byId('panel'), app.state.lang, app.panelData, {
    onSelect: (k) => void select(k, true),
    onClose: () => void select(null),
  });
}

function wireControls(status: StatusPayload): void {
  const consoleUi = setupConsole({
    lang: () => app.state.lang,
    onResultKeys: (keys) => {
      app.emphasised = keys;
      applyReducers();
    },
    onSelect: (k) => void select(k, true),
  });
  if (!status.neo4j.available) consoleUi.setMessage(status.neo4j.message, true);
  const layout = createLayoutControl(
    () => app.graph,
    byId<HTMLButtonElement>('layout-toggle'),
    () => app.state.lang,
  );
  byId('console-toggle').addEventListener('click', () => {
    const c = byId('console');
    c.hidden = !c.hidden;
  });
  byId('lang-toggle').addEventListener('click', () => {
    setState({ ...app.state, lang: app.state.lang === 'zh' ? 'en' : 'zh' });
    applyText(app.state.lang);
    layout.refreshText();
    consoleUi.refreshText();
    fillFilterMenus(app.state, app.documents, collectYears(app.facts()));
    applyFilters();
    renderPanelNow();
  });
  byId<HTMLSelectElement>('doc-filter').addEventListener('change', (ev) => {
    setState({ ...app.state, doc: (ev.target as HTMLSelectElement).value || null });
    applyFilters();
  });
  byId<HTMLSelectElement>('year-filter').addEventListener('change', (ev) => {
    const v = (ev.target as HTMLSelectElement).value;
    setState({ ...app.state, year: v ? Number(v) : null });
    applyFilters();
  });
  byId('export-png').addEventListener('click', () => void exportPng(app.renderer));
  byId('export-gexf').addEventListener('click', () => void exportGexf(app.graph, app.nodeKeys));
  setupSearchBox(
    () => index,
    () => app.state.lang,
    (key) => void select(key, true),
  );
  window.addEventListener('pagehide', () => layout.kill());
}

function wireRenderer(): void {
  const { renderer } = app;
  renderer.on('enterNode', ({ node }) => {
    app.hovered = node;
    applyReducers();
  });
  renderer.on('leaveNode', () => {
    app.hovered = null;
    applyReducers();
  });
  renderer.on('clickNode', ({ node }) => void select(node));
  renderer.on('clickStage', () => void select(null));
  renderer.on('afterRender', publishRenderedCount);
  let timer: ReturnType<typeof setTimeout> | undefined;
  renderer.getCamera().on('updated', (c) => {
    clearTimeout(timer);
    timer = setTimeout(() => setState({ ...app.state, camera: { x: c.x, y: c.y, ratio: c.ratio } }), 250);
  });
}

/** Sigma's settings for a graph this big; big graphs get the cheap programs and draw less while the camera moves. */
function sigmaSettings(order: number, size: number) {
  const big = order > BIG_GRAPH_NODES || size >= 20_000;
  return {
    labelFont: LABEL_FONT,
    labelDensity: 0.6,
    labelGridCellSize: 70,
    labelRenderedSizeThreshold: 4,
    defaultEdgeType: edgeTypeFor(size),
    // Big graphs use sigma's non-instanced programs (a point per node, a GL line per edge) and skip node picking
    // while moving: see programs.ts (software GL: 50k instanced edge quads took 1.5–2 s, the same 300k vertices
    // drawn plainly 0.18 s).
    ...(big
      ? {
          nodeProgramClasses: { circle: NodePointProgramNoPickOnMove },
          edgeProgramClasses: { line: EdgeLineProgram },
        }
      : {}),
    // Big graphs pan smoothly only without their edges and labels in motion (software GL draws every pixel).
    hideEdgesOnMove: size > 10_000,
    hideLabelsOnMove: order > 10_000,
    enableEdgeEvents: false,
    zIndex: true,
    allowInvalidContainer: true,
  };
}

/**
 * Search works at once by name (Chinese characters, Latin names); the pinyin keys come from the server
 * (/api/search-keys) after the first paint and replace the index when they are in (`#search[data-ready]`).
 */
async function buildSearchInIdleTime(entries: SearchEntry[]): Promise<void> {
  index = buildSearchIndex(entries);
  const keys = await getJson<SearchKeysPayload>('/api/search-keys');
  index = buildSearchIndex(
    entries,
    keys.full.map((full, i) => ({ full, initials: keys.initials[i] ?? full })),
  );
  byId('search').dataset.ready = 'true';
  performance.mark('kg:search-ready');
}

/**
 * A big graph is drawn in two steps: its nodes at once (sigma's first render), then — the edges added to a second
 * graph in slices, off screen — the whole graph. Putting 50k edges into graphology and through sigma's indexing
 * costs more than everything else before the first picture together; this way they no longer delay it.
 */
async function drawEdgesAfterNodes(payload: GraphPayload): Promise<void> {
  const full = await toSigmaGraphInSlices(payload);
  app.graph = full;
  app.renderer.setGraph(full);
  Object.assign(window, { kgExplorer: { renderer: app.renderer, graph: full } });
  countPending = true;
  updateStatus();
  performance.mark('kg:edges-drawn');
}

function countTypes(payload: GraphPayload): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of payload.nodes.types) {
    const type = payload.nodeTypes[t] ?? 'Node';
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return counts;
}

async function main(): Promise<void> {
  const state = parseViewState(location.search);
  applyText(state.lang);
  byId('status').textContent = t(state.lang, 'loading');
  const [status, payload] = await Promise.all([
    getJson<StatusPayload>('/api/status'),
    getJson<GraphPayload>('/api/graph'),
  ]);
  performance.mark('kg:fetched');
  const edgeCount = payload.edges.source.length;
  const progressive = edgeCount > PROGRESSIVE_EDGES;
  const graph = toSigmaGraph(payload, { edges: !progressive });
  let facts: ReturnType<typeof computeNodeFacts> | null = null;
  const factsOnce = () => (facts ??= computeNodeFacts(payload));
  const filtered = state.hiddenTypes.length > 0 || state.doc !== null || state.year !== null;
  const hidden = filtered ? computeHiddenNodes(factsOnce(), state) : new Set<string>();
  performance.mark('kg:graph-built');
  // The filters from the URL are in the reducers sigma starts with, so its first render (in its constructor) is
  // the right one and no second full refresh follows.
  const r = buildReducers({ graph, hidden, focus: null, selected: null });
  const renderer = new Sigma(graph, byId('graph'), {
    ...sigmaSettings(graph.order, edgeCount),
    ...(r.active ? { nodeReducer: r.nodeReducer as never, edgeReducer: r.edgeReducer as never } : {}),
  } as never);
  skipClearingEmptyLayers(renderer);
  performance.mark('kg:first-render');
  const documents: App['documents'] = payload.documents
    .filter((d) => d.key !== null)
    .map((d) => ({ name: d.name, title: d.title ?? d.name }));
  app = {
    state,
    graph,
    renderer,
    facts: factsOnce,
    typeCounts: countTypes(payload),
    hidden,
    hovered: null,
    emphasised: new Set(),
    types: typesPresent(graph, NODE_TYPES),
    documents,
    panelData: null,
    nodeKeys: payload.nodes.keys,
    reducing: r.active,
  };
  Object.assign(window, { kgExplorer: { renderer, graph } });
  if (state.camera) renderer.getCamera().setState(state.camera);
  wireRenderer();
  wireControls(status);
  renderLegendNow();
  updateStatus();
  if (progressive) await drawEdgesAfterNodes(payload);
  // The year menu needs every node's years: filled once the picture is up.
  fillFilterMenus(app.state, app.documents, collectYears(app.facts()));
  countPending = true;
  publishRenderedCount();
  byId('graph').dataset.ready = 'true';
  performance.mark('kg:ready');
  if (state.selected) await select(state.selected, !state.camera);
  // Search by name works now; pinyin comes after the first paint so that it never delays it.
  const degree = degreesOf(payload);
  setTimeout(
    () =>
      void buildSearchInIdleTime(
        payload.nodes.keys.map((key, i) => ({
          key,
          name: payload.nodes.names[i]!,
          type: payload.nodeTypes[payload.nodes.types[i]!] ?? 'Node',
          weight: degree[i]!,
        })),
      ),
    0,
  );
}

main().catch((e: Error) => {
  byId('status').textContent = `Explorer: ${e.message}`;
  byId('graph').dataset.ready = 'error';
});
