/**
 * `npx tsx scripts/data-stats.ts`: prints the record counts for docs/DATA.md — per record type, and
 * per seed (a record counts for every seed it quotes).
 */
import { assembleAtlas } from '../src/data/assemble';
import { allRecords, citationsOfRecord } from '../src/data/links';
import { SEED_IDS, type RecordKind } from '../src/data/schema';
import { loadGeodataFiles } from './validate-files';

const { atlas } = assembleAtlas(loadGeodataFiles().files);
const kinds: RecordKind[] = ['plan', 'zone', 'carrier', 'institution', 'enterprise', 'action', 'target', 'department', 'event', 'grouping', 'draft'];
const rows = kinds.map((kind) => {
  const records = allRecords(atlas).filter((r) => r.kind === kind);
  const perSeed = SEED_IDS.map((seed) => records.filter((r) => citationsOfRecord(r).some((c) => c.seed === seed)).length);
  return `| ${kind} | ${records.length} | ${perSeed.join(' | ')} |`;
});
console.log(`| record type | total | ${SEED_IDS.join(' | ')} |`);
console.log(`|---|---|${SEED_IDS.map(() => '---').join('|')}|`);
console.log(rows.join('\n'));
const located = [...atlas.carriers, ...atlas.institutions, ...atlas.enterprises];
const perSeed = (cs: { seed: string }[][]) => SEED_IDS.map((seed) => cs.filter((c) => c.some((x) => x.seed === seed)).length).join(' | ');
console.log(`| designation | ${atlas.designations.length} | ${perSeed(atlas.designations.map((d) => [d.citation]))} |`);
const qualitative = atlas.targets.filter((t) => t.comparator === 'qualitative');
console.log(`\nQualitative targets (no figure): ${qualitative.length} (${qualitative.map((t) => `${t.valueText} ${t.year}`).join(', ')}).`);
const ev = atlas.events;
console.log(`Events: ${ev.filter((e) => e.when.date).length} dated (${ev.filter((e) => e.when.date?.length === 10).length} to the day), ${ev.filter((e) => e.when.recurrence).length} recurring, ${ev.filter((e) => !e.when.date && !e.when.recurrence).length} planned within a plan period; ${ev.filter((e) => e.when.reference).length} whose year comes from the document's date.`);
const fates = new Map<string, number>();
for (const d of atlas.draftItems) fates.set(`${d.level} ${d.fate}`, (fates.get(`${d.level} ${d.fate}`) ?? 0) + 1);
console.log(`Draft items: ${[...fates].map(([k, n]) => `${n} ${k}`).join(', ')}.`);
const grouped = new Set(atlas.groupings.flatMap((g) => g.zones));
console.log(`Groupings: ${atlas.groupings.length}, naming ${grouped.size} distinct zones.`);
console.log(`\nPlaces with a point of their own: ${located.filter((f) => f.geometry).length} of ${located.length}; linked to a zone: ${located.filter((f) => f.properties.zones.length).length}.`);
