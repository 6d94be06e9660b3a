/**
 * Pure parts of the PMTiles layer: what an archive's metadata says, and the MapLibre layers that draw
 * it. An archive built by scripts/pmtiles/build.ts (schema `innovation-atlas/enterprise-tiles@1`)
 * has a `cells` layer (aggregates, low zooms) and an `enterprises` layer (points, thinned below the
 * top zoom), with a track table in the metadata; any other vector archive gets one neutral circle
 * layer per vector layer.
 */
import type { CircleLayerSpecification, ExpressionSpecification, FilterSpecification } from 'maplibre-gl';

export const ENTERPRISE_SCHEMA = 'innovation-atlas/enterprise-tiles@1';
export const SOURCE_ID = 'pmtiles-enterprises';
export const LAYER_PREFIX = 'pmtiles-enterprises-';

export interface TrackInfo {
  zh: string;
  en: string;
  color: [number, number, number];
}

export interface ArchiveInfo {
  synthetic: boolean;
  /** Atlas enterprise archive: the layer names and the track table. */
  enterprise?: { points: string; cells: string; pointMinZoom: number; tracks: TrackInfo[]; count?: number };
  /** Every vector layer the archive lists (for archives of other shapes). */
  vectorLayers: string[];
  attribution?: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isTrack(v: unknown): v is TrackInfo {
  return isRecord(v) && typeof v.zh === 'string' && typeof v.en === 'string' && Array.isArray(v.color) && v.color.length === 3 && v.color.every((c) => typeof c === 'number');
}

/** Reads an archive's JSON metadata defensively: a field of the wrong shape is ignored, never trusted. */
export function readArchiveInfo(metadata: unknown): ArchiveInfo {
  const m = isRecord(metadata) ? metadata : {};
  const vectorLayers = Array.isArray(m.vector_layers)
    ? m.vector_layers.flatMap((l) => (isRecord(l) && typeof l.id === 'string' ? [l.id] : []))
    : [];
  const info: ArchiveInfo = { synthetic: m.synthetic === true, vectorLayers };
  if (typeof m.attribution === 'string') info.attribution = m.attribution;
  const layers = isRecord(m.layers) ? m.layers : {};
  const tracks = Array.isArray(m.tracks) ? m.tracks.filter(isTrack) : [];
  if (m.schema === ENTERPRISE_SCHEMA && typeof layers.points === 'string' && typeof layers.cells === 'string') {
    const generator = isRecord(m.generator) ? m.generator : {};
    info.enterprise = {
      points: layers.points,
      cells: layers.cells,
      pointMinZoom: typeof layers.pointMinZoom === 'number' ? layers.pointMinZoom : 0,
      tracks,
      count: typeof generator.count === 'number' ? generator.count : undefined,
    };
  }
  return info;
}

const hex = ([r, g, b]: [number, number, number]) => `#${[r, g, b].map((c) => Math.max(0, Math.min(255, Math.round(c))).toString(16).padStart(2, '0')).join('')}`;
const FALLBACK_COLOR = '#6b6b6b';

/** A colour per track index (the `track` attribute), grey for anything else. */
export function trackColorExpression(tracks: readonly TrackInfo[]): ExpressionSpecification | string {
  if (tracks.length === 0) return FALLBACK_COLOR;
  const pairs = tracks.flatMap((t, i) => [i, hex(t.color)]);
  return ['match', ['to-number', ['get', 'track'], -1], ...pairs, FALLBACK_COLOR] as unknown as ExpressionSpecification;
}

export function trackColor(t: TrackInfo): string {
  return hex(t.color);
}

const LN_COUNT: ExpressionSpecification = ['ln', ['max', 1, ['to-number', ['get', 'count'], 1]]];


/** The MapLibre layers for an archive, bottom to top. */
export function buildTileLayers(info: ArchiveInfo, header: { minZoom: number; maxZoom: number }): CircleLayerSpecification[] {
  const e = info.enterprise;
  if (e) {
    const color = trackColorExpression(e.tracks);
    return [
      {
        id: `${LAYER_PREFIX}cells`,
        type: 'circle',
        source: SOURCE_ID,
        'source-layer': e.cells,
        maxzoom: e.pointMinZoom,
        paint: {
          // Aggregates show density, not track: the most common track would win nearly every cell.
          // Radius and colour on a log scale of the count: 1 → 2 px pale, 10 000 → 8 px dark red.
          'circle-radius': ['interpolate', ['linear'], LN_COUNT, 0, 2, 4.6, 4.5, 9.2, 7.5, 12, 8.5],
          'circle-color': ['interpolate', ['linear'], LN_COUNT, 0, '#fde68a', 3, '#fdae61', 6, '#f46d43', 8, '#d73027', 10, '#7f0000'],
          'circle-opacity': 0.8,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 0.5,
          'circle-stroke-opacity': 0.7,
        },
      },
      {
        id: `${LAYER_PREFIX}points`,
        type: 'circle',
        source: SOURCE_ID,
        'source-layer': e.points,
        minzoom: e.pointMinZoom,
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 1.6, 14, 3, 17, 6],
          'circle-color': color,
          'circle-opacity': 0.85,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 12, 0, 15, 0.8],
        },
      },
    ];
  }
  return info.vectorLayers.map((layer) => ({
    id: `${LAYER_PREFIX}${layer}`,
    type: 'circle',
    source: SOURCE_ID,
    'source-layer': layer,
    minzoom: header.minZoom,
    paint: { 'circle-radius': 2.5, 'circle-color': FALLBACK_COLOR, 'circle-opacity': 0.8 },
  }));
}

/** How a failure to open an archive is told to the reader. */
export function classifyOpenError(e: unknown): 'notPmtiles' | 'unreachable' {
  const message = e instanceof Error ? e.message : String(e);
  return /magic number|spec version/i.test(message) ? 'notPmtiles' : 'unreachable';
}

/** What a reader filters on. Every field is optional: absent means "all". */
export interface TileFilter {
  /** Track indices to keep. */
  tracks?: readonly number[];
  yearFrom?: number;
  yearTo?: number;
  /** Size-class indices to keep. */
  sizes?: readonly number[];
}

/**
 * The point layer's filter: the attributes are in every tile, so MapLibre filters on the GPU side of
 * its pipeline (per tile, as tiles are parsed) with no request to anyone.
 */
export function pointFilter(f: TileFilter): FilterSpecification {
  const all: ExpressionSpecification[] = [];
  if (f.tracks) all.push(['in', ['to-number', ['get', 'track'], -1], ['literal', [...f.tracks]]]);
  if (f.sizes) all.push(['in', ['to-number', ['get', 'size'], -1], ['literal', [...f.sizes]]]);
  if (f.yearFrom !== undefined) all.push(['>=', ['to-number', ['get', 'year'], 0], f.yearFrom]);
  if (f.yearTo !== undefined) all.push(['<=', ['to-number', ['get', 'year'], 0], f.yearTo]);
  return (all.length === 0 ? true : ['all', ...all]) as FilterSpecification;
}

/**
 * An aggregated cell's count under a track filter: the sum of its per-track counts (`n0`, `n1`, …).
 * Year and size are not broken down in the cells (that would multiply the attributes); a filter on
 * them needs points (zoom in) or a facet table (docs/SCALE.md).
 */
export function cellCountExpression(tracks: readonly number[] | undefined): ExpressionSpecification {
  if (!tracks) return ['to-number', ['get', 'count'], 0];
  if (tracks.length === 0) return ['literal', 0] as unknown as ExpressionSpecification;
  const terms = tracks.map((t) => ['to-number', ['get', `n${t}`], 0] as ExpressionSpecification);
  return (terms.length === 1 ? terms[0] : ['+', ...terms]) as ExpressionSpecification;
}
