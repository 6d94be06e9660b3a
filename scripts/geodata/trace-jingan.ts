/**
 * Writes geodata/jingan/zones.geojson: the areas named in seed 003 (Jing'an 2023–2025 plan), built from
 * OpenStreetMap reference layers (© OpenStreetMap contributors, ODbL). Run: `npx tsx scripts/geodata/trace-jingan.ts`.
 * The text gives no 四至; each zone's `location` says which evidence it follows and how sure it is.
 */
import { join } from 'node:path';
import { axisCentreline, vertices, writeBasis } from './lib';
import type { ZoneProperties } from '../../src/data/schema';
import {
  type Area, type LngLat, type ZoneDraft, bufferLine, clipTo, disc, largestPart, lineString,
  lineWithin, minus, osmRoad, osmStation, osmSubdistrict, ring, traceEastWest, unite, verticesOf, writeZones,
} from './yangpu-jingan-lib';

const PLAN = 'plan:jingan-2023-2025';
const OSM = '© OpenStreetMap contributors (reference-geodata)';
const q = (quote: string) => ({ seed: '003' as const, quote });
type Props = Omit<ZoneProperties, 'plan' | 'districts'>;
const zone = (p: Props, shape: Area): ZoneDraft => ({ properties: { ...p, plan: PLAN, districts: ['静安区'] } as ZoneProperties, shape });

// ------------------------------------------------------------------ evidence (OSM only)
const daningSubdistrict = osmSubdistrict('大宁路街道');
const middleRing = osmRoad('中环路');
const northSouthElevated = osmRoad('南北高架路');
const daningRing = daningSubdistrict.geometry.type === 'Polygon' ? (daningSubdistrict.geometry.coordinates[0] as LngLat[]) : [];
/** 大宁路街道's north-east corner: the northernmost vertex east of 121.455 (OSM). */
const daningNorthEast: LngLat = daningRing.filter(([x]) => x > 121.455).reduce((a, b) => (b[1] > a[1] ? b : a));
/** The OSM 场中路 bridge fragment west of 大宁 (its westernmost vertex). */
const changzhongWest: LngLat = osmRoad('场中路').flat().reduce((a, b) => (b[0] < a[0] ? b : a)) as LngLat;
/** The northern line: OSM 场中路 fragment west of 大宁 → 大宁路街道 north-east corner (场中路 runs along it). */
const northLine = (lng: number): LngLat => [lng, changzhongWest[1] + ((lng - changzhongWest[0]) / (daningNorthEast[0] - changzhongWest[0])) * (daningNorthEast[1] - changzhongWest[1])];
/** Where the 南北高架路 (above 共和新路) crosses a latitude, from its OSM centreline. */
function lngAtLat(lat: number): number {
  const hits: number[] = [];
  for (const part of northSouthElevated) {
    for (let i = 1; i < part.length; i++) {
      const [a, b] = [part[i - 1], part[i]];
      if ((a[1] - lat) * (b[1] - lat) > 0 || a[1] === b[1]) continue;
      const x = a[0] + ((lat - a[1]) / (b[1] - a[1])) * (b[0] - a[0]);
      if (x > 121.44 && x < 121.45) hits.push(x);
    }
  }
  return hits.reduce((s, v) => s + v, 0) / hits.length;
}
const SHIBEI_WEST = 121.4262;
const ringNear = lineWithin(middleRing, { minLng: 121.42, maxLng: 121.45, minLat: 31.285, maxLat: 31.3 }).geometry.coordinates;
const shibeiSouth = traceEastWest(ringNear, SHIBEI_WEST, lngAtLat(latAt(ringNear, 121.4445)));
const shibeiEast = [1, 2, 3, 4].map((i) => {
  const lat = shibeiSouth[shibeiSouth.length - 1][1] + (i / 4) * (northLine(121.4445)[1] - shibeiSouth[shibeiSouth.length - 1][1]);
  return [lngAtLat(lat), lat] as LngLat;
});
const shibei = ring([...shibeiSouth, ...shibeiEast, northLine(SHIBEI_WEST)]);
function latAt(parts: GeoJSON.Position[][], lng: number): number {
  return traceEastWest(parts, lng, lng)[0][1];
}

// ------------------------------------------------------------------ shapes
const daning = daningSubdistrict;
const blockchainValley = largestPart(minus(shibei, bufferInward(shibei, 150)));
const shibeiCommunity = clipTo(disc(centreOf(shibeiSouth, [northLine(SHIBEI_WEST), shibeiEast[3]]), 300), shibei);
const zoumatang = bufferLine(lineString([northLine(SHIBEI_WEST + 0.002), daningNorthEast]), 150);
const daningCentral = clipTo(bufferLine(lineWithin(middleRing, { minLng: 121.43, maxLng: 121.47, minLat: 31.28, maxLat: 31.31 }), 300), daning);
/** The 广中西路 axis: the OSM 广中西路 bridge fragment (west) to the OSM 广中路 fragment at its east end. */
const guangzhongWest: LngLat = [121.4343, 31.2783];
const guangzhongEast: LngLat = [121.4572, 31.2816];
const northOf = (p: LngLat, m: number): LngLat => [p[0], p[1] + m / 111_320];
const daningGuangzhong = largestPart(clipTo(ring([guangzhongWest, guangzhongEast, northOf(guangzhongEast, 600), northOf(guangzhongWest, 600)]), daning));
const suheBay = disc(osmStation('曲阜路'), 320);
// The OSM 南京西路 (roads-osm-center-2025-08-09; a median 20 m from Line 2 under it), its carriageways averaged,
// between the longitudes of the 静安寺 and 南京西路 stations.
const [jingansi, nanjingxilu] = [osmStation('静安寺'), osmStation('南京西路')];
const nanjingWestStreet = axisCentreline(vertices('roads-osm-center-2025-08-09', 'name', ['南京西路'], [jingansi[0], 31.21, nanjingxilu[0], 31.24]), 'lng');
const nanjingWest = bufferLine(lineString(nanjingWestStreet), 300);
const zhangjiangJingan = unite(daning, shibei);

function bufferInward(a: Area, m: number): Area {
  return bufferLine(lineString(verticesOf(a)), m);
}
function centreOf(south: LngLat[], north: LngLat[]): LngLat {
  const pts = [...south, ...north];
  return [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length];
}

// ------------------------------------------------------------------ records
const drafts: ZoneDraft[] = [
  zone({
    id: 'zone:shibei-hi-tech',
    name: { zh: '市北高新', en: 'Shibei Hi-Tech Park', aliases: ['市北高新功能区', '市北高新园区', '市北高新区', '市北'] },
    citations: [q('将市北高新功能区打造成为上海国际数字之都核心区'), q('重点在市北、大宁地区聚焦相对产业发展成熟度较高的领域')],
    zoneType: 'park',
    location: {
      precision: 'schematic',
      source: `OSM 中环路 and 南北高架路 centrelines, OSM 场中路 bridge fragment, OSM 大宁路街道 relation 14186009, ${OSM}`,
      method: 'ring: south edge = the 中环路 centreline (above 汶水路) sampled every 0.0005° lng from 121.4262°E to the 南北高架路; east edge = the 南北高架路 centreline (above 共和新路); north edge = the straight line from the OSM 场中路 fragment west of 大宁 to the north-east corner of 大宁路街道; west edge = the meridian 121.4262°E',
      note: 'The text names 市北高新 but gives no boundary. The park is taken to lie north of 汶水路 (the 中环) and west of 共和新路, up to 走马塘/场中路 (background knowledge, not verifiable in the reference); the west edge is a straight stand-in for the district edge near 沪太路. It overlaps the north-west corner of 大宁路街道, which is administratively 大宁. Treat as indicative.',
    },
  }, shibei),
  zone({
    id: 'zone:shibei-blockchain-valley',
    name: { zh: '上海区块链生态谷', en: 'Shanghai Blockchain Ecosystem Valley', aliases: ['市北区块链生态谷', '上海市区块链生态谷'] },
    citations: [q('以市北上海市区块链生态谷为核心承载区'), q('大力打造上海区块链生态谷')],
    zoneType: 'park',
    parent: 'zone:shibei-hi-tech',
    location: {
      precision: 'schematic',
      source: 'seed 003 places it in 市北 (“市北上海市区块链生态谷”); geometry from zone:shibei-hi-tech',
      method: 'zone:shibei-hi-tech shrunk by 150 m on every side',
      note: 'The text ties the valley to 市北 but gives no extent of its own; drawn as the body of 市北高新 so it reads as part of it.',
    },
  }, blockchainValley),
  zone({
    id: 'zone:shibei-international-community',
    name: { zh: '市北国际科创社区', en: 'Shibei International Sci-Tech Innovation Community' },
    citations: [q('建设市北国际科创社区,吸引一批优质机构和企业入驻'), q('大力推进市北国际科创社区建设')],
    zoneType: 'block',
    parent: 'zone:shibei-hi-tech',
    location: {
      precision: 'schematic',
      source: 'seed 003 places it in 市北; geometry from zone:shibei-hi-tech',
      method: 'disc of 300 m radius at the mean of the vertices of 市北高新’s south (中环) and north edges, clipped to zone:shibei-hi-tech',
      note: 'Where in 市北 the community lies is not known from the text or the reference; a marker-sized disc at the middle of 市北高新.',
    },
  }, shibeiCommunity),
  zone({
    id: 'zone:zoumatang-corridor',
    name: { zh: '走马塘智能健康创新走廊', en: 'Zoumatang smart-health innovation corridor', aliases: ['走马塘', '智能健康创新走廊'] },
    citations: [q('推动走马塘整体规划转型,打造智能健康创新走廊')],
    zoneType: 'corridor',
    location: {
      precision: 'schematic',
      source: `OSM 场中路 bridge fragment and the OSM 大宁路街道 north-east corner, ${OSM}`,
      method: 'the north edge line of zone:shibei-hi-tech (OSM 场中路 fragment → 大宁路街道 north-east corner), from 121.4282°E, buffered 150 m each side (300 m wide)',
      note: 'The creek 走马塘 is absent from the reference (SOURCES §14). The text names it in the 市北 paragraph; it is drawn along the north edge of 市北高新 and 大宁, near 场中路 (background knowledge, unverified against any water layer).',
    },
  }, zoumatang),
  zone({
    id: 'zone:daning',
    name: { zh: '大宁', en: 'Daning', aliases: ['大宁地区', '大宁路街道'] },
    citations: [q('增强大宁地区“科创+文创”新动能'), q('推进市北高新、大宁、苏河湾、南京西路等产业空间实现5G网络深度覆盖及全区5G网络功能性覆盖')],
    zoneType: 'sub-area',
    location: {
      precision: 'approximate',
      source: `OSM admin relation 14186009 大宁路街道 (subdistricts-partial-osm), ${OSM}`,
      method: 'the OSM 大宁路街道 polygon as given (10 m topology-preserving simplification)',
      note: 'The text says 大宁地区 without a boundary; the 大宁 functional area is taken to be 大宁路街道, which it largely coincides with (background knowledge).',
    },
  }, daning),
  zone({
    id: 'zone:daning-cluster-central',
    name: { zh: '大宁中环广场—鼓风机厂集聚圈', en: 'Daning Zhonghuan Plaza – Blower Works cluster', aliases: ['大宁中环广场', '鼓风机厂'] },
    citations: [q('以大宁中环广场、鼓风机厂为核心,形成数字安全及文创产业集聚圈')],
    zoneType: 'sub-area',
    parent: 'zone:daning',
    location: {
      precision: 'schematic',
      source: `OSM 中环路 centreline and OSM 大宁路街道, ${OSM}`,
      method: 'the 中环路 centreline inside the 大宁 box buffered 300 m each side, clipped to zone:daning',
      note: 'Neither 大宁中环广场 nor the 鼓风机厂 site is in the reference; the cluster is drawn as the band of 大宁 along the 中环 that its name points to.',
    },
  }, daningCentral),
  zone({
    id: 'zone:daning-cluster-guangzhong',
    name: { zh: '广中西路以北集聚圈', en: 'North of Guangzhong West Road cluster' },
    citations: [q('沿广中西路以北为核心,形成集成电路/芯片设计、智慧健康产业集聚圈')],
    zoneType: 'sub-area',
    parent: 'zone:daning',
    location: {
      precision: 'schematic',
      source: `OSM 广中西路 and 广中路 bridge fragments, OSM 大宁路街道, ${OSM}`,
      method: 'quadrilateral from the 广中西路 axis (OSM fragment [121.4343, 31.2783] to OSM 广中路 fragment [121.4572, 31.2816]) to 600 m north of it, clipped to zone:daning (largest part)',
      note: 'The reference has only short bridge pieces of 广中西路, so the axis is a straight line between them; the 600 m depth is a stand-in for “以北”.',
    },
  }, daningGuangzhong),
  zone({
    id: 'zone:suhe-bay',
    name: { zh: '苏河湾', en: 'Suhe Bay', aliases: ['苏河湾功能区', '苏河湾地区'] },
    citations: [q('依托苏河湾功能区打造金融科技与专业服务示范区'), q('促进国际资本、人才、信息、技术等创新创业要素在苏河湾地区集聚')],
    zoneType: 'sub-area',
    location: {
      precision: 'schematic',
      source: `OSM metro station 曲阜路 (lines 8, 12), ${OSM}`,
      method: 'disc of 320 m radius around the OSM 曲阜路 station (kept north of the 苏州河)',
      note: 'The text gives no extent. 苏河湾 is the north bank of the 苏州河 around 西藏北路/曲阜路 (background knowledge); the reference has no street or (shippable) water geometry there, so a station-catchment disc stands in.',
    },
  }, suheBay),
  zone({
    id: 'zone:nanjing-west-road',
    name: { zh: '南京西路', en: 'Nanjing West Road', aliases: ['南京西路功能区'] },
    citations: [q('提升南京西路功能区创新应用和场景驱动功能')],
    zoneType: 'sub-area',
    location: {
      precision: 'approximate',
      source: `OSM 南京西路 ways (roads-osm-center-2025-08-09) between the longitudes of the OSM 静安寺 and 南京西路 stations, ${OSM}`,
      method: 'the OSM 南京西路 centreline (carriageways averaged in 60 m bins) from 静安寺 to 南京西路 station, buffered 300 m each side (600 m wide)',
      note: 'The street itself now (it was Line 2 under it; the OSM street lies a median 20 m from the line); the functional area’s true depth is not given.',
    },
  }, nanjingWest),
  zone({
    id: 'zone:zhangjiang-jingan-park',
    name: { zh: '张江静安园', en: 'Zhangjiang Jing’an Park' },
    citations: [q('依托张江静安园、市北高新区等重点区域')],
    zoneType: 'park',
    location: {
      precision: 'schematic',
      source: 'zone:daning and zone:shibei-hi-tech (both from OSM)',
      method: 'union of zone:daning and zone:shibei-hi-tech',
      note: 'The 静安 sub-park of the 张江 national innovation demonstration zone; the text gives no extent. Drawn as the envelope of the district’s two technology areas in the north (background knowledge); treat as indicative only.',
    },
  }, zhangjiangJingan),
];

writeZones(join(import.meta.dirname, '..', '..', 'geodata', 'jingan', 'zones.geojson'), drafts);
writeBasis(join(import.meta.dirname, '..', '..', 'geodata', 'jingan', 'reader-texts.json'), {
  'zone:nanjing-west-road': {
    zh: '沿开放街图中南京西路的道路中心线，从静安寺站到南京西路站，两侧各300米（宽600米）。功能区的实际进深规划未给出。数据 © OpenStreetMap 贡献者。',
    en: 'Along the OpenStreetMap centreline of Nanjing West Road, from Jing\'an Temple station to Nanjing West Road station, 300 m either side (600 m wide). The plan does not give the functional area\'s true depth. Data © OpenStreetMap contributors.',
  },
});
