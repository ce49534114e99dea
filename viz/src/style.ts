/** Colours by node type and sizes by degree: the look of the graph, as pure functions. */
export const TYPE_COLORS: Record<string, string> = {
  Place: '#4e79a7',
  Project: '#f28e2b',
  Honor: '#e15759',
  Program: '#76b7b2',
  Organization: '#59a14f',
  Event: '#c9a227',
  Outcome: '#b07aa1',
  Document: '#9c755f',
};
export const FALLBACK_COLOR = '#888888';
export const FADED_COLOR = '#e6e6e6';
export const EDGE_COLOR = '#c8c8c8';
export const EDGE_HIGHLIGHT_COLOR = '#555555';

export function colorOf(type: string): string {
  return TYPE_COLORS[type] ?? FALLBACK_COLOR;
}

/** Node size grows with the square root of the degree so that hubs stand out without swallowing the picture. */
export function sizeOf(degree: number): number {
  return Math.min(5 + 2.2 * Math.sqrt(degree), 24);
}
