/**
 * Industry tracks as the five texts name them, and the records tagged with them, from the records'
 * own quotes: writes `geodata/shared/tracks.json` and `geodata/shared/track-tags.json`.
 *
 * A tag is { record, track, seed, quote }: `quote` is the clause (between ，；。：) of one of the
 * record's citation quotes that contains one of the track's keywords, so it is exact in the seed too.
 * Keywords are listed in every script the seeds print them in: 000 and 004 are Traditional, and 004
 * uses Taiwanese terms (人工智慧 for 人工智能, 晶片 for 芯片). Departments are never tagged: their
 * quotes are the sentences of the tasks they answer for, not what they work on. Every candidate was
 * read; the ones where the keyword belongs to a neighbouring name or to a non-industry sense are
 * dropped in EXCLUDE, each with its reason (an exclusion that no longer matches a candidate fails).
 *
 * Run: `npx tsx scripts/extract/tag-tracks.ts` (add `--review` to print every tag with its quote).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleAtlas } from '../../src/data/assemble';
import { allRecords, citationsOfRecord, idOfRecord } from '../../src/data/links';
import { zTrack, zTrackTag, type Citation, type SeedId, type Track, type TrackTag } from '../../src/data/schema';
import { SEED_FILES } from '../../src/data/seeds';
import { loadGeodataFiles } from '../validate-files';

const root = join(import.meta.dirname, '..', '..');
const OUT = join(root, 'geodata', 'shared');
const seeds = Object.fromEntries(Object.entries(SEED_FILES).map(([id, f]) => [id, readFileSync(join(root, 'seeds', f), 'utf8')])) as Record<SeedId, string>;

/** A citation whose quote must be an exact substring of its seed. */
function q(seed: SeedId, quote: string): Citation {
  if (!seeds[seed].includes(quote)) throw new Error(`not in seed ${seed}: ${quote}`);
  return { seed, quote };
}

/** 000's list of new tracks (Traditional), cited by several tracks. */
const CHANGNING_TRACKS = q('000', '聚焦智能網聯、金融科技、綠色低碳、元宇宙、區塊鏈、文創等領域,積極布局產業新賽道');
/** 002's key industries (the municipal industry map's and the plan's own). */
const YANGPU_MAP = q('002', '人工智能及大数据、现代设计、科技金融被列为上海市产业地图杨浦重点发展产业');
const YANGPU_FOCUS = q('002', '聚焦人工智能、现代设计、位置服务、新能源和智能网联汽车等重点产业领域');

export const TRACKS: Track[] = [
  { id: 'track:ai', name: { zh: '人工智能', en: 'Artificial intelligence', original: '人工智慧' }, keywords: ['人工智能', '人工智慧'],
    citations: [YANGPU_FOCUS, q('004', '培育人工智慧產業集群')] },
  { id: 'track:integrated-circuits', name: { zh: '集成电路', en: 'Integrated circuits', aliases: ['芯片', '晶片'] },
    keywords: ['集成电路', '集成電路', '芯片', '晶片', '半导体', '半導體'], citations: [q('003', '加强集成电路科技创新'), q('003', '形成集成电路/芯片设计、智慧健康产业集聚圈')] },
  { id: 'track:blockchain', name: { zh: '区块链', en: 'Blockchain', original: '區塊鏈' }, keywords: ['区块链', '區塊鏈'],
    citations: [CHANGNING_TRACKS, q('002', '上海区块链技术创新与产业化基地落户杨浦')] },
  { id: 'track:biomedicine-health', name: { zh: '生物医药与数字健康', en: 'Biomedicine and digital health', aliases: ['生物医药', '数字健康', '生命健康', '医疗'] },
    keywords: ['生物医药', '生物醫藥', '数字健康', '數字健康', '生命健康', '智慧健康', '医疗健康', '大健康', '医工交叉', '醫療', '医疗', '基因'],
    citations: [q('004', '打造生物醫藥產業集群'), q('003', '积极推进数字健康技术创新'), q('003', '在大数据、区块链、人工智能、生命健康等前沿产业科技创新上取得显著进展')] },
  { id: 'track:fintech', name: { zh: '金融科技', en: 'Fintech' }, keywords: ['金融科技'],
    citations: [CHANGNING_TRACKS, q('003', '打造金融科技联动发展新高地')] },
  { id: 'track:green-low-carbon', name: { zh: '绿色低碳', en: 'Green and low-carbon', original: '綠色低碳' },
    keywords: ['绿色低碳', '綠色低碳', '低碳', '双碳', '雙碳', '碳中和', '节能环保', '節能環保', '绿色金融', '碳交易'],
    citations: [CHANGNING_TRACKS, q('003', '加大绿色低碳技术研发力度')] },
  { id: 'track:metaverse-xr', name: { zh: '元宇宙与XR', en: 'Metaverse and XR', aliases: ['元宇宙', 'XR', '虚拟现实'] },
    keywords: ['元宇宙', 'XR', '虚拟现实', '增强现实'],
    citations: [CHANGNING_TRACKS, q('004', '加強對數字經濟、綠色低碳、元宇宙等新賽道產業布局'), q('003', '加强XR终端研发布局')] },
  { id: 'track:connected-vehicles', name: { zh: '智能网联汽车', en: 'Intelligent connected vehicles', original: '智能網聯', aliases: ['智能网联', '智慧型驾驶'] },
    keywords: ['智能网联', '智能網聯', '智慧型駕駛'], citations: [CHANGNING_TRACKS, YANGPU_FOCUS] },
  { id: 'track:design', name: { zh: '现代设计', en: 'Design', aliases: ['工业设计', '设计'] },
    keywords: ['现代设计', '工业设计', '设计企业', '設計'], note: 'Not 芯片设计 (chip design: integrated circuits) nor 设计 in the sense of planning a policy.',
    citations: [YANGPU_MAP, q('004', '依託上海交通大學、華東師範大學在人文、藝術、設計和教育等領域的資源和優勢')] },
  { id: 'track:big-data-cloud', name: { zh: '大数据与云计算', en: 'Big data and cloud computing', original: '大數據' }, keywords: ['大数据', '大數據', '云计算'],
    citations: [YANGPU_MAP, q('003', '围绕大数据、云计算、人工智能、区块链等领域')] },
  { id: 'track:online-economy', name: { zh: '在线新经济', en: 'Online new economy' }, keywords: ['在线新经济'],
    citations: [q('002', '人工智能及大数据、现代设计、科技金融被列为上海市产业地图杨浦重点发展产业,在线新经济在疫情冲击下实现逆势飞扬')] },
  { id: 'track:cultural-creative', name: { zh: '文化创意', en: 'Cultural and creative industries', original: '文創', aliases: ['文创', '数字文化'] },
    keywords: ['文创', '文創', '文化创意', '数字文化'], citations: [CHANGNING_TRACKS, q('003', '形成数字安全及文创产业集聚圈')] },
  { id: 'track:positioning', name: { zh: '位置服务（北斗）', en: 'Positioning services (BeiDou)', aliases: ['位置服务', '北斗'] }, keywords: ['位置服务', '北斗'],
    citations: [YANGPU_FOCUS] },
  { id: 'track:high-end-equipment', name: { zh: '高端装备', en: 'High-end equipment', original: '高端裝備', aliases: ['机器人', '航空航天'] },
    keywords: ['高端装备', '高端裝備', '航空航天', '机器人', '機器人'], citations: [q('004', '構築高端裝備產業集群')] },
];

/** Candidates read and dropped: [record, track, why]. */
const EXCLUDE: [string, string, string][] = [
  ['institution:zizhu-industry-research-institute', 'track:ai', '人工智慧 is the name of the institute listed beside it (上海人工智慧研究院)'],
  ['institution:joint-investment-promotion-1-8-4', 'track:ai', '人工智能 names the alliance listed beside it (虹桥智谷人工智能产业联盟)'],
  ['action:jingan-03-attract-innovative-enterprises', 'track:ai', 'uses an AI conference as a venue to attract firms of any field'],
  ['action:jingan-18-publicity', 'track:ai', 'uses the World AI Conference as a venue for publicity'],
  ['action:dlhw-safeguard-3', 'track:ai', '人工智慧智慧城市 is one of the state programmes the task applies for, not what it builds'],
  ['action:dlhw-safeguard-3', 'track:biomedicine-health', '高端醫療資源 is hospitals for residents (an amenity), not an industry'],
  ['action:dlhw-g4-4', 'track:biomedicine-health', '醫療 is a residents\' amenity (配套設施)'],
  ['carrier:sjtu-north-campus', 'track:biomedicine-health', '醫療 names the demonstration base beside it'],
  ['zone:changqing-industrial-park', 'track:biomedicine-health', '醫療 names the demonstration base beside it'],
  ['enterprise:everbright-securities', 'track:blockchain', '区块链 names the valley listed beside it'],
  ['enterprise:guotai-junan-securities', 'track:blockchain', '区块链 names the valley listed beside it'],
  ['carrier:beidou-high-precision-positioning-platform', 'track:design', '工业设计 names the institute listed beside it'],
  ['carrier:shanghai-industrial-internet-demo-base', 'track:connected-vehicles', '智能网联汽车 names the project listed beside it'],
  ['institution:china-industrial-design-institute', 'track:positioning', '北斗 names the platform listed beside it'],
  ['carrier:unsw-china-centre', 'track:positioning', '北斗 names the institute listed beside it'],
  ['enterprise:oriental-pearl-industry-fund', 'track:positioning', '中兵北斗 is the fund listed beside it'],
  ['enterprise:zhongbing-beidou-industry-fund', 'track:positioning', '中兵北斗 is the fund\'s name; it invests in any field'],
  ['target:yangpu-industry-funds', 'track:positioning', '中兵北斗 is the name of one of the funds counted'],
  ['action:silicon-alley-12-improve-supporting-facilities', 'track:high-end-equipment', '機器人咖啡亭 is a robot coffee kiosk (street furniture)'],
  ['carrier:historic-celebrities-wall', 'track:high-end-equipment', '機器人咖啡亭 is street furniture listed beside it'],
  ['carrier:sh-sme-financing-credit-platform', 'track:big-data-cloud', '大数据 names the platform listed beside it'],
  ['action:jingan-09-entrepreneurship-culture', 'track:big-data-cloud', 'a big-data forum among events of every field'],
];

/** Clause delimiters: a tag quotes the clause around its keyword, not the whole sentence. */
const DELIMS = /[，,；;。：:！!？?\n]/;

function clauseAround(text: string, at: number, length: number): string {
  let start = at;
  while (start > 0 && !DELIMS.test(text[start - 1])) start--;
  let end = at + length;
  while (end < text.length && !DELIMS.test(text[end])) end++;
  return text.slice(start, end).trim();
}

export interface Candidate extends TrackTag { keyword: string; context: string }

/** Every record × track whose citations hold one of the track's keywords (first citation, first keyword position). */
export function candidates(): Candidate[] {
  const { atlas } = assembleAtlas(loadGeodataFiles().files);
  const out: Candidate[] = [];
  for (const r of allRecords(atlas)) {
    if (r.kind === 'department') continue;
    const id = idOfRecord(r);
    for (const track of TRACKS) {
      for (const c of citationsOfRecord(r)) {
        const hits = track.keywords.map((k) => ({ k, at: c.quote.indexOf(k) })).filter((h) => h.at >= 0).sort((a, b) => a.at - b.at);
        if (!hits.length) continue;
        const { k, at } = hits[0];
        const quote = clauseAround(c.quote, at, k.length);
        out.push({ record: id, track: track.id, seed: c.seed, quote, keyword: k, context: c.quote });
        break;
      }
    }
  }
  return out;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const all = candidates();
  const excluded = new Set(EXCLUDE.map(([r, t]) => `${r} ${t}`));
  const stale = EXCLUDE.filter(([r, t]) => !all.some((c) => c.record === r && c.track === t));
  if (stale.length) throw new Error(`exclusions that match no candidate (remove them):\n  ${stale.map((s) => s.slice(0, 2).join(' ')).join('\n  ')}`);
  const kept = all.filter((c) => !excluded.has(`${c.record} ${c.track}`));
  const order = new Map(TRACKS.map((t, i) => [t.id, i]));
  kept.sort((a, b) => order.get(a.track)! - order.get(b.track)! || a.record.localeCompare(b.record));
  const tags: TrackTag[] = kept.map(({ record, track, seed, quote }) => zTrackTag.parse({ record, track, seed, quote }));
  for (const t of tags) if (!seeds[t.seed].includes(t.quote)) throw new Error(`not in seed ${t.seed}: ${t.quote}`);
  writeFileSync(join(OUT, 'tracks.json'), json(TRACKS.map((t) => zTrack.parse(t))));
  writeFileSync(join(OUT, 'track-tags.json'), json(tags));
  if (process.argv.includes('--review')) {
    for (const c of kept) console.log(`${c.track}\t${c.record}\t[${c.keyword}]\t${c.quote}`);
    for (const [r, t, why] of EXCLUDE) console.log(`DROPPED ${t}\t${r}\t${why}`);
  }
  const perTrack = TRACKS.map((t) => `${t.id.slice(6)} ${tags.filter((x) => x.track === t.id).length}`).join(', ');
  console.log(`tag-tracks: ${TRACKS.length} tracks, ${tags.length} tags (${perTrack}); ${EXCLUDE.length} candidates dropped`);
}
