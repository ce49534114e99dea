/**
 * The general vocabulary of Chinese government work reports that the recognisers share: head nouns that make a
 * phrase a facility or an organisation, verbs that say a project was signed or built, words that mark a program.
 * These are words of the genre, not names from any one report.
 */
import type { ProjectStatus } from '../graph/schema.ts';

/** Verbs before a project, and the status they give it. Longest first when matching. */
export const PROJECT_TRIGGERS: [string, ProjectStatus][] = [
  ['签约打造', 'signed'],
  ['签约', 'signed'],
  ['落地', 'landed'],
  ['落户', 'landed'],
  ['引进', 'landed'],
  ['在谈', 'in_talks'],
  ['洽谈', 'in_talks'],
  ['建成', 'built'],
  ['完成', 'built'],
  ['竣工', 'built'],
  ['开发建设', 'ongoing'],
  ['建设开放', 'built'],
  ['开工', 'ongoing'],
  ['启动', 'ongoing'],
  ['推进', 'ongoing'],
  ['推动', 'ongoing'],
  ['实施', 'ongoing'],
  ['建设', 'ongoing'],
  ['修建', 'ongoing'],
  ['新建', 'ongoing'],
  ['扩建', 'ongoing'],
  ['改造', 'ongoing'],
  ['配合完善', 'ongoing'],
  ['打造', 'planned'],
  ['创新', 'launched'],
  ['开发', 'launched'],
  ['推出', 'launched'],
  ['更新', 'launched'],
  ['上线', 'launched'],
  ['开通', 'launched'],
  ['挂牌', 'launched'],
  ['开放', 'launched'],
  ['争创', 'planned'],
  ['规划', 'planned'],
  ['计划', 'planned'],
];

/**
 * Head nouns of named facilities and projects (longest first). Single characters (馆, 堂, 庙 …) only count inside a
 * list that a project verb governs, see projects.ts.
 */
export const PROJECT_HEADS = [
  '建设项目', '项目', '工程', '示范基地', '种植基地', '研学基地', '产业基地', '基地', '产业园', '工业园', '园区', '乐园',
  '公园', '博物馆', '分馆', '陈列馆', '纪念馆', '展览馆', '文化馆', '图书馆', '体育馆', '美术馆', '指挥中心', '服务中心',
  '治理中心', '中心', '平台', '大厅', '自助区', '景区', '加工厂', '水厂', '工厂', '民宿', '空间', '夜市', '影视城', '文博城', '系列文创产品', '文创产品',
  '影都', '路线', '水库', '污水处理站', '敬老院', '养老院', '故居', '旧居', '旧址', '院子', '学院', '医院',
  '小程序', '商业街', '古镇', '广场', '码头', '大桥', '公路', '隧道', '综合体', '小镇', '街区', '牧场', '酒店',
  '客栈', '书屋', '驿站', '厂',
];
export const SINGLE_CHAR_HEADS = ['馆', '堂', '庙', '宫', '寺', '祠', '所', '院', '城', '园', '楼', '阁', '塔', '桥'];

/** Nouns that end an organisation name: 行政审批局, 中国电影基金会, 重庆日报, 主题教育领导小组. */
export const ORGANIZATION_HEADS = [
  '领导小组', '理论中心组', '中心组', '党工委', '党委', '政府', '人大', '政协', '纪委', '管委会', '委员会', '基金会', '协会',
  '学会', '商会', '联合会', '研究会', '促进会', '公司', '集团', '银行', '合作社', '电视台', '广播电台', '日报', '晚报',
  '报社', '新闻网', '办公室', '编办', '司法局', '民政局', '审批局', '局', '厅', '部', '署', '办', '院', '所', '大学',
  '学校', '中学', '小学', '卫生院', '农场', '社',
];
/** Well-known organisations written without a head noun (national media and their common abbreviations). */
export const ORGANIZATION_NAMES = ['央视', '新华社', '人民网', '新华网', '央广', '中央电视台', '人民日报', '光明日报'];

/** Nouns that end an event name. */
export const EVENT_HEADS = [
  '高峰论坛', '论坛', '发布仪式', '签约仪式', '仪式', '座谈会', '推介会', '交流会', '招聘会', '发布会', '博览会', '展销会',
  '运动会', '大会', '会议', '读书班', '培训班', '体验节', '文化节', '旅游节', '艺术节', '音乐节', '美食节', '节', '比赛',
  '大赛', '篮球赛', '足球赛', '联赛', '赛', '演出', '晚会', '集市', '展览', '活动',
];
export const EVENT_TRIGGERS = ['成功举办', '举办', '承办', '主办', '召开', '开展', '举行', '组织开展', '参加', '亮相'];

/** Words that make a phrase a line of work (a program): 脱贫攻坚, 乡村振兴, 疫情防控, 积分制 … */
export const PROGRAM_HEADS = [
  '攻坚', '振兴', '防控', '整治三年行动', '三年行动', '行动', '工程', '小康', '改革', '融合', '引资', '教育', '治理',
  '减灾', '惠民', '下乡', '低保', '救助', '养老保险', '医疗保险', '贷款', '信贷', '还林', '还草', '签约服务', '整治', '制',
  '通办', '思路', '战略', '计划',
];

/** Function words and verbs that bound a noun phrase on its left. */
export const PHRASE_BREAKERS =
  /(签约打造|签约|落地|落户|引进|在谈|洽谈|建成|完成|竣工|开发建设|建设开放|建设|开工|启动|推进|推动|实施|修建|新建|扩建|打造|创新|开发|推出|上线|开通|争创|以|为|于|在|对|将|把|被|和|与|及|或|的|了|等|是|有|向|从|到|由|并|还|也|又|成功|正式|全面|积极|持续|不断|着力|加快|加强|深入|大力|努力|完善|配合|协助|组织|开展|举办|召开|承办|主办|获评|荣获|荣膺|争取|提升|实现|达到|通过|结合|利用|依托|围绕|聚焦|成立|制定|报送|接待|组建|设立|其中|包括|争创|挖掘|启用|建立|构建|带动|接洽|发挥|负责|参与|支持|指导|用于|按|经|由于|作为|通过|推行|征集|采访|更新|制作|认定|申报|认证|创建|取缔|关闭|办理|受理|发放|悬挂|出动|安置|新增|兑现|连续)$/;
