/**
 * Records → GeoJSON (RFC 7946): a FeatureCollection with one Feature per record, a Point at
 * [lng, lat] (WGS84) where the map draws it, `geometry: null` for a record with no place on the map,
 * and the CSV's columns as properties (lists as arrays). Pure.
 */
import type { ExportRecord } from './records';

export type ExportProperties = Omit<ExportRecord, 'lng' | 'lat'>;

export interface ExportCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; id: string; geometry: { type: 'Point'; coordinates: [number, number] } | null; properties: ExportProperties }[];
}

export function toGeoJson(records: readonly ExportRecord[]): ExportCollection {
  return {
    type: 'FeatureCollection',
    features: records.map(({ lng, lat, ...properties }) => ({
      type: 'Feature',
      id: properties.id,
      geometry: lng !== null && lat !== null ? { type: 'Point', coordinates: [lng, lat] } : null,
      properties,
    })),
  };
}
