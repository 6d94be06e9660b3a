/**
 * The map: MapLibre draws the embedded basemap and the Atlas's zones and places (src/map/layers/
 * atlas-style.ts), driven from store state through one imperative boundary (./atlas-layers.ts).
 * This component is the only place that touches the map object.
 *
 * First screen: the map is created at mount, while the atlas data are still in flight; the zones are
 * set the moment the data arrive (never waiting for the basemap's `load` or for the web font).
 * Nothing is drawn until the first view is loaded and placed (./first-frame.ts); it is then drawn in
 * one frame, and the idle moment after that frame is marked `atlas:zones-visible`. Each state-driven update is marked
 * `atlas:layers-painted` once drawn (User Timing, read by `npm run bench`).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, prewarm } from 'maplibre-gl';
import type { AtlasData } from '../data/atlas-data';
import { useAtlasStore } from '../store';
import { translate, useT } from '../i18n';
import { basemapCredit, buildBasemapStyle, onBasemapCredit } from './basemap';
import { onDisplayDatumChange, toDisplayBounds } from './projection';
import { AtlasLayers, splitPlaces } from './atlas-layers';
import { badgeFeatures } from './layers/atlas-style';
import { boundsOf, hiddenZonesFor, highlightedFor, placesFor, visibleZones, type PlacePoint } from './map-data';
import { hasFilters } from '../data/filter';
import { cameraHeldFor, frameBounds, INITIAL_VIEW } from './camera';
import { LABEL_FONT_STACK, useLabelFont } from './fonts';
import { isNoWebglError } from './webgl';
import { exposeForTests, TEST_HOOKS } from './test-hooks';
import { installPrebuiltGlyphs, loadPrebuiltGlyphs } from './prebuilt-glyphs';
import { useStartupLayers } from './startup-layers';
import { setActiveMap } from './active-map';
import { holdFirstFrames } from './first-frame';

type Status = { state: 'loading' } | { state: 'ready' } | { state: 'no-webgl' } | { state: 'context-lost'; since: number } | { state: 'error'; message: string };

/** The longest the first view waits to be drawn complete (slow data or tiles): then it is drawn as it is. */
const FIRST_FRAME_HOLD_MAX_MS = 4000;

/** How long a lost WebGL context may take to come back before the map offers a reload. */
const CONTEXT_RESTORE_WAIT_MS = 4000;

/** District names the basemap labels (their glyphs are loaded with the zone names). */
const DISTRICT_LABEL_TEXT = '黄浦区徐汇区长宁区静安区普陀区虹口区杨浦区闵行区宝山区嘉定区浦东新区金山区松江区青浦区奉贤区崇明区';

const NO_ZONES: ReadonlySet<string> = new Set();

// MapLibre's worker starts (~0.3 s of script evaluation in the worker) while the entry module runs
// and React renders, not when the map is created (measured in docs/PERFORMANCE.md).
if (typeof window !== 'undefined' && typeof Worker !== 'undefined') prewarm();
// The prebuilt glyphs are decoded while the map is being made (index.html has started their request).
if (typeof document !== 'undefined') loadPrebuiltGlyphs().catch(() => undefined);

/** `overlay`: interface drawn over the map (the legend), inside its region. */
export function MapView({ data, overlay }: { data: AtlasData | null; overlay?: ReactNode }) {
  const { t, lang } = useT();
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [layers, setLayers] = useState<AtlasLayers | null>(null);
  const [styleLoaded, setStyleLoaded] = useState(false);
  const [status, setStatus] = useState<Status>({ state: 'loading' });
  const attribution = useRef<AttributionControl | null>(null);
  const releaseHold = useRef<() => void>(() => undefined);
  const selectedId = useAtlasStore((s) => s.selectedId);
  const hoveredId = useAtlasStore((s) => s.hoveredId);
  const hiddenPlans = useAtlasStore((s) => s.hiddenPlans);

  // Created in a layout effect: synchronously after the first commit, before the browser paints.
  useLayoutEffect(() => {
    let m: MapLibreMap;
    try {
      m = new MapLibreMap({
        container: container.current!,
        style: buildBasemapStyle({ lang: useAtlasStore.getState().lang }),
        center: INITIAL_VIEW.center,
        zoom: INITIAL_VIEW.zoom,
        // Added below, in the UI language.
        attributionControl: false,
        localIdeographFontFamily: LABEL_FONT_STACK,
        // Labels appear at once (a fade-in would keep the map busy for 300 ms after every placement).
        fadeDuration: 0,
        // Only the end-to-end build keeps the drawing buffer, to read the map's pixels.
        canvasContextAttributes: { preserveDrawingBuffer: TEST_HOOKS },
        // A 3× handout of a wide map needs more than the default 4096 px (MapLibre lowers it to what the GPU allows).
        maxCanvasSize: [8192, 8192],
      });
    } catch (e) {
      setStatus(isNoWebglError(e) ? { state: 'no-webgl' } : { state: 'error', message: (e as Error).message });
      return;
    }
    performance.mark('atlas:map-created');
    // The first view's label glyphs come prebuilt, not drawn on the main thread (./prebuilt-glyphs.ts).
    installPrebuiltGlyphs(m);
    // Nothing is drawn until the first view is complete (./first-frame.ts), then it is drawn at once.
    releaseHold.current = holdFirstFrames(m, FIRST_FRAME_HOLD_MAX_MS);
    // Full on a wide map; behind an ⓘ button below 640 px wide (MapLibre's default), where it would cover the scale.
    const lang0 = useAtlasStore.getState().lang;
    // The basemap's credit, then the credit of the sources the places and zones come from (issue 13).
    attribution.current = new AttributionControl({ customAttribution: [translate(lang0, 'map.attribution'), translate(lang0, 'places13.attribution')] });
    m.addControl(attribution.current, 'bottom-right');
    m.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    m.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    m.on('error', (e) => console.warn('map:', e.error?.message ?? e));
    // A lost WebGL context (a GPU reset, memory pressure): MapLibre waits for the browser to restore it
    // and then draws again; meanwhile the map says so, and offers a reload if it does not come back.
    m.on('webglcontextlost', () => setStatus({ state: 'context-lost', since: Date.now() }));
    m.on('webglcontextrestored', () => {
      // MapLibre puts back its serialised style (feature-state is gone with the context): once it has
      // loaded, the Atlas's layers are installed again with the current state.
      const reinstall = () => {
        setLayers(null);
        setStatus({ state: 'ready' });
      };
      if ((m as unknown as { style?: { _loaded?: boolean } }).style?._loaded) reinstall();
      else m.once('style.load', reinstall);
    });
    m.once('style.load', () => setStyleLoaded(true));
    m.once('load', () => {
      performance.mark('atlas:basemap-loaded');
      setStatus({ state: 'ready' });
    });
    setMap(m);
    setActiveMap(m);
    exposeForTests(m);
    return () => {
      releaseHold.current();
      setActiveMap(null);
      m.remove();
      setMap(null);
      setLayers(null);
      setStyleLoaded(false);
    };
  }, []);

  // Pointer: pick what is under it (places, then clusters, then the smallest zone).
  useEffect(() => {
    if (!map || !layers) return;
    const canvas = map.getCanvas();
    const onClick = (e: { point: { x: number; y: number } }) => {
      if (useAtlasStore.getState().mapTool) return; // a tool owns the pointer
      const hit = layers.pick([e.point.x, e.point.y]);
      if (hit?.kind === 'cluster') {
        layers.clusterExpansionZoom(hit.source, hit.clusterId).then((z) =>
          map.easeTo({ center: hit.position, zoom: Math.max(z, map.getZoom() + 1), duration: 500 }));
        return;
      }
      useAtlasStore.getState().select(hit?.kind === 'record' ? hit.id : null);
    };
    const onMove = (e: { point: { x: number; y: number } }) => {
      if (useAtlasStore.getState().mapTool) return;
      const hit = layers.pick([e.point.x, e.point.y]);
      canvas.style.cursor = hit ? 'pointer' : '';
      useAtlasStore.getState().hover(hit?.kind === 'record' ? hit.id : null);
    };
    const onLeave = () => useAtlasStore.getState().hover(null);
    map.on('click', onClick);
    map.on('mousemove', onMove);
    canvas.addEventListener('mouseleave', onLeave);
    return () => {
      map.off('click', onClick);
      map.off('mousemove', onMove);
      canvas.removeEventListener('mouseleave', onLeave);
    };
  }, [map, layers]);

  // Language: the attribution in the UI language (an online basemap's credit while one is chosen).
  const credit = useSyncExternalStore(onBasemapCredit, basemapCredit);
  useEffect(() => {
    if (!map || !attribution.current) return;
    const text = [credit?.[lang] ?? translate(lang, 'map.attribution'), translate(lang, 'places13.attribution')];
    const now = attribution.current.options.customAttribution;
    if (Array.isArray(now) && now.join('\n') === text.join('\n')) return;
    map.removeControl(attribution.current);
    attribution.current = new AttributionControl({ customAttribution: text });
    map.addControl(attribution.current, 'bottom-right');
  }, [map, lang, credit]);

  // The display datum (GCJ-02 under AMap): the Atlas's sources are drawn again, shifted or not.
  useEffect(() => (layers ? onDisplayDatumChange(() => layers.redisplay()) : undefined), [layers]);

  // Language: swap the basemap's and the zone labels' text fields in place.
  useEffect(() => {
    if (!map || !layers || status.state !== 'ready') return;
    for (const layer of buildBasemapStyle({ lang }).layers) {
      const field = (layer as { layout?: Record<string, unknown> }).layout?.['text-field'];
      if (field !== undefined && map.getLayer(layer.id)) map.setLayoutProperty(layer.id, 'text-field', field as never);
    }
    layers.setLang(lang);
  }, [map, layers, lang, status.state]);

  // Labels: the first screen's glyphs are prebuilt (./prebuilt-glyphs.ts); others are drawn at once in the
  // system font, and the web font is fetched after the first screen. MapLibre
  // rasterises glyphs once per font stack, so when the web font arrives the symbol layers move to an
  // equivalent stack name, and their glyphs are drawn again in Noto Sans SC.
  const [firstScreenDone, setFirstScreenDone] = useState(false);
  const labelTexts = useMemo(
    () => (data && firstScreenDone ? [...data.atlas.zones.flatMap((z) => [z.properties.name.zh, z.properties.name.en ?? '']), DISTRICT_LABEL_TEXT] : null),
    [data, firstScreenDone],
  );
  const fontFamily = useLabelFont(labelTexts);
  useEffect(() => {
    if (!map || !layers || fontFamily !== LABEL_FONT_STACK) return;
    for (const layer of map.getStyle().layers) {
      if (layer.type !== 'symbol') continue;
      const font = map.getLayoutProperty(layer.id, 'text-font') as string[] | undefined;
      if (Array.isArray(font) && !font.includes('sans-serif')) map.setLayoutProperty(layer.id, 'text-font', [...font, 'sans-serif']);
    }
    layers.whenPainted(() => performance.mark('atlas:label-font'));
  }, [map, layers, fontFamily]);

  // Every zone is on the map; those of hidden plans are faded out (feature-state), not re-tiled.
  const zones = useMemo(() => (data ? visibleZones(data.atlas, data.derived, []) : []), [data]);
  // Zones and places the filters leave out are hidden the same way (src/map/map-data.ts).
  const filters = useAtlasStore((s) => s.filters);
  const hiddenZoneIds = useMemo(() => (data ? hiddenZonesFor(data, filters, hiddenPlans) : new Set<string>()), [data, filters, hiddenPlans]);
  const places = useMemo(() => (data ? placesFor(data, hiddenZoneIds, filters, hiddenPlans) : []), [data, hiddenZoneIds, filters, hiddenPlans]);
  const placeById = useMemo(() => new Map<string, PlacePoint>(places.map((p) => [p.id, p])), [places]);
  // The link index is built on first use: after the first zones are on screen, not before.
  const linked = useMemo(() => (data && selectedId ? highlightedFor(data.index, selectedId) : new Set<string>()), [data, selectedId]);
  // A spotlight (a tour step's highlights) is lit beside the selection's links; the camera ignores it.
  const spotlight = useAtlasStore((s) => s.spotlight);
  const highlighted = useMemo(() => (spotlight ? new Set([...linked, ...spotlight]) : linked), [linked, spotlight]);

  const placeSplit = useMemo(() => splitPlaces(places, highlighted, selectedId), [places, highlighted, selectedId]);
  // Schematic places are counted on their zones' badges, never drawn at a made-up point. Without a
  // filter the badges of hidden plans' zones stay in the source, faded out with their zones
  // (feature-state): showing or hiding a plan then re-tiles nothing.
  const badgePlaces = useMemo(() => (data && !hasFilters(filters) ? placesFor(data, NO_ZONES, filters, hiddenPlans) : places), [data, filters, hiddenPlans, places]);
  const badges = useMemo(() => {
    if (!data) return badgeFeatures([], new Set(), new Set(), {});
    const emphasised = new Set([selectedId, hoveredId].filter((x): x is string => !!x));
    return badgeFeatures(badgePlaces.filter((p) => p.schematic), highlighted, emphasised, data.derived.labelPoint);
  }, [data, badgePlaces, highlighted, selectedId, hoveredId]);

  // The Atlas's layers go in once the style is parsed and the data are here, with their first data
  // in them (often before any basemap tile has arrived); later changes are sent as they happen.
  useEffect(() => {
    if (!map || !styleLoaded || !data || layers) return;
    setLayers(new AtlasLayers(map, useAtlasStore.getState().lang, { zones, derived: data.derived, places: placeSplit }));
  }, [map, styleLoaded, data, layers, zones, placeSplit]);

  useEffect(() => {
    layers?.setHiddenZones(hiddenZoneIds);
  }, [layers, hiddenZoneIds]);

  useEffect(() => {
    layers?.setPlaces(placeSplit);
  }, [layers, placeSplit]);

  // The badges come after the first screen: their source's tiles are not among its tile jobs.
  useEffect(() => {
    if (firstScreenDone) layers?.setBadges(badges);
  }, [layers, badges, firstScreenDone]);

  useEffect(() => {
    if (!layers) return;
    const one = (id: string | null) => new Set(id ? [id] : []);
    layers.setZoneStates({ selected: one(selectedId), lit: highlighted, hover: one(hoveredId === selectedId ? null : hoveredId) });
    const own = (id: string | null) => (id ? placeById.get(id) : undefined)?.schematic === false ? placeById.get(id!)! : null;
    layers.setEmphasis(own(selectedId), hoveredId !== selectedId ? own(hoveredId) : null);
  }, [layers, selectedId, highlighted, hoveredId, placeById]);

  // Timing marks: the first idle frame with the zones, and each painted selection or filter change.
  const firstPaint = useRef(false);
  useEffect(() => {
    if (!map || !layers || !data) return;
    if (!firstPaint.current) {
      firstPaint.current = true;
      // The first idle moment with the zones: everything of the first view is loaded and placed;
      // it is drawn in the next frame, and the idle after that frame is the mark.
      map.once('idle', () => {
        releaseHold.current();
        map.once('idle', () => {
          performance.mark('atlas:zones-visible');
          setFirstScreenDone(true);
        });
        map.triggerRepaint();
      });
      return;
    }
    const detail = { selectedId, hiddenPlans, filters, spotlight };
    layers.whenPainted(() => performance.mark('atlas:layers-painted', { detail }));
  }, [map, layers, data, selectedId, hiddenPlans, filters, spotlight]);

  // Camera follows the selection: frame it and what it links to on the map (not a selection restored
  // with its own camera, from a share link or Back/Forward: that camera is the view).
  useEffect(() => {
    if (!map || !data || !selectedId || cameraHeldFor(selectedId)) return;
    const ids = selectedId.startsWith('zone:') || placeById.has(selectedId) ? [selectedId] : [selectedId, ...linked];
    const b = boundsOf(ids, data.derived, placeById);
    if (b) frameBounds(map, toDisplayBounds(b));
  }, [map, data, selectedId, linked, placeById]);

  useStartupLayers(map, lang, firstScreenDone);

  return (
    <div className="map-view" aria-label={t('map.label')} role="region">
      <div ref={container} className="map-canvas" data-testid="map" data-status={status.state} />
      {overlay}
      {status.state === 'loading' && <div className="map-status">{t('app.loading')}</div>}
      {status.state === 'no-webgl' && <div className="map-status map-status-error" role="alert">{t('map.noWebgl')}</div>}
      {status.state === 'error' && <div className="map-status map-status-error" role="alert">{t('map.error', { message: status.message })}</div>}
      {status.state === 'context-lost' && <ContextLost />}
    </div>
  );
}

/** The map's lost WebGL context: waiting for the browser to give it back, then a reload button. */
function ContextLost() {
  const { t } = useT();
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), CONTEXT_RESTORE_WAIT_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="map-status map-status-error" role="alert" data-testid="map-context-lost">
      <p>{t(late ? 'map.contextLostLate' : 'map.contextLost')}</p>
      {late && <button type="button" onClick={() => location.reload()}>{t('map.reload')}</button>}
    </div>
  );
}
