/**
 * The bundled font's subset files as the built app serves them (the WOFF faces of
 * @fontsource/noto-sans-sc, 400 weight: the same files the UI font's CSS points at), fetched from the
 * app's own origin only when a PDF is made. Browser only.
 */
import unicodeJson from '@fontsource/noto-sans-sc/unicode.json';
import { parseUnicodeRanges, subsetIndex, type SubsetIndex } from './font-subsets';
import type { WoffLoader } from './pdf-fonts';

const FILES = import.meta.glob('/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

const urlByKey = new Map(Object.entries(FILES).map(([path, url]) => [/noto-sans-sc-(.+)-400-normal\.woff$/.exec(path)![1], url]));

let index: SubsetIndex | null = null;
export function fontSubsets(): SubsetIndex {
  index ??= subsetIndex(parseUnicodeRanges(unicodeJson));
  return index;
}

export const loadWoff: WoffLoader = async (fileKey) => {
  const url = urlByKey.get(fileKey);
  if (!url) throw new Error(`font subset ${fileKey} is not in the build`);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`font subset ${fileKey}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
};
