/**
 * The edges of 上海硅巷 and its 田字格 dividers, traced from OSM proxies in the reference geodata
 * (© OpenStreetMap contributors). Each edge is a centreline averaged from dual carriageways or track pairs.
 */
import * as L from './lib';
import type { Pt } from './lib';

const BB: [number, number, number, number] = [121.404, 31.205, 121.436, 31.226];
const XINHUA = 'roads-osm-changning-xinhua';

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
  // North: Line 2 (under 长宁路 then 愚园路), both tracks averaged.
  const north = L.axisCentreline(L.vertices('metro-lines', 'line', ['2'], BB), 'lng');
  // East: Line 11 (under 江苏路) north of 31.2163, ground 江苏路 (OSM ways) south of it.
  const eastPts = [
    ...L.vertices('metro-lines', 'line', ['11'], [121.42, 31.2163, 121.435, 31.224]),
    ...L.vertices(XINHUA, 'name', ['江苏路'], [121.42, 31.205, 121.435, 31.2163]),
  ];
  const east = L.axisCentreline(eastPts, 'lat').reverse();
  // South: ground 延安西路 (OSM ways), binned along 延安高架路, which runs above it.
  const south = L.axisCentreline(L.vertices(XINHUA, 'name', ['延安西路'], BB), 'lng').reverse();
  // West: ground 凯旋路 (OSM ways, to 31.2168) then the Lines 3/4 viaduct north of it.
  const westPts = [
    ...L.vertices(XINHUA, 'name', ['凯旋路'], [121.404, 31.205, 121.436, 31.2165]),
    ...L.vertices('metro-lines', 'line', ['3-4'], [121.404, 31.2165, 121.436, 31.222]),
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
