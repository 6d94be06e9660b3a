/**
 * Writes geodata/changning/zones.geojson: 上海硅巷, its 田字格 cells, themed streets, belts and the two
 * 街道, from the edges in changning-edges.ts. Run: npx tsx scripts/geodata/trace-changning.ts
 */
import { join } from 'node:path';
import * as L from './lib';
import type { Area, ZoneSpec } from './lib';
import { changningEdges, YUYUAN_WEST_END_LNG } from './changning-edges';

const PLAN = 'plan:changning-silicon-alley';
const OSM = '© OpenStreetMap contributors (reference-geodata: roads-osm-center-2025-08-09, roads-osm-changning-xinhua, admin-jiedao-osm-derived, metro-lines)';
/** The OSM node of the 刘海粟美术馆 (poi-osm-heritage-export node 4166717989), the centre of its belt and themed street. */
const LIU_HAISU_MUSEUM: L.Pt = [121.4146186, 31.2113561];
const e = changningEdges();
const alley = L.poly(e.ring);
const wuyiCut = L.extend(e.wuyi, 250);
const north = L.halfPlane(wuyiCut, 'left');
const west = L.halfPlane(e.dingxi, 'left');
const cell = (a: Area, b: Area) => L.clip(L.clip(alley, a), b);
const south = L.minus(L.disc(e.corners.sw, 6000), north);
const eastSide = L.minus(L.disc(e.corners.sw, 6000), west);

const q = {
  area: '“上海硅巷”科創街區既有科技基礎,也有創新活力',
  bounds: '其規劃范圍東至江蘇路沿線,南至延安西路沿線,西至凱旋路沿線,北至長寧路-愚園路沿線,中間以武夷路、定西路支撐形成“田字格”,總面積約1.48平方公里',
  grid: '中間以武夷路、定西路支撐形成“田字格”',
  themes: '打造“蘇河華政灣、活力中山、智慧定西、靜雅武夷,文藝海粟”五大主題街區',
  subd: '華陽街道、江蘇街道積極參與“上海硅巷”街區打造',
};
const c000 = (quote: string) => ({ seed: '000', quote });
const base = { plan: PLAN, districts: ['长宁区'] };
const zones: unknown[] = [];
const add = (spec: Omit<ZoneSpec, 'plan' | 'districts'>, g: Area) => zones.push(L.zone({ ...spec, ...base } as ZoneSpec, g));

add({
  id: 'zone:silicon-alley', zoneType: 'area',
  name: { zh: '上海硅巷', en: 'Shanghai Silicon Alley', original: '上海硅巷' },
  citations: [c000(q.area)], statedAreaKm2: 1.48, boundaryQuote: c000(q.bounds),
  location: {
    precision: 'street',
    source: `${OSM}: ground 江苏路, 延安西路, 凯旋路 and 愚园路 ways; the 中山公园 sector's west edge (the OSM 凯旋路 centreline from 安化路 to 长宁路); Metro Line 2 (under 长宁路) west of 121.4207°E`,
    method: 'centrelines averaged from dual carriageways / track pairs in 60 m bins, cut at their crossings and joined (scripts/geodata/changning-edges.ts)',
    note: 'East (江苏路), south (延安西路) and west (凯旋路) edges and the north edge east of 121.4207°E (愚园路) follow OSM street centrelines; the north edge west of 121.4207°E follows the Line 2 tunnel as a proxy for the last stretch of 愚园路 and the western 长宁路, which the reference does not map. See docs/geodata/changning.md.',
  },
}, alley);

const cells: [string, string, string, Area, Area][] = [
  ['nw', '西北格', 'north-west cell', north, west], ['ne', '东北格', 'north-east cell', north, eastSide],
  ['sw', '西南格', 'south-west cell', south, west], ['se', '东南格', 'south-east cell', south, eastSide],
];
for (const [k, zh, en, a, b] of cells) {
  add({
    id: `zone:silicon-alley-cell-${k}`, zoneType: 'cell', parent: 'zone:silicon-alley',
    name: { zh: `田字格${zh}`, en: `Tian-grid ${en}` }, citations: [c000(q.grid)],
    location: {
      precision: k.startsWith('n') ? 'approximate' : 'street',
      source: `${OSM}: 武夷路 and 定西路 ways; the edges of zone:silicon-alley`,
      method: 'zone:silicon-alley split by the 武夷路 centreline (OSM) and the 定西路 centreline (OSM south of 31.2167°N, extended straight north to Line 2)',
      note: k.startsWith('n') ? 'The 定西路 divider north of 31.2167°N is extrapolated along its last 400 m (the reference has no 定西路 there).' : undefined,
    },
  }, cell(a, b));
}

const dxInAlley = e.dingxi;
const themes: [string, string, string, Area, string, string][] = [
  ['theme-suhe-huazheng-bay', '苏河华政湾', 'Suhe–Huazheng Bay', L.disc([121.4231, 31.2245], 250),
    'OSM 长宁路 bridge over 苏州河 (roads-elevated-major-osm), south end at 121.4231, 31.2260',
    'schematic 250 m disc centred 170 m south of the south end of the OSM 长宁路 苏州河 bridge, on the 长宁 side, near 华东政法大学; the themed street has no published extent'],
  ['theme-vibrant-zhongshan', '活力中山', 'Vibrant Zhongshan', L.disc([121.411561, 31.220064], 350),
    'OSM metro station 中山公园 (metro-stations, osm-geofabrik)', 'schematic 350 m disc around 中山公园 station; the themed street has no published extent'],
  ['theme-smart-dingxi', '智慧定西', 'Smart Dingxi', L.clip(L.corridor(dxInAlley, 120), alley),
    `${OSM}: 定西路`, '定西路 centreline buffered 120 m each side, clipped to zone:silicon-alley'],
  ['theme-serene-wuyi', '静雅武夷', 'Serene Wuyi', L.clip(L.corridor(e.wuyi, 120), alley),
    `${OSM}: 武夷路`, '武夷路 centreline buffered 120 m each side, clipped to zone:silicon-alley'],
  ['theme-artistic-haisu', '文艺海粟', 'Artistic Haisu', L.clip(L.disc(LIU_HAISU_MUSEUM, 350), alley),
    'OSM node 4166717989 刘海粟美术馆 (reference-geodata poi-osm-heritage-export; © OpenStreetMap contributors)', 'schematic 350 m disc around the OSM point of the 刘海粟美术馆 (延安西路1609号), clipped to zone:silicon-alley'],
];
for (const [slug, zh, en, g, source, method] of themes) {
  const inside = !['theme-suhe-huazheng-bay', 'theme-vibrant-zhongshan'].includes(slug);
  add({
    id: `zone:${slug}`, zoneType: 'themed-street', parent: inside ? 'zone:silicon-alley' : undefined,
    name: { zh, en }, citations: [c000(q.themes)],
    location: { precision: 'schematic', source, method, note: 'The plan names the five themed streets but gives no extent; the shape shows roughly where, not a boundary.' },
  }, g);
}

const belts: [string, string, string, string, Area, string, string, 'approximate' | 'schematic', string?][] = [
  ['belt-zhongshan-park-business', '中山公园商圈', 'Zhongshan Park business district', '中山公園市級商圈的消費引領', L.disc([121.411561, 31.220064], 300),
    'OSM metro station 中山公园 (metro-stations, osm-geofabrik)', 'schematic 300 m disc around 中山公园 station', 'schematic'],
  ['belt-dingxi-road', '定西路沿线', 'Dingxi Road belt', '定西路沿線的科創策源', L.clip(L.corridor(dxInAlley, 60), alley),
    `${OSM}: 定西路`, '定西路 centreline buffered 60 m each side, clipped to zone:silicon-alley', 'approximate', 'zone:silicon-alley'],
  ['belt-wuyi-road', '武夷路沿线', 'Wuyi Road belt', '武夷路沿線的產城融合發展', L.clip(L.corridor(e.wuyi, 60), alley),
    `${OSM}: 武夷路`, '武夷路 centreline buffered 60 m each side, clipped to zone:silicon-alley', 'approximate', 'zone:silicon-alley'],
  ['belt-yuyuan-road', '愚园路', 'Yuyuan Road', '愚園路國家級旅游休閑街區', L.corridor([...e.north.filter((p) => p[0] >= YUYUAN_WEST_END_LNG && p[0] < e.corners.ne[0]), e.corners.ne], 60),
    `${OSM}: 愚园路 ways (roads-osm-center-2025-08-09)`,
    'the OSM 愚园路 centreline (the north edge of zone:silicon-alley) from its west end in the reference (121.4207°E) to 江苏路, buffered 60 m each side; the 愚园路 east of 江苏路 and its last ~250 m west of 121.4207°E are not drawn', 'approximate'],
  ['belt-liu-haisu-museum', '刘海粟美术馆周边', 'Around the Liu Haisu Art Museum', '劉海粟美術館周邊區域的文化地標等功能定位', L.disc(LIU_HAISU_MUSEUM, 250),
    'OSM node 4166717989 刘海粟美术馆 (reference-geodata poi-osm-heritage-export; © OpenStreetMap contributors)', 'schematic 250 m disc around the OSM point of the 刘海粟美术馆 (延安西路1609号)', 'schematic'],
  ['belt-dingxi-yuyuan-wuyi', '定西路(愚园路-武夷路段)', 'Dingxi Road (Yuyuan Road–Wuyi Road section)', '試點定西路(愚園路-武夷路段)市容環境一體化管理',
    L.clip(L.clip(L.corridor(dxInAlley, 40), alley), north), `${OSM}: 定西路 (extrapolated north of 31.2167°N)`,
    '定西路 centreline buffered 40 m each side, between 武夷路 and the north edge of zone:silicon-alley', 'approximate', 'zone:silicon-alley'],
  ['belt-zhaohua-road', '昭化路沿线', 'Zhaohua Road belt', '探索定西路、昭化路沿線智慧停車', L.clip(L.corridor(e.zhaohua, 40), alley),
    `${OSM}: 昭化路`, '昭化路 centreline buffered 40 m each side, clipped to zone:silicon-alley', 'approximate', 'zone:silicon-alley'],
];
for (const [slug, zh, en, quote, g, source, method, precision, parent] of belts) {
  add({
    id: `zone:${slug}`, zoneType: 'belt', parent, name: { zh, en }, citations: [c000(quote)],
    location: { precision, source, method, note: 'The plan names the belt without an extent; the width is this Atlas\'s choice.' },
  }, g);
}

const subdistricts: [string, string, string, Area][] = [
  ['huayang-subdistrict', '华阳路街道', 'Huayang Road Subdistrict', L.unite(cell(north, west), cell(south, west))],
  ['jiangsu-subdistrict', '江苏路街道', 'Jiangsu Road Subdistrict', L.unite(cell(north, eastSide), cell(south, eastSide))],
];
for (const [slug, zh, en, g] of subdistricts) {
  add({
    id: `zone:${slug}`, zoneType: 'subdistrict', name: { zh, en, aliases: [zh.replace('路街道', '街道')] },
    citations: [c000(q.subd), { seed: '001', quote: '华阳街道、江苏街道也分别拟定了各自推进方案' }],
    location: {
      precision: 'schematic', source: 'no 街道 polygon in the reference (SOURCES.md §7); zone:silicon-alley cells',
      method: 'schematic: the west (华阳) or east (江苏) half of zone:silicon-alley, split at 定西路',
      note: 'Only the part of the 街道 that takes part in 上海硅巷 is shown, and the split at 定西路 is schematic, not the administrative boundary; the real 街道 extend well beyond the alley.',
    },
  }, g);
}

L.writeZones(join(import.meta.dirname, '..', '..', 'geodata', 'changning', 'zones.geojson'), zones);
L.writeBasis(join(import.meta.dirname, '..', '..', 'geodata', 'changning', 'reader-texts.json'), {
  'zone:silicon-alley': {
    zh: '边界沿规划所列四条道路的道路中心线描画：东边为江苏路，南边为延安西路，西边为凯旋路，北边东段为愚园路。北边西段（愚园路最西约250米和长宁路西段）在参考数据中没有道路线形，以其下方的地铁2号线隧道代替。双向分开的道路取两侧的中线。数据 © OpenStreetMap 贡献者。',
    en: 'Drawn along the centrelines of the four roads the plan names: Jiangsu Road to the east, Yan\'an West Road to the south, Kaixuan Road to the west and, for the eastern part of the north edge, Yuyuan Road. The western part of the north edge (the last 250 m or so of Yuyuan Road and the west of Changning Road) has no street geometry in the reference data, so the Metro Line 2 tunnel under it stands in. Where a road has two carriageways, the line between them is used. Data © OpenStreetMap contributors.',
  },
  'zone:belt-yuyuan-road': {
    zh: '沿开放街图中愚园路的道路中心线，从参考数据中愚园路的西端画到江苏路，两侧各60米；江苏路以东和最西约250米未画出。规划未给出宽度，宽度由本图谱选定。数据 © OpenStreetMap 贡献者。',
    en: 'Along the OpenStreetMap centreline of Yuyuan Road, from its west end in the reference data to Jiangsu Road, 60 m either side; the road east of Jiangsu Road and its last 250 m or so to the west are not drawn. The plan gives no width; the width is this Atlas\'s choice. Data © OpenStreetMap contributors.',
  },
  'zone:belt-liu-haisu-museum': {
    zh: '规划提到美术馆周边，但未给出范围。此处为示意：以开放街图中刘海粟美术馆（延安西路1609号）的位置为中心、半径250米的圆。大小由本图谱选定。数据 © OpenStreetMap 贡献者。',
    en: 'The plan names the museum\'s surroundings but gives no extent. This is a sketch: a circle of 250 m radius around the Liu Haisu Art Museum (1609 Yan\'an West Road) as OpenStreetMap places it. The size is this Atlas\'s choice. Data © OpenStreetMap contributors.',
  },
  'zone:theme-artistic-haisu': {
    zh: '规划列出五大主题街区，但未给出范围。此处为示意：以开放街图中刘海粟美术馆的位置为中心、半径350米的圆，限于上海硅巷范围内。只表示大致位置，不是边界。数据 © OpenStreetMap 贡献者。',
    en: 'The plan names the five themed streets but gives no extent. This is a sketch: a circle of 350 m radius around the Liu Haisu Art Museum as OpenStreetMap places it, within Shanghai Silicon Alley. It shows roughly where, not a boundary. Data © OpenStreetMap contributors.',
  },
});
console.log(`wrote ${zones.length} Changning zones; 上海硅巷 ${L.km2(alley).toFixed(3)} km²`);
