/**
 * The map: MapLibre draws the embedded basemap, one deck.gl overlay (interleaved) draws the layers
 * declared from store state. This component is the only place that touches the map objects.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Map as MapLibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { PickingInfo } from '@deck.gl/core';
import { atlas, atlasIndex } from '../data/load';
import { useAtlasStore } from '../store';
import { nameIn, useT } from '../i18n';
import { buildBasemapStyle, BASEMAP_ATTRIBUTION } from './basemap';
import { buildZoneLayers } from './layers/zone-layers';
import { buildPlaceLayers, HIGHLIGHTED_GROUP, type PlacePoint } from './layers/place-layers';
import { placeIconAtlas } from './layers/place-icons';
import { clusterPlaces, expansionZoom, type PlaceCluster } from './clusters';
import { boundsOf, highlightedFor, placePoints, visibleZones, zoneLabelPoints } from './map-data';
import { frameBounds, INITIAL_VIEW } from './camera';
import { LABEL_FONT_STACK, loadLabelFont } from './fonts';
import { webglAvailable } from './webgl';

type Status = { state: 'loading' } | { state: 'ready' } | { state: 'no-webgl' } | { state: 'error'; message: string };

const labelPoints = zoneLabelPoints(atlas);

/** The record id under the pointer (clusters are not records). */
function idOfPick(info: PickingInfo): string | null {
  if (info.layer?.id === 'place-clusters') return null;
  const o = info.object as { properties?: { id?: string }; id?: string } | undefined;
  return o?.properties?.id ?? o?.id ?? null;
}

declare global {
  interface Window {
    /** The live map, for end-to-end tests and debugging (read it, don't drive it). */
    __atlasMap?: MapLibreMap;
  }
}

export function MapView() {
  const { t, lang } = useT();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const overlayRef = useRef<MapboxOverlay | null>(null);
  const [status, setStatus] = useState<Status>({ state: 'loading' });
  // The camera lives in MapLibre; only its integer zoom is mirrored here, for clustering.
  const [zoom, setZoom] = useState(Math.floor(INITIAL_VIEW.zoom));
  const selectedId = useAtlasStore((s) => s.selectedId);
  const hoveredId = useAtlasStore((s) => s.hoveredId);
  const hiddenPlans = useAtlasStore((s) => s.hiddenPlans);

  useEffect(() => {
    if (!webglAvailable()) {
      setStatus({ state: 'no-webgl' });
      return;
    }
    let cancelled = false;
    let map: MapLibreMap | null = null;
    const zoneNames = atlas.zones.flatMap((z) => [z.properties.name.zh, z.properties.name.en ?? '']);
    loadLabelFont([...zoneNames, '黄浦区徐汇区长宁区静安区普陀区虹口区杨浦区闵行区宝山区嘉定区浦东新区金山区松江区青浦区奉贤区崇明区']).then(() => {
      if (cancelled || !container.current) return;
      let m: MapLibreMap;
      try {
        m = new MapLibreMap({
          container: container.current,
          style: buildBasemapStyle({ lang: useAtlasStore.getState().lang }),
          center: INITIAL_VIEW.center,
          zoom: INITIAL_VIEW.zoom,
          attributionControl: { compact: false, customAttribution: BASEMAP_ATTRIBUTION },
          localIdeographFontFamily: LABEL_FONT_STACK,
          canvasContextAttributes: { preserveDrawingBuffer: true },
        });
      } catch (e) {
        setStatus({ state: 'error', message: (e as Error).message });
        return;
      }
      const overlay = new MapboxOverlay({
        interleaved: true,
        layers: [],
        onClick: (info) => {
          if (info.layer?.id === 'place-clusters' && info.object) {
            const cluster = info.object as PlaceCluster;
            m.easeTo({ center: cluster.position, zoom: expansionZoom(cluster, m.getZoom()), duration: 500 });
            return;
          }
          useAtlasStore.getState().select(idOfPick(info));
        },
        onHover: (info) => useAtlasStore.getState().hover(idOfPick(info)),
        getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab'),
      });
      map = m;
      m.addControl(overlay);
      m.addControl(new NavigationControl({ showCompass: false }), 'top-right');
      m.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
      m.on('error', (e) => console.warn('map:', e.error?.message ?? e));
      m.once('load', () => !cancelled && setStatus({ state: 'ready' }));
      m.on('zoomend', () => !cancelled && setZoom(Math.floor(m.getZoom())));
      mapRef.current = m;
      overlayRef.current = overlay;
      window.__atlasMap = m;
    });
    return () => {
      cancelled = true;
      map?.remove();
      mapRef.current = null;
      overlayRef.current = null;
    };
  }, []);

  // Language: swap the basemap's label fields in place (a full setStyle would drop the deck layers).
  useEffect(() => {
    const map = mapRef.current;
    if (!map || status.state !== 'ready') return;
    for (const layer of buildBasemapStyle({ lang }).layers) {
      const field = (layer as { layout?: Record<string, unknown> }).layout?.['text-field'];
      if (field !== undefined && map.getLayer(layer.id)) map.setLayoutProperty(layer.id, 'text-field', field as never);
    }
  }, [lang, status.state]);

  const zones = useMemo(() => visibleZones(atlas, hiddenPlans), [hiddenPlans]);
  const hiddenZoneIds = useMemo(() => new Set(atlas.zones.filter((z) => hiddenPlans.includes(z.properties.plan)).map((z) => z.properties.id)), [hiddenPlans]);
  const places = useMemo(() => placePoints(atlas, labelPoints, hiddenZoneIds), [hiddenZoneIds]);
  const placeById = useMemo(() => new Map<string, PlacePoint>(places.map((p) => [p.id, p])), [places]);
  const highlighted = useMemo(() => highlightedFor(atlasIndex, selectedId), [selectedId]);
  const clustered = useMemo(
    () => clusterPlaces(places, zoom, {
      groupOf: (p) => (highlighted.has(p.id) ? HIGHLIGHTED_GROUP : 'plain'),
      keepSingle: (p) => p.id === selectedId,
    }),
    [places, zoom, highlighted, selectedId],
  );
  const labels = useMemo(() => new Map(atlas.zones.map((z) => [z.properties.id, nameIn(lang, z.properties.name)])), [lang]);

  useEffect(() => {
    overlayRef.current?.setProps({
      layers: [
        ...buildZoneLayers({ zones, selectedId, hoveredId, highlightedIds: highlighted, labels, labelPoints }),
        ...buildPlaceLayers({
          places: clustered.singles, clusters: clustered.clusters, selectedId, hoveredId, highlightedIds: highlighted, iconAtlas: placeIconAtlas(),
        }),
      ],
    });
  }, [zones, clustered, selectedId, hoveredId, highlighted, labels, status.state]);

  // Camera follows the selection: frame it and what it links to on the map.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || status.state !== 'ready' || !selectedId) return;
    const ids = selectedId.startsWith('zone:') || placeById.has(selectedId) ? [selectedId] : [selectedId, ...highlighted];
    const b = boundsOf(ids, atlasIndex, placeById);
    if (b) frameBounds(map, b);
  }, [selectedId, status.state, highlighted, placeById]);

  return (
    <div className="map-view" aria-label={t('map.label')} role="region">
      <div ref={container} className="map-canvas" data-testid="map" data-status={status.state} />
      {status.state === 'loading' && <div className="map-status">{t('app.loading')}</div>}
      {status.state === 'no-webgl' && <div className="map-status map-status-error" role="alert">{t('map.noWebgl')}</div>}
      {status.state === 'error' && <div className="map-status map-status-error" role="alert">{t('map.error', { message: status.message })}</div>}
    </div>
  );
}
