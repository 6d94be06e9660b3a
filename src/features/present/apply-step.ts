/**
 * One tour step on the live map (briefing mode, issue 10): its camera (`frame` these records or a
 * share link's `camera`), its spotlight and its focus record; resolves once the map is idle with the
 * step drawn. The presenter and the handout's PDF (src/features/handout) both use it.
 */
import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { AtlasData } from '../../data/atlas-data';
import type { TourStep, TourView } from '../../data/tour-types';
import type { Bounds } from '../../data/derive';
import { useAtlasStore } from '../../store';
import { holdCamera } from '../../map/camera';
import { boundsOf, hiddenZonesFor, placePoints, placesFor, type PlacePoint } from '../../map/map-data';
import { parseCamera, type Camera } from '../../url/link-start';

export interface ApplyStepOptions {
  /** Fly to the step (false: jump). A reader who prefers reduced motion always gets the jump. */
  animate: boolean;
  /**
   * Parts of the map covered by interface (the presenter's caption band): the step is framed in the
   * rest. Not kept on the map: it only shapes this step's camera.
   */
  padding?: Partial<PaddingOptions>;
  /** Longest flight, in ms (default 2500). */
  maxDuration?: number;
  /** Aborted (the presenter moved on or left): the camera is not moved, the promise still resolves. */
  signal?: AbortSignal;
}

/** A framed step never zooms closer than this (one building fills the screen beyond). */
export const FRAME_MAX_ZOOM = 15.5;
/** A framed single point (a place at its own address) is shown at this zoom. */
export const POINT_ZOOM = 15;
/** Space kept around framed records, inside any covered parts. */
export const FRAME_MARGIN = 48;

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The places as the map draws them now (the store's filters and hidden plans), by id. */
export function drawnPlaces(data: AtlasData): Map<string, PlacePoint> {
  const { filters, hiddenPlans } = useAtlasStore.getState();
  const places = placesFor(data, hiddenZonesFor(data, filters, hiddenPlans), filters, hiddenPlans);
  return new Map(places.map((p) => [p.id, p]));
}

/**
 * The bounds a `frame` view fits: its records as the map draws them; when the filters hide all of
 * them, their places wherever they can be shown (the step must still show its area).
 */
export function frameBoundsOf(data: AtlasData, ids: readonly string[]): Bounds | null {
  const drawn = boundsOf(ids, data.derived, drawnPlaces(data));
  if (drawn) return drawn;
  const all = placePoints(data.atlas, data.derived, new Set());
  return boundsOf(ids, data.derived, new Map(all.map((p) => [p.id, p])));
}

/** A step's `camera` value, or an Error naming it (the tours are validated at build: this is a guard). */
export function stepCamera(view: TourView): Camera | null {
  if (!('camera' in view)) return null;
  const camera = parseCamera(view.camera);
  if (!camera) throw new Error(`tour step camera "${view.camera}" does not read as lng,lat,zoom[,bearing[,pitch]]`);
  return camera;
}

const fullPadding = (p: Partial<PaddingOptions> | undefined): { top: number; bottom: number; left: number; right: number } => ({
  top: (p?.top ?? 0) + FRAME_MARGIN,
  bottom: (p?.bottom ?? 0) + FRAME_MARGIN,
  left: (p?.left ?? 0) + FRAME_MARGIN,
  right: (p?.right ?? 0) + FRAME_MARGIN,
});

const mercX = (lng: number) => (lng + 180) / 360;
const mercY = (lat: number) => {
  const r = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2;
};

/**
 * The highest zoom (at most `zoom`) at which `bounds` fit in a `width` × `height` box centred on
 * `center` (north up, no pitch; MapLibre's 512 px world). A camera step keeps its centre and its
 * zoom when its highlights fit; on a smaller screen it zooms out just enough to show them.
 */
export function zoomToShow(center: [number, number], zoom: number, bounds: Bounds, width: number, height: number): number {
  const [w, s, e, n] = bounds;
  const cx = mercX(center[0]);
  const cy = mercY(center[1]);
  const dx = Math.max(Math.abs(mercX(w) - cx), Math.abs(mercX(e) - cx)) * 512;
  const dy = Math.max(Math.abs(mercY(s) - cy), Math.abs(mercY(n) - cy)) * 512;
  let z = zoom;
  if (dx > 0 && width > 0) z = Math.min(z, Math.log2(width / 2 / dx));
  if (dy > 0 && height > 0) z = Math.min(z, Math.log2(height / 2 / dy));
  return Math.max(0, z);
}

/** Resolves when the map has stopped moving and drawn an idle frame (sources loaded, nothing pending). */
export function whenSettled(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (map.isMoving()) {
        map.once('moveend', check);
        return;
      }
      map.once('idle', () => (map.isMoving() ? map.once('moveend', check) : resolve()));
      map.triggerRepaint();
    };
    check();
  });
}

/** Lets React commit the store change and the map view send it to the map (setData, feature-state). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function applyStep(map: MapLibreMap, data: AtlasData, step: TourStep, options: ApplyStepOptions): Promise<void> {
  const animate = options.animate && !prefersReducedMotion();
  const store = useAtlasStore.getState();

  // Spotlight (guarded: the store gained it in issue 10).
  (store as Partial<{ setSpotlight: (ids: readonly string[] | null) => void }>).setSpotlight?.(step.highlight);

  // The focus record opens without re-framing over the step's camera. The URL sync releases a held
  // camera when the selection changes (it runs inside `select`), so it is held again right after.
  const focus = step.focus ?? null;
  holdCamera(focus);
  store.select(focus);
  holdCamera(focus);

  await nextTask();
  if (options.signal?.aborted) return;

  const duration = { maxDuration: options.maxDuration ?? 2500 };
  const camera = stepCamera(step.view);
  if (camera) {
    // The step's camera centred in the uncovered part of the map.
    const p = options.padding;
    const offset: [number, number] = [((p?.left ?? 0) - (p?.right ?? 0)) / 2, ((p?.top ?? 0) - (p?.bottom ?? 0)) / 2];
    let zoom = camera.zoom;
    const lit = camera.bearing === 0 && camera.pitch === 0 && step.highlight.length ? frameBoundsOf(data, step.highlight) : null;
    if (lit) {
      const pad = fullPadding(p);
      const { clientWidth, clientHeight } = map.getContainer();
      zoom = zoomToShow(camera.center, zoom, lit, clientWidth - pad.left - pad.right, clientHeight - pad.top - pad.bottom);
    }
    const target = { center: camera.center, zoom, bearing: camera.bearing, pitch: camera.pitch, offset };
    if (animate) map.flyTo({ ...target, ...duration });
    else map.easeTo({ ...target, duration: 0 });
  } else {
    const ids = 'frame' in step.view ? step.view.frame : [];
    const b = frameBoundsOf(data, ids);
    if (b) {
      const [w, s, e, n] = b;
      const point = w === e && s === n;
      const fitted = map.cameraForBounds([[w, s], [e, n]], { padding: fullPadding(options.padding), maxZoom: point ? POINT_ZOOM : FRAME_MAX_ZOOM, bearing: 0 });
      if (fitted) {
        const target = { center: fitted.center, zoom: fitted.zoom ?? map.getZoom(), bearing: 0, pitch: 0 };
        if (animate) map.flyTo({ ...target, ...duration });
        else map.jumpTo(target);
      }
    }
  }
  await whenSettled(map);
}
