/**
 * Entities named in more than one seed (埃森哲, 市科委, 科技部 …) are extracted by each region's
 * generator. This moves every id defined in more than one region folder into `geodata/shared/`, as
 * one record that keeps all its quotes, and removes it from the region files. Idempotent: run it
 * after any generator in scripts/extract/ (`npx tsx scripts/extract/merge-shared.ts`).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_BY_FILE } from '../../src/data/assemble';

const geodata = join(import.meta.dirname, '..', '..', 'geodata');
const SHARED = 'shared';
type Rec = Record<string, unknown>;

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
export const formatJson = (value: unknown) =>
  `${JSON.stringify(value, null, 2).replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1, $2]')}\n`;

const recordsOf = (content: unknown, geojson: boolean): Rec[] => (geojson ? (content as { features: Rec[] }).features : (content as Rec[]));
const idOf = (r: Rec) => ((r.properties as Rec | undefined)?.id ?? r.id) as string;
const propsOf = (r: Rec) => ((r.properties as Rec | undefined) ?? r);

const union = <T>(a: T[] = [], b: T[] = [], key: (x: T) => string = (x) => JSON.stringify(x)) => {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)) && seen.add(key(x)))];
};

/** Merge b into a: quotes, links and spellings are unioned; the first name, kind and location win. */
function merge(a: Rec, b: Rec): Rec {
  const out = structuredClone(a);
  const pa = propsOf(out);
  const pb = propsOf(b);
  for (const field of ['citations', 'plans', 'variants', 'zones', 'operators']) {
    if (pa[field] || pb[field]) pa[field] = union(pa[field] as unknown[], pb[field] as unknown[]);
  }
  const na = pa.name as Rec;
  const nb = pb.name as Rec;
  na.en ??= nb.en;
  na.original ??= nb.original;
  const aliases = union((na.aliases as string[]) ?? [], [...((nb.aliases as string[]) ?? []), ...(nb.zh !== na.zh ? [nb.zh as string] : [])]);
  if (aliases.length) na.aliases = aliases;
  if (pb.note && pb.note !== pa.note) pa.note = pa.note ? `${pa.note} / ${pb.note}` : pb.note;
  if ('geometry' in out && !out.geometry && b.geometry) {
    out.geometry = b.geometry;
    pa.location = pb.location;
  }
  return out;
}

const regions = readdirSync(geodata, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== SHARED).map((d) => d.name);
for (const [file, spec] of Object.entries(COLLECTION_BY_FILE)) {
  const sharedPath = join(geodata, SHARED, file);
  const shared = new Map<string, Rec>(existsSync(sharedPath) ? recordsOf(read(sharedPath), spec.geojson).map((r) => [idOf(r), r]) : []);
  const contents = new Map<string, unknown>();
  const seenIn = new Map<string, string[]>();
  for (const region of regions) {
    const path = join(geodata, region, file);
    if (!existsSync(path)) continue;
    contents.set(path, read(path));
    for (const r of recordsOf(contents.get(path), spec.geojson)) seenIn.set(idOf(r), [...(seenIn.get(idOf(r)) ?? []), path]);
  }
  const moving = new Set([...seenIn].filter(([id, paths]) => paths.length > 1 || shared.has(id)).map(([id]) => id));
  if (!moving.size) continue;
  for (const [path, content] of contents) {
    const kept: Rec[] = [];
    for (const r of recordsOf(content, spec.geojson)) {
      const id = idOf(r);
      if (!moving.has(id)) kept.push(r);
      else shared.set(id, shared.has(id) ? merge(shared.get(id)!, r) : r);
    }
    writeFileSync(path, formatJson(spec.geojson ? { ...(content as Rec), features: kept } : kept));
  }
  mkdirSync(join(geodata, SHARED), { recursive: true });
  const merged = [...shared.values()].sort((x, y) => idOf(x).localeCompare(idOf(y)));
  writeFileSync(sharedPath, formatJson(spec.geojson ? { type: 'FeatureCollection', features: merged } : merged));
  console.log(`merge-shared: ${file}: ${[...moving].join(', ')}`);
}
