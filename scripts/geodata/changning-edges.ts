/**
 * The edges of 上海硅巷 and its 田字格 dividers, traced along OSM street centrelines in the reference
 * geodata (© OpenStreetMap contributors) where the reference has the street, and along a metro proxy only
 * where it has none (the north edge west of 121.4207°E). Each edge is a centreline averaged from dual
 * carriageways or track pairs. `EDGE_SOURCES` says, per edge, which OSM lines it claims to follow: the
 * tests measure the share of each edge within 30 m of them.
 */
import * as L from './lib';
import type { Pt } from './lib';

const BB: [number, number, number, number] = [121.404, 31.205, 121.436, 31.226];
const XINHUA = 'roads-osm-changning-xinhua';
const CENTER = 'roads-osm-center-2025-08-09';
const SECTORS = 'admin-jiedao-osm-derived';
/** West end of the OSM 愚园路 in the reference (SOURCES §15.1): west of it the north edge follows Line 2. */
export const YUYUAN_WEST_END_LNG = 121.4207;
/** South end of the 凯旋路 ways in roads-osm-changning-xinhua; north of it the OSM 中山公园 sector's west edge. */
const KAIXUAN_OSM_NORTH_LAT = 31.2165;
/** The box of the 凯旋路 stretch of the 中山公园 sector's west edge (安化路 → 长宁路/中山西路 junction). */
export const KAIXUAN_SECTOR_BOX: [number, number, number, number] = [121.4112, 31.2165, 121.4130, 31.2197];

/** Which reference lines each edge of 上海硅巷 claims to follow (file, key, values, bbox of the part). */
export const EDGE_SOURCES = {
  east: [{ file: CENTER, key: 'name', values: ['江苏路'] }],
  south: [{ file: XINHUA, key: 'name', values: ['延安西路'] }],
  west: [{ file: XINHUA, key: 'name', values: ['凯旋路'] }, { file: SECTORS, key: 'sector_id', values: ['sector_zhongshangongyuan'], bbox: KAIXUAN_SECTOR_BOX }],
  northYuyuan: [{ file: CENTER, key: 'name', values: ['愚园路'] }],
  northLine2Proxy: [{ file: 'metro-lines', key: 'line', values: ['2'] }],
} as const;

export interface ChangningEdges {
  north: Pt[]; east: Pt[]; south: Pt[]; west: Pt[];
  wuyi: Pt[]; dingxi: Pt[]; zhaohua: Pt[];
  corners: { nw: Pt; ne: Pt; se: Pt; sw: Pt };
  ring: Pt[];
  /** Where the 定西路 line stops being OSM 定西路 and becomes an extrapolation. */
  dingxiOsmNorthEnd: Pt;
}

function sortBy(pts: Pt[], key: (p: Pt) => number): Pt[] {
  return [...pts].sort((a, b) => key(a) - key(b));
}

export function changningEdges(): ChangningEdges {
  // North: OSM 愚园路 (roads-osm-center) east of its west end at 121.4207°E; west of it no street geometry
  // (the last ~250 m of 愚园路 and the western 长宁路 are unmapped in the reference): Line 2, which runs
  // under 长宁路 there, both tracks averaged.
  const north = L.axisCentreline([
    ...L.vertices('metro-lines', 'line', ['2'], [BB[0], BB[1], YUYUAN_WEST_END_LNG, BB[3]]),
    ...L.vertices(CENTER, 'name', ['愚园路'], [YUYUAN_WEST_END_LNG, BB[1], BB[2], BB[3]]),
  ], 'lng');
  // East: OSM 江苏路 (roads-osm-center: complete, both carriageways averaged).
  const east = L.axisCentreline(L.vertices(CENTER, 'name', ['江苏路'], [121.42, 31.205, 121.435, 31.2235]), 'lat').reverse();
  // South: ground 延安西路 (OSM ways), binned along 延安高架路, which runs above it.
  const south = L.axisCentreline(L.vertices(XINHUA, 'name', ['延安西路'], BB), 'lng').reverse();
  // West: ground 凯旋路 (OSM ways, to 31.2165°N), then the west edge of the OSM 中山公园 sector, which
  // follows the OSM 凯旋路 centreline from 安化路 to 长宁路 (SOURCES §15.2: within about 15 m).
  const westPts = [
    ...L.vertices(XINHUA, 'name', ['凯旋路'], [121.404, 31.205, 121.436, KAIXUAN_OSM_NORTH_LAT]),
    ...L.vertices(SECTORS, 'sector_id', ['sector_zhongshangongyuan'], KAIXUAN_SECTOR_BOX),
  ];
  const west = L.axisCentreline(westPts, 'lat');

  // Dividers: 武夷路 (OSM, single carriageway), 定西路 (OSM south of 31.2167, extrapolated north).
  const wuyi = L.axisCentreline(L.vertices(XINHUA, 'name', ['武夷路'], BB), 'lng');
  const dxPts = sortBy(L.vertices(XINHUA, 'name', ['定西路'], BB), (p) => p[1]);
  const dxN = dxPts[dxPts.length - 1];
  const dxCentre = L.axisCentreline(dxPts, 'lat');
  // Extrapolate 定西路 north along the bearing of its last 400 m (no OSM 定西路 north of 31.2167 in the reference).
  const dxTail = dxCentre.filter((p) => p[1] > dxN[1] - 0.0036);
  // South of 31.2135 the averaged line is disturbed by the 延安西路 junction: continue it straight south.
  const dxInside = dxCentre.filter((p) => p[1] >= 31.2135);
  const dingxi = [
    L.extend([dxInside[1], dxInside[0]], 400).slice(-1)[0],
    ...dxInside,
    L.extend([dxTail[0], dxTail[dxTail.length - 1]], 700).slice(-1)[0],
  ];
  const zhaohua = L.axisCentreline(L.vertices(XINHUA, 'name', ['昭化路'], BB), 'lng');

  const ext = (l: Pt[]) => L.extend(l, 150);
  const nw = L.crossing(ext(west), ext(north), 'west × north');
  const ne = L.crossing(ext(north), ext(east), 'north × east');
  const se = L.crossing(ext(east), ext(south), 'east × south');
  const sw = L.crossing(ext(south), ext(west), 'south × west');
  const r = L.ring([
    L.between(ext(north), nw, ne), L.between(ext(east), ne, se),
    L.between(ext(south), se, sw), L.between(ext(west), sw, nw),
  ]);
  return { north, east, south, west, wuyi, dingxi, zhaohua, corners: { nw, ne, se, sw }, ring: r, dingxiOsmNorthEnd: dxN };
}
