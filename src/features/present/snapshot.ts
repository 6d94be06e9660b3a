/**
 * The view a presenter had before starting, so that leaving returns to exactly it: the camera (read
 * from the live map, never stored), the selection and its trail, the spotlight, the filters and hidden
 * plans, the open panels (plan outline, source reader, directory) and the language. Pure except
 * `restoreView`, which puts a snapshot back on the store and the map.
 */
import type { AtlasState } from '../../store';
import { NO_FILTERS } from '../../store/filters';
import { holdCamera } from '../../map/camera';
import type { Camera } from '../../url/link-start';

/** The store fields a presentation changes and a snapshot keeps. */
export const SNAPSHOT_FIELDS = [
  'selectedId', 'trail', 'spotlight', 'hiddenPlans', 'filters', 'planViewId', 'readerCitation', 'directoryOpen', 'directoryInView', 'lang',
] as const;

type Field = (typeof SNAPSHOT_FIELDS)[number];
export type StoreView = Pick<AtlasState, Field>;

export interface PriorView {
  /** null when there is no map (no WebGL): nothing to put back. */
  camera: Camera | null;
  store: StoreView;
}

export interface CameraSource {
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  getBearing(): number;
  getPitch(): number;
}

export function cameraOf(map: CameraSource): Camera {
  const c = map.getCenter();
  return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
}

/** Copies (arrays and objects are copied, so later changes to the store cannot reach the snapshot). */
export function takeSnapshot(state: AtlasState, map: CameraSource | null): PriorView {
  const store = {} as Record<Field, unknown>;
  for (const k of SNAPSHOT_FIELDS) {
    const v = state[k];
    store[k] = Array.isArray(v) ? [...v] : v && typeof v === 'object' ? structuredClone(v) : v;
  }
  return { camera: map ? cameraOf(map) : null, store: store as StoreView };
}

/**
 * What presenting starts from: no selection, no spotlight, every plan shown and no filter (a step's
 * zones must never be hidden), and the panels closed (the map fills the room's screen).
 */
export function presentingPatch(): Partial<AtlasState> {
  return {
    selectedId: null, trail: [], hoveredId: null, spotlight: null, hiddenPlans: [], filters: NO_FILTERS,
    planViewId: null, readerCitation: null, directoryOpen: false,
  };
}

/** The store patch that puts a snapshot back (the language included). */
export function restorePatch(prior: PriorView): Partial<AtlasState> {
  return { ...prior.store, hoveredId: null };
}

/** Whether the store holds the snapshot's view again (for the presenter's own check and tests). */
export function sameView(state: AtlasState, prior: PriorView): boolean {
  return SNAPSHOT_FIELDS.every((k) => JSON.stringify(state[k]) === JSON.stringify(prior.store[k]));
}

/**
 * Puts the snapshot back: the store at once (the selection held so that it does not re-frame; held
 * again after the set, since the URL sync releases a hold on a selection change it did not make),
 * then the camera, jumped to.
 */
export function restoreView(prior: PriorView, setState: (patch: Partial<AtlasState>) => void, map: { jumpTo(camera: Camera): unknown } | null): void {
  holdCamera(prior.store.selectedId);
  setState(restorePatch(prior));
  holdCamera(prior.store.selectedId);
  if (map && prior.camera) map.jumpTo({ ...prior.camera });
}
