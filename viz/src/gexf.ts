/** GEXF export for Gephi: the graph as loaded, with the current positions, colours and sizes. */
import type { AbstractGraph as Graph } from 'graphology-types';
import { write } from 'graphology-gexf/browser/index.js';

const SCALARS = [
  'kind',
  'level',
  'code',
  'linked',
  'indicator',
  'value',
  'unit',
  'year',
  'qualifier',
  'status',
  'rank',
];

function scalarAttributes(a: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const k of SCALARS) {
    const v = a[k];
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k === 'kind' ? 'type' : k] = v;
  }
  if (Array.isArray(a.evidence)) out.evidenceCount = a.evidence.length;
  return out;
}

export function toGexf(graph: Graph): string {
  return write(graph, {
    formatNode: (_key, a) => ({
      label: String(a.label ?? ''),
      x: a.x as number,
      y: a.y as number,
      size: a.size as number,
      color: a.color as string,
      attributes: scalarAttributes(a),
    }),
    formatEdge: (_key, a) => ({ attributes: scalarAttributes(a) }),
  });
}

export function downloadText(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
