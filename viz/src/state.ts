/**
 * The view state, and its URL form (as Retina does), so that a link reproduces what someone saw:
 *   ?node=place:500116108205&hide=Document,Outcome&doc=000_x&year=2020&cam=0.5,0.5,1&lang=en
 * Parsing is forgiving: an unknown or malformed parameter falls back to the default rather than breaking the page.
 */
import { LANGS, type Lang } from './i18n.ts';

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  selected: string | null;
  hiddenTypes: string[];
  doc: string | null;
  year: number | null;
  camera: CameraView | null;
  lang: Lang;
}

export const DEFAULT_STATE: ViewState = {
  selected: null,
  hiddenTypes: [],
  doc: null,
  year: null,
  camera: null,
  lang: 'zh',
};

function parseCamera(raw: string | null): CameraView | null {
  if (!raw) return null;
  const parts = raw.split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n)) || parts[2]! <= 0) return null;
  return { x: parts[0]!, y: parts[1]!, ratio: parts[2]! };
}

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const year = Number(params.get('year'));
  const lang = params.get('lang');
  return {
    selected: params.get('node') || null,
    hiddenTypes: (params.get('hide') ?? '').split(',').filter(Boolean).sort(),
    doc: params.get('doc') || null,
    year: params.get('year') && Number.isInteger(year) ? year : null,
    camera: parseCamera(params.get('cam')),
    lang: LANGS.includes(lang as Lang) ? (lang as Lang) : DEFAULT_STATE.lang,
  };
}

/** Rounds the camera so that the URL stays short and does not change on sub-pixel jitter. */
function formatCamera(c: CameraView): string {
  const r = (n: number, digits: number) => String(Number(n.toFixed(digits)));
  return `${r(c.x, 4)},${r(c.y, 4)},${r(c.ratio, 4)}`;
}

/** Only what differs from the default goes into the URL; the result starts with `?` or is empty. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selected) params.set('node', state.selected);
  if (state.hiddenTypes.length) params.set('hide', [...state.hiddenTypes].sort().join(','));
  if (state.doc) params.set('doc', state.doc);
  if (state.year !== null) params.set('year', String(state.year));
  if (state.camera) params.set('cam', formatCamera(state.camera));
  if (state.lang !== DEFAULT_STATE.lang) params.set('lang', state.lang);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Actions return a new state; the page then writes the URL and refreshes sigma. */
export function toggleType(state: ViewState, type: string): ViewState {
  const hidden = new Set(state.hiddenTypes);
  if (hidden.has(type)) hidden.delete(type);
  else hidden.add(type);
  return { ...state, hiddenTypes: [...hidden].sort() };
}
