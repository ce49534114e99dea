/**
 * The one way this page creates DOM: elements with text set through `textContent`. Report strings reach the page only
 * through here, so a report containing `<img src=x onerror=…>` is shown as those characters, never parsed as HTML.
 */
export interface ElOptions {
  className?: string;
  text?: string | number | null;
  attrs?: Record<string, string>;
  title?: string;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  opts: ElOptions = {},
  children: (Node | null | undefined)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (opts.className) node.className = opts.className;
  if (opts.text !== undefined && opts.text !== null) node.textContent = String(opts.text);
  if (opts.title) node.title = opts.title;
  for (const [k, v] of Object.entries(opts.attrs ?? {})) node.setAttribute(k, v);
  for (const child of children) if (child) node.appendChild(child);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`Explorer: missing element #${id} in index.html.`);
  return node as T;
}

export function clear(node: Element): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function swatch(color: string): HTMLSpanElement {
  const s = el('span', { className: 'swatch' });
  s.style.background = color;
  return s;
}
