/**
 * Picking zone B with a click on the map: while on, the compare tool owns the pointer (the store's
 * mapTool is 'compare', so the map neither selects nor hovers), the cursor is a crosshair, a click
 * picks the smallest zone under it other than `exclude` (as the map's own picking prefers the
 * smallest), and Escape — wherever the focus is — or another tool taking the pointer stops picking.
 */
import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { atlasData } from '../../data/atlas-data';
import { useAtlasStore } from '../../store';

/** The zone to pick among those under the pointer: the smallest, other than `exclude`. */
export function smallestZone(ids: readonly string[], areaKm2: Record<string, number>, exclude: string | null): string | null {
  const zones = [...new Set(ids)].filter((id) => id !== exclude).sort((x, y) => (areaKm2[x] ?? 0) - (areaKm2[y] ?? 0));
  return zones[0] ?? null;
}

export function useMapPick(map: MapLibreMap | null, on: boolean, exclude: string | null, pick: (id: string) => void, stop: () => void): void {
  const handlers = useRef({ pick, stop });
  handlers.current = { pick, stop };
  useEffect(() => {
    if (!map || !on) return;
    const store = useAtlasStore.getState();
    store.setMapTool('compare');
    const canvas = map.getCanvasContainer();
    canvas.classList.add('compare-picking-cursor');
    const onClick = (e: MapMouseEvent) => {
      const hits = map.getLayer('zones-fill') ? map.queryRenderedFeatures(e.point, { layers: ['zones-fill'] }) : [];
      const id = smallestZone(hits.map((f) => String(f.properties.id)), atlasData().derived.areaKm2, exclude);
      if (id) handlers.current.pick(id);
    };
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      handlers.current.stop();
    };
    map.on('click', onClick);
    document.addEventListener('keydown', onKey, true);
    // Another tool that takes the pointer (measure, reach) ends picking: one tool at a time.
    const unsubscribe = useAtlasStore.subscribe((st) => {
      if (st.mapTool !== 'compare') handlers.current.stop();
    });
    return () => {
      unsubscribe();
      map.off('click', onClick);
      document.removeEventListener('keydown', onKey, true);
      canvas.classList.remove('compare-picking-cursor');
      if (useAtlasStore.getState().mapTool === 'compare') useAtlasStore.getState().setMapTool(null);
    };
  }, [map, on, exclude]);
}
