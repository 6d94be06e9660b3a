/**
 * Finds a CSV's coordinate, name and address columns by their header names, in Chinese or English, and
 * the coordinate system some names declare ("gcj02_lng", "百度经度", "wgs84_lat" …).
 */
import { ADDRESS_KEYS, NAME_KEYS, pickKey } from './properties';
import type { ColumnChoice, CrsId } from './types';

const LNG = ['经度', '东经', 'lng', 'lon', 'long', 'longitude', 'x', 'x坐标', '坐标x', 'point_x', 'lng_wgs84', 'wgs84_lng', 'wgs84_lon', 'gcj02_lng', 'gcj02_lon', 'gcj_lng', 'bd09_lng', 'bd09_lon', 'bd_lng', 'lng_gcj02', 'lng_bd09', 'lon_gcj02', 'lon_bd09', '高德经度', '百度经度', 'gps经度'];
const LAT = ['纬度', '北纬', 'lat', 'latitude', 'y', 'y坐标', '坐标y', 'point_y', 'lat_wgs84', 'wgs84_lat', 'gcj02_lat', 'gcj_lat', 'bd09_lat', 'bd_lat', 'lat_gcj02', 'lat_bd09', '高德纬度', '百度纬度', 'gps纬度'];

/** Column-name parts that declare a coordinate system. */
const DECLARES: [RegExp, CrsId][] = [
  [/gcj|高德|腾讯|火星/i, 'gcj02'],
  [/bd09|bd_|_bd|baidu|百度/i, 'bd09'],
  [/wgs|gps/i, 'wgs84'],
];

export function declaredByName(name: string): CrsId | undefined {
  for (const [re, crs] of DECLARES) if (re.test(name)) return crs;
  return undefined;
}

/** Lower-case, trimmed, with brackets and units dropped: "经度(°)" → "经度", "Longitude (WGS84)" stays declaring. */
const norm = (h: string) => h.trim().toLowerCase().replace(/[（(【\[].*?[）)】\]]/g, '').replace(/\s+/g, '');

function find(header: readonly string[], names: readonly string[]): string | undefined {
  const n = header.map(norm);
  for (const want of names) {
    const i = n.indexOf(want);
    if (i >= 0) return header[i];
  }
  return undefined;
}

/** Looser: a header that contains 经度 / 纬度, or ends with _lng / _lat. */
function findLoose(header: readonly string[], re: RegExp): string | undefined {
  return header.find((h) => re.test(h.trim().toLowerCase()));
}

export interface DetectedColumns {
  choice: Partial<ColumnChoice>;
  declared?: { crs: CrsId; source: string };
}

export function detectColumns(header: readonly string[]): DetectedColumns {
  const lng = find(header, LNG) ?? findLoose(header, /经度|(^|_)(lng|lon|longitude)$/);
  const lat = find(header, LAT) ?? findLoose(header, /纬度|(^|_)(lat|latitude)$/);
  const name = pickKey(header, NAME_KEYS) ?? findLoose(header, /名称$/);
  const address = pickKey(header, ADDRESS_KEYS) ?? findLoose(header, /地址$/);
  const choice: Partial<ColumnChoice> = {};
  if (lng && lat && lng !== lat) Object.assign(choice, { lng, lat });
  if (name) choice.name = name;
  if (address) choice.address = address;
  const declared = lng && lat ? declaredByName(lng) ?? declaredByName(lat) : undefined;
  return { choice, ...(declared ? { declared: { crs: declared, source: `${lng}, ${lat}` } } : {}) };
}
