/** The live map (src/map/active-map.ts) for the directory: the instance, its box on the page, and which records it shows. */
import { useEffect, useMemo, useState, type RefObject } from 'react';
import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { frameBounds } from '../../map/camera';
import { activeMap, onActiveMap } from '../../map/active-map';
import type { RecordRow } from '../../data/filter';
import { inBox, uncoveredBox, type Box } from './in-view';

export function useActiveMap(): MapLibreMap | null {
  const [map, setMap] = useState(activeMap);
  useEffect(() => {
    const off = onActiveMap((m) => setMap(() => m));
    return () => {
      off();
    };
  }, []);
  return map;
}

const boxOf = (el: Element): Box => {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
};

/** The map's box in the viewport (null without a map), kept up to date as the layout changes. */
export function useMapBox(map: MapLibreMap | null): Box | null {
  const [box, setBox] = useState<Box | null>(() => (map ? boxOf(map.getContainer()) : null));
  useEffect(() => {
    if (!map) {
      setBox(null);
      return;
    }
    const el = map.getContainer();
    const measure = () => setBox(boxOf(el));
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    window.addEventListener('resize', measure);
    measure();
    return () => {
      ro.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [map]);
  return box;
}

/**
 * When `enabled`, the ids of the rows whose point is in the part of the map the reader sees (the map
 * less the panel over it), recomputed when the camera stops and when the map or the panel is resized;
 * else null. Rows without a position are never in view.
 */
export function useInViewIds(rows: readonly RecordRow[], enabled: boolean, map: MapLibreMap | null, panel: RefObject<HTMLElement | null>): Set<string> | null {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!enabled || !map) return;
    const bump = () => setVersion((v) => v + 1);
    map.on('moveend', bump);
    map.on('resize', bump);
    const ro = new ResizeObserver(bump);
    if (panel.current) ro.observe(panel.current);
    return () => {
      map.off('moveend', bump);
      map.off('resize', bump);
      ro.disconnect();
    };
  }, [enabled, map, panel]);
  return useMemo(() => {
    if (!enabled || !map) return null;
    void version;
    const mapBox = boxOf(map.getContainer());
    const seen = uncoveredBox(mapBox, panel.current ? boxOf(panel.current) : null);
    const ids = new Set<string>();
    for (const r of rows) {
      if (!r.position) continue;
      const p = map.project(r.position);
      if (inBox(seen, mapBox.left + p.x, mapBox.top + p.y)) ids.add(r.id);
    }
    return ids;
  }, [enabled, map, rows, version, panel]);
}

/** The padding that keeps the map's centre in the part `panel` leaves uncovered, or null if the map has it already. */
function paddingChange(map: MapLibreMap, panel: Element): PaddingOptions | null {
  const m = boxOf(map.getContainer());
  const seen = uncoveredBox(m, boxOf(panel));
  const padding = { left: seen.left - m.left, top: seen.top - m.top, right: m.right - seen.right, bottom: m.bottom - seen.bottom };
  const now = map.getPadding();
  const same = (['left', 'top', 'right', 'bottom'] as const).every((k) => Math.abs((now[k] ?? 0) - padding[k]) < 1);
  return same ? null : padding;
}

/**
 * Frames `bounds` in the part of the map `panel` leaves uncovered, as the panel is laid out now: the
 * padding is brought up to date first (the panel may just have grown, and its resize callback comes
 * later), so the framing is computed against the padding it will keep.
 */
export function frameBeside(map: MapLibreMap, panel: Element, bounds: [number, number, number, number]): void {
  padBeside(map, panel);
  frameBounds(map, bounds);
}

/**
 * Brings the map's padding up to the part `panel` covers now, at once. Call it before a framing: a
 * framing started while the panel's first padding is still easing in stops that ease part-way, and
 * would be computed (and left) against a padding that no longer changes.
 */
export function padBeside(map: MapLibreMap, panel: Element): void {
  const padding = paddingChange(map, panel);
  if (padding) map.setPadding(padding);
}

/**
 * While the panel lies over the map, the map's padding is the part it covers, so that framing a
 * selection (and the map's centre) falls in the part the reader sees; the padding goes when the
 * panel does. The camera itself stays in MapLibre: only its padding is set here.
 */
export function useMapPadding(map: MapLibreMap | null, panel: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = panel.current;
    if (!map || !el) return;
    let first = true;
    let deferred = false;
    let alive = true;
    const apply = () => {
      if (!alive) return;
      // Setting the padding is a camera jump: during a move (a framing the panel itself started, such as
      // the timeline's year) it would cancel that move; wait for it to end instead.
      if (map.isMoving()) {
        if (!deferred) {
          deferred = true;
          map.once('moveend', () => {
            deferred = false;
            apply();
          });
        }
        return;
      }
      const padding = paddingChange(map, el);
      if (!padding) return;
      if (first) map.easeTo({ padding, duration: 300 });
      else map.setPadding(padding);
      first = false;
    };
    const ro = new ResizeObserver(apply);
    ro.observe(el);
    ro.observe(map.getContainer());
    return () => {
      ro.disconnect();
      alive = false;
      map.easeTo({ padding: { left: 0, top: 0, right: 0, bottom: 0 }, duration: 300 });
    };
  }, [map, panel]);
}
