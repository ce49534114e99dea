import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildReducers } from '../../viz/src/reducers.ts';
import { FADED_COLOR } from '../../viz/src/style.ts';

function graph() {
  const g = new DirectedGraph();
  for (const k of ['a', 'b', 'c', 'd']) g.addNode(k, { label: k, color: '#123456' });
  g.addEdgeWithKey('ab', 'a', 'b');
  g.addEdgeWithKey('bc', 'b', 'c');
  g.addEdgeWithKey('cd', 'c', 'd');
  return g;
}
const data = { label: 'x', color: '#123456', size: 5 };

describe('buildReducers', () => {
  it('leaves everything as is without focus or filters', () => {
    const r = buildReducers({ graph: graph(), hidden: new Set(), focus: null, selected: null });
    expect(r.nodeReducer('a', data)).toEqual(data);
    expect(r.edgeReducer('ab', data)).toBe(data);
  });
  it('highlights the focused node and its neighbours, fades the rest', () => {
    const r = buildReducers({ graph: graph(), hidden: new Set(), focus: 'b', selected: null });
    expect(r.nodeReducer('b', data)).toMatchObject({ highlighted: true, forceLabel: true, color: '#123456' });
    expect(r.nodeReducer('a', data)).toMatchObject({ forceLabel: true, color: '#123456' });
    expect(r.nodeReducer('c', data).color).toBe('#123456');
    expect(r.nodeReducer('d', data)).toMatchObject({ color: FADED_COLOR, label: '' });
    expect(r.edgeReducer('ab', data).hidden).toBeUndefined();
    expect(r.edgeReducer('cd', data).hidden).toBe(true);
  });
  it('hides filtered nodes and their edges, and ignores a hidden focus', () => {
    const r = buildReducers({ graph: graph(), hidden: new Set(['b']), focus: 'b', selected: null });
    expect(r.nodeReducer('b', data).hidden).toBe(true);
    expect(r.nodeReducer('d', data)).toEqual(data);
    expect(r.edgeReducer('ab', data).hidden).toBe(true);
    expect(r.edgeReducer('cd', data)).toBe(data);
  });
  it('does not mutate the data sigma passes in', () => {
    const input = { ...data };
    buildReducers({
      graph: graph(),
      hidden: new Set(['a']),
      focus: 'c',
      selected: 'c',
      emphasised: new Set(['d']),
    }).nodeReducer('a', input);
    expect(input).toEqual(data);
  });
  it('emphasises nodes from a search or query result', () => {
    const r = buildReducers({
      graph: graph(),
      hidden: new Set(),
      focus: null,
      selected: null,
      emphasised: new Set(['d']),
    });
    expect(r.nodeReducer('d', data)).toMatchObject({ highlighted: true, forceLabel: true });
    expect(r.nodeReducer('a', data).highlighted).toBeUndefined();
  });
});
