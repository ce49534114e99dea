/** The search field with its suggestion list (keyboard and mouse), over the pure index of search.ts. */
import { byId, clear, el, swatch } from './dom.ts';
import { typeName, type Lang } from './i18n.ts';
import type { SearchHit, SearchIndex } from './search.ts';
import { colorOf } from './style.ts';

export function setupSearchBox(index: () => SearchIndex, lang: () => Lang, onPick: (key: string) => void): void {
  const input = byId<HTMLInputElement>('search');
  const list = byId<HTMLUListElement>('suggestions');
  let hits: SearchHit[] = [];
  let active = 0;

  const render = () => {
    clear(list);
    hits.forEach((h, i) => {
      const item = el('li', { attrs: { role: 'option', 'aria-selected': String(i === active), 'data-key': h.key } }, [
        swatch(colorOf(h.type)),
        el('span', { className: 'name', text: h.name }),
        el('span', { className: 'type-tag', text: typeName(lang(), h.type) }),
      ]);
      item.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        pick(i);
      });
      list.append(item);
    });
    list.hidden = hits.length === 0;
  };
  const pick = (i: number) => {
    const h = hits[i];
    if (!h) return;
    input.value = h.name;
    hits = [];
    render();
    onPick(h.key);
  };

  input.addEventListener('input', () => {
    hits = index().search(input.value, 12);
    active = 0;
    render();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (!hits.length) return;
      active = (active + (ev.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (ev.key === 'Enter') {
      pick(active);
    } else if (ev.key === 'Escape') {
      hits = [];
      render();
    }
  });
  input.addEventListener('blur', () => {
    hits = [];
    render();
  });
}
