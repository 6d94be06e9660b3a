/**
 * The Atlas's own map layers, drawn by MapLibre itself (no second WebGL engine on the first screen):
 * zones filled by plan and outlined, zone labels placed with collision detection, and places by kind
 * with MapLibre's built-in clustering (supercluster, in MapLibre's worker). Pure: GeoJSON builders for
 * the sources, and the sources' and layers' specifications with fixed ids. Selection, links and hover
 * and hidden plans reach the zones as feature-state (`selected`, `lit`, `hover`, `hidden`), so changing them restyles without
 * re-tiling; the places linked to the selection move to a source of their own, clustered apart.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Precision, Zone } from '../../data/schema';
import type { MapDerived } from '../../data/derive';
import { planColor, type Rgb } from './palette';
import { HIGHLIGHT } from './place-colors';
import { BADGE_IMAGES, CLUSTER_FOOTPRINT, iconName, ICON_CELL, inlineIconName } from './place-icons';
import type { PlacePoint } from '../map-data';
import type { PlaceKind } from './place-colors';
import { BASEMAP_FONT } from '../basemap';
import { circlePaint, fillPaint, linePaint, textPaint } from './shared-programs';

/**
 * Four sources (each GeoJSON source costs a worker pass and its tiles, and every arrival a frame):
 * zones with their label points, plain places, linked places, and the selected and hovered place.
 */
export const SOURCES = {
  /** Zone polygons, and one label point per zone (`label: true`). */
  zones: 'atlas-zones',
  /** Places not linked to the selection, clustered. */
  places: 'atlas-places',
  /** Places linked to the selection, clustered apart from the rest. */
  lit: 'atlas-places-lit',
  /** The selected place (`role: selected`) and the place under the pointer (`role: hover`), never clustered. */
  emphasis: 'atlas-place-emphasis',
  /** One badge per zone counting the places known only to lie "somewhere in this zone". */
  badges: 'atlas-zone-badges',
} as const;

/** At this zoom and above no place is clustered. */
export const CLUSTER_MAX_ZOOM = 16;
/**
 * Places not linked to the selection are drawn from this zoom. Below it a zone is a few hundred
 * pixels across, and nearly every place is schematic ("somewhere in its zone"): a disc of 36 would
 * cover the very zone it stands for and tell nothing the zone does not. The zone panels and the
 * directory list them at every zoom; places linked to a selection are drawn at every zoom.
 */
export const PLAIN_PLACES_MINZOOM = 12;
/** Cluster radius, screen pixels. */
export const CLUSTER_RADIUS_PX = 36;

/** Symbol sizes on screen, pixels (the icons are drawn in ICON_CELL-pixel cells). */
const ICON_PX = { plain: 15, emphasised: 20, selected: 24 };
const iconScale = (px: number) => px / ICON_CELL;

const hex = ([r, g, b]: Rgb) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
const dark = (c: Rgb): Rgb => c.map((x) => Math.round(x * 0.55)) as Rgb;
const a = (alpha255: number) => alpha255 / 255;

/**
 * Zone outlines by location precision, in line widths (explained in the legend): solid where the
 * boundary follows the named streets (exact, street), long dashes where it is approximate, short
 * dashes where it is schematic. Data-driven dash arrays need MapLibre ≥ 5 (one line program for all).
 */
export const PRECISION_DASH_PATTERNS: Record<Precision, [number, number]> = {
  exact: [1, 0], street: [1, 0], approximate: [5, 2.5], schematic: [1.6, 2.2],
};
const PRECISION_DASHES = ['match', ['get', 'precision'],
  ...Object.entries(PRECISION_DASH_PATTERNS).flatMap(([p, dash]) => [p, ['literal', dash]]),
  ['literal', PRECISION_DASH_PATTERNS.schematic]] as unknown as ExpressionSpecification;

/** A plan's whole area (even inside a radiation area) or a zone with no parent: filled and always labelled. */
export const isMajor = (zone: Zone) => !zone.properties.parent || zone.properties.zoneType === 'area';

type Fc<G extends GeoJSON.Geometry, P> = GeoJSON.FeatureCollection<G, P>;
export interface ZoneProps { id: string; plan: string; color: string; major: boolean; radiation: boolean; rank: number; precision: Precision }
export interface LabelProps { id: string; label: true; name_zh: string; name_en: string; color: string; size: number; rank: number }
export interface PlaceProps { id: string; icon: string; role?: 'selected' | 'hover' }

/** The visible zones (largest first) with what their styling reads, then their label points. */
export function zoneFeatures(zones: readonly Zone[], derived: MapDerived): Fc<GeoJSON.Geometry, ZoneProps | LabelProps> {
  return { type: 'FeatureCollection', features: [...zonePolygons(zones).features, ...zoneLabelFeatures(zones, derived).features] };
}

function zonePolygons(zones: readonly Zone[]): Fc<GeoJSON.Polygon | GeoJSON.MultiPolygon, ZoneProps> {
  return {
    type: 'FeatureCollection',
    features: zones.map((z, rank) => ({
      type: 'Feature',
      geometry: z.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon,
      properties: {
        id: z.properties.id, plan: z.properties.plan, color: hex(planColor(z.properties.plan)),
        major: isMajor(z), radiation: z.properties.zoneType === 'radiation', rank, precision: z.properties.location.precision,
      },
    })),
  };
}

/** One label point per visible zone. */
function zoneLabelFeatures(zones: readonly Zone[], derived: MapDerived): Fc<GeoJSON.Point, LabelProps> {
  return {
    type: 'FeatureCollection',
    features: zones.map((z, rank) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: derived.labelPoint[z.properties.id] },
      properties: {
        id: z.properties.id, label: true, name_zh: z.properties.name.zh, name_en: z.properties.name.en ?? z.properties.name.zh,
        color: hex(dark(planColor(z.properties.plan))), size: z.properties.zoneType === 'area' ? 15 : 12, rank,
      },
    })),
  };
}

export function placeFeatures(places: readonly PlacePoint[], role?: PlaceProps['role']): Fc<GeoJSON.Point, PlaceProps> {
  return {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: p.position },
      properties: { id: p.id, icon: iconName(p.kind, p.schematic), ...(role ? { role } : {}) },
    })),
  };
}

/** The selected place and the hovered one, for the emphasis source. */
export function emphasisFeatures(selected: PlacePoint | null, hovered: PlacePoint | null): Fc<GeoJSON.Point, PlaceProps> {
  const features = [...placeFeatures(selected ? [selected] : [], 'selected').features, ...placeFeatures(hovered && hovered !== selected ? [hovered] : [], 'hover').features];
  return { type: 'FeatureCollection', features };
}

/**
 * A zone's badge: how many of the places drawn for it have no position of their own (schematic: the
 * texts say only that they are in this zone), by kind. A schematic place is never drawn as a pin at a
 * made-up spot; it is counted on its zone's badge, listed in the zone's panel, and framed by its zone.
 * `t_<kind>`: the count as shown ("12"; "3/12" while 3 of them are linked to the selection).
 */
export interface BadgeProps {
  zone: string;
  /** The kinds counted, in PLACE_KIND order ("carrier,enterprise"): picks the badge's text layout. */
  kinds: string;
  t_carrier: string; t_institution: string; t_enterprise: string;
  /** The badge's background: plain, lit (some of its places are linked to the selection), selected (holds the selection or the hovered place). */
  icon: string;
  /** The places counted, for the tooltip and the tests. */
  ids: string;
}

export const BADGE_KINDS: readonly PlaceKind[] = ['carrier', 'institution', 'enterprise'];

/** Badges for the schematic places drawn, at their zones' label points. `emphasised`: the selected and hovered place ids. */
export function badgeFeatures(
  schematic: readonly PlacePoint[], lit: ReadonlySet<string>, emphasised: ReadonlySet<string>, labelPoint: MapDerived['labelPoint'],
): Fc<GeoJSON.Point, BadgeProps> {
  const byZone = new Map<string, PlacePoint[]>();
  for (const p of schematic) if (p.zone) byZone.set(p.zone, [...(byZone.get(p.zone) ?? []), p]);
  const features: GeoJSON.Feature<GeoJSON.Point, BadgeProps>[] = [];
  for (const [zone, places] of byZone) {
    if (!labelPoint[zone]) continue;
    const text = (kind: PlaceKind) => {
      const of = places.filter((p) => p.kind === kind);
      const on = of.filter((p) => lit.has(p.id)).length;
      return of.length === 0 ? '' : on > 0 ? `${on}/${of.length}` : String(of.length);
    };
    const icon = places.some((p) => emphasised.has(p.id)) ? BADGE_IMAGES.selected : places.some((p) => lit.has(p.id)) ? BADGE_IMAGES.lit : BADGE_IMAGES.plain;
    const t = { t_carrier: text('carrier'), t_institution: text('institution'), t_enterprise: text('enterprise') };
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: labelPoint[zone] },
      properties: { zone, kinds: BADGE_KINDS.filter((k) => t[`t_${k}`]).join(), ...t, icon, ids: places.map((p) => p.id).join() },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * The badge's text: for each kind counted, its hollow symbol and its count. MapLibre's `format` has no
 * optional sections, so the seven combinations of kinds are written out as a `match` on `kinds`.
 */
function badgeText(): ExpressionSpecification {
  const combos = [1, 2, 3, 4, 5, 6, 7].map((mask) => BADGE_KINDS.filter((_, i) => mask & (1 << i)));
  const section = (k: PlaceKind, last: boolean) => [['image', inlineIconName(k)], {}, ['concat', ' ', ['get', `t_${k}`], last ? '' : '  '], {}];
  return ['match', ['get', 'kinds'],
    ...combos.flatMap((ks) => [ks.join(), ['format', ...ks.flatMap((k, i) => section(k, i === ks.length - 1))]]),
    ''] as unknown as ExpressionSpecification;
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export function atlasSources(): Record<string, SourceSpecification> {
  const clustered = { type: 'geojson', data: EMPTY, cluster: true, clusterRadius: CLUSTER_RADIUS_PX, clusterMaxZoom: CLUSTER_MAX_ZOOM - 1 } as const;
  return {
    [SOURCES.zones]: { type: 'geojson', data: EMPTY, promoteId: 'id' },
    [SOURCES.places]: clustered,
    [SOURCES.lit]: clustered,
    [SOURCES.emphasis]: { type: 'geojson', data: EMPTY },
    // Keyed by zone: the badges of hidden zones fade out through feature-state, like their zones.
    [SOURCES.badges]: { type: 'geojson', data: EMPTY, promoteId: 'zone' },
  };
}

const state = (key: 'selected' | 'lit' | 'hover' | 'hidden'): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const isCluster: ExpressionSpecification = ['has', 'point_count'];
const notCluster: ExpressionSpecification = ['!', ['has', 'point_count']];
/** The zones source's polygons (its label points carry `label`). */
const isPolygon: ExpressionSpecification = ['!', ['has', 'label']];

/** The zone label's text in the UI language (English falls back to the Chinese name). */
export function zoneLabelField(lang: 'zh' | 'en'): ExpressionSpecification {
  const name: ExpressionSpecification = lang === 'en' ? ['get', 'name_en'] : ['get', 'name_zh'];
  // A label is a name on the map, not its full text (the panel has that): a name longer than any the
  // documents give (zh 16, en 63 characters) is cut with an ellipsis, so that one hostile or mistaken
  // record cannot cover the map with glyphs.
  const max = lang === 'en' ? LABEL_MAX_EN : LABEL_MAX_ZH;
  return ['case', ['>', ['length', name], max], ['concat', ['slice', name, 0, max - 1], '…'], name];
}

/** The longest zone label drawn, in UTF-16 code units (the longest real names: zh 16, en 63). */
export const LABEL_MAX_ZH = 24;
export const LABEL_MAX_EN = 80;

/** Ids drawn with the always-shown label layer: the selection and the hovered zone. */
export function litLabelFilter(ids: readonly string[]): ExpressionSpecification {
  return ['all', ['has', 'label'], ['in', ['get', 'id'], ['literal', [...ids]]]];
}

/** These zones (major ones, and those linked to the selection), unless always shown, take their chance in the collision-checked label layer. */
export function plainLabelFilter(majorIds: readonly string[], litIds: readonly string[]): ExpressionSpecification {
  return ['all', ['has', 'label'], ['in', ['get', 'id'], ['literal', [...majorIds]]], ['!', ['in', ['get', 'id'], ['literal', [...litIds]]]]];
}

const labelLayout = (lang: 'zh' | 'en') => ({
  'text-field': zoneLabelField(lang),
  'text-font': BASEMAP_FONT,
  'text-size': ['get', 'size'] as ExpressionSpecification,
  'text-max-width': 8,
  'text-padding': 2,
});
const labelPaint = textPaint({ color: ['get', 'color'], haloColor: 'rgba(255,255,255,0.9)', haloWidth: 1.6 });

const placeSymbols = (id: string, source: string, px: number, filter?: ExpressionSpecification): LayerSpecification => ({
  id, type: 'symbol', source, ...(filter ? { filter } : {}),
  layout: { 'icon-image': ['get', 'icon'], 'icon-size': iconScale(px), 'icon-allow-overlap': true, 'icon-ignore-placement': true },
});

/** A cluster disc's radius in pixels, by its number of places. */
const clusterRadius: ExpressionSpecification = ['+', 10, ['*', 3, ['log2', ['get', 'point_count']]]];
const CLUSTER_STROKE_PX = 2;

const clusterCircles = (id: string, source: string, fill: string, stroke: string): LayerSpecification => ({
  id, type: 'circle', source, filter: isCluster,
  paint: circlePaint({ radius: clusterRadius, color: fill, strokeColor: stroke, strokeWidth: CLUSTER_STROKE_PX }),
});

/**
 * The count on a cluster, always drawn, and carrying an invisible icon the size of its disc that takes
 * part in collision: the zone labels, placed after the layers above them, give way to the disc
 * instead of being covered by it (issue 9). Only the selected and hovered zones' labels (drawn on top,
 * regardless of collision) may lie over a cluster.
 */
const clusterCounts = (id: string, source: string, colour: string): LayerSpecification => ({
  id, type: 'symbol', source, filter: isCluster,
  layout: {
    'text-field': ['to-string', ['get', 'point_count']], 'text-font': BASEMAP_FONT, 'text-size': 12, 'text-allow-overlap': true, 'text-ignore-placement': false,
    'icon-image': CLUSTER_FOOTPRINT, 'icon-size': ['/', ['*', 2, ['+', clusterRadius, CLUSTER_STROKE_PX]], ICON_CELL], 'icon-allow-overlap': true, 'icon-ignore-placement': false,
  },
  paint: textPaint({ color: colour, haloColor: 'rgba(0,0,0,0)', haloWidth: 0 }),
});

const highlight = hex(HIGHLIGHT);
const haloStroke = '#785000';

export function atlasLayers(lang: 'zh' | 'en'): LayerSpecification[] {
  return [
    { id: 'zones-fill', type: 'fill', source: SOURCES.zones, filter: isPolygon,
      layout: { 'fill-sort-key': ['get', 'rank'] },
      paint: fillPaint({
        color: ['get', 'color'],
        opacity: ['case',
          state('hidden'), 0,
          state('selected'), a(110),
          state('hover'), a(95),
          state('lit'), ['case', ['get', 'major'], a(80), a(30)],
          // Nested zones are outlined only, so that stacked belts and cells do not muddy their parent's colour.
          ['!', ['get', 'major']], 0,
          ['get', 'radiation'], a(18),
          a(50)],
      }) },
    { id: 'zones-line', type: 'line', source: SOURCES.zones, filter: isPolygon,
      layout: { 'line-sort-key': ['get', 'rank'], 'line-join': 'round' },
      paint: {
        ...linePaint({
          color: ['case', state('selected'), '#141414', ['get', 'color']],
          opacity: ['case', state('hidden'), 0, state('selected'), 1, state('hover'), 1, a(200)],
          width: ['case', state('selected'), 3, state('hover'), 2.5, 1.2],
        }),
        'line-dasharray': PRECISION_DASHES,
      } },
    // Below the labels in drawing order, so placed after them: a badge gives way to a zone's name,
    // and tries the four sides of its zone's label point until it fits.
    { id: 'zone-badges', type: 'symbol', source: SOURCES.badges,
      layout: {
        'text-field': badgeText(), 'text-font': BASEMAP_FONT, 'text-size': 11,
        // Below the zone's name, else above it; two-line names (English) push it a line further.
        'text-variable-anchor-offset': ['top', [0, 1.2], 'bottom', [0, -1.2], 'top-left', [-1.5, 2.4], 'bottom-left', [-1.5, -2.4]],
        'text-padding': 1,
        'icon-image': ['get', 'icon'], 'icon-text-fit': 'both', 'icon-text-fit-padding': [1, 4, 1, 4],
      },
      paint: { ...textPaint({ color: '#262b36', haloColor: 'rgba(0,0,0,0)', haloWidth: 0 }), 'text-opacity': ['case', state('hidden'), 0, 1], 'icon-opacity': ['case', state('hidden'), 0, 1] } },
    { id: 'zone-labels', type: 'symbol', source: SOURCES.zones, filter: plainLabelFilter([], []),
      layout: { ...labelLayout(lang), 'symbol-sort-key': ['get', 'rank'] }, paint: labelPaint },
    { ...clusterCircles('place-clusters', SOURCES.places, 'rgba(52, 58, 72, 0.88)', '#ffffff'), minzoom: PLAIN_PLACES_MINZOOM },
    clusterCircles('place-clusters-lit', SOURCES.lit, highlight, haloStroke),
    { id: 'place-halos', type: 'circle', source: SOURCES.lit, filter: notCluster,
      paint: circlePaint({ radius: 15, color: highlight, strokeColor: haloStroke, strokeWidth: 1.5 }) },
    { id: 'place-selected-halo', type: 'circle', source: SOURCES.emphasis, filter: ['==', ['get', 'role'], 'selected'],
      paint: circlePaint({ radius: 18, color: highlight, strokeColor: '#141414', strokeWidth: 2.5 }) },
    { ...placeSymbols('places', SOURCES.places, ICON_PX.plain, notCluster), minzoom: PLAIN_PLACES_MINZOOM },
    placeSymbols('places-lit', SOURCES.lit, ICON_PX.emphasised, notCluster),
    placeSymbols('place-hover', SOURCES.emphasis, ICON_PX.emphasised, ['==', ['get', 'role'], 'hover']),
    placeSymbols('place-selected', SOURCES.emphasis, ICON_PX.selected, ['==', ['get', 'role'], 'selected']),
    { ...clusterCounts('place-cluster-counts', SOURCES.places, '#ffffff'), minzoom: PLAIN_PLACES_MINZOOM },
    clusterCounts('place-cluster-counts-lit', SOURCES.lit, '#3c2800'),
    // The selection's and the hovered zone's labels are always drawn, over everything else, and placed
    // first (the top layer): the other labels give way to them (they take part in collision).
    { id: 'zone-labels-lit', type: 'symbol', source: SOURCES.zones, filter: litLabelFilter([]),
      layout: { ...labelLayout(lang), 'text-allow-overlap': true, 'text-ignore-placement': false }, paint: labelPaint },
  ];
}

/** Layers a pointer can pick, top first: places, then clusters, then zones. */
export const PICKABLE_LAYERS = ['place-selected', 'place-hover', 'places-lit', 'places', 'place-clusters-lit', 'place-clusters', 'zone-badges', 'zones-fill'] as const;
export const CLUSTER_LAYERS: readonly string[] = ['place-clusters-lit', 'place-clusters'];

/** Paint that dims the plain places while a selection lights up others. */
export function fadePaint(fading: boolean) {
  return {
    'places': { 'icon-opacity': fading ? a(110) : 1 },
    'place-clusters': { 'circle-opacity': fading ? 0.68 : 1, 'circle-stroke-opacity': fading ? 0.68 : 1 },
  } as const;
}
