/**
 * Builds `data/stations.json` at build time from the embedded basemap's station layer,
 * scripts/basemap/layers/metro-stations.geojson (derived from the reference geodata's OSM records:
 * © OpenStreetMap contributors, ODbL; see docs/BASEMAP.md). Only named stations are kept (the layer's
 * unnamed dots are OSM subway nodes with no name: nothing to list). Each gets a stable id
 * `station:<slug>`, the slug from its name's pinyin (pinyin-pro), made unique with `-2`, `-3`… in
 * name order. No English name is given: the layer has none, and none is invented. Throws, naming the
 * feature, on a named station without a valid position.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { STATIONS_BUNDLE_VERSION, type Station, type StationsBundle } from '../src/data/stations';
import { root } from './validate-files';

export const STATIONS_SOURCE = join(root, 'scripts/basemap/layers/metro-stations.geojson');

interface SourceFeature {
  properties: { name_zh?: string | null; lines?: string | null; interchange?: boolean | null };
  geometry: { type: string; coordinates: unknown } | null;
}

/** Toneless pinyin syllables of a name, non-Chinese runs (digits, letters) kept, punctuation dropped. */
export function pinyinSyllables(name: string): string[] {
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]+/g, ''))
    .filter(Boolean);
}

/** `zhong-shan-gong-yuan` for 中山公园. */
export function stationSlug(name: string): string {
  return pinyinSyllables(name).join('-') || 'station';
}

/** Lines split on `;`, trimmed, de-duplicated, in natural order (2 before 10; `3-4` after 3). */
export function parseLines(lines: string | null | undefined): string[] {
  const list = [...new Set((lines ?? '').split(';').map((l) => l.trim()).filter(Boolean))];
  return list.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

// Shanghai's extent, generously: a position outside it is a broken record, not a station.
const inShanghai = ([lng, lat]: number[]) => lng > 120.8 && lng < 122.2 && lat > 30.6 && lat < 31.9;

export function stationsFromGeojson(geojson: { features?: SourceFeature[] }): Station[] {
  const named = (geojson.features ?? []).filter((f) => typeof f.properties?.name_zh === 'string' && f.properties.name_zh.trim());
  const problems: string[] = [];
  const stations: Station[] = [];
  const used = new Map<string, number>();
  const sorted = [...named].sort((a, b) => a.properties.name_zh!.localeCompare(b.properties.name_zh!, 'zh-Hans-CN'));
  for (const f of sorted) {
    const zh = f.properties.name_zh!.trim();
    const c = f.geometry?.type === 'Point' ? f.geometry.coordinates : null;
    if (!Array.isArray(c) || c.length < 2 || !c.every((x) => typeof x === 'number' && Number.isFinite(x)) || !inShanghai(c as number[])) {
      problems.push(`${zh}: no valid point in Shanghai (${JSON.stringify(c)})`);
      continue;
    }
    const base = stationSlug(zh);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const lines = parseLines(f.properties.lines);
    stations.push({
      id: `station:${n === 1 ? base : `${base}-${n}`}`,
      name: { zh },
      pinyin: pinyinSyllables(zh).join(' '),
      lines,
      interchange: f.properties.interchange === true,
      position: [c[0] as number, c[1] as number],
    });
  }
  if (problems.length) throw new Error(`metro-stations.geojson has ${problems.length} broken station(s):\n  ${problems.join('\n  ')}`);
  return stations;
}

export function buildStationsBundle(file = STATIONS_SOURCE): string {
  const geojson = JSON.parse(readFileSync(file, 'utf8')) as { features?: SourceFeature[]; _attribution?: string };
  const bundle: StationsBundle = {
    version: STATIONS_BUNDLE_VERSION,
    attribution: geojson._attribution ?? '© OpenStreetMap contributors (ODbL-1.0)',
    stations: stationsFromGeojson(geojson),
  };
  return JSON.stringify(bundle);
}
