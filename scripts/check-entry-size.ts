/**
 * The first screen's JavaScript budget, checked in `npm test`: the entry chunk of the production
 * build (dist/) and everything it imports statically must stay within ENTRY_BUDGET_GZIP bytes
 * gzipped. Features off the first screen load with dynamic import() and are not counted. Exits 1,
 * naming the biggest files, when the budget is exceeded.
 */
import { join } from 'node:path';
import { entryJsGzipBytes } from '../bench/entry-size';

/** Issue 7's budget: JavaScript loaded before the first zone render, gzip. */
export const ENTRY_BUDGET_GZIP = 650 * 1024;

const dist = join(import.meta.dirname, '..', process.argv[2] ?? 'dist');
const { files, total } = await entryJsGzipBytes(dist);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const list = [...files].sort((a, b) => b.gzip - a.gzip).map((f) => `    ${kb(f.gzip).padStart(9)}  ${f.file}`).join('\n');
if (total > ENTRY_BUDGET_GZIP) {
  console.error(`check-entry-size: the first screen's JavaScript is ${kb(total)} gzip, over the ${kb(ENTRY_BUDGET_GZIP)} budget:\n${list}\nMove what the first screen does not need behind a dynamic import().`);
  process.exit(1);
}
console.log(`check-entry-size: ok — ${kb(total)} gzip of ${kb(ENTRY_BUDGET_GZIP)} (${files.length} files before the first zone render)`);
