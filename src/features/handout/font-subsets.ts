/**
 * Which of the bundled font's unicode-range subsets (@fontsource/noto-sans-sc, 400 weight, the faces
 * the app's CSS loads) holds each character, so that a PDF fetches and embeds only the subsets its
 * text needs. Pure: the ranges are `unicode.json` of the package ("U+4e00-4e5f,U+4e8c" per subset).
 */

export interface SubsetRanges {
  /** The subset's key in unicode.json ("[57]", "latin"). */
  key: string;
  ranges: [number, number][];
}

export function parseUnicodeRanges(json: Record<string, string>): SubsetRanges[] {
  return Object.entries(json).map(([key, list]) => ({
    key,
    ranges: list.split(',').map((part) => {
      const [lo, hi = lo] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(lo, 16), parseInt(hi, 16)] as [number, number];
    }),
  }));
}

/** The subset file's name part: "[57]" → "57", "latin" → "latin". */
export const subsetFileKey = (key: string) => key.replace(/^\[|\]$/g, '');

export interface SubsetIndex {
  /** The subset holding the character, or null if the font has none. */
  subsetOf: (char: string) => string | null;
}

export function subsetIndex(subsets: readonly SubsetRanges[]): SubsetIndex {
  // Some ranges overlap (a few Latin letters are in two subsets): the first subset listed wins.
  const byCodePoint = new Map<number, string>();
  for (const { key, ranges } of subsets) {
    for (const [lo, hi] of ranges) for (let cp = lo; cp <= hi; cp++) if (!byCodePoint.has(cp)) byCodePoint.set(cp, key);
  }
  return { subsetOf: (char) => byCodePoint.get(char.codePointAt(0)!) ?? null };
}

/** Consecutive characters held by the same subset, as runs (null: no subset holds it). */
export function runsBySubset(text: string, index: SubsetIndex): { key: string | null; text: string }[] {
  const runs: { key: string | null; text: string }[] = [];
  for (const char of text) {
    const key = index.subsetOf(char);
    const last = runs[runs.length - 1];
    if (last && last.key === key) last.text += char;
    else runs.push({ key, text: char });
  }
  return runs;
}

/** The characters of `texts` that no subset holds (they would print as empty boxes). */
export function uncovered(texts: Iterable<string>, index: SubsetIndex): string[] {
  const chars = new Set([...texts].join(''));
  return [...chars].filter((c) => !/\s/.test(c) && index.subsetOf(c) === null);
}
