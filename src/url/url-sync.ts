/**
 * The URL sync, loaded on demand at start (beside the data; ./use-url-state.ts starts it): keeps the
 * page URL, the store and (through the live map) the camera in step, so that a copied link reopens
 * the same view and Back/Forward walk through selections.
 *
 * - Opening: the link's language and camera were set before the first frame (./link-start.ts); the
 *   rest is read (./link-schema.ts) and checked against the data once they load (./link-check.ts),
 *   the reader's quote against its seed. What fails falls back to its default, and the notice names it.
 * - Writing: a selection change pushes a history entry; any other change of the view (filters,
 *   search, language, panels, the camera on `moveend`) replaces the current entry, debounced.
 * - Back/Forward (`popstate`): the entry's whole view is restored (camera included), without writing.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { loadAtlasData, loadSeedText, type AtlasData } from '../data/atlas-data';
import type { Citation } from '../data/schema';
import { useAtlasStore, type AtlasState } from '../store';
import { NO_FILTERS } from '../store/filters';
import { onActiveMap } from '../map/active-map';
import { fromDisplay, toDisplay } from '../map/projection';
import { cameraHeldFor, holdCamera, INITIAL_VIEW, releaseCamera } from '../map/camera';
import { parseLink, writeCamera, writeLink, type LinkView, type ParsedLink } from './link-schema';
import { MAX_LINK_CHARS, type Camera } from './link-start';
import { checkLink, checkTrail, quoteInSeed } from './link-check';
import { reportDroppedParts } from './link-notice';

/** Our key in `history.state` (the selection trail of that entry, for the panel's Back button). */
const HISTORY_KEY = 'atlasView';
/** Replacing writes wait this long after the last change (camera moves, typing). */
export const WRITE_DELAY_MS = 250;

const DEFAULT_CAMERA: Camera = { center: INITIAL_VIEW.center, zoom: INITIAL_VIEW.zoom, bearing: 0, pitch: 0 };
const DEFAULT_CAMERA_TEXT = writeCamera(DEFAULT_CAMERA);

const sameCitation = (a: Citation | null, b: Citation | null) => a === b || (!!a && !!b && a.seed === b.seed && a.quote === b.quote);

/** The camera as a link holds it: in WGS84 (the map's own centre is shifted while a GCJ-02 basemap is shown). */
function cameraOfMap(map: MapLibreMap): Camera {
  const c = map.getCenter();
  return { center: fromDisplay([c.lng, c.lat]), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
}

/** A link's camera as the map takes it (on the display datum). */
const onMap = (c: Camera) => ({ ...c, center: toDisplay(c.center) });

function viewOf(s: AtlasState, camera: Camera): LinkView {
  return {
    camera, selectedId: s.selectedId, hiddenPlans: s.hiddenPlans, filters: s.filters, searchQuery: s.searchQuery, lang: s.lang,
    readerCitation: s.readerCitation, planViewId: s.planViewId, directoryOpen: s.directoryOpen, directoryInView: s.directoryInView,
  };
}

const SHARED_FIELDS = ['hiddenPlans', 'filters', 'searchQuery', 'lang', 'readerCitation', 'planViewId', 'directoryOpen', 'directoryInView'] as const;

export interface UrlSync {
  stop: () => void;
  /** Writes any pending change to the URL now (before the link is copied). */
  flush: () => void;
  /**
   * Stops writing until the returned function is called (a presentation: its steps are not history);
   * resuming writes the view as it then is into the current entry, once.
   */
  pause: () => () => void;
  /** The absolute link of the view as it is now (the store and the live camera), written or not. */
  link: () => string;
}

/** Starts keeping the URL, the store and the camera in step (the opened link is restored first). */
export function startUrlSync(): UrlSync {
  const link = parseLink(location.search);
  let live = true;
  /** False until the opened link is restored: nothing is written before (it would drop the link's parts). */
  let ready = false;
  /** True while the module itself sets the store (a restore is never written back, nor pushed). */
  let applying = false;
  let map: MapLibreMap | null = null;
  let camera: Camera = link.view.camera ?? DEFAULT_CAMERA;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let restoreSeq = 0;
  /** Open pauses (`pause()`): nothing is written or pushed while any is. */
  let paused = 0;
  let data: AtlasData | null = null;

  const currentCamera = () => (map ? (camera = cameraOfMap(map)) : camera);
  const ownSearch = () => (location.search.length > MAX_LINK_CHARS ? '' : location.search);
  const urlOf = (view: LinkView) => `${location.pathname}${writeLink(view, DEFAULT_CAMERA_TEXT, ownSearch())}${location.hash}`;
  const entryState = (trail: string[]) => {
    const s: unknown = history.state;
    return { ...(s && typeof s === 'object' ? s : {}), [HISTORY_KEY]: { trail } };
  };
  const replaceEntry = (s: AtlasState) => {
    const url = urlOf(viewOf(s, currentCamera()));
    const here = `${location.pathname}${location.search}${location.hash}`;
    const trail = (history.state as Record<string, { trail?: string[] }> | null)?.[HISTORY_KEY]?.trail;
    if (url === here && trail && trail.join() === s.trail.join()) return;
    history.replaceState(entryState(s.trail), '', url);
  };
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  /** Writes the store's view into the current entry now (nothing before the opened link is restored). */
  const writeNow = () => {
    cancel();
    if (ready) replaceEntry(useAtlasStore.getState());
  };
  const schedule = () => {
    if (!ready || paused) return;
    cancel();
    timer = setTimeout(writeNow, WRITE_DELAY_MS);
  };
  const set = (patch: Partial<AtlasState>) => {
    applying = true;
    try {
      useAtlasStore.setState(patch);
    } finally {
      applying = false;
    }
  };

  /**
   * Puts a checked view in the store. `whole`: the view is a history entry, and what it leaves out is
   * the default (the camera included: it moves there); else (the opened link, whose camera was set
   * when the map was made) what it leaves out stays as it is.
   */
  const apply = (view: Partial<LinkView>, whole: boolean, trail: string[]) => {
    const s = useAtlasStore.getState();
    const patch: Partial<AtlasState> = {};
    const take = <K extends Exclude<keyof LinkView, 'camera'>>(key: K, fallback: LinkView[K]) => {
      if (key in view) (patch as Record<string, unknown>)[key] = view[key];
      else if (whole) (patch as Record<string, unknown>)[key] = fallback;
    };
    take('selectedId', null);
    if ('selectedId' in patch) patch.trail = patch.selectedId ? trail : [];
    take('hiddenPlans', []);
    take('filters', NO_FILTERS);
    take('searchQuery', '');
    take('lang', 'zh');
    take('planViewId', null);
    take('directoryOpen', false);
    take('directoryInView', false);
    // The reader opens once its quote is checked (below); a different one closes meanwhile.
    if ((whole || view.readerCitation) && !sameCitation(s.readerCitation, view.readerCitation ?? null)) patch.readerCitation = null;
    // The view's camera goes with its selection: the camera does not re-frame it.
    if (view.camera || whole) holdCamera(patch.selectedId === undefined ? s.selectedId : patch.selectedId);
    if (Object.keys(patch).length) set(patch);
    if (map && whole) map.jumpTo(onMap(view.camera ?? DEFAULT_CAMERA));
  };

  /** Opens the reader at the view's citation if its quote is in its seed; else names the reader in the notice. */
  const openReader = async (citation: Citation | null | undefined, seq: number): Promise<void> => {
    if (!citation || sameCitation(useAtlasStore.getState().readerCitation, citation)) return;
    let ok = false;
    try {
      ok = quoteInSeed(citation, await loadSeedText(citation.seed));
    } catch {
      ok = false;
    }
    if (!live || seq !== restoreSeq) return;
    if (ok) set({ readerCitation: citation });
    else reportDroppedParts(['reader']);
  };

  const restore = async (search: string, whole: boolean, trail: unknown, preParsed?: ParsedLink) => {
    const seq = ++restoreSeq;
    const d = data ?? (data = await loadAtlasData());
    if (!live || seq !== restoreSeq) return;
    const checked = checkLink(preParsed ?? parseLink(search), d);
    apply(checked.view, whole, checkTrail(trail, d));
    reportDroppedParts(checked.invalid);
    await openReader(checked.view.readerCitation, seq);
  };

  // The camera: the link's, the moment the map exists; then written on every `moveend`.
  const onMoveEnd = () => schedule();
  const stopMap = onActiveMap((m) => {
    map?.off('moveend', onMoveEnd);
    map = m;
    m?.on('moveend', onMoveEnd);
  });
  const stopStore = useAtlasStore.subscribe((s, prev) => {
    if (applying) return;
    if (s.selectedId !== prev.selectedId) {
      // A selection made with its camera held (holdCamera(id) before select(id)) keeps that camera.
      if (!cameraHeldFor(s.selectedId)) releaseCamera();
      if (!ready || paused) return;
      // The entry being left keeps the view as it was (with any change still pending); the new one is pushed.
      cancel();
      replaceEntry(prev);
      history.pushState({ [HISTORY_KEY]: { trail: s.trail } }, '', urlOf(viewOf(s, currentCamera())));
    } else if (SHARED_FIELDS.some((k) => s[k] !== prev[k])) {
      schedule();
    }
  });

  const onPopState = (e: PopStateEvent) => {
    if (!ready) return;
    cancel(); // a pending write belonged to the entry just left
    const trail = (e.state as Record<string, { trail?: unknown }> | null)?.[HISTORY_KEY]?.trail;
    restore(location.search, true, trail).catch((err: unknown) => console.warn('link:', (err as Error).message));
  };
  const onPageHide = () => timer !== undefined && writeNow();
  window.addEventListener('popstate', onPopState);
  window.addEventListener('pagehide', onPageHide);

  // The opened link, after the data load: restored, then written back as read (its bad parts dropped).
  restore(location.search, false, [], link)
    .catch((err: unknown) => console.warn('link:', (err as Error).message))
    .finally(() => {
      if (!live) return;
      ready = true;
      replaceEntry(useAtlasStore.getState());
    });

  const stop = () => {
    live = false;
    cancel();
    stopMap();
    map?.off('moveend', onMoveEnd);
    stopStore();
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener('pagehide', onPageHide);
  };
  const pause = () => {
    paused++;
    cancel();
    let resumed = false;
    return () => {
      if (resumed) return;
      resumed = true;
      if (--paused === 0 && live) writeNow();
    };
  };
  const linkNow = () => new URL(urlOf(viewOf(useAtlasStore.getState(), currentCamera())), location.href).href;
  return { stop, flush: writeNow, pause, link: linkNow };
}
