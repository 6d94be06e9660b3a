/**
 * Text → search terms, for the index and for the query alike: Chinese as character bigrams (so that
 * any part of a name matches: 硅巷 in 上海硅巷), Latin words, and pinyin — full syllables and initials —
 * as runs of syllables joined from each syllable on (so that guixiang and shgx both find 上海硅巷 by
 * prefix). Traditional input is read as Simplified with OpenCC (the same HK → CN converter the data
 * scripts used for the Traditional seeds). Pure; shared by the app and bench/search.ts.
 */
import { pinyin } from 'pinyin-pro';
import { ConverterFactory } from 'opencc-js/core';
import fromHk from 'opencc-js/from/hk';
import toCn from 'opencc-js/to/cn';

/** Traditional → Simplified (phrases, then characters). */
export const toSimplified: (text: string) => string = ConverterFactory(fromHk, toCn);

/** Han runs, or runs of other letters and digits (Latin words, numbers). */
const RUNS = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;
const HAS_HAN = /\p{Script=Han}/u;

/** Longest syllable run indexed from one syllable (a longer pinyin query matches no name). */
export const MAX_PINYIN_SYLLABLES = 8;

export interface Runs {
  han: string[];
  latin: string[];
}

export function runsOf(text: string): Runs {
  const out: Runs = { han: [], latin: [] };
  for (const m of text.matchAll(RUNS)) {
    if (m[1]) out.han.push(m[1]);
    else out.latin.push(m[2].toLowerCase());
  }
  return out;
}

export const hasHan = (text: string): boolean => HAS_HAN.test(text);

/** What a person typed, as the index reads it: NFKC (full-width Latin), lower case, Simplified. */
export function normalizeQuery(query: string): string {
  const q = query.normalize('NFKC').toLowerCase().trim();
  return hasHan(q) ? toSimplified(q) : q;
}

/** Index terms of Chinese text: every bigram of each Han run and its last character, plus Latin words (NFKC: ㎡ is m2). */
export function hanIndexTerms(text: string): string[] {
  const { han, latin } = runsOf(text.normalize('NFKC'));
  const terms: string[] = [...latin];
  for (const r of han) {
    const chars = [...r];
    for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i] + chars[i + 1]);
    terms.push(chars[chars.length - 1]);
  }
  return terms;
}

/** Query terms of Chinese text: bigrams of each Han run (a single character stays one, searched as a prefix). */
export function hanQueryTerms(han: string): string[] {
  const chars = [...han];
  if (chars.length === 1) return chars;
  const terms: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i] + chars[i + 1]);
  return terms;
}

/** Toneless syllables of each Han run of `text` (ü as v), one per character. */
export function syllableRuns(text: string): string[][] {
  return runsOf(text).han.map((r) => pinyin(r, { toneType: 'none', type: 'array', v: true }));
}

/**
 * Pinyin index terms: from each syllable, the following syllables joined (`full`; `head`: those from
 * the first syllable of a Han run, where a name or a word after punctuation starts), and the same as
 * initials (two syllables or more).
 */
export function pinyinIndexTerms(text: string): { full: string[]; head: string[]; initials: string[]; whole: string } {
  const full: string[] = [];
  const head: string[] = [];
  const initials: string[] = [];
  let whole = '';
  for (const syllables of syllableRuns(text)) {
    whole += syllables.join('');
    const firsts = syllables.map((s) => s[0]);
    for (let i = 0; i < syllables.length; i++) {
      const end = Math.min(syllables.length, i + MAX_PINYIN_SYLLABLES);
      full.push(syllables.slice(i, end).join(''));
      if (end - i >= 2) initials.push(firsts.slice(i, end).join(''));
    }
    if (syllables.length) head.push(full[full.length - syllables.length]);
  }
  return { full, head, initials, whole };
}
