/**
 * The label font ships with the app (@fontsource/noto-sans-sc, split by unicode-range), so labels
 * render offline. MapLibre and deck.gl draw glyphs on a canvas, which does not trigger web-font
 * loading: load the subsets covering the label text first. Gives up quietly after `timeoutMs`.
 */
export const LABEL_FONT_FAMILY = 'Noto Sans SC';
export const LABEL_FONT_STACK = `"${LABEL_FONT_FAMILY}", sans-serif`;

export async function loadLabelFont(texts: Iterable<string>, timeoutMs = 4000): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  const chars = [...new Set([...texts].join(''))].join('');
  const loads = Promise.all(
    ['400'].map((weight) => document.fonts.load(`${weight} 16px "${LABEL_FONT_FAMILY}"`, chars || '上海')),
  );
  await Promise.race([loads, new Promise((resolve) => setTimeout(resolve, timeoutMs))]).catch(() => undefined);
}
