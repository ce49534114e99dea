/**
 * Old towns named for a town (安仁古镇 of 安仁镇, 松潘古城 of a town 松潘): the site a town restores, runs and sells to
 * visitors, a project whatever the sentence does with it (安仁古镇正在创建国家AAAA级旅游景区, 在安仁古镇举行).
 * Only a town's own name makes one: 古镇 after any other word is the common noun (这座千年古镇, 生态古镇).
 */
import type { Sentence } from '../segment/segment.ts';
import type { EntityMention } from './types.ts';

/** What a town's name ends with, left off before 古镇. */
const TOWN_SUFFIX = /(?:镇|乡|街道)$/;

/** `towns`: names of town-level places the document mentions (安仁镇). */
export function recognizeOldTowns(sentences: Sentence[], towns: readonly string[]): EntityMention[] {
  const stems = [...new Set(towns.map((t) => t.replace(TOWN_SUFFIX, '')))].filter((s) => s.length >= 2);
  if (stems.length === 0) return [];
  // longest stem first, so that 大安古镇 is not read as 安古镇 of another town
  stems.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?:${stems.map(escape).join('|')})古(?:镇|城)`, 'g');
  const out: EntityMention[] = [];
  for (const s of sentences)
    for (const m of s.text.matchAll(pattern))
      out.push({
        type: 'Project',
        name: m[0],
        start: s.start + m.index,
        end: s.start + m.index + m[0].length,
        sentence: s.index,
      });
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
