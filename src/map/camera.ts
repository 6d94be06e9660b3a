/** Moves the camera to frame a selection. The camera lives in MapLibre, never in the store. */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Initial view: central Shanghai down to Minhang, so every plan's zones are on screen. */
export const INITIAL_VIEW = { center: [121.46, 31.16] as [number, number], zoom: 10.2 };

export function frameBounds(map: MapLibreMap, bounds: [number, number, number, number], maxZoom = 15.5): void {
  const [w, s, e, n] = bounds;
  const point = w === e && s === n;
  if (point) {
    map.easeTo({ center: [w, s], zoom: Math.max(map.getZoom(), 14.5), duration: 600 });
    return;
  }
  map.fitBounds([[w, s], [e, n]], { padding: 60, maxZoom, duration: 600 });
}

/**
 * A selection restored together with its camera (a share link, Back/Forward): the camera the link
 * carried is the view, so the camera does not re-frame that selection. The URL module holds it when
 * it restores a view, and releases it when the reader selects something else.
 */
let held: { id: string | null } | null = null;

export function holdCamera(selectedId: string | null): void {
  held = { id: selectedId };
}

export function releaseCamera(): void {
  held = null;
}

/** Whether the camera should leave `selectedId` where the restored view put it. */
export function cameraHeldFor(selectedId: string | null): boolean {
  return held !== null && held.id === selectedId;
}
