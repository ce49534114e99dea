/**
 * Pinyin keys for search. pinyin-pro gives every character its most likely reading; for names that is right nearly
 * always. Its dictionary is most of its size, so the page imports this module lazily, after the first paint, and
 * computes the keys in slices that leave the browser free to draw and answer input in between.
 */
import { pinyin } from 'pinyin-pro';
import { plainKeys, type PinyinKeys } from './search.ts';

const HAN = /\p{Script=Han}/u;

/** `复建村` → { full: 'fujiancun', initials: 'fjc' }; non-Han characters are kept as they are, lower-cased. */
export function toPinyinKeys(name: string): PinyinKeys {
  if (!HAN.test(name)) return plainKeys(name);
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const clean = syllables.map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, '')).filter(Boolean);
  return { full: clean.join(''), initials: clean.map((s) => s[0]).join('') };
}

/** The keys of every name, `slice` names at a time with a yield to the browser between slices. */
export async function toPinyinKeysInSlices(names: string[], slice = 1000): Promise<PinyinKeys[]> {
  const keys: PinyinKeys[] = [];
  for (let i = 0; i < names.length; i += slice) {
    for (const name of names.slice(i, i + slice)) keys.push(toPinyinKeys(name));
    if (i + slice < names.length) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return keys;
}
