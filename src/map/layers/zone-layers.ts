/**
 * deck.gl layers for zones: filled polygons coloured by plan, outlined, with labels for the larger
 * zones. Pure builders: fixed ids, every accessor input in `updateTriggers`; picking is handled by the
 * overlay, which calls store actions.
 */
import { GeoJsonLayer, TextLayer } from '@deck.gl/layers';
import type { Zone } from '../../data/schema';
import { planColor, type Rgb } from './palette';
import { LABEL_FONT_FAMILY } from '../fonts';

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
  labelPoints: ReadonlyMap<string, [number, number]>;
}


/** A plan's whole area (even inside a radiation area) or a zone with no parent: filled and labelled. */
const isMajor = (zone: Zone) => !zone.properties.parent || zone.properties.zoneType === 'area';

function fillAlpha(zone: Zone, input: ZoneLayerInput): number {
  const id = zone.properties.id;
  if (id === input.selectedId) return 110;
  if (id === input.hoveredId) return 95;
  if (input.highlightedIds.has(id)) return isMajor(zone) ? 80 : 30;
  // Nested zones are outlined only, so that stacked belts and cells do not muddy their parent's colour.
  if (!isMajor(zone)) return 0;
  return zone.properties.zoneType === 'radiation' ? 18 : 50;
}

function lineColor(zone: Zone, input: ZoneLayerInput): [...Rgb, number] {
  const id = zone.properties.id;
  if (id === input.selectedId) return [20, 20, 20, 255];
  if (id === input.hoveredId) return [...planColor(zone.properties.plan), 255];
  return [...planColor(zone.properties.plan), 200];
}

export function buildZoneLayers(input: ZoneLayerInput) {
  const triggers = [input.selectedId, input.hoveredId, [...input.highlightedIds].join(',')];
  const labelled = input.zones.filter((z) => {
    const id = z.properties.id;
    // Major zones are always labelled; nested ones when selected, hovered or linked to the selection.
    return isMajor(z) || id === input.selectedId || id === input.hoveredId || input.highlightedIds.has(id);
  });
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
      getLineWidth: (f) => (f.properties.id === input.selectedId ? 3 : f.properties.id === input.hoveredId ? 2.5 : 1.2),
      updateTriggers: { getFillColor: triggers, getLineColor: triggers, getLineWidth: triggers },
    }),
    new TextLayer<Zone>({
      id: 'zone-labels',
      data: labelled,
      pickable: false,
      getPosition: (z) => input.labelPoints.get(z.properties.id) ?? [0, 0],
      getText: (z) => input.labels.get(z.properties.id) ?? z.properties.name.zh,
      getSize: (z) => (z.properties.zoneType === 'area' ? 15 : 12),
      sizeUnits: 'pixels',
      getColor: (z) => [...planColor(z.properties.plan).map((c) => Math.round(c * 0.55)), 255] as [number, number, number, number],
      fontFamily: LABEL_FONT_FAMILY,
      characterSet: 'auto',
      fontSettings: { sdf: true },
      outlineWidth: 4,
      outlineColor: [255, 255, 255, 230],
      getTextAnchor: 'middle',
      getAlignmentBaseline: 'center',
      updateTriggers: { getText: [input.labels], getPosition: [input.labelPoints] },
    }),
  ];
}
