/**
 * Puts an online basemap under the Atlas's layers, or takes it away, without `setStyle` (which would
 * drop the Atlas's sources, layers and feature-state): the online source and its layers are added
 * just below the first layer that is not the embedded basemap's, and the embedded basemap's layers
 * are hidden (its land colour, `background`, stays as the backdrop). AMap's tiles are GCJ-02: while it
 * is on, the display datum is GCJ-02 (src/map/projection.ts), so every overlay is drawn shifted.
 * A source that fails, or shows nothing within FALLBACK_TIMEOUT_MS, is replaced by the embedded
 * basemap and `onFallback` is told.
 */
import type { LayerSpecification, Map as MapLibreMap, MapSourceDataEvent, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { buildBasemapStyle, setBasemapCredit } from '../../map/basemap';
import { fromDisplay, setDisplayDatum, toDisplay, type DisplayDatum } from '../../map/projection';
import { onlineBasemap, type BasemapId, type OnlineBasemap } from './catalog';
import { watchTiles, type FailReason, type TileWatch } from './fallback';

/** Ids of every source and layer an online basemap adds. */
export const ONLINE_PREFIX = 'basemap-online-';

/** The embedded basemap's layers (all but the background are hidden under an online basemap). */
let offlineIds: string[] | null = null;
const offlineLayerIds = (): string[] =>
  (offlineIds ??= buildBasemapStyle({ lang: 'zh', baseUrl: 'http://localhost/' }).layers.map((l) => l.id).filter((id) => id !== 'background'));

export interface SwitchCallbacks {
  onReady: (id: BasemapId) => void;
  onFallback: (id: BasemapId, reason: FailReason) => void;
}

let current: { id: BasemapId; watch: TileWatch | null; off: () => void } = { id: 'offline', watch: null, off: () => {} };
let generation = 0;

/** Changes the display datum keeping the camera on the same place (its centre moves with the overlays). */
async function setDatumKeepingView(map: MapLibreMap, datum: DisplayDatum): Promise<void> {
  const c = map.getCenter();
  const place = fromDisplay([c.lng, c.lat]);
  await setDisplayDatum(datum);
  const [lng, lat] = toDisplay(place);
  if (Math.abs(lng - c.lng) > 1e-9 || Math.abs(lat - c.lat) > 1e-9) map.jumpTo({ center: [lng, lat] });
}

export function currentBasemap(): BasemapId {
  return current.id;
}

/** Sources added by the online basemap now shown (their layers are found by prefix). */
let addedSources: string[] = [];

function removeOnline(map: MapLibreMap): void {
  for (const id of map.getLayersOrder()) if (id.startsWith(ONLINE_PREFIX)) map.removeLayer(id);
  for (const id of addedSources) if (map.getSource(id)) map.removeSource(id);
  addedSources = [];
}

function setOfflineVisible(map: MapLibreMap, visible: boolean): void {
  for (const id of offlineLayerIds()) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
}

/** The first layer above the embedded basemap: the online layers go just below it. */
function firstOverlayLayer(map: MapLibreMap): string | undefined {
  const offline = new Set([...offlineLayerIds(), 'background']);
  return map.getLayersOrder().find((id) => !offline.has(id) && !id.startsWith(ONLINE_PREFIX));
}

/**
 * A vector style's sources and layers, renamed under ONLINE_PREFIX. Labels are drawn in the Atlas's
 * own font stack (no glyph server), icons and fill patterns are left out (no sprite), so every
 * request stays on the style's host.
 */
export function mergeableStyle(style: StyleSpecification, fontStack: string[]): { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] } {
  const sources: Record<string, SourceSpecification> = {};
  for (const [id, spec] of Object.entries(style.sources)) sources[ONLINE_PREFIX + id] = spec;
  const layers: LayerSpecification[] = [];
  for (const original of style.layers) {
    const layer = structuredClone(original) as LayerSpecification & { source?: string; layout?: Record<string, unknown>; paint?: Record<string, unknown> };
    layer.id = ONLINE_PREFIX + layer.id;
    if (layer.source) layer.source = ONLINE_PREFIX + layer.source;
    if (layer.paint && 'fill-pattern' in layer.paint) {
      delete layer.paint['fill-pattern'];
      if (layer.type === 'fill' && !('fill-color' in layer.paint)) continue;
    }
    if (layer.paint && 'line-pattern' in layer.paint) continue;
    if (layer.type === 'symbol') {
      const layout = (layer.layout ??= {});
      if (!layout['text-field']) continue;
      delete layout['icon-image'];
      layout['text-font'] = fontStack;
    }
    layers.push(layer);
  }
  return { sources, layers };
}

async function addOnline(map: MapLibreMap, b: OnlineBasemap, isLive: () => boolean): Promise<void> {
  let sources: Record<string, SourceSpecification>;
  let layers: LayerSpecification[];
  if (b.source.kind === 'raster') {
    const id = ONLINE_PREFIX + b.id;
    sources = { [id]: { type: 'raster', tiles: [...b.source.tiles], tileSize: b.source.tileSize, maxzoom: b.source.maxzoom } };
    layers = [{ id, type: 'raster', source: id }];
  } else {
    const res = await fetch(b.source.url, { credentials: 'omit' });
    if (!res.ok) throw new Error(`${b.source.url}: HTTP ${res.status}`);
    const style = (await res.json()) as StyleSpecification;
    const font = (map.getLayer('district-labels') && (map.getLayoutProperty('district-labels', 'text-font') as string[] | undefined)) || ['Noto Sans SC'];
    ({ sources, layers } = mergeableStyle(style, font));
  }
  if (!isLive()) return;
  const before = firstOverlayLayer(map);
  for (const [id, spec] of Object.entries(sources)) {
    map.addSource(id, spec);
    addedSources.push(id);
  }
  for (const layer of layers) map.addLayer(layer, before);
  setOfflineVisible(map, false);
}

/**
 * Shows basemap `id`. Resolves once it is on the map (or once the embedded one is back after a
 * failure, which `onFallback` reports). A later call supersedes an earlier one still loading.
 */
export async function switchBasemap(map: MapLibreMap, id: BasemapId, lang: 'zh' | 'en', cb: SwitchCallbacks): Promise<void> {
  const mine = ++generation;
  const isLive = () => mine === generation;
  current.watch?.dispose();
  current.off();
  removeOnline(map);
  const b = onlineBasemap(id);
  if (!b) {
    current = { id: 'offline', watch: null, off: () => {} };
    setOfflineVisible(map, true);
    setBasemapCredit(null);
    await setDatumKeepingView(map, 'wgs84');
    if (isLive()) cb.onReady('offline');
    return;
  }
  const fallBack = (reason: FailReason) => {
    if (!isLive()) return;
    // The notice first (at once), then the embedded basemap back (its tiles are cached: the next frames).
    cb.onFallback(id, reason);
    void switchBasemap(map, 'offline', lang, { onReady: () => {}, onFallback: () => {} });
  };
  const watch = watchTiles({ onFail: fallBack });
  const ours = (sourceId: unknown) => typeof sourceId === 'string' && sourceId.startsWith(ONLINE_PREFIX);
  let told = false;
  const onData = (e: MapSourceDataEvent) => {
    if (!ours(e.sourceId) || !e.tile) return;
    watch.loaded();
    if (!told && isLive()) {
      told = true;
      cb.onReady(id);
    }
  };
  const onError = (e: { sourceId?: string; error?: Error }) => {
    if (ours(e.sourceId)) watch.failed();
  };
  map.on('sourcedata', onData);
  map.on('error', onError);
  current = { id, watch, off: () => { map.off('sourcedata', onData); map.off('error', onError); } };
  setBasemapCredit(b.credit);
  try {
    await setDatumKeepingView(map, b.datum);
    if (!isLive()) return;
    await addOnline(map, b, isLive);
  } catch (e) {
    console.warn('basemap:', (e as Error).message);
    watch.failed();
  }
}
