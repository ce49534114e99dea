/**
 * GEXF export for Gephi: every node and edge with its scalar attributes (fetched from /api/graph/attributes, since
 * the drawing payload carries only what drawing needs), the edges' own keys, and the current positions, colours and
 * sizes from the graph on screen.
 */
import { DirectedGraph } from 'graphology';
import type { AbstractGraph as Graph } from 'graphology-types';
import { write } from 'graphology-gexf/browser/index.js';
import type { AttributesPayload } from '../../src/adapters/http/api-types.ts';

/**
 * `nodeKeys[i]` is the node whose attributes are `details.nodes[i]`; the drawn graph's edge `j` (its key is `j`, see
 * graph-model.ts) is `details.edges[j]`.
 */
export function toGexf(graph: Graph, nodeKeys: string[], details: AttributesPayload): string {
  const out = new DirectedGraph();
  nodeKeys.forEach((key, i) => {
    const a = graph.getNodeAttributes(key);
    out.addNode(key, {
      label: String(a.label ?? ''),
      x: a.x as number,
      y: a.y as number,
      size: a.size as number,
      color: a.color as string,
      attributes: details.nodes[i] ?? {},
    });
  });
  details.edges.forEach((e, j) => {
    if (!graph.hasEdge(String(j))) return;
    const [source, target] = graph.extremities(String(j));
    out.addEdgeWithKey(e.key, source, target, { attributes: e.attributes });
  });
  return write(out, {
    formatNode: (_key, a) => ({
      label: a.label as string,
      x: a.x as number,
      y: a.y as number,
      size: a.size as number,
      color: a.color as string,
      attributes: a.attributes as Record<string, string | number | boolean>,
    }),
    formatEdge: (_key, a) => ({ attributes: a.attributes as Record<string, string | number | boolean> }),
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
