/**
 * The one live map, for features outside the map module that must read or set the camera (the URL
 * module's share links, the directory's "in view" filter). The camera stays in MapLibre: this only
 * hands out the instance; nothing here copies the camera into a store.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

let active: MapLibreMap | null = null;
const listeners = new Set<(map: MapLibreMap | null) => void>();

/** Called by map-view when the map is created (and with null when it is removed). */
export function setActiveMap(map: MapLibreMap | null): void {
  active = map;
  listeners.forEach((l) => l(map));
}

export function activeMap(): MapLibreMap | null {
  return active;
}

/** Calls `listener` with the map now and whenever it changes; returns an unsubscribe function. */
export function onActiveMap(listener: (map: MapLibreMap | null) => void): () => void {
  listeners.add(listener);
  listener(active);
  return () => listeners.delete(listener);
}
