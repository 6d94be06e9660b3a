/**
 * A reach's list as files, through src/features/export/: the directory's columns (papaparse CSV,
 * UTF-8 with BOM; GeoJSON) plus what the reach adds — `distance_m` (straight-line, geodesic, WGS84),
 * `reach_basis` (`own-point`, `zone` — distance to the zone's nearest point —, `in-zone-schematic` —
 * no position: counted by its zone, no distance —, `station`), and the reach itself (`reach_centre`,
 * `reach_radius_m`). A schematic place's row has no coordinates: the map's schematic spot is not a
 * position. Stations are rows of type `station` (lines in `kind`, OSM in the citation columns).
 * The GeoJSON's first feature is the reach's area. Pure but for `downloadReach`.
 */
import type { AtlasData } from '../../data/atlas-data';
import { recordRows } from '../../data/filter';
import { nameOfRecord } from '../../data/links';
import { BOM, csvCells } from '../export/csv';
import { downloadText } from '../export/download';
import { localDate } from '../export/file-name';
import { toGeoJson } from '../export/geojson';
import { EXPORT_COLUMNS, exportRecords, type ExportRecord } from '../export/records';
import { centreName, type ReachCentre, type ReachResult } from './reach-math';
import { reachArea } from './reach-layers';

export const REACH_COLUMNS = [...EXPORT_COLUMNS, 'distance_m', 'reach_basis', 'reach_centre', 'reach_radius_m'] as const;

export interface ReachRow extends ExportRecord {
  distance_m: number | null;
  reach_basis: 'own-point' | 'zone' | 'in-zone-schematic' | 'station';
  reach_centre: string;
  reach_radius_m: number;
}

export function reachRows(data: AtlasData, centre: ReachCentre, r: ReachResult, attribution = '© OpenStreetMap contributors (ODbL)'): ReachRow[] {
  const rows = new Map(recordRows(data).map((x) => [x.id, x]));
  const nameOf = (id: string) => {
    const rec = data.index.get(id);
    return rec && nameOfRecord(rec);
  };
  const tracks = new Map(data.atlas.tracks.map((tr) => [tr.id, tr.name]));
  const c = centre.kind === 'point' ? `point ${centre.position[0].toFixed(6)},${centre.position[1].toFixed(6)}` : centre.kind === 'station' ? `${centre.station.id} ${centre.station.name.zh}` : `${centre.zone.properties.id} ${centreName(centre).zh}`;
  const extra = (basis: ReachRow['reach_basis'], metres: number | null) => ({ distance_m: metres === null ? null : Math.round(metres), reach_basis: basis, reach_centre: c, reach_radius_m: r.radius });
  const record = (id: string, basis: ReachRow['reach_basis'], metres: number | null): ReachRow | null => {
    const row = rows.get(id);
    if (!row) return null;
    const [rec] = exportRecords([row], nameOf, (t) => tracks.get(t));
    // A schematic place or a zone: no point of its own to give.
    const point = basis === 'own-point' ? {} : { lng: null, lat: null };
    return { ...rec, ...point, ...extra(basis, metres) };
  };
  const out: (ReachRow | null)[] = [
    ...r.zones.map((z) => record(z.id, 'zone', z.metres)),
    ...r.places.map((p) => record(p.id, 'own-point', p.metres)),
    ...r.schematic.flatMap((s) => [...s.ids.carrier, ...s.ids.institution, ...s.ids.enterprise].map((id) => record(id, 'in-zone-schematic', null))),
    ...r.stations.map((s) => ({
      id: s.id, type: 'station', name_zh: s.name.zh, name_en: s.name.en ?? '', plans: [], plan_names: [], zones: [], zone_names: [], kind: (s.lines ?? []).join('; '),
      tracks: [], track_names: [], precision: '', lng: s.position![0], lat: s.position![1], citation_seed: '', citation_quote: attribution,
      ...extra('station', s.metres),
    })),
  ];
  return out.filter((x): x is ReachRow => !!x);
}

export async function reachCsv(rows: readonly ReachRow[]): Promise<string> {
  const { unparse } = (await import('papaparse')).default;
  const cells = (x: ReachRow) => [...csvCells(x), ...(['distance_m', 'reach_basis', 'reach_centre', 'reach_radius_m'] as const).map((k) => (x[k] === null ? '' : String(x[k])))];
  return BOM + unparse({ fields: [...REACH_COLUMNS], data: rows.map(cells) }, { newline: '\r\n' });
}

export function reachGeoJson(rows: readonly ReachRow[], centre: ReachCentre, r: ReachResult) {
  const fc = toGeoJson(rows);
  const area = reachArea(centre, r.radius);
  const features = fc.features.map((f, i) => ({ ...f, properties: { ...f.properties, distance_m: rows[i].distance_m, reach_basis: rows[i].reach_basis } }));
  const head = area ? [{ type: 'Feature' as const, id: 'reach', geometry: area.geometry, properties: { reach_centre: rows[0]?.reach_centre ?? '', reach_radius_m: r.radius, note: centre.kind === 'zone' ? 'zone boundary buffered by the radius (drawn with turf buffer)' : 'circle of the radius (128 steps)' } }] : [];
  return { type: 'FeatureCollection' as const, features: [...head, ...features] };
}

export async function downloadReach(ext: 'csv' | 'geojson', data: AtlasData, centre: ReachCentre, r: ReachResult): Promise<void> {
  const rows = reachRows(data, centre, r);
  const name = `atlas-reach-${r.radius}m-${localDate(new Date())}.${ext}`;
  if (ext === 'csv') downloadText(await reachCsv(rows), name, 'text/csv;charset=utf-8');
  else downloadText(`${JSON.stringify(reachGeoJson(rows, centre, r), null, 1)}\n`, name, 'application/geo+json');
}
