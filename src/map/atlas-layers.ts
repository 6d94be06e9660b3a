/**
 * The one imperative boundary between the Atlas's state and its MapLibre layers: installs the
 * sources, layers and place symbols once, then turns each state change into the cheapest map call —
 * `setData` when the drawn set changes (filters, links), feature-state diffs for selection, links
 * and hover (no re-tiling), `setFilter` for which labels are always shown. Picking reads the rendered
 * features under the pointer: places before clusters before zones, and the smallest zone wins.
 */
import type { GeoJSONSource, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import type { Zone } from '../data/schema';
import type { MapDerived } from '../data/derive';
import type { PlacePoint } from './map-data';
import {
  atlasLayers, atlasSources, CLUSTER_LAYERS, fadePaint, isMajor, litLabelFilter, PICKABLE_LAYERS, placeFeatures,
  plainLabelFilter, SOURCES, zoneFeatures, zoneLabelField, zoneLabelFeatures,
} from './layers/atlas-style';
import { placeIconImages } from './layers/place-icons';

export type Pick =
  | { kind: 'record'; id: string }
  | { kind: 'cluster'; source: string; clusterId: number; position: [number, number] }
  | null;

type ZoneState = 'selected' | 'lit' | 'hover';

export class AtlasLayers {
  private readonly states: Record<ZoneState, Set<string>> = { selected: new Set(), lit: new Set(), hover: new Set() };
  private zoneIds = new Set<string>();
  private areaKm2: Record<string, number> = {};
  private majorIds: string[] = [];
  /** Zones whose label is always drawn: the selection, its links, the hovered zone. */
  private litLabelIds: string[] = [];

  constructor(private readonly map: MapLibreMap, lang: 'zh' | 'en') {
    for (const { name, image } of placeIconImages()) map.addImage(name, image);
    for (const [id, source] of Object.entries(atlasSources())) map.addSource(id, source);
    for (const layer of atlasLayers(lang)) map.addLayer(layer);
  }

  private source(id: string): GeoJSONSource {
    return this.map.getSource(id) as GeoJSONSource;
  }

  /** The zones to draw (largest first) and their labels. */
  setZones(zones: readonly Zone[], derived: MapDerived): void {
    this.areaKm2 = derived.areaKm2;
    this.zoneIds = new Set(zones.map((z) => z.properties.id));
    this.source(SOURCES.zones).setData(zoneFeatures(zones));
    this.source(SOURCES.labels).setData(zoneLabelFeatures(zones, derived));
    this.majorIds = zones.filter(isMajor).map((z) => z.properties.id);
    this.applyLabelFilters();
  }

  private applyLabelFilters(): void {
    this.map.setFilter('zone-labels', plainLabelFilter(this.majorIds, this.litLabelIds));
    this.map.setFilter('zone-labels-lit', litLabelFilter(this.litLabelIds));
  }

  /** Places split by role: plain (clustered), linked to the selection (clustered apart), the selection. */
  setPlaces(plain: readonly PlacePoint[], lit: readonly PlacePoint[], selected: PlacePoint | null): void {
    this.source(SOURCES.places).setData(placeFeatures(plain));
    this.source(SOURCES.lit).setData(placeFeatures(lit));
    this.source(SOURCES.selected).setData(placeFeatures(selected ? [selected] : []));
    for (const [layer, paint] of Object.entries(fadePaint(lit.length > 0 || selected !== null))) {
      for (const [key, value] of Object.entries(paint)) this.map.setPaintProperty(layer, key, value);
    }
  }

  setHoveredPlace(place: PlacePoint | null): void {
    this.source(SOURCES.hover).setData(placeFeatures(place ? [place] : []));
  }

  /** Selection, links and hover on zones: only the features whose state changed are touched. */
  setZoneStates(next: Record<ZoneState, ReadonlySet<string>>): void {
    for (const key of Object.keys(this.states) as ZoneState[]) {
      const before = this.states[key];
      const after = new Set([...next[key]].filter((id) => this.zoneIds.has(id)));
      for (const id of before) if (!after.has(id)) this.map.setFeatureState({ source: SOURCES.zones, id }, { [key]: false });
      for (const id of after) if (!before.has(id)) this.map.setFeatureState({ source: SOURCES.zones, id }, { [key]: true });
      this.states[key] = after;
    }
    const litLabels = [...this.states.selected, ...this.states.lit, ...this.states.hover];
    if (litLabels.join() !== this.litLabelIds.join()) {
      this.litLabelIds = litLabels;
      this.applyLabelFilters();
    }
  }

  setLang(lang: 'zh' | 'en'): void {
    for (const layer of ['zone-labels', 'zone-labels-lit']) this.map.setLayoutProperty(layer, 'text-field', zoneLabelField(lang));
  }

  /** What is under a screen point: a place, a cluster, or the smallest zone. */
  pick(point: PointLike): Pick {
    const hits = this.map.queryRenderedFeatures(point, { layers: PICKABLE_LAYERS.filter((l) => this.map.getLayer(l)) });
    if (!hits.length) return null;
    const top = hits.find((f) => f.layer.id !== 'zones-fill');
    if (top && CLUSTER_LAYERS.includes(top.layer.id)) {
      const g = top.geometry as GeoJSON.Point;
      return { kind: 'cluster', source: top.source, clusterId: top.properties.cluster_id as number, position: g.coordinates as [number, number] };
    }
    if (top) return { kind: 'record', id: top.properties.id as string };
    const zones = hits.map((f) => f.properties.id as string).sort((x, y) => (this.areaKm2[x] ?? 0) - (this.areaKm2[y] ?? 0));
    return { kind: 'record', id: zones[0] };
  }

  /** Calls `done` on the first frame drawn after every Atlas source has taken its latest data. */
  whenPainted(done: () => void): void {
    const ids = Object.values(SOURCES);
    const onRender = () => {
      if (!ids.every((id) => this.map.isSourceLoaded(id))) return;
      this.map.off('render', onRender);
      done();
    };
    // setData hands the data to the worker asynchronously: start looking from the next frame.
    requestAnimationFrame(() => {
      this.map.on('render', onRender);
      this.map.triggerRepaint();
    });
  }

  /** The zoom at which a cluster splits. */
  clusterExpansionZoom(source: string, clusterId: number): Promise<number> {
    return this.source(source).getClusterExpansionZoom(clusterId);
  }
}
