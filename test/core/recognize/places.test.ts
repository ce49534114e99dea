import { describe, expect, it } from 'vitest';
import { extract } from '../../helpers/extract.ts';

describe('recognizePlaces', () => {
  it('links an ambiguous town through the district the text names (白沙镇 exists in 20+ counties)', () => {
    const x = extract('2021年，江津区白沙镇新建污水管网10公里。');
    expect(x.node('Place', '白沙镇')).toMatchObject({ code: '500116108000', level: 'town', linked: true });
    expect(x.edges('PART_OF')).toContainEqual(expect.objectContaining({ source: '白沙镇', target: '江津区' }));
    expect(x.edges('PART_OF')).toContainEqual(expect.objectContaining({ source: '江津区', target: '重庆市' }));
  });

  it('links an ambiguous town through its co-mentioned villages when no district is named', () => {
    const x = extract('白沙镇推动复建村、柿子村发展乡村旅游，全年接待游客2万人次。');
    expect(x.node('Place', '白沙镇')?.code).toBe('500116108000');
    expect(x.node('Place', '复建村')).toMatchObject({ code: '500116108205', level: 'village' });
  });

  it('keeps an ambiguous town unlinked rather than guessing', () => {
    const x = extract('白沙镇全年新增就业300人。');
    expect(x.node('Place', '白沙镇')).toMatchObject({ linked: false, code: null, level: 'town' });
  });

  it('finds the village 兴农村 in 兴农村臭黄荆加工厂, not the word 农村', () => {
    const x = extract('重庆市江津区柏林镇完成兴农村臭黄荆加工厂建设，改善农村环境。');
    expect(x.names('Place')).toContain('兴农村');
    expect(x.names('Place')).not.toContain('农村');
    expect(x.edges('LOCATED_IN')).toContainEqual(
      expect.objectContaining({ source: '兴农村臭黄荆加工厂', target: '兴农村' }),
    );
  });

  it('resolves bare community names in a list to the town’s communities', () => {
    const x = extract('江津区白沙镇完成红花店、松林岗、槽坊、高屋等5个社区养老服务站建设。');
    for (const c of ['红花店社区', '松林岗社区', '槽坊社区', '高屋社区']) {
      expect(x.node('Place', c)).toMatchObject({ level: 'community', linked: true });
      expect(x.edges('PART_OF')).toContainEqual(expect.objectContaining({ source: c, target: '白沙镇' }));
    }
  });

  it('does not take a bare village name out of running text (复兴 is also a word)', () => {
    const x = extract('重庆市江津区柏林镇助力民族复兴，全镇新增就业100人。');
    expect(x.names('Place')).not.toContain('复兴村');
  });

  it('keeps a place the gazetteer does not know, unlinked, under the place the text gives', () => {
    const x = extract('江津区白沙镇推动复建村、新华村、恒和村发展乡村旅游。');
    expect(x.node('Place', '新华村')).toMatchObject({ linked: false, code: null, level: 'village' });
    expect(x.edges('PART_OF')).toContainEqual(expect.objectContaining({ source: '新华村', target: '白沙镇' }));
  });

  it('resolves 该镇 and 全镇 to the document’s town, with evidence', () => {
    const x = extract('江津区白沙镇持续推进乡村振兴。该镇新建蓄水池23口。');
    const ev = x.node('Place', '白沙镇')!.evidence;
    expect(ev.map((e) => e.sentence)).toContain(1);
  });

  it('follows a full chain into another province (贵州省遵义市习水县寨坝镇)', () => {
    const x = extract('重庆市江津区柏林镇与贵州省遵义市习水县寨坝镇共同成立联合调解委员会。');
    expect(x.node('Place', '寨坝镇')).toMatchObject({
      code: '520330113000',
      hierarchy: ['贵州省', '遵义市', '习水县', '寨坝镇'],
    });
  });
});
