/**
 * Checks that go beyond the schema: links resolve, quotes are exact, geometries are valid and in
 * Shanghai. Pure; `scripts/validate.ts` runs it over `geodata/` and `seeds/` and prints the issues.
 */
import { kinks, polygon as turfPolygon } from '@turf/turf';
import type { Atlas, Citation, SeedId } from './schema';
import type { DataIssue } from './issues';

/** Shanghai's extent with a margin, degrees (WGS84). */
export const SHANGHAI_BBOX = { minLng: 120.8, maxLng: 122.3, minLat: 30.6, maxLat: 31.95 } as const;

type Position = [number, number];

export function checkPosition([lng, lat]: Position): string | undefined {
  const b = SHANGHAI_BBOX;
  if (lng >= b.minLng && lng <= b.maxLng && lat >= b.minLat && lat <= b.maxLat) return undefined;
  if (lat >= b.minLng && lat <= b.maxLng && lng >= b.minLat && lng <= b.maxLat) {
    return `coordinate [${lng}, ${lat}] is in the wrong order: GeoJSON wants [longitude, latitude]`;
  }
  return `coordinate [${lng}, ${lat}] is outside Shanghai (lng ${b.minLng}–${b.maxLng}, lat ${b.minLat}–${b.maxLat})`;
}

/** Problems with one polygon's rings: unclosed, too short, self-intersecting, out of Shanghai. */
export function checkPolygonRings(rings: Position[][]): string[] {
  const problems: string[] = [];
  rings.forEach((ring, r) => {
    const which = r === 0 ? 'outer ring' : `hole ${r}`;
    if (ring.length < 4) problems.push(`${which} has ${ring.length} positions (at least 4 needed)`);
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) problems.push(`${which} is not closed`);
    for (const p of ring) {
      const bad = checkPosition(p);
      if (bad) { problems.push(`${which}: ${bad}`); break; }
    }
  });
  if (problems.length) return problems;
  const crossings = kinks(turfPolygon(rings)).features;
  if (crossings.length) {
    const [lng, lat] = crossings[0].geometry.coordinates;
    problems.push(`polygon intersects itself (${crossings.length} crossing(s), first near [${lng.toFixed(5)}, ${lat.toFixed(5)}])`);
  }
  return problems;
}

interface LinkSpec { field: string; ids: readonly string[] }

function linksOf(atlas: Atlas): { id: string; links: LinkSpec[] }[] {
  const out: { id: string; links: LinkSpec[] }[] = [];
  for (const p of atlas.plans) out.push({ id: p.id, links: [{ field: 'cites', ids: p.cites }] });
  for (const z of atlas.zones) {
    const pr = z.properties;
    out.push({ id: pr.id, links: [{ field: 'plan', ids: [pr.plan] }, { field: 'parent', ids: pr.parent ? [pr.parent] : [] }] });
  }
  for (const c of atlas.carriers) {
    const pr = c.properties;
    out.push({ id: pr.id, links: [{ field: 'zones', ids: pr.zones }, { field: 'operators', ids: pr.operators }] });
  }
  for (const f of [...atlas.institutions, ...atlas.enterprises]) {
    out.push({ id: f.properties.id, links: [{ field: 'zones', ids: f.properties.zones }] });
  }
  for (const a of atlas.actions) {
    out.push({
      id: a.id,
      links: [
        { field: 'plan', ids: [a.plan] }, { field: 'departments', ids: a.departments }, { field: 'zones', ids: a.zones },
        { field: 'carriers', ids: a.carriers }, { field: 'institutions', ids: a.institutions },
        { field: 'enterprises', ids: a.enterprises }, { field: 'targets', ids: a.targets },
      ],
    });
  }
  for (const t of atlas.targets) out.push({ id: t.id, links: [{ field: 'plan', ids: [t.plan] }, { field: 'zones', ids: t.zones }] });
  for (const d of atlas.departments) out.push({ id: d.id, links: [{ field: 'plans', ids: d.plans }] });
  for (const e of atlas.events ?? []) {
    out.push({
      id: e.id,
      links: [
        { field: 'plan', ids: [e.plan] }, { field: 'plans', ids: e.plans }, { field: 'zones', ids: e.zones },
        { field: 'places', ids: e.places }, { field: 'organisers', ids: e.organisers }, { field: 'participants', ids: e.participants },
        { field: 'actions', ids: e.actions },
      ],
    });
  }
  for (const g of atlas.groupings ?? []) {
    out.push({ id: g.id, links: [{ field: 'plan', ids: [g.plan] }, { field: 'zones', ids: g.zones }, { field: 'groupings', ids: g.groupings }] });
  }
  for (const d of atlas.draftItems ?? []) {
    out.push({
      id: d.id,
      links: [
        { field: 'plan', ids: [d.plan] }, { field: 'finalPlan', ids: [d.finalPlan] },
        { field: 'parent', ids: d.parent ? [d.parent] : [] }, { field: 'becameActions', ids: d.becameActions },
      ],
    });
  }
  return out;
}

function citationsOf(atlas: Atlas): { id: string; citations: Citation[] }[] {
  const out: { id: string; citations: Citation[] }[] = [];
  const push = (id: string, citations: Citation[]) => out.push({ id, citations });
  for (const p of atlas.plans) push(p.id, [...p.citations, ...p.groups.map((g) => g.citation)]);
  for (const z of atlas.zones) {
    const pr = z.properties;
    push(pr.id, pr.boundaryQuote ? [...pr.citations, pr.boundaryQuote] : pr.citations);
  }
  for (const f of [...atlas.carriers, ...atlas.institutions, ...atlas.enterprises]) push(f.properties.id, f.properties.citations);
  for (const r of [...atlas.actions, ...atlas.targets, ...atlas.departments, ...atlas.tracks]) push(r.id, r.citations);
  for (const r of [...(atlas.events ?? []), ...(atlas.draftItems ?? [])]) push(r.id, r.citations);
  for (const g of atlas.groupings ?? []) push(g.id, [...g.citations, ...g.unmapped.map((u) => u.citation)]);
  return out;
}

export function validateAtlas(
  atlas: Atlas,
  seeds: Record<SeedId, string>,
  fileOf: Map<string, string>,
  textFileOf: Map<string, string> = new Map(),
): DataIssue[] {
  const issues: DataIssue[] = [];
  const file = (id: string) => fileOf.get(id) ?? '(unknown file)';
  const known = new Set(fileOf.keys());

  for (const { id, links } of linksOf(atlas)) {
    for (const { field, ids } of links) {
      for (const target of ids) {
        if (!known.has(target)) issues.push({ file: file(id), record: id, message: `${field}: link to unknown id "${target}"` });
      }
    }
  }

  for (const { id, citations } of citationsOf(atlas)) {
    for (const c of citations) {
      if (!seeds[c.seed].includes(c.quote)) {
        issues.push({ file: file(id), record: id, message: `quote is not an exact substring of seed ${c.seed}: "${c.quote.slice(0, 60)}${c.quote.length > 60 ? '…' : ''}"` });
      }
    }
  }

  for (const plan of atlas.plans) {
    const keys = new Set<string>();
    for (const g of plan.groups) {
      if (keys.has(g.key)) issues.push({ file: file(plan.id), record: plan.id, message: `duplicate group key "${g.key}"` });
      keys.add(g.key);
    }
  }
  const groupsOf = new Map(atlas.plans.map((p) => [p.id, new Set(p.groups.map((g) => g.key))]));
  for (const a of atlas.actions) {
    if (groupsOf.has(a.plan) && !groupsOf.get(a.plan)!.has(a.group)) {
      issues.push({ file: file(a.id), record: a.id, message: `group "${a.group}" is not one of plan ${a.plan}'s groups` });
    }
  }

  for (const zone of atlas.zones) {
    const g = zone.geometry;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    polygons.forEach((rings, i) => {
      for (const problem of checkPolygonRings(rings as Position[][])) {
        issues.push({ file: file(zone.properties.id), record: zone.properties.id, message: polygons.length > 1 ? `polygon ${i}: ${problem}` : problem });
      }
    });
    if (zone.properties.parent === zone.properties.id) {
      issues.push({ file: file(zone.properties.id), record: zone.properties.id, message: 'zone is its own parent' });
    }
  }

  issues.push(...validateDepartmentPlans(atlas, fileOf));
  issues.push(...validateEvents(atlas, fileOf));
  issues.push(...validateGroupings(atlas, fileOf));
  issues.push(...validateDraftItems(atlas, fileOf));
  issues.push(...validateDesignations(atlas, seeds, fileOf));
  issues.push(...validateTrackTags(atlas, fileOf));
  issues.push(...validateReaderTexts(atlas, fileOf, textFileOf));

  for (const place of [...atlas.carriers, ...atlas.institutions, ...atlas.enterprises]) {
    const { id, location } = place.properties;
    if (place.geometry) {
      const bad = checkPosition(place.geometry.coordinates as Position);
      if (bad) issues.push({ file: file(id), record: id, message: bad });
      if (!location) issues.push({ file: file(id), record: id, message: 'has a point but no location (precision and source)' });
    } else if (location) {
      issues.push({ file: file(id), record: id, message: 'has a location but no point geometry' });
    }
  }
  return issues;
}

/** The plan that is each seed's own document. */
function planOfSeedMap(atlas: Atlas): Map<SeedId, string> {
  return new Map(atlas.plans.filter((p) => p.seed).map((p) => [p.seed!, p.id]));
}

/**
 * Department.plans restates links, so it is proven, not trusted: it must be exactly the plans whose seeds
 * the department's own quotes cite (a body named as issuer, addressee or visitor belongs to that plan too),
 * and it must hold every plan of the actions that list the department and of the events it organises or
 * joins.
 */
function validateDepartmentPlans(atlas: Atlas, fileOf: Map<string, string>): DataIssue[] {
  const issues: DataIssue[] = [];
  const planOfSeed = planOfSeedMap(atlas);
  const linked = new Map<string, Set<string>>();
  const add = (d: string, plan: string) => { if (!linked.has(d)) linked.set(d, new Set()); linked.get(d)!.add(plan); };
  for (const a of atlas.actions) for (const d of a.departments) add(d, a.plan);
  for (const e of atlas.events ?? []) for (const d of [...e.organisers, ...e.participants]) if (d.startsWith('department:')) add(d, e.plan);
  for (const d of atlas.departments) {
    const file = fileOf.get(d.id) ?? '(unknown file)';
    const fromQuotes = new Set(d.citations.map((c) => planOfSeed.get(c.seed)).filter((p): p is string => !!p));
    const stored = new Set(d.plans);
    const extra = [...stored].filter((p) => !fromQuotes.has(p));
    const missing = [...fromQuotes].filter((p) => !stored.has(p));
    if (extra.length) issues.push({ file, record: d.id, message: `plans: ${extra.join(', ')} listed, but the department quotes none of its seed` });
    if (missing.length) issues.push({ file, record: d.id, message: `plans: ${missing.join(', ')} missing (the department quotes its seed)` });
    const unlisted = [...(linked.get(d.id) ?? [])].filter((p) => !stored.has(p));
    if (unlisted.length) issues.push({ file, record: d.id, message: `plans: ${unlisted.join(', ')} missing (an action or event of that plan names the department)` });
  }
  return issues;
}

/** What a record's citations say, joined (to check that printed words are among them). */
const quoted = (citations: readonly Citation[]) => citations.map((c) => c.quote);

/**
 * Events: `when.text` is printed in one of its quotes; a date, a recurrence or a period is given; the
 * date agrees with the printed words (its month and day are printed, and its year is printed or fixed by
 * `when.reference`, itself quoted); its plans include its own plan; its quotes come from its plans' seeds.
 */
function validateEvents(atlas: Atlas, fileOf: Map<string, string>): DataIssue[] {
  const issues: DataIssue[] = [];
  const seedOfPlan = new Map(atlas.plans.filter((p) => p.seed).map((p) => [p.id, p.seed!]));
  for (const e of atlas.events ?? []) {
    const problem = (message: string) => issues.push({ file: fileOf.get(e.id) ?? '(unknown file)', record: e.id, message });
    const quotes = quoted(e.citations);
    const { when } = e;
    if (!quotes.some((q) => q.includes(when.text))) problem(`when.text "${when.text}" is not in any of its quotes`);
    if (when.reference && !quotes.some((q) => q.includes(when.reference!))) problem(`when.reference "${when.reference}" is not in any of its quotes`);
    if (!when.date && !when.recurrence && !when.period) problem('when: needs a date, a recurrence or a period');
    if (when.date) {
      const [y, m, d] = when.date.split('-').map(Number);
      const printed = `${when.text} ${when.reference ?? ''}`;
      // 去年 (last year) in a dated text: the year before the reference date's.
      const lastYear = when.text.includes('去年') && when.reference?.includes(String(y + 1));
      if (!printed.includes(String(y)) && !lastYear) problem(`when.date ${when.date}: the year ${y} is printed neither in when.text nor in when.reference`);
      if (m && !new RegExp(`(^|[^0-9])${m}月`).test(when.text)) problem(`when.date ${when.date}: month ${m} is not printed in when.text "${when.text}"`);
      if (d && !new RegExp(`(^|[^0-9])${d}日`).test(when.text)) problem(`when.date ${when.date}: day ${d} is not printed in when.text "${when.text}"`);
    }
    const plans = new Set([e.plan, ...e.plans]);
    if (e.plans.length && !e.plans.includes(e.plan)) problem(`plans must include its plan ${e.plan}`);
    const seeds = new Set([...plans].map((p) => seedOfPlan.get(p)));
    for (const c of e.citations) if (!seeds.has(c.seed)) problem(`cites seed ${c.seed}, which is not the seed of any of its plans`);
  }
  return issues;
}

/** Groupings: at least one member; members unique; child groupings exist, and no grouping contains itself. */
function validateGroupings(atlas: Atlas, fileOf: Map<string, string>): DataIssue[] {
  const issues: DataIssue[] = [];
  const byId = new Map((atlas.groupings ?? []).map((g) => [g.id, g]));
  for (const g of atlas.groupings ?? []) {
    const problem = (message: string) => issues.push({ file: fileOf.get(g.id) ?? '(unknown file)', record: g.id, message });
    if (!g.zones.length && !g.groupings.length) problem('has no member zones and no member groupings');
    if (new Set(g.zones).size !== g.zones.length) problem('lists a member zone twice');
    const seen = new Set<string>();
    const walk = (id: string): boolean => {
      if (id === g.id && seen.size) return true;
      if (seen.has(id)) return false;
      seen.add(id);
      return (byId.get(id)?.groupings ?? []).some(walk);
    };
    if (walk(g.id)) problem('contains itself (through its member groupings)');
  }
  return issues;
}

/**
 * Draft items: a 专项 (group) has no parent and names the final plan's group it became (or is dropped);
 * an item's parent is a draft group; a dropped item became nothing, any other became one or more actions
 * of the final plan; the draft is described by its plan's seed.
 */
function validateDraftItems(atlas: Atlas, fileOf: Map<string, string>): DataIssue[] {
  const issues: DataIssue[] = [];
  const drafts = new Map((atlas.draftItems ?? []).map((d) => [d.id, d]));
  const plans = new Map(atlas.plans.map((p) => [p.id, p]));
  const actions = new Map(atlas.actions.map((a) => [a.id, a]));
  for (const d of atlas.draftItems ?? []) {
    const problem = (message: string) => issues.push({ file: fileOf.get(d.id) ?? '(unknown file)', record: d.id, message });
    const seed = plans.get(d.plan)?.seed;
    const printedName = d.name.zh.split('（')[0];
    if (!d.citations.some((c) => c.quote.includes(printedName))) problem(`its name "${printedName}" is not printed in any of its quotes`);
    if (seed && d.citations.some((c) => c.seed !== seed)) problem(`a draft item cites only the seed that describes the draft (${seed})`);
    if (d.level === 'group') {
      if (d.parent) problem('a draft 专项 (level group) has no parent');
      if (d.becameActions.length) problem('a draft 专项 becomes a group (becameGroup), not actions');
      if (d.fate === 'dropped' ? d.becameGroup !== undefined : d.becameGroup === undefined) problem(d.fate === 'dropped' ? 'is dropped but names a group it became' : 'names no group it became (becameGroup), and is not dropped');
      const final = plans.get(d.finalPlan);
      if (d.becameGroup && final && !final.groups.some((g) => g.key === d.becameGroup)) problem(`becameGroup "${d.becameGroup}" is not a group of ${d.finalPlan}`);
    } else {
      const parent = d.parent ? drafts.get(d.parent) : undefined;
      if (!parent || parent.level !== 'group') problem('a draft 子项 (level item) needs a parent draft 专项');
      if (d.becameGroup) problem('a draft 子项 becomes actions (becameActions), not a group');
      if (d.fate === 'dropped' ? d.becameActions.length > 0 : d.becameActions.length === 0) problem(d.fate === 'dropped' ? 'is dropped but names actions it became' : 'names no action it became, and is not dropped');
      for (const a of d.becameActions) {
        const action = actions.get(a);
        if (action && action.plan !== d.finalPlan) problem(`became ${a}, which is not an action of ${d.finalPlan}`);
      }
    }
    for (const lang of ['zh', 'en'] as const) {
      const bad = readerTextProblem(d.basis[lang], lang);
      if (bad) problem(`basis.${lang} ${bad}`);
    }
  }
  return issues;
}

/** Designations: the record exists, the title is printed in the quote, the quote is exact. */
function validateDesignations(atlas: Atlas, seeds: Record<SeedId, string>, fileOf: Map<string, string>): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const d of atlas.designations ?? []) {
    // Designations are stored beside the record they belong to (geodata/<folder>/designations.json).
    const own = fileOf.get(d.record);
    const file = own ? `${own.slice(0, own.lastIndexOf('/') + 1)}designations.json` : 'designations.json';
    const problem = (message: string) => issues.push({ file, record: d.record, message: `designation ${d.name.zh}: ${message}` });
    if (!fileOf.has(d.record)) problem(`unknown record "${d.record}"`);
    if (!seeds[d.citation.seed].includes(d.citation.quote)) problem(`quote is not an exact substring of seed ${d.citation.seed}: "${d.citation.quote.slice(0, 60)}"`);
    const printed = d.name.original ?? d.name.zh;
    if (!d.citation.quote.includes(printed)) problem(`the title "${printed}" is not printed in its quote`);
    if (d.year !== undefined && !d.citation.quote.includes(String(d.year))) problem(`year ${d.year} is not printed in its quote`);
  }
  return issues;
}

/**
 * Track tags: the record and the track exist, and the tag's quote lies inside one of the record's own
 * citation quotes (so it is exact in the seed) and contains one of the track's keywords.
 */
function validateTrackTags(atlas: Atlas, fileOf: Map<string, string>): DataIssue[] {
  const issues: DataIssue[] = [];
  const tracks = new Map(atlas.tracks.map((t) => [t.id, t]));
  const citations = new Map(citationsOf(atlas).map((r) => [r.id, r.citations]));
  for (const tag of atlas.trackTags) {
    // Tags are stored beside their tracks (geodata/shared/): name that file.
    const trackFile = fileOf.get(tag.track);
    const file = trackFile ? `${trackFile.slice(0, trackFile.lastIndexOf('/') + 1)}track-tags.json` : 'track-tags.json';
    const problem = (message: string) => issues.push({ file, record: tag.record, message: `track tag ${tag.track}: ${message}` });
    const track = tracks.get(tag.track);
    const own = tag.record.startsWith('track:') ? undefined : citations.get(tag.record);
    if (!own) problem(`unknown record "${tag.record}"`);
    if (!track) problem(`unknown track "${tag.track}"`);
    if (!own || !track) continue;
    if (!own.some((c) => c.seed === tag.seed && c.quote.includes(tag.quote))) {
      problem(`quote is not part of any of the record's citations in seed ${tag.seed}: "${tag.quote}"`);
    }
    if (!track.keywords.some((k) => tag.quote.includes(k))) {
      problem(`quote contains none of the track's keywords (${track.keywords.join(', ')}): "${tag.quote}"`);
    }
  }
  return issues;
}

/** A record id in running text (`zone:dlhw-radiation`): readers must never see one. */
export const ID_TOKEN = /\b(zone|carrier|institution|enterprise|action|target|department|plan|track):[a-z0-9-]+/;
/** A file path or a script folder (`scripts/geodata/trace-minhang.ts`, `docs/GEODATA.md`, `metro-stations.geojson`). */
export const PATH_TOKEN = /[\w-]+\/[\w.-]+\.(ts|json|geojson|md)\b|[\w-]+\.(ts|geojson)\b|scripts\//;
const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/g;

/** What is wrong with a reader text in one language, if anything. */
export function readerTextProblem(text: string, lang: 'zh' | 'en'): string | undefined {
  const id = ID_TOKEN.exec(text);
  if (id) return `contains a record id "${id[0]}"`;
  const path = PATH_TOKEN.exec(text);
  if (path) return `contains a file path "${path[0]}"`;
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (lang === 'zh' && han <= latin) return 'is not Chinese (fewer Han characters than Latin letters)';
  if (lang === 'en' && latin <= han) return 'is not English (fewer Latin letters than Han characters)';
  return undefined;
}

/**
 * Reader texts: each names a known record; every record with a location has a basis, every place and
 * action with a note has a reader note (the panels show the reader texts, not the notes); every text
 * is in its language and has no ids or paths.
 */
function validateReaderTexts(atlas: Atlas, fileOf: Map<string, string>, textFileOf: Map<string, string>): DataIssue[] {
  const issues: DataIssue[] = [];
  const textFile = (id: string) => {
    const own = textFileOf.get(id);
    if (own) return own;
    const f = fileOf.get(id);
    return f ? `${f.slice(0, f.lastIndexOf('/') + 1)}reader-texts.json` : 'reader-texts.json';
  };
  const texts = new Map(atlas.readerTexts.map((t) => [t.record, t]));
  for (const t of atlas.readerTexts) {
    if (!fileOf.has(t.record)) issues.push({ file: textFile(t.record), record: t.record, message: 'reader text for an unknown record' });
    if (!t.basis && !t.note) issues.push({ file: textFile(t.record), record: t.record, message: 'reader text has neither a basis nor a note' });
    for (const part of ['basis', 'note'] as const) {
      for (const lang of ['zh', 'en'] as const) {
        const text = t[part]?.[lang];
        const problem = text === undefined ? undefined : readerTextProblem(text, lang);
        if (problem) issues.push({ file: textFile(t.record), record: t.record, message: `reader text ${part}.${lang} ${problem}: "${text!.slice(0, 60)}"` });
      }
    }
  }
  const located = [
    ...atlas.zones.map((z) => z.properties.id),
    ...[...atlas.carriers, ...atlas.institutions, ...atlas.enterprises].filter((f) => f.properties.location).map((f) => f.properties.id),
  ];
  for (const id of located) {
    if (!texts.get(id)?.basis) issues.push({ file: textFile(id), record: id, message: 'has a location but no reader text "basis" (what it is based on, for readers)' });
  }
  const noted = [
    ...[...atlas.carriers, ...atlas.institutions, ...atlas.enterprises].filter((f) => f.properties.note).map((f) => f.properties.id),
    ...atlas.actions.filter((a) => a.note).map((a) => a.id),
  ];
  for (const id of noted) {
    if (!texts.get(id)?.note) issues.push({ file: textFile(id), record: id, message: 'has a note but no reader text "note" (the panel shows the reader text)' });
  }
  return issues;
}
