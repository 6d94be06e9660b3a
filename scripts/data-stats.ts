/**
 * `npx tsx scripts/data-stats.ts`: prints the record counts for docs/DATA.md — per record type, and
 * per seed (a record counts for every seed it quotes).
 */
import { assembleAtlas } from '../src/data/assemble';
import { allRecords, citationsOfRecord } from '../src/data/links';
import { SEED_IDS, type RecordKind } from '../src/data/schema';
import { loadGeodataFiles } from './validate-files';

const { atlas } = assembleAtlas(loadGeodataFiles().files);
const kinds: RecordKind[] = ['plan', 'zone', 'carrier', 'institution', 'enterprise', 'action', 'target', 'department'];
const rows = kinds.map((kind) => {
  const records = allRecords(atlas).filter((r) => r.kind === kind);
  const perSeed = SEED_IDS.map((seed) => records.filter((r) => citationsOfRecord(r).some((c) => c.seed === seed)).length);
  return `| ${kind} | ${records.length} | ${perSeed.join(' | ')} |`;
});
console.log(`| record type | total | ${SEED_IDS.join(' | ')} |`);
console.log(`|---|---|${SEED_IDS.map(() => '---').join('|')}|`);
console.log(rows.join('\n'));
const located = [...atlas.carriers, ...atlas.institutions, ...atlas.enterprises];
console.log(`\nPlaces with a point of their own: ${located.filter((f) => f.geometry).length} of ${located.length}; linked to a zone: ${located.filter((f) => f.properties.zones.length).length}.`);
