/**
 * Generates the knowledge graph of seed 004 (the municipal 大零号湾 plan) into geodata/minhang/:
 * carriers, institutions, enterprises, actions, targets, departments and the plans it cites.
 * Quotes are checked against the seed (action quotes are cut from it by line); names are converted from
 * Traditional with opencc-js (characters only, plus two Taiwan terms mapped back) and hand-checked overrides.
 * Run: npx tsx scripts/extract/minhang.ts   (see docs/data/minhang.md for the extraction rules)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import type { z } from 'zod';
import {
  zAction, zCarrier, zDepartment, zEnterprise, zInstitution, zPlan, zTarget,
  type Citation, type Name,
} from '../../src/data/schema';
import { SEED_FILES } from '../../src/data/seeds';

const root = join(import.meta.dirname, '..', '..');
const SEED = readFileSync(join(root, 'seeds', SEED_FILES['004']), 'utf8');
const LINES = SEED.split('\n').map((l) => l.trim());
const PLAN = 'plan:dalinghaowan';
const AREA = 'zone:dalinghaowan';

// Character conversion only ('twp' phrase mode rewrites words wrongly: 核心 → 内核, 建立 → 创建, 新增 → 添加),
// then the seed's few Taiwan terms in names back to mainland usage. Every result is eye-checked.
const hk2cn = OpenCC.Converter({ from: 'hk', to: 'cn' });
const TAIWAN_TERMS: [string, string][] = [['人工智慧', '人工智能'], ['智慧型', '智能']];
const t2s = (text: string) => TAIWAN_TERMS.reduce((s, [tw, cn]) => s.replaceAll(tw, cn), hk2cn(text));

/** A citation of seed 004; throws unless the quote is an exact substring. */
function cite(quote: string): Citation {
  if (!SEED.includes(quote)) throw new Error(`not in seed 004: ${quote}`);
  return { seed: '004', quote };
}

/** The one line of the seed that starts with `prefix`. */
function lineStarting(prefix: string): string {
  const hits = LINES.filter((l) => l.startsWith(prefix));
  if (hits.length !== 1) throw new Error(`${hits.length} lines start with ${prefix}`);
  return hits[0];
}

/** The line after the one that starts with `prefix` (a safeguard's body under its title). */
function lineAfter(prefix: string): string {
  const i = LINES.findIndex((l) => l.startsWith(prefix));
  return LINES[i + 1];
}

function name(original: string, en?: string, extra: { zh?: string; aliases?: string[] } = {}): Name {
  return {
    zh: extra.zh ?? t2s(original),
    ...(en ? { en } : {}),
    original,
    ...(extra.aliases ? { aliases: extra.aliases } : {}),
  };
}

// ------------------------------------------------------------------ institutions

const SJTU = 'institution:shanghai-jiao-tong-university';
const ECNU = 'institution:east-china-normal-university';
const SDJU = 'institution:shanghai-dianji-university';
const SAIRI = 'institution:shanghai-ai-research-institute';
const ZIZHU_IRI = 'institution:zizhu-industry-research-institute';
const YRD_ALLIANCE = 'institution:yrd-university-technology-transfer-alliance';
const SJTU_FUTURE = 'institution:sjtu-school-of-future-technology';
const FORWARD_INST = 'institution:forward-looking-innovation-institute';
const ECNU_CTO = 'institution:ecnu-shanghai-international-cto-college';
const TT_TALENT_BASE = 'institution:national-technology-transfer-talent-training-base-east';
const CHUNSHEN = 'institution:minhang-chunshen-pyramid-talent-academy';

const C_AREA_QUOTE = '核心策源區(“C”區),為上海交通大學、華東師範大學等高校院所,依託原始創新成果,為技術創新和產業創新提供支撐。';
const SCI_PARK_QUOTE = '引導上海交通大學、華東師範大學等高校單獨或與區政府及企業合作,通過投資設立大學科技園運營公司等方式,深度參與“大零號灣”建設';
const ARTS_QUOTE = '依託上海交通大學、華東師範大學在人文、藝術、設計和教育等領域的資源和優勢';
const DUTIES_QUOTE = '上海交通大學、華東師範大學以及相關市屬國企,承擔相關職責任務。';
const PLATFORMS_QUOTE = '提升上海人工智慧研究院、紫竹產研院等產業化平台的服務能級,開展跨學科、跨領域協同創新';
const NEW_TRACKS_QUOTE = '依託上海交通大學未來技術學院、前瞻創新研究院及華東師範大學上海國際首席技術官學院等,加強對數字經濟、綠色低碳、元宇宙等新賽道產業布局';
const TALENT_QUOTE = '依託相關高校、國家技術轉移人才培養基地(東部)、閔行春申金字塔人才學院等機構,培育技術轉化專業人才';

const institutions = [
  {
    id: SJTU, kind: 'university', name: name('上海交通大學', 'Shanghai Jiao Tong University'),
    citations: [cite(C_AREA_QUOTE), cite(SCI_PARK_QUOTE), cite(ARTS_QUOTE), cite(DUTIES_QUOTE)],
    note: 'One of the universities of the core origination area (C); takes on duties in the 大零号湾 working mechanism.',
    zones: ['zone:sjtu-minhang-campus', 'zone:dlhw-core-c'],
  },
  {
    id: ECNU, kind: 'university', name: name('華東師範大學', 'East China Normal University'),
    citations: [cite(C_AREA_QUOTE), cite(SCI_PARK_QUOTE), cite(ARTS_QUOTE), cite(DUTIES_QUOTE)],
    note: 'One of the universities of the core origination area (C); takes on duties in the 大零号湾 working mechanism.',
    zones: ['zone:ecnu-minhang-campus', 'zone:dlhw-core-c'],
  },
  {
    id: SDJU, kind: 'university', name: name('上海電機學院', 'Shanghai Dianji University'),
    citations: [cite('支持上海電機學院培育建設市級大學科技園')],
    note: 'The text does not say where it is; no zone linked.',
    zones: [],
  },
  {
    id: SAIRI, kind: 'research-institute',
    name: name('上海人工智慧研究院', 'Shanghai Artificial Intelligence Research Institute', { aliases: ['上海人工智慧研究院'] }),
    citations: [cite(PLATFORMS_QUOTE)],
    note: 'Called an industrialisation platform (产业化平台) in the text. The seed prints the Taiwan term 人工智慧 for 人工智能.',
    zones: [],
  },
  {
    id: ZIZHU_IRI, kind: 'research-institute', name: name('紫竹產研院', 'Zizhu Industry Research Institute'),
    citations: [cite(PLATFORMS_QUOTE)],
    note: 'Short form as printed; called an industrialisation platform (产业化平台) in the text.',
    zones: [],
  },
  {
    id: YRD_ALLIANCE, kind: 'association',
    name: name('長三角高校技術轉移聯盟', 'Yangtze River Delta University Technology Transfer Alliance'),
    citations: [cite('充分發揮長三角高校技術轉移聯盟作用,引導和鼓勵長三角高校成果轉化落地')],
    zones: [],
  },
  {
    id: SJTU_FUTURE, kind: 'university',
    name: name('上海交通大學未來技術學院', 'School of Future Technology, Shanghai Jiao Tong University'),
    citations: [cite(NEW_TRACKS_QUOTE)],
    note: 'A school of Shanghai Jiao Tong University (institution:shanghai-jiao-tong-university).',
    zones: [],
  },
  {
    id: FORWARD_INST, kind: 'research-institute', name: name('前瞻創新研究院', 'Forward-looking Innovation Research Institute'),
    citations: [cite(NEW_TRACKS_QUOTE)],
    note: 'Printed between SJTU\'s School of Future Technology and ECNU\'s college; the text does not say which body it belongs to. English name is a plain translation.',
    zones: [],
  },
  {
    id: ECNU_CTO, kind: 'university',
    name: name('華東師範大學上海國際首席技術官學院', 'Shanghai International Chief Technology Officer College, East China Normal University'),
    citations: [cite(NEW_TRACKS_QUOTE)],
    note: 'A college of East China Normal University (institution:east-china-normal-university). English name is a plain translation.',
    zones: [],
  },
  {
    id: TT_TALENT_BASE, kind: 'government-platform',
    name: name('國家技術轉移人才培養基地(東部)', 'National Technology Transfer Talent Training Base (East)'),
    citations: [cite(TALENT_QUOTE)],
    note: 'Listed among the bodies (机构) that train technology-transfer professionals.',
    zones: [],
  },
  {
    id: CHUNSHEN, kind: 'other',
    name: name('閔行春申金字塔人才學院', 'Minhang Chunshen Pyramid Talent Academy'),
    citations: [cite(TALENT_QUOTE)],
    note: 'A talent-training academy (人才学院), listed among the bodies (机构) that train technology-transfer professionals. English name is a plain translation.',
    zones: [],
  },
];

// ------------------------------------------------------------------ carriers

const SJTU_PARK = 'carrier:sjtu-science-park';
const ECNU_PARK = 'carrier:ecnu-science-park-minhang-zizhu-base';
const SDJU_PARK = 'carrier:sdju-university-science-park';
const ZIZHU = 'carrier:zizhu-hi-tech-zone';
const SMART_MED = 'carrier:smart-medical-innovation-demo-base';
const SJTU_NORTH = 'carrier:sjtu-north-campus';
const PARK_BELT = 'carrier:campus-ring-park-belt';
const HQ_BASE = 'carrier:riverside-leading-enterprise-hq-base';

const CHANGQING_QUOTE = '以常青工業園和智慧型醫療創新示範基地轉型升級為依託,結合上海交通大學北校區建設,打造創新成果產業化重要承載地';
const STREETS_QUOTE = '建設劍川路科創大道、橫涇港科創水街和環高校公園帶,提升開放式街區形態和品質';

const carriers = [
  {
    id: SJTU_PARK, kind: 'science-park', name: name('上海交通大學科技園', 'Shanghai Jiao Tong University Science Park'),
    citations: [cite('支持上海交通大學科技園開展“未來產業科技園”建設試點'), cite(SCI_PARK_QUOTE)],
    note: 'The plan supports it as a pilot "future industry science park" (未来产业科技园). Linked to 大零号湾 because the task asks the universities\' science parks to take part in building it; the text gives no address.',
    zones: [AREA], operators: [SJTU],
  },
  {
    id: ECNU_PARK, kind: 'science-park',
    name: name('華東師範大學科技園閔行(紫竹)基地', 'East China Normal University Science Park, Minhang (Zizhu) Base'),
    citations: [cite('支持華東師範大學科技園閔行(紫竹)基地建設'), cite(SCI_PARK_QUOTE)],
    note: 'Linked to 大零号湾 because the task asks the universities\' science parks to take part in building it; "(紫竹)" in the name is the only location the text gives.',
    zones: [AREA], operators: [ECNU],
  },
  {
    id: SDJU_PARK, kind: 'science-park',
    name: name('上海電機學院市級大學科技園', 'Shanghai Dianji University science park (municipal level, to be developed)'),
    citations: [cite('支持上海電機學院培育建設市級大學科技園')],
    note: 'A planned park: the text supports the university in developing a municipal-level university science park and gives it no name of its own; the name here is descriptive. No location given.',
    zones: [], operators: [SDJU],
  },
  {
    id: ZIZHU, kind: 'science-park', name: name('紫竹高新區', 'Zizhu Hi-Tech Zone'),
    citations: [cite('開放創新區(“O”區)包括紫竹高新區研發基地、江川濱江區域等,重點承接“T區”成長壯大的企業溢出和加速服務')],
    note: 'The text names only its R&D base (紫竹高新区研发基地, mapped as zone:zizhu-rd-base), part of the open innovation area (O); the hi-tech zone as a whole is not delimited in the text.',
    zones: ['zone:zizhu-rd-base', 'zone:dlhw-open-o'], operators: [],
  },
  {
    id: SMART_MED, kind: 'base',
    name: name('智慧型醫療創新示範基地', 'Smart Medical Innovation Demonstration Base', { zh: '智能医疗创新示范基地', aliases: ['智慧型医疗创新示范基地'] }),
    citations: [cite(CHANGQING_QUOTE)],
    note: 'Its upgrade, with 常青工业园\'s, is to make an industrialisation hub for research results. The seed prints the Taiwan term 智慧型 for 智能. The text gives no location beyond the 大零号湾 plan.',
    zones: [AREA], operators: [],
  },
  {
    id: SJTU_NORTH, kind: 'other', name: name('上海交通大學北校區', 'Shanghai Jiao Tong University North Campus'),
    citations: [cite(CHANGQING_QUOTE)],
    note: 'A campus under construction that the plan ties to the 常青工业园 upgrade; not the same as zone:sjtu-minhang-campus. The text does not give its place.',
    zones: [AREA], operators: [SJTU],
  },
  {
    id: PARK_BELT, kind: 'other', name: name('環高校公園帶', 'Park belt around the universities'),
    citations: [cite(STREETS_QUOTE)],
    note: 'A planned green belt around the university campuses, part of the campus-surroundings improvement project (环高校周边环境提升工程).',
    zones: [AREA], operators: [],
  },
  {
    id: HQ_BASE, kind: 'base', name: name('龍頭企業總部基地', 'Headquarters base for leading enterprises'),
    citations: [cite('吸引和培育一批科技類高能級、總部型企業入駐,打造龍頭企業總部基地')],
    note: 'Planned inside the riverside innovation community (滨江沿线科创社区); the name is generic as printed.',
    zones: ['zone:riverside-innovation-community'], operators: [],
  },
];

// ------------------------------------------------------------------ enterprises

const SPECIAL_FUND = 'enterprise:dalinghaowan-special-fund';

const enterprises = [
  {
    id: SPECIAL_FUND, kind: 'investor',
    name: name('“大零號灣”專項基金', 'Da Ling Hao Wan special fund', { zh: '“大零号湾”专项基金' }),
    citations: [cite('引導和鼓勵高校校友以及各類社會力量聯合設立“大零號灣”專項基金')],
    note: 'A planned fund: university alumni and other private parties are to be encouraged to set it up jointly. Not yet an existing investor in the text.',
    zones: [AREA],
  },
];

// ------------------------------------------------------------------ departments

const SSTC = 'department:sh-science-commission';
const SMEC = 'department:sh-education-commission';
const MINHANG = 'department:minhang-district-government';
const DLHW_COMMITTEE = 'department:dalinghaowan-administrative-committee';
const MOST = 'department:ministry-of-science-and-technology';
const MECHANISM_QUOTE = '市科委、市教委負責統籌協調推進工作';
const COMMITTEE_QUOTE = '閔行區牽頭成立“大零號灣”管委會,負責區域規劃、開發建設、項目推進和溝通協調等工作';

const departments = [
  {
    id: SSTC, plans: [PLAN],
    name: name('上海市科學技術委員會', 'Shanghai Municipal Science and Technology Commission', { aliases: ['市科委'] }),
    citations: [cite('2023年,上海市科學技術委員會等7部門印發《推進“大零號灣”科技創新策源功能區建設方案》。'), cite(MECHANISM_QUOTE)],
    note: 'Lead issuer of the plan (with six other, unnamed, departments); co-ordinates the work with the education commission.',
    variants: ['上海市科學技術委員會', '上海市科学技术委员会', '市科委'],
  },
  {
    id: SMEC, plans: [PLAN],
    name: name('市教委', 'Shanghai Municipal Education Commission', { zh: '上海市教育委员会', aliases: ['市教委'] }),
    citations: [cite(MECHANISM_QUOTE)],
    note: 'Printed only as the short form 市教委; co-ordinates the work with the science commission.',
    variants: ['市教委'],
  },
  {
    id: MINHANG, plans: [PLAN], name: name('閔行區', 'Minhang District government'),
    citations: [cite('建立由分管市領導牽頭,市相關部門以及閔行區、高校院所共同組成的“大零號灣”建設專項工作機制'), cite(COMMITTEE_QUOTE)],
    note: 'District level. Member of the 大零号湾 working mechanism; leads the setting-up of the 大零号湾 administrative committee.',
    variants: ['閔行區', '闵行区'],
  },
  {
    id: DLHW_COMMITTEE, plans: [PLAN],
    name: name('“大零號灣”管委會', 'Da Ling Hao Wan Administrative Committee', { zh: '大零号湾管委会', aliases: ['“大零号湾”管委会'] }),
    citations: [cite(COMMITTEE_QUOTE)],
    note: 'Set up under Minhang District\'s lead; responsible for area planning, development and construction, project promotion and co-ordination.',
    variants: ['“大零號灣”管委會', '“大零号湾”管委会', '大零号湾管委会'],
  },
  {
    id: MOST, plans: [PLAN], name: name('科技部', 'Ministry of Science and Technology (national)'),
    citations: [cite('積極爭取科技部重大科技成果產業化示範工程項目、人工智慧智慧城市及重大工程套用場景落地')],
    note: 'National level. Named only as the source of demonstration projects the area should compete for; given no responsibility in the plan, so no action lists it as a responsible department.',
    variants: ['科技部'],
  },
];

// ------------------------------------------------------------------ targets

const NEAR = cite('1.近期:至2023年底');
const NEAR_FIGURES = cite('高新技術企業達600家以上,估值億元以上企業達70家以上,上市企業達10家以上。');
const MID = cite('2.中期:至2025年');
const MID_FIGURES = cite('高新技術企業達1000家以上,新增上市企業達20家以上,區域產值規模達千億元級。');
const FAR = cite('3.遠期:至2035年');
const FAR_FIGURE = cite('形成萬億市值的高技術企業集群');

interface TargetSpec {
  slug: string;
  year: number;
  /** The figure's phrase as printed, e.g. "高新技術企業達600家以上"; the record's name is built from it. */
  phrase: string;
  metric: Name;
  /** Absent for a qualitative target (a goal in words only). */
  value?: number;
  comparator: 'gte' | 'approx' | 'increase' | 'qualitative';
  unit?: string;
  /** The figure as printed (Traditional where the seed is). */
  valueText: string;
  en: string;
  citations: Citation[];
  note?: string;
}

const BY_END_2023 = 'Near-term goal "by the end of 2023" (至2023年底).';

const NEAR_RD = cite('全社會研發經費投入占GDP的比重持續保持全市領先水平');

const TARGETS: TargetSpec[] = [
  {
    // A goal in words: no figure to chart, shown as text.
    slug: 'rd-intensity', year: 2023, phrase: '全社會研發經費投入占GDP的比重持續保持全市領先水平',
    metric: name('全社會研發經費投入占GDP的比重', 'R&D expenditure as a share of GDP'),
    comparator: 'qualitative', valueText: '持續保持全市領先水平', en: 'R&D expenditure as a share of GDP stays among the highest in Shanghai by the end of 2023',
    citations: [NEAR, NEAR_RD], note: BY_END_2023,
  },
  {
    slug: 'high-tech-enterprises', year: 2023, phrase: '高新技術企業達600家以上', metric: name('高新技術企業', 'High-tech enterprises'),
    value: 600, comparator: 'gte', unit: '家', valueText: '600家以上', en: 'At least 600 high-tech enterprises by the end of 2023',
    citations: [NEAR, NEAR_FIGURES], note: BY_END_2023,
  },
  {
    slug: 'enterprises-valued-over-100m-yuan', year: 2023, phrase: '估值億元以上企業達70家以上',
    metric: name('估值億元以上企業', 'Enterprises valued at 100 million yuan or more'),
    value: 70, comparator: 'gte', unit: '家', valueText: '70家以上', en: 'At least 70 enterprises valued at 100 million yuan or more by the end of 2023',
    citations: [NEAR, NEAR_FIGURES], note: BY_END_2023,
  },
  {
    slug: 'listed-enterprises', year: 2023, phrase: '上市企業達10家以上', metric: name('上市企業', 'Listed enterprises'),
    value: 10, comparator: 'gte', unit: '家', valueText: '10家以上', en: 'At least 10 listed enterprises by the end of 2023',
    citations: [NEAR, NEAR_FIGURES], note: BY_END_2023,
  },
  {
    slug: 'high-tech-enterprises', year: 2025, phrase: '高新技術企業達1000家以上', metric: name('高新技術企業', 'High-tech enterprises'),
    value: 1000, comparator: 'gte', unit: '家', valueText: '1000家以上', en: 'At least 1000 high-tech enterprises by 2025',
    citations: [MID, MID_FIGURES],
  },
  {
    slug: 'newly-listed-enterprises', year: 2025, phrase: '新增上市企業達20家以上', metric: name('新增上市企業', 'Newly listed enterprises'),
    value: 20, comparator: 'increase', unit: '家', valueText: '20家以上', en: 'At least 20 newly listed enterprises by 2025',
    citations: [MID, MID_FIGURES], note: 'At least (以上) 20 new listings; comparator "increase" for 新增.',
  },
  {
    slug: 'regional-output', year: 2025, phrase: '區域產值規模達千億元級', metric: name('區域產值規模', 'Regional output value'),
    value: 1000, comparator: 'gte', unit: '亿元', valueText: '千億元級', en: 'Regional output on the 100-billion-yuan scale by 2025',
    citations: [MID, MID_FIGURES],
    note: '"千億元級" is the hundred-billion-yuan scale: recorded as reaching (達) 1000 亿元.',
  },
  {
    slug: 'high-tech-cluster-market-value', year: 2035, phrase: '形成萬億市值的高技術企業集群',
    metric: name('高技術企業集群市值', 'Market value of the high-tech enterprise cluster'),
    value: 10000, comparator: 'approx', unit: '亿元', valueText: '萬億市值', en: 'A high-tech enterprise cluster with a trillion-yuan market value by 2035',
    citations: [FAR, FAR_FIGURE],
    note: '"萬億市值" is a trillion-yuan market value, an order of magnitude: recorded as about 10000 亿元.',
  },
];

const targets = TARGETS.map((t) => ({
  id: `target:dlhw-${t.year}-${t.slug}`, plan: PLAN, kind: 'target',
  name: { zh: `${t.year}年${t2s(t.phrase)}`, en: t.en },
  citations: t.citations, ...(t.note ? { note: t.note } : {}),
  metric: t.metric, ...(t.value === undefined ? {} : { value: t.value }), comparator: t.comparator, ...(t.unit ? { unit: t.unit } : {}),
  valueText: t.valueText, year: t.year, zones: [AREA],
}));

// ------------------------------------------------------------------ actions

interface ActionSpec {
  group: 'g1' | 'g2' | 'g3' | 'g4' | 'g5';
  number: string;
  /** Start of the task's line in the seed: "1.提升高校院所". */
  prefix: string;
  en: string;
  zones?: string[];
  carriers?: string[];
  institutions?: string[];
  enterprises?: string[];
  note?: string;
}

const ACTIONS: ActionSpec[] = [
  { group: 'g1', number: '1', prefix: '1.提升高校院所創新策源能力', en: 'Raise the innovation-origination capacity of universities and institutes' },
  { group: 'g1', number: '2', prefix: '2.培育戰略科技力量', en: 'Build strategic science and technology strength', institutions: [SAIRI, ZIZHU_IRI] },
  { group: 'g1', number: '3', prefix: '3.建設一批高水平新型研發機構', en: 'Build high-level new-type R&D institutions' },
  { group: 'g1', number: '4', prefix: '4.提升龍頭企業創新主體支撐能力', en: 'Strengthen leading enterprises as innovators' },
  { group: 'g2', number: '1', prefix: '1.深化科技成果轉化體系建設', en: 'Deepen the system for transferring research results', institutions: [YRD_ALLIANCE] },
  {
    group: 'g2', number: '2', prefix: '2.強化大學科技園核心功能', en: 'Strengthen the core functions of university science parks',
    zones: [AREA], carriers: [SJTU_PARK, ECNU_PARK, SDJU_PARK], institutions: [SJTU, ECNU, SDJU],
  },
  { group: 'g2', number: '3', prefix: '3.推動高校創新資源開放共享', en: 'Open up universities\' innovation resources for shared use' },
  { group: 'g2', number: '4', prefix: '4.完善科技金融服務體系', en: 'Improve science-and-technology finance services' },
  { group: 'g2', number: '5', prefix: '5.打造全生命周期轉化孵化服務鏈', en: 'Build a full-life-cycle transfer and incubation service chain' },
  { group: 'g3', number: '1', prefix: '1.打造生物醫藥產業集群', en: 'Build a biomedicine industry cluster' },
  { group: 'g3', number: '2', prefix: '2.培育人工智慧產業集群', en: 'Grow an artificial-intelligence industry cluster', zones: ['zone:maqiao-ai-zone'] },
  { group: 'g3', number: '3', prefix: '3.構築高端裝備產業集群', en: 'Build a high-end equipment industry cluster' },
  {
    group: 'g3', number: '4', prefix: '4.布局未來產業新賽道', en: 'Lay out new tracks for future industries',
    institutions: [SJTU_FUTURE, FORWARD_INST, ECNU_CTO, SJTU, ECNU],
  },
  { group: 'g4', number: '1', prefix: '1.培育引進世界一流高層次人才', en: 'Cultivate and attract world-class high-level talent' },
  { group: 'g4', number: '2', prefix: '2.強化重點產業領域人才支撐', en: 'Strengthen talent support for key industries' },
  { group: 'g4', number: '3', prefix: '3.實施創新創業人才匯聚計畫', en: 'Run a programme to gather innovation and entrepreneurship talent', institutions: [TT_TALENT_BASE, CHUNSHEN] },
  { group: 'g4', number: '4', prefix: '4.強化以人為本服務保障', en: 'Strengthen people-centred services for talent' },
  {
    group: 'g5', number: '1', prefix: '1.提升科創街區服務能級', en: 'Raise the service level of the innovation streets',
    zones: ['zone:jianchuan-cangyuan-blocks', 'zone:jianchuan-road-avenue', 'zone:hengjinggang-water-street'], carriers: [PARK_BELT],
  },
  {
    group: 'g5', number: '2', prefix: '2.促進工業園區轉型升級', en: 'Transform and upgrade industrial parks',
    zones: ['zone:changqing-industrial-park'], carriers: [SMART_MED, SJTU_NORTH], institutions: [SJTU],
  },
  {
    group: 'g5', number: '3', prefix: '3.建設濱江沿線科創社區', en: 'Build the riverside innovation community',
    zones: ['zone:riverside-innovation-community'], carriers: [HQ_BASE],
  },
  { group: 'g5', number: '4', prefix: '4.加強信息基礎設施建設', en: 'Strengthen information infrastructure' },
  { group: 'g5', number: '5', prefix: '5.營造人文藝術融合氛圍', en: 'Foster a blend of the humanities and the arts', institutions: [SJTU, ECNU] },
];

interface SafeguardSpec {
  number: string;
  /** The safeguard's title line in the seed: "(一)建立工作推進機制". */
  title: string;
  en: string;
  departments?: string[];
  zones?: string[];
  institutions?: string[];
  enterprises?: string[];
  note?: string;
}

const SAFEGUARDS: SafeguardSpec[] = [
  {
    number: '(一)', title: '(一)建立工作推進機制', en: 'Set up a working mechanism', departments: [SSTC, SMEC, MINHANG, DLHW_COMMITTEE], zones: [AREA], institutions: [SJTU, ECNU],
    note: 'Departments in printed order of their roles: 市科委 and 市教委 co-ordinate; 闵行区 sets up the 大零号湾 administrative committee, which runs planning, development and project work.',
  },
  {
    number: '(二)', title: '(二)加大政策支持力度', en: 'Increase policy support', zones: [AREA], institutions: [SJTU], enterprises: [SPECIAL_FUND],
    note: 'Cites three earlier policies (plan:minhang-national-tech-transfer-demo-zone, plan:sjtu-tech-transfer-reform-pilot, plan:sh-university-science-park-guidance).',
  },
  {
    number: '(三)', title: '(三)強化資源支撐保障', en: 'Strengthen resource support', zones: [AREA],
    note: 'Names 科技部 (department:ministry-of-science-and-technology) only as the source of demonstration projects to compete for, not as a responsible department.',
  },
  { number: '(四)', title: '(四)加強定期監測評估', en: 'Strengthen regular monitoring and evaluation', zones: [AREA] },
];

const CN_NUM: Record<string, string> = { '(一)': '1', '(二)': '2', '(三)': '3', '(四)': '4' };

/** The task title: the line's text between "N." and the first "。". */
function titleOf(line: string): string {
  return line.replace(/^\d+\./, '').split('。')[0];
}

const actions = [
  ...ACTIONS.map((a) => {
    const line = lineStarting(a.prefix);
    const original = titleOf(line);
    return {
      id: `action:dlhw-${a.group}-${a.number}`, plan: PLAN, group: a.group, number: a.number,
      name: name(original, a.en), citations: [cite(line)], ...(a.note ? { note: a.note } : {}),
      safeguard: false, departments: [],
      zones: a.zones ?? [], carriers: a.carriers ?? [], institutions: a.institutions ?? [], enterprises: a.enterprises ?? [], targets: [],
    };
  }),
  ...SAFEGUARDS.map((s) => {
    const title = lineStarting(s.title);
    const original = title.slice(s.number.length);
    return {
      id: `action:dlhw-safeguard-${CN_NUM[s.number]}`, plan: PLAN, group: 'safeguards', number: s.number,
      name: name(original, s.en), citations: [cite(title), cite(lineAfter(s.title))], ...(s.note ? { note: s.note } : {}),
      safeguard: true, departments: s.departments ?? [],
      zones: s.zones ?? [], carriers: [], institutions: s.institutions ?? [], enterprises: s.enterprises ?? [], targets: [],
    };
  }),
];

// ------------------------------------------------------------------ referenced plans

const plans = [
  {
    id: 'plan:minhang-national-tech-transfer-demo-zone', kind: 'referenced',
    name: name('上海閔行國家科技成果轉移轉化示範區', 'Shanghai Minhang National Demonstration Zone for the Transfer of Research Results'),
    citations: [cite('充分用好開展“上海閔行國家科技成果轉移轉化示範區”建設、“上海交通大學科技成果轉化專項改革試點”等形成的先行先試政策')],
    note: 'A national demonstration-zone programme, not a single document: the plan cites the pilot policies formed in building it.',
    groups: [], cites: [],
  },
  {
    id: 'plan:sjtu-tech-transfer-reform-pilot', kind: 'referenced',
    name: name('上海交通大學科技成果轉化專項改革試點', 'Shanghai Jiao Tong University special reform pilot on the transfer of research results'),
    citations: [cite('充分用好開展“上海閔行國家科技成果轉移轉化示範區”建設、“上海交通大學科技成果轉化專項改革試點”等形成的先行先試政策')],
    note: 'A reform pilot, not a single document: the plan cites the pilot policies it produced.',
    groups: [], cites: [],
  },
  {
    id: 'plan:sh-university-science-park-guidance', kind: 'referenced',
    name: name('關於加快推進我市大學科技園高質量發展指導意見', 'Guiding Opinions on Accelerating the High-Quality Development of Shanghai\'s University Science Parks'),
    citations: [cite('以及“關於加快推進我市大學科技園高質量發展指導意見”等,強化政策聯動效應')],
    note: 'A municipal policy document ("我市" = Shanghai); the text gives neither issuer nor date.',
    groups: [], cites: [],
  },
];

// ------------------------------------------------------------------ output

// No record of seed 004 has honest point evidence (see docs/data/minhang.md): every geometry is null.
const feature = (properties: object) => ({ type: 'Feature', properties, geometry: null });

function check<T>(schema: z.ZodType<T>, records: unknown[]): void {
  for (const r of records) {
    const parsed = schema.safeParse(r);
    if (!parsed.success) throw new Error(`${JSON.stringify(r).slice(0, 80)}: ${parsed.error.message}`);
  }
}

function write(file: string, content: unknown): void {
  writeFileSync(join(root, 'geodata', 'minhang', file), `${JSON.stringify(content, null, 2)}\n`);
}

const collection = (records: object[]) => ({ type: 'FeatureCollection', features: records.map(feature) });
const outputs: [string, z.ZodType, unknown[], boolean][] = [
  ['institutions.geojson', zInstitution, institutions, true],
  ['carriers.geojson', zCarrier, carriers, true],
  ['enterprises.geojson', zEnterprise, enterprises, true],
  ['departments.json', zDepartment, departments, false],
  ['targets.json', zTarget, targets, false],
  ['actions.json', zAction, actions, false],
  ['plans.json', zPlan, plans, false],
];
for (const [file, schema, records, geojson] of outputs) {
  const content = geojson ? collection(records as object[]) : records;
  // Round-trip through JSON so that undefined fields are dropped before the schema check.
  const plain = JSON.parse(JSON.stringify(content));
  check(schema, geojson ? plain.features : plain);
  write(file, plain);
  console.log(`${file}: ${records.length}`);
}
