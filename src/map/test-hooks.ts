/**
 * Hooks that only the end-to-end test build has (`vite build --mode e2e`): the live map on
 * `window.__atlasMap`, and a preserved drawing buffer so that tests can read the map's pixels.
 * In a production build `TEST_HOOKS` is the constant `false` and both are removed.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export const TEST_HOOKS: boolean = import.meta.env.MODE === 'e2e';

declare global {
  interface Window {
    /** The live map, in the e2e test build only (read it, don't drive it). */
    __atlasMap?: MapLibreMap;
    /** A shell region (src/ui/error-boundary.tsx) made to throw on its next render, e2e build only. */
    __atlasFailRegion?: string;
  }
}

export function exposeForTests(map: MapLibreMap): void {
  if (TEST_HOOKS) window.__atlasMap = map;
}
