/**
 * The Atlas data model: zod schemas for every record in `geodata/`, and the TypeScript types
 * inferred from them. Records link to each other by stable id (`<kind>:<slug>`); every record
 * carries at least one citation whose quote is an exact substring of its seed file in `seeds/`.
 * Coordinates are WGS84, GeoJSON order [longitude, latitude] (RFC 7946).
 */
import { z } from 'zod';
import { CARRIER_KINDS, ENTERPRISE_KINDS, INSTITUTION_KINDS, PRECISIONS } from './vocab';

export { CARRIER_KINDS, ENTERPRISE_KINDS, INSTITUTION_KINDS, PRECISIONS };

/** The five source documents; the id is the 3-digit prefix of the file name in `seeds/`. */
export const SEED_IDS = ['000', '001', '002', '003', '004'] as const;
export const zSeedId = z.enum(SEED_IDS);
export type SeedId = z.infer<typeof zSeedId>;

/** `<kind>:<slug>`; the kind prefix says which collection the id points into. */
const idOf = <K extends string>(kind: K) =>
  z.string().regex(new RegExp(`^${kind}:[a-z0-9][a-z0-9-]*$`), `expected an id like "${kind}:some-slug"`);

export const zPlanId = idOf('plan');
export const zZoneId = idOf('zone');
export const zCarrierId = idOf('carrier');
export const zInstitutionId = idOf('institution');
export const zEnterpriseId = idOf('enterprise');
export const zActionId = idOf('action');
export const zTargetId = idOf('target');
export const zDepartmentId = idOf('department');
export const zEventId = idOf('event');
export const zGroupingId = idOf('grouping');
export const zDraftItemId = idOf('draft');

/** An exact quote from a seed: `quote` must be a substring of the seed file, in its original script. */
export const zCitation = z.strictObject({
  seed: zSeedId,
  quote: z.string().min(2),
});
export type Citation = z.infer<typeof zCitation>;

/** A name in Simplified Chinese, with a faithful English name where one can be given. */
export const zName = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1).optional(),
  /** The name as printed when the seed is in Traditional characters (000, 004). */
  original: z.string().min(1).optional(),
  /** Other spellings or short forms used in the texts (for search and de-duplication). */
  aliases: z.array(z.string().min(1)).optional(),
});
export type Name = z.infer<typeof zName>;

/** How precise a location is: see src/data/vocab.ts. */
export const zPrecision = z.enum(PRECISIONS);
export type Precision = z.infer<typeof zPrecision>;

/** Where a geometry came from and how sure it is. */
export const zLocation = z.strictObject({
  precision: zPrecision,
  /** The evidence: e.g. "address in 002: 四平路1028弄", "OSM metro station 江苏路 (reference-geodata)". */
  source: z.string().min(3),
  /** How the geometry was made from the source (required for zones). */
  method: z.string().min(3).optional(),
  note: z.string().min(1).optional(),
});
export type Location = z.infer<typeof zLocation>;

const zBase = {
  name: zName,
  citations: z.array(zCitation).min(1),
  note: z.string().min(1).optional(),
};

// ---------------------------------------------------------------- plans

export const zActionGroup = z.strictObject({
  /** Unique within the plan, e.g. "g1" or "safeguards". */
  key: z.string().regex(/^[a-z0-9-]+$/),
  /** As printed, e.g. "(一)" or "五". */
  number: z.string().min(1),
  title: zName,
  citation: zCitation,
});
export type ActionGroup = z.infer<typeof zActionGroup>;

export const zPlan = z.strictObject({
  id: zPlanId,
  /** plan: a source document's own plan; reply: the CPPCC reply (001); referenced: a plan or law a seed cites. */
  kind: z.enum(['plan', 'reply', 'referenced']),
  /** The seed that is this document (absent for referenced plans). */
  seed: zSeedId.optional(),
  ...zBase,
  issuer: zName.optional(),
  /** ISO date (YYYY-MM-DD) or year (YYYY) as given. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
  period: z.string().regex(/^\d{4}(-\d{4})?$/).optional(),
  docNumber: z.string().optional(),
  /** District (区) the plan covers, e.g. "长宁区"; absent for municipal plans. */
  district: z.string().optional(),
  /** Action groups in printed order (专项行动 / 重点任务 / 保障措施). */
  groups: z.array(zActionGroup).default([]),
  /** Other plans this document cites. */
  cites: z.array(zPlanId).default([]),
});
export type Plan = z.infer<typeof zPlan>;

// ---------------------------------------------------------------- zones

export const ZONE_TYPES = [
  'area', // a plan's whole area (上海硅巷, 大零号湾)
  'sub-area', // a functional or strategic area inside it (C/T/O, west/centre/east)
  'cell', // a 田字格 cell
  'themed-street', // 五大主题街区
  'belt', // a functional belt along a road
  'corridor', // a line with a stated buffer
  'block', // a named street block or innovation street (创新创业街区)
  'park', // an industrial / science park area
  'campus',
  'subdistrict', // 街道 / 镇
  'radiation', // the 大零号湾 radiation area
] as const;

/** Shanghai's 16 districts, the only valid values of `district`. */
export const DISTRICTS = [
  '黄浦区', '徐汇区', '长宁区', '静安区', '普陀区', '虹口区', '杨浦区', '闵行区',
  '宝山区', '嘉定区', '浦东新区', '金山区', '松江区', '青浦区', '奉贤区', '崇明区',
] as const;

export const zZoneProperties = z.strictObject({
  id: zZoneId,
  plan: zPlanId,
  ...zBase,
  zoneType: z.enum(ZONE_TYPES),
  /** The enclosing zone, if any (a cell's parent is its area). */
  parent: zZoneId.optional(),
  /** Districts the zone lies in (most lie in one). */
  districts: z.array(z.enum(DISTRICTS)).min(1),
  /** Area stated in the text, km². */
  statedAreaKm2: z.number().positive().optional(),
  /** The sentence that names the boundary (四至), when the text gives one. */
  boundaryQuote: zCitation.optional(),
  location: zLocation.extend({ method: z.string().min(3) }),
});
export type ZoneProperties = z.infer<typeof zZoneProperties>;

const zPosition = z.tuple([z.number(), z.number()]);
const zRing = z.array(zPosition).min(4);
export const zPolygonGeometry = z.union([
  z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(zRing).min(1) }),
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(zRing).min(1)).min(1) }),
]);
export const zPointGeometry = z.strictObject({ type: z.literal('Point'), coordinates: zPosition });

export const zZone = z.strictObject({
  type: z.literal('Feature'),
  properties: zZoneProperties,
  geometry: zPolygonGeometry,
});
export type Zone = z.infer<typeof zZone>;

// ---------------------------------------------------------------- places (carriers, institutions, enterprises)


const placeProperties = {
  ...zBase,
  /** Zones the text ties this record to. */
  zones: z.array(zZoneId).default([]),
  /** Address as printed in the text, if any. */
  address: z.string().optional(),
  /** Required when the geometry is not null. */
  location: zLocation.optional(),
};

export const zCarrierProperties = z.strictObject({
  id: zCarrierId,
  kind: z.enum(CARRIER_KINDS),
  ...placeProperties,
  /** Institutions or enterprises that own or operate it. */
  operators: z.array(z.union([zInstitutionId, zEnterpriseId])).default([]),
});
export const zInstitutionProperties = z.strictObject({
  id: zInstitutionId,
  kind: z.enum(INSTITUTION_KINDS),
  ...placeProperties,
});
export const zEnterpriseProperties = z.strictObject({
  id: zEnterpriseId,
  kind: z.enum(ENTERPRISE_KINDS),
  ...placeProperties,
});

const placeFeature = <P extends z.ZodType>(properties: P) =>
  z.strictObject({ type: z.literal('Feature'), properties, geometry: zPointGeometry.nullable() });

export const zCarrier = placeFeature(zCarrierProperties);
export const zInstitution = placeFeature(zInstitutionProperties);
export const zEnterprise = placeFeature(zEnterpriseProperties);
export type Carrier = z.infer<typeof zCarrier>;
export type Institution = z.infer<typeof zInstitution>;
export type Enterprise = z.infer<typeof zEnterprise>;
export type Place = Carrier | Institution | Enterprise;

// ---------------------------------------------------------------- actions, targets, departments

export const zAction = z.strictObject({
  id: zActionId,
  plan: zPlanId,
  /** `key` of one of the plan's groups. */
  group: z.string().regex(/^[a-z0-9-]+$/),
  /** The number as printed ("1", "12", "16"); 004 restarts in each group. */
  number: z.string().min(1),
  ...zBase,
  /** True for 保障措施 (safeguard measures). */
  safeguard: z.boolean().default(false),
  /** 责任部门, in printed order. */
  departments: z.array(zDepartmentId).default([]),
  zones: z.array(zZoneId).default([]),
  carriers: z.array(zCarrierId).default([]),
  institutions: z.array(zInstitutionId).default([]),
  enterprises: z.array(zEnterpriseId).default([]),
  targets: z.array(zTargetId).default([]),
});
export type Action = z.infer<typeof zAction>;

export const zTarget = z.strictObject({
  id: zTargetId,
  plan: zPlanId,
  /** target: a goal for `year`; baseline: a figure reached by `year`. */
  kind: z.enum(['target', 'baseline']),
  ...zBase,
  /** What is measured, e.g. {zh: '高新技术企业', en: 'high-tech enterprises'}; `name` is the full label. */
  metric: zName,
  /** The figure; absent for a qualitative target (a goal stated in words: "持续保持全市领先水平"). */
  value: z.number().optional(),
  /** Upper bound for a range ("1到2个"). */
  valueMax: z.number().optional(),
  /** eq: exactly; gte: "以上/达"; approx: "约/余"; range: value..valueMax; increase: "新增"; qualitative: no figure, only words. */
  comparator: z.enum(['eq', 'gte', 'approx', 'range', 'increase', 'qualitative']),
  /** The figure's unit (absent for a qualitative target). */
  unit: z.string().min(1).optional(),
  /** The figure as printed, e.g. "600家以上"; for a qualitative target, the words of the goal. */
  valueText: z.string().min(1),
  year: z.number().int().min(1990).max(2050),
  zones: z.array(zZoneId).default([]),
}).refine(
  (t) => (t.comparator === 'qualitative'
    ? t.value === undefined && t.valueMax === undefined && t.unit === undefined
    : t.value !== undefined && t.unit !== undefined),
  { message: 'a qualitative target has no value, valueMax or unit; any other target has a value and a unit' },
);
export type Target = z.infer<typeof zTarget>;

export const zDepartment = z.strictObject({
  id: zDepartmentId,
  /**
   * Plans whose text names this department (as a 责任部门 of an action, an issuer, an addressee, a
   * visitor …). Not derivable from the actions alone: the validator proves that it holds every plan of
   * the department's actions, and that each other plan is one whose seed the department quotes.
   */
  plans: z.array(zPlanId).min(1),
  ...zBase,
  /** Every spelling found in the texts, including typos, merged into this record. */
  variants: z.array(z.string().min(1)).default([]),
});
export type Department = z.infer<typeof zDepartment>;

// ---------------------------------------------------------------- events (issue 13)

/** A name with its English translation (required: the timeline and the panels show both). */
const zNameEn = zName.extend({ en: z.string().min(1) });
const zDateText = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const EVENT_TYPES = [
  'conference', // 大会 / 峰会 / 论坛 / 博览会
  'contest', // 大赛 / 挑战赛
  'activity', // 活动周, 沙龙, 早餐会, 系列活动
  'visit', // 考察 / 视察 / 参观调研 / 走访
  'meeting', // 会议, 通报会, 汇报, 沟通
  'consultation', // 征求意见
  'launch', // 发布会, 成立
  'interview', // 媒体采访
] as const;

/**
 * An event the texts name: dated (`when.date`), recurring (`when.recurrence`) or only planned for the
 * plan's period (`when.period`). `when.text` is the date or recurrence exactly as printed (a substring of
 * one of the citations); `when.reference`, when the printed date has no year (今年2月8日), is the printed
 * date of the document that fixes the year (2023年4月23日). T (the timeline) reads this shape.
 */
export const zEvent = z.strictObject({
  id: zEventId,
  /** The plan whose seed names it first; `plans` lists every plan that names it. */
  plan: zPlanId,
  plans: z.array(zPlanId).default([]),
  name: zNameEn,
  citations: z.array(zCitation).min(1),
  note: z.string().min(1).optional(),
  eventType: z.enum(EVENT_TYPES),
  /** held: the text reports it; planned: the text plans or announces it; recurring: a series. */
  status: z.enum(['held', 'planned', 'recurring']),
  when: z.strictObject({
    date: zDateText.optional(),
    recurrence: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }).optional(),
    /** 'YYYY-YYYY': the plan period, for an event the text plans without a date. */
    period: z.string().regex(/^\d{4}-\d{4}$/).optional(),
    text: z.string().min(1),
    reference: z.string().min(1).optional(),
  }),
  zones: z.array(zZoneId).default([]),
  /** Carriers and institutions where it takes place. */
  places: z.array(z.union([zCarrierId, zInstitutionId])).default([]),
  /** Departments that organise or host it, where the text says so. */
  organisers: z.array(zDepartmentId).default([]),
  /** Others the text names taking part: visitors, interviewed units, invited bodies. */
  participants: z.array(z.union([zDepartmentId, zInstitutionId, zEnterpriseId])).default([]),
  /** Actions of the plan that report or plan it. */
  actions: z.array(zActionId).default([]),
});
export type AtlasEvent = z.infer<typeof zEvent>;

// ---------------------------------------------------------------- groupings (issue 13)

/**
 * A named set of zones the texts use as one idea (一廊一圈一谷一园, 五大主题街区, "20+4+4+1" …): its
 * quote, its member zones in printed order, the groupings it is made of, and members the text counts
 * that are not zones of the atlas (the 20 science parks of "20+4+4+1").
 */
export const zGrouping = z.strictObject({
  id: zGroupingId,
  plan: zPlanId,
  name: zNameEn,
  citations: z.array(zCitation).min(1),
  note: z.string().min(1).optional(),
  zones: z.array(zZoneId).default([]),
  groupings: z.array(zGroupingId).default([]),
  unmapped: z.array(z.strictObject({ name: zNameEn, citation: zCitation })).default([]),
});
export type Grouping = z.infer<typeof zGrouping>;

// ---------------------------------------------------------------- draft → final (issue 13)

/**
 * An item of a draft that a seed describes (001 describes the draft of 000: 6 专项, 12 子项) and what it
 * became in the final plan: `becameGroup` (a group key of `finalPlan`) for a 专项, `becameActions` for a
 * 子项; `fate` says how it changed (kept: same words; renamed; merged: into an action that also holds
 * another item; dropped: nothing in the final plan). `basis` is the reading, for readers.
 */
export const zDraftItem = z.strictObject({
  id: zDraftItemId,
  /** The plan (reply) whose seed describes the draft. */
  plan: zPlanId,
  /** The final plan the draft became. */
  finalPlan: zPlanId,
  level: z.enum(['group', 'item']),
  /** For an item: its 专项 (a draft item of level group). */
  parent: zDraftItemId.optional(),
  /** Position in the printed order (1-based, within its parent for items). */
  order: z.number().int().positive(),
  name: zNameEn,
  citations: z.array(zCitation).min(1),
  note: z.string().min(1).optional(),
  fate: z.enum(['kept', 'renamed', 'moved', 'merged', 'dropped']),
  becameGroup: z.string().regex(/^[a-z0-9-]+$/).optional(),
  becameActions: z.array(zActionId).default([]),
  basis: z.strictObject({ zh: z.string().min(2), en: z.string().min(2) }),
});
export type DraftItem = z.infer<typeof zDraftItem>;

// ---------------------------------------------------------------- designations (issue 13)

/**
 * A title a zone or carrier holds or is working towards (国家级旅游休闲街区, 首批全国人工智能示范园区 …),
 * as an attribute of that record, cited. `status`: held (the text says it has it), pursuing (争创/创建).
 */
export const zDesignation = z.strictObject({
  record: z.string().regex(/^(zone|carrier|institution):[a-z0-9][a-z0-9-]*$/, 'expected a zone, carrier or institution id'),
  name: zNameEn,
  status: z.enum(['held', 'pursuing']),
  /** The year it was granted, when printed. */
  year: z.number().int().min(1900).max(2050).optional(),
  citation: zCitation,
});
export type Designation = z.infer<typeof zDesignation>;

// ---------------------------------------------------------------- industry tracks

export const zTrackId = idOf('track');

/**
 * An industry track as the texts name it (人工智能, 集成电路, 区块链 …). `keywords` are the words that
 * justify a tag, in both scripts where they differ (000 and 004 are Traditional).
 */
export const zTrack = z.strictObject({
  id: zTrackId,
  name: zName,
  keywords: z.array(z.string().min(1)).min(1),
  citations: z.array(zCitation).min(1),
  note: z.string().min(1).optional(),
});
export type Track = z.infer<typeof zTrack>;

/**
 * A record tagged with a track: `quote` is an exact substring of one of the record's own citation
 * quotes (of `seed`), and contains one of the track's keywords.
 */
export const zTrackTag = z.strictObject({
  record: z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9-]*$/, 'expected a record id like "carrier:some-slug"'),
  track: zTrackId,
  seed: zSeedId,
  quote: z.string().min(2),
});
export type TrackTag = z.infer<typeof zTrackTag>;

// ---------------------------------------------------------------- reader texts

/** A text for readers in both UI languages. */
export const zReaderString = z.strictObject({ zh: z.string().min(2), en: z.string().min(2) });
export type ReaderString = z.infer<typeof zReaderString>;

/**
 * What the panels show a reader about a record, in place of the developer notes (`location.method`,
 * `location.source`, `location.note`, `note`), which stay in the data for docs/ and the scripts.
 * - basis: what the location (shape or point) is based on and how sure it is; required for every
 *   record with a location;
 * - note: the record's note for readers; required for every place and action with a `note`.
 * Plain words: no file paths, no record ids, no script or layer names (see validate.ts).
 */
export const zReaderText = z.strictObject({
  basis: zReaderString.optional(),
  note: zReaderString.optional(),
});
export type ReaderText = z.infer<typeof zReaderText>;

/** `geodata/<folder>/reader-texts.json`: reader texts keyed by record id. */
export const zReaderTextFile = z.record(
  z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9-]*$/, 'expected a record id like "zone:some-slug"'),
  zReaderText,
);

/** One reader text as the atlas holds it (an array, like the other collections). */
export interface ReaderTextEntry extends ReaderText { record: string }

// ---------------------------------------------------------------- the assembled atlas

export interface Atlas {
  plans: Plan[];
  zones: Zone[];
  carriers: Carrier[];
  institutions: Institution[];
  enterprises: Enterprise[];
  actions: Action[];
  targets: Target[];
  departments: Department[];
  /** Industry tracks (geodata/shared/tracks.json) and the records tagged with them (track-tags.json). */
  tracks: Track[];
  trackTags: TrackTag[];
  /** What the panels show readers about locations and notes (geodata/<folder>/reader-texts.json). */
  readerTexts: ReaderTextEntry[];
  /** Issue 13: events, groupings of zones, the draft's items, designations of zones and carriers. */
  events: AtlasEvent[];
  groupings: Grouping[];
  draftItems: DraftItem[];
  designations: Designation[];
}

export type { RecordKind } from './ids';
export { kindOfId } from './ids';
