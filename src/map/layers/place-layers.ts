/**
 * deck.gl layers for located records (carriers, institutions, enterprises): a symbol per place, its
 * shape and colour by kind, solid at its own point or hollow at a schematic position inside its zone;
 * places linked to the selection sit on a yellow halo and the rest fade. Dense places arrive already
 * clustered (see ../clusters.ts) and are drawn as counted discs. Pure builders with fixed ids; the
 * hovered place is drawn again on top by `place-hover`, so hover never re-runs every accessor.
 */
import { IconLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { PlaceCluster } from '../clusters';
import { HIGHLIGHT, type PlaceKind } from './place-colors';
import { iconName, PLACE_ICON_MAPPING } from './place-icons';

export type { PlaceKind } from './place-colors';
export { PLACE_COLORS } from './place-colors';

export interface PlacePoint {
  id: string;
  kind: PlaceKind;
  position: [number, number];
  /** True when the position is schematic (derived from the zone, not from the record). */
  schematic: boolean;
}

export interface PlaceLayerInput {
  /** Places drawn on their own. */
  places: PlacePoint[];
  /** Counted clusters of the other places. */
  clusters: PlaceCluster[];
  selectedId: string | null;
  hoveredId: string | null;
  highlightedIds: ReadonlySet<string>;
  /** The symbol atlas (a canvas drawn by place-icons.ts). */
  iconAtlas: HTMLCanvasElement | string;
  /** CSS font stack for the cluster counts. */
  fontFamily: string;
}

/** Cluster group of places linked to the selection (see map-view's `groupOf`). */
export const HIGHLIGHTED_GROUP = 'highlighted';

const clusterRadius = (c: PlaceCluster) => 10 + 3 * Math.log2(c.count);

export function buildPlaceLayers(input: PlaceLayerInput) {
  const triggers = [input.selectedId, [...input.highlightedIds].join(',')];
  const emphasised = (p: PlacePoint) => p.id === input.selectedId || input.highlightedIds.has(p.id);
  const linked = (p: PlacePoint) => p.id === input.selectedId || input.highlightedIds.has(p.id);
  const fading = input.highlightedIds.size > 0;
  const haloed = input.places.filter(linked);
  // Highlighted clusters last, so they are drawn on top of plain ones.
  const clusters = [...input.clusters].sort((x, y) => Number(x.group === HIGHLIGHTED_GROUP) - Number(y.group === HIGHLIGHTED_GROUP));
  return [
    // Clusters first, then the halos of linked places over them, then the symbols and counts.
    new ScatterplotLayer<PlaceCluster>({
      id: 'place-clusters',
      data: clusters,
      pickable: true,
      stroked: true,
      radiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      getPosition: (c) => c.position,
      getRadius: clusterRadius,
      getFillColor: (c) => (c.group === HIGHLIGHTED_GROUP ? [...HIGHLIGHT, 245] : [52, 58, 72, fading ? 150 : 225]),
      getLineColor: (c) => (c.group === HIGHLIGHTED_GROUP ? [120, 80, 0, 255] : [255, 255, 255, 255]),
      getLineWidth: 2,
      updateTriggers: { getFillColor: triggers, getLineColor: triggers },
    }),
    new ScatterplotLayer<PlacePoint>({
      id: 'place-halos',
      data: haloed,
      pickable: false,
      stroked: true,
      radiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      getPosition: (p) => p.position,
      getRadius: (p) => (p.id === input.selectedId ? 18 : 15),
      getFillColor: [...HIGHLIGHT, 255],
      getLineColor: (p) => (p.id === input.selectedId ? [20, 20, 20, 255] : [120, 80, 0, 255]),
      getLineWidth: (p) => (p.id === input.selectedId ? 2.5 : 1.5),
      updateTriggers: { getRadius: triggers, getLineColor: triggers, getLineWidth: triggers },
    }),
    new IconLayer<PlacePoint>({
      id: 'places',
      data: input.places,
      pickable: true,
      // deck.gl's `image` prop type turns a canvas into a texture synchronously; its typing lists only URLs and textures.
      iconAtlas: input.iconAtlas as unknown as string,
      iconMapping: PLACE_ICON_MAPPING,
      sizeUnits: 'pixels',
      getPosition: (p) => p.position,
      getIcon: (p) => iconName(p.kind, p.schematic),
      getSize: (p) => (p.id === input.selectedId ? 24 : emphasised(p) ? 20 : 15),
      getColor: (p) => [0, 0, 0, fading && !emphasised(p) ? 110 : 255],
      updateTriggers: { getSize: triggers, getColor: triggers },
    }),
    new IconLayer<PlacePoint>({
      id: 'place-hover',
      data: input.places.filter((p) => p.id === input.hoveredId && p.id !== input.selectedId),
      pickable: false,
      iconAtlas: input.iconAtlas as unknown as string,
      iconMapping: PLACE_ICON_MAPPING,
      sizeUnits: 'pixels',
      getPosition: (p) => p.position,
      getIcon: (p) => iconName(p.kind, p.schematic),
      getSize: 20,
      getColor: [0, 0, 0, 255],
    }),
    new TextLayer<PlaceCluster>({
      id: 'place-cluster-counts',
      data: clusters,
      pickable: false,
      getPosition: (c) => c.position,
      getText: (c) => String(c.count),
      getSize: 12,
      sizeUnits: 'pixels',
      getColor: (c) => (c.group === HIGHLIGHTED_GROUP ? [60, 40, 0, 255] : [255, 255, 255, 255]),
      fontFamily: input.fontFamily,
      fontWeight: 700,
      characterSet: '0123456789',
      getTextAnchor: 'middle',
      getAlignmentBaseline: 'center',
      updateTriggers: { getColor: triggers },
    }),
  ];
}
