/**
 * PNG of the current view (@sigma/export-image) and GEXF of the graph (for Gephi). Both are loaded when first used:
 * they are not needed for the first paint.
 */
import type { AbstractGraph as Graph } from 'graphology-types';
import type Sigma from 'sigma';
import type { AttributesPayload } from '../../src/adapters/http/api-types.ts';
import { getJson } from './api.ts';

export async function exportPng(renderer: Sigma): Promise<void> {
  const { downloadAsPNG } = await import('@sigma/export-image');
  await downloadAsPNG(renderer, { fileName: 'kg-view', backgroundColor: '#ffffff' });
}

export async function exportGexf(graph: Graph, nodeKeys: string[]): Promise<void> {
  const [details, { toGexf, downloadText }] = await Promise.all([
    getJson<AttributesPayload>('/api/graph/attributes'),
    import('./gexf.ts'),
  ]);
  downloadText(toGexf(graph, nodeKeys, details), 'kg-graph.gexf', 'application/gexf+xml');
}
