/**
 * The one imperative boundary between the Atlas's state and its MapLibre layers: installs the
 * sources, layers and place symbols once, then turns each state change into the cheapest map call —
 * `setData` when the drawn set changes (filters, links), feature-state diffs for selection, links
 * and hover (no re-tiling), `setFilter` for which labels are always shown. Picking reads the rendered
 * features under the pointer: places before clusters before zones, and the smallest zone wins.
 */
import type { GeoJSONSource, GeoJSONSourceSpecification, LayerSpecification, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import type { Zone } from '../data/schema';
import type { MapDerived } from '../data/derive';
import type { PlacePoint } from './map-data';
import {
  atlasLayers, atlasSources, CLUSTER_LAYERS, fadePaint, isMajor, litLabelFilter, PICKABLE_LAYERS, placeFeatures,
  plainLabelFilter, SOURCES, zoneFeatures, zoneLabelField, emphasisFeatures, type BadgeProps,
} from './layers/atlas-style';
import { placeIconImages } from './layers/place-icons';
import { toDisplayGeometry } from './projection';

export type Pick =
  | { kind: 'record'; id: string }
  | { kind: 'cluster'; source: string; clusterId: number; position: [number, number] }
  | null;

type ZoneState = 'selected' | 'lit' | 'hover';

/**
 * Sources added only once they have something to draw (the zones and plain places always are). The
 * badges are given their data after the first screen (map-view.tsx): not part of its tile jobs.
 */
const LAZY_SOURCES: ReadonlySet<string> = new Set([SOURCES.lit, SOURCES.emphasis, SOURCES.badges]);

/** Places by their role on the map. */
export interface PlaceSplit {
  plain: readonly PlacePoint[];
  lit: readonly PlacePoint[];
  selected: PlacePoint | null;
}

/**
 * Splits the places drawn at their own points by role for a selection and the ids it lights up.
 * Schematic places are not among them: they are counted on their zones' badges (`badgeFeatures`).
 */
export function splitPlaces(places: readonly PlacePoint[], highlighted: ReadonlySet<string>, selectedId: string | null): PlaceSplit {
  const own = places.filter((p) => !p.schematic);
  return {
    plain: own.filter((p) => !highlighted.has(p.id) && p.id !== selectedId),
    lit: own.filter((p) => highlighted.has(p.id) && p.id !== selectedId),
    selected: own.find((p) => p.id === selectedId) ?? null,
  };
}

type Badges = GeoJSON.FeatureCollection<GeoJSON.Point, BadgeProps>;
const badgeKey = (b: Badges) => b.features.map((f) => Object.values(f.properties).join('|')).join(';');

export class AtlasLayers {
  private readonly states: Record<ZoneState, Set<string>> = { selected: new Set(), lit: new Set(), hover: new Set() };
  private zoneIds = new Set<string>();
  private areaKm2: Record<string, number> = {};
  private allMajorIds: string[] = [];
  /** Major zones of visible plans: their labels take their chance in the collision-checked layer. */
  private majorIds: string[] = [];
  private hidden = new Set<string>();
  /** Zones whose label is always drawn, over everything: the selection and the hovered zone. */
  private litLabelIds: string[] = [];
  /** Zones linked to the selection: labelled where their labels fit (they must not pile up on a small map). */
  private linkedLabelIds: string[] = [];

  /** What each source was last given (a key of its content), so that unchanged data are never re-sent. */
  private readonly sent = new Map<string, string>();
  /** What each source was last given, in WGS84 (drawn through `toDisplayGeometry`: GCJ-02 under AMap). */
  private readonly data = new Map<string, GeoJSON.FeatureCollection>();
  /** Sources given new data since the last `whenPainted`. */
  private readonly changed = new Set<string>();

  /** Every layer, in drawing order, and the source specs (a source is added when it first has data). */
  private readonly layerOrder: LayerSpecification[];
  private readonly sourceSpecs = atlasSources();

  /**
   * Adds the Atlas's images, sources and layers with their first data already in them: every
   * source is tiled once, in the same pass as the basemap's first tiles (each worker round trip
   * costs a frame, and a frame is expensive with software WebGL). A source with nothing to draw yet
   * (the places linked to a selection, the selected place) is added, with its layers, when it has;
   * so are the zones' badges, which map-view.tsx gives only once the first screen is drawn.
   */
  constructor(private readonly map: MapLibreMap, lang: 'zh' | 'en', first: { zones: readonly Zone[]; derived: MapDerived; places: PlaceSplit }) {
    this.layerOrder = atlasLayers(lang);
    this.removeInstalled();
    for (const { name, image, options } of placeIconImages()) if (!map.hasImage(name)) map.addImage(name, image, options);
    this.send(this.sourceData(first.zones, first.derived, first.places));
    this.changed.clear(); // the first data are drawn with the first screen (marked on its own)
    this.noteZones(first.zones, first.derived);
    this.applyFade(first.places);
  }

  /**
   * Takes out the Atlas's layers and sources a restored style still carries (MapLibre re-applies the
   * serialised style after a lost WebGL context comes back), so that they are installed afresh, with
   * the current state, instead of being added twice.
   */
  private removeInstalled(): void {
    for (const layer of this.layerOrder) if (this.map.getLayer(layer.id)) this.map.removeLayer(layer.id);
    for (const id of Object.keys(this.sourceSpecs)) if (this.map.getSource(id)) this.map.removeSource(id);
  }

  /** Adds a source with its first data, and its layers in their place in the drawing order. */
  private addSource(id: string, data: GeoJSON.FeatureCollection): void {
    this.map.addSource(id, { ...this.sourceSpecs[id], data } as GeoJSONSourceSpecification);
    if (id === SOURCES.badges) for (const zone of this.hidden) this.map.setFeatureState({ source: id, id: zone }, { hidden: true });
    this.layerOrder.forEach((layer, i) => {
      if ((layer as { source?: string }).source !== id) return;
      const before = this.layerOrder.slice(i + 1).find((l) => this.map.getLayer(l.id));
      this.map.addLayer(layer, before?.id);
    });
  }

  private sourceData(zones: readonly Zone[] | null, derived: MapDerived | null, places: PlaceSplit | null) {
    const out: Record<string, { key: string; data: GeoJSON.FeatureCollection }> = {};
    if (zones && derived) out[SOURCES.zones] = { key: zones.map((z) => z.properties.id).join(), data: zoneFeatures(zones, derived) };
    if (places) {
      const entry = (list: readonly PlacePoint[]) => ({ key: list.map((p) => `${p.id}@${p.position}`).join(), data: placeFeatures(list) });
      out[SOURCES.places] = entry(places.plain);
      out[SOURCES.lit] = entry(places.lit);
    }
    return out;
  }

  /** setData only when the content changed; a source's first data adds it. */
  private send(data: Record<string, { key: string; data: GeoJSON.FeatureCollection }>): void {
    for (const [id, d] of Object.entries(data)) {
      const known = this.sent.get(id);
      if (known === d.key) continue;
      if (known === undefined && d.key === '' && LAZY_SOURCES.has(id)) continue; // nothing to draw yet
      this.sent.set(id, d.key);
      this.data.set(id, d.data);
      this.changed.add(id);
      const source = this.map.getSource(id) as GeoJSONSource | undefined;
      if (source) source.setData(toDisplayGeometry(d.data));
      else this.addSource(id, toDisplayGeometry(d.data));
    }
  }

  /** Draws every source again in the current display datum (src/map/projection.ts). */
  redisplay(): void {
    for (const [id, data] of this.data) {
      const source = this.map.getSource(id) as GeoJSONSource | undefined;
      if (!source) continue;
      this.changed.add(id);
      source.setData(toDisplayGeometry(data));
    }
  }

  private noteZones(zones: readonly Zone[], derived: MapDerived): void {
    this.areaKm2 = derived.areaKm2;
    this.zoneIds = new Set(zones.map((z) => z.properties.id));
    this.allMajorIds = zones.filter(isMajor).map((z) => z.properties.id);
    this.majorIds = this.allMajorIds.filter((id) => !this.hidden.has(id));
    this.applyLabelFilters();
  }

  /**
   * Zones of hidden plans: faded out through feature-state (the next frame, no re-tiling), with their
   * badges, and left out of labels and picking. The zones and badges sources keep every zone.
   */
  setHiddenZones(hidden: ReadonlySet<string>): void {
    for (const source of [SOURCES.zones, SOURCES.badges].filter((id) => this.map.getSource(id))) {
      for (const id of this.hidden) if (!hidden.has(id)) this.map.setFeatureState({ source, id }, { hidden: false });
      for (const id of hidden) if (!this.hidden.has(id)) this.map.setFeatureState({ source, id }, { hidden: true });
    }
    this.hidden = new Set(hidden);
    const major = this.allMajorIds.filter((id) => !this.hidden.has(id));
    if (major.join() !== this.majorIds.join()) {
      this.majorIds = major;
      this.applyLabelFilters();
    }
  }

  private applyFade(places: PlaceSplit): void {
    for (const [layer, paint] of Object.entries(fadePaint(places.lit.length > 0 || places.selected !== null))) {
      if (!this.map.getLayer(layer)) continue;
      for (const [key, value] of Object.entries(paint)) this.map.setPaintProperty(layer, key, value);
    }
  }

  private applyLabelFilters(): void {
    this.map.setFilter('zone-labels', plainLabelFilter([...new Set([...this.majorIds, ...this.linkedLabelIds])], this.litLabelIds));
    this.map.setFilter('zone-labels-lit', litLabelFilter(this.litLabelIds));
  }

  /** Places split by role: plain (clustered), linked to the selection (clustered apart), the selection. */
  setPlaces(places: PlaceSplit): void {
    this.send(this.sourceData(null, null, places));
    this.applyFade(places);
  }

  /** The zones' badges counting their schematic places (with their lit and selected states). */
  setBadges(badges: Badges): void {
    this.send({ [SOURCES.badges]: { key: badgeKey(badges), data: badges } });
  }

  /** The selected place and the place under the pointer, drawn over everything else. */
  setEmphasis(selected: PlacePoint | null, hovered: PlacePoint | null): void {
    // An empty key for nothing to emphasise: the lazy source is then not added until there is.
    const key = selected || hovered ? `${selected?.id ?? ''}|${hovered?.id ?? ''}` : '';
    this.send({ [SOURCES.emphasis]: { key, data: emphasisFeatures(selected, hovered) } });
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
    const shown = (ids: Iterable<string>) => [...ids].filter((id) => !this.hidden.has(id));
    const forced = shown([...this.states.selected, ...this.states.hover]);
    const linked = shown(this.states.lit);
    if (forced.join() !== this.litLabelIds.join() || linked.join() !== this.linkedLabelIds.join()) {
      this.litLabelIds = forced;
      this.linkedLabelIds = linked;
      this.applyLabelFilters();
    }
  }

  setLang(lang: 'zh' | 'en'): void {
    for (const layer of ['zone-labels', 'zone-labels-lit']) this.map.setLayoutProperty(layer, 'text-field', zoneLabelField(lang));
  }

  /** What is under a screen point: a place, a cluster, or the smallest zone. */
  pick(point: PointLike): Pick {
    // A hidden zone's badge is still laid out (faded out): it is not there to pick.
    const hits = this.map.queryRenderedFeatures(point, { layers: PICKABLE_LAYERS.filter((l) => this.map.getLayer(l)) })
      .filter((f) => f.layer.id !== 'zone-badges' || !this.hidden.has(f.properties.zone as string));
    if (!hits.length) return null;
    const top = hits.find((f) => f.layer.id !== 'zones-fill');
    if (top && CLUSTER_LAYERS.includes(top.layer.id)) {
      const g = top.geometry as GeoJSON.Point;
      return { kind: 'cluster', source: top.source, clusterId: top.properties.cluster_id as number, position: g.coordinates as [number, number] };
    }
    // A badge stands for its zone (its places are listed in the zone's panel).
    if (top) return { kind: 'record', id: (top.properties.id ?? top.properties.zone) as string };
    const zones = hits.map((f) => f.properties.id as string).filter((id) => !this.hidden.has(id)).sort((x, y) => (this.areaKm2[x] ?? 0) - (this.areaKm2[y] ?? 0));
    return zones.length ? { kind: 'record', id: zones[0] } : null;
  }

  /**
   * Calls `done` on the first frame drawn after the latest state change is on the map: at once for
   * feature-state and filters; for a source given new data, once it has delivered a tile built from
   * them (a camera move may still be loading other tiles: that is not this change).
   */
  whenPainted(done: () => void): void {
    const waiting = new Set(this.changed);
    this.changed.clear();
    const onData = (e: { sourceId?: string; tile?: unknown }) => {
      if (e.sourceId && e.tile && waiting.delete(e.sourceId) && !waiting.size) this.map.triggerRepaint();
    };
    const onRender = () => {
      if (waiting.size) return;
      this.map.off('render', onRender);
      this.map.off('sourcedata', onData);
      done();
    };
    this.map.on('sourcedata', onData);
    this.map.on('render', onRender);
    // A source whose tiles are all outside the view delivers none: stop waiting for it after a while.
    setTimeout(() => {
      if (!waiting.size) return;
      waiting.clear();
      this.map.triggerRepaint();
    }, 3000);
    this.map.triggerRepaint();
  }

  /** The zoom at which a cluster splits. */
  clusterExpansionZoom(source: string, clusterId: number): Promise<number> {
    return (this.map.getSource(source) as GeoJSONSource).getClusterExpansionZoom(clusterId);
  }
}
