/**
 * A layer back out as a file: GeoJSON (WGS84, every feature, a not-located one with a null geometry)
 * or CSV (UTF-8 with BOM, lng/lat of points; other shapes as GeoJSON text), each feature with its Atlas
 * zone. Formula-like cells are escaped so a spreadsheet never runs them. Written 2 000 features at a
 * time (the page gets a turn between), saved through features/export as a Blob of the parts.
 */
import { BOM } from '../export/csv';
import { downloadBlob } from '../export/download';
import { localDate } from '../export/file-name';
import { atlasData } from '../../data/atlas-data';
import { featureAt, type LayerFeature } from './core/table';
import type { ImportLayer } from './model';
import { yieldToPage } from './slices';

/** Features written per step; the page gets a turn between steps (a million-row layer never blocks it). */
const STEP = 2000;

function zoneNames(): (id: string | null) => string {
  const names = new Map(atlasData().atlas.zones.map((z) => [z.properties.id, z.properties.name.zh]));
  return (id) => (id ? names.get(id) ?? id : '');
}

/** The layer's features as objects, STEP at a time, in order (made from the table only here). */
async function eachStep(layer: ImportLayer, fn: (features: LayerFeature[], first: boolean) => void): Promise<void> {
  for (let from = 0; from < layer.table.count || from === 0; from += STEP) {
    const features: LayerFeature[] = [];
    for (let i = from; i < Math.min(layer.table.count, from + STEP); i++) {
      const f = featureAt(layer.table, i);
      if (f) features.push(f);
    }
    fn(features, from === 0);
    await yieldToPage();
    if (layer.table.count === 0) break;
  }
}

const baseName = (name: string) => name.replace(/\.[^.]*$/, '').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').slice(0, 80) || 'layer';

/** The GeoJSON text in parts (a FeatureCollection; join them for the whole). */
export async function layerGeojsonParts(layer: ImportLayer): Promise<string[]> {
  const zoneName = zoneNames();
  const parts = ['{"type":"FeatureCollection","features":['];
  let written = false;
  await eachStep(layer, (features) => {
    if (!features.length) return;
    const text = JSON.stringify(features.map((f) => ({
      type: 'Feature',
      properties: { ...f.properties, name: f.name, ...(f.address !== undefined ? { address: f.address } : {}), atlas_zone: f.zone, atlas_zone_name: f.zone ? zoneName(f.zone) : null },
      geometry: f.geometry,
    })));
    parts.push((written ? ',' : '') + text.slice(1, -1));
    written = true;
  });
  parts.push(']}');
  return parts;
}

/** The CSV text in parts, with its BOM and header (join them for the whole). */
export async function layerCsvParts(layer: ImportLayer): Promise<string[]> {
  const { unparse } = (await import('papaparse')).default;
  const zoneName = zoneNames();
  const keys = layer.table.keys;
  const fields = ['name', 'address', 'lng', 'lat', 'geometry', 'atlas_zone', 'atlas_zone_name', ...keys.map((k) => (['name', 'address', 'lng', 'lat', 'geometry', 'atlas_zone', 'atlas_zone_name'].includes(k) ? `property_${k}` : k))];
  const parts: string[] = [BOM];
  await eachStep(layer, (features, first) => {
    const data = features.map((f) => {
      const pt = f.geometry?.type === 'Point' ? f.geometry.coordinates : null;
      return [
        f.name, f.address ?? '', pt ? pt[0] : '', pt ? pt[1] : '', f.geometry && !pt ? JSON.stringify(f.geometry) : '',
        f.zone ?? '', zoneName(f.zone), ...keys.map((k) => { const v = f.properties[k]; return v === null || v === undefined ? '' : String(v); }),
      ];
    });
    if (!first && !data.length) return;
    parts.push((first ? '' : '\r\n') + unparse({ fields, data }, { newline: '\r\n', escapeFormulae: true, header: first }));
  });
  return parts;
}

export async function exportLayer(layer: ImportLayer, format: 'geojson' | 'csv'): Promise<void> {
  const name = `import-${baseName(layer.name)}-${localDate(new Date())}.${format}`;
  if (format === 'geojson') downloadBlob(new Blob(await layerGeojsonParts(layer), { type: 'application/geo+json' }), name);
  else downloadBlob(new Blob(await layerCsvParts(layer), { type: 'text/csv;charset=utf-8' }), name);
}
