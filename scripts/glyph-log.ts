/**
 * What a page's map does with label glyphs, for scripts/build-glyphs.ts (which glyphs the first
 * screens need) and tests/e2e/glyphs.e2e.test.ts (that none of them is drawn locally). `logGlyphs` is
 * an init script for an e2e build (it runs before the page's own scripts and hooks the map when the app
 * exposes it as `window.__atlasMap`); it must stay self-contained, as it is sent to the page as text.
 */

/** Code points, each with whether the first screen had been drawn yet (`atlas:zones-visible`). */
export interface GlyphLog {
  /** Asked of MapLibre's glyph manager by its worker. */
  asked: [number, boolean][];
  /** Drawn by the glyph manager on the main thread (TinySDF). */
  drawn: [number, boolean][];
}

export function logGlyphs(): void {
  type Manager = { getGlyphs: (r: Record<string, number[]>) => Promise<unknown>; _drawGlyph: (e: unknown, s: string, id: number) => unknown };
  const log: GlyphLog = { asked: [], drawn: [] };
  (window as unknown as { __glyphLog: GlyphLog }).__glyphLog = log;
  const shown = () => performance.getEntriesByName('atlas:zones-visible').length > 0;
  let map: unknown;
  Object.defineProperty(window, '__atlasMap', {
    configurable: true,
    get: () => map,
    set(value: { style: { glyphManager: Manager } }) {
      map = value;
      const manager = value.style.glyphManager;
      const getGlyphs = manager.getGlyphs.bind(manager);
      const draw = manager._drawGlyph.bind(manager);
      manager.getGlyphs = (request) => {
        const s = shown();
        for (const ids of Object.values(request)) for (const id of ids) log.asked.push([id, s]);
        return getGlyphs(request);
      };
      manager._drawGlyph = (entry, stack, id) => {
        log.drawn.push([id, shown()]);
        return draw(entry, stack, id);
      };
    },
  });
}

/** For `page.evaluate`: the log `logGlyphs` keeps. */
export function readGlyphLog(): GlyphLog {
  return (window as unknown as { __glyphLog: GlyphLog }).__glyphLog;
}
