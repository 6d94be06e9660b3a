/**
 * The scale bar of a map image: metres per CSS pixel at the map's centre latitude (Web Mercator,
 * MapLibre's 512-pixel tiles), and the longest round length (1, 2 or 5 × 10ⁿ m) that fits. Pure.
 */

/** The Earth's equatorial circumference in metres (WGS 84). */
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
/** MapLibre's world is 512 CSS pixels wide at zoom 0. */
const WORLD_PX_AT_Z0 = 512;

export function metresPerPixel(latitude: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (WORLD_PX_AT_Z0 * 2 ** zoom);
}

export interface ScaleBar {
  metres: number;
  /** Its length in CSS pixels. */
  px: number;
  label: string;
}

/** The longest round length that is at most `maxPx` CSS pixels long on the map. */
export function scaleBar(latitude: number, zoom: number, maxPx: number): ScaleBar {
  const mpp = metresPerPixel(latitude, zoom);
  const maxMetres = mpp * maxPx;
  const magnitude = 10 ** Math.floor(Math.log10(maxMetres));
  const metres = [5, 2, 1].map((f) => f * magnitude).find((m) => m <= maxMetres) ?? magnitude;
  return { metres, px: metres / mpp, label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` };
}
