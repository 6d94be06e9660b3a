/**
 * The live map drawn again at a higher pixel ratio and copied out. The drawing buffer is not kept
 * for users (no preserveDrawingBuffer: src/map/map-view.tsx), so the pixels are read inside the
 * `render` event, while the frame just drawn is still in the buffer. The map's own pixel ratio (the
 * device's) is put back afterwards. MapLibre may lower a ratio whose canvas would exceed its maximum
 * canvas size: the copy then has fewer pixels, and is drawn scaled into the sheet.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

function nextIdle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

function copyNextFrame(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')!.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** The map's current view, `ratio` device pixels per CSS pixel. */
export async function renderMapImage(map: MapLibreMap, ratio: number): Promise<HTMLCanvasElement> {
  map.setPixelRatio(ratio);
  try {
    await nextIdle(map);
    return await copyNextFrame(map);
  } finally {
    // The map is made without a pixel ratio of its own (it follows the device's): null restores that.
    map.setPixelRatio(null as unknown as number);
  }
}

/** The map's size in CSS pixels (as MapLibre sizes its canvas). */
export function mapCssSize(map: MapLibreMap): { width: number; height: number } {
  const c = map.getContainer();
  return { width: c.clientWidth, height: c.clientHeight };
}
