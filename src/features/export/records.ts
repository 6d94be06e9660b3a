/**
 * What an export holds: one flat record per row of the directory, with its citation and location
 * precision. Codes (type, kind, precision, ids) are the data's own, so that a file is read the same in
 * either language; names are given in Chinese and English. Pure.
 */
import type { Name } from '../../data/schema';
import { SEED_FILES } from '../../data/seeds';
import type { RecordRow } from '../../data/filter';

export interface ExportRecord {
  id: string;
  type: string;
  name_zh: string;
  name_en: string;
  plans: string[];
  plan_names: string[];
  zones: string[];
  zone_names: string[];
  kind: string;
  tracks: string[];
  track_names: string[];
  precision: string;
  lng: number | null;
  lat: number | null;
  /** The seed's file name in seeds/ (e.g. 002_493cfe87ad3832fb.txt): a bare "002" becomes 2 in Excel. */
  citation_seed: string;
  citation_quote: string;
}

/** The columns, in order (the CSV header and the GeoJSON properties). */
export const EXPORT_COLUMNS = [
  'id', 'type', 'name_zh', 'name_en', 'plans', 'plan_names', 'zones', 'zone_names', 'kind', 'tracks', 'track_names',
  'precision', 'lng', 'lat', 'citation_seed', 'citation_quote',
] as const satisfies readonly (keyof ExportRecord)[];

/** Names of linked records and tracks, by id (the link index and the track list). */
export type NameOf = (id: string) => Name | undefined;

export function exportRecords(rows: readonly RecordRow[], nameOf: NameOf, trackNameOf: NameOf = nameOf): ExportRecord[] {
  const zh = (of: NameOf) => (id: string) => of(id)?.zh ?? id;
  return rows.map((r) => ({
    id: r.id,
    type: r.kind,
    name_zh: r.name.zh,
    name_en: r.name.en ?? '',
    plans: r.plans,
    plan_names: r.plans.map(zh(nameOf)),
    zones: r.zones,
    zone_names: r.zones.map(zh(nameOf)),
    kind: r.subKind ?? '',
    tracks: r.tracks,
    track_names: r.tracks.map(zh(trackNameOf)),
    precision: r.precision ?? '',
    lng: r.position ? r.position[0] : null,
    lat: r.position ? r.position[1] : null,
    citation_seed: SEED_FILES[r.citation.seed] ?? r.citation.seed,
    citation_quote: r.citation.quote,
  }));
}
