/**
 * Chinese (and all other) text in the PDF, in the bundled font: the Noto Sans SC subsets that hold the
 * document's characters are fetched (the same WOFF files the app's CSS serves), unwrapped to TrueType
 * (./woff.ts) and embedded; jsPDF keeps only the glyphs used and writes a ToUnicode map, so the text
 * extracts as Chinese. One jsPDF font per subset: text is drawn in runs (./font-subsets.ts).
 */
import type { jsPDF } from 'jspdf';
import { runsBySubset, subsetFileKey, type SubsetIndex } from './font-subsets';
import { woffToSfnt } from './woff';
import { binaryString } from './bytes';
import { wrapText } from './wrap-text';

/** WOFF bytes of one subset by its file key ("57", "latin"). */
export type WoffLoader = (fileKey: string) => Promise<Uint8Array>;

export interface PdfText {
  /** Draws one line at the baseline (x, y), in the current size and colour. */
  draw: (text: string, x: number, y: number) => void;
  width: (text: string) => number;
  /** `text` broken into lines of at most `maxWidth` (in the current size). */
  lines: (text: string, maxWidth: number) => string[];
}

const fontName = (key: string) => `noto-sans-sc-${subsetFileKey(key)}`;

/** Embeds the subsets `texts` need into `doc` and returns a writer of text in them. */
export async function embedFonts(doc: jsPDF, texts: Iterable<string>, index: SubsetIndex, load: WoffLoader): Promise<PdfText> {
  const keys = new Set<string>();
  for (const char of new Set([...texts].join(''))) {
    const key = index.subsetOf(char);
    if (key) keys.add(key);
  }
  const fonts = await Promise.all([...keys].map(async (key) => ({ key, ttf: await woffToSfnt(await load(subsetFileKey(key))) })));
  for (const { key, ttf } of fonts) {
    doc.addFileToVFS(`${fontName(key)}.ttf`, binaryString(ttf));
    doc.addFont(`${fontName(key)}.ttf`, fontName(key), 'normal', 'normal', 'Identity-H');
  }
  // A character no subset holds is drawn in the first font (an empty box: the unit tests keep the tours' text covered).
  const fallback = fonts[0] ? fontName(fonts[0].key) : 'helvetica';
  const runs = (text: string) => runsBySubset(text, index).map((r) => ({ font: r.key ? fontName(r.key) : fallback, text: r.text }));
  const width = (text: string) =>
    runs(text).reduce((w, r) => {
      doc.setFont(r.font, 'normal');
      return w + doc.getTextWidth(r.text);
    }, 0);
  const draw = (text: string, x: number, y: number) => {
    let at = x;
    for (const r of runs(text)) {
      doc.setFont(r.font, 'normal');
      doc.text(r.text, at, y);
      at += doc.getTextWidth(r.text);
    }
  };
  return { draw, width, lines: (text, maxWidth) => wrapText(text, maxWidth, width) };
}
