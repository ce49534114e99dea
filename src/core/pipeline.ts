/**
 * The extraction pipeline: one report's text in, its graph out. Pure: the gazetteer and the word segmenter are
 * passed in (src/adapters loads them), so the same function runs in the CLI, in worker threads and in tests.
 *
 *   repair → segment → recognise (places, outcomes, honors, events, organisations, projects, programs)
 *   → resolve overlaps and names → key → relate → graph with evidence
 */
import { repairText, toOriginalSpan, type RepairedText } from './read/repair.ts';
import { asWritten, foldsAnything } from './read/as-written.ts';
import { segmentSentences, type Sentence } from './segment/segment.ts';
import { detectTitle, detectYear } from './segment/document-info.ts';
import {
  bareOccurrences,
  ownUnitsFirst,
  recognizeBarePlaces,
  recognizePlaces,
  type PlaceMention,
} from './recognize/places.ts';
import { recognizeOutcomes } from './recognize/outcomes.ts';
import { recognizeTableOutcomes } from './recognize/table-outcomes.ts';
import { recognizeHonors } from './recognize/honors.ts';
import { recognizeEvents } from './recognize/events.ts';
import { isTownCenter, recognizeOrganizations } from './recognize/organizations.ts';
import { recognizeOldTowns } from './recognize/old-towns.ts';
import { recognizeProjects } from './recognize/projects.ts';
import { recognizePrograms, type Tokenizer } from './recognize/programs.ts';
import { PHRASE_BREAKERS } from './recognize/lexicon.ts';
import type { EntityMention } from './recognize/types.ts';
import { lastStartingAt, perSentence } from './recognize/spans.ts';
import type { GazPlace, Gazetteer } from './link/gazetteer.ts';
import {
  findBodyReferences,
  findPlaceReferences,
  findVillageReferences,
  nameBodies,
  type PlaceScope,
} from './link/references.ts';
import { mergeAliases } from './link/aliases.ts';
import { documentKey, entityKey, outcomeKeyer, placeKey } from './graph/keys.ts';
import { GraphBuilder, type DocumentGraph } from './graph/builder.ts';
import type { Evidence, PlaceAttributes } from './graph/schema.ts';
import type { Fact, Keyed, RelationContext } from './relate/context.ts';
import { relateProjects } from './relate/projects.ts';
import { relateHonors } from './relate/honors.ts';
import { relateEvents } from './relate/events.ts';
import { relatePartners } from './relate/partners.ts';
import { relatePrograms } from './relate/programs.ts';

export interface ReportInput {
  /** Document id: the file's base name. */
  docId: string;
  path: string;
  /** Decoded original text (BOM removed). */
  text: string;
  sha256: string;
  encoding: string;
  /** Where each line of `text` sits on its page (PDF input): evidence then also points to page and position. */
  lines?: PageLine[];
}

export interface PageLine {
  start: number;
  end: number;
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ExtractEnv {
  gazetteer: Gazetteer;
  tokenizer: Tokenizer;
}

export function extractDocument(input: ReportInput, env: ExtractEnv): DocumentGraph {
  const clean = repairText(input.text);
  const sentences = segmentSentences(clean.text);
  const found = recognizePlaces(clean.text, env.gazetteer);
  // the place the report is about: the town or district its title names, else the town it names most
  const main = titlePlace(sentences, found.mentions, env.gazetteer) ?? found.town ?? found.district;
  const scope = scopeOf(main, env.gazetteer);
  // the town's bare village names (恒和 for 恒和村): list items become places, and every one stays one word
  const bare = bareOccurrences(clean.text, env.gazetteer, found.town);
  const linked = ownUnitsFirst(found.mentions, bare);
  const namedPlaces = [...linked, ...recognizeBarePlaces(clean.text, bare, linked)];
  const places = [
    ...namedPlaces,
    ...findPlaceReferences(clean.text, found.town, found.district),
    ...findVillageReferences(clean.text, namedPlaces),
  ];
  const year = detectYear(sentences);
  // (大坪镇上和茶叶专业合作社: a bare village name too, unless it is a verb or a function word that ends a name:
  // 联合 of 联合村 in 三江镇联合某银行)
  const nameWords = bare.filter((b) => !BREAKING_WORD.test(clean.text.slice(b.start, b.end)));
  const organizations = recognizeOrganizations(sentences, protectedSpans(clean.text.length, [...places, ...nameWords]));
  // names are single words for a project's phrase: 恒和片区 does not break at 和, nor 某某有限公司年产…项目 at 有
  const protect = protectedSpans(clean.text.length, [...places, ...bare, ...organizations]);
  const projectMentions = recognizeProjects(sentences, protect);
  // an old town inside a longer project's name (安仁古镇保护利用工程) is that project's place in the name, no more
  const oldTowns = recognizeOldTowns(sentences, [
    ...(main?.level === 'town' ? [main.short] : []),
    ...places.filter((p) => p.level === 'town').map((p) => p.name),
  ]).filter((m) => !projectMentions.some((p) => p.start <= m.start && m.end <= p.end));
  const named = resolveOverlaps([
    ...recognizeHonors(sentences),
    ...recognizeEvents(sentences),
    ...organizations,
    ...projectMentions,
    ...oldTowns,
    ...recognizePrograms(sentences, env.tokenizer),
  ]);
  nameBodies(
    named.filter((m) => m.type === 'Organization'),
    places,
    clean.text,
    scope,
  );
  named.push(
    ...findBodyReferences(
      clean.text,
      named.filter((m) => m.type === 'Organization'),
      (at) => lastStartingAt(sentences, at),
    ),
  );
  // 玉华村农房风貌整治: the program is 农房风貌整治, the village is where it runs (and one read from inside a place's
  // name, 沟社区污水管网改造工程 in 调兵沟社区…, starts after that name too)
  const coded = places.filter((x) => x.code);
  for (const m of named) {
    if (m.type !== 'Program') continue;
    const p = coded.find((x) => x.start <= m.start && m.start < x.end);
    if (p && m.end - p.end >= 4) [m.name, m.start] = [m.name.slice(p.end - m.start), p.end];
  }
  const entities = mergeAliases(named, places);
  // 年产5000吨环保材料项目: a figure inside a project's name describes the project, it is no outcome
  const inProject = new Uint8Array(clean.text.length);
  for (const p of named) if (p.type === 'Project') inProject.fill(1, p.start, p.end);
  // a table's figures are named by row and column; the sentence reading of those cells gives way to them
  const tabled = recognizeTableOutcomes(sentences, year);
  const inTable = new Uint8Array(clean.text.length);
  for (const o of tabled) inTable.fill(1, o.start, o.end);
  const outcomes = [
    ...recognizeOutcomes(sentences, year).filter(
      (o) => !(inProject[o.start] && inProject[o.end - 1]) && !inTable[o.start],
    ),
    ...tabled,
  ].sort((a, b) => a.start - b.start);

  // sentences as the file writes them (traditional characters stay traditional), artifacts repaired
  const folded = foldsAnything(clean, input.text);
  const shown = sentences.map((s) => (folded ? asWritten(clean, input.text, s.start, s.end) : s.text));
  const b = new GraphBuilder(input.docId);
  const ev = (sentence: number, start: number, end: number): Evidence =>
    withPage(evidence(input.docId, clean, shown, sentence, start, end), input.lines);
  const sentenceOf = (at: number) => lastStartingAt(sentences, at);
  const docKey = documentKey(input.docId);
  b.addNode(docKey, {
    type: 'Document',
    name: input.docId,
    path: input.path,
    sha256: input.sha256,
    encoding: input.encoding,
    town: main?.short ?? null,
    townCode: main?.code ?? null,
    year,
    title: detectTitle(sentences),
    sentences: sentences.map((s) => ({
      index: s.index,
      ...toOriginalSpan(clean, s.start, s.end),
      text: shown[s.index]!,
    })),
  });

  const written = writtenNames(places, env.gazetteer);
  const keyedPlaces = places.map((p) => ({
    ...p,
    key: addPlace(b, env.gazetteer, p, ev(sentenceOf(p.start), p.start, p.end), written),
  }));
  const keyedEntities = entities.map((e) => {
    // (区委: a body written by its level word alone is named as written, and known by its full name, 江津区委)
    const key = entityKey(e.type, e.fullName ?? e.name);
    b.addNode(key, { type: e.type, name: e.name, ...(e.fullName ? { fullName: e.fullName } : {}) }, [
      ev(e.sentence, e.start, e.end),
    ]);
    return { ...e, key };
  });
  const keyOf = outcomeKeyer(input.docId);
  const keyedOutcomes = outcomes.map((o) => {
    const key = keyOf(o, toOriginalSpan(clean, o.start, o.end).start);
    b.addNode(
      key,
      {
        type: 'Outcome',
        name: `${o.indicator}${o.value}${o.unit}`,
        indicator: o.indicator,
        value: o.value,
        unit: o.unit,
        year: o.year,
        ...(o.qualifier ? { qualifier: o.qualifier } : {}),
      },
      [ev(o.sentence, o.start, o.end)],
    );
    return { ...o, key };
  });
  for (const m of [...keyedPlaces, ...keyedEntities, ...keyedOutcomes])
    b.addEdge('MENTIONS', docKey, m.key, [ev(sentenceOf(m.start), m.start, m.end)]);

  const ctx: RelationContext = {
    text: clean.text,
    sentences,
    places: keyedPlaces,
    entities: keyedEntities,
    outcomes: keyedOutcomes,
    town: main,
    townKey: main ? placeKey(main.code, main.short) : null,
    year,
    gazetteer: env.gazetteer,
  };
  const projects = relateProjects(ctx);
  for (const p of projects.extraPlaces)
    addPlace(
      b,
      env.gazetteer,
      { start: 0, end: 0, surface: p.short, name: p.short, level: p.level, code: p.code, parentCode: p.parent },
      undefined,
      written,
    );
  const facts: Fact[] = [
    ...projects.facts,
    ...relateHonors(ctx),
    ...relateEvents(ctx),
    ...relatePartners(ctx),
    ...relatePrograms(ctx),
  ];
  for (const f of facts)
    b.addEdge(f.type, f.source, f.target, [ev(f.sentence, f.start, f.end)], {
      status: f.status,
      year: f.year,
      rank: f.rank,
    });
  return b.toDocumentGraph();
}

/** 江津区2023年政府工作报告, ——柏林镇2023年亮点工作回眸: the linked town or district a title heading names. */
function titlePlace(sentences: Sentence[], places: PlaceMention[], gaz: Gazetteer): GazPlace | null {
  const title = sentences.find(
    (s) => s.kind === 'heading' && /\d{4}年.{0,12}(回眸|报告|总结|综述|亮点|回顾)/.test(s.text),
  );
  if (!title) return null;
  const inTitle = places.filter(
    (p) => p.code && p.start >= title.start && p.end <= title.end && (p.level === 'town' || p.level === 'district'),
  );
  // ——武侯区玉林街道2021年工作综述: the report is the town's, the district only says where the town is
  const m = inTitle.find((p) => p.level === 'town') ?? inTitle[0];
  return m ? (gaz.byCode(m.code!) ?? null) : null;
}

/** Attributes passed for a place already in the builder: only its evidence is added (first attributes win). */
const PLACE_SEEN = { type: 'Place' } as Omit<PlaceAttributes, 'evidence'>;

/** Adds a place and its official hierarchy up to the province (PART_OF); returns its key. */
/**
 * 彭水县 for 彭水苗族土家族自治县, 红河州 for 红河哈尼族彝族自治州: an autonomous county or prefecture goes by the short
 * name a report writes for it (its official name stays in `officialName`); other places by the gazetteer's name.
 */
function writtenNames(places: PlaceMention[], gaz: Gazetteer): Map<string, string> {
  const out = new Map<string, string>();
  // a report that writes the official name anywhere goes by it
  const official = new Set(places.filter((p) => p.code && p.surface === gaz.byCode(p.code)?.short).map((p) => p.code));
  for (const p of places) {
    if (official.has(p.code)) continue;
    const name = p.code ? gaz.byCode(p.code)?.short : undefined;
    if (
      name &&
      /自治[县州旗]$/.test(name) &&
      /^[\u4e00-\u9fff]{2,5}[县州旗]$/.test(p.surface) &&
      p.surface.length < name.length &&
      name.startsWith(p.surface.slice(0, -1)) &&
      !out.has(p.code!)
    )
      out.set(p.code!, p.surface);
  }
  return out;
}

function addPlace(
  b: GraphBuilder,
  gaz: Gazetteer,
  p: PlaceMention,
  e: Evidence | undefined,
  written: Map<string, string>,
): string {
  const chain = p.code ? [gaz.byCode(p.code)!, ...gaz.ancestors(p.code)] : [];
  const key = placeKey(p.code, p.name, p.parentCode);
  const evidence = e ? [e] : [];
  if (!p.code) {
    b.addNode(key, { type: 'Place', name: p.name, level: p.level, code: null, linked: false }, evidence);
    // not in the gazetteer, but the text says where it is: hang it under that official place
    const parent = p.parentCode ? gaz.byCode(p.parentCode) : undefined;
    if (parent) {
      const pk = addPlace(
        b,
        gaz,
        {
          ...p,
          surface: parent.short,
          name: parent.short,
          level: parent.level,
          code: parent.code,
          parentCode: parent.parent,
        },
        undefined,
        written,
      );
      b.addEdge('PART_OF', key, pk, evidence);
    }
    return key;
  }
  let child: string | null = null;
  chain.forEach((g, i) => {
    const k = placeKey(g.code, g.short);
    // ancestors are implied by the gazetteer, not written: they carry the child's evidence for traceability
    if (b.hasNode(k)) b.addNode(k, PLACE_SEEN, i === 0 ? evidence : []);
    else {
      const attrs: Omit<PlaceAttributes, 'evidence'> = {
        type: 'Place',
        name: written.get(g.code) ?? g.short,
        level: g.level,
        code: g.code,
        linked: true,
        officialName: g.name,
        hierarchy: chain
          .slice(i)
          .map((x) => x.short)
          .reverse(),
      };
      b.addNode(k, attrs, i === 0 ? evidence : []);
    }
    if (child) b.addEdge('PART_OF', child, k, evidence);
    child = k;
  });
  return key;
}

function evidence(
  doc: string,
  clean: RepairedText,
  shown: string[],
  sentence: number,
  start: number,
  end: number,
): Evidence {
  const span = toOriginalSpan(clean, start, end);
  return { doc, sentence, start: span.start, end: span.end, text: shown[sentence] ?? '' };
}

/** Adds the page and the box of the line where the evidence starts, when the reader knows the layout (PDF). */
function withPage(e: Evidence, lines: PageLine[] | undefined): Evidence {
  if (!lines?.length) return e;
  const l = lines[lastStartingAt(lines, e.start)]!;
  if (e.start < l.start || e.start > l.end) return e;
  return { ...e, page: l.page, box: [l.x, l.y, l.w, l.h] };
}

/** A word that ends a name's phrase on its left, whole (联合, 发展): see PHRASE_BREAKERS. */
const BREAKING_WORD = new RegExp(`^${PHRASE_BREAKERS.source}`);

/** Place and organisation names are single words for phrase boundaries: 恒和片区 does not break at 和. */
function protectedSpans(length: number, places: { start: number; end: number }[]): (i: number) => number {
  const starts = new Int32Array(length).fill(-1);
  for (const p of places) for (let i = p.start; i < p.end && i < length; i++) starts[i] = p.start;
  return (i) => (i >= 0 && i < length ? starts[i]! : -1);
}

/** A prize, what an honor names after the contest it was won at (一等奖, 金奖, 优秀组织奖, 第一名). */
const AWARD =
  /^[\u4e00-\u9fff]{0,6}?(?:[一二三特]等奖|[金银铜]奖|优秀奖|组织奖|冠军|亚军|季军|第[一二三四五六七八九十\d]+名)$/;

/**
 * One span, one meaning: a program inside a project, honor, event or organisation name is part of that name
 * (乡村治理 in 乡村治理示范乡镇); projects, organisations and events inside an honor are part of the honor (but the
 * contest a prize was won at is an event too); a project and an organisation of one span are the project.
 */
function resolveOverlaps(all: EntityMention[]): EntityMention[] {
  return perSentence(all, resolveOverlapsInSentence);
}

function resolveOverlapsInSentence(all: EntityMention[]): EntityMention[] {
  const inside = (a: EntityMention, b: EntityMention) => a !== b && b.start <= a.start && a.end <= b.end;
  const overlaps = (a: EntityMention, b: EntityMention) => a !== b && a.start < b.end && b.start < a.end;
  // “千万工程”: a quoted program name is not a project because its name ends like one
  const quotedPrograms = all.filter((m) => m.type === 'Program' && /^“[^”]+”$/.test(m.name));
  const ms = all.filter(
    (m) =>
      !(m.type === 'Project' && quotedPrograms.some((p) => inside(m, p) || (p.start === m.start && p.end === m.end))),
  );
  return ms.filter((m) => {
    // a quoted way of working may sit inside a project's name (2022年“四好农村路”建设项目)
    const quoted = /^“[^”]+”$/.test(m.name);
    if (m.type === 'Program')
      return !ms.some(
        (o) => o.type !== 'Program' && overlaps(m, o) && !(quoted && inside(m, o) && o.type === 'Project'),
      );
    // 第二陆军医院的文物利用: a body named where a project is (a site being restored or built) is that project; but
    // the town's own service centre (镇便民服务中心建成投用) is the body that serves there
    const same = (type: string) => ms.some((o) => o.type === type && o.start === m.start && o.end === m.end);
    if (m.type === 'Organization' && same('Project') && !isTownCenter(m.name)) return false;
    if (m.type === 'Project' && isTownCenter(m.name) && same('Organization')) return false;
    // (荣获浦江县第五届村歌大赛一等奖: the contest a prize was won at is an event of its own)
    if (
      m.type === 'Event' &&
      ms.some((o) => o.type === 'Honor' && inside(m, o) && AWARD.test(o.name.slice(m.end - o.start)))
    )
      return true;
    if (m.type !== 'Honor') return !ms.some((o) => o.type === 'Honor' && inside(m, o));
    return true;
  });
}

function scopeOf(place: GazPlace | null, gaz: Gazetteer): PlaceScope {
  const chain = place ? [place, ...gaz.ancestors(place.code)] : [];
  const at = (level: string) => chain.find((p) => p.level === level) ?? null;
  return { town: at('town'), district: at('district'), city: at('city'), province: at('province') };
}

export type { DocumentGraph, Keyed };
