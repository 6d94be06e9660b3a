/**
 * deck.gl layers for zones: filled polygons coloured by plan, outlined, with labels for the larger
 * zones. Pure builders: fixed ids, every accessor input in `updateTriggers`; picking is handled by the
 * overlay, which calls store actions. Hover has layers of its own (`zone-hover`, `zone-hover-label`)
 * holding just the hovered zone, so moving the pointer never re-runs the accessors of every zone.
 */
import { GeoJsonLayer, TextLayer } from '@deck.gl/layers';
import type { Zone } from '../../data/schema';
import { planColor, type Rgb } from './palette';

export interface ZoneLayerInput {
  /** Zones to draw, largest first so that smaller zones sit on top and win picking. */
  zones: Zone[];
  selectedId: string | null;
  hoveredId: string | null;
  /** Zones linked to the selection (drawn stronger). */
  highlightedIds: ReadonlySet<string>;
  /** Label text per zone id, in the UI language. */
  labels: ReadonlyMap<string, string>;
  /** Label anchor per zone id, [lng, lat]. */
  labelPoints: Readonly<Record<string, [number, number]>>;
  /** CSS font stack for the labels (the fallback until the web font has loaded). */
  fontFamily: string;
}


/** A plan's whole area (even inside a radiation area) or a zone with no parent: filled and labelled. */
const isMajor = (zone: Zone) => !zone.properties.parent || zone.properties.zoneType === 'area';

function fillAlpha(zone: Zone, input: ZoneLayerInput): number {
  const id = zone.properties.id;
  if (id === input.selectedId) return 110;
  if (input.highlightedIds.has(id)) return isMajor(zone) ? 80 : 30;
  // Nested zones are outlined only, so that stacked belts and cells do not muddy their parent's colour.
  if (!isMajor(zone)) return 0;
  return zone.properties.zoneType === 'radiation' ? 18 : 50;
}

function lineColor(zone: Zone, input: ZoneLayerInput): [...Rgb, number] {
  const id = zone.properties.id;
  if (id === input.selectedId) return [20, 20, 20, 255];
  return [...planColor(zone.properties.plan), 200];
}

const labelProps = (input: ZoneLayerInput) => ({
  pickable: false,
  getPosition: (z: Zone) => input.labelPoints[z.properties.id] ?? [0, 0],
  getText: (z: Zone) => input.labels.get(z.properties.id) ?? z.properties.name.zh,
  getSize: (z: Zone) => (z.properties.zoneType === 'area' ? 15 : 12),
  sizeUnits: 'pixels' as const,
  getColor: (z: Zone) => [...planColor(z.properties.plan).map((c) => Math.round(c * 0.55)), 255] as [number, number, number, number],
  fontFamily: input.fontFamily,
  characterSet: 'auto' as const,
  fontSettings: { sdf: true },
  outlineWidth: 4,
  outlineColor: [255, 255, 255, 230] as [number, number, number, number],
  getTextAnchor: 'middle' as const,
  getAlignmentBaseline: 'center' as const,
  updateTriggers: { getText: [input.labels], getPosition: [input.labelPoints] },
});

export function buildZoneLayers(input: ZoneLayerInput) {
  const triggers = [input.selectedId, [...input.highlightedIds].join(',')];
  const labelled = input.zones.filter((z) => {
    const id = z.properties.id;
    // Major zones are always labelled; nested ones when selected or linked to the selection (or hovered: see below).
    return isMajor(z) || id === input.selectedId || input.highlightedIds.has(id);
  });
  const hovered = input.zones.filter((z) => z.properties.id === input.hoveredId && z.properties.id !== input.selectedId);
  return [
    new GeoJsonLayer<Zone['properties']>({
      id: 'zones',
      data: input.zones as unknown as GeoJSON.Feature<GeoJSON.Geometry, Zone['properties']>[],
      pickable: true,
      filled: true,
      stroked: true,
      lineWidthUnits: 'pixels',
      getFillColor: (f) => [...planColor(f.properties.plan), fillAlpha(f as unknown as Zone, input)],
      getLineColor: (f) => lineColor(f as unknown as Zone, input),
      getLineWidth: (f) => (f.properties.id === input.selectedId ? 3 : 1.2),
      updateTriggers: { getFillColor: triggers, getLineColor: triggers, getLineWidth: triggers },
    }),
    new GeoJsonLayer<Zone['properties']>({
      id: 'zone-hover',
      data: hovered as unknown as GeoJSON.Feature<GeoJSON.Geometry, Zone['properties']>[],
      pickable: false,
      filled: true,
      stroked: true,
      lineWidthUnits: 'pixels',
      getFillColor: (f) => [...planColor(f.properties.plan), 45],
      getLineColor: (f) => [...planColor(f.properties.plan), 255],
      getLineWidth: 2.5,
    }),
    new TextLayer<Zone>({ id: 'zone-labels', data: labelled, ...labelProps(input) }),
    new TextLayer<Zone>({ id: 'zone-hover-label', data: hovered.filter((z) => !labelled.includes(z)), ...labelProps(input) }),
  ];
}
