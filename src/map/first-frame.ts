/**
 * The first view is drawn once, complete, instead of frame by frame as its tiles arrive.
 *
 * MapLibre redraws after every tile, image and glyph arrival. With software WebGL (SwiftShader, as on
 * the development machine and on many machines without a GPU) each of those frames is rasterised on
 * the CPU and read back for the compositor (60–280 ms each), on the same cores that are still parsing
 * the tiles; the first view took 9–10 such frames, each showing a partial map. While the hold is on,
 * MapLibre does everything else as usual (requests and places tiles, fires `render`, `load` and
 * `idle`) but draws nothing after its first, empty frame; `release` draws the complete view in the next frame (measured in
 * docs/PERFORMANCE.md). The map region shows its loading message until then.
 *
 * This patches a private member (`Map.painter.render`, MapLibre 5): if it is not there the map simply
 * draws as it always did. The hold ends by itself after `maxMs`, so the map is never left blank.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

type Painter = { render: (...args: unknown[]) => unknown };

/** Holds the map's drawing; returns `release` (idempotent), which draws the current view. */
export function holdFirstFrames(map: MapLibreMap, maxMs: number): () => void {
  const painter = (map as unknown as { painter?: Painter }).painter;
  if (!painter || typeof painter.render !== 'function') return () => undefined;
  const render = painter.render;
  const own = Object.prototype.hasOwnProperty.call(painter, 'render');
  let held = true;
  let frames = 0;
  // The first frame (the background, before any tile) goes through: MapLibre's painter keeps
  // references it sets there (the style, the image and glyph managers) that loading tiles read.
  painter.render = function heldRender(this: Painter, ...args: unknown[]) {
    return held && frames++ > 0 ? undefined : render.apply(this, args);
  };
  const release = () => {
    if (!held) return;
    held = false;
    clearTimeout(timer);
    if (own) painter.render = render;
    else delete (painter as Partial<Painter>).render;
    map.triggerRepaint();
  };
  const timer = setTimeout(release, maxMs);
  return release;
}
