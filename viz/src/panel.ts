/** The side panel: what a node is, where it sits, what it connects to, and the sentences that say so. */
import type { EvidenceView, NodePayload } from '../../src/adapters/http/api-types.ts';
import { clear, el, swatch } from './dom.ts';
import { splitMention } from './evidence.ts';
import { levelName, relationName, t, typeName, type Lang } from './i18n.ts';
import { colorOf } from './style.ts';

export interface PanelHandlers {
  onSelect: (key: string) => void;
  onClose: () => void;
}

type Attrs = Record<string, unknown>;

function row(label: string, value: unknown): HTMLElement[] {
  if (value === undefined || value === null || value === '') return [];
  return [el('dt', { text: label }), el('dd', { text: String(value) })];
}

function attributeList(lang: Lang, a: Attrs): HTMLElement {
  const rows: HTMLElement[] = [];
  if (a.type === 'Place') {
    rows.push(...row(t(lang, 'level'), levelName(lang, String(a.level))));
    rows.push(...row(t(lang, 'code'), a.code ?? t(lang, 'unlinked')));
    rows.push(...row(t(lang, 'officialName'), a.officialName));
  } else if (a.type === 'Outcome') {
    rows.push(...row(t(lang, 'indicator'), a.indicator));
    rows.push(...row(t(lang, 'value'), a.value));
    rows.push(...row(t(lang, 'unit'), a.unit));
    rows.push(...row(t(lang, 'year'), a.year));
    rows.push(...row(t(lang, 'qualifier'), a.qualifier));
  } else {
    rows.push(...row(t(lang, 'fullName'), a.fullName));
    const skip = new Set(['type', 'name', 'fullName', 'sentences', 'evidence']);
    for (const [k, v] of Object.entries(a)) {
      if (!skip.has(k) && (typeof v !== 'object' || v === null)) rows.push(...row(k, v));
    }
  }
  return el('dl', {}, rows);
}

function hierarchy(lang: Lang, a: Attrs): HTMLElement | null {
  if (!Array.isArray(a.hierarchy) || !a.hierarchy.length) return null;
  return el('section', { className: 'hierarchy' }, [
    el('h3', { text: t(lang, 'hierarchy') }),
    el('p', { text: (a.hierarchy as string[]).join(' › ') }),
  ]);
}

function neighbourList(lang: Lang, p: NodePayload, h: PanelHandlers): HTMLElement | null {
  const groups = Object.entries(p.neighbours);
  if (!groups.length) return null;
  const items = groups.map(([relation, list]) => {
    const direction = list[0]?.direction ?? 'out';
    const links = list.map((n) => {
      const button = el(
        'button',
        { className: 'link', text: n.name, title: n.key, attrs: { type: 'button', 'data-key': n.key } },
        [],
      );
      button.prepend(swatch(colorOf(n.type)));
      button.addEventListener('click', () => h.onSelect(n.key));
      return el('li', {}, [button]);
    });
    return el('section', { className: 'relation', attrs: { 'data-relation': relation } }, [
      el('h4', { text: `${relationName(lang, relation.split(':')[0]!, direction)} (${list.length})` }),
      el('ul', {}, links),
    ]);
  });
  return el('section', { className: 'neighbours' }, [el('h3', { text: t(lang, 'neighbours') }), ...items]);
}

function evidenceItem(ev: EvidenceView, names: string[]): HTMLElement {
  const sentence = el('p', { className: 'sentence' });
  for (const seg of splitMention({
    text: ev.text,
    names,
    start: ev.start,
    end: ev.end,
    sentenceStart: ev.sentenceStart,
  })) {
    sentence.appendChild(seg.mark ? el('mark', { text: seg.text }) : document.createTextNode(seg.text));
  }
  const where = `${ev.docTitle ?? ev.doc} · #${ev.sentence} · ${ev.start}–${ev.end}`;
  return el('div', { className: 'evidence' }, [el('div', { className: 'doc', text: where }), sentence]);
}

export function renderPanel(container: HTMLElement, lang: Lang, p: NodePayload, h: PanelHandlers): void {
  clear(container);
  const a = p.attributes as Attrs;
  const names = [a.name, a.officialName, a.fullName, a.indicator].filter(
    (x): x is string => typeof x === 'string' && x.length > 0,
  );
  const close = el('button', { className: 'close', text: '×', title: t(lang, 'close'), attrs: { type: 'button' } });
  close.addEventListener('click', h.onClose);
  const kind = el('div', { className: 'kind', text: typeName(lang, String(a.type)) });
  kind.prepend(swatch(colorOf(String(a.type))));
  container.append(
    close,
    el('h2', { text: String(a.name), attrs: { 'data-key': p.key } }),
    kind,
    el('h3', { text: t(lang, 'attributes') }),
    attributeList(lang, a),
  );
  const hier = hierarchy(lang, a);
  if (hier) container.append(hier);
  const neighbours = neighbourList(lang, p, h);
  if (neighbours) container.append(neighbours);
  if (p.evidence.length) {
    container.append(
      el('section', { className: 'evidence-list' }, [
        el('h3', { text: `${t(lang, 'evidence')} (${p.evidence.length})` }),
        ...p.evidence.slice(0, 50).map((ev) => evidenceItem(ev, names)),
      ]),
    );
  }
  container.hidden = false;
}
