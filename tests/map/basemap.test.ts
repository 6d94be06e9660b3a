/**
 * The embedded basemap: the style is valid and fully offline, the files it names are shipped and
 * attributed, and the hand-authored rivers and district labels agree with the check-only reference.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { area, booleanPointInPolygon, featureCollection, intersect } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { BASEMAP_ATTRIBUTION, BASEMAP_SOURCES, buildBasemapStyle } from '../../src/map/basemap';
import { REFERENCE_MISSING, loadReference, referenceAvailable } from '../helpers/reference-geodata';

const BASE = 'http://localhost:5173/atlas/';
const PUBLIC_DIR = join(import.meta.dirname, '..', '..', 'public', 'basemap');
const OSM_CREDIT = '© OpenStreetMap contributors';
const OSM_DERIVED = ['metro-lines', 'metro-stations', 'roads-major', 'roads-minor'];

const readLayer = (name: string): FeatureCollection & Record<string, unknown> =>
  JSON.parse(readFileSync(join(PUBLIC_DIR, `${name}.geojson`), 'utf8'));

function positions(geometry: Feature['geometry']): Position[] {
  switch (geometry.type) {
    case 'Point': return [geometry.coordinates];
    case 'LineString': case 'MultiPoint': return geometry.coordinates;
    case 'Polygon': case 'MultiLineString': return geometry.coordinates.flat();
    case 'MultiPolygon': return geometry.coordinates.flat(2);
    default: return [];
  }
}

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => allStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => allStrings(v, out));
  return out;
}

describe('basemap style', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`validates against the MapLibre style spec (${lang})`, () => {
      const errors = validateStyleMin(buildBasemapStyle({ lang, baseUrl: BASE }));
      expect(errors.map((e) => e.message)).toEqual([]);
    });
  }

  it('is offline: no glyphs, no sprite, no URL to another origin', () => {
    const style = buildBasemapStyle({ lang: 'en', baseUrl: BASE });
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    const urls = allStrings(style).filter((s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^\/\//.test(s));
    expect(urls.length).toBe(BASEMAP_SOURCES.length);
    for (const url of urls) expect(url.startsWith(BASE)).toBe(true);
    expect(allStrings(style).filter((s) => /https?:/.test(s) && !s.startsWith(BASE))).toEqual([]);
  });

  it('uses kebab-case layer ids and the shipped web font for every label', () => {
    const style = buildBasemapStyle({ lang: 'zh', baseUrl: BASE });
    for (const layer of style.layers) {
      expect(layer.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      if (layer.type === 'symbol') expect(layer.layout?.['text-font']).toEqual(['Noto Sans SC']);
    }
    expect(new Set(style.layers.map((l) => l.id)).size).toBe(style.layers.length);
  });

  it('shows English district names only in English mode', () => {
    const label = (lang: 'zh' | 'en') =>
      JSON.stringify(buildBasemapStyle({ lang, baseUrl: BASE }).layers.find((l) => l.id === 'district-labels'));
    expect(label('zh')).not.toContain('name_en');
    expect(label('en')).toContain('name_en');
    expect(label('en')).toContain('name_zh');
  });

  it('resolves sources against the base URL', () => {
    const style = buildBasemapStyle({ lang: 'zh', baseUrl: 'http://127.0.0.1:4173/' });
    expect(style.sources['metro-lines']).toMatchObject({ type: 'geojson', data: 'http://127.0.0.1:4173/basemap/metro-lines.geojson' });
  });
});

describe('basemap files in public/basemap', () => {
  it('every source the style names exists and parses as a FeatureCollection', () => {
    for (const name of BASEMAP_SOURCES) {
      const fc = readLayer(name);
      expect(fc.type, name).toBe('FeatureCollection');
      expect(fc.features.length, name).toBeGreaterThan(0);
    }
  });

  it('every OSM-derived file carries the OSM attribution, and so does the style', () => {
    for (const name of OSM_DERIVED) expect(String(readLayer(name)._attribution), name).toContain(OSM_CREDIT);
    expect(BASEMAP_ATTRIBUTION).toContain(OSM_CREDIT);
  });

  it('coordinates are [lng, lat] in Shanghai with at most 6 decimals', () => {
    for (const name of BASEMAP_SOURCES) {
      const fc = readLayer(name);
      for (const f of fc.features) {
        for (const [lng, lat] of positions(f.geometry)) {
          expect(lng, name).toBeGreaterThan(120.8);
          expect(lng, name).toBeLessThan(122.2);
          expect(lat, name).toBeGreaterThan(30.6);
          expect(lat, name).toBeLessThan(31.95);
          expect(String(lng).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(6);
          expect(String(lat).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(6);
        }
      }
    }
  });

  it('stays small', () => {
    const total = readdirSync(PUBLIC_DIR).reduce((sum, f) => sum + statSync(join(PUBLIC_DIR, f)).size, 0);
    expect(total).toBeLessThan(1_000_000);
  });

  it('ships no check-only data: no Amap station, no shroad road, no copied reference file', () => {
    for (const f of ['districts.geojson', 'roads-major-shroad-wgs84.geojson', 'water-huangpu-suzhou-yunzaobang.geojson']) {
      expect(existsSync(join(PUBLIC_DIR, f))).toBe(false);
    }
    const text = readdirSync(PUBLIC_DIR).map((f) => readFileSync(join(PUBLIC_DIR, f), 'utf8')).join('\n');
    expect(text).not.toMatch(/amap|autonavi|shroad|datav/i);
  });

  it('the water layer is marked schematic', () => {
    for (const f of readLayer('water').features) expect(f.properties?.precision).toBe('schematic');
  });

  it('station names are Chinese from OSM; no English station name is invented', () => {
    for (const f of readLayer('metro-stations').features) {
      expect(f.properties).not.toHaveProperty('name_en');
      const name = f.properties?.name_zh;
      if (name !== null) expect(String(name)).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe.skipIf(!referenceAvailable())('authored layers against the check-only reference', () => {
  if (!referenceAvailable()) console.warn(REFERENCE_MISSING);

  const authoredWater = (): Feature<LineString>[] =>
    JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'scripts', 'basemap', 'water-authored.geojson'), 'utf8')).features;
  const referenceRiver = (zh: string) =>
    loadReference('water-huangpu-suzhou-yunzaobang').features.find((f) => f.properties?.name === zh) as Feature<Polygon>;

  it('every authored river centreline vertex lies inside the reference river', () => {
    for (const line of authoredWater()) {
      const river = referenceRiver(String(line.properties?.name_zh));
      const outside = line.geometry.coordinates.filter((p) => !booleanPointInPolygon(p, river));
      expect(outside, String(line.properties?.name_zh)).toEqual([]);
    }
  });

  // The Huangpu is drawn at a nominal 360 m, the creek at 70 m around a schematic centreline.
  const minOverlap: Record<string, number> = { 黄浦江: 0.7, 苏州河: 0.55 };
  it('most of each shipped river area overlaps the reference river', () => {
    for (const f of readLayer('water').features.filter((x) => x.properties?.part === 'area')) {
      const zh = String(f.properties?.name_zh);
      const shape = f as Feature<Polygon>;
      const overlap = intersect(featureCollection([shape, referenceRiver(zh)]));
      const share = overlap ? area(overlap) / area(shape) : 0;
      expect(share, zh).toBeGreaterThanOrEqual(minOverlap[zh]);
    }
  });

  it('each district label point lies inside its district', () => {
    const districts = loadReference('districts').features as Feature<MultiPolygon>[];
    const labels = readLayer('district-labels').features;
    expect(labels).toHaveLength(16);
    for (const label of labels) {
      const district = districts.find((d) => d.properties?.name === label.properties?.name_zh);
      expect(district, String(label.properties?.name_zh)).toBeDefined();
      expect(booleanPointInPolygon(positions(label.geometry)[0], district!), String(label.properties?.name_zh)).toBe(true);
    }
  });
});
