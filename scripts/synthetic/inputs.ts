/**
 * Node-side readers of the synthetic layer's inputs: the basemap layers of the land mask (read from
 * scripts/basemap/layers/, where the basemap's GeoJSON lives now, else the older public/basemap/) and
 * the app's zones (geodata/<plan>/zones.geojson). The worker reads the same files through Vite.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { MASK_LAYER_FILES, type BasemapLayers } from '../../src/features/synthetic-enterprises/land-mask';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the basemap's GeoJSON layers are looked for, in order. */
export const BASEMAP_LAYER_DIRS = ['scripts/basemap/layers', 'public/basemap'];

export function basemapLayerDir(root = REPO_ROOT): string {
  for (const d of BASEMAP_LAYER_DIRS) {
    const dir = join(root, d);
    if (Object.values(MASK_LAYER_FILES).every((f) => existsSync(join(dir, `${f}.geojson`)))) return dir;
  }
  throw new Error(`synthetic: no basemap layers (${Object.values(MASK_LAYER_FILES).join(', ')}) in ${BASEMAP_LAYER_DIRS.join(' or ')}`);
}

const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as FeatureCollection;

export function readBasemapLayers(root = REPO_ROOT): BasemapLayers {
  const dir = basemapLayerDir(root);
  const read = (name: string) => readJson(join(dir, `${name}.geojson`));
  return {
    roadsMajor: read(MASK_LAYER_FILES.roadsMajor),
    roadsMinor: read(MASK_LAYER_FILES.roadsMinor),
    stations: read(MASK_LAYER_FILES.stations),
    water: read(MASK_LAYER_FILES.water),
  };
}

export function readZoneCollections(root = REPO_ROOT): FeatureCollection[] {
  const geodata = join(root, 'geodata');
  return readdirSync(geodata, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(geodata, e.name, 'zones.geojson')))
    .map((e) => e.name)
    .sort()
    .map((name) => readJson(join(geodata, name, 'zones.geojson')));
}
