import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseViewState, serializeViewState, toggleType, type ViewState } from '../../viz/src/state.ts';

describe('view state in the URL', () => {
  it('round-trips every field', () => {
    const state: ViewState = {
      selected: 'place:500116108205',
      hiddenTypes: ['Document', 'Outcome'],
      doc: '000_abc',
      year: 2020,
      camera: { x: 0.5, y: 0.25, ratio: 0.3 },
      lang: 'en',
    };
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });
  it('writes nothing for the default state', () => {
    expect(serializeViewState(DEFAULT_STATE)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_STATE);
  });
  it('keeps Chinese keys and odd characters intact', () => {
    const state = { ...DEFAULT_STATE, selected: 'project:重庆影视城&x=1#y' };
    expect(parseViewState(serializeViewState(state)).selected).toBe('project:重庆影视城&x=1#y');
  });
  it('falls back to defaults on malformed values', () => {
    const s = parseViewState('?cam=1,2&year=abc&lang=fr&hide=,,');
    expect(s).toEqual(DEFAULT_STATE);
    expect(parseViewState('?cam=1,2,-1').camera).toBeNull();
  });
  it('rounds the camera so the URL stays short', () => {
    const q = serializeViewState({ ...DEFAULT_STATE, camera: { x: 0.123456789, y: 0.5, ratio: 1 } });
    expect(q).toBe('?cam=0.1235%2C0.5%2C1');
  });
  it('toggleType adds then removes a type, sorted, without mutating', () => {
    const a = toggleType(DEFAULT_STATE, 'Outcome');
    const b = toggleType(a, 'Document');
    expect(b.hiddenTypes).toEqual(['Document', 'Outcome']);
    expect(toggleType(b, 'Outcome').hiddenTypes).toEqual(['Document']);
    expect(DEFAULT_STATE.hiddenTypes).toEqual([]);
  });
});
