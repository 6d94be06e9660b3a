/**
 * The label font ships with the app (@fontsource/noto-sans-sc, split by unicode-range), so labels
 * render offline. Nothing waits for it: the first screen's glyphs come prebuilt from it
 * (./prebuilt-glyphs.ts), any other glyph is drawn at once in the system sans-serif,
 * and `useLabelFont` switches the labels to Noto Sans SC when the subsets covering their text arrive
 * (canvas text, as deck.gl and MapLibre draw it, does not trigger web-font loading by itself).
 */
import { useEffect, useState } from 'react';
import { BASEMAP_FONT } from './basemap';

export const LABEL_FONT_FAMILY = 'Noto Sans SC';
export const LABEL_FONT_STACK = `"${LABEL_FONT_FAMILY}", sans-serif`;
/**
 * MapLibre's glyph cache is keyed by font stack (`text-font` joined by commas): the labels' own, and the
 * equivalent one they move to when the web font has loaded, so that their glyphs are drawn again
 * (map-view.tsx). The prebuilt glyphs (./prebuilt-glyphs.ts) go into both.
 */
export const LABEL_FONT_STACKS = [BASEMAP_FONT.join(','), [...BASEMAP_FONT, 'sans-serif'].join(',')];
/** What labels are drawn in until the web font has loaded. */
export const FALLBACK_FONT_STACK = 'sans-serif';

let fontCss: Promise<unknown> | null = null;

/** Loads the font's CSS (101 unicode-range faces) off the first screen's path, once. */
export function loadFontCss(): Promise<unknown> {
  fontCss ??= import('@fontsource/noto-sans-sc/400.css').catch(() => undefined);
  return fontCss;
}

export async function loadLabelFont(texts: Iterable<string>, timeoutMs = 8000): Promise<boolean> {
  if (typeof document === 'undefined' || !document.fonts) return false;
  await loadFontCss();
  const chars = [...new Set([...texts].join(''))].join('') || '上海';
  const loads = document.fonts.load(`400 16px "${LABEL_FONT_FAMILY}"`, chars).then((faces) => faces.length > 0);
  return Promise.race([loads, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs))]).catch(() => false);
}

/** The font stack to draw labels in: the fallback first, Noto Sans SC once it covers `texts`. */
export function useLabelFont(texts: readonly string[] | null): string {
  const [ready, setReady] = useState(false);
  const key = texts?.join('') ?? '';
  useEffect(() => {
    if (!key) return;
    let live = true;
    loadLabelFont([key]).then((ok) => live && ok && setReady(true));
    return () => {
      live = false;
    };
  }, [key]);
  return ready ? LABEL_FONT_STACK : FALLBACK_FONT_STACK;
}
