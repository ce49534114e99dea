import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract.ts';
import { mergeGraphs } from '../../src/core/graph/merge.ts';

describe('extractDocument', () => {
  it('points every evidence span back into the original text, through doubled runs and spaces', () => {
    const original =
      '2020 2020 年年，，江 津 区 白 沙 镇 荣膺荣膺““乡村治理示范乡镇乡村治理示范乡镇””。。\n为 765 名贫困学生落实资助资金。';
    const x = extract(original);
    const honor = x.node('Honor', '乡村治理示范乡镇')!;
    const [e] = honor.evidence;
    expect(original.slice(e!.start, e!.end).replace(/\s/g, '')).toContain('乡村治理示范乡镇');
    expect(e!.text).toBe('2020年，江津区白沙镇荣膺“乡村治理示范乡镇”。');
    const outcome = x.graph.nodes.find((n) => n.attributes.type === 'Outcome')!;
    const oe = outcome.attributes.evidence[0]!;
    expect(original.slice(oe.start, oe.end).replace(/\s/g, '')).toBe('765名');
    // every node and edge is traceable
    for (const n of x.graph.nodes)
      if (n.attributes.type !== 'Document' && !('hierarchy' in n.attributes && n.attributes.evidence.length === 0))
        expect(n.attributes.evidence.length).toBeGreaterThan(0);
    for (const ed of x.graph.edges) expect(ed.attributes.evidence.length).toBeGreaterThan(0);
  });

  it('gives one node per entity mentioned twice, with both mentions as evidence', () => {
    const x = extract('江津区白沙镇荣膺“中国特色小城镇品牌传播百强”。名列“中国特色小城镇品牌传播百强”第41位。');
    const honors = x.graph.nodes.filter((n) => n.attributes.type === 'Honor');
    expect(honors).toHaveLength(1);
    expect(honors[0]!.attributes.evidence.map((e) => e.sentence)).toEqual([0, 1]);
  });

  it('is deterministic: the same input gives byte-identical output', () => {
    const text = readFileSync('seeds/004_feff5e1e4c6e468a.txt', 'utf8');
    const a = JSON.stringify(mergeGraphs([extract(text, 'd').graph]));
    const b = JSON.stringify(mergeGraphs([extract(text, 'd').graph]));
    expect(a).toBe(b);
  });

  it('records the document: its town, the year it covers, its title and sentences', () => {
    const x = extract(readFileSync('seeds/004_feff5e1e4c6e468a.txt', 'utf8'), 'd');
    const doc = x.graph.nodes.find((n) => n.attributes.type === 'Document')!.attributes as never as Record<
      string,
      unknown
    >;
    expect(doc).toMatchObject({
      town: '柏林镇',
      townCode: '500116115000',
      year: 2023,
      title: '柏林镇2023年亮点工作回眸',
    });
    expect((doc.sentences as unknown[]).length).toBeGreaterThan(40);
  });

  it('merges the same official place across reports into one node', () => {
    const a = extract('江津区白沙镇复建村新建蓄水池3口。', 'a').graph;
    const b = extract('江津区白沙镇复建村荣获“全国文明村”称号。', 'b').graph;
    const merged = mergeGraphs([a, b]);
    const village = merged.nodes.filter((n) => n.key === 'place:500116108205');
    expect(village).toHaveLength(1);
    expect(new Set(village[0]!.attributes.evidence.map((e) => e.doc))).toEqual(new Set(['a', 'b']));
  });
});

describe('a report from another province, written for this test (generalisation)', () => {
  const x = extract(readFileSync('test/fixtures/reports/tianhuangping-2022.txt', 'utf8'), 'thp');
  it('links its town and short village names (余村, 2 characters) in 浙江省', () => {
    expect(x.node('Place', '天荒坪镇')?.code).toBe('330523108000');
    expect(x.node('Place', '余村')).toMatchObject({
      code: '330523108204',
      hierarchy: ['浙江省', '湖州市', '安吉县', '天荒坪镇', '余村'],
    });
  });
  it('finds its honors with their recipients, and traditional characters folded', () => {
    expect(
      x
        .edges('RECEIVED')
        .map((e) => [e.source, e.target])
        .sort(),
    ).toEqual([
      ['余村', '世界最佳旅游乡村'],
      ['天荒坪镇', '全国乡村治理示范镇'],
    ]);
    expect(x.graph.nodes.some((n) => n.attributes.type === 'Outcome' && n.attributes.name === '受益农户320户')).toBe(
      true,
    );
  });
  it('finds projects with places and statuses, events, partners', () => {
    expect(x.edges('HAS_PROJECT')).toContainEqual(
      expect.objectContaining({
        source: '余村',
        target: '余村绿色发展示范区项目',
        attrs: expect.objectContaining({ status: 'signed' }),
      }),
    );
    expect(x.edges('HOSTED')).toContainEqual(
      expect.objectContaining({ source: '天荒坪镇', target: '第五届天荒坪竹文化节' }),
    );
    expect(x.edges('PARTNERS_WITH').map((e) => [e.source, e.target].sort())).toContainEqual(['天荒坪镇党委', '孝丰镇']);
    expect(x.names('Program')).toEqual(expect.arrayContaining(['“千万工程”', '乡村振兴']));
  });
});

describe('a GB18030-encoded report in another format (一、（一）sections), written for this test', () => {
  it('decodes it and extracts places, honors without quotes, phases, partners and 210余万人次', async () => {
    const { readReport } = await import('../../src/adapters/files.ts');
    const report = await readReport('test/fixtures/reports/tangchang-2021.gbk.txt');
    expect(report.encoding).toBe('gb18030');
    const x = extract(report.text, 'tc');
    expect(x.node('Place', '战旗村')?.code).toBe('510117104213');
    expect(x.node('Place', '金星村')).toMatchObject({ linked: false }); // not in the gazetteer under 唐昌镇
    expect(
      x
        .edges('RECEIVED')
        .map((e) => [e.source, e.target])
        .sort(),
    ).toEqual([
      ['战旗村', '全国乡村旅游重点村'],
      ['战旗村', '国家AAAA级旅游景区'],
    ]);
    expect(x.edges('LOCATED_IN')).toContainEqual(
      expect.objectContaining({ source: '战旗乡村振兴培训学院二期', target: '战旗村' }),
    );
    expect(x.edges('PARTNERS_WITH').map((e) => [e.source, e.target].sort())).toContainEqual(['三道堰镇', '唐昌镇']);
    const visitors = x.graph.nodes.find(
      (n) => n.attributes.type === 'Outcome' && n.attributes.name.startsWith('接待游客'),
    );
    expect(visitors?.attributes).toMatchObject({ value: 210, unit: '万人次', qualifier: '余' });
    // the report's own parts are not programs; its sections are, without their enumerators
    expect(x.names('Program')).toEqual(expect.arrayContaining(['民生保障', '基层治理']));
    expect(x.names('Program').some((p) => /回顾|^（/.test(p))).toBe(false);
  });
});

describe('a 街道 report from a city district, written for this test', () => {
  const x = extract(readFileSync('test/fixtures/reports/guanshan-2024.txt', 'utf8'), 'gs');
  it('links a sub-district (街道) and its communities', () => {
    expect(x.node('Place', '关山街道')).toMatchObject({ code: '420111002000', level: 'town' });
    expect(x.node('Place', '紫菘社区')).toMatchObject({ level: 'community', linked: true });
  });
  it('shares a list’s project name among its places (海核社区、南望社区党群服务中心)', () => {
    expect(x.edges('LOCATED_IN')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: '海核社区党群服务中心', target: '海核社区' }),
        expect.objectContaining({ source: '南望社区党群服务中心', target: '南望社区' }),
      ]),
    );
  });
  it('reads status from a verb after the name (…二期项目正式开园) and a university as a partner', () => {
    expect(x.edges('HAS_PROJECT')).toContainEqual(
      expect.objectContaining({
        target: '关山荷兰风情园二期项目',
        attrs: expect.objectContaining({ status: 'built' }),
      }),
    );
    expect(x.edges('PARTNERS_WITH').map((e) => [e.source, e.target].sort())).toContainEqual([
      '关山街道',
      '华中科技大学',
    ]);
    expect(x.edges('RECEIVED')).toContainEqual(
      expect.objectContaining({ source: '南湖社区', target: '全国示范性老年友好型社区' }),
    );
  });
  it('keeps governing verbs out of program names (深入开展党纪学习教育 → 党纪学习教育)', () => {
    expect(x.names('Program')).toContain('党纪学习教育');
    expect(x.names('Program').some((p) => p.startsWith('深入'))).toBe(false);
  });
});

describe('evidence from a laid-out (PDF) report', () => {
  it('points to the page and the line box where the mention starts', async () => {
    const { extractDocument } = await import('../../src/core/pipeline.ts');
    const { loadExtractEnv } = await import('../../src/adapters/extract-env.ts');
    const text = '江津区白沙镇新建蓄水池23口。\n白沙镇荣获“全国文明镇”称号。';
    const second = text.indexOf('\n') + 1;
    const lines = [
      { start: 0, end: second - 1, page: 1, x: 50, y: 700, w: 300, h: 12 },
      { start: second, end: text.length, page: 2, x: 50, y: 680, w: 280, h: 12 },
    ];
    const g = extractDocument(
      { docId: 'p', path: 'p.pdf', text, sha256: '0', encoding: 'pdf', lines },
      loadExtractEnv(),
    );
    const honor = g.nodes.find((n) => n.attributes.type === 'Honor')!;
    expect(honor.attributes.evidence[0]).toMatchObject({ page: 2, box: [50, 680, 280, 12] });
    const outcome = g.nodes.find((n) => n.attributes.type === 'Outcome')!;
    expect(outcome.attributes.evidence[0]).toMatchObject({ page: 1 });
  });
});

describe('a district’s report', () => {
  const x = extract(
    '江津区2023年政府工作报告\n\n过去一年，全区地区生产总值增长6.1%。白沙镇建成重庆影视城，柏林镇完成魔芋示范基地建设。全区新增就业2.1万人。',
    'd',
  );
  it('is about the district its title names, not the town it mentions', () => {
    const doc = x.graph.nodes.find((n) => n.attributes.type === 'Document')!.attributes as never as Record<
      string,
      unknown
    >;
    expect(doc).toMatchObject({ town: '江津区', year: 2023 });
    expect(x.edges('ACHIEVED').every((e) => e.source === '江津区')).toBe(true);
  });
  it('puts each project in the town its clause names', () => {
    expect(
      x
        .edges('LOCATED_IN')
        .map((e) => [e.source, e.target])
        .sort(),
    ).toEqual([
      ['重庆影视城', '白沙镇'],
      ['魔芋示范基地', '柏林镇'],
    ]);
  });
});

describe('a 乡 report from Guizhou, written for this test', () => {
  const x = extract(readFileSync('test/fixtures/reports/nibaxiang-2021.txt', 'utf8'), 'nb');
  it('links a town the country has once (坭坝乡) and no two-character town inside a word (坝乡 in 坭坝乡)', () => {
    expect(x.node('Place', '坭坝乡')?.code).toBe('520330207000');
    expect(x.names('Place')).not.toContain('坝乡');
    expect(x.names('Place')).not.toContain('坝村');
  });
  it('reads a company name through 有限公司 and keeps the report’s title out of its programs', () => {
    expect(x.names('Organization')).toContain('贵州红赤水农业发展有限公司');
    expect(x.names('Program').some((p) => /总结|有限公司/.test(p))).toBe(false);
    expect(x.edges('RECEIVED')).toContainEqual(
      expect.objectContaining({ source: '坭坝乡中心学校', target: '省级文明校园' }),
    );
  });
});
