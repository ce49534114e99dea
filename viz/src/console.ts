/**
 * The Cypher console: saved queries in a menu, a query box, and the result both as a table and as a small sigma
 * drawing. The server runs it read-only with a row limit; this side only shows what comes back, as text.
 */
import Sigma from 'sigma';
import type { CypherPayload, SavedQuery } from '../../src/adapters/http/api-types.ts';
import { ApiError, getJson, postJson } from './api.ts';
import { byId, clear, el } from './dom.ts';
import { cypherResultGraph } from './graph-model.ts';
import { t, type Lang } from './i18n.ts';
import { assignInitialLayout } from './layout.ts';

export interface ConsoleHooks {
  lang: () => Lang;
  /** Keys (our stable node keys) found in the result, for the main view to emphasise. */
  onResultKeys: (keys: Set<string>) => void;
  onSelect: (key: string) => void;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function renderTable(container: HTMLElement, r: CypherPayload): void {
  clear(container);
  const head = el(
    'tr',
    {},
    r.columns.map((c) => el('th', { text: c })),
  );
  const body = r.rows.map((rowData) =>
    el(
      'tr',
      {},
      rowData.map((v) => el('td', { text: cellText(v) })),
    ),
  );
  container.append(
    el('table', { attrs: { 'data-rows': String(r.rows.length) } }, [el('thead', {}, [head]), el('tbody', {}, body)]),
  );
}

export function setupConsole(hooks: ConsoleHooks): {
  refreshText: () => void;
  setMessage: (msg: string, error?: boolean) => void;
} {
  const menu = byId<HTMLSelectElement>('saved-queries');
  const box = byId<HTMLTextAreaElement>('query');
  const runButton = byId<HTMLButtonElement>('run-query');
  const message = byId('console-message');
  const table = byId('result-table');
  const graphBox = byId('result-graph');
  let saved: SavedQuery[] = [];
  let mini: Sigma | null = null;

  const setMessage = (msg: string, error = false) => {
    message.textContent = msg;
    message.classList.toggle('error', error);
  };
  const refreshText = () => {
    runButton.textContent = t(hooks.lang(), 'run');
    const first = menu.options[0];
    if (first) first.textContent = t(hooks.lang(), 'saved');
  };

  const fillMenu = () => {
    clear(menu);
    menu.append(el('option', { text: t(hooks.lang(), 'saved'), attrs: { value: '' } }));
    for (const q of saved) {
      const short = q.description.length > 70 ? `${q.description.slice(0, 69)}…` : q.description;
      menu.append(el('option', { text: `${q.name} — ${short}`, title: q.description, attrs: { value: q.name } }));
    }
  };
  getJson<SavedQuery[]>('/api/queries')
    .then((list) => {
      saved = list;
      fillMenu();
    })
    .catch((e: Error) => setMessage(e.message, true));
  fillMenu();
  menu.addEventListener('change', () => {
    const q = saved.find((s) => s.name === menu.value);
    if (q) box.value = q.query;
  });

  const run = async () => {
    setMessage(t(hooks.lang(), 'loading'));
    try {
      const r = await postJson<CypherPayload>('/api/cypher', { query: box.value, params: {} });
      renderTable(table, r);
      const g = cypherResultGraph(r.graph);
      assignInitialLayout(g);
      mini?.kill();
      mini = g.order
        ? new Sigma(g, graphBox, {
            labelDensity: 10,
            labelGridCellSize: 20,
            labelRenderedSizeThreshold: 0,
            defaultEdgeType: 'arrow',
            allowInvalidContainer: true,
          })
        : null;
      mini?.on('clickNode', ({ node }) => {
        const key = g.getNodeAttribute(node, 'key') as string | undefined;
        if (key) hooks.onSelect(key);
      });
      hooks.onResultKeys(new Set(r.graph.nodes.map((n) => n.key).filter((k): k is string => !!k)));
      setMessage(`${r.rows.length} ${t(hooks.lang(), 'rows')} ${r.truncated ? t(hooks.lang(), 'truncated') : ''}`);
    } catch (e) {
      const err = e as ApiError;
      setMessage(err.hint && !err.message.includes(err.hint) ? `${err.message} ${err.hint}` : err.message, true);
    }
  };
  runButton.addEventListener('click', () => void run());
  box.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) void run();
  });
  refreshText();
  return { refreshText, setMessage };
}
