/** The toolbar's text in the current language, and its document and year menus. */
import { byId, clear, el } from './dom.ts';
import { t, type Lang } from './i18n.ts';
import type { ViewState } from './state.ts';

export function applyText(lang: Lang): void {
  document.documentElement.lang = lang === 'zh' ? 'zh' : 'en';
  document.title = t(lang, 'title');
  byId('title').textContent = t(lang, 'title');
  byId<HTMLInputElement>('search').placeholder = t(lang, 'search');
  byId('export-png').textContent = t(lang, 'exportPng');
  byId('export-gexf').textContent = t(lang, 'exportGexf');
  byId('console-toggle').textContent = t(lang, 'console');
  byId('lang-toggle').textContent = t(lang, 'language');
}

function fillMenu(id: string, label: string, options: { value: string; text: string }[], selected: string): void {
  const menu = byId<HTMLSelectElement>(id);
  clear(menu);
  menu.append(el('option', { text: label, attrs: { value: '' } }));
  for (const o of options) menu.append(el('option', { text: o.text, attrs: { value: o.value } }));
  menu.value = selected;
}

export function fillFilterMenus(state: ViewState, documents: { name: string; title: string }[], years: number[]): void {
  const lang = state.lang;
  const docs = documents.map((d) => ({ value: d.name, text: d.title }));
  fillMenu('doc-filter', `${t(lang, 'document')}: ${t(lang, 'all')}`, docs, state.doc ?? '');
  const yearOptions = years.map((y) => ({ value: String(y), text: String(y) }));
  fillMenu(
    'year-filter',
    `${t(lang, 'year')}: ${t(lang, 'all')}`,
    yearOptions,
    state.year === null ? '' : String(state.year),
  );
}
