/**
 * The embedded, offline basemap style: land, schematic rivers, roads, metro and district labels, all
 * drawn from one vector tileset on the app's own origin, `basemap/tiles/{z}/{x}/{y}.pbf` (cut by
 * scripts/build-basemap-tiles.ts from scripts/basemap/layers/*.geojson; see docs/BASEMAP.md).
 * No `glyphs` and no `sprite`: MapLibre renders text locally with the app's web font.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { circlePaint, fillPaint, linePaint, textPaint } from './layers/shared-programs';

/**
 * The tileset's attribution (its metadata.json). The map shows the reader's version in the UI language
 * (`map.attribution` in src/i18n), in its attribution control: the style's source carries none, so
 * that an English line never shows in the Chinese UI.
 */
export const BASEMAP_ATTRIBUTION =
  'Basemap: metro, roads © OpenStreetMap contributors (ODbL); schematic rivers and district labels authored for Innovation Atlas';

/**
 * The credit of an online basemap the reader chose (src/features/basemaps), shown by the map's
 * attribution control instead of the embedded basemap's while that one is hidden; null for the embedded one.
 */
export type BasemapCredit = { zh: string; en: string } | null;
let credit: BasemapCredit = null;
const creditListeners = new Set<() => void>();
export const basemapCredit = (): BasemapCredit => credit;
export function setBasemapCredit(next: BasemapCredit): void {
  credit = next;
  creditListeners.forEach((l) => l());
}
export function onBasemapCredit(listener: () => void): () => void {
  creditListeners.add(listener);
  return () => creditListeners.delete(listener);
}

/**
 * The basemap's layers: one source-layer each in the vector tiles (built from
 * scripts/basemap/layers/<name>.geojson by scripts/build-basemap-tiles.ts).
 */
export const BASEMAP_SOURCES = ['water', 'roads-major', 'roads-minor', 'metro-lines', 'metro-stations', 'district-labels'] as const;
export type BasemapSource = (typeof BASEMAP_SOURCES)[number];

/** The one vector source of the style. */
export const BASEMAP_SOURCE_ID = 'basemap';

/**
 * The tileset in public/basemap/tiles/ (its metadata.json says the same; a test keeps them equal).
 * `bounds` covers every feature (district labels reach out to 嘉定/崇明/金山), so MapLibre never asks for
 * a tile outside it, and every tile inside it exists (empty ones as empty files: no 404s); above
 * `maxzoom` the z13 tiles (extent 8192, ~0.5 m) are overzoomed.
 */
export const BASEMAP_TILESET = {
  /** Folder of the tiles, relative to the app's base URL, and the template inside it. */
  folder: 'basemap/tiles/',
  template: '{z}/{x}/{y}.pbf',
  minzoom: 0,
  maxzoom: 13,
  bounds: [121.09, 30.81, 121.73, 31.63] as [number, number, number, number],
} as const;

/** The labels' font stack: the CSS font family shipped by the app (@fontsource/noto-sans-sc); see ./fonts.ts. */
export const BASEMAP_FONT = ['Noto Sans SC'];

/**
 * Shanghai Metro line colours (Pantone-based values as listed in the railmapgen colour database).
 * Line 15: #BBA786, the gold the railmapgen palette and a published colour table give and the press
 * describes ("colored gold on the map", Shanghai Daily, 2021); the operator publishes no code for it,
 * so the metro legend keeps it marked as unconfirmed. (The table first had #A4BCC2, a grey-blue.)
 */
export const METRO_LINE_COLOURS: Record<string, string> = {
  '1': '#E4002B', '2': '#97D700', '3': '#FFD100', '4': '#5F259F', '5': '#AC4FC6', '6': '#D9027D',
  '7': '#FF6900', '8': '#00A3E0', '9': '#71C5E8', '10': '#C1A7E2', '11': '#76232F', '12': '#007B5F',
  '13': '#EF95CF', '14': '#827A04', '15': '#BBA786', '16': '#2CD5C4', '17': '#C09C83', '18': '#D6A461',
};

const PALETTE = {
  land: '#f5f3ef',
  water: '#cadbe6',
  waterLabel: '#6f8fa6',
  roadCasing: '#ddd7cd',
  road: '#ffffff',
  expressway: '#f6e7c8',
  minorRoad: '#ffffff',
  minorCasing: '#e6e1d8',
  text: '#5f6670',
  districtText: '#8b8f96',
  halo: 'rgba(255,255,255,0.9)',
  station: '#ffffff',
  stationStroke: '#6b7078',
};

export interface BasemapOptions {
  lang: 'zh' | 'en';
  /** Where `basemap/tiles/…` is resolved from; defaults to `document.baseURI` in the browser. */
  baseUrl?: string;
}

/**
 * The absolute tile URL template (MapLibre needs absolute URLs). The folder is resolved and the
 * template appended as is: resolving the template itself would percent-encode its braces.
 */
export function basemapTileUrl(baseUrl?: string): string {
  const base = baseUrl ?? (typeof document !== 'undefined' ? document.baseURI : undefined);
  if (!base) throw new Error('buildBasemapStyle: no baseUrl given and no document.baseURI to resolve basemap/tiles/ against');
  return new URL(BASEMAP_TILESET.folder, base).href + BASEMAP_TILESET.template;
}

const zoomInterp = (...stops: number[]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;

function lineColourExpression(): ExpressionSpecification {
  const pairs = Object.entries(METRO_LINE_COLOURS).flat();
  return ['match', ['get', 'line'], ...pairs, '#9a9a9a'] as unknown as ExpressionSpecification;
}

function districtLabel(lang: BasemapOptions['lang']): ExpressionSpecification {
  return lang === 'en'
    ? ['format', ['get', 'name_en'], {}, '\n', {}, ['get', 'name_zh'], { 'font-scale': 0.85 }]
    : ['get', 'name_zh'];
}

/** The tileset's source-layer `name`, as the `source` / `source-layer` pair of a style layer. */
const from = (name: BasemapSource) => ({ source: BASEMAP_SOURCE_ID, 'source-layer': name }) as const;

function layers(lang: BasemapOptions['lang']): LayerSpecification[] {
  const text = { 'text-font': BASEMAP_FONT } as const;
  return [
    { id: 'background', type: 'background', paint: { 'background-color': PALETTE.land } },
    { id: 'water-area', type: 'fill', ...from('water'), filter: ['==', ['get', 'part'], 'area'], paint: fillPaint({ color: PALETTE.water }) },
    // Keeps the narrow rivers visible at low zoom, where their true width is under a pixel.
    { id: 'water-line', type: 'line', ...from('water'), filter: ['==', ['get', 'part'], 'centreline'], maxzoom: 14,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: linePaint({ color: PALETTE.water, width: [[8, 1], [12, 2], [14, 3]] }) },
    { id: 'roads-minor-casing', type: 'line', ...from('roads-minor'), minzoom: 13,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: linePaint({ color: PALETTE.minorCasing, width: [[13, 1.5], [17, 8]] }) },
    { id: 'roads-minor', type: 'line', ...from('roads-minor'), minzoom: 13,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: linePaint({ color: PALETTE.minorRoad, width: [[13, 0.8], [17, 6]] }) },
    { id: 'roads-major-casing', type: 'line', ...from('roads-major'), minzoom: 9,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: linePaint({ color: PALETTE.roadCasing, width: [[9, 1], [12, 3], [16, 9]] }) },
    { id: 'roads-major', type: 'line', ...from('roads-major'), minzoom: 9,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: linePaint({
        color: ['match', ['get', 'class'], 'expressway', PALETTE.expressway, PALETTE.road],
        width: [[9, 0.5], [12, 2], [16, 7]],
      }) },
    { id: 'metro-lines', type: 'line', ...from('metro-lines'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: linePaint({
        color: lineColourExpression(),
        width: [[9, 1], [12, 2], [15, 3.5]],
        offset: [[9, ['*', ['get', 'offset'], 0.5]], [12, ['*', ['get', 'offset'], 1]], [15, ['*', ['get', 'offset'], 1.75]]],
        opacity: 0.85,
      }) },
    { id: 'metro-stations', type: 'circle', ...from('metro-stations'), minzoom: 11,
      paint: {
        ...circlePaint({ color: PALETTE.station, strokeColor: PALETTE.stationStroke, strokeWidth: 1,
          radius: [[11, ['case', ['get', 'interchange'], 2.5, 1.8]], [15, ['case', ['get', 'interchange'], 5, 3.5]]] }),
        'circle-stroke-width': zoomInterp(11, 0.8, 15, 1.5),
      } },
    // Line numbers along the lines from the mid zooms ("3号线" / "Line 3"), in the line's colour; the
    // shared Line 3/4 section is drawn twice (offset ±1) and so is labelled for both lines.
    { id: 'metro-line-labels', type: 'symbol', ...from('metro-lines'), minzoom: 11.5,
      layout: { ...text, 'symbol-placement': 'line', 'symbol-spacing': 420, 'text-size': 11,
        'text-field': lang === 'en' ? ['concat', 'Line ', ['get', 'line']] : ['concat', ['get', 'line'], '号线'] },
      paint: textPaint({ color: lineColourExpression(), haloColor: PALETTE.halo, haloWidth: 1.6 }) },
    { id: 'water-labels', type: 'symbol', ...from('water'), filter: ['==', ['get', 'part'], 'centreline'], minzoom: 11,
      layout: { ...text, 'symbol-placement': 'line', 'text-field': lang === 'en' ? ['get', 'name_en'] : ['get', 'name_zh'], 'text-size': 12, 'text-letter-spacing': 0.1 },
      paint: textPaint({ color: PALETTE.waterLabel, haloColor: PALETTE.halo, haloWidth: 1 }) },
    { id: 'road-labels-minor', type: 'symbol', ...from('roads-minor'), minzoom: 15,
      layout: { ...text, 'symbol-placement': 'line', 'text-field': ['get', 'name_zh'], 'text-size': 11 },
      paint: textPaint({ color: PALETTE.text, haloColor: PALETTE.halo, haloWidth: 1.2 }) },
    { id: 'road-labels-major', type: 'symbol', ...from('roads-major'), minzoom: 13, filter: ['has', 'name_zh'],
      layout: { ...text, 'symbol-placement': 'line', 'text-field': ['coalesce', ['get', 'name_zh'], ''], 'text-size': 11 },
      paint: textPaint({ color: PALETTE.text, haloColor: PALETTE.halo, haloWidth: 1.2 }) },
    // Station names are Chinese in both languages: the OSM extract has no name:en and none is invented.
    { id: 'metro-station-labels', type: 'symbol', ...from('metro-stations'), minzoom: 13, filter: ['has', 'name_zh'],
      layout: { ...text, 'text-field': ['coalesce', ['get', 'name_zh'], ''], 'text-size': zoomInterp(13, 10, 16, 12),
        'text-offset': [0, 0.9], 'text-anchor': 'top', 'text-optional': true },
      paint: textPaint({ color: PALETTE.text, haloColor: PALETTE.halo, haloWidth: 1.2 }) },
    { id: 'district-labels', type: 'symbol', ...from('district-labels'), maxzoom: 14,
      layout: { ...text, 'text-field': districtLabel(lang), 'text-size': zoomInterp(8, 11, 12, 15), 'text-letter-spacing': 0.15,
        'text-max-width': 12 },
      paint: textPaint({ color: PALETTE.districtText, haloColor: PALETTE.halo, haloWidth: 1.5 }) },
  ];
}

/** The basemap style; add the Atlas's own layers on top of it. */
export function buildBasemapStyle(options: BasemapOptions): StyleSpecification {
  const source: SourceSpecification = {
    type: 'vector',
    tiles: [basemapTileUrl(options.baseUrl)],
    minzoom: BASEMAP_TILESET.minzoom,
    maxzoom: BASEMAP_TILESET.maxzoom,
    bounds: [...BASEMAP_TILESET.bounds],
  };
  return { version: 8, name: 'Innovation Atlas basemap', sources: { [BASEMAP_SOURCE_ID]: source }, layers: layers(options.lang) };
}
