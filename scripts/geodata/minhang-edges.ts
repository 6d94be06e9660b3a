/**
 * The edges of 大零号湾, traced from OSM proxies in the reference geodata (© OpenStreetMap
 * contributors), plus a hand-drawn 黄浦江 bank line (no open river geometry is in the reference).
 */
import * as L from './lib';
import type { Pt } from './lib';

const ELEV = 'roads-elevated-major-osm';

/**
 * The 黄浦江 north (Minhang) bank between the 闵浦二桥 and the 虹梅南路 line: hand-placed vertices,
 * west to east. Authored from the bridge crossings in OSM (闵浦二桥 carrying 沪闵路 and Line 5, the
 * 沪金高速 bridge), not digitised from any reference polygon; checked against the check-only water
 * polygon in tests/geodata/minhang.test.ts.
 */
export const HUANGPU_BANK: Pt[] = [
  [121.4219, 31.0014], [121.4262, 31.0040], [121.4300, 31.0064], [121.4350, 31.0088],
  [121.4400, 31.0099], [121.4450, 31.0106], [121.4500, 31.0102], [121.4560, 31.0108], [121.4610, 31.0118], [121.4660, 31.0136],
];

export interface MinhangEdges {
  north: Pt[]; west: Pt[]; east: Pt[]; south: Pt[];
  jianchuan: Pt[];
  /** Where the 虹梅南路 line stops being OSM and becomes a straight extension to the river. */
  eastOsmSouthEnd: Pt;
  ring: Pt[];
}

export function minhangEdges(): MinhangEdges {
  const north = L.axisCentreline(L.vertices(ELEV, 'name', ['申嘉湖高速'], [121.395, 31.03, 121.465, 31.055]), 'lng', 120);
  // West: 沪闵路 = Line 5 viaduct from S32 to 东川路 (track pair averaged, depot excluded), then the
  // 闵浦二桥 approach, which carries 沪闵路, to the river.
  const l5 = [
    ...L.vertices('metro-lines', 'line', ['5'], [121.403, 31.032, 121.42, 31.046]),
    ...L.vertices('metro-lines', 'line', ['5'], [121.409, 31.0188, 121.42, 31.032]),
  ];
  const bridge = L.vertices(ELEV, 'name', ['闵浦二桥'], [121.41, 30.995, 121.43, 31.0188]);
  const west = L.axisCentreline([...l5, ...bridge], 'lat', 80).reverse();
  // East: 虹梅南路 = 虹梅高架路 north of 31.044, then the OSM 虹梅南路/红梅南路 pieces to 31.030,
  // then straight on along the bearing of the last pieces to the river (no OSM geometry there).
  const eastPts = [
    ...L.vertices(ELEV, 'name', ['虹梅高架路'], [121.44, 31.044, 121.46, 31.055]),
    ...L.vertices(ELEV, 'name', ['虹梅南路', '红梅南路'], [121.44, 31.029, 121.46, 31.055]),
  ];
  const eastOsm = L.axisCentreline(eastPts, 'lat', 120).reverse();
  const east = L.extend(eastOsm, 3000).slice(1);
  const eastOsmSouthEnd = eastOsm[eastOsm.length - 1];
  const south = L.extend(HUANGPU_BANK, 300);
  // 剑川路: six short OSM bridge pieces between 沪闵路 and 虹梅南路, joined in order.
  const jianchuan = L.axisCentreline(L.vertices(ELEV, 'name', ['剑川路'], [121.41, 31.02, 121.46, 31.045]), 'lng', 120);

  const ext = (l: Pt[]) => L.extend(l, 300);
  const nw = L.crossing(ext(north), ext(west), 'north × west');
  const ne = L.crossing(ext(north), east, 'north × east');
  const se = L.crossing(east, south, 'east × south');
  const sw = L.crossing(south, ext(west), 'south × west');
  const ring = L.ring([
    L.between(ext(north), nw, ne), L.between(east, ne, se),
    L.between(south, se, sw), L.between(ext(west), sw, nw),
  ]);
  return { north, west, east, south, jianchuan, eastOsmSouthEnd, ring };
}
