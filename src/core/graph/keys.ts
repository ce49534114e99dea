/**
 * Deterministic node and edge keys, shared by graphology, the Neo4j MERGE and sigma.
 *   place:500116108205          a place linked to the official gazetteer
 *   place:~<parent code>:复建村   a place the gazetteer does not know (scoped by its parent when known)
 *   project:重庆影视城            other entities: type prefix + normalised name
 *   outcome:<doc>:<start>        outcomes are facts of one document, keyed by where their number first stands
 *   doc:<doc id>
 */
import type { EdgeType, EntityType } from './schema.ts';
import { CHANGE_WORDS } from '../units.ts';

const PREFIX: Record<EntityType | 'Document', string> = {
  Place: 'place',
  Project: 'project',
  Honor: 'honor',
  Program: 'program',
  Organization: 'org',
  Event: 'event',
  Outcome: 'outcome',
  Document: 'doc',
};

/** Name normalisation used for merging: NFKC, no whitespace, no quotes or brackets of any width. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s“”"‘’'《》〈〉「」『』【】·•・]/g, '')
    .replace(/[()（）]/g, '');
}

export function entityKey(type: Exclude<EntityType, 'Place' | 'Outcome'>, name: string): string {
  return `${PREFIX[type]}:${normalizeName(name)}`;
}

export function placeKey(code: string | null, name: string, parentCode?: string | null): string {
  if (code) return `place:${code}`;
  return `place:~${parentCode ?? ''}:${normalizeName(name)}`;
}

export function outcomeKey(doc: string, start: number): string {
  return `outcome:${doc}:${start}`;
}

/** What makes two figures of one document the same fact: its value, unit, year and the words that name it. */
export interface ToldFigure {
  indicator: string;
  value: number;
  unit: string;
  year: number | null;
}

/** 同比增长, 比上年增长, 增幅: the ways of saying a change, one word when two tellings are compared. */
const CHANGE = new RegExp(CHANGE_WORDS, 'g');

/**
 * Keys for a document's outcomes in reading order. 茶园面积5.3万亩 in a box of figures and 全乡茶园面积稳定在5.3万亩
 * in the text are one fact told twice: the same value, unit and year, one indicator inside the other (a change said
 * either way: 地区生产总值同比增长 in the text, 地区生产总值比上年增长 in a table). It keeps the key of its first telling.
 */
export function outcomeKeyer(doc: string): (o: ToldFigure, start: number) => string {
  const told = new Map<string, { indicator: string; key: string }[]>();
  return (o, start) => {
    const same = `${o.value}|${o.unit}|${o.year ?? ''}`;
    const earlier = told.get(same) ?? [];
    const indicator = o.indicator.replace(CHANGE, '增长');
    const first = earlier.find(
      (t) =>
        t.indicator.length >= 2 &&
        indicator.length >= 2 &&
        (t.indicator.includes(indicator) || indicator.includes(t.indicator)),
    );
    if (first) return first.key;
    const key = outcomeKey(doc, start);
    told.set(same, [...earlier, { indicator, key }]);
    return key;
  };
}

export function documentKey(doc: string): string {
  return `doc:${doc}`;
}

export function edgeKey(type: EdgeType, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}
