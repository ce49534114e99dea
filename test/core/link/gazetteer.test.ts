import { describe, expect, it } from 'vitest';
import {
  aliasCandidatesOf,
  bareNameOf,
  committeeShortOf,
  isPseudoDivision,
  levelOfName,
  localNameOf,
  shortNameOf,
  toCode12,
  villageLevelOf,
} from '../../../src/core/link/gazetteer.ts';

describe('levelOfName', () => {
  it.each([
    ['复建村', 'village'],
    ['槽坊社区', 'community'],
    ['槽坊居委会', 'community'],
    ['白沙镇', 'town'],
    ['石门乡', 'town'],
    ['东华门街道', 'town'],
    ['江津区', 'district'],
    ['习水县', 'district'],
    ['科尔沁左翼中旗', 'district'],
    ['遵义市', 'city'],
    ['黔东南苗族侗族自治州', 'city'],
    ['锡林郭勒盟', 'city'],
    ['喀什地区', 'city'],
    ['贵州省', 'province'],
    ['广西壮族自治区', 'province'],
  ])('%s is a %s', (name, level) => {
    expect(levelOfName(name)).toBe(level);
  });

  it('says nothing about names without a level suffix', () => {
    expect(levelOfName('重庆影视城')).toBeNull();
    expect(levelOfName('江津')).toBeNull();
  });
});

describe('shortNameOf', () => {
  it.each([
    ['复建村村民委员会', 'village', '复建村'],
    ['乜庄村民委员会', 'village', '乜庄村'],
    ['竺家村委会', 'village', '竺家村'],
    ['瓦窑圪台村村委会', 'village', '瓦窑圪台村'],
    ['联胜嘎查', 'village', '联胜嘎查'],
    // herders' villages of 青海 and 西藏, and committees named 委员会 alone
    ['边麻村牧民委员会', 'village', '边麻村'],
    ['宝力格嘎查委员会', 'village', '宝力格嘎查'],
    ['新华村委员会', 'village', '新华村'],
    ['东风路社区委员会', 'community', '东风路社区'],
    ['周家村委会（德惠经济开发区）（省级）', 'village', '周家村'],
    ['槽坊社区居民委员会', 'community', '槽坊社区'],
    ['多福巷社区居委会', 'community', '多福巷社区'],
    ['百合苑居委会', 'community', '百合苑社区'],
    ['白沙镇', 'town', '白沙镇'],
    ['江津区', 'district', '江津区'],
  ] as const)('%s (%s) → %s', (name, level, short) => {
    expect(shortNameOf(name, level)).toBe(short);
  });
});

describe('villageLevelOf', () => {
  it('tells communities from villages by the committee name', () => {
    expect(villageLevelOf('槽坊社区居民委员会')).toBe('community');
    expect(villageLevelOf('东风路社区委员会')).toBe('community');
    expect(villageLevelOf('百合苑居委会')).toBe('community');
    expect(villageLevelOf('蒋家岗居委会（社区）')).toBe('community');
    expect(villageLevelOf('复建村村民委员会')).toBe('village');
    expect(villageLevelOf('十六连生活区')).toBe('village');
  });
});

describe('committeeShortOf', () => {
  it('maps committee spellings to the short name people write', () => {
    expect(committeeShortOf('复建村委会')).toBe('复建村');
    expect(committeeShortOf('复建村村民委员会')).toBe('复建村');
    expect(committeeShortOf('槽坊居委会')).toBe('槽坊社区');
    expect(committeeShortOf('白山社区（白河）')).toBe('白山社区');
  });
  it('leaves other names alone', () => {
    expect(committeeShortOf('复建村')).toBeNull();
    expect(committeeShortOf('白沙镇')).toBeNull();
    expect(committeeShortOf('党委会')).toBeNull();
  });
});

describe('bareNameOf', () => {
  it('drops the level suffix', () => {
    expect(bareNameOf('槽坊社区', 'community')).toBe('槽坊');
    expect(bareNameOf('复兴村', 'village')).toBe('复兴');
    expect(bareNameOf('白沙镇', 'town')).toBe('白沙');
  });
  it('gives nothing under two characters or for levels without bare forms', () => {
    expect(bareNameOf('新村', 'village')).toBeNull();
    expect(bareNameOf('江津区', 'district')).toBeNull();
    expect(bareNameOf('十六连生活区', 'village')).toBeNull();
  });
});

describe('aliasCandidatesOf', () => {
  it.each([
    ['贵州省', 'province', false, ['贵州']],
    ['广西壮族自治区', 'province', false, ['广西']],
    ['新疆维吾尔自治区', 'province', false, ['新疆']],
    ['内蒙古自治区', 'province', false, ['内蒙古']],
    ['重庆市', 'city', true, ['重庆']],
    ['遵义市', 'city', false, ['遵义']],
    ['乌鲁木齐市', 'city', false, ['乌鲁木齐']],
    ['江津区', 'district', false, ['江津']],
    ['浦东新区', 'district', false, ['浦东']],
    ['喀什地区', 'city', false, ['喀什']],
    ['黔东南苗族侗族自治州', 'city', false, ['黔东南', '黔东南州']],
    ['伊犁哈萨克自治州', 'city', false, ['伊犁', '伊犁州']],
    ['石柱土家族自治县', 'district', false, ['石柱', '石柱县']],
    ['和县', 'district', false, []],
    ['保定高新技术产业开发区', 'district', false, []],
    ['吉林中国新加坡食品区', 'district', false, []],
    ['白沙镇', 'town', false, []],
  ] as const)('%s → %j', (short, level, muni, aliases) => {
    expect(aliasCandidatesOf(short, level, muni)).toEqual(aliases);
  });
});

describe('codes and pseudo levels', () => {
  it('pads codes to 12 digits', () => {
    expect(toCode12('50')).toBe('500000000000');
    expect(toCode12('500116')).toBe('500116000000');
    expect(toCode12('500116108')).toBe('500116108000');
  });
  it('knows the pseudo divisions of the dataset', () => {
    expect(isPseudoDivision('市辖区')).toBe(true);
    expect(isPseudoDivision('省直辖县级行政区划')).toBe(true);
    expect(isPseudoDivision('江津区')).toBe(false);
  });
});

describe('localNameOf', () => {
  const up = ['潭头镇', '栾川县', '洛阳市', '河南省'];
  it('drops the county and town names a row repeats before its village', () => {
    expect(localNameOf('栾川县潭头镇汤营村村民委员会', 'village', up)).toBe('汤营村村民委员会');
    expect(shortNameOf(localNameOf('栾川县潭头镇汤营村村民委员会', 'village', up), 'village')).toBe('汤营村');
    expect(localNameOf('潭头镇潭头社区居民委员会', 'community', up)).toBe('潭头社区居民委员会');
  });

  it('keeps names that do not repeat their units, placeholders, and rows above the village level', () => {
    expect(localNameOf('复建村村民委员会', 'village', ['白沙镇', '江津区'])).toBe('复建村村民委员会');
    expect(localNameOf('遂川县工业园区虚拟社区', 'community', ['工业园区', '遂川县'])).toBe('工业园区虚拟社区');
    expect(localNameOf('栾川县潭头镇', 'town', ['栾川县'])).toBe('栾川县潭头镇');
  });
});
