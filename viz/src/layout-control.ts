/** ForceAtlas2 in a web worker: start/stop from the toolbar, timed runs for big graphs, killed on teardown. */
import type { AbstractGraph as Graph } from 'graphology-types';
import { FA2Layout } from './vendor.ts';
import { t, type Lang } from './i18n.ts';
import { layoutEdgeWeight, layoutSettings } from './layout.ts';

export interface LayoutControl {
  runFor(ms: number): void;
  refreshText(): void;
  kill(): void;
}

export function createLayoutControl(graph: Graph, button: HTMLButtonElement, lang: () => Lang): LayoutControl {
  const layout = new FA2Layout(graph, { settings: layoutSettings(graph), getEdgeWeight: layoutEdgeWeight });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refreshText = () => {
    button.textContent = t(lang(), layout.isRunning() ? 'layoutStop' : 'layoutStart');
    button.setAttribute('aria-pressed', String(layout.isRunning()));
  };
  const stop = () => {
    clearTimeout(timer);
    layout.stop();
    refreshText();
  };
  button.addEventListener('click', () => {
    if (layout.isRunning()) stop();
    else {
      layout.start();
      refreshText();
    }
  });
  refreshText();
  return {
    runFor(ms) {
      layout.start();
      refreshText();
      timer = setTimeout(stop, ms);
    },
    refreshText,
    kill() {
      clearTimeout(timer);
      layout.kill();
    },
  };
}
