/**
 * Writes the own points of places (places.ts) into the curated geodata files: for each listed record only
 * its `geometry` and `location` are replaced, and in reader-texts.json only its `basis`; every other
 * property stays as the file has it (names, citations and links belong to the records' editors). Each file
 * is read right before it is written, in the files' own format. Run: npx tsx scripts/geodata/place-points.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OWN_POINTS, sourcePoint } from './places';

const GEODATA = join(import.meta.dirname, '..', '..', 'geodata');
const format = (v: unknown) => `${JSON.stringify(v, null, 2).replace(/\[\s+(-?\d+(?:\.\d+)?),\s+(-?\d+(?:\.\d+)?)\s+\]/g, '[$1, $2]')}\n`;
const round = (x: number) => Number(x.toFixed(6));

for (const file of [...new Set(OWN_POINTS.map((p) => p.file))]) {
  const path = join(GEODATA, file);
  const fc = JSON.parse(readFileSync(path, 'utf8'));
  for (const p of OWN_POINTS.filter((q) => q.file === file)) {
    const f = fc.features.find((x: { properties: { id: string } }) => x.properties.id === p.id);
    if (!f) throw new Error(`${p.id} not in ${file}`);
    const pt = sourcePoint(p.from);
    if (!pt) throw new Error(`reference missing for ${p.id}`);
    f.properties.location = { precision: p.precision, source: p.source, method: p.method, ...(p.note ? { note: p.note } : {}) };
    f.geometry = { type: 'Point', coordinates: [round(pt[0]), round(pt[1])] };
  }
  writeFileSync(path, format(fc));
}

for (const folder of [...new Set(OWN_POINTS.map((p) => p.file.split('/')[0]))]) {
  const path = join(GEODATA, folder, 'reader-texts.json');
  const texts = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, unknown>>;
  for (const p of OWN_POINTS.filter((q) => q.file.startsWith(`${folder}/`))) {
    const { basis: _old, ...rest } = texts[p.id] ?? {};
    texts[p.id] = { basis: p.basis, ...rest };
  }
  writeFileSync(path, format(texts));
}
console.log(`wrote ${OWN_POINTS.length} own points`);
