/**
 * Writes the synthetic enterprise layer as a binary file (format: src/features/synthetic-enterprises/binary.ts).
 *
 *   npx tsx scripts/synthetic/generate.ts --count 100000 [--seed 20240607] --out <dir>
 *
 * The output is generated data: never commit it, and never write it into public/ (the production build
 * would ship it). The scale benchmark writes it into the built app's folder; the app's worker fetches
 * `synthetic/<file>` and, when it is absent, generates the same points itself.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildLandMask } from '../../src/features/synthetic-enterprises/land-mask';
import { DEFAULT_SEED, generateEnterprises } from '../../src/features/synthetic-enterprises/generate';
import { dataFileName, encodeEnterprises } from '../../src/features/synthetic-enterprises/binary';
import { readBasemapLayers } from './inputs';

export function writeSyntheticFile(outDir: string, count: number, seed = DEFAULT_SEED): string {
  const mask = buildLandMask(readBasemapLayers());
  const data = generateEnterprises(mask, count, seed);
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, dataFileName(count, seed));
  writeFileSync(path, new Uint8Array(encodeEnterprises(data)));
  return path;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(arg('count'));
  const seed = arg('seed') ? Number(arg('seed')) : DEFAULT_SEED;
  const out = arg('out');
  if (!Number.isInteger(count) || count <= 0 || !Number.isInteger(seed) || !out) {
    console.error('usage: npx tsx scripts/synthetic/generate.ts --count N [--seed S] --out <dir>');
    process.exit(2);
  }
  if (resolve(out).startsWith(resolve('public'))) {
    console.error('refusing to write generated data into public/ (the production build would ship it)');
    process.exit(2);
  }
  const t = performance.now();
  const path = writeSyntheticFile(out, count, seed);
  console.log(`${path}: ${count} synthetic points, seed ${seed}, ${Math.round(performance.now() - t)} ms`);
}
