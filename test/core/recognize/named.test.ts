import { describe, expect, it } from 'vitest';
import { extract } from '../../helpers/extract.ts';

const TOWN = '重庆市江津区白沙镇';

describe('recognizeHonors', () => {
  it('finds each quoted title after 荣获, with recipient and year', () => {
    const x = extract(`2023年，${TOWN}先后荣获“节约型机关”“江津区夜间经济示范单位”等荣誉。`);
    expect(x.names('Honor')).toEqual(['江津区夜间经济示范单位', '节约型机关']);
    expect(x.edges('RECEIVED')).toContainEqual(
      expect.objectContaining({
        source: '白沙镇',
        target: '节约型机关',
        attrs: expect.objectContaining({ year: 2023 }),
      }),
    );
  });

  it('reads a rank (名列…第41位) and merges the honor named twice', () => {
    const x = extract(
      `${TOWN}荣膺“中国特色小城镇品牌传播百强”。作为全市唯一上榜的小镇，名列“中国特色小城镇品牌传播百强”第41位。`,
    );
    expect(x.names('Honor')).toEqual(['中国特色小城镇品牌传播百强']);
    expect(x.edges('RECEIVED')[0]!.attrs.rank).toBe(41);
  });

  it('gives an honor won by a person no place as recipient', () => {
    const x = extract(`${TOWN}扎实推进脱贫攻坚，1名帮扶干部获市级脱贫攻坚先进个人荣誉称号。`);
    expect(x.names('Honor')).toEqual(['市级脱贫攻坚先进个人']);
    expect(x.edges('RECEIVED')).toEqual([]);
  });

  it('takes the recipient from the verb’s own clause (…，复建村入选“…”)', () => {
    const x = extract(`${TOWN}荣获“全国乡村治理示范镇”称号，复建村入选“全国文明村”。`);
    expect(x.edges('RECEIVED')).toContainEqual(expect.objectContaining({ source: '复建村', target: '全国文明村' }));
  });

  it('does not count a target still being worked towards', () => {
    expect(extract(`${TOWN}争创复建村乡村治理示范村建设，推进黑石山AAAA级旅游景区建设。`).names('Honor')).toEqual([]);
  });
});

describe('recognizeEvents', () => {
  it('splits the object list of 举办 at 、 and 暨, hosted by the town', () => {
    const x = extract(`${TOWN}成功举办电影基金发布仪式暨2020中国电影评论高峰论坛活动、白沙文博城建设发展座谈会。`);
    expect(x.names('Event')).toEqual(['2020中国电影评论高峰论坛活动', '电影基金发布仪式', '白沙文博城建设发展座谈会']);
    expect(x.edges('HOSTED').every((e) => e.source === '白沙镇')).toBe(true);
  });

  it('takes an explicit host (协助X开展) and makes the two partners', () => {
    const x = extract(`${TOWN}协助嘉悦农场开展“农耕文化体验节”活动。`);
    expect(x.edges('HOSTED')).toContainEqual(
      expect.objectContaining({ source: '嘉悦农场', target: '“农耕文化体验节”活动' }),
    );
    const pair = x.edges('PARTNERS_WITH').map((e) => [e.source, e.target].sort());
    expect(pair).toContainEqual(['嘉悦农场', '白沙镇']);
  });

  it('treats counted generic activities as outcomes, a quoted one as an event', () => {
    const x = extract(`${TOWN}开展送文化下乡之“村晚”演出、非遗展览、文艺表演等文化活动27场次，举办扶贫专场招聘会4场。`);
    expect(x.names('Event')).toEqual(['“村晚”演出']);
  });

  it('knows epidemics and numbered floods, without a host', () => {
    const x = extract(`去年春节前夕，新冠肺炎疫情来袭。“长江2020年第5号洪水”洪峰过境江津，${TOWN}全力抗洪。`);
    expect(x.names('Event')).toEqual(['新冠肺炎疫情', '长江2020年第5号洪水']);
    expect(x.edges('HOSTED')).toEqual([]);
  });
});

describe('recognizeOrganizations', () => {
  it('qualifies level-prefixed bodies with the document’s places (区委 → 江津区委)', () => {
    const x = extract(`${TOWN}认真落实区委、区政府工作部署，接待市委编办、市司法局等单位调研，镇党委召开专题会议。`);
    expect(x.names('Organization')).toEqual(
      ['江津区委', '江津区政府', '白沙镇党委', '重庆市司法局', '重庆市委编办'].sort(),
    );
  });

  it('finds foundations, collectives, media and working groups, but not counted generic bodies', () => {
    const x = extract(
      `${TOWN}联合中国电影基金会举办论坛，其中复建村村集体公司年营业额达70万元。该镇成立主题教育领导小组，央视和重庆电视台、重庆日报连续报道。成立社区物业管理委员会10个。`,
    );
    expect(x.names('Organization')).toEqual(
      ['中国电影基金会', '主题教育领导小组', '央视', '复建村村集体公司', '重庆日报', '重庆电视台'].sort(),
    );
  });

  it('does not read 格局 or 布局 as a bureau', () => {
    expect(extract(`${TOWN}形成发展新格局，优化产业布局。`).names('Organization')).toEqual([]);
  });
});

describe('recognizeProjects', () => {
  it('reads a signed list with its status, leaving a bracketed note out of the name', () => {
    const x = extract(`${TOWN}签约重庆中国三峡博物馆白沙分馆（夏公馆集群）、影视特殊道具生产项目等项目8个。`);
    expect(x.names('Project')).toEqual(['影视特殊道具生产项目', '重庆中国三峡博物馆白沙分馆']);
    expect(x.edges('HAS_PROJECT').map((e) => e.attrs.status)).toEqual(['signed', 'signed']);
  });

  it('reads titled works and quoted items of a project list', () => {
    const x = extract(
      `${TOWN}推出《白沙记忆系列音频故事》等50余件作品，在谈“东华街文化旅游项目”“重庆影都”等项目20余个。`,
    );
    expect(x.names('Project')).toEqual(['《白沙记忆系列音频故事》', '东华街文化旅游项目', '重庆影都']);
  });

  it('shares the last item’s head with bare items (复兴、东胜污水处理站) and places them', () => {
    const x = extract('重庆市江津区柏林镇东胜村、复兴村完成改造，复兴、东胜污水处理站提档升级。');
    expect(x.names('Project')).toEqual(['东胜污水处理站', '复兴污水处理站']);
    expect(x.edges('LOCATED_IN')).toContainEqual(
      expect.objectContaining({ source: '复兴污水处理站', target: '复兴村' }),
    );
  });

  it('does not take generic counted things or ungoverned phrases as projects', () => {
    const x = extract(`${TOWN}新建蓄水池23口，完成5个社区养老服务站建设，争取专项项目7个，报送民生实事项目。`);
    expect(x.names('Project')).toEqual([]);
  });

  it('reads one-character heads inside a governed list (乐善堂, 张爷庙)', () => {
    const x = extract(`${TOWN}启动卞小吾故居、乐善堂、王政平旧居等修缮工作，推动夏公馆、张爷庙的文物利用。`);
    expect(x.names('Project')).toEqual(['乐善堂', '卞小吾故居', '夏公馆', '张爷庙', '王政平旧居']);
  });
});

describe('recognizePrograms', () => {
  it('finds program noun phrases, quoted ways of working and section topics', () => {
    const x = extract(
      `构建高效审批服务体系。${TOWN}统筹推进疫情防控和经济社会发展，推行“一窗式”综合服务和“一网通办”，顺利通过农村人居环境整治三年行动评估。`,
    );
    expect(x.names('Program')).toEqual(
      ['“一窗式”综合服务', '“一网通办”', '农村人居环境整治三年行动', '构建高效审批服务体系', '疫情防控'].sort(),
    );
    expect(x.edges('RUNS').every((e) => e.source === '白沙镇')).toBe(true);
  });

  it('counts a topic that contains a program as that program', () => {
    const x = extract(`打好打赢脱贫攻坚收官战。${TOWN}为765名贫困学生落实资助资金。`);
    expect(x.names('Program')).toEqual(['脱贫攻坚']);
    expect(x.edges('ACHIEVED')).toContainEqual(
      expect.objectContaining({ source: '脱贫攻坚', target: expect.stringContaining('765') }),
    );
  });

  it('does not take figurative quotes (“组合拳”, “总开关”) as programs', () => {
    expect(extract(`${TOWN}打好选育管用“组合拳”，拧紧廉政思想“总开关”。`).names('Program')).toEqual([]);
  });
});

describe('report-genre traps', () => {
  const x = extract(
    '2023年，安吉县鄣吴镇统筹发展和安全。\n一是产业发展提质增效。其中总投资5.6亿元的竹材精深加工产业园项目已开工建设。二是完成鄣吴村、玉华村农房风貌整治。鄣吴镇被授予“省级森林城镇”称号。',
  );
  it('drops enumerators (一是) and a leading village from program names', () => {
    expect(x.names('Program')).toEqual(expect.arrayContaining(['产业发展', '农房风貌整治']));
    expect(x.names('Program').some((p) => /^[一二三四]是|玉华村/.test(p))).toBe(false);
  });
  it('finds no town inside an honor’s name (林城镇 in 省级森林城镇)', () => {
    expect(x.names('Place')).not.toContain('林城镇');
    expect(x.edges('RECEIVED')).toContainEqual(expect.objectContaining({ source: '鄣吴镇', target: '省级森林城镇' }));
  });
  it('credits an investment figure to the project it describes (总投资5.6亿元的…项目)', () => {
    expect(x.edges('ACHIEVED')).toContainEqual(
      expect.objectContaining({ source: '竹材精深加工产业园项目', target: expect.stringContaining('5.6') }),
    );
  });
});

describe('X建设 as a line of work', () => {
  it('takes 队伍建设 and 美丽乡村建设, not the construction of a facility or a verb', () => {
    const x = extract(
      '江津区白沙镇狠抓队伍建设，深入实施美丽乡村建设，推动高标准农田建设，完善政务服务平台建设，已完成辖区管网建设，开工建设复建村文化广场。',
    );
    expect(x.names('Program')).toEqual(expect.arrayContaining(['队伍建设', '美丽乡村建设', '高标准农田建设']));
    expect(x.names('Program').some((p) => /平台建设|管网建设|^开工建设$/.test(p))).toBe(false);
  });
});
