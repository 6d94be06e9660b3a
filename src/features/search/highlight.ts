/**
 * Which part of a shown string a query matched, for the results' highlight: Chinese by substring
 * (in Simplified, so a Traditional sentence lights up too), Latin words at word starts, pinyin and
 * initials by pinyin-pro's `match` (so guixiang lights 硅巷 in 上海硅巷). A typo is lit through the
 * term the index matched (guixaing → guixiang). Ranges are [start, end) offsets into the string.
 */
import { match } from 'pinyin-pro';
import { hasHan, runsOf, toSimplified } from './terms';

export type Range = [number, number];

const LATIN_TERM = /^[a-z0-9]+$/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function occurrences(hay: string, needle: string, atWordStart: boolean): Range[] {
  const out: Range[] = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) {
    if (atWordStart && i > 0 && WORD_CHAR.test(hay[i - 1]) && !hasHan(hay[i - 1])) continue;
    out.push([i, i + needle.length]);
  }
  return out;
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Indices matched by a pinyin string, as ranges (null when it matches nowhere). */
function pinyinRanges(text: string, letters: string): Range[] | null {
  const hit = match(text, letters, { continuous: true, v: true, insensitive: true });
  return hit?.length ? merge(hit.map((i) => [i, i + 1])) : null;
}

/**
 * The ranges of `text` that a query lit (`normalized`: the query as the index read it; `terms`:
 * the index terms it matched). Empty when nothing in this string matched.
 */
export function highlightRanges(text: string, normalized: string, terms: readonly string[] = []): Range[] {
  const simplified = toSimplified(text);
  const hay = (simplified.length === text.length ? simplified : text).toLowerCase();
  const { han, latin } = runsOf(normalized);
  const ranges: Range[] = [];
  for (const run of han) {
    const whole = occurrences(hay, run, false);
    if (whole.length || run.length < 2) ranges.push(...whole);
    else for (let i = 0; i + 1 < run.length; i++) ranges.push(...occurrences(hay, run.slice(i, i + 2), false));
  }
  const words = new Set([...latin, ...terms.filter((t) => LATIN_TERM.test(t))]);
  for (const w of words) ranges.push(...occurrences(hay, w, true));
  if (!ranges.length && !han.length && latin.length && hasHan(text)) {
    for (const letters of [latin.join(''), ...words]) {
      const r = pinyinRanges(text, letters);
      if (r) return r;
    }
  }
  return merge(ranges);
}

/** A window of `text` around its first lit range, at most `width` characters, with the ranges moved. */
export function snippet(text: string, ranges: Range[], width = 64): { text: string; ranges: Range[]; cutStart: boolean; cutEnd: boolean } {
  if (text.length <= width) return { text, ranges, cutStart: false, cutEnd: false };
  const first = ranges[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - 12, text.length - width));
  const end = Math.min(text.length, start + width);
  const moved = ranges.filter(([a, b]) => b > start && a < end).map(([a, b]): Range => [Math.max(a, start) - start, Math.min(b, end) - start]);
  return { text: text.slice(start, end), ranges: moved, cutStart: start > 0, cutEnd: end < text.length };
}
