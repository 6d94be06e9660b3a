/**
 * Generates the knowledge graph of seed 003 (Jing'an 2023-2025 plan) into `geodata/jingan/`:
 * carriers, institutions, enterprises, actions, targets, departments and referenced plans.
 * Every quote is checked against the seed before writing; run with `npx tsx scripts/extract/jingan.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_FILES } from '../../src/data/seeds';

const root = join(import.meta.dirname, '..', '..');
const SEED = readFileSync(join(root, 'seeds', SEED_FILES['003']), 'utf8');
const PLAN = 'plan:jingan-2023-2025';
const OUT = join(root, 'geodata', 'jingan');

interface Cite { seed: '003'; quote: string }
interface Name { zh: string; en?: string; aliases?: string[] }

/** A citation whose quote must be an exact substring of seed 003. */
function q(quote: string): Cite {
  if (!SEED.includes(quote)) throw new Error(`not in seed 003: ${quote}`);
  return { seed: '003', quote };
}

// ---------------------------------------------------------------- departments

interface DeptSpec { id: string; name: Name; printed: string[]; note?: string; extraQuotes?: string[]; otherSpellings?: string[] }

/**
 * `printed`: every spelling used in the 责任部门 lists (merged variants); other mentions via extraQuotes;
 * otherSpellings: further spellings found in the text (outside the lists, or parts of a compound entry).
 */
const DEPARTMENTS: DeptSpec[] = [
  { id: 'department:jingan-district-committee', name: { zh: '中共上海市静安区委', en: "CPC Jing'an District Committee", aliases: ['静安区委'] }, printed: [], otherSpellings: ['中共上海市静安区委'],
    note: 'Co-issuer of the plan; not named in any 责任部门 list.', extraQuotes: ['中共上海市静安区委 上海市静安区人民政府印发《静安区进一步增强科技创新动能三年行动方案(2023-2025)》的通知'] },
  { id: 'department:jingan-district-government', name: { zh: '上海市静安区人民政府', en: "Jing'an District People's Government", aliases: ['静安区政府'] }, printed: [], otherSpellings: ['上海市静安区人民政府'],
    note: 'Co-issuer of the plan; not named in any 责任部门 list.', extraQuotes: ['中共上海市静安区委 上海市静安区人民政府印发《静安区进一步增强科技创新动能三年行动方案(2023-2025)》的通知'] },
  { id: 'department:sh-municipal-party-committee', name: { zh: '中共上海市委', en: 'CPC Shanghai Municipal Committee', aliases: ['市委'] }, printed: [], otherSpellings: ['市委'],
    note: 'Named as 市委 in the preamble and guiding thought (its requirements and decisions); no task is assigned to it.',
    extraQuotes: ['为深入贯彻市委、市政府关于找准创新“核爆点”、加快建设科技创新中心的要求', '按照市委、市政府决策部署'] },
  { id: 'department:sh-municipal-government', name: { zh: '上海市人民政府', en: "Shanghai Municipal People's Government", aliases: ['市政府'] }, printed: [], otherSpellings: ['市政府'],
    note: 'Named as 市政府 in the preamble and guiding thought; no task is assigned to it.',
    extraQuotes: ['为深入贯彻市委、市政府关于找准创新“核爆点”、加快建设科技创新中心的要求', '按照市委、市政府决策部署'] },
  { id: 'department:jingan-science-commission', name: { zh: '静安区科学技术委员会', en: "Jing'an District Science and Technology Commission", aliases: ['区科委'] }, printed: ['区科委'] },
  { id: 'department:jingan-cyberspace-office', name: { zh: '中共静安区委网络安全和信息化委员会办公室', en: "Cyberspace Affairs Office of the CPC Jing'an District Committee", aliases: ['区委网信办'] }, printed: ['区委网信办'] },
  { id: 'department:jingan-shibei-hi-tech-group', name: { zh: '市北高新集团', en: 'Shibei Hi-Tech Group' }, printed: ['市北高新集团'],
    note: 'A district state-owned development group (the developer of the 市北高新 functional zone) listed among the 责任部门; kept as a department because actions can only name departments.' },
  { id: 'department:jingan-daning-group', name: { zh: '大宁集团', en: 'Daning Group' }, printed: ['大宁集团'],
    note: 'A district state-owned group (大宁 functional zone) listed among the 责任部门; kept as a department because actions can only name departments.' },
  { id: 'department:jingan-suhe-bay-group', name: { zh: '苏河湾集团', en: 'Suhe Bay Group' }, printed: ['苏河湾集团'],
    note: 'A district state-owned group (苏河湾 functional zone) listed among the 责任部门; kept as a department because actions can only name departments.' },
  { id: 'department:jingan-investment-group', name: { zh: '静投集团', en: "Jing'an Investment Group" }, printed: ['静投集团'],
    note: 'A district state-owned investment group listed among the 责任部门; kept as a department because actions can only name departments.' },
  { id: 'department:jingan-jiubai-group', name: { zh: '九百集团', en: 'Jiubai Group' }, printed: ['九百集团'],
    note: 'A district state-owned group listed among the 责任部门 of task 10; kept as a department because actions can only name departments.' },
  { id: 'department:jingan-government-data-center', name: { zh: '静安区政务数据管理中心', en: "Jing'an District Government Data Management Center", aliases: ['区政务数据管理中心', '区行政服务中心'] },
    printed: ['区政务数据管理中心', '区行政服务中心(区行政务数据管理中心)'], otherSpellings: ['区行政服务中心', '区行政务数据管理中心'],
    note: 'Task 10 prints 区行政服务中心(区行政务数据管理中心): read as one body with two names (区行政服务中心 / 区政务数据管理中心), the second misspelt 区行政务数据管理中心; merged with 区政务数据管理中心 of tasks 1, 11 and 12.' },
  { id: 'department:jingan-development-reform-commission', name: { zh: '静安区发展和改革委员会', en: "Jing'an District Development and Reform Commission", aliases: ['区发展改革委'] }, printed: ['区发展改革委'] },
  { id: 'department:jingan-culture-tourism-bureau', name: { zh: '静安区文化和旅游局', en: "Jing'an District Culture and Tourism Bureau", aliases: ['区文化旅游局'] }, printed: ['区文化旅游局'] },
  { id: 'department:jingan-health-commission', name: { zh: '静安区卫生健康委员会', en: "Jing'an District Health Commission", aliases: ['区卫生健康委'] }, printed: ['区卫生健康委'] },
  { id: 'department:jingan-commerce-commission', name: { zh: '静安区商务委员会', en: "Jing'an District Commerce Commission", aliases: ['区商务委', '商务委'] }, printed: ['区商务委', '商务委'],
    note: 'Task 15 prints 商务委 without the 区 prefix; merged.' },
  { id: 'department:jingan-investment-promotion-office', name: { zh: '静安区投资促进办公室', en: "Jing'an District Investment Promotion Office", aliases: ['区投资办'] }, printed: ['区投资办'] },
  { id: 'department:jingan-ecology-environment-bureau', name: { zh: '静安区生态环境局', en: "Jing'an District Ecology and Environment Bureau", aliases: ['区生态环境局'] }, printed: ['区生态环境局'] },
  { id: 'department:jingan-financial-office', name: { zh: '静安区金融服务办公室', en: "Jing'an District Financial Services Office", aliases: ['区金融办'] }, printed: ['区金融办'] },
  { id: 'department:jingan-human-resources-social-security-bureau', name: { zh: '静安区人力资源和社会保障局', en: "Jing'an District Human Resources and Social Security Bureau", aliases: ['区人力资源社会保障局'] }, printed: ['区人力资源社会保障局'] },
  { id: 'department:jingan-market-supervision-bureau', name: { zh: '静安区市场监督管理局', en: "Jing'an District Administration for Market Regulation", aliases: ['区市场监管局'] }, printed: ['区市场监管局'] },
  { id: 'department:jingan-finance-bureau', name: { zh: '静安区财政局', en: "Jing'an District Finance Bureau", aliases: ['区财政局'] }, printed: ['区财政局'] },
  { id: 'department:jingan-tax-bureau', name: { zh: '静安区税务分局', en: "Jing'an District Tax Branch", aliases: ['区税务分局'] }, printed: ['区税务分局'] },
  { id: 'department:jingan-four-functional-zones', name: { zh: '四大功能区', en: 'the four functional zones' }, printed: ['四大功能区'],
    note: "The managing bodies of Jing'an's four functional zones, listed as one 责任部门; task 11 names them as 市北高新、大宁、苏河湾、南京西路 (zone:shibei-hi-tech, zone:daning, zone:suhe-bay, zone:nanjing-west-road)." },
  { id: 'department:jingan-justice-bureau', name: { zh: '静安区司法局', en: "Jing'an District Justice Bureau", aliases: ['区司法局'] }, printed: ['区司法局'] },
  { id: 'department:jingan-talent-office', name: { zh: '静安区人才办', en: "Jing'an District Talent Office", aliases: ['区人才办'] }, printed: ['区人才办'] },
  { id: 'department:jingan-housing-bureau', name: { zh: '静安区住房保障和房屋管理局', en: "Jing'an District Housing Security and Administration Bureau", aliases: ['区房管局'] }, printed: ['区房管局'] },
  { id: 'department:jingan-press-office', name: { zh: '静安区人民政府新闻办公室', en: "Jing'an District Government Information Office", aliases: ['区新闻办'] }, printed: ['区新闻办'] },
  { id: 'department:jingan-civil-affairs-bureau', name: { zh: '静安区民政局', en: "Jing'an District Civil Affairs Bureau", aliases: ['区民政局'] }, printed: ['区民政局'] },
  { id: 'department:jingan-construction-management-commission', name: { zh: '静安区建设和管理委员会', en: "Jing'an District Construction and Management Commission", aliases: ['区建设管理委', '区建管委'] },
    printed: ['区建设管理委', '区建管委'], note: 'Printed 区建设管理委 in task 10 and 区建管委 in task 11; merged.' },
  { id: 'department:jingan-area-affairs-office', name: { zh: '静安区地区工作办公室', en: "Jing'an District Area Affairs Office", aliases: ['区地区办'] }, printed: ['区地区办'] },
  { id: 'department:jingan-city-operation-center', name: { zh: '静安区城市运行管理中心', en: "Jing'an District City Operation Management Center", aliases: ['区城运中心'] }, printed: ['区城运中心'] },
  { id: 'department:jingan-education-bureau', name: { zh: '静安区教育局', en: "Jing'an District Education Bureau", aliases: ['区教育局'] }, printed: ['区教育局'] },
  { id: 'department:jingan-linfen-road-subdistrict', name: { zh: '临汾路街道', en: 'Linfen Road Subdistrict' }, printed: ['临汾路街道'],
    note: 'A subdistrict (街道) office listed among the 责任部门 of task 10.' },
  { id: 'department:jingan-other-departments', name: { zh: '区其他相关部门', en: 'other relevant district departments' }, printed: ['区其他相关部门'],
    note: 'A catch-all entry closing the 责任部门 list of task 10; kept so the printed list stays complete.' },
  { id: 'department:jingan-science-association', name: { zh: '静安区科学技术协会', en: "Jing'an District Association for Science and Technology", aliases: ['区科协'] }, printed: ['区科协'] },
  { id: 'department:relevant-operators', name: { zh: '相关运营商', en: 'relevant (telecom) operators' }, printed: ['相关运营商'],
    note: 'A catch-all entry closing the 责任部门 list of task 11 (5G, broadband and data-centre build-out); no operator is named.' },
  { id: 'department:jingan-planning-resources-bureau', name: { zh: '静安区规划和自然资源局', en: "Jing'an District Planning and Natural Resources Bureau", aliases: ['区规划资源局'] },
    printed: ['区规化资源局'], note: 'Printed only as 区规化资源局 (task 13), a typo for 区规划资源局.' },
];

// ---------------------------------------------------------------- places

interface PlaceSpec {
  id: string; kind: string; name: Name; quotes: string[]; zones?: string[]; operators?: string[]; note?: string;
}

const CARRIERS: PlaceSpec[] = [
  { id: 'carrier:shibei-blockchain-eco-valley', kind: 'park',
    name: { zh: '上海市区块链生态谷', en: 'Shanghai Blockchain Eco-Valley', aliases: ['市北上海市区块链生态谷', '市北区块链生态谷', '上海区块链生态谷'] },
    quotes: ['以市北上海市区块链生态谷为核心承载区,吸引汇聚一批优秀区块链创新企业', '依托区内国家重点实验室、市北区块链生态谷、国泰君安、光大证券等平台', '将市北高新功能区打造成为上海国际数字之都核心区,大力打造上海区块链生态谷,推进“区块链+”应用场景落地'],
    zones: ['zone:shibei-hi-tech'], note: 'The core carrier area (核心承载区) for blockchain innovation, tied to 市北 by its printed names and by task 13.' },
  { id: 'carrier:juneng-bay', kind: 'incubator', name: { zh: '聚能湾', en: 'Juneng Bay', aliases: ['聚能湾国家级孵化器'] },
    quotes: ['深化聚能湾国家级孵化器建设,集聚培育一批金融科技头部企业'],
    note: 'A national-level incubator per the text; the text does not tie it to a zone.' },
  { id: 'carrier:jingan-dual-carbon-incubator', kind: 'incubator', name: { zh: '静安区“双碳”产业孵化器', en: "Jing'an “dual carbon” industry incubator" },
    quotes: ['创建静安区“双碳”产业孵化器,引育碳捕集、封存、利用等 CCUS 固碳技术研发企业'], note: 'Planned (创建): to be created under task 2.' },
  { id: 'carrier:astrazeneca-global-rd-china-innovation-center', kind: 'platform',
    name: { zh: '阿斯利康全球研发中国创新中心', en: 'AstraZeneca Global R&D China Innovation Center', aliases: ['阿斯利康全球研发中心'] },
    quotes: ['发挥阿斯利康全球研发中心、飞利浦大中华区总部、十院临床医学转化园等引领效应', '在阿斯利康全球研发中国创新中心等平台落地基础上'],
    operators: ['enterprise:astrazeneca'],
    note: 'Task 2 prints 阿斯利康全球研发中心 and task 15 阿斯利康全球研发中国创新中心; taken as the same centre (a judgement call). Task 15 says it has landed (落地).' },
  { id: 'carrier:tenth-hospital-clinical-translation-park', kind: 'park', name: { zh: '十院临床医学转化园', en: 'Tenth Hospital Clinical Medicine Translation Park' },
    quotes: ['发挥阿斯利康全球研发中心、飞利浦大中华区总部、十院临床医学转化园等引领效应'], operators: ['institution:shanghai-tenth-peoples-hospital'],
    note: 'Operator inferred from the name (十院 = the Tenth People’s Hospital); the text says nothing else about who runs it.' },
  { id: 'carrier:antchain-industry-innovation-center', kind: 'platform', name: { zh: '蚂蚁链产业开发创新中心', en: 'AntChain Industrial Development Innovation Center' },
    quotes: ['支持合合信息、华院计算、阿里元境、壹沓科技、蚂蚁链产业开发创新中心等'], operators: ['enterprise:antchain'] },
  { id: 'carrier:daning-central-plaza', kind: 'building', name: { zh: '大宁中环广场', en: 'Daning Central Plaza' },
    quotes: ['以大宁中环广场、鼓风机厂为核心,形成数字安全及文创产业集聚圈'], zones: ['zone:daning', 'zone:daning-cluster-central'],
    note: 'One of the two cores of the digital-security and cultural-creative cluster.' },
  { id: 'carrier:daning-blower-factory', kind: 'other', name: { zh: '鼓风机厂', en: 'Blower Factory (site)' },
    quotes: ['以大宁中环广场、鼓风机厂为核心,形成数字安全及文创产业集聚圈'], zones: ['zone:daning', 'zone:daning-cluster-central'],
    note: 'A (former) factory site named as one of the two cores of the cluster; the text does not say what kind of carrier it now is.' },
  { id: 'carrier:national-testing-certification-platform-demonstration-zone', kind: 'base',
    name: { zh: '国家检验检测认证公共服务平台示范区', en: 'National Testing, Inspection and Certification Public Service Platform Demonstration Zone' },
    quotes: ['依托国家检验检测认证公共服务平台示范区,集聚更多国内外知名机构'], note: 'The text does not tie it to a zone.' },
  { id: 'carrier:shanghai-hr-service-industrial-park', kind: 'park', name: { zh: '上海人力资源服务产业园区', en: 'Shanghai Human Resources Service Industrial Park' },
    quotes: ['充分发挥上海人力资源服务产业园区作用,引进国际高端科创人才和海归人才'], note: 'The text does not tie it to a zone.' },
  { id: 'carrier:rail-transit-driverless-train-control-erc', kind: 'platform',
    name: { zh: '上海轨道交通无人驾驶列控系统工程技术研究中心', en: 'Shanghai Engineering Research Center of Driverless Train Control Systems for Rail Transit' },
    quotes: ['提升上海轨道交通无人驾驶列控系统工程技术研究中心等高端创新平台能级'],
    note: 'Named in the same sentence as 卡斯柯、联合通号上海工程局、上通公司, but the text does not say which of them runs it.' },
  { id: 'carrier:sse-xingqihang-platform', kind: 'platform', name: { zh: '“星企航”平台', en: 'SSE “Xingqihang” platform', aliases: ['星企航'] },
    quotes: ['借助深交所、北交所在长三角地区拓展业务基地及上交所“星企航”平台'], operators: ['institution:shanghai-stock-exchange'] },
  { id: 'carrier:sme-financing-credit-service-platform', kind: 'platform', name: { zh: '中小企业融资综合信用服务平台', en: 'SME Financing Comprehensive Credit Service Platform' },
    quotes: ['发挥中小企业融资综合信用服务平台功能,为银行服务科技企业提供信用数据支撑'] },
  { id: 'carrier:xinyidai-platform', kind: 'platform', name: { zh: '“信易贷”平台', en: '“Credit Easy Loan” (Xinyidai) platform', aliases: ['信易贷', '静安“信易贷”平台'] },
    quotes: ['引导区内金融机构接入“信易贷”平台', '探索在静安“信易贷”平台搭建融资接洽子平台'],
    note: 'Task 6 names both the 信易贷 platform that district financial institutions should join and a Jing’an 信易贷 platform on which a financing sub-platform is to be built; kept as one record.' },
  { id: 'carrier:qiming-venture-partners-accelerator', kind: 'incubator', name: { zh: '启明创投大企业创新加速器', en: 'Qiming Venture Partners corporate innovation accelerator' },
    quotes: ['加快建设启明创投、达晨国控、国创中心等大企业创新加速器'], operators: ['enterprise:qiming-venture-partners'],
    note: 'Planned (加快建设). The text lists 启明创投、达晨国控、国创中心 as 大企业创新加速器; the record name is composed from that phrase. Kind incubator is the closest to an accelerator.' },
  { id: 'carrier:dachen-guokong-accelerator', kind: 'incubator', name: { zh: '达晨国控大企业创新加速器', en: 'Dachen Guokong corporate innovation accelerator' },
    quotes: ['加快建设启明创投、达晨国控、国创中心等大企业创新加速器'], operators: ['enterprise:dachen-guokong'],
    note: 'Planned (加快建设); the record name is composed from the phrase 启明创投、达晨国控、国创中心等大企业创新加速器.' },
  { id: 'carrier:guochuang-center-accelerator', kind: 'incubator', name: { zh: '国创中心大企业创新加速器', en: 'Guochuang Center corporate innovation accelerator' },
    quotes: ['加快建设启明创投、达晨国控、国创中心等大企业创新加速器'], operators: ['institution:guochuang-center'],
    note: 'Planned (加快建设); the record name is composed from the phrase 启明创投、达晨国控、国创中心等大企业创新加速器.' },
];

const INSTITUTIONS: PlaceSpec[] = [
  { id: 'institution:shanghai-tenth-peoples-hospital', kind: 'hospital', name: { zh: '上海市第十人民医院', en: "Shanghai Tenth People's Hospital", aliases: ['十院'] },
    quotes: ['发挥阿斯利康全球研发中心、飞利浦大中华区总部、十院临床医学转化园等引领效应'], note: 'Named only as 十院, inside the name 十院临床医学转化园; expanded to the hospital’s full name.' },
  { id: 'institution:shanghai-stock-exchange', kind: 'other', name: { zh: '上海证券交易所', en: 'Shanghai Stock Exchange', aliases: ['上交所'] },
    quotes: ['借助深交所、北交所在长三角地区拓展业务基地及上交所“星企航”平台'] },
  { id: 'institution:shenzhen-stock-exchange', kind: 'other', name: { zh: '深圳证券交易所', en: 'Shenzhen Stock Exchange', aliases: ['深交所'] },
    quotes: ['借助深交所、北交所在长三角地区拓展业务基地及上交所“星企航”平台'] },
  { id: 'institution:beijing-stock-exchange', kind: 'other', name: { zh: '北京证券交易所', en: 'Beijing Stock Exchange', aliases: ['北交所'] },
    quotes: ['借助深交所、北交所在长三角地区拓展业务基地及上交所“星企航”平台'] },
  { id: 'institution:guochuang-center', kind: 'other', name: { zh: '国创中心' },
    quotes: ['加快建设启明创投、达晨国控、国创中心等大企业创新加速器'],
    note: 'An abbreviation the text does not expand (probably a national innovation centre, 国家…创新中心); no English name is given for that reason.' },
  { id: 'institution:jingan-emerging-industry-alliances', kind: 'association',
    name: { zh: '静安数据智能、生命健康等新兴领域产业联盟', en: "Jing'an industry alliances for data intelligence, life health and other emerging fields" },
    quotes: ['成立静安数据智能、生命健康等新兴领域产业联盟,搭建企业、科研院所、专业服务机构等交流平台'],
    note: 'Planned (成立); one record for the alliances named together.' },
];

const ENTERPRISES: PlaceSpec[] = [
  { id: 'enterprise:canrui-technology', kind: 'company', name: { zh: '灿瑞科技' }, quotes: ['支持灿瑞科技、思朗科技、华润微电子、大恩芯源等集成电路企业加强传感器芯片、专业算力芯片以及光学器件等领域研发设计'], note: 'An integrated-circuit company (集成电路企业) per the text.' },
  { id: 'enterprise:silang-technology', kind: 'company', name: { zh: '思朗科技' }, quotes: ['支持灿瑞科技、思朗科技、华润微电子、大恩芯源等集成电路企业加强传感器芯片、专业算力芯片以及光学器件等领域研发设计'], note: 'An integrated-circuit company (集成电路企业) per the text.' },
  { id: 'enterprise:china-resources-microelectronics', kind: 'state-owned', name: { zh: '华润微电子', en: 'China Resources Microelectronics' }, quotes: ['支持灿瑞科技、思朗科技、华润微电子、大恩芯源等集成电路企业加强传感器芯片、专业算力芯片以及光学器件等领域研发设计'], note: 'An integrated-circuit company (集成电路企业) per the text.' },
  { id: 'enterprise:daen-xinyuan', kind: 'company', name: { zh: '大恩芯源' }, quotes: ['支持灿瑞科技、思朗科技、华润微电子、大恩芯源等集成电路企业加强传感器芯片、专业算力芯片以及光学器件等领域研发设计'], note: 'An integrated-circuit company (集成电路企业) per the text.' },
  { id: 'enterprise:intsig', kind: 'company', name: { zh: '合合信息', en: 'INTSIG Information' }, quotes: ['支持合合信息、华院计算、阿里元境、壹沓科技、蚂蚁链产业开发创新中心等'] },
  { id: 'enterprise:huayuan-computing', kind: 'company', name: { zh: '华院计算', en: 'Huayuan Computing' }, quotes: ['支持合合信息、华院计算、阿里元境、壹沓科技、蚂蚁链产业开发创新中心等'] },
  { id: 'enterprise:alibaba-yuanjing', kind: 'company', name: { zh: '阿里元境', en: 'Alibaba Yuanjing' }, quotes: ['支持合合信息、华院计算、阿里元境、壹沓科技、蚂蚁链产业开发创新中心等'] },
  { id: 'enterprise:yita-technology', kind: 'company', name: { zh: '壹沓科技' }, quotes: ['支持合合信息、华院计算、阿里元境、壹沓科技、蚂蚁链产业开发创新中心等'] },
  { id: 'enterprise:antchain', kind: 'company', name: { zh: '蚂蚁链', en: 'AntChain' }, quotes: ['支持合合信息、华院计算、阿里元境、壹沓科技、蚂蚁链产业开发创新中心等'],
    note: 'Named only inside 蚂蚁链产业开发创新中心; recorded as the operator of that centre.' },
  { id: 'enterprise:astrazeneca', kind: 'foreign', name: { zh: '阿斯利康', en: 'AstraZeneca' },
    quotes: ['发挥阿斯利康全球研发中心、飞利浦大中华区总部、十院临床医学转化园等引领效应', '在阿斯利康全球研发中国创新中心等平台落地基础上'] },
  { id: 'enterprise:philips', kind: 'foreign', name: { zh: '飞利浦', en: 'Philips', aliases: ['飞利浦大中华区总部'] },
    quotes: ['发挥阿斯利康全球研发中心、飞利浦大中华区总部、十院临床医学转化园等引领效应'], note: 'Named through its Greater China headquarters (大中华区总部).' },
  { id: 'enterprise:guotai-junan-securities', kind: 'company', name: { zh: '国泰君安', en: 'Guotai Junan Securities' }, quotes: ['依托区内国家重点实验室、市北区块链生态谷、国泰君安、光大证券等平台'] },
  { id: 'enterprise:everbright-securities', kind: 'company', name: { zh: '光大证券', en: 'Everbright Securities' }, quotes: ['依托区内国家重点实验室、市北区块链生态谷、国泰君安、光大证券等平台'] },
  { id: 'enterprise:casco-signal', kind: 'company', name: { zh: '卡斯柯', en: 'CASCO Signal' }, quotes: ['依托卡斯柯、联合通号上海工程局、上通公司等龙头企业'] },
  { id: 'enterprise:lianhe-tonghao-shanghai-engineering-bureau', kind: 'company', name: { zh: '联合通号上海工程局' }, quotes: ['依托卡斯柯、联合通号上海工程局、上通公司等龙头企业'] },
  { id: 'enterprise:shangtong-company', kind: 'company', name: { zh: '上通公司' }, quotes: ['依托卡斯柯、联合通号上海工程局、上通公司等龙头企业'] },
  { id: 'enterprise:qiming-venture-partners', kind: 'investor', name: { zh: '启明创投', en: 'Qiming Venture Partners' }, quotes: ['加快建设启明创投、达晨国控、国创中心等大企业创新加速器'] },
  { id: 'enterprise:dachen-guokong', kind: 'investor', name: { zh: '达晨国控' }, quotes: ['加快建设启明创投、达晨国控、国创中心等大企业创新加速器'] },
];

// ---------------------------------------------------------------- targets

interface TargetSpec {
  id: string; kind: 'target' | 'baseline'; name: Name; metric: Name; value: number; valueMax?: number;
  comparator: 'eq' | 'gte' | 'approx' | 'range' | 'increase'; unit: string; valueText: string; year: number; quotes: string[]; note?: string;
}

const BY_2025 = 'The goals are set for the plan period (通过3年左右的努力, 2023-2025); year 2025.';
const TARGETS: TargetSpec[] = [
  { id: 'target:jingan-2025-new-unicorns-hidden-champions', kind: 'target', name: { zh: '2025年前新增独角兽和隐形冠军企业20家', en: '20 new unicorn and hidden-champion enterprises by 2025' },
    metric: { zh: '独角兽和隐形冠军企业', en: 'unicorn and hidden-champion enterprises' }, value: 20, comparator: 'increase', unit: '家', valueText: '新增20家', year: 2025,
    quotes: ['2025年前,新增20家独角兽和隐形冠军企业'] },
  { id: 'target:jingan-2025-new-track-tech-enterprises', kind: 'target', name: { zh: '2025年前新增优质新赛道科技型企业100家', en: '100 new high-quality new-track technology enterprises by 2025' },
    metric: { zh: '优质新赛道科技型企业', en: 'high-quality new-track technology enterprises' }, value: 100, comparator: 'increase', unit: '家', valueText: '100家', year: 2025,
    quotes: ['2025年前,新增20家独角兽和隐形冠军企业,100家优质新赛道科技型企业'], note: '新增 (new) governs the whole list.' },
  { id: 'target:jingan-2025-innovative-tech-enterprises', kind: 'target', name: { zh: '2025年前新增具有创新活力和特色的科技型企业1000家', en: '1,000 new innovative and distinctive technology enterprises by 2025' },
    metric: { zh: '具有创新活力和特色的科技型企业', en: 'technology enterprises with innovative vitality and distinctive features' }, value: 1000, comparator: 'increase', unit: '家', valueText: '1000家', year: 2025,
    quotes: ['1000家具有创新活力和特色的科技型企业'], note: '新增 (new) governs the whole list.' },
  { id: 'target:jingan-2025-specialised-smes', kind: 'target', name: { zh: '2025年前专精特新中小企业达到150家', en: '150 specialised and innovative (专精特新) SMEs by 2025' },
    metric: { zh: '专精特新中小企业', en: 'specialised, refined, distinctive and innovative SMEs' }, value: 150, comparator: 'gte', unit: '家', valueText: '达到150家', year: 2025,
    quotes: ['专精特新中小企业达到150家'] },
  { id: 'target:jingan-2025-high-tech-enterprises', kind: 'target', name: { zh: '2025年前高新技术企业达到800家', en: '800 high-tech enterprises by 2025' },
    metric: { zh: '高新技术企业', en: 'high-tech enterprises' }, value: 800, comparator: 'gte', unit: '家', valueText: '达到800家', year: 2025,
    quotes: ['高新技术企业达到800家'] },
  { id: 'target:jingan-2025-benchmark-incubators', kind: 'target', name: { zh: '打造1-2家标杆孵化器', en: '1–2 benchmark incubators' },
    metric: { zh: '标杆孵化器', en: 'benchmark incubators' }, value: 1, valueMax: 2, comparator: 'range', unit: '家', valueText: '1-2家', year: 2025,
    quotes: ['打造1-2家标杆孵化器'], note: BY_2025 },
  { id: 'target:jingan-2025-incubated-tech-enterprises', kind: 'target', name: { zh: '入孵科技型企业超400家', en: 'over 400 technology enterprises in incubators' },
    metric: { zh: '入孵科技型企业', en: 'incubated technology enterprises' }, value: 400, comparator: 'gte', unit: '家', valueText: '超400家', year: 2025,
    quotes: ['实现入孵科技型企业超400家'], note: `超 means "more than"; gte is the closest comparator. ${BY_2025}` },
  { id: 'target:jingan-2025-space-reserved', kind: 'target', name: { zh: '三年储备存量空间100万㎡', en: '1 million m² of existing space reserved over three years' },
    metric: { zh: '储备存量空间', en: 'existing space reserved' }, value: 100, comparator: 'eq', unit: '万㎡', valueText: '100万㎡', year: 2025,
    quotes: ['推进存量资源盘活利用,实现三年储备100万㎡,优化100万㎡,释放100万㎡'], note: `Three-year total (三年). ${BY_2025}` },
  { id: 'target:jingan-2025-space-optimised', kind: 'target', name: { zh: '三年优化存量空间100万㎡', en: '1 million m² of existing space upgraded over three years' },
    metric: { zh: '优化存量空间', en: 'existing space upgraded' }, value: 100, comparator: 'eq', unit: '万㎡', valueText: '100万㎡', year: 2025,
    quotes: ['推进存量资源盘活利用,实现三年储备100万㎡,优化100万㎡,释放100万㎡'], note: `Three-year total (三年). ${BY_2025}` },
  { id: 'target:jingan-2025-space-released', kind: 'target', name: { zh: '三年释放存量空间100万㎡', en: '1 million m² of existing space released over three years' },
    metric: { zh: '释放存量空间', en: 'existing space released' }, value: 100, comparator: 'eq', unit: '万㎡', valueText: '100万㎡', year: 2025,
    quotes: ['推进存量资源盘活利用,实现三年储备100万㎡,优化100万㎡,释放100万㎡'], note: `Three-year total (三年). ${BY_2025}` },
  { id: 'target:jingan-2023-national-incubators', kind: 'baseline', name: { zh: '4家国家级科技企业孵化器', en: '4 national-level technology business incubators' },
    metric: { zh: '国家级科技企业孵化器', en: 'national-level technology business incubators' }, value: 4, comparator: 'eq', unit: '家', valueText: '4家', year: 2023,
    quotes: ['依托4家国家级科技企业孵化器,打造一批标杆孵化器'],
    note: 'An existing count the plan builds on (依托); the text gives no year, 2023 (the first year of the plan) is assumed. Only one of the four, 聚能湾, is named.' },
];

// ---------------------------------------------------------------- actions

interface ActionSpec {
  number: string; slug: string; group: string; en: string; extra?: string[]; note?: string;
  zones?: string[]; carriers?: string[]; institutions?: string[]; enterprises?: string[]; targets?: string[];
}

const ACTIONS: ActionSpec[] = [
  { number: '1', slug: 'core-technologies', group: 'g1', en: 'Accelerate a batch of core technologies',
    extra: ['探索区块链科技创新,以市北上海市区块链生态谷为核心承载区', '加强集成电路科技创新,重点在市北、大宁地区聚焦相对产业发展成熟度较高的领域'],
    note: 'Big data, blockchain, integrated circuits (CIS testing, digital-twin labs, analogue chips, Signoff EDA, Mapu architecture, meta-computing) and information security.',
    zones: ['zone:shibei-hi-tech', 'zone:daning'], carriers: ['carrier:shibei-blockchain-eco-valley'] },
  { number: '2', slug: 'future-industry-technologies', group: 'g1', en: 'Lay out key technologies of future industries in advance',
    extra: ['积极推进数字健康技术创新,发挥阿斯利康全球研发中心、飞利浦大中华区总部、十院临床医学转化园等引领效应'],
    note: 'XR terminals, digital health, synthetic biology and gene therapy, green and low-carbon technology (incl. a planned “dual carbon” incubator and CCUS).',
    carriers: ['carrier:astrazeneca-global-rd-china-innovation-center', 'carrier:tenth-hospital-clinical-translation-park', 'carrier:antchain-industry-innovation-center', 'carrier:jingan-dual-carbon-incubator'],
    institutions: ['institution:shanghai-tenth-peoples-hospital'],
    enterprises: ['enterprise:canrui-technology', 'enterprise:silang-technology', 'enterprise:china-resources-microelectronics', 'enterprise:daen-xinyuan', 'enterprise:intsig', 'enterprise:huayuan-computing', 'enterprise:alibaba-yuanjing', 'enterprise:yita-technology', 'enterprise:antchain', 'enterprise:astrazeneca', 'enterprise:philips'] },
  { number: '3', slug: 'attract-innovative-enterprises', group: 'g2', en: 'Attract and cultivate a batch of high-level innovative enterprises',
    extra: ['利用上海人工智能大会、全球“未来产业之星”大赛等高端论坛活动', '结合“百企成长计划”,按照“一企一策”原则'],
    note: 'Events named (no record type for events): 上海人工智能大会, 全球“未来产业之星”大赛. Programme named: 百企成长计划 (plan:jingan-hundred-enterprises-growth-plan).' },
  { number: '4', slug: 'innovation-platforms', group: 'g2', en: 'Bring in first-class universities and research institutes to set up innovation platforms',
    extra: ['成立静安数据智能、生命健康等新兴领域产业联盟', '建立概念验证中心'],
    institutions: ['institution:jingan-emerging-industry-alliances'] },
  { number: '5', slug: 'fintech-highland', group: 'g3', en: 'Build a new highland of linked finance and technology',
    extra: ['依托区内国家重点实验室、市北区块链生态谷、国泰君安、光大证券等平台', '依托市北高新园区“数字生态”和苏河湾数字金融建设', '大力推进市北国际科创社区建设,深化聚能湾国家级孵化器建设'],
    zones: ['zone:shibei-hi-tech', 'zone:suhe-bay', 'zone:shibei-international-community'],
    carriers: ['carrier:shibei-blockchain-eco-valley', 'carrier:juneng-bay'],
    enterprises: ['enterprise:guotai-junan-securities', 'enterprise:everbright-securities'] },
  { number: '6', slug: 'financial-capital', group: 'g3', en: 'Guide financial capital to drive industrial transformation',
    extra: ['借助深交所、北交所在长三角地区拓展业务基地及上交所“星企航”平台', '发挥中小企业融资综合信用服务平台功能', '探索在静安“信易贷”平台搭建融资接洽子平台'],
    carriers: ['carrier:sse-xingqihang-platform', 'carrier:sme-financing-credit-service-platform', 'carrier:xinyidai-platform'],
    institutions: ['institution:shenzhen-stock-exchange', 'institution:beijing-stock-exchange', 'institution:shanghai-stock-exchange'] },
  { number: '7', slug: 'professional-services', group: 'g4', en: 'Improve professional services for technology innovation',
    extra: ['依托国家检验检测认证公共服务平台示范区'], carriers: ['carrier:national-testing-certification-platform-demonstration-zone'] },
  { number: '8', slug: 'talent', group: 'g4', en: 'Build a multi-level innovation talent force',
    extra: ['充分发挥上海人力资源服务产业园区作用', '支持市北高新区等功能区加快规划建设配置人才公寓、公租房等'],
    zones: ['zone:shibei-hi-tech'], carriers: ['carrier:shanghai-hr-service-industrial-park'] },
  { number: '9', slug: 'entrepreneurship-culture', group: 'g4', en: 'Foster a strong culture of innovation and entrepreneurship',
    extra: ['定期举办上海开放数据创新应用大赛、GMIS全球数据智能峰会、上海(静安)国际大数据论坛、“8K+5G+AI技术”高峰论坛等各类活动', '引导企业参与“创业新秀”“中国创翼”等创新创业大赛'],
    note: 'Events named (no record type for events): 上海开放数据创新应用大赛, GMIS全球数据智能峰会, 上海(静安)国际大数据论坛, “8K+5G+AI技术”高峰论坛, “创业新秀”, “中国创翼”.' },
  { number: '10', slug: 'digital-transformation-scenarios', group: 'g5', en: 'Open up and apply digital-transformation scenarios',
    extra: ['推动静安“国际消费中心城市数字化示范区”和“千亿商圈”建设', '依托国家区块链创新应用综合性试点项目建设'],
    note: 'Initiatives named: 国际消费中心城市数字化示范区, 千亿商圈, 国家区块链创新应用综合性试点.' },
  { number: '11', slug: 'digital-infrastructure', group: 'g5', en: 'Speed up the digital foundation',
    extra: ['依托卡斯柯、联合通号上海工程局、上通公司等龙头企业', '推进市北高新、大宁、苏河湾、南京西路等产业空间实现5G网络深度覆盖及全区5G网络功能性覆盖'],
    zones: ['zone:shibei-hi-tech', 'zone:daning', 'zone:suhe-bay', 'zone:nanjing-west-road'],
    carriers: ['carrier:rail-transit-driverless-train-control-erc'],
    enterprises: ['enterprise:casco-signal', 'enterprise:lianhe-tonghao-shanghai-engineering-bureau', 'enterprise:shangtong-company'] },
  { number: '12', slug: 'data-institutions', group: 'g5', en: 'Explore basic institutions for data',
    extra: ['探索开展数据资源产权、交易流通、跨境传输和数据要素价值评估等制度创新试点'] },
  { number: '13', slug: 'spatial-layout', group: 'g6', en: 'Optimise the spatial layout of technology innovation',
    extra: ['将市北高新功能区打造成为上海国际数字之都核心区', '建设市北国际科创社区,吸引一批优质机构和企业入驻;推动走马塘整体规划转型,打造智能健康创新走廊', '以大宁中环广场、鼓风机厂为核心,形成数字安全及文创产业集聚圈;沿广中西路以北为核心,形成集成电路/芯片设计、智慧健康产业集聚圈', '依托苏河湾功能区打造金融科技与专业服务示范区', '提升南京西路功能区创新应用和场景驱动功能'],
    zones: ['zone:shibei-hi-tech', 'zone:shibei-international-community', 'zone:zoumatang-corridor', 'zone:daning', 'zone:daning-cluster-central', 'zone:daning-cluster-guangzhong', 'zone:suhe-bay', 'zone:nanjing-west-road'],
    carriers: ['carrier:shibei-blockchain-eco-valley', 'carrier:daning-central-plaza', 'carrier:daning-blower-factory'] },
  { number: '14', slug: 'benchmark-incubators', group: 'g6', en: 'Build benchmark incubators',
    extra: ['结合四大功能区主导产业定位,依托4家国家级科技企业孵化器,打造一批标杆孵化器'],
    targets: ['target:jingan-2023-national-incubators', 'target:jingan-2025-benchmark-incubators'] },
  { number: '15', slug: 'carrier-services', group: 'g6', en: 'Strengthen the service capacity of innovation carriers',
    extra: ['打造“加速器+孵化器+产业园区+功能区”一体化创新载体链条', '在阿斯利康全球研发中国创新中心等平台落地基础上,加快建设启明创投、达晨国控、国创中心等大企业创新加速器', '依托张江静安园、市北高新区等重点区域'],
    zones: ['zone:zhangjiang-jingan-park', 'zone:shibei-hi-tech'],
    carriers: ['carrier:astrazeneca-global-rd-china-innovation-center', 'carrier:qiming-venture-partners-accelerator', 'carrier:dachen-guokong-accelerator', 'carrier:guochuang-center-accelerator'],
    institutions: ['institution:guochuang-center'],
    enterprises: ['enterprise:astrazeneca', 'enterprise:qiming-venture-partners', 'enterprise:dachen-guokong'] },
  { number: '16', slug: 'coordination-mechanism', group: 'safeguards', en: 'Build a mechanism for coordinated advancement',
    extra: ['建立区主要领导负责、相关部门分工协作的推进机制'], note: 'Safeguard measure; no 责任部门 printed.' },
  { number: '17', slug: 'supporting-policies', group: 'safeguards', en: 'Strengthen supporting policies',
    extra: ['探索“基地+基金”“融资+孵化”的创新运营模式'], note: 'Safeguard measure; no 责任部门 printed.' },
  { number: '18', slug: 'publicity', group: 'safeguards', en: 'Step up publicity and promotion',
    extra: ['用好世界人工智能大会、中国国际工业博览会、中国国际进口博览会等平台'],
    note: 'Safeguard measure; no 责任部门 printed. Events named (no record type for events): 世界人工智能大会, 中国国际工业博览会, 中国国际进口博览会.' },
];

/** The title line `N.标题` and the task's paragraph, up to the next numbered title. */
function taskText(number: string): { title: string; body: string } {
  const lines = SEED.split('\n').map((l) => l.trim());
  const i = lines.findIndex((l) => l.startsWith(`${number}.`) && !l.includes('。'));
  if (i < 0) throw new Error(`task ${number} not found`);
  const title = lines[i].slice(number.length + 1);
  const body = lines.slice(i + 1).find((l) => l.length > 0) ?? '';
  return { title, body };
}

/** The 责任部门 list closing a task paragraph, as printed, split at 、 outside parentheses. */
function printedDepartments(body: string): { quote: string; names: string[] } | undefined {
  const start = body.indexOf('(责任部门:');
  if (start < 0) return undefined;
  const quote = body.slice(start, body.lastIndexOf(')') + 1);
  const inner = quote.slice('(责任部门:'.length, -1);
  const names: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of inner) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === '、' && depth === 0) { names.push(cur); cur = ''; } else cur += ch;
  }
  names.push(cur);
  return { quote, names };
}

// ---------------------------------------------------------------- build

const deptByPrinted = new Map<string, string>();
for (const d of DEPARTMENTS) for (const p of d.printed) deptByPrinted.set(p, d.id);
/** Per department: the 责任部门 quotes, one per spelling, first occurrence. */
const deptQuotes = new Map<string, Map<string, string>>();

const actions = ACTIONS.map((a) => {
  const { title, body } = taskText(a.number);
  const printed = printedDepartments(body);
  if (!printed && a.group !== 'safeguards') throw new Error(`task ${a.number}: no 责任部门`);
  const departments = (printed?.names ?? []).map((n) => {
    const id = deptByPrinted.get(n);
    if (!id) throw new Error(`task ${a.number}: unknown department "${n}"`);
    const byVariant = deptQuotes.get(id) ?? new Map<string, string>();
    if (!byVariant.has(n)) byVariant.set(n, printed!.quote);
    deptQuotes.set(id, byVariant);
    return id;
  });
  const citations = [q(`${a.number}.${title}`), ...(a.extra ?? []).map(q), ...(printed ? [q(printed.quote)] : [])];
  return {
    id: `action:jingan-${a.number.padStart(2, '0')}-${a.slug}`,
    plan: PLAN,
    group: a.group,
    number: a.number,
    name: { zh: title, en: a.en },
    citations,
    ...(a.note ? { note: a.note } : {}),
    safeguard: a.group === 'safeguards',
    departments,
    zones: a.zones ?? [],
    carriers: a.carriers ?? [],
    institutions: a.institutions ?? [],
    enterprises: a.enterprises ?? [],
    targets: a.targets ?? [],
  };
});

const departments = DEPARTMENTS.map((d) => {
  const quotes = [...new Set([...(deptQuotes.get(d.id)?.values() ?? []), ...(d.extraQuotes ?? [])])];
  if (d.printed.length && deptQuotes.get(d.id)?.size !== d.printed.length) throw new Error(`${d.id}: a printed spelling is unused`);
  for (const v of d.otherSpellings ?? []) if (!SEED.includes(v)) throw new Error(`${d.id}: spelling not in seed: ${v}`);
  return {
    id: d.id,
    plans: [PLAN],
    name: d.name,
    citations: quotes.map(q),
    ...(d.note ? { note: d.note } : {}),
    variants: [...d.printed, ...(d.otherSpellings ?? [])],
  };
});

const placeFeature = (p: PlaceSpec, extra: Record<string, unknown>) => ({
  type: 'Feature',
  properties: {
    id: p.id,
    kind: p.kind,
    name: p.name,
    citations: p.quotes.map(q),
    ...(p.note ? { note: p.note } : {}),
    zones: p.zones ?? [],
    ...extra,
  },
  geometry: null,
});
const collection = (features: unknown[]) => ({ type: 'FeatureCollection', features });

const targets = TARGETS.map((t) => ({
  id: t.id,
  plan: PLAN,
  kind: t.kind,
  name: t.name,
  citations: t.quotes.map(q),
  ...(t.note ? { note: t.note } : {}),
  metric: t.metric,
  value: t.value,
  ...(t.valueMax !== undefined ? { valueMax: t.valueMax } : {}),
  comparator: t.comparator,
  unit: t.unit,
  valueText: t.valueText,
  year: t.year,
  zones: [],
}));
for (const t of targets) if (!t.citations.some((c) => c.quote.includes(t.valueText.replace(/^(新增|达到|超)/, '')))) throw new Error(`${t.id}: value not in quote`);

const plans = [
  {
    id: 'plan:jingan-hundred-enterprises-growth-plan',
    kind: 'referenced',
    name: { zh: '百企成长计划', en: 'Hundred Enterprises Growth Plan' },
    citations: [q('加大力度培育本土优质企业,结合“百企成长计划”,按照“一企一策”原则')],
    note: 'A programme task 3 builds on to cultivate local enterprises; the text gives no issuer, date or scope.',
    groups: [],
    cites: [],
  },
];

const write = (name: string, data: unknown) => writeFileSync(join(OUT, name), `${JSON.stringify(data, null, 2)}\n`);
write('carriers.geojson', collection(CARRIERS.map((c) => placeFeature(c, { operators: c.operators ?? [] }))));
write('institutions.geojson', collection(INSTITUTIONS.map((i) => placeFeature(i, {}))));
write('enterprises.geojson', collection(ENTERPRISES.map((e) => placeFeature(e, {}))));
write('actions.json', actions);
write('targets.json', targets);
write('departments.json', departments);
write('plans.json', plans);
console.log(`jingan: ${CARRIERS.length} carriers, ${INSTITUTIONS.length} institutions, ${ENTERPRISES.length} enterprises, ${actions.length} actions, ${targets.length} targets, ${departments.length} departments, ${plans.length} referenced plans`);
