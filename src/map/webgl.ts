/**
 * WebGL checks without a probe context of their own (creating one costs a GPU round trip on the
 * first screen). MapLibre 5 draws with WebGL2 and falls back to WebGL1; its constructor throws
 * "Failed to initialize WebGL" when there is neither. deck.gl / luma.gl 9 need WebGL2.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Whether an error thrown while creating the map means this browser has no WebGL at all. */
export function isNoWebglError(error: unknown): boolean {
  return error instanceof Error && /WebGL/i.test(error.message);
}

/**
 * Whether the map draws with WebGL2. `getContext` with the type the canvas already has returns that
 * context; with another type it returns null, so this never creates a context.
 */
export function mapUsesWebgl2(map: MapLibreMap): boolean {
  return map.getCanvas().getContext('webgl2') !== null;
}
