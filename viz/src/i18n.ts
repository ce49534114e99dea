/** Interface text in Chinese and English. Report strings are never translated; only the chrome around them is. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const TEXT = {
  title: { zh: '地方工作报告知识图谱', en: 'Local report knowledge graph' },
  search: { zh: '搜索名称或拼音（如 fujian、fjc）', en: 'Search names or pinyin (e.g. fujian, fjc)' },
  layoutStart: { zh: '开始布局', en: 'Start layout' },
  layoutStop: { zh: '停止布局', en: 'Stop layout' },
  exportPng: { zh: '导出 PNG', en: 'Export PNG' },
  exportGexf: { zh: '导出 GEXF', en: 'Export GEXF' },
  legend: { zh: '类型', en: 'Types' },
  document: { zh: '文档', en: 'Document' },
  year: { zh: '年份', en: 'Year' },
  all: { zh: '全部', en: 'All' },
  nodes: { zh: '节点', en: 'nodes' },
  edges: { zh: '边', en: 'edges' },
  attributes: { zh: '属性', en: 'Attributes' },
  hierarchy: { zh: '行政层级', en: 'Hierarchy' },
  code: { zh: '行政区划代码', en: 'Official code' },
  unlinked: { zh: '未在区划库中', en: 'not in the gazetteer' },
  value: { zh: '数值', en: 'Value' },
  unit: { zh: '单位', en: 'Unit' },
  indicator: { zh: '指标', en: 'Indicator' },
  qualifier: { zh: '限定', en: 'Qualifier' },
  level: { zh: '级别', en: 'Level' },
  officialName: { zh: '全称', en: 'Official name' },
  fullName: { zh: '全称', en: 'Full name' },
  neighbours: { zh: '关联', en: 'Neighbours' },
  evidence: { zh: '原文证据', en: 'Evidence' },
  close: { zh: '关闭', en: 'Close' },
  console: { zh: 'Cypher 查询', en: 'Cypher console' },
  run: { zh: '运行', en: 'Run' },
  saved: { zh: '已保存的查询…', en: 'Saved queries…' },
  rows: { zh: '行', en: 'rows' },
  truncated: { zh: '（已截断）', en: '(truncated)' },
  noNeo4j: { zh: 'Neo4j 未运行。', en: 'Neo4j is not running.' },
  language: { zh: 'English', en: '中文' },
  loading: { zh: '加载中…', en: 'Loading…' },
} as const;
export type TextKey = keyof typeof TEXT;

const TYPE_NAMES: Record<string, Record<Lang, string>> = {
  Place: { zh: '地点', en: 'Place' },
  Project: { zh: '项目', en: 'Project' },
  Honor: { zh: '荣誉', en: 'Honor' },
  Program: { zh: '专项工作', en: 'Program' },
  Organization: { zh: '机构', en: 'Organization' },
  Event: { zh: '活动', en: 'Event' },
  Outcome: { zh: '成效', en: 'Outcome' },
  Document: { zh: '文档', en: 'Document' },
};

/** How an incoming edge reads from its target's side: a town's incoming PART_OF edges are the places it governs. */
const INVERSE_RELATION_NAMES: Record<string, Record<Lang, string>> = {
  PART_OF: { zh: '下辖', en: 'has part' },
  LOCATED_IN: { zh: '辖内', en: 'located here' },
  HAS_PROJECT: { zh: '所在地', en: 'project of' },
  RECEIVED: { zh: '获得者', en: 'received by' },
  RUNS: { zh: '开展者', en: 'run by' },
  INCLUDES: { zh: '所属工作', en: 'included in' },
  ACHIEVED: { zh: '取得者', en: 'achieved by' },
  HOSTED: { zh: '举办方', en: 'hosted by' },
  PARTNERS_WITH: { zh: '合作', en: 'partners with' },
  MENTIONS: { zh: '出处', en: 'mentioned in' },
};

const LEVEL_NAMES: Record<string, Record<Lang, string>> = {
  province: { zh: '省级', en: 'province' },
  city: { zh: '地级', en: 'city' },
  district: { zh: '县级', en: 'district' },
  town: { zh: '乡镇', en: 'town' },
  village: { zh: '村', en: 'village' },
  community: { zh: '社区', en: 'community' },
};

export function levelName(lang: Lang, level: string): string {
  return LEVEL_NAMES[level]?.[lang] ?? level;
}

const RELATION_NAMES: Record<string, Record<Lang, string>> = {
  PART_OF: { zh: '隶属于', en: 'part of' },
  LOCATED_IN: { zh: '位于', en: 'located in' },
  HAS_PROJECT: { zh: '项目', en: 'has project' },
  RECEIVED: { zh: '获得', en: 'received' },
  RUNS: { zh: '开展', en: 'runs' },
  INCLUDES: { zh: '包含', en: 'includes' },
  ACHIEVED: { zh: '取得', en: 'achieved' },
  HOSTED: { zh: '举办', en: 'hosted' },
  PARTNERS_WITH: { zh: '合作', en: 'partners with' },
  MENTIONS: { zh: '提及', en: 'mentions' },
};

export function t(lang: Lang, key: TextKey): string {
  return TEXT[key][lang];
}

export function typeName(lang: Lang, type: string): string {
  return TYPE_NAMES[type]?.[lang] ?? type;
}

export function relationName(lang: Lang, type: string, direction: 'in' | 'out'): string {
  const table = direction === 'out' ? RELATION_NAMES : INVERSE_RELATION_NAMES;
  return table[type]?.[lang] ?? type;
}
