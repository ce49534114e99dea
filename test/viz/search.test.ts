import { describe, expect, it } from 'vitest';
import { buildSearchKeys, toPinyinKeys } from '../../src/adapters/http/search-keys.ts';
import { buildSearchIndex } from '../../viz/src/search.ts';

const entries = [
  { key: 'place:1', name: '复建村', type: 'Place', weight: 3 },
  { key: 'place:2', name: '白沙镇', type: 'Place', weight: 10 },
  { key: 'project:1', name: '重庆影视城拍摄基地', type: 'Project', weight: 2 },
  { key: 'place:3', name: '福建省', type: 'Place', weight: 1 },
  { key: 'org:1', name: 'ABC公司', type: 'Organization', weight: 1 },
];
const index = buildSearchIndex(
  entries,
  entries.map((e) => toPinyinKeys(e.name)),
);
const names = (q: string) => index.search(q).map((h) => h.name);

describe('toPinyinKeys', () => {
  it.each([
    ['复建村', 'fujiancun', 'fjc'],
    ['白沙镇', 'baishazhen', 'bsz'],
    ['重庆', 'chongqing', 'cq'],
  ])('%s → %s / %s', (name, full, initials) => {
    expect(toPinyinKeys(name)).toEqual({ full, initials });
  });
});

describe('buildSearchIndex', () => {
  it('finds 复建村 by a Chinese substring', () => {
    expect(names('复建')).toEqual(['复建村']);
  });
  it('finds 复建村 by full pinyin, ranking the closer match first', () => {
    // 福建省 (fujiansheng) shares the prefix `fujian`; both are found, the village by its own full reading first.
    expect(names('fujian')).toContain('复建村');
    expect(names('fujiancun')[0]).toBe('复建村');
  });
  it('finds 复建村 by pinyin initials', () => {
    expect(names('fjc')).toEqual(['复建村']);
  });
  it('ranks an exact name above a substring, and heavier nodes first among equals', () => {
    expect(names('城')).toEqual(['重庆影视城拍摄基地']);
    expect(index.search('b').map((h) => h.key)[0]).toBe('place:2');
  });
  it('matches Latin names case-insensitively and ignores blank queries', () => {
    expect(names('abc')).toEqual(['ABC公司']);
    expect(names('   ')).toEqual([]);
  });
  it('does not match pinyin for a Chinese query or single-letter substrings', () => {
    expect(names('村镇')).toEqual([]);
    expect(names('z')).toEqual([]);
  });
});

describe('search before and after the pinyin keys', () => {
  it('finds names by their characters without pinyin, and by pinyin once the server’s keys are in', () => {
    const plain = buildSearchIndex(entries);
    expect(plain.search('复建').map((h) => h.name)).toEqual(['复建村']);
    expect(plain.search('abc').map((h) => h.name)).toEqual(['ABC公司']);
    expect(plain.search('fjc')).toEqual([]);
    const keys = buildSearchKeys(entries.map((e) => e.name));
    expect(keys.full[0]).toBe('fujiancun');
    expect(keys.full[4]).toBe('abcgongsi');
    const withPinyin = buildSearchIndex(
      entries,
      keys.full.map((full, i) => ({ full, initials: keys.initials[i]! })),
    );
    expect(withPinyin.search('fjc').map((h) => h.name)).toEqual(['复建村']);
  });
});
