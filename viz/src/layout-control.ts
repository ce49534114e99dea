/**
 * ForceAtlas2 in a web worker: start/stop from the toolbar, timed runs, killed on teardown. The worker (and its copy
 * of the graph) is created on the first start: the first picture comes laid out by the server, so most visits never
 * need it.
 */
import type { AbstractGraph as Graph } from 'graphology-types';
import { FA2Layout } from './vendor.ts';
import { t, type Lang } from './i18n.ts';
import { layoutEdgeWeight, layoutSettings } from './layout.ts';

export interface LayoutControl {
  runFor(ms: number): void;
  refreshText(): void;
  kill(): void;
}

/** `graph()` is the graph on screen (the page swaps in the whole graph once a big graph's edges are in). */
export function createLayoutControl(graph: () => Graph, button: HTMLButtonElement, lang: () => Lang): LayoutControl {
  let layout: InstanceType<typeof FA2Layout> | null = null;
  let laidOut: Graph | null = null;
  const worker = () => {
    const g = graph();
    if (!layout || laidOut !== g) {
      layout?.kill();
      layout = new FA2Layout(g, { settings: layoutSettings(g), getEdgeWeight: layoutEdgeWeight });
      laidOut = g;
    }
    return layout;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const running = () => layout?.isRunning() ?? false;
  const refreshText = () => {
    button.textContent = t(lang(), running() ? 'layoutStop' : 'layoutStart');
    button.setAttribute('aria-pressed', String(running()));
  };
  const stop = () => {
    clearTimeout(timer);
    layout?.stop();
    refreshText();
  };
  const start = () => {
    worker().start();
    refreshText();
  };
  button.addEventListener('click', () => (running() ? stop() : start()));
  refreshText();
  return {
    runFor(ms) {
      start();
      timer = setTimeout(stop, ms);
    },
    refreshText,
    kill() {
      clearTimeout(timer);
      layout?.kill();
    },
  };
}
