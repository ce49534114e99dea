/**
 * A synthetic corpus for the build benchmark, made deterministically (seeded) from the seeds' sentence shapes with
 * other places from the gazetteer. Each report:
 *  - picks a real town (镇 with a few villages) from the gazetteer and a report year;
 *  - takes a random selection of the seeds' paragraphs (their clean text), in random order;
 *  - replaces the seeds' own town, district, city and village names (and their bare forms: 白沙, 江津, 重庆) with the
 *    chosen town's, its district and city, and villages drawn from its own;
 *  - shifts the years and varies the other numbers;
 *  - puts PDF-extraction artifacts back into a share of the paragraphs: doubled runs, spaced CJK, hard line breaks.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mulberry32 } from '../fuzz/prng.ts';
import { join } from 'node:path';
import { loadExtractEnv } from '../../src/adapters/extract-env.ts';
import { readReport } from '../../src/adapters/files.ts';
import { extractDocument } from '../../src/core/pipeline.ts';
import { repairText } from '../../src/core/read/repair.ts';
import type { GazPlace, Gazetteer } from '../../src/core/link/gazetteer.ts';

export interface CorpusOptions {
  dir: string;
  /** Stop once the corpus holds at least this many bytes. */
  bytes: number;
  seed?: number;
  seedsDir?: string;
}

export interface Corpus {
  files: string[];
  bytes: number;
}

/** mulberry32 (test/fuzz/prng.ts): small, fast, good enough for test data, and the same sequence on every machine. */
export const createRandom = (seed: number): (() => number) => mulberry32(seed);

type Random = () => number;
const pick = <T>(rnd: Random, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

/** The seeds' own places, by role: what each report replaces. */
interface SeedNames {
  towns: GazPlace[];
  districts: GazPlace[];
  cities: GazPlace[];
  villages: GazPlace[];
}

const bare = (p: GazPlace) => {
  const b = p.short.replace(/(镇|乡|街道|区|县|市|旗|村|社区)$/, '');
  return b.length >= 2 ? b : p.short;
};

async function seedNames(files: string[], gaz: Gazetteer): Promise<SeedNames> {
  const names: SeedNames = { towns: [], districts: [], cities: [], villages: [] };
  const env = loadExtractEnv();
  const add = (list: GazPlace[], p: GazPlace | undefined) => {
    if (p && !list.some((q) => q.code === p.code)) list.push(p);
  };
  for (const file of files) {
    const graph = extractDocument(await readReport(file), env);
    const doc = graph.nodes.find((n) => n.attributes.type === 'Document')!.attributes as { townCode: string | null };
    if (!doc.townCode) continue;
    const town = gaz.byCode(doc.townCode)!;
    const up = gaz.ancestors(town.code);
    add(names.towns, town);
    add(
      names.districts,
      up.find((p) => p.level === 'district'),
    );
    add(
      names.cities,
      up.find((p) => p.level === 'city'),
    );
    for (const n of graph.nodes) {
      const a = n.attributes as { type: string; code?: string | null; level?: string };
      if (
        a.type === 'Place' &&
        a.code &&
        (a.level === 'village' || a.level === 'community') &&
        gaz.byCode(a.code)?.parent === town.code
      )
        add(names.villages, gaz.byCode(a.code));
    }
  }
  return names;
}

/** All districts of the gazetteer (provinces 11…65 → cities → districts), in code order. */
function allDistricts(gaz: Gazetteer): GazPlace[] {
  const out: GazPlace[] = [];
  const walk = (p: GazPlace) => {
    if (p.level === 'district') out.push(p);
    else if (p.level === 'province' || p.level === 'city') for (const c of gaz.children(p.code)) walk(c);
  };
  for (let pr = 11; pr <= 65; pr++) {
    const p = gaz.byCode(`${pr}0000000000`);
    if (p) walk(p);
  }
  return out;
}

interface Target {
  town: GazPlace;
  district: GazPlace;
  city: GazPlace;
  villages: GazPlace[];
}

/** A random town (…镇 with at least four villages or communities) with its district and city. */
function pickTarget(rnd: Random, gaz: Gazetteer, districts: GazPlace[]): Target {
  for (;;) {
    const district = pick(rnd, districts);
    const towns = gaz.children(district.code).filter((t) => t.short.endsWith('镇'));
    if (!towns.length) continue;
    const town = pick(rnd, towns);
    const villages = gaz.children(town.code).filter((v) => bare(v) !== v.short);
    if (villages.length < 4) continue;
    const up = gaz.ancestors(district.code);
    const city = up.find((p) => p.level === 'city') ?? up[0] ?? district;
    return { town, district, city, villages };
  }
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces the seeds' names with the target's: full names anywhere, bare village names only as list items. */
function makeRenamer(rnd: Random, names: SeedNames, t: Target): (text: string) => string {
  const map = new Map<string, string>();
  const set = (from: GazPlace, to: GazPlace) => {
    map.set(from.short, to.short);
    if (bare(from) !== from.short && !map.has(bare(from))) map.set(bare(from), bare(to));
  };
  for (const p of names.towns) set(p, t.town);
  for (const p of names.districts) set(p, t.district);
  for (const p of names.cities) set(p, t.city);
  const shuffled = [...t.villages].sort(() => rnd() - 0.5);
  const listBare = new Map<string, string>();
  names.villages.forEach((v, i) => {
    const to = shuffled[i % shuffled.length]!;
    map.set(v.short, to.short);
    listBare.set(bare(v), bare(to));
  });
  const keys = [...map.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
  const full = new RegExp(keys.join('|'), 'g');
  const bareKeys = [...listBare.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
  const alt = bareKeys.join('|');
  const lists = alt ? new RegExp(`(?<=、)(?:${alt})|(?:${alt})(?=、)`, 'g') : null;
  return (text) => {
    const renamed = text.replace(full, (m) => map.get(m)!);
    return lists ? renamed.replace(lists, (m) => listBare.get(m) ?? m) : renamed;
  };
}

/** Years move with the report's year; other numbers get random digits of the same shape. */
function varyNumbers(rnd: Random, text: string, yearShift: number): string {
  return text.replace(/\d+(?:\.\d+)?/g, (m) => {
    if (/^20[0-3]\d$/.test(m)) return String(Number(m) + yearShift);
    return m.replace(/\d/g, (d, i: number) =>
      i === 0 && d !== '0' ? String(1 + Math.floor(rnd() * 9)) : String(Math.floor(rnd() * 10)),
    );
  });
}

const PUNCT = /[，。、；：！？“”（）《》…—]/;

/** Every run drawn twice, as bold text extracted from some PDFs: 深化改革深化改革、、 and 20202020 年年. */
function doubleRuns(rnd: Random, text: string): string {
  let out = '';
  let run = '';
  const flush = () => {
    while (run) {
      const n = Math.min(run.length, 6 + Math.floor(rnd() * 20));
      const piece = run.slice(0, n);
      out += /^\d/.test(piece) ? ` ${piece}${piece} ` : piece + piece;
      run = run.slice(n);
    }
  };
  for (const ch of text) {
    if (PUNCT.test(ch)) {
      flush();
      out += ch + ch;
    } else {
      if (run && /\d/.test(ch) !== /\d/.test(run.at(-1)!)) flush();
      run += ch;
    }
  }
  flush();
  return out;
}

/** Hard line breaks every 15-20 characters, as a narrow newspaper column. */
function breakLines(rnd: Random, text: string): string {
  const lines: string[] = [];
  for (let i = 0; i < text.length;) {
    const n = 15 + Math.floor(rnd() * 6);
    lines.push(text.slice(i, i + n));
    i += n;
  }
  return lines.join('\n');
}

/** 过 去 一 年 ， 柏 林 镇: a justified column's letter spacing kept as spaces, on a paragraph's lines. */
const spaceOut = (text: string) => [...text].join(' ');

function makeReport(rnd: Random, paragraphs: string[], names: SeedNames, target: Target): string {
  const year = 2016 + Math.floor(rnd() * 9);
  const rename = makeRenamer(rnd, names, target);
  const chosen = paragraphs.filter(() => rnd() < 0.7).sort(() => rnd() - 0.5);
  const title = `${target.town.short}${year}年亮点工作回眸`;
  const body = chosen.map((p) => {
    const text = varyNumbers(rnd, rename(p), year - 2021);
    const r = rnd();
    if (r < 0.1) return breakLines(rnd, doubleRuns(rnd, text));
    if (r < 0.2) return breakLines(rnd, text).split('\n').map(spaceOut).join('\n');
    if (r < 0.45) return breakLines(rnd, text);
    return text;
  });
  return [title, ...body].join('\n\n') + '\n';
}

/** Writes the corpus into `dir` (r00000.txt, r00001.txt, …) and returns the files and their total size. */
export async function generateCorpus(opts: CorpusOptions): Promise<Corpus> {
  const seedsDir = opts.seedsDir ?? join(import.meta.dirname, '..', '..', 'seeds');
  const seedFiles = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(seedsDir, f));
  const gaz = loadExtractEnv().gazetteer;
  const names = await seedNames(seedFiles, gaz);
  const paragraphs = seedFiles.flatMap((f) =>
    repairText(readFileSync(f, 'utf8'))
      .text.split('\n')
      .filter((p) => p.trim().length > 0),
  );
  const districts = allDistricts(gaz);
  const rnd = createRandom(opts.seed ?? 20240601);
  mkdirSync(opts.dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  while (bytes < opts.bytes) {
    const text = makeReport(rnd, paragraphs, names, pickTarget(rnd, gaz, districts));
    const file = join(opts.dir, `r${String(files.length).padStart(5, '0')}.txt`);
    const data = Buffer.from(text, 'utf8');
    writeFileSync(file, data);
    files.push(file);
    bytes += data.length;
  }
  return { files, bytes };
}
