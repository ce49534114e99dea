/** The legend: one toggle per node type present, coloured as the nodes are. */
import { clear, el, swatch } from './dom.ts';
import { t, typeName, type Lang } from './i18n.ts';
import { colorOf } from './style.ts';

export function renderLegend(
  container: HTMLElement,
  lang: Lang,
  types: string[],
  counts: Map<string, number>,
  hidden: string[],
  onToggle: (type: string) => void,
): void {
  clear(container);
  container.append(el('strong', { text: t(lang, 'legend') }));
  for (const type of types) {
    const button = el('button', {
      text: `${typeName(lang, type)} (${counts.get(type) ?? 0})`,
      attrs: { type: 'button', 'aria-pressed': String(!hidden.includes(type)), 'data-type': type },
    });
    button.prepend(swatch(colorOf(type)));
    button.addEventListener('click', () => onToggle(type));
    container.append(button);
  }
}
