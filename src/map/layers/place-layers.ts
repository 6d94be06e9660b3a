/**
 * deck.gl layer for located records (carriers, institutions, enterprises): a dot per place, coloured
 * by kind, ringed when selected. Records without a point of their own are drawn at a schematic
 * position inside their zone, hollow, so the difference stays visible.
 */
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Rgb } from './palette';

export type PlaceKind = 'carrier' | 'institution' | 'enterprise';

export interface PlacePoint {
  id: string;
  kind: PlaceKind;
  position: [number, number];
  /** True when the position is schematic (derived from the zone, not from the record). */
  schematic: boolean;
}

export const PLACE_COLORS: Record<PlaceKind, Rgb> = {
  carrier: [124, 58, 237],
  institution: [13, 110, 110],
  enterprise: [180, 83, 9],
};

export interface PlaceLayerInput {
  places: PlacePoint[];
  selectedId: string | null;
  hoveredId: string | null;
  highlightedIds: ReadonlySet<string>;
}

export function buildPlaceLayers(input: PlaceLayerInput) {
  const triggers = [input.selectedId, input.hoveredId, [...input.highlightedIds].join(',')];
  const emphasised = (p: PlacePoint) => p.id === input.selectedId || p.id === input.hoveredId || input.highlightedIds.has(p.id);
  return [
    new ScatterplotLayer<PlacePoint>({
      id: 'places',
      data: input.places,
      pickable: true,
      stroked: true,
      radiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      getPosition: (p) => p.position,
      getRadius: (p) => (p.id === input.selectedId ? 9 : emphasised(p) ? 7 : 5),
      getFillColor: (p) => [...PLACE_COLORS[p.kind], p.schematic ? 90 : 230],
      getLineColor: (p) => (p.id === input.selectedId ? [0, 0, 0, 255] : [255, 255, 255, 255]),
      getLineWidth: (p) => (p.id === input.selectedId ? 2.5 : 1.5),
      updateTriggers: { getRadius: triggers, getLineColor: triggers, getLineWidth: triggers },
    }),
  ];
}
