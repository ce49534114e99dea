/**
 * Deterministic node and edge keys, shared by graphology, the Neo4j MERGE and sigma.
 *   place:500116108205          a place linked to the official gazetteer
 *   place:~<parent code>:复建村   a place the gazetteer does not know (scoped by its parent when known)
 *   project:重庆影视城            other entities: type prefix + normalised name
 *   outcome:<doc>:<start>        outcomes are facts of one document, keyed by where their number stands
 *   doc:<doc id>
 */
import type { EdgeType, EntityType } from './schema.ts';

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

export function documentKey(doc: string): string {
  return `doc:${doc}`;
}

export function edgeKey(type: EdgeType, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}
