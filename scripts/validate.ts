/**
 * `npm run validate`: loads every file in geodata/ and every seed, runs the schema and the checks,
 * and the guided tours' checks (geodata/tours/: every id exists, every quote is in its seed), prints
 * each problem with its file and record (a tour's step), and exits 1 if there is any.
 * `tsx scripts/validate.ts <folder>` checks another geodata folder (the tests use a temporary copy).
 */
import { resolve } from 'node:path';
import { assembleAtlas } from '../src/data/assemble';
import { validateAtlas } from '../src/data/validate';
import { formatIssue } from '../src/data/issues';
import { loadGeodataFiles, loadSeeds } from './validate-files';
import { checkTours } from './tours-bundle';

const dir = process.argv[2] ? resolve(process.argv[2]) : undefined;
const seeds = loadSeeds();
const { files, parseErrors } = loadGeodataFiles(dir);
const { atlas, issues, fileOf } = assembleAtlas(files);
const tours = checkTours(atlas, seeds, dir);
const all = [...parseErrors, ...[...issues, ...validateAtlas(atlas, seeds, fileOf)].map(formatIssue), ...tours.problems];
const counts = [...Object.entries(atlas).map(([k, v]) => `${v.length} ${k}`), `${tours.bundle.tours.length} tours`].join(', ');
if (all.length) {
  console.error(`validate: ${all.length} problem(s) in geodata/:`);
  for (const line of all) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`validate: ok — ${counts}`);
