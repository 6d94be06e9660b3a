/**
 * A layer back out as a file: GeoJSON (WGS84, every feature, a not-located one with a null geometry)
 * or CSV (UTF-8 with BOM, lng/lat of points; other shapes as GeoJSON text), each feature with its Atlas
 * zone. Formula-like cells are escaped so a spreadsheet never runs them. Saved through features/export.
 */
import { BOM } from '../export/csv';
import { downloadText } from '../export/download';
import { localDate } from '../export/file-name';
import { atlasData } from '../../data/atlas-data';
import { featureAt, type LayerFeature } from './core/table';
import type { ImportLayer } from './model';

const zoneName = (id: string | null) => (id ? atlasData().atlas.zones.find((z) => z.properties.id === id)?.properties.name.zh ?? id : '');

/** Every feature of the layer as an object, in order (made from the table one at a time). */
function* featuresOf(layer: ImportLayer): Generator<LayerFeature> {
  for (let i = 0; i < layer.table.count; i++) {
    const f = featureAt(layer.table, i);
    if (f) yield f;
  }
}

const baseName = (name: string) => name.replace(/\.[^.]*$/, '').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').slice(0, 80) || 'layer';

export function layerGeojson(layer: ImportLayer): GeoJSON.FeatureCollection<GeoJSON.Geometry | null> {
  return {
    type: 'FeatureCollection',
    features: [...featuresOf(layer)].map((f) => ({
      type: 'Feature',
      properties: { ...f.properties, name: f.name, ...(f.address !== undefined ? { address: f.address } : {}), atlas_zone: f.zone, atlas_zone_name: f.zone ? zoneName(f.zone) : null },
      geometry: f.geometry,
    })),
  };
}

export async function layerCsv(layer: ImportLayer): Promise<string> {
  const { unparse } = (await import('papaparse')).default;
  const keys = layer.table.keys;
  const fields = ['name', 'address', 'lng', 'lat', 'geometry', 'atlas_zone', 'atlas_zone_name', ...keys.map((k) => (['name', 'address', 'lng', 'lat', 'geometry', 'atlas_zone', 'atlas_zone_name'].includes(k) ? `property_${k}` : k))];
  const data = [...featuresOf(layer)].map((f) => {
    const pt = f.geometry?.type === 'Point' ? f.geometry.coordinates : null;
    return [
      f.name, f.address ?? '', pt ? pt[0] : '', pt ? pt[1] : '', f.geometry && !pt ? JSON.stringify(f.geometry) : '',
      f.zone ?? '', zoneName(f.zone), ...keys.map((k) => { const v = f.properties[k]; return v === null || v === undefined ? '' : String(v); }),
    ];
  });
  return BOM + unparse({ fields, data }, { newline: '\r\n', escapeFormulae: true });
}

export async function exportLayer(layer: ImportLayer, format: 'geojson' | 'csv'): Promise<void> {
  const name = `import-${baseName(layer.name)}-${localDate(new Date())}.${format}`;
  if (format === 'geojson') downloadText(JSON.stringify(layerGeojson(layer)), name, 'application/geo+json');
  else downloadText(await layerCsv(layer), name, 'text/csv;charset=utf-8');
}
