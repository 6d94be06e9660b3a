/**
 * The map: MapLibre draws the embedded basemap, one deck.gl overlay (interleaved) draws the layers
 * declared from store state. This component is the only place that touches the map objects.
 *
 * First screen: the map is created at mount, while the atlas data are still in flight; the zones are
 * declared the moment the data arrive (never waiting for the basemap's `load` or for the web font),
 * and the first idle frame after that is marked `atlas:zones-visible`. Each state-driven layer update
 * is marked `atlas:layers-painted` once drawn (User Timing, read by `npm run bench`).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Map as MapLibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { PickingInfo } from '@deck.gl/core';
import type { AtlasData } from '../data/atlas-data';
import { useAtlasStore } from '../store';
import { nameIn, useT } from '../i18n';
import { buildBasemapStyle, BASEMAP_ATTRIBUTION } from './basemap';
import { buildZoneLayers } from './layers/zone-layers';
import { buildPlaceLayers, HIGHLIGHTED_GROUP, type PlacePoint } from './layers/place-layers';
import { placeIconAtlas } from './layers/place-icons';
import { indexPlaces, type PlaceCluster } from './clusters';
import { boundsOf, highlightedFor, placePoints, visibleZones } from './map-data';
import { frameBounds, INITIAL_VIEW } from './camera';
import { LABEL_FONT_STACK, useLabelFont } from './fonts';
import { webgl2Available } from './webgl';
import { exposeForTests, TEST_HOOKS } from './test-hooks';
import { useStartupLayers } from './startup-layers';

type Status = { state: 'loading' } | { state: 'ready' } | { state: 'no-webgl' } | { state: 'error'; message: string };

/** District names the basemap labels (their glyphs are loaded with the zone names). */
const DISTRICT_LABEL_TEXT = '黄浦区徐汇区长宁区静安区普陀区虹口区杨浦区闵行区宝山区嘉定区浦东新区金山区松江区青浦区奉贤区崇明区';

/** The record id under the pointer (clusters are not records). */
function idOfPick(info: PickingInfo): string | null {
  if (info.layer?.id === 'place-clusters') return null;
  const o = info.object as { properties?: { id?: string }; id?: string } | undefined;
  return o?.properties?.id ?? o?.id ?? null;
}

export function MapView({ data }: { data: AtlasData | null }) {
  const { t, lang } = useT();
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const overlayRef = useRef<MapboxOverlay | null>(null);
  const clustersRef = useRef<ReturnType<typeof indexPlaces> | null>(null);
  const [status, setStatus] = useState<Status>({ state: 'loading' });
  // The camera lives in MapLibre; only its integer zoom is mirrored here, for clustering.
  const [zoom, setZoom] = useState(Math.floor(INITIAL_VIEW.zoom));
  const selectedId = useAtlasStore((s) => s.selectedId);
  const hoveredId = useAtlasStore((s) => s.hoveredId);
  const hiddenPlans = useAtlasStore((s) => s.hiddenPlans);

  useEffect(() => {
    if (!webgl2Available()) {
      setStatus({ state: 'no-webgl' });
      return;
    }
    let m: MapLibreMap;
    try {
      m = new MapLibreMap({
        container: container.current!,
        style: buildBasemapStyle({ lang: useAtlasStore.getState().lang }),
        center: INITIAL_VIEW.center,
        zoom: INITIAL_VIEW.zoom,
        attributionControl: { compact: false, customAttribution: BASEMAP_ATTRIBUTION },
        localIdeographFontFamily: LABEL_FONT_STACK,
        // Only the end-to-end build keeps the drawing buffer, to read the map's pixels.
        canvasContextAttributes: { preserveDrawingBuffer: TEST_HOOKS },
      });
    } catch (e) {
      setStatus({ state: 'error', message: (e as Error).message });
      return;
    }
    const overlay = new MapboxOverlay({
      interleaved: true,
      layers: [],
      onClick: (info) => {
        if (info.layer?.id === 'place-clusters' && info.object && clustersRef.current) {
          const cluster = info.object as PlaceCluster;
          m.easeTo({ center: cluster.position, zoom: Math.max(clustersRef.current.expansionZoom(cluster), m.getZoom() + 1), duration: 500 });
          return;
        }
        useAtlasStore.getState().select(idOfPick(info));
      },
      onHover: (info) => useAtlasStore.getState().hover(idOfPick(info)),
      getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab'),
    });
    m.addControl(overlay);
    m.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    m.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    m.on('error', (e) => console.warn('map:', e.error?.message ?? e));
    performance.mark('atlas:map-created');
    m.once('load', () => {
      performance.mark('atlas:basemap-loaded');
      setStatus({ state: 'ready' });
    });
    m.on('zoomend', () => setZoom(Math.floor(m.getZoom())));
    overlayRef.current = overlay;
    setMap(m);
    exposeForTests(m);
    return () => {
      m.remove();
      overlayRef.current = null;
      setMap(null);
    };
  }, []);

  // Language: swap the basemap's label fields in place (a full setStyle would drop the deck layers).
  useEffect(() => {
    if (!map || status.state !== 'ready') return;
    for (const layer of buildBasemapStyle({ lang }).layers) {
      const field = (layer as { layout?: Record<string, unknown> }).layout?.['text-field'];
      if (field !== undefined && map.getLayer(layer.id)) map.setLayoutProperty(layer.id, 'text-field', field as never);
    }
  }, [map, lang, status.state]);

  const labelTexts = useMemo(
    () => (data ? [...data.atlas.zones.flatMap((z) => [z.properties.name.zh, z.properties.name.en ?? '']), DISTRICT_LABEL_TEXT] : null),
    [data],
  );
  const fontFamily = useLabelFont(labelTexts);
  // Basemap labels: MapLibre rasterises glyphs once per font stack, so when the web font arrives the
  // symbol layers move to an equivalent stack name, and their glyphs are drawn again in Noto Sans SC.
  useEffect(() => {
    if (!map || status.state !== 'ready' || fontFamily !== LABEL_FONT_STACK) return;
    for (const layer of map.getStyle().layers) {
      if (layer.type !== 'symbol') continue;
      const font = map.getLayoutProperty(layer.id, 'text-font') as string[] | undefined;
      if (Array.isArray(font) && !font.includes('sans-serif')) map.setLayoutProperty(layer.id, 'text-font', [...font, 'sans-serif']);
    }
  }, [map, fontFamily, status.state]);

  const zones = useMemo(() => (data ? visibleZones(data.atlas, data.derived, hiddenPlans) : []), [data, hiddenPlans]);
  const hiddenZoneIds = useMemo(
    () => new Set(data?.atlas.zones.filter((z) => hiddenPlans.includes(z.properties.plan)).map((z) => z.properties.id)),
    [data, hiddenPlans],
  );
  const places = useMemo(() => (data ? placePoints(data.atlas, data.derived, hiddenZoneIds) : []), [data, hiddenZoneIds]);
  const placeById = useMemo(() => new Map<string, PlacePoint>(places.map((p) => [p.id, p])), [places]);
  // The link index is built on first use: after the first zones are on screen, not before.
  const highlighted = useMemo(() => (data && selectedId ? highlightedFor(data.index, selectedId) : new Set<string>()), [data, selectedId]);
  const clusterIndex = useMemo(
    () => indexPlaces(places, {
      groupOf: (p) => (highlighted.has(p.id) ? HIGHLIGHTED_GROUP : 'plain'),
      keepSingle: (p) => p.id === selectedId,
    }),
    [places, highlighted, selectedId],
  );
  clustersRef.current = clusterIndex;
  const clustered = useMemo(() => clusterIndex.at(zoom), [clusterIndex, zoom]);
  const labels = useMemo(() => new Map(data?.atlas.zones.map((z) => [z.properties.id, nameIn(lang, z.properties.name)])), [data, lang]);

  // The layers that depend on selection and filters, declared whenever they change.
  useEffect(() => {
    const overlay = overlayRef.current;
    if (!map || !overlay || !data) return;
    overlay.setProps({
      layers: [
        ...buildZoneLayers({ zones, selectedId, hoveredId, highlightedIds: highlighted, labels, labelPoints: data.derived.labelPoint, fontFamily }),
        ...buildPlaceLayers({
          places: clustered.singles, clusters: clustered.clusters, selectedId, hoveredId, highlightedIds: highlighted, iconAtlas: placeIconAtlas(), fontFamily,
        }),
      ],
    });
  }, [map, data, zones, clustered, selectedId, hoveredId, highlighted, labels, fontFamily]);

  // Timing marks: the first idle frame with the zones, and each painted selection or filter change.
  const firstPaint = useRef(false);
  useEffect(() => {
    if (!map || !data) return;
    if (!firstPaint.current) {
      firstPaint.current = true;
      map.once('idle', () => performance.mark('atlas:zones-visible'));
      map.triggerRepaint();
      return;
    }
    const detail = { selectedId, hiddenPlans };
    map.once('render', () => performance.mark('atlas:layers-painted', { detail }));
    map.triggerRepaint();
  }, [map, data, selectedId, hiddenPlans]);

  // Camera follows the selection: frame it and what it links to on the map.
  useEffect(() => {
    if (!map || !data || !selectedId) return;
    const ids = selectedId.startsWith('zone:') || placeById.has(selectedId) ? [selectedId] : [selectedId, ...highlighted];
    const b = boundsOf(ids, data.derived, placeById);
    if (b) frameBounds(map, b);
  }, [map, data, selectedId, highlighted, placeById]);

  useStartupLayers(map, lang);

  return (
    <div className="map-view" aria-label={t('map.label')} role="region">
      <div ref={container} className="map-canvas" data-testid="map" data-status={status.state} />
      {status.state === 'loading' && <div className="map-status">{t('app.loading')}</div>}
      {status.state === 'no-webgl' && <div className="map-status map-status-error" role="alert">{t('map.noWebgl')}</div>}
      {status.state === 'error' && <div className="map-status map-status-error" role="alert">{t('map.error', { message: status.message })}</div>}
    </div>
  );
}
