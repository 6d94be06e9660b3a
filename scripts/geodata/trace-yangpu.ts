/**
 * Writes geodata/yangpu/zones.geojson: the areas named in seed 002 (Yangpu 14th FYP science plan), built
 * from OpenStreetMap reference layers (© OpenStreetMap contributors, ODbL). Run: `npx tsx scripts/geodata/trace-yangpu.ts`.
 * The text gives no 四至: zones are station catchments, metro/elevated corridors and hulls, mostly schematic.
 */
import { join } from 'node:path';
import { writeBasis } from './lib';
import { bearing, destination, point } from '@turf/turf';
import type { ZoneProperties } from '../../src/data/schema';
import {
  type Area, type LngLat, type ZoneDraft, bufferLine, clipTo, crossing, disc, hull, lineBetween, lineString,
  lineWithin, metroLine, minus, northSouthRun, osmPoi, osmRoad, osmStation, osmStationNode, ring, traceEastWest, unite, writeZones,
} from './yangpu-jingan-lib';

const PLAN = 'plan:yangpu-14th-fyp';
const OSM = '© OpenStreetMap contributors (reference-geodata)';
const q = (quote: string) => ({ seed: '002' as const, quote });
type Props = Omit<ZoneProperties, 'plan' | 'districts'>;
const zone = (p: Props, shape: Area): ZoneDraft => ({ properties: { ...p, plan: PLAN, districts: ['杨浦区'] } as ZoneProperties, shape });

// ------------------------------------------------------------------ evidence (OSM only)
const st = (name: string) => osmStation(name);
/** 三门路 (line 10): OSM leaves the node unnamed; it is the line-10 node between 江湾体育场 and 殷高东路. */
const sanmenRoad = osmStationNode(121.503765, 31.315155);
const line10 = metroLine('10');
const line12 = metroLine('12');
const line18 = metroLine('18');
const jungongElevated = osmRoad('军工高架路');
const middleRing = osmRoad('中环路');
const midpoint = (a: LngLat, b: LngLat): LngLat => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];

/**
 * The Hongkou side of 国权路 south of 中环路 (邯郸路): 杨浦/虹口 meet along 国权路, above line 18, and along
 * 邯郸路, under the 中环 (background knowledge). Bounded by line 18 from its 中环 crossing south for as long as it
 * runs north–south (under 国权路), then ~475 m due west, then north to the 中环 and back east along it.
 */
const guoquanHandan = crossing(line18, middleRing, st('复旦大学'));
const guoquanRun = northSouthRun(lineBetween(line18, guoquanHandan, st('国权路')), guoquanHandan);
const guoquanRunEnd = guoquanRun[guoquanRun.length - 1];
const westLng = guoquanRunEnd[0] - 0.005;
const handanRoad = lineWithin(middleRing, { minLng: 121.48, maxLng: 121.5, minLat: 31.293, maxLat: 31.3 }).geometry.coordinates;
const hongkouOfGuoquan = ring([...guoquanRun, [westLng, guoquanRunEnd[1]], ...traceEastWest(handanRoad, westLng, guoquanHandan[0]).slice(0, -1)]);

// ------------------------------------------------------------------ shapes
const tongjiCircle = disc(st('同济大学'), 750);
const daChuangzhiRaw = hull([st('五角场'), st('江湾体育场'), sanmenRoad, st('国权路'), st('复旦大学'), st('上海财经大学')], 200);
const line10Corridor = bufferLine(lineBetween(line10, st('四平路'), st('殷高东路')), 350);
const line18Corridor = bufferLine(lineBetween(line18, st('抚顺路'), st('上海财经大学')), 250);
const westCore = unite(line10Corridor, line18Corridor, daChuangzhiRaw, tongjiCircle);

// The riverfront's own OSM landmarks, west to east: 杨树浦水厂 (way 475445627), 杨浦滨江人民城市建设规划展示馆
// (way 481557069), 世界技能博物馆 (way 1208662450); the band through the stations alone missed them by ~430 m.
const riverLandmarks: LngLat[] = ['way/475445627', 'way/481557069', 'way/1208662450'].map(osmPoi);
// A strip on the landward (left, north-west) side of the landmark line only, 250 m deep: not into the river.
const landward = (p: LngLat, i: number): LngLat => {
  const [a, b] = i === 0 ? [riverLandmarks[0], riverLandmarks[1]] : [riverLandmarks[i - 1], riverLandmarks[i]];
  return destination(point(p), 0.25, bearing(point(a), point(b)) - 90).geometry.coordinates as LngLat;
};
const riverStrip = ring([...riverLandmarks, ...riverLandmarks.map(landward).reverse()]);
const riverside = unite(bufferLine(lineString([st('平凉路'), st('丹阳路'), st('爱国路'), st('复兴岛')]), 350), riverStrip);
const jungongLine = unite(
  bufferLine(lineWithin(jungongElevated, { minLng: 121.51, maxLng: 121.55, minLat: 31.305, maxLat: 31.336 }), 350),
  bufferLine(lineWithin(middleRing, { minLng: 121.536, maxLng: 121.55, minLat: 31.284, maxLat: 31.31 }), 350),
);
const usstPark = disc(st('复兴岛'), 650);
const east = minus(unite(riverside, jungongLine, usstPark), westCore);

const centreStations: LngLat[] = [st('江浦路'), st('黄兴路'), st('延吉中路'), st('黄兴公园'), st('翔殷路'), st('隆昌路'), st('宁国路'), st('江浦公园')];
const changyangRoadRaw = bufferLine(lineBetween(line12, st('江浦公园'), st('隆昌路')), 200);
const centre = (minus(unite(hull(centreStations, 300), disc(st('隆昌路'), 600), changyangRoadRaw), westCore, east));

const inside = (a: Area, parent: Area) => clipTo(a, parent);
const daChuangzhi = inside(daChuangzhiRaw, westCore);
const shapes = {
  westCore, centre, east,
  riverside: inside(riverside, east),
  jungong: inside(jungongLine, east),
  daChuangzhi,
  daChuanggu: inside(disc(st('隆昌路'), 600), centre),
  tongjiCircle: inside(tongjiCircle, westCore),
  fudan: inside(minus(bufferLine(lineBetween(line18, st('国权路'), st('上海财经大学')), 250), hongkouOfGuoquan), daChuangzhi),
  sufe: inside(disc(st('上海财经大学'), 400), daChuangzhi),
  usstPark: inside(usstPark, east),
  kic: inside(disc(st('江湾体育场'), 400), daChuangzhi),
  guoding: disc(midpoint(st('五角场'), st('黄兴公园')), 450),
  changyangRoad: inside(changyangRoadRaw, centre),
  usstBlock: inside(disc(st('复兴岛'), 400), east),
  nice2035: disc(st('同济大学'), 150),
  tongjiStreets: disc(st('同济大学'), 450),
  xiudai: hull([st('宁国路'), st('隆昌路'), st('爱国路'), st('丹阳路'), st('平凉路')], 250),
};

// ------------------------------------------------------------------ records
const BELTS = 'The three belts are schematic: the text names them (“西中东”) but gives no boundary; they are built so that together they read as west (the 四平路–淞沪路 line-10 axis and the universities), centre (长阳创谷–延吉–黄兴公园) and east (the riverside and 军工路).';
const drafts: ZoneDraft[] = [
  zone({
    id: 'zone:yangpu-west-core',
    name: { zh: '西部核心区“创新经济走廊”', en: 'West Core Area (“innovation economy corridor”)', aliases: ['西部核心区', '创新经济走廊'] },
    citations: [q('西部核心区“创新经济走廊”内涵不断深化')],
    zoneType: 'sub-area',
    location: {
      precision: 'schematic',
      source: `OSM metro lines 10 and 18 and OSM stations, ${OSM}`,
      method: 'union of: line 10 (四平路 → 殷高东路 stations) buffered 350 m; line 18 (抚顺路 → 上海财经大学) buffered 250 m; zone:da-chuangzhi’s hull; the 750 m disc of zone:tongji-knowledge-circle',
      note: `${BELTS} Line 10 runs under 四平路 and 淞沪路, the axis of the corridor (background knowledge).`,
    },
  }, shapes.westCore),
  zone({
    id: 'zone:yangpu-centre',
    name: { zh: '中部提升区“创客生态社区”', en: 'Central Upgrading Area (“maker ecosystem community”)', aliases: ['中部提升区', '创客生态社区'] },
    citations: [q('中部提升区“创客生态社区”新旧动能加快转换')],
    zoneType: 'sub-area',
    location: {
      precision: 'schematic',
      source: `OSM stations 江浦路, 黄兴路, 延吉中路, 黄兴公园, 翔殷路, 隆昌路, 宁国路, 江浦公园 and OSM line 12, ${OSM}`,
      method: 'convex hull of the eight stations padded 300 m, plus the 600 m disc around 隆昌路 and the line-12 corridor 江浦公园 → 隆昌路 (200 m), minus the west and east belts',
      note: `${BELTS} The text puts 长阳创谷 in this area.`,
    },
  }, shapes.centre),
  zone({
    id: 'zone:yangpu-east',
    name: { zh: '东部战略区“滨江国际创新带”', en: 'East Strategic Area (“riverside international innovation belt”)', aliases: ['东部战略区', '滨江国际创新带'] },
    citations: [q('东部战略区“滨江国际创新带”功能日趋完善'), q('1是指滨江国际创新带')],
    zoneType: 'sub-area',
    location: {
      precision: 'schematic',
      source: `OSM stations 平凉路, 丹阳路, 爱国路, 复兴岛, OSM 军工高架路 and 中环路, ${OSM}`,
      method: 'union of zone:yangpu-riverside’s band (stations 350 m, a 250 m landward strip along the riverfront objects), zone:jungong-road-corridor’s 350 m band and the 650 m disc of zone:usst-industrial-park, minus the west belt',
      note: `${BELTS} The text places 杨浦滨江, 长阳秀带 and 军工路沿线 under this belt.`,
    },
  }, shapes.east),
  zone({
    id: 'zone:yangpu-riverside',
    name: { zh: '杨浦滨江', en: 'Yangpu Riverside', aliases: ['杨浦滨江生活秀带', '生活秀带'] },
    citations: [q('杨浦滨江全力打造人民城市建设示范区'), q('杨浦滨江生活秀带成功入选首批国家文物保护利用示范区创建名单')],
    zoneType: 'belt',
    parent: 'zone:yangpu-east',
    location: {
      precision: 'schematic',
      source: `OSM metro stations 平凉路, 丹阳路 (line 18), 爱国路, 复兴岛 (line 12); OSM riverfront objects 杨树浦水厂 (way 475445627), 杨浦滨江人民城市建设规划展示馆 (way 481557069), 世界技能博物馆 (way 1208662450) (poi-osm-heritage-export), ${OSM}`,
      method: 'polyline 平凉路 → 丹阳路 → 爱国路 → 复兴岛 stations buffered 350 m each side, united with a 250 m strip on the landward (north-west) side of the polyline through the three OSM riverfront objects, clipped to zone:yangpu-east',
      note: 'No shippable river bank geometry exists in the reference (the 黄浦江 polygon is check-only), so the riverfront is drawn as a band through the stations nearest the river and the riverfront buildings OSM maps (the 世界技能博物馆 the text names among them); it stops short of the western riverfront towards 秦皇岛路.',
    },
  }, shapes.riverside),
  zone({
    id: 'zone:jungong-road-corridor',
    name: { zh: '军工路沿线', en: 'Jungong Road corridor' },
    citations: [q('加速军工路沿线区域转型升级')],
    zoneType: 'corridor',
    parent: 'zone:yangpu-east',
    location: {
      precision: 'approximate',
      source: `OSM 军工高架路 (above 军工路) and OSM 中环路 where it runs along 军工路, ${OSM}`,
      method: '军工高架路 centreline between 31.305°N and 31.336°N plus the 中环路 centreline within 121.536–121.55°E, 31.284–31.31°N, each buffered 350 m (700 m wide), clipped to zone:yangpu-east',
      note: 'The corridor width is not stated; 350 m each side stands for “沿线”. The 中环 follows 军工路 south of 翔殷路 (background knowledge).',
    },
  }, shapes.jungong),
  zone({
    id: 'zone:da-chuangzhi',
    name: { zh: '大创智', en: 'Greater KIC (Da Chuangzhi)', aliases: ['大创智功能区', '大创智示范区', '大创智国家服务业创新发展示范区'] },
    citations: [q('大创智功能区创建国家级文化产业示范园区'), q('创建大创智国家服务业创新发展示范区')],
    zoneType: 'sub-area',
    parent: 'zone:yangpu-west-core',
    location: {
      precision: 'schematic',
      source: `OSM stations 五角场, 江湾体育场, 三门路 (unnamed OSM node), 国权路, 复旦大学, 上海财经大学, ${OSM}`,
      method: 'convex hull of the six stations padded 200 m, clipped to zone:yangpu-west-core',
      note: '大创智 is the 五角场 / 创智天地 area with 复旦 and 财大 (background knowledge); the text gives no boundary.',
    },
  }, shapes.daChuangzhi),
  zone({
    id: 'zone:block-kic',
    name: { zh: '创智天地', en: 'KIC (Knowledge & Innovation Community)', aliases: ['创智天地创新创业街区'] },
    citations: [q('创智天地、国定东路、长阳路、环上海理工大学等四大创新创业街区影响力不断增强'), q('优化提升创智天地、长阳路、国定东路等创新创业街区业态和能级')],
    zoneType: 'block',
    parent: 'zone:da-chuangzhi',
    location: {
      precision: 'schematic',
      source: `OSM metro station 江湾体育场 (line 10), ${OSM}`,
      method: 'disc of 400 m radius around the OSM 江湾体育场 station, clipped to zone:da-chuangzhi',
      note: '创智天地 lies on 淞沪路 by the 江湾体育场 station (background knowledge); the reference has no building or street geometry for it.',
    },
  }, shapes.kic),
  zone({
    id: 'zone:fudan-innovation-corridor',
    name: { zh: '复旦创新走廊', en: 'Fudan Innovation Corridor' },
    citations: [q('一廊是指复旦创新走廊'), q('提升复旦创新走廊核心功能')],
    zoneType: 'corridor',
    parent: 'zone:da-chuangzhi',
    location: {
      precision: 'schematic',
      source: `OSM metro line 18 between the 国权路 and 上海财经大学 stations and OSM 中环路 near 复旦大学, ${OSM}`,
      method: 'line 18 centreline 国权路 → 上海财经大学 buffered 250 m each side (500 m wide), except south of 中环路 along the stretch where line 18 runs north–south (under 国权路): there only the east side is kept (the west side is cut off along the line 18 centreline and the 中环路 centreline); clipped to zone:da-chuangzhi',
      note: 'Line 18 runs under 国权路/国权北路 past 复旦大学, taken as the corridor’s axis (background knowledge); the text gives no extent. South of 邯郸路 (under the 中环) the 杨浦/虹口 district line follows 国权路 and, west of it, 邯郸路 (background knowledge), so the corridor stops at the line there; the check-only district layer agrees within ~100 m but was used only to test the result, not to draw it.',
    },
  }, shapes.fudan),
  zone({
    id: 'zone:sufe-finance-valley',
    name: { zh: '财大金融谷', en: 'SUFE Finance Valley' },
    citations: [q('一谷是指财大金融谷')],
    zoneType: 'park',
    parent: 'zone:da-chuangzhi',
    location: {
      precision: 'schematic',
      source: `OSM metro station 上海财经大学 (line 18), ${OSM}`,
      method: 'disc of 400 m radius around the OSM 上海财经大学 station, clipped to zone:da-chuangzhi',
      note: 'Placed on the station named after the university the valley is built around; the text gives no extent.',
    },
  }, shapes.sufe),
  zone({
    id: 'zone:tongji-knowledge-circle',
    name: { zh: '环同济知识经济圈', en: 'Tongji Knowledge Economy Circle', aliases: ['环同济', '知识经济圈'] },
    citations: [q('一圈是指环同济知识经济圈'), q('对标世界级创意产业核心区,推进环同济知识经济圈升级')],
    zoneType: 'sub-area',
    parent: 'zone:yangpu-west-core',
    location: {
      precision: 'schematic',
      source: `OSM metro station 同济大学 (line 10), ${OSM}`,
      method: 'disc of 750 m radius around the OSM 同济大学 station, clipped to zone:yangpu-west-core',
      note: 'A “circle” around 同济大学’s 四平路 campus, which the station serves (background knowledge); the radius is a stand-in, the text gives no extent.',
    },
  }, shapes.tongjiCircle),
  zone({
    id: 'zone:tongji-public-spaces',
    name: { zh: '赤峰路、国康路、彰武路等公共空间', en: 'Chifeng Rd, Guokang Rd and Zhangwu Rd public spaces', aliases: ['赤峰路', '国康路', '彰武路'] },
    citations: [q('大力推进赤峰路、国康路、彰武路等公共空间更新改造')],
    zoneType: 'block',
    parent: 'zone:tongji-knowledge-circle',
    location: {
      precision: 'schematic',
      source: `OSM metro station 同济大学 (line 10), ${OSM}`,
      method: 'disc of 450 m radius around the OSM 同济大学 station',
      note: 'The three streets border the 同济 campus (background knowledge) but none of them is in the reference (SOURCES §14), so they are shown together as one disc at the campus station.',
    },
  }, shapes.tongjiStreets),
  zone({
    id: 'zone:nice2035',
    name: { zh: 'NICE2035未来生活原型街', en: 'NICE2035 Future Living Prototype Street', aliases: ['NICE2035', '四平路1028弄'] },
    citations: [q('“NICE2035”未来生活原型街:位于杨浦区四平路1028弄')],
    zoneType: 'block',
    parent: 'zone:tongji-knowledge-circle',
    location: {
      precision: 'schematic',
      source: `address in 002: 四平路1028弄; OSM metro station 同济大学 on 四平路, ${OSM}`,
      method: 'disc of 150 m radius around the OSM 同济大学 station',
      note: 'The reference cannot geocode 四平路1028弄 (no 四平路 street geometry, no house numbers). The lane (200 m × 7 m per the text) is on 四平路 near 同济大学 (background knowledge); the disc marks the neighbourhood, not the lane.',
    },
  }, shapes.nice2035),
  zone({
    id: 'zone:block-guoding-east-road',
    name: { zh: '国定东路创新创业街区', en: 'Guoding East Road innovation street', aliases: ['国定东路'] },
    citations: [q('创智天地、国定东路、长阳路、环上海理工大学等四大创新创业街区影响力不断增强'), q('4是指创智天地、国定东路、长阳路和环上理工大学等四大创新创业街区')],
    zoneType: 'block',
    location: {
      precision: 'schematic',
      source: `OSM metro stations 五角场 (line 10) and 黄兴公园 (line 8), ${OSM}`,
      method: 'disc of 450 m radius at the midpoint of the OSM 五角场 and 黄兴公园 stations',
      note: '国定东路 is absent from the reference (SOURCES §14). It runs east of 五角场 towards 黄兴公园 (background knowledge); the disc only says “between these two stations”.',
    },
  }, shapes.guoding),
  zone({
    id: 'zone:block-changyang-road',
    name: { zh: '长阳路创新创业街区', en: 'Changyang Road innovation street', aliases: ['长阳路'] },
    citations: [q('创智天地、国定东路、长阳路、环上海理工大学等四大创新创业街区影响力不断增强'), q('优化提升创智天地、长阳路、国定东路等创新创业街区业态和能级')],
    zoneType: 'block',
    parent: 'zone:yangpu-centre',
    location: {
      precision: 'approximate',
      source: `OSM metro line 12 between the 江浦公园 and 隆昌路 stations, ${OSM}`,
      method: 'line 12 centreline 江浦公园 → 隆昌路 buffered 200 m each side (400 m wide), clipped to zone:yangpu-centre',
      note: 'Line 12 runs under 长阳路 between these stations (background knowledge), so its centreline stands in for the street; the block’s extent along the street is not given.',
    },
  }, shapes.changyangRoad),
  zone({
    id: 'zone:block-usst',
    name: { zh: '环上理工创新创业街区', en: 'Around-USST innovation street', aliases: ['环上理工', '环上海理工大学'] },
    citations: [q('加快打造环上理工创新创业街区'), q('4是指创智天地、国定东路、长阳路和环上理工大学等四大创新创业街区')],
    zoneType: 'block',
    parent: 'zone:yangpu-east',
    location: {
      precision: 'schematic',
      source: `OSM metro station 复兴岛 (line 12), ${OSM}`,
      method: 'disc of 400 m radius around the OSM 复兴岛 station, clipped to zone:yangpu-east',
      note: '上海理工大学’s main campus is on 军工路 near the 复兴岛 station (background knowledge); the reference has no campus geometry. Position uncertain by several hundred metres.',
    },
  }, shapes.usstBlock),
  zone({
    id: 'zone:usst-industrial-park',
    name: { zh: '上理工产业园', en: 'USST Industrial Park' },
    citations: [q('一园是指上理工产业园')],
    zoneType: 'park',
    parent: 'zone:yangpu-east',
    location: {
      precision: 'schematic',
      source: `OSM metro station 复兴岛 (line 12), ${OSM}`,
      method: 'disc of 650 m radius around the OSM 复兴岛 station, clipped to zone:yangpu-east',
      note: 'Built around 上海理工大学 (background knowledge, as for zone:block-usst); the text gives no extent.',
    },
  }, shapes.usstPark),
  zone({
    id: 'zone:da-chuanggu',
    name: { zh: '大创谷', en: 'Greater Innovation Valley (Da Chuanggu)', aliases: ['大创谷功能融合区', '长阳创谷'] },
    citations: [q('对标世界级创谷,打造大创谷功能融合区'), q('长阳创谷成为首批全国人工智能示范园区')],
    zoneType: 'sub-area',
    parent: 'zone:yangpu-centre',
    location: {
      precision: 'schematic',
      source: `OSM metro station 隆昌路 (line 12), ${OSM}`,
      method: 'disc of 600 m radius around the OSM 隆昌路 station, clipped to zone:yangpu-centre',
      note: '大创谷 grows out of 长阳创谷 on 长阳路 by the 隆昌路 station (background knowledge); the text gives no extent.',
    },
  }, shapes.daChuanggu),
  zone({
    id: 'zone:changyang-xiudai-park',
    name: { zh: '“长阳秀带”在线新经济生态园', en: '“Changyang Xiudai” online new economy ecological park', aliases: ['长阳秀带'] },
    citations: [q('高标准建设“长阳秀带”在线新经济生态园')],
    zoneType: 'park',
    location: {
      precision: 'schematic',
      source: `OSM metro stations 宁国路, 隆昌路, 爱国路 (line 12), 丹阳路, 平凉路 (line 18), ${OSM}`,
      method: 'convex hull of the five stations padded 250 m',
      note: 'The name joins 长阳(创谷) and the riverside 秀带; drawn as the envelope between 长阳路 and the riverfront stations (background knowledge). It straddles the centre and east belts, so it has no parent.',
    },
  }, shapes.xiudai),
];

writeZones(join(import.meta.dirname, '..', '..', 'geodata', 'yangpu', 'zones.geojson'), drafts);
writeBasis(join(import.meta.dirname, '..', '..', 'geodata', 'yangpu', 'reader-texts.json'), {
  'zone:yangpu-riverside': {
    zh: '参考数据中没有可用的江岸线形，因此滨江画作一条带：穿过离江最近的地铁站（平凉路、丹阳路、爱国路、复兴岛）、两侧各350米，再加上开放街图中沿江的杨树浦水厂、杨浦滨江人民城市建设规划展示馆和世界技能博物馆连线靠陆地一侧250米宽的一条；它在秦皇岛路方向的西段滨江之前就结束了。仅为示意。数据 © OpenStreetMap 贡献者。',
    en: 'The reference data have no usable river bank, so the riverfront is drawn as a band: 350 m either side of a line through the metro stations nearest the river (Pingliang Road, Danyang Road, Aiguo Road, Fuxing Island), together with a 250 m strip on the landward side of a line through the riverside Yangshupu Waterworks, the Yangpu Riverside planning exhibition hall and the World Skills Museum as OpenStreetMap maps them; it stops short of the western riverfront towards Qinhuangdao Road. A sketch only. Data © OpenStreetMap contributors.',
  },
});
