/**
 * Generates the knowledge graph of seeds 000 (Changning 上海硅巷 plan, Traditional script) and 001 (CPPCC reply)
 * into geodata/changning/{carriers,institutions,enterprises}.geojson and {actions,targets,departments,plans}.json.
 * Run: npx tsx scripts/extract/changning.ts  (the files it writes are what is committed; docs/data/changning.md explains the rules)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { SEED_FILES } from '../../src/data/seeds';
import type { Citation, Name } from '../../src/data/schema';

const root = join(import.meta.dirname, '..', '..');
const out = join(root, 'geodata', 'changning');
const seed0 = readFileSync(join(root, 'seeds', SEED_FILES['000']), 'utf8');
const seed1 = readFileSync(join(root, 'seeds', SEED_FILES['001']), 'utf8');
const t2s = OpenCC.Converter({ from: 'hk', to: 'cn' });

// ------------------------------------------------------------------ helpers

const missing: string[] = [];
/** Traditional names not printed verbatim in 000 (reported, for review: target labels may be composed). */
const unprinted: string[] = [];
function check(seed: string, text: string, quote: string): void {
  if (!text.includes(quote)) missing.push(`${seed}\t${quote}`);
}
/** A citation of seed 000 (Traditional; copy exactly). */
const c0 = (quote: string): Citation => (check('000', seed0, quote), { seed: '000', quote });
/** A citation of seed 001 (Simplified). */
const c1 = (quote: string): Citation => (check('001', seed1, quote), { seed: '001', quote });

/** A name as printed in 000 (Traditional): zh is its Simplified conversion, the printed form is kept in `original`. */
function n0(original: string, en?: string, aliases?: string[], zhPrefix = '', zhFull?: string): Name {
  if (!seed0.includes(original)) unprinted.push(original);
  const zh = zhFull ?? zhPrefix + t2s(original);
  return { zh, ...(en ? { en } : {}), ...(zh !== original ? { original } : {}), ...(aliases?.length ? { aliases } : {}) };
}
/** A name as printed in 001 (Simplified). */
function n1(zh: string, en?: string, aliases?: string[]): Name {
  return { zh, ...(en ? { en } : {}), ...(aliases?.length ? { aliases } : {}) };
}

const P0 = 'plan:changning-silicon-alley';
const P1 = 'plan:changning-cppcc-reply';

// Canonical zone ids (geodata/changning/zones.geojson, written by the geodata helper).
const SA = 'zone:silicon-alley';
const HY = 'zone:huayang-subdistrict';
const JS = 'zone:jiangsu-subdistrict';

interface PlaceIn {
  id: string;
  kind: string;
  name: Name;
  citations: Citation[];
  zones?: string[];
  operators?: string[];
  address?: string;
  note?: string;
}
function feature(p: PlaceIn, withOperators: boolean) {
  const { operators, ...rest } = p;
  const properties = {
    id: rest.id,
    kind: rest.kind,
    name: rest.name,
    citations: rest.citations,
    ...(rest.note ? { note: rest.note } : {}),
    zones: rest.zones ?? [],
    ...(rest.address ? { address: rest.address } : {}),
    ...(withOperators ? { operators: operators ?? [] } : {}),
  };
  return { type: 'Feature', properties, geometry: null };
}

// ------------------------------------------------------------------ shared quotes

const Q_CARRIERS = c0('硅巷街區內匯集了50余棟商務樓宇,虹橋智谷雙創示范基地、多媒體產業園、弘基創邑園、新微智谷、聯通大廈等10多家創新載體');
const Q_ECOSYSTEM = c0('吸引了新微科技集團、蘇河匯、埃森哲、魔量資本等10多家頭部生態');
const Q_FIRMS = c0('集聚了西井、矽睿、嬴徹等500多家創新企業');
const Q_STOCK = c0('盤活已有多媒體產業園、愚見園區、新微智谷等資源,關注中國科學院上海硅酸鹽所1號樓、地鐵2號線下方“上海小馬路”等新空間載體的布局利用');
const Q_OPERATORS = c0('充分發揮德必、創邑、上服等載體運營主體的積極性,提升園區品質');
const Q_NO1_000 = c0('聯合中國科學院微系統所、新微科技集團、開放大學重點籌劃硅巷NO.1空間、眾創空間、新雙創學院打造');
const Q_INSTITUTES = c0('區域內中國科學院上海微系統所、硅酸鹽所都淵源于1928年成立的國立中央研究院工程研究所');
const Q_TWO_LABS = c0('兩所共有國家重點實驗室5個,并于2022年入選全國首批“科學家精神教育基地”');
const Q_COOP = c0('堅持與中國科學院上海微系統所、硅酸鹽所的所地戰略合作');
const Q_SCIPOP = c0('依托中國科學院雙所、開放大學、質科院、錢學森舊居、吳自良舊居、社區書院等資源,圍繞硅巷設施建設');
const Q_RED = c0('江蘇街道錢學森舊居、歷史名人墻、路易·艾黎故居、儉德坊、社區書院的紅色文化傳承底蘊');
const Q_XINWEI = c0('由中國科學院上海微系統所和上海市共建的科技成果轉化平臺新微科技集團,打通了科技研發、工程創新到產業化的通道');
const Q_ALLIANCE_000 = c0('用好“虹橋智谷”人工智能產業聯盟、“1+8+4”聯合招商體等平臺資源,提高招商引資精準度');
const Q_ALLIANCE_001 = c1('用好“虹桥智谷”人工智能产业联盟、“1+8+4”联合招商体等平台资源，加强企业服务良性循环');
const Q_NO1_001 = c1('一是联合微所与区开放大学，筹划硅巷 NO.1 创新空间打造');
const Q_MAKER_001 = c1('二是利用微所沿街载体资源，策划新型众创空间打造');
const Q_ACADEMY_001 = c1('三是探索建立新双创学院，承接、举办国际化赛事');
const Q_XINWEI_001 = c1('新微科技集团进一步完善“三位一体”模式，汇聚海内外各方资源，促进科技成果转化和产业化，设立了专属知识产权运营主体——新微超凡、联合发起设立上海微技术工业研究院、参与发起成立“长宁双创服务联盟”、打造基于硬科技的生态金融创新服务平台');
const Q_VISIT_NO1 = c1('2月8日，翁区长召集相关职能部门，实地走访硅巷NO.1空间，讨论建设情况');
const Q_PRESS_JF = c1('2月15日，安排解放日报就“科技回归都市”、“上海硅巷”建设等主题实地采访微系统所、新微、创邑、华阳街道等单位');
const Q_PRESS_TV = c1('台就“上海硅巷”话题采访微系统所、新微、黑湖等单位');
const Q_PROJ_NO1 = c1('一是华阳街道联合微系统所国家级创新示范基地与长宁区开放大学，正在推进“上海硅巷”NO.1空间打造');
const Q_LAUNCH_NO1 = c1('4月7日，华阳街道举办“上海硅巷”NO.1创新空间发布大会');
const Q_WUYI = c1('二是江苏街道推进“新象限·武夷”项目建设中，竣工后，将深度挖掘市属国有企业的平台和载体功能，引入人工智能相关产业');
const Q_DRAFT = c1('区科委科协正牵头草拟《长宁区全面推进“上海硅巷”科创街区建设三年行动方案》');
const Q_CONSULT = c1('区科委科协先后仔细学习研读了区商务委、区人力资源社会保障局、华阳路街道办事处提供的会办意见');

// ------------------------------------------------------------------ carriers

const carriers: PlaceIn[] = [
  { id: 'carrier:hongqiao-zhigu-innovation-base', kind: 'base', name: n0('虹橋智谷雙創示范基地', 'Hongqiao Zhigu Innovation and Entrepreneurship Demonstration Base'), citations: [Q_CARRIERS], zones: [SA] },
  { id: 'carrier:multimedia-industry-park', kind: 'park', name: n0('多媒體產業園', 'Multimedia Industry Park'), citations: [Q_CARRIERS, Q_STOCK], zones: [SA] },
  { id: 'carrier:hongji-chuangyi-park', kind: 'park', name: n0('弘基創邑園', 'Hongji Chuangyi Park'), citations: [Q_CARRIERS], zones: [SA],
    note: 'The name contains 创邑 (an operator the plan names, enterprise:chuangyi), but the text does not say who runs the park, so no operator is linked.' },
  { id: 'carrier:xinwei-zhigu', kind: 'other', name: n0('新微智谷'), citations: [Q_CARRIERS, Q_STOCK], zones: [SA],
    note: 'The text calls it an innovation carrier (创新载体) and an existing resource; it says neither what kind of carrier it is nor who runs it.' },
  { id: 'carrier:unicom-building', kind: 'building', name: n0('聯通大廈', 'Unicom Building'), citations: [Q_CARRIERS], zones: [SA] },
  { id: 'carrier:yujian-park', kind: 'park', name: n0('愚見園區', 'Yujian Park'), citations: [Q_STOCK], zones: [SA],
    note: 'Named among the existing resources that task 2 of the 上海硅巷 plan is to revitalise; linked to the 硅巷 zone on that basis.' },
  { id: 'carrier:siccas-building-1', kind: 'building', name: n0('中國科學院上海硅酸鹽所1號樓', 'Building No. 1 of the Shanghai Institute of Ceramics, CAS'), citations: [Q_STOCK], zones: [SA], operators: ['institution:siccas'],
    note: 'A new space carrier whose use the plan is to look into; the owner is read from the name.' },
  { id: 'carrier:shanghai-xiaomalu', kind: 'space', name: n0('上海小馬路', '“Shanghai Little Road” (space below Metro Line 2)'), citations: [Q_STOCK], zones: [SA], address: '地鐵2號線下方',
    note: 'A new space carrier below Metro Line 2; the text names no station or street, so it is not placed on the map.' },
  { id: 'carrier:silicon-alley-no1-space', kind: 'space',
    name: n0('硅巷NO.1空間', 'Silicon Alley No. 1 Space', ['硅巷NO.1创新空间', '“上海硅巷”NO.1空间', '“上海硅巷”NO.1创新空间']),
    citations: [Q_NO1_000, Q_NO1_001, Q_VISIT_NO1, Q_PROJ_NO1, Q_LAUNCH_NO1], zones: [SA, HY],
    note: 'Planned jointly with 中国科学院微系统所 (its national innovation demonstration base), 新微科技集团 and the 长宁区开放大学; 华阳街道 (Huayang Road subdistrict) is building it and held its launch on 7 April 2023. The texts say who plans and builds it, not who runs it, so no operator is linked.' },
  { id: 'carrier:silicon-alley-maker-space', kind: 'maker-space', name: n0('眾創空間', 'New maker space (planned)', ['新型众创空间']), citations: [Q_NO1_000, Q_MAKER_001], zones: [SA], operators: ['institution:simit'],
    note: 'Unnamed in the texts: a new-type maker space to be set up in the street-front premises of 微所 (SIMIT), which is why SIMIT is linked as its owner.' },
  { id: 'carrier:new-innovation-academy', kind: 'platform', name: n0('新雙創學院', 'New Innovation and Entrepreneurship Academy (planned)'), citations: [Q_NO1_000, Q_ACADEMY_001], zones: [SA],
    note: 'To be set up to host international competitions. See also carrier:silicon-alley-innovation-academy; the texts do not say whether the two are the same.' },
  { id: 'carrier:silicon-alley-innovation-academy', kind: 'platform', name: n1('“上海硅巷”双创学院', 'Shanghai Silicon Alley Innovation and Entrepreneurship Academy'),
    citations: [c1('四是持续运作好“三位一体”科技成果转化模式，举办、参与研究'), c1('生科创大赛、“上海硅巷”双创学院、“创·在上海”投融资路演等活动')], zones: [SA],
    note: 'Named in 001 among the activities held or joined under the 新微 model (研究生科创大赛, “上海硅巷”双创学院, “创·在上海”投融资路演); the full phrase is broken by a page break in the seed. It may be the planned 新双创学院 (carrier:new-innovation-academy); the texts do not say.' },
  { id: 'carrier:sh-stc-tech-finance-platform', kind: 'platform', name: n0('市科委科技金融平臺', 'Technology finance platform of the Shanghai Science and Technology Commission'),
    citations: [c0('積極運用市科委科技金融平臺、區創業擔保貸款及貼息等渠道,加大對初創企業的支持力度')],
    note: 'Run by the municipal science commission (department:sh-science-commission); the schema lets only institutions or enterprises be operators, so the link is in this note.' },
  { id: 'carrier:hongqiao-talent-hub', kind: 'platform', name: n0('虹橋人才薈', 'Hongqiao Talent Hub'), citations: [c0('充分發揮區海聯會、虹橋人才薈等平臺站點作用')] },
  { id: 'carrier:qian-xuesen-former-residence', kind: 'other', name: n0('錢學森舊居', 'Former Residence of Qian Xuesen'), citations: [Q_RED, Q_SCIPOP], zones: [SA, JS],
    note: 'A heritage site named as a resource for red-culture heritage (江苏街道) and for science popularisation.' },
  { id: 'carrier:wu-ziliang-former-residence', kind: 'other', name: n0('吳自良舊居', 'Former Residence of Wu Ziliang'), citations: [Q_SCIPOP], zones: [SA],
    note: 'A heritage site named as a resource for science popularisation around the 硅巷.' },
  { id: 'carrier:rewi-alley-former-residence', kind: 'other', name: n0('路易·艾黎故居', 'Former Residence of Rewi Alley'), citations: [Q_RED], zones: [JS],
    note: 'A heritage site named as part of the red-culture heritage of 江苏街道.' },
  { id: 'carrier:jiandefang', kind: 'other', name: n0('儉德坊'), citations: [Q_RED], zones: [JS],
    note: 'A heritage site named as part of the red-culture heritage of 江苏街道.' },
  { id: 'carrier:historic-celebrities-wall', kind: 'other', name: n0('歷史名人墻', 'Wall of Historic Celebrities'),
    citations: [Q_RED, c0('升級改造、新增布局街區內公共電話亭、機器人咖啡亭、共享電樁、智能圖書柜、歷史名人墻等設施設備')], zones: [SA, JS],
    note: 'Named as red-culture heritage of 江苏街道 and among the street facilities task 12 upgrades or adds.' },
  { id: 'carrier:community-academy', kind: 'space', name: n0('社區書院', 'Community Academy'), citations: [Q_RED, Q_SCIPOP], zones: [SA, JS],
    note: 'The 社区书院 of 江苏街道 (red-culture heritage), also named as a science-popularisation resource; both mentions are read as the same place.' },
  { id: 'carrier:silicon-alley-lanes', kind: 'street', name: n0('硅巷里弄', 'Silicon Alley Lanes'), citations: [c0('促進“硅巷里弄”、“硅巷花園”整體活力和環境品質提升')], zones: [SA],
    note: 'A name for the lanes of the 硅巷 as a whole, not a single site.' },
  { id: 'carrier:silicon-alley-garden', kind: 'space', name: n0('硅巷花園', 'Silicon Alley Garden'), citations: [c0('促進“硅巷里弄”、“硅巷花園”整體活力和環境品質提升')], zones: [SA],
    note: 'Named with 硅巷里弄 as a setting whose vitality and environment task 12 improves; the text does not say whether it is one site.' },
  { id: 'carrier:simit-national-innovation-demonstration-base', kind: 'base', name: n1('微系统所国家级创新示范基地', 'National Innovation Demonstration Base of SIMIT'), citations: [Q_PROJ_NO1], operators: ['institution:simit'],
    note: 'Partner of 华阳街道 and the 长宁区开放大学 in building the 上海硅巷 NO.1 space; owner read from the name.' },
  { id: 'carrier:xinwei-eco-finance-platform', kind: 'platform', name: n1('基于硬科技的生态金融创新服务平台', 'Hard-tech ecosystem finance innovation service platform'), citations: [Q_XINWEI_001], operators: ['enterprise:xinwei-technology-group'] },
  { id: 'carrier:new-quadrant-wuyi', kind: 'other', name: n1('新象限·武夷', '“New Quadrant · Wuyi” project'), citations: [Q_WUYI], zones: [SA, JS],
    note: 'A construction project pushed by 江苏街道 as a key 上海硅巷 project; once completed it is to bring in AI-related industry using the platforms of municipal state-owned enterprises. The text does not say where on 武夷路 (if on it) it lies.' },
  { id: 'carrier:hongqiao-origin', kind: 'other', name: n1('虹桥之源', '“Source of Hongqiao”'), citations: [c1('形成“上海硅巷”、“虹桥之源”创建材料2篇')],
    note: 'Named with 上海硅巷 as a pilot for which application materials were prepared (apparently a second innovation quarter); the text gives no extent or place.' },
];

// ------------------------------------------------------------------ institutions

const institutions: PlaceIn[] = [
  { id: 'institution:simit', kind: 'research-institute',
    name: n0('中國科學院上海微系統所', 'Shanghai Institute of Microsystem and Information Technology, Chinese Academy of Sciences', ['微系统所', '中国科学院微系统所', '微所', '中国科学院双所']),
    citations: [Q_INSTITUTES, Q_TWO_LABS, Q_COOP, Q_XINWEI, Q_NO1_000, Q_SCIPOP, Q_NO1_001, Q_MAKER_001, Q_PRESS_JF], zones: [SA],
    note: 'In the 硅巷 area (“区域内”). With 硅酸盐所 it has 5 national key laboratories and was chosen in 2022 as one of the first national “科学家精神教育基地”; 中国科学院双所 means the two institutes together.' },
  { id: 'institution:siccas', kind: 'research-institute',
    name: n0('中國科學院上海硅酸鹽所', 'Shanghai Institute of Ceramics, Chinese Academy of Sciences', ['硅酸盐所', '中国科学院双所']),
    citations: [Q_INSTITUTES, Q_TWO_LABS, Q_COOP, Q_STOCK, Q_SCIPOP], zones: [SA],
    note: 'In the 硅巷 area; printed in full only inside the name of its Building No. 1 (carrier:siccas-building-1), otherwise as 硅酸盐所.' },
  { id: 'institution:academia-sinica-institute-of-engineering', kind: 'research-institute', name: n0('國立中央研究院工程研究所', 'Institute of Engineering, National Academia Sinica (1928)'),
    citations: [Q_INSTITUTES], note: 'The historical institute, founded 1928, from which SIMIT and SICCAS both descend.' },
  { id: 'institution:changning-open-university', kind: 'university', name: n1('长宁区开放大学', 'Changning District Open University', ['开放大学', '区开放大学']),
    citations: [Q_NO1_000, Q_SCIPOP, Q_NO1_001, Q_PROJ_NO1],
    note: '000 prints only 開放大學; 001 gives 区开放大学 and 长宁区开放大学.' },
  { id: 'institution:quality-science-institute', kind: 'research-institute', name: n0('質科院'), citations: [Q_SCIPOP],
    note: 'Printed only as the short form 质科院 (a quality-science research institute); the text gives no full name.' },
  { id: 'institution:liu-haisu-art-museum', kind: 'other', name: n0('劉海粟美術館', 'Liu Haisu Art Museum'),
    citations: [c0('劉海粟美術館周邊區域的文化地標等功能定位')], zones: ['zone:belt-liu-haisu-museum'],
    note: 'Named as the cultural landmark of the belt around it.' },
  { id: 'institution:hongqiao-zhigu-ai-industry-alliance', kind: 'association', name: n0('“虹橋智谷”人工智能產業聯盟', 'Hongqiao Zhigu Artificial Intelligence Industry Alliance'),
    citations: [Q_ALLIANCE_000, Q_ALLIANCE_001] },
  { id: 'institution:joint-investment-promotion-1-8-4', kind: 'government-platform', name: n0('“1+8+4”聯合招商體', '“1+8+4” joint investment-promotion body'),
    citations: [Q_ALLIANCE_000, Q_ALLIANCE_001] },
  { id: 'institution:silicon-alley-ecosystem-partner-alliance', kind: 'association', name: n0('硅巷生態合作伙伴聯盟', 'Silicon Alley Ecosystem Partner Alliance'),
    citations: [c0('打造硅巷生態合作伙伴聯盟、多元品牌IP及標桿應用場景')], zones: [SA], note: 'To be formed (task 7).' },
  { id: 'institution:shanghai-youth-innovation-academy-changning', kind: 'school', name: n0('上海青少年創新學院長寧分院', 'Changning Branch of the Shanghai Youth Innovation Academy'),
    citations: [c0('推進上海青少年創新學院長寧分院建設')], note: 'To be built (task 7).' },
  { id: 'institution:changning-overseas-friendship-association', kind: 'association', name: n0('區海聯會', 'District Overseas Friendship Association'),
    citations: [c0('充分發揮區海聯會、虹橋人才薈等平臺站點作用')], note: 'Printed only as the short form 区海联会.' },
  { id: 'institution:hongqiao-overseas-talent-service-centre', kind: 'government-platform', name: n0('虹橋海外人才一站式服務中心', 'Hongqiao Overseas Talent One-Stop Service Centre'),
    citations: [c0('不斷拓展完善“虹橋海外人才一站式服務中心”的“17+N”服務功能')] },
  { id: 'institution:ningshi-members-studio', kind: 'other', name: n0('長寧區政協科技、科協界別“寧識”委員工作室', '“Ningshi” studio of the science and S&T-association sectors of the Changning CPPCC'),
    citations: [c0('建設長寧區政協科技、科協界別“寧識”委員工作室')], note: 'To be built (task 11).' },
  { id: 'institution:silicon-alley-party-building-alliance', kind: 'association', name: n0('街區黨建聯盟', 'Innovation-quarter Party-building alliance'),
    citations: [c0('依托互聯網+生活性服務業等黨建聯盟基礎,成立街區黨建聯盟、青年創新團隊')], zones: [SA], note: 'To be formed (task 11) on the basis of existing Party-building alliances such as that of Internet+ consumer services.' },
  { id: 'institution:sitri', kind: 'research-institute', name: n1('上海微技术工业研究院', 'Shanghai Industrial µTechnology Research Institute'),
    citations: [Q_XINWEI_001], note: 'Co-founded by 新微科技集团.' },
  { id: 'institution:changning-innovation-service-alliance', kind: 'association', name: n1('长宁双创服务联盟', 'Changning Innovation and Entrepreneurship Service Alliance'),
    citations: [Q_XINWEI_001], note: '新微科技集团 took part in founding it.' },
  { id: 'institution:donghua-university', kind: 'university', name: n1('东华大学', 'Donghua University'),
    citations: [c1('4月4日，与民盟长宁区委主委、东华大学研究院时尚创意产业发展研究中心主任、东华大学管理学院教授潘瑾进行了当面沟通')], note: 'Named as the affiliation of 潘瑾, one of the proposers.' },
  { id: 'institution:donghua-fashion-creative-industry-centre', kind: 'research-institute', name: n1('东华大学研究院时尚创意产业发展研究中心', 'Fashion and Creative Industry Development Research Centre, Donghua University Research Institute'),
    citations: [c1('东华大学研究院时尚创意产业发展研究中心主任')], note: 'Named as the affiliation of 潘瑾, one of the proposers.' },
  { id: 'institution:china-democratic-league-changning', kind: 'other', name: n1('民盟长宁区委', 'China Democratic League, Changning District Committee'),
    citations: [c1('4月4日，与民盟长宁区委主委、东华大学研究院时尚创意产业发展研究中心主任、东华大学管理学院教授潘瑾进行了当面沟通')], note: 'Named as the affiliation of 潘瑾, one of the proposers.' },
  { id: 'institution:jiefang-daily', kind: 'other', name: n1('解放日报', 'Jiefang Daily'), citations: [Q_PRESS_JF], note: 'Newspaper that interviewed 上海硅巷 units on 15 February 2023.' },
  { id: 'institution:shanghai-television', kind: 'other', name: n1('上海电视台', 'Shanghai Television'), citations: [c1('3月23日，上海电视'), Q_PRESS_TV],
    note: 'Interviewed 上海硅巷 units on 23 March 2023; the name is broken by a page break in the seed (上海电视 / 台).' },
  { id: 'institution:ningjuhui', kind: 'other', name: n1('宁聚慧'), citations: [c1('提供宁聚慧“上海硅巷”采访稿')],
    note: 'The text only says that an interview text on the 上海硅巷 was provided to it (under media publicity); it does not say what it is.' },
];

// ------------------------------------------------------------------ enterprises

const enterprises: PlaceIn[] = [
  { id: 'enterprise:xinwei-technology-group', kind: 'company', name: n0('新微科技集團', undefined, ['新微']),
    citations: [Q_XINWEI, Q_ECOSYSTEM, Q_NO1_000, c0('基于“新微模式”,建立與國家戰略科技力量的對接轉化機制'), Q_XINWEI_001, Q_PRESS_JF, Q_PRESS_TV], zones: [SA],
    note: 'A technology-transfer platform built jointly by 中国科学院上海微系统所 and Shanghai; one of the leading ecosystem players gathered in the 硅巷. 001 speaks of its “三位一体” model and of the “新微模式/新微机制”.' },
  { id: 'enterprise:suhehui', kind: 'company', name: n0('蘇河匯'), citations: [Q_ECOSYSTEM], zones: [SA] },
  { id: 'enterprise:accenture', kind: 'foreign', name: n0('埃森哲', 'Accenture'), citations: [Q_ECOSYSTEM], zones: [SA] },
  { id: 'enterprise:moliang-capital', kind: 'investor', name: n0('魔量資本'), citations: [Q_ECOSYSTEM], zones: [SA] },
  { id: 'enterprise:westwell', kind: 'company', name: n0('西井', 'Westwell'), citations: [Q_FIRMS], zones: [SA] },
  { id: 'enterprise:qst', kind: 'company', name: n0('矽睿', 'QST'), citations: [Q_FIRMS], zones: [SA] },
  { id: 'enterprise:inceptio-technology', kind: 'company', name: n0('嬴徹', 'Inceptio Technology'), citations: [Q_FIRMS], zones: [SA] },
  { id: 'enterprise:dobe', kind: 'company', name: n0('德必', 'DOBE'), citations: [Q_OPERATORS], zones: [SA], note: 'Named as an operator of carriers (载体运营主体); the text does not say which.' },
  { id: 'enterprise:chuangyi', kind: 'company', name: n0('創邑'), citations: [Q_OPERATORS, Q_PRESS_JF], zones: [SA], note: 'Named as an operator of carriers (载体运营主体); the text does not say which.' },
  { id: 'enterprise:shangfu', kind: 'company', name: n0('上服'), citations: [Q_OPERATORS], zones: [SA], note: 'Printed only as the short form 上服; named as an operator of carriers (载体运营主体).' },
  { id: 'enterprise:blacklake-technologies', kind: 'company', name: n1('黑湖', 'Blacklake Technologies'), citations: [Q_PRESS_TV], note: 'Interviewed by Shanghai Television about the 上海硅巷 on 23 March 2023.' },
  { id: 'enterprise:xinwei-chaofan', kind: 'company', name: n1('新微超凡'), citations: [Q_XINWEI_001], note: 'The dedicated intellectual-property operating entity set up by 新微科技集团.' },
];

// ------------------------------------------------------------------ departments

interface DeptIn { slug: string; name: Name; citations: Citation[]; variants: string[]; note?: string }
const CN = '长宁区';
const depts: DeptIn[] = [
  { slug: 'changning-district-committee', name: n0('區委', 'CPC Changning District Committee', undefined, '长宁'), variants: ['區委', '区委'],
    citations: [c0('為貫徹落實區委、區政府關于推進“上海硅巷”科創街區的決策部署'), c1('为贯彻落实区委、区政府关于推进“上海硅巷”科创街区的决策部署')] },
  { slug: 'changning-district-government', name: n0('區政府', 'Changning District People\'s Government', undefined, '长宁'), variants: ['區政府', '区政府'],
    citations: [c0('已經2023年9月27日區政府第55次常務會議討論通過'), c1('为贯彻落实区委、区政府关于推进“上海硅巷”科创街区的决策部署')],
    note: '001 also names the district mayor (翁区长) visiting the 硅巷NO.1空间 and hearing a report on the 上海硅巷.' },
  { slug: 'changning-district-government-office', name: n0('上海市長寧區人民政府辦公室', 'General Office of the Changning District People\'s Government'), variants: ['上海市長寧區人民政府辦公室'],
    citations: [c0('上海市長寧區人民政府辦公室關于轉發《長寧區全面推進“上海硅巷”科創街區建設三年行動方案》的通知')], note: 'Issuer of the notice that forwards the plan.' },
  { slug: 'changning-xinjing-town-government', name: n0('新涇鎮政府', 'Xinjing Town Government', undefined, CN), variants: ['新涇鎮政府'],
    citations: [c0('區政府各委、辦、局,各街道辦事處,新涇鎮政府')], note: 'An addressee of the notice.' },
  { slug: 'changning-planning-resources-bureau', name: n0('規劃資源局', 'Changning District Planning and Natural Resources Bureau', undefined, CN), variants: ['規劃資源局'],
    citations: [c0('(責任部門:規劃資源局、虹橋辦、華陽街道、江蘇街道)')] },
  { slug: 'changning-hongqiao-office', name: n0('虹橋辦', 'Changning District Hongqiao Office', undefined, CN), variants: ['虹橋辦'],
    citations: [c0('(責任部門:規劃資源局、虹橋辦、華陽街道、江蘇街道)')], note: 'Printed only as the short form 虹桥办.' },
  { slug: 'changning-huayang-subdistrict', name: n0('華陽街道', 'Huayang Road Subdistrict Office', undefined, CN), variants: ['華陽街道', '华阳街道', '华阳路街道办事处'],
    citations: [c0('華陽街道、江蘇街道積極參與“上海硅巷”街區打造'), Q_CONSULT, Q_PROJ_NO1, c1('3月22日，与华阳街道党工委副书记仲静云进行了当面沟通')],
    note: 'The subdistrict office (华阳路街道办事处) as a responsible department; its area is zone:huayang-subdistrict. 华阳街道 is the home of the “凝聚力工程”.' },
  { slug: 'changning-jiangsu-subdistrict', name: n0('江蘇街道', 'Jiangsu Road Subdistrict Office', undefined, CN), variants: ['江蘇街道', '江苏街道'],
    citations: [c0('華陽街道、江蘇街道積極參與“上海硅巷”街區打造'), Q_WUYI], note: 'Its area is zone:jiangsu-subdistrict.' },
  { slug: 'changning-science-commission', name: n0('科委', 'Changning District Science and Technology Commission', undefined, CN), variants: ['科委', '区科委'],
    citations: [c0('(責任部門:科委、投促辦、商務委)'), c1('区科委根据要求，正在起草三年行动方案并征求涉及委办意见'), Q_DRAFT],
    note: '001 often names 区科委科协 (the science commission and the science-and-technology association) together as one office; those mentions are cited in both records.' },
  { slug: 'changning-science-association', name: n0('科協', 'Changning District Association for Science and Technology', undefined, CN),
    variants: ['科協', '长宁区科学技术协会'], citations: [c0('(責任部門:科協、華陽街道、江蘇街道)'), c1('长宁区科学技术协会'), Q_DRAFT],
    note: 'Issuer of the CPPCC reply (001). Its contact address printed in 001: 安西路35号501 (postcode 200050). 001 often names 区科委科协 together.' },
  { slug: 'changning-investment-promotion-office', name: n0('投促辦', 'Changning District Investment Promotion Office', undefined, CN), variants: ['投促辦'],
    citations: [c0('(責任部門:科委、投促辦、商務委)')] },
  { slug: 'changning-commerce-commission', name: n0('商務委', 'Changning District Commission of Commerce', undefined, CN), variants: ['商務委', '区商务委'],
    citations: [c0('(責任部門:科委、投促辦、商務委)'), Q_CONSULT] },
  { slug: 'changning-market-supervision-bureau', name: n0('市場監管局', 'Changning District Administration for Market Regulation', undefined, CN), variants: ['市場監管局'],
    citations: [c0('(責任部門:市場監管局、發改委、國資委)')] },
  { slug: 'changning-development-reform-commission', name: n0('發改委', 'Changning District Development and Reform Commission', undefined, CN), variants: ['發改委'],
    citations: [c0('(責任部門:市場監管局、發改委、國資委)')] },
  { slug: 'changning-state-assets-commission', name: n0('國資委', 'Changning District State-owned Assets Supervision and Administration Commission', undefined, CN), variants: ['國資委'],
    citations: [c0('(責任部門:市場監管局、發改委、國資委)')] },
  { slug: 'changning-state-assets-investment-company', name: n0('國資經營投資公司', 'Changning state-owned assets operation and investment company', undefined, CN), variants: ['國資經營投資公司'],
    citations: [c0('(責任部門:科委、發改委、投促辦、市場監管局、國資經營投資公司)')],
    note: 'A state-owned company, not a government department, but listed among the 责任部门 of task 6; kept as a department record so the task can link it.' },
  { slug: 'changning-culture-tourism-bureau', name: n0('文旅局', 'Changning District Culture and Tourism Bureau', undefined, CN), variants: ['文旅局'],
    citations: [c0('(責任部門:科委、商務委、文旅局、發改委、科協、投促辦、團區委、華陽街道、江蘇街道)')] },
  { slug: 'changning-youth-league-committee', name: n0('團區委', 'Changning District Committee of the Communist Youth League', undefined, '', '共青团长宁区委'), variants: ['團區委'],
    citations: [c0('(責任部門:科委、商務委、文旅局、發改委、科協、投促辦、團區委、華陽街道、江蘇街道)')] },
  { slug: 'changning-organisation-department', name: n0('組織部', 'Organisation Department of the CPC Changning District Committee', undefined, '长宁区委'), variants: ['組織部'],
    citations: [c0('(責任部門:組織部、人社局、科委)')] },
  { slug: 'changning-human-resources-social-security-bureau', name: n0('人社局', 'Changning District Human Resources and Social Security Bureau', undefined, CN),
    variants: ['人社局', '区人力资源社会保障局'], citations: [c0('(責任部門:組織部、人社局、科委)'), Q_CONSULT] },
  { slug: 'changning-construction-management-commission', name: n0('建管委', 'Changning District Construction and Management Commission', undefined, CN), variants: ['建管委'],
    citations: [c0('(責任部門:建管委、綠化市容局、華陽街道、江蘇街道)')] },
  { slug: 'changning-greening-city-appearance-bureau', name: n0('綠化市容局', 'Changning District Greening and City Appearance Bureau', undefined, CN), variants: ['綠化市容局'],
    citations: [c0('(責任部門:建管委、綠化市容局、華陽街道、江蘇街道)')] },
  { slug: 'changning-cppcc', name: n0('長寧區政協', 'Changning District Committee of the CPPCC'), variants: ['長寧區政協', '长宁区政协', '政协'],
    citations: [c0('建設長寧區政協科技、科協界別“寧識”委員工作室'), c1('对长宁区政协第十五届二次会议 第 051 号提案的答复'), c1('4月7日，政协专题召开“上海硅巷”科创街区建设情况通报会')] },
  { slug: 'changning-audit-bureau', name: n1('长宁区审计局', 'Changning District Audit Bureau'), variants: ['区审计局'],
    citations: [c1('与区审计局副局长薛斌进行了电话沟通')], note: 'Named as the employer of 薛斌, one of the proposers.' },
  { slug: 'changning-foreign-affairs-office', name: n1('长宁区外事办', 'Changning District Foreign Affairs Office'), variants: ['外事办'],
    citations: [c1('4月10日，外事办召开沪港青年会走进长宁')], note: 'Held the “沪港青年会走进长宁” meeting at which the 上海硅巷 was presented (10 April 2023).' },
  { slug: 'sh-science-commission', name: n0('市科委', 'Shanghai Municipal Science and Technology Commission', undefined, '上海'), variants: ['市科委'],
    citations: [c0('積極運用市科委科技金融平臺')], note: 'Runs the technology finance platform carrier:sh-stc-tech-finance-platform.' },
  { slug: 'sh-science-association', name: n1('上海市科学技术协会', 'Shanghai Association for Science and Technology'), variants: ['市科协'],
    citations: [c1('长宁区按照中国科协、市科协对深化“科创中国”建设总体要求')] },
  { slug: 'china-association-for-science-and-technology', name: n1('中国科协', 'China Association for Science and Technology'), variants: ['中国科协'],
    citations: [c1('长宁区按照中国科协、市科协对深化“科创中国”建设总体要求'), c1('去年11月6日，接待中国科协党组书记张玉卓一行来长宁调研“上海硅巷”建设工作'), c1('中国科协挂点组及服务团')],
    note: 'National level. Its Party secretary visited the 上海硅巷 on 6 November 2022; its liaison group and service team visited in early 2023.' },
  { slug: 'cppcc-national-committee', name: n1('全国政协', 'National Committee of the CPPCC'), variants: ['全国政协'],
    citations: [c1('4月19日，接待全国政协副主席周强一行参观调研“上海硅巷”学校及企业')], note: 'National level; a vice-chairman visited the 上海硅巷 on 19 April 2023.' },
  { slug: 'nanjing-xuanwu-science-bureau', name: n1('南京玄武区科技局', 'Science and Technology Bureau of Xuanwu District, Nanjing'), variants: ['南京玄武区科技局'],
    citations: [c1('分别接待南京玄武区科技局、中国科协挂点组及服务团、合肥蜀山区政协参观调研“上海硅巷”及企业')], note: 'Outside Shanghai; a visitor to the 上海硅巷.' },
  { slug: 'hefei-shushan-cppcc', name: n1('合肥蜀山区政协', 'CPPCC Committee of Shushan District, Hefei'), variants: ['合肥蜀山区政协'],
    citations: [c1('分别接待南京玄武区科技局、中国科协挂点组及服务团、合肥蜀山区政协参观调研“上海硅巷”及企业')], note: 'Outside Shanghai; a visitor to the 上海硅巷.' },
];

// Bodies the texts name without making them responsible for a task (issuers, the CPPCC, visitors, CAST) are
// kept too, for completeness (see docs/data/changning.md). `plans` = the plans whose text names the body.
const departments = depts.map((d) => {
  const seeds = new Set(d.citations.map((c) => c.seed));
  const plans = [...(seeds.has('000') ? [P0] : []), ...(seeds.has('001') ? [P1] : [])];
  return { id: `department:${d.slug}`, plans, name: d.name, citations: d.citations, ...(d.note ? { note: d.note } : {}), variants: [...new Set(d.variants)] };
});
const D = (slug: string) => {
  const id = `department:${slug}`;
  if (!departments.some((d) => d.id === id)) throw new Error(`unknown department ${id}`);
  return id;
};
/** Department ids from a printed 责任部门 list (Traditional short forms, in printed order). */
const DEPT_BY_PRINTED: Record<string, string> = {
  規劃資源局: 'changning-planning-resources-bureau', 虹橋辦: 'changning-hongqiao-office', 華陽街道: 'changning-huayang-subdistrict',
  江蘇街道: 'changning-jiangsu-subdistrict', 科委: 'changning-science-commission', 投促辦: 'changning-investment-promotion-office',
  商務委: 'changning-commerce-commission', 市場監管局: 'changning-market-supervision-bureau', 發改委: 'changning-development-reform-commission',
  國資委: 'changning-state-assets-commission', 國資經營投資公司: 'changning-state-assets-investment-company', 文旅局: 'changning-culture-tourism-bureau',
  科協: 'changning-science-association', 團區委: 'changning-youth-league-committee', 組織部: 'changning-organisation-department',
  人社局: 'changning-human-resources-social-security-bureau', 建管委: 'changning-construction-management-commission', 綠化市容局: 'changning-greening-city-appearance-bureau',
};
function responsible(printed: string): { ids: string[]; citation: Citation } {
  const quote = `(責任部門:${printed})`;
  return { ids: printed.split('、').map((p) => D(DEPT_BY_PRINTED[p] ?? `missing-${p}`)), citation: c0(quote) };
}

// ------------------------------------------------------------------ targets and baselines

interface TargetIn {
  slug: string; plan?: string; kind: 'target' | 'baseline'; name: Name; metric: Name; value: number; valueMax?: number;
  comparator: 'eq' | 'gte' | 'approx' | 'range' | 'increase'; unit: string; valueText: string; year: number; citations: Citation[]; zones?: string[]; note?: string;
}
const Q_GOALS_2025 = c0('到2025年,爭創高質量孵化器1到2個(培育),相關創新功能性平臺達10個,高成長性的科技企業達千家,集聚科創新空間20家,形成創新產業集群5個');
const Q_TALENT_2025 = c0('到2025年,碩博士創新實踐基地新增6家,入選市級以上人才培養工程的高層次人才總數新增6人,入選區杰出、領軍、拔尖人才總數新增10人');
const Q_EVENTS_2025 = c0('到2025年,每年開展大型論壇2~3次,創新沙龍20余次、雙創主題活動5次,產業典型應用場景數達50個');
const targetsIn: TargetIn[] = [
  { slug: 'silicon-alley-2025-high-quality-incubators', kind: 'target', name: n0('爭創高質量孵化器1到2個(培育)', 'Strive for 1–2 high-quality incubators (in cultivation)'),
    metric: n0('高質量孵化器', 'high-quality incubators'), value: 1, valueMax: 2, comparator: 'range', unit: '个', valueText: '1到2個', year: 2025, citations: [Q_GOALS_2025] },
  { slug: 'silicon-alley-2025-innovation-platforms', kind: 'target', name: n0('相關創新功能性平臺達10個', '10 innovation function platforms'),
    metric: n0('創新功能性平臺', 'innovation function platforms'), value: 10, comparator: 'gte', unit: '个', valueText: '達10個', year: 2025, citations: [Q_GOALS_2025] },
  { slug: 'silicon-alley-2025-high-growth-tech-firms', kind: 'target', name: n0('高成長性的科技企業達千家', 'A thousand high-growth technology enterprises'),
    metric: n0('高成長性的科技企業', 'high-growth technology enterprises'), value: 1000, comparator: 'gte', unit: '家', valueText: '達千家', year: 2025, citations: [Q_GOALS_2025] },
  { slug: 'silicon-alley-2025-new-innovation-spaces', kind: 'target', name: n0('集聚科創新空間20家', 'Gather 20 new innovation spaces'),
    metric: n0('科創新空間', 'new innovation spaces'), value: 20, comparator: 'eq', unit: '家', valueText: '20家', year: 2025, citations: [Q_GOALS_2025] },
  { slug: 'silicon-alley-2025-industry-clusters', kind: 'target', name: n0('形成創新產業集群5個', 'Form 5 innovative industry clusters'),
    metric: n0('創新產業集群', 'innovative industry clusters'), value: 5, comparator: 'eq', unit: '个', valueText: '5個', year: 2025, citations: [Q_GOALS_2025] },
  { slug: 'silicon-alley-2025-alliances', kind: 'target', name: n0('產業、人才、社校、黨建等各類聯盟達5家', '5 alliances (industry, talent, community–school, Party building)'),
    metric: n0('各類聯盟', 'alliances'), value: 5, comparator: 'gte', unit: '家', valueText: '達5家', year: 2025,
    citations: [c0('產業、人才、社校、黨建等各類聯盟達5家')], note: 'The sentence gives no year; it is one of the main goals, which are set “到2025年”.' },
  { slug: 'silicon-alley-2025-postgraduate-practice-bases', kind: 'target', name: n0('碩博士創新實踐基地新增6家', '6 new master’s and doctoral innovation practice bases'),
    metric: n0('碩博士創新實踐基地', 'master’s and doctoral innovation practice bases'), value: 6, comparator: 'increase', unit: '家', valueText: '新增6家', year: 2025, citations: [Q_TALENT_2025] },
  { slug: 'silicon-alley-2025-municipal-talent-programme', kind: 'target', name: n0('入選市級以上人才培養工程的高層次人才總數新增6人', '6 more high-level talents selected for municipal or higher talent programmes'),
    metric: n0('入選市級以上人才培養工程的高層次人才', 'high-level talents in municipal or higher talent programmes'), value: 6, comparator: 'increase', unit: '人', valueText: '新增6人', year: 2025, citations: [Q_TALENT_2025] },
  { slug: 'silicon-alley-2025-district-talents', kind: 'target', name: n0('入選區杰出、領軍、拔尖人才總數新增10人', '10 more district outstanding, leading and top talents'),
    metric: n0('入選區杰出、領軍、拔尖人才', 'district outstanding, leading and top talents'), value: 10, comparator: 'increase', unit: '人', valueText: '新增10人', year: 2025, citations: [Q_TALENT_2025] },
  { slug: 'silicon-alley-2025-annual-forums', kind: 'target', name: n0('每年開展大型論壇2~3次', '2–3 large forums a year'),
    metric: n0('大型論壇', 'large forums'), value: 2, valueMax: 3, comparator: 'range', unit: '次/年', valueText: '2~3次', year: 2025, citations: [Q_EVENTS_2025] },
  { slug: 'silicon-alley-2025-annual-salons', kind: 'target', name: n0('創新沙龍20余次', 'Some 20 innovation salons a year'),
    metric: n0('創新沙龍', 'innovation salons'), value: 20, comparator: 'approx', unit: '次/年', valueText: '20余次', year: 2025, citations: [Q_EVENTS_2025] },
  { slug: 'silicon-alley-2025-annual-entrepreneurship-events', kind: 'target', name: n0('雙創主題活動5次', '5 innovation-and-entrepreneurship events a year'),
    metric: n0('雙創主題活動', 'innovation-and-entrepreneurship events'), value: 5, comparator: 'eq', unit: '次/年', valueText: '5次', year: 2025, citations: [Q_EVENTS_2025] },
  { slug: 'silicon-alley-2025-application-scenarios', kind: 'target', name: n0('產業典型應用場景數達50個', '50 typical industrial application scenarios'),
    metric: n0('產業典型應用場景', 'typical industrial application scenarios'), value: 50, comparator: 'gte', unit: '个', valueText: '達50個', year: 2025, citations: [Q_EVENTS_2025] },
  // Baselines: figures the plan (adopted 2023) gives for the present state.
  { slug: 'silicon-alley-2023-area', kind: 'baseline', name: n0('總面積約1.48平方公里', 'Area of the Shanghai Silicon Alley: about 1.48 km²'),
    metric: n0('總面積', 'area'), value: 1.48, comparator: 'approx', unit: 'km²', valueText: '約1.48平方公里', year: 2023,
    citations: [c0('中間以武夷路、定西路支撐形成“田字格”,總面積約1.48平方公里')], note: 'Year = the plan’s year (2023); the text states the area without a date.' },
  { slug: 'silicon-alley-2023-national-key-labs', kind: 'baseline', name: n0('兩所共有國家重點實驗室5個', 'The two CAS institutes have 5 national key laboratories'),
    metric: n0('國家重點實驗室', 'national key laboratories'), value: 5, comparator: 'eq', unit: '个', valueText: '5個', year: 2023, citations: [Q_TWO_LABS],
    note: 'Held by 中国科学院上海微系统所 and 硅酸盐所 together; year = the plan’s year (2023).' },
  { slug: 'silicon-alley-2023-office-buildings', kind: 'baseline', name: n0('硅巷街區內匯集了50余棟商務樓宇', 'Some 50 office buildings in the Silicon Alley'),
    metric: n0('商務樓宇', 'office buildings'), value: 50, comparator: 'approx', unit: '栋', valueText: '50余棟', year: 2023, citations: [Q_CARRIERS], note: '“目前” (at present) in the 2023 plan.' },
  { slug: 'silicon-alley-2023-innovation-carriers', kind: 'baseline', name: n0('10多家創新載體', 'More than 10 innovation carriers'),
    metric: n0('創新載體', 'innovation carriers'), value: 10, comparator: 'approx', unit: '家', valueText: '10多家', year: 2023, citations: [Q_CARRIERS], note: '“目前” (at present) in the 2023 plan.' },
  { slug: 'silicon-alley-2023-leading-ecosystem-players', kind: 'baseline', name: n0('10多家頭部生態', 'More than 10 leading ecosystem players'),
    metric: n0('頭部生態', 'leading ecosystem players'), value: 10, comparator: 'approx', unit: '家', valueText: '10多家', year: 2023, citations: [Q_ECOSYSTEM], note: '“目前” (at present) in the 2023 plan.' },
  { slug: 'silicon-alley-2023-innovative-enterprises', kind: 'baseline', name: n0('500多家創新企業', 'More than 500 innovative enterprises'),
    metric: n0('創新企業', 'innovative enterprises'), value: 500, comparator: 'approx', unit: '家', valueText: '500多家', year: 2023, citations: [Q_FIRMS], note: '“目前” (at present) in the 2023 plan.' },
  { slug: 'cppcc-reply-2023-pilot-application-materials', plan: P1, kind: 'baseline', name: n1('形成“上海硅巷”、“虹桥之源”创建材料2篇', '2 pilot application texts prepared (上海硅巷, 虹桥之源)'),
    metric: n1('创建材料', 'pilot application texts'), value: 2, comparator: 'eq', unit: '篇', valueText: '2篇', year: 2023, citations: [c1('形成“上海硅巷”、“虹桥之源”创建材料2篇')], zones: [],
    note: 'Reported in the reply of April 2023; the text does not date the work.' },
  { slug: 'cppcc-reply-2023-feedback-received', plan: P1, kind: 'baseline', name: n1('收到十份意见反馈', '10 written comments received on the draft plan'),
    metric: n1('意见反馈', 'written comments on the draft plan'), value: 10, comparator: 'eq', unit: '份', valueText: '十份', year: 2023,
    citations: [c1('3月17日、4月11日，面向方案涉及部门征求意见，收到十份意见反馈并修正进材料')], zones: [] },
];
const targets = targetsIn.map((t) => ({
  id: `target:${t.slug}`, plan: t.plan ?? P0, kind: t.kind, name: t.name, citations: t.citations, ...(t.note ? { note: t.note } : {}),
  metric: t.metric, value: t.value, ...(t.valueMax !== undefined ? { valueMax: t.valueMax } : {}), comparator: t.comparator,
  unit: t.unit, valueText: t.valueText, year: t.year, zones: t.zones ?? [SA],
}));

// ------------------------------------------------------------------ actions

interface ActionIn {
  slug: string; plan?: string; group: string; number: string; name: Name; citations: Citation[]; safeguard?: boolean; departments?: string[];
  zones?: string[]; carriers?: string[]; institutions?: string[]; enterprises?: string[]; targets?: string[]; note?: string;
}
function task(slug: string, group: string, number: string, title: string, en: string, titleQuote: string, printedDepts: string,
  links: Omit<ActionIn, 'slug' | 'group' | 'number' | 'name' | 'citations'> & { extra?: Citation[] } = {}): ActionIn {
  const r = responsible(printedDepts);
  const { extra, ...rest } = links;
  return { slug, group, number, name: n0(title, en), citations: [c0(titleQuote), ...(extra ?? []), r.citation], departments: r.ids, ...rest, zones: [SA, ...(rest.zones ?? [])] };
}
const Z = (s: string) => `zone:${s}`;
const actionsIn: ActionIn[] = [
  task('silicon-alley-01-optimise-spatial-layout', 'g1', '1', '優化空間布局', 'Optimise the spatial layout', '1、優化空間布局。持續開展空間挖潛研究,推進存量用地轉型和空間資源配置效能提升',
    '規劃資源局、虹橋辦、華陽街道、江蘇街道', {
      zones: [Z('belt-zhongshan-park-business'), Z('belt-dingxi-road'), Z('belt-wuyi-road'), Z('belt-yuyuan-road'), Z('belt-liu-haisu-museum')],
      institutions: ['institution:liu-haisu-art-museum'],
      extra: [c0('進一步強化中山公園市級商圈的消費引領、定西路沿線的科創策源、武夷路沿線的產城融合發展、愚園路國家級旅游休閑街區、劉海粟美術館周邊區域的文化地標等功能定位')] }),
  task('silicon-alley-02-tap-existing-stock', 'g1', '2', '挖掘存量動能', 'Tap the momentum of existing stock', '2、挖掘存量動能。推動新竣工經濟載體項目加強產業、招商、樓宇、人才政策的統籌銜接',
    '科委、投促辦、商務委、市場監管局、虹橋辦、華陽街道、江蘇街道', {
      carriers: ['carrier:multimedia-industry-park', 'carrier:yujian-park', 'carrier:xinwei-zhigu', 'carrier:siccas-building-1', 'carrier:shanghai-xiaomalu',
        'carrier:silicon-alley-no1-space', 'carrier:silicon-alley-maker-space', 'carrier:new-innovation-academy'],
      institutions: ['institution:siccas', 'institution:simit', 'institution:changning-open-university'],
      enterprises: ['enterprise:dobe', 'enterprise:chuangyi', 'enterprise:shangfu', 'enterprise:xinwei-technology-group'],
      extra: [Q_STOCK, Q_OPERATORS, Q_NO1_000] }),
  task('silicon-alley-03-support-industrial-innovation', 'g2', '3', '助力產業創新', 'Support industrial innovation', '3、助力產業創新。用好“虹橋智谷”人工智能產業聯盟',
    '科委、發改委、投促辦、商務委、市場監管局、虹橋辦、華陽街道、江蘇街道', {
      institutions: ['institution:hongqiao-zhigu-ai-industry-alliance', 'institution:joint-investment-promotion-1-8-4'],
      extra: [c0('依托區級“1+11+N”創新型企業培育體系'), c0('探索試點科技企業創業責任保險補貼,營造寬容失敗的創業文化')] }),
  task('silicon-alley-04-deepen-institutional-reform', 'g2', '4', '深化制度改革', 'Deepen institutional reform', '4、深化制度改革。進一步深化“放管服”改革,推進食品“一址兩用”',
    '市場監管局、發改委、國資委'),
  task('silicon-alley-05-increase-support', 'g3', '5', '加大支持力度', 'Increase support', '5、加大支持力度。支持企業研發機構與高校院所協作融通',
    '科委、投促辦、商務委', { carriers: ['carrier:sh-stc-tech-finance-platform'],
      extra: [c0('積極運用市科委科技金融平臺、區創業擔保貸款及貼息等渠道,加大對初創企業的支持力度')] }),
  task('silicon-alley-06-deepen-transfer-model', 'g3', '6', '深化轉化模式', 'Deepen the technology-transfer model', '6、深化轉化模式。基于“新微模式”,建立與國家戰略科技力量的對接轉化機制',
    '科委、發改委、投促辦、市場監管局、國資經營投資公司', { enterprises: ['enterprise:xinwei-technology-group'], extra: [c0('培育“超前孵化”新模式')] }),
  task('silicon-alley-07-build-ecosystem-atmosphere', 'g4', '7', '營建生態氛圍', 'Build the ecosystem atmosphere', '7、營建生態氛圍。積極發揮專家顧問智庫作用',
    '科委、商務委、文旅局、發改委、科協、投促辦、團區委、華陽街道、江蘇街道', {
      institutions: ['institution:silicon-alley-ecosystem-partner-alliance', 'institution:shanghai-youth-innovation-academy-changning'],
      extra: [c0('打造硅巷生態合作伙伴聯盟、多元品牌IP及標桿應用場景'), c0('組織舉辦硅巷早餐會、創新說、創投沙龍等活動'), c0('推進上海青少年創新學院長寧分院建設,推出創業·導師團、創說·寧智薈等系列服務項目')] }),
  task('silicon-alley-08-science-popularisation', 'g4', '8', '開展科普宣傳', 'Carry out science popularisation', '8、開展科普宣傳。圍繞“上海硅巷”,聚焦重點人群,開展科普活動',
    '科協、華陽街道、江蘇街道', {
      institutions: ['institution:simit', 'institution:siccas', 'institution:changning-open-university', 'institution:quality-science-institute'],
      carriers: ['carrier:qian-xuesen-former-residence', 'carrier:wu-ziliang-former-residence', 'carrier:community-academy'], extra: [Q_SCIPOP] }),
  task('silicon-alley-09-deepen-talent-policy', 'g5', '9', '深化政策導向', 'Deepen the talent-policy orientation', '9、深化政策導向。綜合運用人才引進落戶、居轉戶、留學生落戶等梯度化戶籍政策以及海外人才、特殊人才政策,加大對高層次專業人才、社會經濟發展緊缺急需的科創人才的集聚力度。',
    '組織部、人社局、科委'),
  task('silicon-alley-10-attract-and-train-talent', 'g5', '10', '推動人才引育', 'Attract and train talent', '10、推動人才引育。鼓勵企業與高校院所開展人才共育合作',
    '組織部、人社局、科委', { institutions: ['institution:hongqiao-overseas-talent-service-centre'],
      extra: [c0('不斷拓展完善“虹橋海外人才一站式服務中心”的“17+N”服務功能')] }),
  task('silicon-alley-11-party-building-leadership', 'g6', '11', '強化黨建引領', 'Strengthen Party-building leadership', '11、強化黨建引領。圍繞“凝聚力工程”30周年,聚焦街區紅色宣傳陣地',
    '科協、華陽街道、江蘇街道', { institutions: ['institution:ningshi-members-studio', 'institution:silicon-alley-party-building-alliance'],
      extra: [c0('建設長寧區政協科技、科協界別“寧識”委員工作室'), c0('成立街區黨建聯盟、青年創新團隊')] }),
  task('silicon-alley-12-improve-supporting-facilities', 'g6', '12', '完善配套設施', 'Improve supporting facilities', '12、完善配套設施。試點定西路(愚園路-武夷路段)市容環境一體化管理,探索定西路、昭化路沿線智慧停車',
    '建管委、綠化市容局、華陽街道、江蘇街道', {
      zones: [Z('belt-dingxi-yuyuan-wuyi'), Z('belt-dingxi-road'), Z('belt-zhaohua-road')],
      carriers: ['carrier:historic-celebrities-wall', 'carrier:silicon-alley-lanes', 'carrier:silicon-alley-garden'],
      extra: [c0('升級改造、新增布局街區內公共電話亭、機器人咖啡亭、共享電樁、智能圖書柜、歷史名人墻等設施設備'), c0('促進“硅巷里弄”、“硅巷花園”整體活力和環境品質提升')] }),
  // Safeguard measures (no departments printed).
  { slug: 'silicon-alley-safeguard-1-pool-forces', group: 'safeguards', number: '1', safeguard: true, name: n0('凝聚各方力量,匯聚各界資源', 'Pool the forces and resources of all parties'),
    citations: [c0('1、凝聚各方力量,匯聚各界資源'), c0('深刻認識“上海硅巷”科創街區是“科創中國”試點城市建設的延伸和深化')], zones: [SA] },
  { slug: 'silicon-alley-safeguard-2-mechanisms', group: 'safeguards', number: '2', safeguard: true, name: n0('健全體制機制,落實工作職責', 'Improve mechanisms and assign responsibilities'),
    citations: [c0('2、健全體制機制,落實工作職責。'), c0('加強統籌推進,組建專項工作組,確保專班專人專職')], zones: [SA] },
  { slug: 'silicon-alley-safeguard-3-policy-support', group: 'safeguards', number: '3', safeguard: true, name: n0('強化政策支持,提升服務配套', 'Strengthen policy support and services'),
    citations: [c0('3、強化政策支持,提升服務配套'), c0('探索研究制定相關集成政策包,推動要素資源、優惠政策向“上海硅巷”傾斜')], zones: [SA] },
  { slug: 'silicon-alley-safeguard-4-implementation', group: 'safeguards', number: '4', safeguard: true, name: n0('注重推動落實,優化科創生態', 'Focus on implementation and optimise the innovation ecosystem'),
    citations: [c0('4、注重推動落實,優化科創生態'), c0('充分利用市-區-街三級網絡陣地優勢,加強院地合作聯動')], zones: [SA] },
  { slug: 'silicon-alley-safeguard-5-publicity', group: 'safeguards', number: '5', safeguard: true, name: n0('擴大宣傳力度,提升社會影響', 'Step up publicity and raise public impact'),
    citations: [c0('5、擴大宣傳力度,提升社會影響'), c0('強化“上海硅巷”科創街區的宣傳')], zones: [SA] },

  // ---- 001, the CPPCC reply. Group (一): progress and next steps of the “科创中国” pilot.
  { slug: 'cppcc-reply-innovation-china-progress', plan: P1, group: 'g1', number: '(一)', name: n1('“科创中国”试点工作推进情况', 'Progress of the “Innovation China” pilot'),
    citations: [c1('长宁区推荐的多家企事业单位入选2021、2022年“科创中国”榜单并且开展科学家精神宣传、职称申报、疫情防控、资金扶持、知识产权等相关线上线下论坛活动。'), Q_XINWEI_001, c1('区科委科协迅紧密对接市区相关部门，深入开展调研'), c1('形成“上海硅巷”、“虹桥之源”创建材料2篇')],
    departments: [D('changning-science-commission'), D('changning-science-association')],
    enterprises: ['enterprise:xinwei-technology-group', 'enterprise:xinwei-chaofan'],
    institutions: ['institution:sitri', 'institution:changning-innovation-service-alliance'],
    carriers: ['carrier:xinwei-eco-finance-platform', 'carrier:hongqiao-origin'], zones: [SA], targets: ['target:cppcc-reply-2023-pilot-application-materials'],
    note: 'The reported progress of group (一) (一是 … 三是), before its numbered next steps. It prints no 责任部门: the list holds the office the text says does the work (区科委科协); the requirements come from 中国科协 and 市科协 (department records of their own).' },
  { slug: 'cppcc-reply-1-xinwei-model', plan: P1, group: 'g1', number: '1', name: n1('依托新微模式，持续推动产学研融通共进', 'Build on the Xinwei model to integrate industry, academia and research'),
    citations: [c1('1、依托新微模式，持续推动产学研融通共进'), c1('四是持续运作好“三位一体”科技成果转化模式'), c1('生科创大赛、“上海硅巷”双创学院、“创·在上海”投融资路演等活动，扩大新微品牌效应')],
    enterprises: ['enterprise:xinwei-technology-group'], carriers: ['carrier:silicon-alley-innovation-academy'] },
  { slug: 'cppcc-reply-2-silicon-alley-ecosystem', plan: P1, group: 'g1', number: '2', name: n1('汇聚各方合力，不断营建硅巷科创生态活力', 'Pool forces to keep building the Silicon Alley innovation ecosystem'),
    citations: [c1('2、汇聚各方合力，不断营建硅巷科创生态活力'), Q_ALLIANCE_001, Q_NO1_001, Q_MAKER_001, Q_ACADEMY_001, c1('探索成立硅巷专项工作组，围绕项目建设、政策配套、活动开展，制定三年行动方案')],
    zones: [SA], institutions: ['institution:hongqiao-zhigu-ai-industry-alliance', 'institution:joint-investment-promotion-1-8-4', 'institution:simit', 'institution:changning-open-university'],
    carriers: ['carrier:silicon-alley-no1-space', 'carrier:silicon-alley-maker-space', 'carrier:new-innovation-academy'] },
  { slug: 'cppcc-reply-3-grassroots-network', plan: P1, group: 'g1', number: '3', name: n1('用好平台资源，积极发挥基层组织网络作用', 'Use platform resources and the grassroots network of the S&T associations'),
    citations: [c1('3、用好平台资源，积极发挥基层组织网络作用'), c1('二是继续推进企业科协建设'), c1('三是持续发挥街镇科协作用')] },
  // Group (二): progress of the 上海硅巷.
  { slug: 'cppcc-reply-silicon-alley-1-overall-plan', plan: P1, group: 'g2', number: '1', name: n1('总体规划', 'Overall plan (drafting the three-year action plan)'),
    citations: [c1('1、总体规划'), Q_DRAFT, c1('在专项行动部分，我们将重点实施6大专项12个子项行动'), c1('在保障措施部分，我们将通过5条基本举措为硅巷发展提供基础保障')],
    departments: [D('changning-science-commission'), D('changning-science-association')], zones: [SA],
    note: 'Describes the draft of plan:changning-silicon-alley: 6 special actions with 12 sub-items under names that differ from the adopted plan (科创企业吸引集聚: 助力重点产业创新, 挖掘空间载体动能; 科创街区焕新升级: 优化整体空间布局, 完善配套服务设施; 科创联动协同发展: 深化成果转化模式, 加速科技企业赋能; 科创生态氛围营建: 吸引场景活动落地, 开展科普宣传活动; 科创人才服务完善: 加大人才吸引力度, 建立人才培育体系; 党建促进科建发展: 强化党建引领效应, 发挥基层科协作用) and 5 safeguard measures. Most sub-items match adopted tasks 1–12 by title; this mapping is not stated in the texts and is not encoded as links.' },
  { slug: 'cppcc-reply-silicon-alley-2-progress', plan: P1, group: 'g2', number: '2', name: n1('推进进展', 'Progress'),
    citations: [c1('2、推进进展'), c1('华阳街道、江苏街道也分别拟定了各自推进方案'), c1('去年10月19日，召开“上海硅巷”首次早餐会')],
    departments: [D('changning-science-commission'), D('changning-huayang-subdistrict'), D('changning-jiangsu-subdistrict')], zones: [SA, HY, JS],
    targets: ['target:cppcc-reply-2023-feedback-received'],
    note: 'The overall progress report (visits, events, media, key projects, consultation). Dated items that name a carrier, institution or enterprise are recorded as their own actions with number “2”.' },
  { slug: 'cppcc-reply-2023-02-08-visit-no1-space', plan: P1, group: 'g2', number: '2', name: n1('2月8日 翁区长实地走访硅巷NO.1空间', '8 Feb 2023: district mayor visits the Silicon Alley No. 1 Space'),
    citations: [Q_VISIT_NO1], departments: [D('changning-district-government')], zones: [SA], carriers: ['carrier:silicon-alley-no1-space'] },
  { slug: 'cppcc-reply-2023-02-15-jiefang-daily-interviews', plan: P1, group: 'g2', number: '2', name: n1('2月15日 解放日报实地采访微系统所、新微、创邑、华阳街道', '15 Feb 2023: Jiefang Daily interviews SIMIT, Xinwei, Chuangyi and Huayang subdistrict'),
    citations: [Q_PRESS_JF], departments: [D('changning-huayang-subdistrict')], zones: [SA],
    institutions: ['institution:jiefang-daily', 'institution:simit'], enterprises: ['enterprise:xinwei-technology-group', 'enterprise:chuangyi'] },
  { slug: 'cppcc-reply-2023-03-23-shanghai-tv-interviews', plan: P1, group: 'g2', number: '2', name: n1('3月23日 上海电视台采访微系统所、新微、黑湖', '23 Mar 2023: Shanghai Television interviews SIMIT, Xinwei and Blacklake'),
    citations: [c1('3月23日，上海电视'), Q_PRESS_TV], zones: [SA],
    institutions: ['institution:shanghai-television', 'institution:simit'], enterprises: ['enterprise:xinwei-technology-group', 'enterprise:blacklake-technologies'] },
  { slug: 'cppcc-reply-key-project-no1-space', plan: P1, group: 'g2', number: '2', name: n1('重点项目一：打造“上海硅巷”NO.1空间（4月7日发布大会）', 'Key project 1: the Silicon Alley No. 1 Space (launched 7 Apr 2023)'),
    citations: [Q_PROJ_NO1, Q_LAUNCH_NO1], departments: [D('changning-huayang-subdistrict')], zones: [SA, HY],
    carriers: ['carrier:silicon-alley-no1-space', 'carrier:simit-national-innovation-demonstration-base'], institutions: ['institution:simit', 'institution:changning-open-university'] },
  { slug: 'cppcc-reply-key-project-new-quadrant-wuyi', plan: P1, group: 'g2', number: '2', name: n1('重点项目二：推进“新象限·武夷”项目建设', 'Key project 2: building the “New Quadrant · Wuyi” project'),
    citations: [Q_WUYI], departments: [D('changning-jiangsu-subdistrict')], zones: [SA, JS], carriers: ['carrier:new-quadrant-wuyi'] },
];
const actions = actionsIn.map((a) => ({
  id: `action:${a.slug}`, plan: a.plan ?? P0, group: a.group, number: a.number, name: a.name, citations: a.citations, ...(a.note ? { note: a.note } : {}),
  safeguard: a.safeguard ?? false, departments: a.departments ?? [], zones: [...new Set(a.zones ?? [])], carriers: a.carriers ?? [],
  institutions: a.institutions ?? [], enterprises: a.enterprises ?? [], targets: a.targets ?? [],
}));

// ------------------------------------------------------------------ referenced plans

const plans = [
  { id: 'plan:changning-international-boutique-district-indicators', kind: 'referenced',
    name: n0('長寧區關于加快建設具有世界影響力的國際精品城區指標體系', 'Changning District indicator system for accelerating the building of a world-influential international boutique district'),
    citations: [c0('堅持對標《長寧區關于加快建設具有世界影響力的國際精品城區指標體系》')], district: '长宁区', groups: [], cites: [] },
];

// ------------------------------------------------------------------ write

function checkLinks(): void {
  const known = new Set([
    ...carriers.map((c) => c.id), ...institutions.map((i) => i.id), ...enterprises.map((e) => e.id),
    ...targets.map((t) => t.id), ...departments.map((d) => d.id), ...actions.map((a) => a.id),
  ]);
  const refs = [
    ...carriers.flatMap((c) => c.operators ?? []),
    ...actions.flatMap((a) => [...a.carriers, ...a.institutions, ...a.enterprises, ...a.targets, ...a.departments]),
  ];
  for (const r of refs) if (!known.has(r)) throw new Error(`dangling link ${r}`);
}
checkLinks();
if (unprinted.length) console.warn(`names not printed verbatim in 000:\n  ${unprinted.join('\n  ')}`);
if (missing.length) throw new Error(`quotes not in their seed:\n${missing.join('\n')}`);

const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });
const write = (name: string, data: unknown) => writeFileSync(join(out, name), `${JSON.stringify(data, null, 2)}\n`);
write('carriers.geojson', fc(carriers.map((c) => feature(c, true))));
write('institutions.geojson', fc(institutions.map((i) => feature(i, false))));
write('enterprises.geojson', fc(enterprises.map((e) => feature(e, false))));
write('departments.json', departments);
write('targets.json', targets);
write('actions.json', actions);
write('plans.json', plans);
console.log(`changning: ${carriers.length} carriers, ${institutions.length} institutions, ${enterprises.length} enterprises, `
  + `${actions.length} actions, ${targets.length} targets, ${departments.length} departments, ${plans.length} referenced plans`);
