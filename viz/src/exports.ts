/** PNG of the current view (@sigma/export-image) and GEXF of the graph (for Gephi). */
import type { AbstractGraph as Graph } from 'graphology-types';
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import { downloadText, toGexf } from './gexf.ts';

export async function exportPng(renderer: Sigma): Promise<void> {
  await downloadAsPNG(renderer, { fileName: 'kg-view', backgroundColor: '#ffffff' });
}

export function exportGexf(graph: Graph): void {
  downloadText(toGexf(graph), 'kg-graph.gexf', 'application/gexf+xml');
}
