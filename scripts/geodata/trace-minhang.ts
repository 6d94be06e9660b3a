/**
 * Writes geodata/minhang/zones.geojson: 大零号湾, its C/T/O areas, named places and the ~120 km²
 * radiation area, from the edges in minhang-edges.ts. Run: npx tsx scripts/geodata/trace-minhang.ts
 */
import { join } from 'node:path';
import { convex, featureCollection, buffer } from '@turf/turf';
import * as L from './lib';
import type { Area, Pt, ZoneSpec } from './lib';
import { minhangEdges, HUANGPU_BANK } from './minhang-edges';

const PLAN = 'plan:dalinghaowan';
const OSM = '© OpenStreetMap contributors (reference-geodata: roads-elevated-major-osm, metro-lines)';
const e = minhangEdges();
const dlhw = L.poly(e.ring);

// 剑川路 (T axis) and a schematic 东川路 line: Line 5 at 31.0200°N to the south end of OSM Line 15 (紫竹高新区).
const jianchuan = L.extend(e.jianchuan, 400);
const l5 = L.vertices('metro-lines', 'line', ['5'], [121.409, 31.016, 121.42, 31.024]);
const l5At = l5.reduce((b, p) => (Math.abs(p[1] - 31.02) < Math.abs(b[1] - 31.02) ? p : b));
const l15 = L.vertices('metro-lines', 'line', ['15'], [121.43, 31.0, 121.46, 31.05]);
const l15End = l15.reduce((b, p) => (p[1] < b[1] ? p : b));
const dongchuan = L.extend([l5At, l15End], 2500);
const southOfDongchuan = L.halfPlane(dongchuan, 'right');
const tArea = L.clip(L.corridor(jianchuan, 250), dlhw);
const oArea = L.clip(dlhw, southOfDongchuan);
// The ECNU Minhang campus outline (github wzlh007/campus, Apache-2.0; SOURCES.md §15.5: 4 m from OSM 剑川路,
// 8 m from OSM 虹梅南路), inside 大零号湾: its graduate housing east of 虹梅南路 lies outside the plan's area.
const ecnuOutline = L.loadRef('campus-ecnu-minhang').features.find((f) => f.properties?.kind === 'campus_boundary') as Area;
const ecnuCampus = L.clip(ecnuOutline, dlhw);
// C: between the T corridor and the 东川路 line, and the whole ECNU campus (the plan says C is the campuses).
const cArea = L.unite(L.minus(L.minus(dlhw, southOfDongchuan), tArea), ecnuCampus);
// 沪金高速 (S4) splits O into the 江川 side (west) and the 紫竹 side (east).
const s4 = L.axisCentreline(L.vertices('roads-elevated-major-osm', 'name', ['沪金高速'], [121.41, 30.99, 121.45, 31.06]), 'lat', 120);
const westOfS4 = L.halfPlane(L.extend(s4, 2000), 'left');

// Radiation: hull of 大零号湾 and discs at the OSM termini of Line 5 (闵行开发区) and Line 8 (south end),
// cut along the Line 5 branch and the 黄浦江 bank line, disc radius tuned to the stated ~120 km².
/** 莘庄 station (OSM node, metro-stations coord_source osm-geofabrik): the only anchor named 莘庄 in the reference. */
const XINZHUANG: Pt = [121.38086, 31.113012];
const l5w = L.vertices('metro-lines', 'line', ['5'], [121.34, 30.99, 121.42, 31.02]);
const l5West = l5w.reduce((b, p) => (p[0] < b[0] ? p : b));
const branch = L.axisCentreline(l5w.filter((p) => p[1] < 31.0165 && p[0] < 121.416), 'lng', 200);
const l8 = L.vertices('metro-lines', 'line', ['8'], [121.45, 31.0, 121.56, 31.12]);
const l8South = l8.reduce((b, p) => (p[1] < b[1] ? p : b));
const southLimit = L.extend([...branch, ...HUANGPU_BANK.filter((p) => p[0] > 121.4219)], 6000);
const northOfRiver = L.halfPlane(southLimit, 'left', 30000);
const radiationOf = (r: number): Area => {
  const hull = convex(featureCollection([dlhw, L.disc(l5West, r), L.disc(XINZHUANG, r), L.disc(l8South, r)].map((f) => buffer(f, 0.001)!)))! as Area;
  return L.clip(hull, northOfRiver);
};
let r = 500;
while (L.km2(radiationOf(r)) < 120 && r < 8000) r += 50;
const radiation = radiationOf(r);

const q = {
  area: '“大零號灣”科技創新策源功能區(以下簡稱“大零號灣”)',
  bounds: '規劃範圍北至S32申嘉湖高速,西至滬閔路,東至虹梅南路,南至黃浦江,總面積約17平方公里',
  c: '核心策源區(“C”區),為上海交通大學、華東師範大學等高校院所',
  t: '成果轉化區(“T”區),以滄源路、劍川路為主軸',
  o: '開放創新區(“O”區)包括紫竹高新區研發基地、江川濱江區域等',
  rad: '“大零號灣”可輻射至周邊閔行經濟技術開發區、莘莊工業區、臨港浦江國際科技城等區域,總面積約120平方公里',
  streets: '建設劍川路科創大道、橫涇港科創水街和環高校公園帶',
};
const c004 = (quote: string) => ({ seed: '004', quote });
const zones: unknown[] = [];
const add = (spec: Omit<ZoneSpec, 'plan' | 'districts'>, g: Area) =>
  zones.push(L.zone({ ...spec, plan: PLAN, districts: ['闵行区'] } as ZoneSpec, g));
const schematic = (source: string, method: string, note: string) => ({ precision: 'schematic' as const, source, method, note });
const PLACEHOLDER = 'Its location is not in the reference geodata; the geometry is a placeholder equal to its enclosing zone, not a claim about where it lies.';

add({
  id: 'zone:dalinghaowan', zoneType: 'area',
  name: { zh: '大零号湾', en: 'Da Ling Hao Wan', original: '大零號灣' },
  citations: [c004(q.area)], statedAreaKm2: 17, boundaryQuote: c004(q.bounds),
  location: {
    precision: 'approximate',
    source: `${OSM}: 申嘉湖高速 (S32), Metro Line 5 and the 闵浦二桥 (沪闵路), 虹梅高架路 and 虹梅南路 pieces; 黄浦江 bank hand-drawn`,
    method: 'centrelines averaged in 80–120 m bins, 虹梅南路 extended straight south of 31.030°N, cut at their crossings and joined with a hand-drawn 黄浦江 bank line (scripts/geodata/minhang-edges.ts)',
    note: 'North, west and east edges follow OSM proxies; the 黄浦江 edge is hand-drawn (no open river geometry in the reference) and 虹梅南路 south of 31.030°N is a straight extension. See docs/geodata/minhang.md.',
  },
}, dlhw);
add({
  id: 'zone:dlhw-core-c', zoneType: 'sub-area', parent: 'zone:dalinghaowan',
  name: { zh: '核心策源区(C区)', en: 'Core source area (C)', original: '核心策源區(“C”區)' }, citations: [c004(q.c)],
  location: schematic(`${OSM}: 剑川路 pieces, Metro Lines 5 and 15; the ECNU Minhang campus outline (ECNU 3D Campus, github wzlh007/campus, Apache-2.0)`, 'zone:dalinghaowan between the T corridor (剑川路) and a schematic 东川路 line from Line 5 at 31.020°N to the south end of Line 15, united with zone:ecnu-minhang-campus',
    'The plan gives no C boundary; it says C is the SJTU and ECNU campuses, which lie between 剑川路 and 东川路. Schematic.'),
}, cArea);
add({
  id: 'zone:dlhw-transfer-t', zoneType: 'sub-area', parent: 'zone:dalinghaowan',
  name: { zh: '成果转化区(T区)', en: 'Transfer area (T)', original: '成果轉化區(“T”區)' }, citations: [c004(q.t)],
  location: schematic(`${OSM}: 剑川路 bridge pieces (roads-elevated-major-osm)`, '剑川路 line buffered 250 m each side, clipped to zone:dalinghaowan',
    'The plan names 沧源路 and 剑川路 as axes; 沧源路 is not in the reference, so only the 剑川路 axis is drawn. Schematic.'),
}, tArea);
add({
  id: 'zone:dlhw-open-o', zoneType: 'sub-area', parent: 'zone:dalinghaowan',
  name: { zh: '开放创新区(O区)', en: 'Open innovation area (O)', original: '開放創新區(“O”區)' }, citations: [c004(q.o)],
  location: schematic(`${OSM}: Metro Lines 5 and 15`, 'zone:dalinghaowan south of the schematic 东川路 line', 'The plan names 紫竹 and the 江川 riverside; no boundary is given. Schematic.'),
}, oArea);
add({
  id: 'zone:sjtu-minhang-campus', zoneType: 'campus', parent: 'zone:dlhw-core-c', name: { zh: '上海交通大学闵行校区', en: 'SJTU Minhang campus' }, citations: [c004(q.c)],
  location: schematic('zone:dlhw-core-c', 'placeholder: the whole C area', `No campus footprint is in the reference. ${PLACEHOLDER}`),
}, cArea);
add({
  id: 'zone:ecnu-minhang-campus', zoneType: 'campus', parent: 'zone:dlhw-core-c', name: { zh: '华东师范大学闵行校区', en: 'ECNU Minhang campus' }, citations: [c004(q.c)],
  location: {
    precision: 'street',
    source: 'ECNU 3D Campus (github wzlh007/campus @ e3704318, data/minhang.geojson, Apache-2.0): the Minhang campus boundary (reference-geodata campus-ecnu-minhang)',
    method: 'the campus boundary polygon as given, clipped to zone:dalinghaowan, rounded to 6 decimals',
    note: 'Datum checked (SOURCES.md §15.5): the outline lies 4 m from the OSM 剑川路 bridge and 8 m from OSM 虹梅南路. The campus part east of 虹梅南路 (graduate housing) lies outside the plan\'s 大零号湾 boundary and is left out. A 2015 digitised outline: buildings since may be missing.',
  },
}, ecnuCampus);
add({
  id: 'zone:jianchuan-road-avenue', zoneType: 'corridor', parent: 'zone:dlhw-transfer-t',
  name: { zh: '剑川路科创大道', en: 'Jianchuan Road innovation avenue', original: '劍川路科創大道' }, citations: [c004(q.streets)],
  location: { precision: 'approximate', source: `${OSM}: 剑川路 bridge pieces`, method: '剑川路 line (six OSM pieces joined) buffered 100 m each side, clipped to zone:dalinghaowan', note: 'Width is this Atlas\'s choice.' },
}, L.clip(L.corridor(jianchuan, 100), dlhw));
add({
  id: 'zone:jianchuan-cangyuan-blocks', zoneType: 'block', parent: 'zone:dlhw-transfer-t',
  name: { zh: '剑川路和沧源路双创街区', en: 'Jianchuan Road and Cangyuan Road innovation blocks', original: '劍川路和滄源路雙創街區' },
  citations: [c004('最佳化劍川路和滄源路雙創街區核心功能')],
  location: schematic(`${OSM}: 剑川路 bridge pieces`, '剑川路 line west of 121.432°E buffered 200 m each side, clipped to zone:dalinghaowan', '沧源路 is not in the reference; the blocks are shown only along 剑川路. Schematic.'),
}, L.clip(L.corridor(jianchuan.filter((p) => p[0] <= 121.432), 200), dlhw));
add({
  id: 'zone:hengjinggang-water-street', zoneType: 'corridor', parent: 'zone:dalinghaowan',
  name: { zh: '横泾港科创水街', en: 'Hengjinggang innovation waterside street', original: '橫涇港科創水街' }, citations: [c004(q.streets)],
  location: schematic('zone:dalinghaowan', 'placeholder: the whole 大零号湾 area', `横泾港 is not in the reference (SOURCES.md §13). ${PLACEHOLDER}`),
}, dlhw);
add({
  id: 'zone:campus-ring-park-belt', zoneType: 'belt', parent: 'zone:dalinghaowan',
  name: { zh: '环高校公园带', en: 'Park belt around the universities', original: '環高校公園帶' }, citations: [c004(q.streets)],
  location: schematic('zone:dlhw-core-c', 'the edge of zone:dlhw-core-c buffered 150 m each side, clipped to zone:dalinghaowan', 'A ring around the schematic C area; the plan gives no route. Schematic.'),
}, L.clip(L.minus(buffer(cArea, 0.15)! as Area, buffer(cArea, -0.15)! as Area), dlhw));
add({
  id: 'zone:changqing-industrial-park', zoneType: 'park', parent: 'zone:dalinghaowan',
  name: { zh: '常青工业园', en: 'Changqing Industrial Park', original: '常青工業園' }, citations: [c004('以常青工業園和智慧型醫療創新示範基地轉型升級為依託')],
  location: schematic('zone:dalinghaowan', 'placeholder: the whole 大零号湾 area', `No 常青工业园 geometry is in the reference. ${PLACEHOLDER}`),
}, dlhw);
add({
  id: 'zone:riverside-innovation-community', zoneType: 'block', parent: 'zone:dalinghaowan',
  name: { zh: '滨江沿线科创社区', en: 'Riverside innovation community', original: '濱江沿線科創社區' }, citations: [c004('建設濱江沿線科創社區')],
  location: schematic('hand-drawn 黄浦江 bank line (minhang-edges.ts)', 'the bank line buffered 600 m, clipped to zone:dalinghaowan', 'A 600 m riverside band; the plan gives no extent. Schematic.'),
}, L.clip(L.corridor(L.extend(HUANGPU_BANK, 500), 600), dlhw));
add({
  id: 'zone:zizhu-rd-base', zoneType: 'park', parent: 'zone:dlhw-open-o',
  name: { zh: '紫竹高新区研发基地', en: 'Zizhu Hi-tech Zone R&D base', original: '紫竹高新區研發基地' }, citations: [c004(q.o)],
  location: schematic(`${OSM}: 沪金高速, Line 15 south end (紫竹高新区)`, 'zone:dlhw-open-o east of the 沪金高速', 'Schematic split of O: 紫竹 (east, where Line 15 ends) and the 江川 riverside (west).'),
}, L.minus(oArea, westOfS4));
add({
  id: 'zone:jiangchuan-riverside', zoneType: 'sub-area', parent: 'zone:dlhw-open-o',
  name: { zh: '江川滨江区域', en: 'Jiangchuan riverside', original: '江川濱江區域' }, citations: [c004(q.o)],
  location: schematic(`${OSM}: 沪金高速`, 'zone:dlhw-open-o west of the 沪金高速', 'Schematic split of O: the 江川 riverside (west) and 紫竹 (east).'),
}, L.clip(oArea, westOfS4));
add({
  id: 'zone:dlhw-radiation', zoneType: 'radiation',
  name: { zh: '大零号湾辐射区', en: 'Da Ling Hao Wan radiation area', original: '大零號灣輻射區' }, citations: [c004(q.rad)], statedAreaKm2: 120,
  location: schematic(`${OSM}: Metro Line 5 (闵行开发区 terminus and branch), Line 8 south terminus; zone:dalinghaowan`,
    `convex hull of zone:dalinghaowan and ${r} m discs at the Line 5 闵行开发区 terminus, 莘庄 station and the Line 8 south terminus (all OSM), cut south along the Line 5 branch and the 黄浦江 bank line; the disc radius was grown until the area reached the stated 120 km²`,
    'The plan gives only the area and three named places; 莘庄工业区 is represented by 莘庄 station, the nearest named anchor in the reference. Schematic.'),
}, radiation);
const radPart = (g: Area) => L.clip(g, radiation);
add({
  id: 'zone:minhang-etdz', zoneType: 'park', parent: 'zone:dlhw-radiation',
  name: { zh: '闵行经济技术开发区', en: 'Minhang Economic and Technological Development Zone', original: '閔行經濟技術開發區' }, citations: [c004(q.rad)],
  location: schematic(`${OSM}: Metro Line 5 闵行开发区 terminus`, '1.2 km disc around the terminus, clipped to zone:dlhw-radiation', 'No park boundary in the reference. Schematic.'),
}, radPart(L.disc(l5West, 1200)));
add({
  id: 'zone:lingang-pujiang-science-city', zoneType: 'park', parent: 'zone:dlhw-radiation',
  name: { zh: '临港浦江国际科技城', en: 'Lingang Pujiang International Science City', original: '臨港浦江國際科技城' }, citations: [c004(q.rad)],
  location: schematic(`${OSM}: Metro Line 8 south terminus`, '1.5 km disc around the Line 8 south terminus, clipped to zone:dlhw-radiation', 'No park boundary in the reference; the science city lies in 浦江镇 along Line 8. Schematic.'),
}, radPart(L.disc(l8South, 1500)));
add({
  id: 'zone:xinzhuang-industrial-zone', zoneType: 'park', parent: 'zone:dlhw-radiation',
  name: { zh: '莘庄工业区', en: 'Xinzhuang Industrial Zone', original: '莘莊工業區' }, citations: [c004(q.rad)],
  location: schematic('OSM 莘庄 station (metro-stations, osm-geofabrik)', '1.5 km disc around 莘庄 station, clipped to zone:dlhw-radiation',
    'No park boundary in the reference; 莘庄 station is the nearest anchor named 莘庄, and the industrial zone itself may lie some way from it. Schematic.'),
}, radPart(L.disc(XINZHUANG, 1500)));
add({
  id: 'zone:maqiao-ai-zone', zoneType: 'park', parent: 'zone:dlhw-radiation',
  name: { zh: '马桥人工智能创新试验区', en: 'Maqiao AI Innovation Pilot Zone', original: '馬橋人工智慧創新試驗區' }, citations: [c004('依託馬橋人工智慧創新試驗區')],
  location: schematic('zone:dlhw-radiation', 'placeholder: the whole radiation area', `The plan does not say it lies in the radiation area. ${PLACEHOLDER}`),
}, radiation);

L.writeZones(join(import.meta.dirname, '..', '..', 'geodata', 'minhang', 'zones.geojson'), zones);
L.writeBasis(join(import.meta.dirname, '..', '..', 'geodata', 'minhang', 'reader-texts.json'), {
  'zone:dlhw-core-c': {
    zh: '规划未给出C区边界，只说C区是上海交通大学和华东师范大学的校区，它们位于剑川路与东川路之间。此处为示意：大零号湾内剑川路一带（T区）以南、一条示意的东川路线以北的部分，再加上华东师范大学闵行校区的校园范围；东川路线是从北纬31.020°处的地铁5号线到地铁15号线南端的直线。数据 © OpenStreetMap 贡献者；校园范围来自 ECNU 3D Campus（Apache-2.0）。',
    en: 'The plan gives no boundary for area C; it says C is the campuses of Shanghai Jiao Tong University and East China Normal University, which lie between Jianchuan Road and Dongchuan Road. This is a sketch: the part of Da Ling Hao Wan south of the Jianchuan Road strip (area T) and north of a sketched Dongchuan Road line, together with the ECNU Minhang campus outline; the Dongchuan Road line runs straight from Metro Line 5 at 31.020°N to the south end of Line 15. Data © OpenStreetMap contributors; campus outline from ECNU 3D Campus (Apache-2.0).',
  },
  'zone:ecnu-minhang-campus': {
    zh: '边界是华东师范大学闵行校区的校园范围（来自开源项目 ECNU 3D Campus，Apache-2.0），已与开放街图中的剑川路、虹梅南路核对（相距4至8米）。校区在虹梅南路以东的研究生公寓部分在大零号湾范围以外，未画入。',
    en: 'The outline is the ECNU Minhang campus boundary from the open ECNU 3D Campus project (Apache-2.0), checked against Jianchuan Road and Hongmei South Road in OpenStreetMap (4–8 m apart). The campus\'s graduate housing east of Hongmei South Road lies outside Da Ling Hao Wan and is left out.',
  },
});
const pt = (p: Pt) => p.map((v) => v.toFixed(5)).join(', ');
console.log(`wrote ${zones.length} Minhang zones; 大零号湾 ${L.km2(dlhw).toFixed(2)} km², radiation ${L.km2(radiation).toFixed(1)} km² (r=${r} m); C ${L.km2(cArea).toFixed(2)}, T ${L.km2(tArea).toFixed(2)}, O ${L.km2(oArea).toFixed(2)}; anchors L5 ${pt(l5West)}, L8 ${pt(l8South)}`);
