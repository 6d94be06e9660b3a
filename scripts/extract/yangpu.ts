/**
 * Generates the knowledge graph of seed 002 (Yangpu 14th FYP science plan) into geodata/yangpu/:
 * carriers, institutions, enterprises, actions, targets, departments and the plans it cites.
 * Run: `npx tsx scripts/extract/yangpu.ts`. Every quote is checked against the seed before writing.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  zAction, zCarrier, zDepartment, zEnterprise, zInstitution, zPlan, zTarget,
  type Citation, type Location, type Name,
} from '../../src/data/schema';
import { SEED_FILES } from '../../src/data/seeds';

const root = join(import.meta.dirname, '..', '..');
const SEED = readFileSync(join(root, 'seeds', SEED_FILES['002']), 'utf8');
const PLAN = 'plan:yangpu-14th-fyp';

/** A citation from seed 002 (checked later against the seed text). */
const q = (quote: string): Citation => ({ seed: '002', quote });

// ---------------------------------------------------------------- locations (OSM metro stations only)

type Position = [number, number];
interface Located { point: Position; location: Location }

/** OSM metro stations named after a university (reference-geodata/metro-stations.geojson, OSM-sourced records). */
const station = (name: string, point: Position, osm: string): Located => ({
  point,
  location: {
    precision: 'approximate',
    source: `OSM metro station ${name} (reference-geodata metro-stations.geojson, ${osm}; © OpenStreetMap contributors)`,
    method: 'point of the metro station that bears the university\'s name',
    note: `Station ${name} is named after the university; the point marks the station, not a campus building or the campus centre.`,
  },
});

// ---------------------------------------------------------------- places

interface PlaceSpec {
  id: string;
  kind: string;
  name: Name;
  citations: Citation[];
  zones?: string[];
  operators?: string[];
  address?: string;
  note?: string;
  at?: Located;
}

function feature(p: PlaceSpec, withOperators: boolean) {
  const properties: Record<string, unknown> = { id: p.id, kind: p.kind, name: p.name, citations: p.citations };
  if (p.note) properties.note = p.note;
  properties.zones = p.zones ?? [];
  if (p.address) properties.address = p.address;
  if (p.at) properties.location = p.at.location;
  if (withOperators) properties.operators = p.operators ?? [];
  return {
    type: 'Feature',
    properties,
    geometry: p.at ? { type: 'Point', coordinates: p.at.point } : null,
  };
}

const institutions: PlaceSpec[] = [
  {
    id: 'institution:fudan-university', kind: 'university',
    name: { zh: '复旦大学', en: 'Fudan University' },
    citations: [
      q('支持复旦大学上海智能产业创新研究院、同济大学智能建造平台'),
      q('深化与复旦大学、同济大学、上海财经大学、上海理工大学等高校合作'),
    ],
    zones: ['zone:fudan-innovation-corridor'],
    note: 'Tied to zone:fudan-innovation-corridor (复旦创新走廊) by the zone\'s name only; the text does not say where the university lies.',
    at: station('复旦大学', [121.495373, 31.29826], 'osm-geofabrik-2026-07-28, node 9381675519'),
  },
  {
    id: 'institution:tongji-university', kind: 'university',
    name: { zh: '同济大学', en: 'Tongji University' },
    citations: [
      q('同济大学智能建造平台'),
      q('依托同济大学土木工程、环境科学、城乡规划、管理科学等优势学科'),
      q('深化与复旦大学、同济大学、上海财经大学、上海理工大学等高校合作'),
    ],
    zones: ['zone:tongji-knowledge-circle'],
    note: 'The 环同济知识经济圈 ("knowledge economy circle around Tongji") is built on its disciplines (task 6).',
    at: station('同济大学', [121.502065, 31.284419], 'osm-geofabrik-2026-07-28, node 5306444969'),
  },
  {
    id: 'institution:shanghai-university-of-finance-and-economics', kind: 'university',
    name: { zh: '上海财经大学', en: 'Shanghai University of Finance and Economics', aliases: ['财大'] },
    citations: [
      q('上海财经大学财经科技产业创新平台'),
      q('深化与复旦大学、同济大学、上海财经大学、上海理工大学等高校合作'),
    ],
    zones: ['zone:sufe-finance-valley'],
    note: 'Tied to zone:sufe-finance-valley (财大金融谷) by the zone\'s name only. The text uses the short form 财大 only inside that name.',
    at: station('上海财经大学', [121.4919019, 31.3101177], 'osm-omap-2025-01-24'),
  },
  {
    id: 'institution:university-of-shanghai-for-science-and-technology', kind: 'university',
    name: { zh: '上海理工大学', en: 'University of Shanghai for Science and Technology', aliases: ['上理工'] },
    citations: [
      q('支持复旦大学上海智能产业创新研究院、同济大学智能建造平台、上海财经大学财经科技产业创新平台、上海理工大学理微医工交叉产业化平台等建设。'),
      q('创智天地、国定东路、长阳路、环上海理工大学等四大创新创业街区影响力不断增强'),
      q('深化与复旦大学、同济大学、上海财经大学、上海理工大学等高校合作'),
    ],
    zones: ['zone:usst-industrial-park', 'zone:block-usst'],
    note: 'Tied to zone:usst-industrial-park (上理工产业园) and zone:block-usst (环上理工 / 环上海理工大学 street block) by the zones\' names only.',
  },
  {
    id: 'institution:university-of-new-south-wales', kind: 'university',
    name: { zh: '新南威尔士大学', en: 'University of New South Wales' },
    citations: [q('新南威尔士大学中国中心')],
    note: 'Named only as the owner of its China Centre (carrier:unsw-china-centre).',
  },
  {
    id: 'institution:fudan-shanghai-intelligent-industry-institute', kind: 'research-institute',
    name: {
      zh: '复旦大学上海智能产业创新研究院',
      en: 'Shanghai Intelligent Industry Innovation Research Institute, Fudan University',
      aliases: ['上海智能产业创新研究院'],
    },
    citations: [
      q('上海智能产业创新研究院、上海五角场创新创业学院等平台建设'),
      q('支持复旦大学上海智能产业创新研究院'),
    ],
    note: 'Named as a platform under construction in 发展基础 and, with 复旦大学 in front, in task 1; taken to be one institute.',
  },
  {
    id: 'institution:beidou-navigation-innovation-institute', kind: 'research-institute',
    name: { zh: '北斗导航创新研究院', en: 'Beidou Navigation Innovation Research Institute' },
    citations: [q('推进埃森哲中国创新中心、新南威尔士大学中国中心、北斗导航创新研究院')],
  },
  {
    id: 'institution:china-industrial-design-institute', kind: 'research-institute',
    name: { zh: '中国工业设计研究院', en: 'China Industrial Design Research Institute' },
    citations: [q('北斗高精度位置服务平台、中国工业设计研究院等功能型平台建设')],
    note: 'The text counts it among the functional platforms (功能型平台).',
  },
  {
    id: 'institution:shanghai-wujiaochang-innovation-entrepreneurship-academy', kind: 'school',
    name: { zh: '上海五角场创新创业学院', en: 'Shanghai Wujiaochang Innovation and Entrepreneurship Academy' },
    citations: [
      q('上海五角场创新创业学院等平台建设'),
      q('提升上海五角场创新创业学院、上海技术转移学院等区域特色平台功能'),
    ],
    note: 'A training academy the text calls a regional platform (区域特色平台).',
  },
  {
    id: 'institution:shanghai-technology-transfer-academy', kind: 'school',
    name: { zh: '上海技术转移学院', en: 'Shanghai Technology Transfer Academy' },
    citations: [q('上海技术转移学院等区域特色平台功能')],
    note: 'A training academy the text calls a regional platform (区域特色平台).',
  },
  {
    id: 'institution:chinese-academy-of-sciences', kind: 'research-institute',
    name: { zh: '中国科学院', en: 'Chinese Academy of Sciences' },
    citations: [q('习近平总书记在中国科学院第二十次院士大会')],
    note: 'Named only as the venue of a speech cited in the guiding thought (指导思想).',
  },
  {
    id: 'institution:chinese-academy-of-engineering', kind: 'other',
    name: { zh: '中国工程院', en: 'Chinese Academy of Engineering' },
    citations: [q('中国工程院第十五次院士大会')],
    note: 'Named only as the venue of a speech cited in the guiding thought (指导思想).',
  },
  {
    id: 'institution:yrd-innovation-demonstration-base-alliance', kind: 'association',
    name: {
      zh: '长三角双创示范基地联盟',
      en: 'Yangtze River Delta Alliance of Mass Innovation and Entrepreneurship Demonstration Bases',
    },
    citations: [
      q('倡议组建长三角双创示范基地联盟,杨浦区被推选为联盟首任理事长单位和秘书处所在地'),
      q('7.长三角双创示范基地联盟:2018年4月,在国家发改委高技术司指导下,由杨浦区国家双创示范基地发起成立的旨在促进长三角地区双创资源共享和跨区域融通创新的联合性、公益性组织'),
      q('拓展长三角双创示范基地联盟功能'),
    ],
    note: 'Founded in April 2018 on Yangpu\'s initiative; Yangpu holds its first chair and secretariat (glossary item 7).',
  },
  {
    id: 'institution:yrd-sci-tech-china-innovation-organisation', kind: 'association',
    name: { zh: '“科创中国”长三角区域创新组织', en: 'Yangtze River Delta Regional Innovation Organisation of “Innovation China”' },
    citations: [
      q('与无锡、宁波、嘉兴、铜陵等地共建“科创中国”长三角区域创新组织'),
      q('发展壮大“科创中国”长三角区域创新组织'),
    ],
  },
  {
    id: 'institution:yrd-talent-cooperation-alliance', kind: 'association',
    name: { zh: '长三角人才合作联盟', en: 'Yangtze River Delta Talent Cooperation Alliance' },
    citations: [q('依托杨浦区博士后创新实践基地及长三角人才合作联盟等平台')],
  },
  {
    id: 'institution:yrd-private-economy-alliance', kind: 'association',
    name: { zh: '长三角民营经济跨区域协同发展联盟', en: 'Yangtze River Delta Alliance for Cross-regional Coordinated Development of the Private Economy' },
    citations: [q('长三角民营经济跨区域协同发展联盟等平台开展交流合作')],
  },
  {
    id: 'institution:bay-area-council', kind: 'association',
    name: { zh: '美国旧金山湾区委员会', en: 'Bay Area Council', aliases: ['湾区委员会'] },
    citations: [
      q('与美国旧金山湾区委员会、丹麦科技创业中心等地区和机构开展合作交流'),
      q('以及湾区委员会等机构的交流合作'),
    ],
    note: 'Task 12 names 湾区委员会 without a place; taken to be the same body as in 发展基础.',
  },
  {
    id: 'institution:danish-tech-entrepreneurship-centre', kind: 'other',
    name: { zh: '丹麦科技创业中心', en: 'Danish Technology Entrepreneurship Centre' },
    citations: [q('丹麦科技创业中心等地区和机构开展合作交流')],
    note: 'The English name is a plain translation; the body\'s official English name is not given in the text.',
  },
];

const carriers: PlaceSpec[] = [
  {
    id: 'carrier:shanghai-technology-exchange', kind: 'platform',
    name: { zh: '上海技术交易所', en: 'Shanghai Technology Exchange' },
    citations: [
      q('国家级技术要素市场——上海技术交易所落户杨浦并开市运营'),
      q('全力支持上海技术交易所建设国家知识产权和科技成果产权交易机构'),
      q('依托上海技术交易所探索区内高校成果在大学科技园落地孵化绿色通道'),
    ],
    note: 'A national-level technology market that the text says has settled in Yangpu (no zone named).',
  },
  {
    id: 'carrier:brain-inspired-chip-platform', kind: 'platform',
    name: { zh: '类脑芯片与片上智能系统研发与转化平台', en: 'R&D and Transfer Platform for Brain-inspired Chips and On-chip Intelligent Systems' },
    citations: [
      q('成功创建类脑芯片与片上智能系统研发与转化平台、国家技术转移东部中心等市级功能型平台'),
      q('深入推动类脑芯片与片上智能系统研发与转化平台'),
    ],
    note: 'A municipal functional platform (市级功能型平台).',
  },
  {
    id: 'carrier:national-technology-transfer-center-east', kind: 'platform',
    name: { zh: '国家技术转移东部中心', en: 'National Technology Transfer Center (East)' },
    citations: [
      q('国家技术转移东部中心等市级功能型平台'),
      q('支持国家技术转移东部中心搭建国际技术转移渠道网络'),
    ],
    note: 'A municipal functional platform (市级功能型平台).',
  },
  {
    id: 'carrier:accenture-china-innovation-centre', kind: 'platform',
    name: { zh: '埃森哲中国创新中心', en: 'Accenture China Innovation Centre' },
    citations: [q('推进埃森哲中国创新中心、新南威尔士大学中国中心')],
    operators: ['enterprise:accenture'],
  },
  {
    id: 'carrier:unsw-china-centre', kind: 'platform',
    name: { zh: '新南威尔士大学中国中心', en: 'UNSW China Centre' },
    citations: [q('新南威尔士大学中国中心、北斗导航创新研究院')],
    operators: ['institution:university-of-new-south-wales'],
  },
  {
    id: 'carrier:beidou-high-precision-positioning-platform', kind: 'platform',
    name: { zh: '北斗高精度位置服务平台', en: 'Beidou High-precision Location Service Platform' },
    citations: [q('北斗高精度位置服务平台、中国工业设计研究院等功能型平台建设')],
    note: 'A functional platform (功能型平台).',
  },
  {
    id: 'carrier:shanghai-big-data-innovation-base', kind: 'base',
    name: { zh: '上海市大数据创新基地', en: 'Shanghai Big Data Innovation Base' },
    citations: [q('依托上海市大数据创新基地和云计算创新基地等功能载体,300多家人工智能和大数据企业快速发展')],
  },
  {
    id: 'carrier:cloud-computing-innovation-base', kind: 'base',
    name: { zh: '云计算创新基地', en: 'Cloud Computing Innovation Base' },
    citations: [q('上海市大数据创新基地和云计算创新基地等功能载体')],
    note: 'Printed right after 上海市大数据创新基地; whether “上海市” also qualifies this base is not clear, so the name is kept as printed.',
  },
  {
    id: 'carrier:shanghai-blockchain-innovation-base', kind: 'base',
    name: { zh: '上海区块链技术创新与产业化基地', en: 'Shanghai Blockchain Technology Innovation and Industrialisation Base' },
    citations: [q('上海区块链技术创新与产业化基地落户杨浦')],
  },
  {
    id: 'carrier:changyang-valley', kind: 'park',
    name: { zh: '长阳创谷', en: 'Changyang Valley' },
    citations: [
      q('2018年4月,李克强总理视察长阳创谷,提出以“长阳创谷”为标杆建设“世界级创谷”'),
      q('中部提升区“创客生态社区”新旧动能加快转换,长阳创谷成为首批全国人工智能示范园区、国家文化和旅游创客行动试点基地'),
      q('特别是2017年长阳创谷成为全国双创活动周主会场,参观人次达15万人'),
      q('加快推动长阳创谷一期、四期,互联宝地二期等项目建设'),
    ],
    zones: ['zone:da-chuanggu', 'zone:yangpu-centre'],
    note: 'Phases 1 and 4 (一期、四期) are to be built in the 大创谷 (task 6).',
  },
  {
    id: 'carrier:hulian-baodi', kind: 'park',
    name: { zh: '互联宝地', en: 'Hulian Baodi' },
    citations: [q('加快推动长阳创谷一期、四期,互联宝地二期等项目建设')],
    zones: ['zone:da-chuanggu'],
    note: 'Phase 2 (二期) is to be built in the 大创谷 (task 6). The English name is a transliteration.',
  },
  {
    id: 'carrier:changyang-xiudai-online-economy-park', kind: 'park',
    name: { zh: '“长阳秀带”在线新经济生态园', en: '“Changyang Xiudai” Online New Economy Eco-park', aliases: ['长阳秀带'] },
    citations: [
      q('高标准建设“长阳秀带”在线新经济生态园,建立市区协同推进机制'),
      q('围绕“滨江国际创新带”建设战略布局,以数字文化、在线教育、医疗健康、新型移动出行等业态为重点,着力打造“长阳秀带”在线新经济生态园'),
    ],
    zones: ['zone:yangpu-east'],
    note: 'Tied to the 滨江国际创新带 (eastern strategic area) by task 6.',
  },
  {
    id: 'carrier:shanghai-industrial-internet-demo-base', kind: 'base',
    name: { zh: '上海工业互联网产业示范基地', en: 'Shanghai Industrial Internet Industry Demonstration Base' },
    citations: [q('积极推动5G和固网“双千兆”宽带网络上海工业互联网产业示范基地、智能网联汽车商业化场景应用等项目建设')],
    note: 'The printed list runs “双千兆”宽带网络 and this base together without a separator; read as two projects.',
  },
  {
    id: 'carrier:world-skills-museum', kind: 'building',
    name: { zh: '世界技能博物馆', en: 'World Skills Museum' },
    citations: [
      q('加快世界技能博物馆、大桥公共空间一期等配套基础设施建设'),
      q('以上海举办世界技能大赛和杨浦建设世界技能博物馆为契机'),
    ],
    zones: ['zone:yangpu-east', 'zone:yangpu-riverside'],
    note: 'Supporting infrastructure of the riverside sub-item of task 6 (争创滨江人民城市建设示范区); under construction in the text.',
  },
  {
    id: 'carrier:bridge-public-space-phase-1', kind: 'space',
    name: { zh: '大桥公共空间一期', en: 'Bridge Public Space, phase 1' },
    citations: [q('加快世界技能博物馆、大桥公共空间一期等配套基础设施建设')],
    zones: ['zone:yangpu-east', 'zone:yangpu-riverside'],
    note: 'Supporting infrastructure of the riverside sub-item of task 6; the text does not say which bridge.',
  },
  {
    id: 'carrier:da-chuangzhi-public-service-platform', kind: 'platform',
    name: { zh: '大创智示范区公共服务平台', en: 'Public Service Platform of the Da Chuangzhi Demonstration Zone' },
    citations: [q('加快大创智示范区公共服务平台、数字公园、绿轴贯通等项目建设')],
    zones: ['zone:da-chuangzhi'],
  },
  {
    id: 'carrier:da-chuangzhi-digital-park', kind: 'space',
    name: { zh: '数字公园', en: 'Digital Park (Da Chuangzhi)' },
    citations: [q('加快大创智示范区公共服务平台、数字公园、绿轴贯通等项目建设')],
    zones: ['zone:da-chuangzhi'],
    note: 'A project in the 大创智 demonstration zone; the text gives no detail.',
  },
  {
    id: 'carrier:chifeng-road', kind: 'street',
    name: { zh: '赤峰路', en: 'Chifeng Road' },
    citations: [q('大力推进赤峰路、国康路、彰武路等公共空间更新改造')],
    zones: ['zone:tongji-knowledge-circle'],
    note: 'Public space to be renewed in the 环同济知识经济圈 (task 6).',
  },
  {
    id: 'carrier:guokang-road', kind: 'street',
    name: { zh: '国康路', en: 'Guokang Road' },
    citations: [q('大力推进赤峰路、国康路、彰武路等公共空间更新改造')],
    zones: ['zone:tongji-knowledge-circle'],
    note: 'Public space to be renewed in the 环同济知识经济圈 (task 6).',
  },
  {
    id: 'carrier:zhangwu-road', kind: 'street',
    name: { zh: '彰武路', en: 'Zhangwu Road' },
    citations: [q('大力推进赤峰路、国康路、彰武路等公共空间更新改造')],
    zones: ['zone:tongji-knowledge-circle'],
    note: 'Public space to be renewed in the 环同济知识经济圈 (task 6).',
  },
  {
    id: 'carrier:tongji-intelligent-construction-platform', kind: 'platform',
    name: { zh: '同济大学智能建造平台', en: 'Tongji University Intelligent Construction Platform' },
    citations: [q('同济大学智能建造平台')],
    operators: ['institution:tongji-university'],
  },
  {
    id: 'carrier:sufe-fintech-innovation-platform', kind: 'platform',
    name: { zh: '上海财经大学财经科技产业创新平台', en: 'SUFE Finance and Technology Industry Innovation Platform' },
    citations: [q('上海财经大学财经科技产业创新平台')],
    operators: ['institution:shanghai-university-of-finance-and-economics'],
  },
  {
    id: 'carrier:usst-medical-engineering-platform', kind: 'platform',
    name: { zh: '上海理工大学理微医工交叉产业化平台', en: 'USST Industrialisation Platform for Science, Micro-systems, Medicine and Engineering' },
    citations: [q('上海理工大学理微医工交叉产业化平台等建设')],
    operators: ['institution:university-of-shanghai-for-science-and-technology'],
    note: 'The English name is a plain reading of 理微医工交叉 (science / micro / medicine / engineering cross-disciplinary).',
  },
  {
    id: 'carrier:china-shanghai-entrepreneur-training-base', kind: 'base',
    name: { zh: '中国(上海)创业者公共实训基地', en: 'China (Shanghai) Public Training Base for Entrepreneurs' },
    citations: [q('充分发挥中国(上海)创业者公共实训基地平台功能')],
  },
  {
    id: 'carrier:yangpu-postdoc-innovation-base', kind: 'base',
    name: { zh: '杨浦区博士后创新实践基地', en: 'Yangpu Postdoctoral Innovation Practice Base' },
    citations: [q('依托杨浦区博士后创新实践基地及长三角人才合作联盟等平台')],
  },
  {
    id: 'carrier:china-shanghai-hr-services-park-east', kind: 'park',
    name: { zh: '中国(上海)人力资源服务产业园区东部园', en: 'China (Shanghai) Human Resources Service Industrial Park, East Park' },
    citations: [q('依托中国(上海)人力资源服务产业园区东部园平台')],
  },
  {
    id: 'carrier:sh-sme-financing-credit-platform', kind: 'platform',
    name: { zh: '市中小企业融资综合信用服务平台', en: 'Shanghai SME Financing Comprehensive Credit Service Platform' },
    citations: [q('鼓励区内金融机构主动对接市中小企业融资综合信用服务平台和大数据普惠金融应用等平台')],
    note: 'A municipal platform (市 = Shanghai) that district financial institutions are to connect to.',
  },
  {
    id: 'carrier:big-data-inclusive-finance-platform', kind: 'platform',
    name: { zh: '大数据普惠金融应用', en: 'Big-data Inclusive Finance Application (platform)' },
    citations: [q('市中小企业融资综合信用服务平台和大数据普惠金融应用等平台')],
  },
  {
    id: 'carrier:yrd-technology-market', kind: 'platform',
    name: { zh: '长三角科技大市场', en: 'Yangtze River Delta Technology Market' },
    citations: [q('依托长三角科技大市场、长三角民营经济跨区域协同发展联盟等平台开展交流合作')],
  },
];

const enterprises: PlaceSpec[] = [
  {
    id: 'enterprise:accenture', kind: 'foreign',
    name: { zh: '埃森哲', en: 'Accenture' },
    citations: [q('推进埃森哲中国创新中心')],
    note: 'Named only as the owner of its China Innovation Centre (carrier:accenture-china-innovation-centre).',
  },
  {
    id: 'enterprise:gaorong-capital', kind: 'investor',
    name: { zh: '高榕资本', en: 'Gaorong Capital' },
    citations: [q('投资了高榕资本、武岳峰基金等26家子基金')],
    note: 'A sub-fund (子基金) the district\'s parent funds have invested in.',
  },
  {
    id: 'enterprise:wuyuefeng-fund', kind: 'investor',
    name: { zh: '武岳峰基金', en: 'Wuyuefeng Fund' },
    citations: [q('投资了高榕资本、武岳峰基金等26家子基金')],
    note: 'A sub-fund (子基金) the district\'s parent funds have invested in. The English name is a transliteration.',
  },
  {
    id: 'enterprise:oriental-pearl-industry-fund', kind: 'investor',
    name: { zh: '东方明珠', en: 'Oriental Pearl (industry fund)' },
    citations: [q('出资组建东方明珠、中兵北斗等4支产业基金,规模超过130亿元')],
    note: 'An industry fund (产业基金) the district co-founded; the text names the fund only as 东方明珠.',
  },
  {
    id: 'enterprise:zhongbing-beidou-industry-fund', kind: 'investor',
    name: { zh: '中兵北斗', en: 'Zhongbing Beidou (industry fund)' },
    citations: [q('出资组建东方明珠、中兵北斗等4支产业基金,规模超过130亿元')],
    note: 'An industry fund (产业基金) the district co-founded; the text names the fund only as 中兵北斗.',
  },
  {
    id: 'enterprise:science-park-joint-growth-fund', kind: 'investor',
    name: { zh: '科技园区联合成长基金', en: 'Science Park Joint Growth Fund' },
    citations: [q('推进科技园区联合成长基金设立')],
    note: 'Planned in task 7; not yet set up when the plan was issued.',
  },
];

// ---------------------------------------------------------------- targets and baselines

interface TargetSpec {
  slug: string;
  kind?: 'target' | 'baseline';
  name: Name;
  metric: Name;
  value: number;
  valueMax?: number;
  comparator: 'eq' | 'gte' | 'approx' | 'range' | 'increase';
  unit: string;
  valueText: string;
  year: number;
  quotes: string[];
  zones?: string[];
  note?: string;
}

/** Figures in 发展基础 without their own date describe the position at the end of the 13th FYP. */
const NO_YEAR_2020 = 'No year is printed with this figure; 发展基础 reports the position at the end of 2020 (截至2020年底), so 2020 is used.';
const SHARE = '% of Shanghai total';

const targetSpecs: TargetSpec[] = [
  {
    slug: 'innovation-index-base-2013', name: { zh: '杨浦双创综合指数基期值(2013年)', en: 'Yangpu innovation and entrepreneurship index, base year 2013' },
    metric: { zh: '杨浦双创综合指数', en: 'Yangpu innovation and entrepreneurship composite index' },
    value: 100, comparator: 'eq', unit: 'points (2013 = 100)', valueText: '100分', year: 2013,
    quotes: ['指以2013年100分为基期'],
  },
  {
    slug: 'innovation-index-2019', name: { zh: '杨浦区双创综合指数(2019年)', en: 'Yangpu innovation and entrepreneurship index, 2019' },
    metric: { zh: '杨浦双创综合指数', en: 'Yangpu innovation and entrepreneurship composite index' },
    value: 261.4, comparator: 'eq', unit: 'points (2013 = 100)', valueText: '261.4', year: 2019,
    quotes: ['杨浦区双创综合指数2019年提升到261.4'],
  },
  {
    slug: 'innovation-index-annual-growth-2019', name: { zh: '杨浦区双创综合指数年均增长率', en: 'Average annual growth of the Yangpu innovation and entrepreneurship index' },
    metric: { zh: '双创综合指数年均增长率', en: 'average annual growth of the innovation and entrepreneurship index' },
    value: 17.4, comparator: 'eq', unit: '%', valueText: '17.4%', year: 2019,
    quotes: ['杨浦区双创综合指数2019年提升到261.4,年均增长率17.4%'],
  },
  {
    slug: 'invention-patents-per-10k-2020', name: { zh: '每万人发明专利拥有量(2020年底)', en: 'Invention patents held per 10,000 residents, end of 2020' },
    metric: { zh: '每万人发明专利拥有量', en: 'invention patents held per 10,000 residents' },
    value: 99.04, comparator: 'gte', unit: 'patents per 10,000 residents', valueText: '99.04件', year: 2020,
    quotes: ['截至2020年底,每万人发明专利拥有量达99.04件,位居全市前列'],
  },
  {
    slug: 'high-tech-enterprises-2020', name: { zh: '高新技术企业数(2020年底)', en: 'High-tech enterprises, end of 2020' },
    metric: { zh: '高新技术企业', en: 'high-tech enterprises' },
    value: 973, comparator: 'eq', unit: 'enterprises', valueText: '973家', year: 2020,
    quotes: ['高新技术企业973家,位居全市中心城区第一'],
  },
  {
    slug: 'universities-2020', name: { zh: '国内外知名高校数(2020年底)', en: 'Renowned universities, end of 2020' },
    metric: { zh: '国内外知名高校', en: 'renowned Chinese and foreign universities' },
    value: 10, comparator: 'approx', unit: 'universities', valueText: '10余所', year: 2020,
    quotes: ['截至2020年底,全区集聚了10余所国内外知名高校'],
  },
  {
    slug: 'national-university-science-parks-2020', name: { zh: '国家级大学科技园数(2020年底)', en: 'National university science parks, end of 2020' },
    metric: { zh: '国家级大学科技园', en: 'national university science parks' },
    value: 7, comparator: 'eq', unit: 'parks', valueText: '7家', year: 2020,
    quotes: ['7家国家级大学科技园,占全市54%'],
  },
  {
    slug: 'national-university-science-parks-share-2020', name: { zh: '国家级大学科技园占全市比重(2020年底)', en: 'Share of Shanghai\'s national university science parks, end of 2020' },
    metric: { zh: '国家级大学科技园占全市比重', en: 'share of Shanghai\'s national university science parks' },
    value: 54, comparator: 'eq', unit: SHARE, valueText: '54%', year: 2020,
    quotes: ['7家国家级大学科技园,占全市54%'],
  },
  {
    slug: 'research-institutes-2020', name: { zh: '科研院所数(2020年底)', en: 'Research institutes, end of 2020' },
    metric: { zh: '科研院所', en: 'research institutes' },
    value: 100, comparator: 'approx', unit: 'institutes', valueText: '100多家', year: 2020,
    quotes: ['100多家科研院所'],
  },
  {
    slug: 'engineering-research-centres-2020', name: { zh: '国家和市级工程技术研究中心数(2020年底)', en: 'National and municipal engineering technology research centres, end of 2020' },
    metric: { zh: '国家和市级工程技术研究中心', en: 'national and municipal engineering technology research centres' },
    value: 21, comparator: 'eq', unit: 'centres', valueText: '21家', year: 2020,
    quotes: ['21家国家和市级工程技术研究中心,占全市1/10'],
  },
  {
    slug: 'engineering-research-centres-share-2020', name: { zh: '国家和市级工程技术研究中心占全市比重(2020年底)', en: 'Share of Shanghai\'s engineering technology research centres, end of 2020' },
    metric: { zh: '国家和市级工程技术研究中心占全市比重', en: 'share of Shanghai\'s national and municipal engineering technology research centres' },
    value: 10, comparator: 'eq', unit: SHARE, valueText: '1/10', year: 2020,
    quotes: ['21家国家和市级工程技术研究中心,占全市1/10'],
  },
  {
    slug: 'key-laboratories-2020', name: { zh: '国家和市级重点实验室数(2020年底)', en: 'National and municipal key laboratories, end of 2020' },
    metric: { zh: '国家和市级重点实验室', en: 'national and municipal key laboratories' },
    value: 33, comparator: 'eq', unit: 'laboratories', valueText: '33个', year: 2020,
    quotes: ['33个国家和市级重点实验室,占全市1/5'],
  },
  {
    slug: 'key-laboratories-share-2020', name: { zh: '国家和市级重点实验室占全市比重(2020年底)', en: 'Share of Shanghai\'s key laboratories, end of 2020' },
    metric: { zh: '国家和市级重点实验室占全市比重', en: 'share of Shanghai\'s national and municipal key laboratories' },
    value: 20, comparator: 'eq', unit: SHARE, valueText: '1/5', year: 2020,
    quotes: ['33个国家和市级重点实验室,占全市1/5'],
  },
  {
    slug: 'registered-maker-spaces-2020', name: { zh: '纳入科技部备案的众创空间数(2020年底)', en: 'Maker spaces registered with the Ministry of Science and Technology, end of 2020' },
    metric: { zh: '纳入科技部备案的众创空间', en: 'maker spaces registered with the Ministry of Science and Technology' },
    value: 14, comparator: 'eq', unit: 'maker spaces', valueText: '14家', year: 2020,
    quotes: ['纳入科技部备案的众创空间14家,占全市1/5'],
  },
  {
    slug: 'registered-maker-spaces-share-2020', name: { zh: '科技部备案众创空间占全市比重(2020年底)', en: 'Share of Shanghai\'s registered maker spaces, end of 2020' },
    metric: { zh: '科技部备案众创空间占全市比重', en: 'share of Shanghai\'s registered maker spaces' },
    value: 20, comparator: 'eq', unit: SHARE, valueText: '1/5', year: 2020,
    quotes: ['纳入科技部备案的众创空间14家,占全市1/5'],
  },
  {
    slug: 'new-overseas-high-level-talent', name: { zh: '新增海外高层次人才', en: 'New overseas high-level talent' },
    metric: { zh: '海外高层次人才', en: 'overseas high-level talent' },
    value: 201, comparator: 'increase', unit: 'people', valueText: '201人', year: 2020,
    quotes: ['新增海外高层次人才201人'],
    note: 'No year or period is printed; the paragraph reports the 13th FYP period (十三五), so 2020 is used.',
  },
  {
    slug: 'new-student-startups', name: { zh: '新增大学生创业企业', en: 'New student-founded enterprises' },
    metric: { zh: '大学生创业企业', en: 'enterprises founded by university students' },
    value: 2322, comparator: 'increase', unit: 'enterprises', valueText: '2322家', year: 2020,
    quotes: ['新增海外高层次人才201人,大学生创业企业2322家'],
    note: 'Read as a second item after 新增 (“new”); no year or period is printed, so 2020 (end of the 13th FYP) is used.',
  },
  {
    slug: 'academicians-2020', name: { zh: '“两院”院士数(2020年底)', en: 'Academicians of the two academies (CAS and CAE), end of 2020' },
    metric: { zh: '“两院”院士', en: 'academicians of the Chinese Academies of Sciences and of Engineering' },
    value: 66, comparator: 'eq', unit: 'people', valueText: '66名', year: 2020,
    quotes: ['截至2020年底,全区共有“两院”院士66名,占全市1/3'],
  },
  {
    slug: 'academicians-share-2020', name: { zh: '“两院”院士占全市比重(2020年底)', en: 'Share of Shanghai\'s academicians, end of 2020' },
    metric: { zh: '“两院”院士占全市比重', en: 'share of Shanghai\'s academicians' },
    value: 33.33, comparator: 'eq', unit: SHARE, valueText: '1/3', year: 2020,
    quotes: ['全区共有“两院”院士66名,占全市1/3'],
    note: '1/3 written as 33.33%.',
  },
  {
    slug: 'national-overseas-talent-cumulative', name: { zh: '累计引进国家级海外高层次人才', en: 'National-level overseas high-level talent attracted (cumulative)' },
    metric: { zh: '国家级海外高层次人才(累计)', en: 'national-level overseas high-level talent attracted, cumulative' },
    value: 256, comparator: 'eq', unit: 'people', valueText: '256人', year: 2020,
    quotes: ['累计引进国家级海外高层次人才256人'], note: NO_YEAR_2020,
  },
  {
    slug: 'overseas-talent-startups-cumulative', name: { zh: '累计海外人才创业企业', en: 'Enterprises founded by overseas talent (cumulative)' },
    metric: { zh: '海外人才创业企业(累计)', en: 'enterprises founded by overseas talent, cumulative' },
    value: 689, comparator: 'eq', unit: 'enterprises', valueText: '689家', year: 2020,
    quotes: ['海外人才创业企业689家'], note: NO_YEAR_2020,
  },
  {
    slug: 'shanghai-leading-talent-cumulative', name: { zh: '累计上海领军人才', en: 'Shanghai Leading Talents (cumulative)' },
    metric: { zh: '上海领军人才(累计)', en: 'Shanghai Leading Talents, cumulative' },
    value: 21, comparator: 'eq', unit: 'people', valueText: '21人', year: 2020,
    quotes: ['上海领军人才21人'], note: NO_YEAR_2020,
  },
  {
    slug: 'pujiang-talent-entrepreneurs-cumulative', name: { zh: '累计上海创业类“浦江人才”', en: 'Shanghai “Pujiang Talents” in the entrepreneurship category (cumulative)' },
    metric: { zh: '上海创业类“浦江人才”(累计)', en: 'Shanghai “Pujiang Talents”, entrepreneurship category, cumulative' },
    value: 32, comparator: 'eq', unit: 'people', valueText: '32人', year: 2020,
    quotes: ['上海创业类“浦江人才”32人'], note: NO_YEAR_2020,
  },
  {
    slug: 'parent-funds', name: { zh: '区出资组建的母基金数', en: 'Parent funds set up with district capital' },
    metric: { zh: '母基金', en: 'parent funds (funds of funds)' },
    value: 3, comparator: 'eq', unit: 'funds', valueText: '3支', year: 2020,
    quotes: ['出资组建人工智能、双创孵化等3支母基金'], note: NO_YEAR_2020,
  },
  {
    slug: 'parent-funds-size', name: { zh: '母基金规模', en: 'Size of the parent funds' },
    metric: { zh: '母基金规模', en: 'size of the parent funds' },
    value: 96.48, comparator: 'gte', unit: '100 million yuan', valueText: '96.48亿元', year: 2020,
    quotes: ['母基金规模达96.48亿元'], note: NO_YEAR_2020,
  },
  {
    slug: 'sub-funds', name: { zh: '母基金投资的子基金数', en: 'Sub-funds invested in by the parent funds' },
    metric: { zh: '子基金', en: 'sub-funds' },
    value: 26, comparator: 'eq', unit: 'funds', valueText: '26家', year: 2020,
    quotes: ['投资了高榕资本、武岳峰基金等26家子基金'], note: NO_YEAR_2020,
  },
  {
    slug: 'sub-funds-size', name: { zh: '子基金规模', en: 'Size of the sub-funds' },
    metric: { zh: '子基金规模', en: 'size of the sub-funds' },
    value: 276, comparator: 'gte', unit: '100 million yuan', valueText: '超过276亿元', year: 2020,
    quotes: ['子基金规模超过276亿元'], note: `“超过” (more than) recorded as gte. ${NO_YEAR_2020}`,
  },
  {
    slug: 'industry-funds', name: { zh: '区出资组建的产业基金数', en: 'Industry funds set up with district capital' },
    metric: { zh: '产业基金', en: 'industry funds' },
    value: 4, comparator: 'eq', unit: 'funds', valueText: '4支', year: 2020,
    quotes: ['出资组建东方明珠、中兵北斗等4支产业基金'], note: NO_YEAR_2020,
  },
  {
    slug: 'industry-funds-size', name: { zh: '产业基金规模', en: 'Size of the industry funds' },
    metric: { zh: '产业基金规模', en: 'size of the industry funds' },
    value: 130, comparator: 'gte', unit: '100 million yuan', valueText: '超过130亿元', year: 2020,
    quotes: ['4支产业基金,规模超过130亿元'], note: `“超过” (more than) recorded as gte. ${NO_YEAR_2020}`,
  },
  {
    slug: 'government-funds-investees-2020', name: { zh: '政府投资基金累计投资本区企业数(2020年底)', en: 'District enterprises invested in by government funds (cumulative), end of 2020' },
    metric: { zh: '政府投资基金累计投资本区企业', en: 'district enterprises invested in by government investment funds, cumulative' },
    value: 60, comparator: 'eq', unit: 'enterprises', valueText: '60家', year: 2020,
    quotes: ['截至2020年底,各类政府投资基金累计投资本区企业60家'],
  },
  {
    slug: 'government-funds-investment-attracted-2020', name: { zh: '政府投资基金引入区内投资额(2020年底)', en: 'Investment brought into the district by government funds, end of 2020' },
    metric: { zh: '引入区内投资额', en: 'investment brought into the district' },
    value: 64, comparator: 'eq', unit: '100 million yuan', valueText: '64亿元', year: 2020,
    quotes: ['引入区内投资额64亿元'],
  },
  {
    slug: 'knowledge-services-growth', name: { zh: '智力密集型现代服务业年均增速', en: 'Average annual growth of knowledge-intensive modern services' },
    metric: { zh: '智力密集型现代服务业年均增速', en: 'average annual growth of knowledge-intensive modern services' },
    value: 12.8, comparator: 'eq', unit: '%', valueText: '12.8%', year: 2020,
    quotes: ['智力密集型现代服务业和战略性新兴产业年均增速分别为12.8%、16.2%'], note: NO_YEAR_2020,
  },
  {
    slug: 'strategic-emerging-industries-growth', name: { zh: '战略性新兴产业年均增速', en: 'Average annual growth of strategic emerging industries' },
    metric: { zh: '战略性新兴产业年均增速', en: 'average annual growth of strategic emerging industries' },
    value: 16.2, comparator: 'eq', unit: '%', valueText: '16.2%', year: 2020,
    quotes: ['智力密集型现代服务业和战略性新兴产业年均增速分别为12.8%、16.2%'], note: NO_YEAR_2020,
  },
  {
    slug: 'knowledge-services-share-of-tertiary', name: { zh: '智力密集型现代服务业增加值占第三产业增加值比重', en: 'Knowledge-intensive modern services as a share of tertiary-sector value added' },
    metric: { zh: '智力密集型现代服务业增加值占第三产业增加值比重', en: 'knowledge-intensive modern services\' share of tertiary-sector value added' },
    value: 43.9, comparator: 'gte', unit: '%', valueText: '43.9%', year: 2020,
    quotes: ['智力密集型现代服务业增加值占第三产业增加值比重达43.9%'], note: `“达” (reached) recorded as gte. ${NO_YEAR_2020}`,
  },
  {
    slug: 'multinational-hqs-rd-centres-2020', name: { zh: '跨国公司地区总部和研发中心数(2020年底)', en: 'Regional headquarters and R&D centres of multinationals, end of 2020' },
    metric: { zh: '跨国公司地区总部和研发中心', en: 'regional headquarters and R&D centres of multinationals' },
    value: 31, comparator: 'eq', unit: 'headquarters and centres', valueText: '31家', year: 2020,
    quotes: ['截至2020年底,全区集聚了跨国公司地区总部和研发中心31家'],
  },
  {
    slug: 'listed-enterprises-2020', name: { zh: '各类资本市场上市挂牌企业数(2020年底)', en: 'Enterprises listed on capital markets, end of 2020' },
    metric: { zh: '各类资本市场上市挂牌企业', en: 'enterprises listed on capital markets of all kinds' },
    value: 104, comparator: 'eq', unit: 'enterprises', valueText: '104家', year: 2020,
    quotes: ['各类资本市场上市挂牌企业104家'],
  },
  {
    slug: 'innovation-little-giants-cumulative', name: { zh: '累计培育双创小巨人', en: '“Innovation Little Giants” fostered (cumulative)' },
    metric: { zh: '双创小巨人(累计)', en: '“innovation and entrepreneurship little giants”, cumulative' },
    value: 39, comparator: 'eq', unit: 'enterprises', valueText: '39家', year: 2020,
    quotes: ['累计培育双创小巨人39家'],
  },
  {
    slug: 'tech-smes-2020', name: { zh: '科技型中小企业数(2020年底)', en: 'Technology-based SMEs, end of 2020' },
    metric: { zh: '科技型中小企业', en: 'technology-based small and medium-sized enterprises' },
    value: 8000, comparator: 'approx', unit: 'enterprises', valueText: '8000余家', year: 2020,
    quotes: ['科技型中小企业达8000余家'], note: '“达…余” (reached … odd): recorded as approx.',
  },
  {
    slug: 'ai-big-data-enterprises', name: { zh: '人工智能和大数据企业数', en: 'AI and big-data enterprises' },
    metric: { zh: '人工智能和大数据企业', en: 'AI and big-data enterprises' },
    value: 300, comparator: 'approx', unit: 'enterprises', valueText: '300多家', year: 2020,
    quotes: ['300多家人工智能和大数据企业快速发展'], note: NO_YEAR_2020,
  },
  {
    slug: 'tongji-circle-design-smes', name: { zh: '环同济知识经济圈中小型设计企业数', en: 'Small and medium-sized design firms in the Tongji knowledge economy circle' },
    metric: { zh: '中小型设计企业', en: 'small and medium-sized design firms' },
    value: 18000, comparator: 'approx', unit: 'enterprises', valueText: '约1.8万家', year: 2020,
    quotes: ['环同济知识经济圈集聚一批规模设计企业和约1.8万家中小型设计企业'],
    zones: ['zone:tongji-knowledge-circle'], note: NO_YEAR_2020,
  },
  {
    slug: 'science-parks-20', name: { zh: '科技园区数(“20+4+4+1”之“20”)', en: 'Science and technology parks (the “20” of “20+4+4+1”)' },
    metric: { zh: '科技园区', en: 'science and technology parks' },
    value: 20, comparator: 'eq', unit: 'parks', valueText: '20家', year: 2020,
    quotes: ['20家科技园区平稳发展', '20是指20家科技园区'], note: NO_YEAR_2020,
  },
  {
    slug: 'cross-province-services', name: { zh: '政务服务“跨省通办”事项数', en: 'Government services handled across provinces' },
    metric: { zh: '实现异地通办的政务服务事项', en: 'government service items that can be handled from other provinces' },
    value: 88, comparator: 'eq', unit: 'service items', valueText: '88个', year: 2020,
    quotes: ['率先试点政务服务“跨省通办”,88个事项实现异地通办'], note: NO_YEAR_2020,
  },
  {
    slug: 'innovation-week-visitors-2017', name: { zh: '2017年全国双创活动周长阳创谷主会场参观人次', en: 'Visits to the 2017 National Mass Innovation Week main venue at Changyang Valley' },
    metric: { zh: '全国双创活动周主会场参观人次', en: 'visits to the National Mass Innovation Week main venue' },
    value: 150000, comparator: 'gte', unit: 'visits', valueText: '15万人', year: 2017,
    quotes: ['特别是2017年长阳创谷成为全国双创活动周主会场,参观人次达15万人'],
    zones: ['zone:da-chuanggu'], note: 'The venue was 长阳创谷 (carrier:changyang-valley). “达” (reached) recorded as gte.',
  },
  {
    slug: 'startup-star-contest-entrants', name: { zh: '上海·杨浦创业之星全球大赛累计参赛企业', en: 'Enterprises entering the Shanghai·Yangpu Startup Star Global Contest (cumulative)' },
    metric: { zh: '创业之星全球大赛参赛企业(累计)', en: 'Startup Star contest entrants, cumulative' },
    value: 1000, comparator: 'approx', unit: 'enterprises', valueText: '1000余家', year: 2020,
    quotes: ['连续五年举办上海·杨浦创业之星全球大赛,累计吸引1000余家企业参赛'], note: NO_YEAR_2020,
  },
  {
    slug: 'friendship-cities', name: { zh: '建立友好城市关系的国际科技创新城市数', en: 'International innovation cities with friendship-city ties' },
    metric: { zh: '友好城市(国际科技创新城市)', en: 'international science and innovation cities with friendship ties' },
    value: 5, comparator: 'eq', unit: 'cities', valueText: '5个', year: 2020,
    quotes: ['与5个国际科技创新城市建立友好城市关系'], note: NO_YEAR_2020,
  },
  {
    slug: 'yrd-alliance-members', name: { zh: '长三角双创示范基地联盟成员单位数', en: 'Member bases of the Yangtze River Delta alliance of innovation demonstration bases' },
    metric: { zh: '联盟成员国家级双创示范基地', en: 'national innovation and entrepreneurship demonstration bases in the alliance' },
    value: 25, comparator: 'eq', unit: 'demonstration bases', valueText: '25家', year: 2018,
    quotes: ['成员单位包括沪苏浙皖四地的区域、高校科研院所、企业等三类25家国家级双创示范基地'],
    note: 'The text gives the membership in the same sentence as the founding in April 2018; it may describe a later date (the plan is of 2021).',
  },
  {
    slug: 'double-first-class-universities', name: { zh: '首批“双一流”建设高校数', en: 'Universities in the first “Double First-Class” round' },
    metric: { zh: '首批“双一流”建设高校', en: 'universities in the first “Double First-Class” round (national)' },
    value: 137, comparator: 'eq', unit: 'universities', valueText: '137所', year: 2021,
    quotes: ['首批“双一流”建设高校137所'],
    note: 'A national figure from the glossary; no year is printed, so the year of the plan (2021) is used as “by the date of the text”.',
  },
  {
    slug: 'double-first-class-world-class-universities', name: { zh: '首批世界一流大学建设高校数', en: 'Universities building world-class universities (first round)' },
    metric: { zh: '世界一流大学建设高校', en: 'world-class university construction universities (national)' },
    value: 42, comparator: 'eq', unit: 'universities', valueText: '42所', year: 2021,
    quotes: ['其中世界一流大学建设高校42所'],
    note: 'A national figure from the glossary; no year is printed, so the year of the plan (2021) is used.',
  },
  {
    slug: 'double-first-class-world-class-discipline-universities', name: { zh: '首批世界一流学科建设高校数', en: 'Universities building world-class disciplines (first round)' },
    metric: { zh: '世界一流学科建设高校', en: 'world-class discipline construction universities (national)' },
    value: 95, comparator: 'eq', unit: 'universities', valueText: '95所', year: 2021,
    quotes: ['世界一流学科建设高校95所'],
    note: 'A national figure from the glossary; no year is printed, so the year of the plan (2021) is used.',
  },
  {
    slug: 'double-first-class-disciplines', name: { zh: '首批“双一流”建设学科数', en: 'Disciplines in the first “Double First-Class” round' },
    metric: { zh: '“双一流”建设学科', en: '“Double First-Class” disciplines (national)' },
    value: 465, comparator: 'eq', unit: 'disciplines', valueText: '465个', year: 2021,
    quotes: ['双一流建设学科465个'],
    note: 'A national figure from the glossary; no year is printed, so the year of the plan (2021) is used.',
  },
  {
    slug: 'nice2035-lane-length', name: { zh: 'NICE2035原弄堂长度', en: 'Length of the original NICE2035 lane' },
    metric: { zh: '弄堂长度', en: 'lane length' },
    value: 200, comparator: 'eq', unit: 'm', valueText: '200米', year: 2021,
    quotes: ['原先是四平社区里一条200米长、7米宽的小弄堂'], zones: ['zone:nice2035'],
    note: 'A dimension of the lane before its conversion; no year is printed, so the year of the plan (2021) is used.',
  },
  {
    slug: 'nice2035-lane-width', name: { zh: 'NICE2035原弄堂宽度', en: 'Width of the original NICE2035 lane' },
    metric: { zh: '弄堂宽度', en: 'lane width' },
    value: 7, comparator: 'eq', unit: 'm', valueText: '7米', year: 2021,
    quotes: ['原先是四平社区里一条200米长、7米宽的小弄堂'], zones: ['zone:nice2035'],
    note: 'A dimension of the lane before its conversion; no year is printed, so the year of the plan (2021) is used.',
  },
  {
    slug: 'university-science-park-demos-2025', kind: 'target',
    name: { zh: '大学科技园示范园(目标)', en: 'Demonstration university science parks (goal)' },
    metric: { zh: '具有影响力和品牌效应的大学科技园示范园', en: 'demonstration university science parks with influence and brand effect in Shanghai' },
    value: 2, valueMax: 3, comparator: 'range', unit: 'parks', valueText: '2-3家', year: 2025,
    quotes: ['全力建设2-3家在上海市区域内具有一定影响力和品牌效应的大学科技园示范园'],
    note: 'No year is printed with the figure; 2025 is the end of the plan period (“十四五”).',
  },
];

const targets = targetSpecs.map((t) => {
  const r: Record<string, unknown> = {
    id: `target:yangpu-${t.slug}`, plan: PLAN, kind: t.kind ?? 'baseline',
    name: t.name, citations: t.quotes.map(q),
  };
  if (t.note) r.note = t.note;
  Object.assign(r, { metric: t.metric, value: t.value });
  if (t.valueMax !== undefined) r.valueMax = t.valueMax;
  Object.assign(r, { comparator: t.comparator, unit: t.unit, valueText: t.valueText, year: t.year, zones: t.zones ?? [] });
  return r;
});

// ---------------------------------------------------------------- actions

interface ActionSpec {
  n: string;
  slug: string;
  group: string;
  name: Name;
  quotes: string[];
  safeguard?: boolean;
  zones?: string[];
  carriers?: string[];
  institutions?: string[];
  enterprises?: string[];
  targets?: string[];
  note?: string;
}

const UNIS = [
  'institution:fudan-university', 'institution:tongji-university',
  'institution:shanghai-university-of-finance-and-economics', 'institution:university-of-shanghai-for-science-and-technology',
];
const sub = (parent: string) => `Titled sub-item of task ${parent}.`;
const parentNote = (first: string, last: string) => `Numbered task; its titled sub-items ${first}–${last} carry the links.`;

const actionSpecs: ActionSpec[] = [
  // (一) 提升科技创新策源力
  { n: '1', slug: 'district-university-integration', group: 'g1', name: { zh: '持续深化区校融合发展', en: 'Deepen district–university integration' }, quotes: ['1.持续深化区校融合发展'], note: parentNote('1.1', '1.2') },
  {
    n: '1.1', slug: 'district-university-integration-upgrade', group: 'g1',
    name: { zh: '打造区校融合升级版', en: 'Build an upgraded district–university integration' },
    quotes: ['打造区校融合升级版', '建立区四套班子领导对口联系区内高校院所机制'],
    institutions: [...UNIS, 'institution:fudan-shanghai-intelligent-industry-institute'],
    carriers: ['carrier:tongji-intelligent-construction-platform', 'carrier:sufe-fintech-innovation-platform', 'carrier:usst-medical-engineering-platform'],
    note: sub('1'),
  },
  {
    n: '1.2', slug: 'university-innovation-spillover', group: 'g1',
    name: { zh: '激发高校创新溢出活力', en: 'Unleash universities\' innovation spillovers' },
    quotes: ['激发高校创新溢出活力', '通过建设联合实验室,组建校外转化基地等方式'], note: sub('1'),
  },
  { n: '2', slug: 'technology-transfer-efficiency', group: 'g1', name: { zh: '提高科技成果转化效率', en: 'Raise the efficiency of research-result transfer' }, quotes: ['2.提高科技成果转化效率'], note: parentNote('2.1', '2.3') },
  {
    n: '2.1', slug: 'technology-trading-hub', group: 'g1',
    name: { zh: '打造技术要素交易高地', en: 'Build a hub for trading technology' },
    quotes: ['打造技术要素交易高地', '推动上海技术交易所建立职务科技成果规范交易、进场免责的保障机制'],
    carriers: ['carrier:shanghai-technology-exchange'], note: sub('2'),
  },
  {
    n: '2.2', slug: 'technology-transfer-system', group: 'g1',
    name: { zh: '深化技术转移体系建设', en: 'Deepen the technology transfer system' },
    quotes: ['深化技术转移体系建设', '积极培育国家、市级技术转移示范机构'],
    carriers: ['carrier:national-technology-transfer-center-east'], note: sub('2'),
  },
  {
    n: '2.3', slug: 'research-result-transfer-mechanisms', group: 'g1',
    name: { zh: '创新科技成果转化机制', en: 'Innovate research-result transfer mechanisms' },
    quotes: ['创新科技成果转化机制', '支持区内高校院所落实赋予科研人员职务科技成果所有权或长期使用权改革'], note: sub('2'),
  },
  { n: '3', slug: 'functional-platforms', group: 'g1', name: { zh: '拓展功能型平台新内涵', en: 'Give functional platforms new content' }, quotes: ['3.拓展功能型平台新内涵'], note: parentNote('3.1', '3.2') },
  {
    n: '3.1', slug: 'upgrade-existing-platforms', group: 'g1',
    name: { zh: '提升现有功能型平台能级', en: 'Raise the level of existing functional platforms' },
    quotes: ['提升现有功能型平台能级', '深入推动类脑芯片与片上智能系统研发与转化平台、北斗高精度位置服务平台、中国工业设计研究院等功能型平台建设'],
    carriers: ['carrier:brain-inspired-chip-platform', 'carrier:beidou-high-precision-positioning-platform'],
    institutions: ['institution:china-industrial-design-institute'], note: sub('3'),
  },
  {
    n: '3.2', slug: 'new-innovation-platforms', group: 'g1',
    name: { zh: '培育一批创新功能型平台', en: 'Foster new innovation platforms' },
    quotes: ['培育一批创新功能型平台', '建设学科交叉协同创新平台', '组建面向市场新型研发机构'], note: sub('3'),
  },
  // (二) 提升创新产业引领力
  { n: '4', slug: 'digital-economy-engine', group: 'g2', name: { zh: '培育数字经济“新引擎”', en: 'Grow the digital economy as a “new engine”' }, quotes: ['4.培育数字经济“新引擎”'], note: parentNote('4.1', '4.3') },
  {
    n: '4.1', slug: 'emerging-industry-fusion', group: 'g2',
    name: { zh: '促进新兴产业融合发展', en: 'Promote the fusion of emerging industries' },
    quotes: ['促进新兴产业融合发展', '支持重点商业企业、老字号企业利用知名电商平台发展直播经济和粉丝经济'], note: sub('4'),
  },
  {
    n: '4.2', slug: 'online-new-economy-hub', group: 'g2',
    name: { zh: '打造在线新经济发展高地', en: 'Build a hub of the online new economy' },
    quotes: ['打造在线新经济发展高地', '支持大创智示范区等区域以数字化推动科创增效赋智'],
    zones: ['zone:da-chuangzhi'], carriers: ['carrier:changyang-xiudai-online-economy-park'], note: sub('4'),
  },
  {
    n: '4.3', slug: 'new-infrastructure', group: 'g2',
    name: { zh: '加快新型基础设施建设布局', en: 'Speed up new-type infrastructure' },
    quotes: ['加快新型基础设施建设布局', '智能网联汽车商业化场景应用等项目建设'],
    carriers: ['carrier:shanghai-industrial-internet-demo-base'], note: sub('4'),
  },
  { n: '5', slug: 'enterprise-growth-ecosystem', group: 'g2', name: { zh: '构建企业成长“生态圈”', en: 'Build an ecosystem for enterprise growth' }, quotes: ['5.构建企业成长“生态圈”'], note: parentNote('5.1', '5.2') },
  {
    n: '5.1', slug: 'high-growth-enterprises', group: 'g2',
    name: { zh: '引进培育高成长性企业', en: 'Attract and foster high-growth enterprises' },
    quotes: ['引进培育高成长性企业', '深化“双创小巨人”工程、“专精特新”企业培育体系建设'], note: sub('5'),
  },
  {
    n: '5.2', slug: 'large-and-small-enterprise-integration', group: 'g2',
    name: { zh: '促进大中小企业融通发展', en: 'Integrate large, medium and small enterprises' },
    quotes: ['促进大中小企业融通发展', '牵头组建企业技术中心、创新联合体、产投对接平台等'], note: sub('5'),
  },
  // (三) 提升创新空间承载力
  { n: '6', slug: 'innovation-space-layout', group: 'g3', name: { zh: '优化创新空间布局', en: 'Optimise the layout of innovation spaces' }, quotes: ['6.优化创新空间布局'], note: parentNote('6.1', '6.4') },
  {
    n: '6.1', slug: 'riverside-people-city-demonstration', group: 'g3',
    name: { zh: '对标世界会客厅,争创滨江人民城市建设示范区', en: 'Benchmark a world reception hall: the riverside as a demonstration of the People\'s City' },
    quotes: ['对标世界会客厅,争创滨江人民城市建设示范区', '加速军工路沿线区域转型升级', '推进杨浦生活秀带国家文物保护利用示范区建设'],
    zones: ['zone:yangpu-east', 'zone:yangpu-riverside', 'zone:jungong-road-corridor'],
    carriers: ['carrier:changyang-xiudai-online-economy-park', 'carrier:world-skills-museum', 'carrier:bridge-public-space-phase-1'],
    note: sub('6'),
  },
  {
    n: '6.2', slug: 'da-chuangzhi-service-innovation-zone', group: 'g3',
    name: { zh: '对标世界级城市副中心,创建大创智国家服务业创新发展示范区', en: 'Benchmark a world-class urban sub-centre: Da Chuangzhi as a national service-industry innovation demonstration zone' },
    quotes: ['对标世界级城市副中心,创建大创智国家服务业创新发展示范区', '提升复旦创新走廊核心功能'],
    zones: ['zone:da-chuangzhi', 'zone:fudan-innovation-corridor'],
    carriers: ['carrier:da-chuangzhi-public-service-platform', 'carrier:da-chuangzhi-digital-park'],
    note: `${sub('6')} Also names the 绿轴贯通 (green-axis connection) project, which is not a carrier.`,
  },
  {
    n: '6.3', slug: 'da-chuanggu-integration-zone', group: 'g3',
    name: { zh: '对标世界级创谷,打造大创谷功能融合区', en: 'Benchmark a world-class innovation valley: Da Chuanggu as a function-integration zone' },
    quotes: ['对标世界级创谷,打造大创谷功能融合区', '持续发挥全国双创周主会场品牌后续效应'],
    zones: ['zone:da-chuanggu'], carriers: ['carrier:changyang-valley', 'carrier:hulian-baodi'], note: sub('6'),
  },
  {
    n: '6.4', slug: 'tongji-knowledge-circle-upgrade', group: 'g3',
    name: { zh: '对标世界级创意产业核心区,推进环同济知识经济圈升级', en: 'Benchmark a world-class creative-industry core: upgrade the Tongji knowledge economy circle' },
    quotes: ['对标世界级创意产业核心区,推进环同济知识经济圈升级', '全力打造知识经济圈2.0版'],
    zones: ['zone:tongji-knowledge-circle'], institutions: ['institution:tongji-university'],
    carriers: ['carrier:chifeng-road', 'carrier:guokang-road', 'carrier:zhangwu-road'], note: sub('6'),
  },
  { n: '7', slug: 'diverse-innovation-carriers', group: 'g3', name: { zh: '形成多元创新载体', en: 'Form diverse innovation carriers' }, quotes: ['7.形成多元创新载体'], note: parentNote('7.1', '7.4') },
  {
    n: '7.1', slug: 'university-science-parks', group: 'g3',
    name: { zh: '推动大学科技园高质量发展', en: 'Develop university science parks to a high standard' },
    quotes: ['推动大学科技园高质量发展', '推进大学科技园成为高校成果转化“首站”和区域创新创业“核心孵化园”'],
    carriers: ['carrier:shanghai-technology-exchange'], enterprises: ['enterprise:science-park-joint-growth-fund'],
    targets: ['target:yangpu-university-science-park-demos-2025'],
    note: `${sub('7')} Issues 《关于加快推进杨浦区大学科技园高质量发展的实施意见》 (plan:yangpu-university-science-parks-opinions).`,
  },
  {
    n: '7.2', slug: 'innovation-street-blocks', group: 'g3',
    name: { zh: '深化创新创业街区功能建设', en: 'Deepen the functions of the innovation street blocks' },
    quotes: ['深化创新创业街区功能建设', '优化提升创智天地、长阳路、国定东路等创新创业街区业态和能级,加快打造环上理工创新创业街区', '面向创业者建设“NICE2035”未来生活原型街'],
    zones: ['zone:block-kic', 'zone:block-changyang-road', 'zone:block-guoding-east-road', 'zone:block-usst', 'zone:nice2035'],
    note: sub('7'),
  },
  {
    n: '7.3', slug: 'maker-spaces-and-incubators', group: 'g3',
    name: { zh: '提升众创空间和孵化器服务能级', en: 'Raise the service level of maker spaces and incubators' },
    quotes: ['提升众创空间和孵化器服务能级', '推进高校创业指导站建设'], note: sub('7'),
  },
  {
    n: '7.4', slug: 'entrepreneurship-employment-carriers', group: 'g3',
    name: { zh: '打造多样化创业带动就业载体', en: 'Build diverse carriers where entrepreneurship creates jobs' },
    quotes: ['打造多样化创业带动就业载体', '鼓励国有企业、市场主体盘活闲置厂房、低效土地'],
    carriers: ['carrier:china-shanghai-entrepreneur-training-base'], note: sub('7'),
  },
  // (四) 提升精益服务吸引力
  { n: '8', slug: 'business-environment', group: 'g4', name: { zh: '打造国际一流营商环境', en: 'Build a world-class business environment' }, quotes: ['8.打造国际一流营商环境'], note: parentNote('8.1', '8.2') },
  {
    n: '8.1', slug: 'business-environment-reform', group: 'g4',
    name: { zh: '持续深化营商环境改革', en: 'Keep deepening business-environment reform' },
    quotes: ['持续深化营商环境改革', '开展“监管沙盒”试点等方面率先探索'], note: sub('8'),
  },
  {
    n: '8.2', slug: 'innovation-culture', group: 'g4',
    name: { zh: '营造创新创业文化氛围', en: 'Foster a culture of innovation and entrepreneurship' },
    quotes: ['营造创新创业文化氛围', '打造具有杨浦文化特色的科普品牌'], note: sub('8'),
  },
  { n: '9', slug: 'talent', group: 'g4', name: { zh: '厚植创新人才扎根沃土', en: 'Give innovation talent fertile ground to take root' }, quotes: ['9.厚植创新人才扎根沃土'], note: parentNote('9.1', '9.2') },
  {
    n: '9.1', slug: 'talent-service-brand', group: 'g4',
    name: { zh: '打响双创人才服务品牌', en: 'Build a brand of talent services' },
    quotes: ['打响双创人才服务品牌', '精心打造高校校友服务品牌'],
    carriers: ['carrier:yangpu-postdoc-innovation-base', 'carrier:china-shanghai-hr-services-park-east'],
    institutions: ['institution:yrd-talent-cooperation-alliance'], note: sub('9'),
  },
  {
    n: '9.2', slug: 'talent-training', group: 'g4',
    name: { zh: '加强双创人才教育培训', en: 'Strengthen innovation and entrepreneurship training' },
    quotes: ['加强双创人才教育培训', '加快建立一批技能人才培养基地'],
    institutions: [...UNIS, 'institution:shanghai-wujiaochang-innovation-entrepreneurship-academy', 'institution:shanghai-technology-transfer-academy'],
    carriers: ['carrier:world-skills-museum'], note: sub('9'),
  },
  { n: '10', slug: 'sci-tech-finance', group: 'g4', name: { zh: '完善科技金融服务体系', en: 'Complete the science-and-technology finance system' }, quotes: ['10.完善科技金融服务体系'], note: parentNote('10.1', '10.2') },
  {
    n: '10.1', slug: 'direct-financing', group: 'g4',
    name: { zh: '拓宽企业直接融资渠道', en: 'Widen enterprises\' direct financing channels' },
    quotes: ['拓宽企业直接融资渠道', '前瞻布局半导体材料、芯片设计、节能环保等前沿科技产业赛道'],
    note: `${sub('10')} Relies on the municipal “浦江之光” action plan (plan:sh-pujiang-light-action-plan).`,
  },
  {
    n: '10.2', slug: 'sci-tech-finance-products', group: 'g4',
    name: { zh: '丰富科技金融产品供给', en: 'Widen the supply of science-and-technology finance products' },
    quotes: ['丰富科技金融产品供给', '打造园区“批次贷”“科技履约贷”市区联动项目、“科创保”等“杨”帆系列金融产品套餐'],
    carriers: ['carrier:sh-sme-financing-credit-platform', 'carrier:big-data-inclusive-finance-platform'], note: sub('10'),
  },
  // (五) 提升协同创新聚合力
  {
    n: '11', slug: 'yangtze-river-delta-collaboration', group: 'g5',
    name: { zh: '深化长三角协同创新发展', en: 'Deepen collaborative innovation in the Yangtze River Delta' },
    quotes: ['11.深化长三角协同创新发展', '扩大双创券通用通兑范围,升级创业地图应用功能'],
    institutions: ['institution:yrd-innovation-demonstration-base-alliance', 'institution:yrd-sci-tech-china-innovation-organisation', 'institution:yrd-private-economy-alliance'],
    carriers: ['carrier:yrd-technology-market'],
    note: 'Numbered task without titled sub-items.',
  },
  {
    n: '12', slug: 'global-innovation-network', group: 'g5',
    name: { zh: '深度融入全球创新网络', en: 'Integrate deeply into the global innovation network' },
    quotes: ['12.深度融入全球创新网络', '深化与美国帕罗奥多市、意大利科莫市等友好城市建设'],
    institutions: ['institution:bay-area-council'],
    note: 'Numbered task without titled sub-items. Also names places (Palo Alto, Como, Boston, Israel, the Nordics) and the China International Import Expo, which are not records.',
  },
  // 六、保障措施
  { n: '(一)', slug: 'safeguard-organisational-leadership', group: 'safeguards', safeguard: true, name: { zh: '加强组织领导', en: 'Strengthen organisational leadership' }, quotes: ['(一)加强组织领导', '建立规划目标、任务、责任部门等一体化推进落实机制'] },
  { n: '(二)', slug: 'safeguard-funding', group: 'safeguards', safeguard: true, name: { zh: '保障资金投入', en: 'Secure funding' }, quotes: ['(二)保障资金投入', '加强财政预算与规划实施的衔接协调'] },
  { n: '(三)', slug: 'safeguard-departmental-coordination', group: 'safeguards', safeguard: true, name: { zh: '深化部门协同', en: 'Deepen coordination between departments' }, quotes: ['(三)深化部门协同', '夯实部门工作职责'] },
  { n: '(四)', slug: 'safeguard-supervision-evaluation', group: 'safeguards', safeguard: true, name: { zh: '加强监督评估', en: 'Strengthen supervision and evaluation' }, quotes: ['(四)加强监督评估', '组织开展中期评估'] },
];

/** e.g. action:yangpu-06-3-da-chuanggu-integration-zone; safeguards: action:yangpu-safeguard-funding. */
const actionId = (a: ActionSpec) => {
  if (a.safeguard) return `action:yangpu-${a.slug}`;
  const [task, item] = a.n.split('.');
  return `action:yangpu-${task.padStart(2, '0')}-${item ? `${item}-` : ''}${a.slug}`;
};

const actions = actionSpecs.map((a) => {
  const r: Record<string, unknown> = {
    id: actionId(a), plan: PLAN, group: a.group, number: a.n, name: a.name, citations: a.quotes.map(q),
  };
  if (a.note) r.note = a.note;
  Object.assign(r, {
    safeguard: a.safeguard ?? false, departments: [], zones: a.zones ?? [], carriers: a.carriers ?? [],
    institutions: a.institutions ?? [], enterprises: a.enterprises ?? [], targets: a.targets ?? [],
  });
  return r;
});

// ---------------------------------------------------------------- departments

const departments = [
  {
    id: 'department:yangpu-district-government', plans: [PLAN],
    name: { zh: '上海市杨浦区人民政府', en: 'Yangpu District People\'s Government', aliases: ['区政府'] },
    citations: [q('上海市杨浦区人民政府'), q('已经2021年6月15日区政府第138次常务会议通过')],
    note: 'Issuer of the plan.',
    variants: ['上海市杨浦区人民政府', '区政府'],
  },
  {
    id: 'department:sh-municipal-party-committee', plans: [PLAN],
    name: { zh: '中共上海市委', en: 'CPC Shanghai Municipal Committee', aliases: ['市委'] },
    citations: [q('《中共上海市委、上海市人民政府关于加快建设具有全球影响力的科技创新中心的意见》'), q('也是杨浦区落实市委市政府要求')],
    variants: ['中共上海市委', '市委'],
  },
  {
    id: 'department:sh-municipal-government', plans: [PLAN],
    name: { zh: '上海市人民政府', en: 'Shanghai Municipal People\'s Government', aliases: ['市政府'] },
    citations: [q('《中共上海市委、上海市人民政府关于加快建设具有全球影响力的科技创新中心的意见》'), q('也是杨浦区落实市委市政府要求')],
    variants: ['上海市人民政府', '市政府'],
  },
  {
    id: 'department:cpc-central-committee', plans: [PLAN],
    name: { zh: '党中央', en: 'CPC Central Committee' },
    citations: [q('党中央提出,要加快构建以国内大循环为主体'), q('是党中央、国务院作出的重大战略决策')],
    variants: ['党中央'],
  },
  {
    id: 'department:state-council', plans: [PLAN],
    name: { zh: '国务院', en: 'State Council' },
    citations: [q('杨浦区多次被国务院列为落实有关重大政策措施真抓实干、成效明显的地方予以督查激励'), q('是党中央、国务院作出的重大战略决策')],
    variants: ['国务院'],
  },
  {
    id: 'department:ministry-of-science-and-technology', plans: [PLAN],
    name: { zh: '科技部', en: 'Ministry of Science and Technology' },
    citations: [q('纳入科技部备案的众创空间14家')],
    variants: ['科技部'],
  },
  {
    id: 'department:china-association-for-science-and-technology', plans: [PLAN],
    name: { zh: '中国科协', en: 'China Association for Science and Technology' },
    citations: [q('中国科协第十次全国代表大会上的讲话精神')],
    note: 'Named only as the venue of a speech cited in the guiding thought (指导思想). Kept as a department, as the Changning records do.',
    variants: ['中国科协'],
  },
  {
    id: 'department:ndrc-high-tech-department', plans: [PLAN],
    name: { zh: '国家发改委高技术司', en: 'High-Technology Department, National Development and Reform Commission' },
    citations: [q('在国家发改委高技术司指导下')],
    note: 'Guided the founding of the Yangtze River Delta alliance of innovation demonstration bases (glossary item 7).',
    variants: ['国家发改委高技术司'],
  },
];

// ---------------------------------------------------------------- referenced plans

const plans = [
  {
    id: 'plan:sh-regulations-sci-tech-innovation-centre', kind: 'referenced',
    name: { zh: '上海市推进科技创新中心建设条例', en: 'Shanghai Regulations on Promoting the Building of the Science and Technology Innovation Centre' },
    citations: [q('《上海市推进科技创新中心建设条例》')],
    note: 'One of the four documents the plan says it is based on.',
  },
  {
    id: 'plan:sh-opinions-global-sci-tech-innovation-centre', kind: 'referenced',
    name: {
      zh: '中共上海市委、上海市人民政府关于加快建设具有全球影响力的科技创新中心的意见',
      en: 'Opinions of the CPC Shanghai Municipal Committee and the Shanghai Municipal People\'s Government on Accelerating the Building of a Science and Technology Innovation Centre with Global Influence',
    },
    citations: [q('《中共上海市委、上海市人民政府关于加快建设具有全球影响力的科技创新中心的意见》')],
    issuer: { zh: '中共上海市委、上海市人民政府', en: 'CPC Shanghai Municipal Committee and Shanghai Municipal People\'s Government' },
    note: 'One of the four documents the plan says it is based on.',
  },
  {
    id: 'plan:sh-sci-tech-innovation-centre-14th-fyp', kind: 'referenced',
    name: { zh: '上海市建设具有全球影响力的科技创新中心“十四五”规划', en: 'Shanghai 14th Five-Year Plan for Building a Science and Technology Innovation Centre with Global Influence' },
    citations: [q('《上海市建设具有全球影响力的科技创新中心“十四五”规划》')],
    period: '2021-2025',
    note: 'One of the four documents the plan says it is based on.',
  },
  {
    id: 'plan:yangpu-14th-fyp-outline', kind: 'referenced',
    name: {
      zh: '上海市杨浦区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
      en: 'Outline of the 14th Five-Year Plan for the National Economic and Social Development of Yangpu District, Shanghai, and the Long-Range Objectives through 2035',
      aliases: ['上海市杨浦区国民经济和社会发展第十四个五年规划和二三五年远景目标纲要'],
    },
    citations: [q('《上海市杨浦区国民经济和社会发展第十四个五年规划和二三五年远景目标纲要》')],
    period: '2021-2025', district: '杨浦区',
    note: 'The seed prints “二三五年” (the 〇 of 二〇三五 is missing); the printed form is kept as an alias. One of the four documents the plan says it is based on.',
  },
  {
    id: 'plan:yrd-regional-integration-outline', kind: 'referenced',
    name: { zh: '长江三角洲区域一体化发展规划纲要', en: 'Outline of the Plan for the Integrated Regional Development of the Yangtze River Delta' },
    citations: [q('“发挥长三角双创示范基地联盟作用”被写入《长江三角洲区域一体化发展规划纲要》')],
  },
  {
    id: 'plan:yangpu-university-science-parks-opinions', kind: 'referenced',
    name: { zh: '关于加快推进杨浦区大学科技园高质量发展的实施意见', en: 'Implementing Opinions on Speeding up the High-Quality Development of Yangpu\'s University Science Parks' },
    citations: [q('发布实施《关于加快推进杨浦区大学科技园高质量发展的实施意见》')],
    district: '杨浦区',
    note: 'To be issued under task 7.1; not yet issued when the plan was published.',
  },
  {
    id: 'plan:sh-pujiang-light-action-plan', kind: 'referenced',
    name: { zh: '上海市“浦江之光”行动计划', en: 'Shanghai “Pujiang Light” Action Plan' },
    citations: [q('依托上海市“浦江之光”行动计划平台')],
    note: 'Task 10.1 relies on it as a platform for listing district enterprises on the STAR Market.',
  },
  {
    id: 'plan:sh-industry-map', kind: 'referenced',
    name: { zh: '上海市产业地图', en: 'Shanghai Industry Map' },
    citations: [q('人工智能及大数据、现代设计、科技金融被列为上海市产业地图杨浦重点发展产业')],
  },
  {
    id: 'plan:yangpu-1-6-4-industry-policy-system', kind: 'referenced',
    name: { zh: '“1+6+4”产业扶持政策体系', en: 'The “1+6+4” industrial support policy system' },
    citations: [q('完善“1+6+4”产业扶持政策体系'), q('指1个产业指导目录、6大类主体政策和4个创新创业配套政策')],
    district: '杨浦区',
    note: 'A set of district policies (one industry guidance catalogue, six kinds of policies, four supporting policies), not a single document.',
  },
  {
    id: 'plan:yangpu-business-environment-action-plans', kind: 'referenced',
    name: { zh: '优化营商环境行动方案', en: 'Action plans for optimising the business environment' },
    citations: [q('连续三年发布实施优化营商环境行动方案')],
    district: '杨浦区',
    note: 'The district\'s annual action plans, issued three years running; the text gives no titles or years.',
  },
];

// ---------------------------------------------------------------- check and write

const places = {
  'carriers.geojson': { schema: zCarrier, features: carriers.map((p) => feature(p, true)) },
  'institutions.geojson': { schema: zInstitution, features: institutions.map((p) => feature(p, false)) },
  'enterprises.geojson': { schema: zEnterprise, features: enterprises.map((p) => feature(p, false)) },
};
const arrays = {
  'actions.json': { schema: zAction, records: actions },
  'targets.json': { schema: zTarget, records: targets },
  'departments.json': { schema: zDepartment, records: departments },
  'plans.json': { schema: zPlan, records: plans },
};

const problems: string[] = [];
const check = (id: string, record: unknown, schema: { safeParse: (x: unknown) => { success: boolean; error?: unknown } }) => {
  const r = schema.safeParse(record);
  if (!r.success) problems.push(`${id}: ${String(r.error)}`);
  for (const c of JSON.stringify(record).matchAll(/"quote":"((?:[^"\\]|\\.)*)"/g)) {
    const quote = JSON.parse(`"${c[1]}"`) as string;
    if (!SEED.includes(quote)) problems.push(`${id}: quote not in seed 002: ${quote}`);
  }
};
const seen = new Set<string>();
for (const { schema, features } of Object.values(places)) {
  for (const f of features) {
    const id = f.properties.id as string;
    if (seen.has(id)) problems.push(`duplicate id ${id}`);
    seen.add(id);
    check(id, f, schema);
  }
}
for (const { schema, records } of Object.values(arrays)) {
  for (const r of records) {
    const id = (r as { id: string }).id;
    if (seen.has(id)) problems.push(`duplicate id ${id}`);
    seen.add(id);
    check(id, r, schema);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

/** 2-space JSON with each [lng, lat] position kept on one line. */
const pretty = (value: unknown) =>
  `${JSON.stringify(value, null, 2).replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1, $2]')}\n`;

const outDir = join(root, 'geodata', 'yangpu');
mkdirSync(outDir, { recursive: true });
for (const [file, { features }] of Object.entries(places)) {
  writeFileSync(join(outDir, file), pretty({ type: 'FeatureCollection', features }));
}
for (const [file, { records }] of Object.entries(arrays)) writeFileSync(join(outDir, file), pretty(records));
console.log(`yangpu: ${carriers.length} carriers, ${institutions.length} institutions, ${enterprises.length} enterprises, `
  + `${actions.length} actions, ${targets.length} targets, ${departments.length} departments, ${plans.length} referenced plans`);
