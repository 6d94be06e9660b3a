/**
 * Builds a PMTiles archive of synthetic enterprise points, the way a national registry of tens of
 * millions of points would be served (see docs/SCALE.md):
 *
 *   points (streamed) ─► tiling plan (aggregate cells at low zoom, thin points by minzoom)
 *                     ─► CSV layer files ─► GDAL ogr2ogr -f MVT (a directory of z/x/y.pbf)
 *                     ─► PMTiles v3 packer (pmtiles-writer.ts) ─► one file for static hosting
 *                     ─► read back with the `pmtiles` reader: every tile equals GDAL's
 *
 *   npm run pmtiles:build -- --count 1000000 --out /tmp/enterprises.pmtiles
 *
 * Options: --count N (100000), --out FILE (/tmp/enterprises.pmtiles), --seed N, --source atlas|stand-in
 * (atlas: the Atlas's synthetic enterprise generator), --work DIR (scratch; removed unless --keep),
 * --max-zoom Z (top zoom, every point present; default in tiling-plan.ts), --no-verify. Needs GDAL (Debian: apt-get install -y gdal-bin).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { PMTiles, type Source } from 'pmtiles';
import { Compression, PmtilesWriter, TileType } from './pmtiles-writer';
import { DEFAULT_PLAN, dominantTrack, lonLat, TilingAccumulator } from './tiling-plan';
import { atlasSource, standInSource, type PointSource } from './sources';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Bumped when the archive's layers or attributes change; the app checks it. */
export const SCHEMA = 'innovation-atlas/enterprise-tiles@1';

interface Args { count: number; out: string; seed: number; source: 'atlas' | 'stand-in'; work?: string; keep: boolean; verify: boolean; maxZoom: number }

function parseArgs(argv: string[]): Args {
  const a: Args = { count: 100_000, out: '/tmp/enterprises.pmtiles', seed: 20240607, source: 'atlas', keep: false, verify: true, maxZoom: DEFAULT_PLAN.maxZoom };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => {
      const x = argv[++i];
      if (x === undefined) throw new Error(`${k} needs a value`);
      return x;
    };
    if (k === '--count') a.count = Number(v());
    else if (k === '--out') a.out = resolve(v());
    else if (k === '--seed') a.seed = Number(v());
    else if (k === '--source') a.source = v() as Args['source'];
    else if (k === '--work') a.work = resolve(v());
    else if (k === '--keep') a.keep = true;
    else if (k === '--no-verify') a.verify = false;
    else if (k === '--max-zoom') a.maxZoom = Number(v());
    else throw new Error(`unknown option ${k}`);
  }
  if (!Number.isInteger(a.count) || a.count < 1) throw new Error('--count must be a positive integer');
  if (!Number.isInteger(a.maxZoom) || a.maxZoom <= DEFAULT_PLAN.pointMinZoom || a.maxZoom > 18) throw new Error(`--max-zoom must be an integer in ${DEFAULT_PLAN.pointMinZoom + 1}…18`);
  if (a.source !== 'atlas' && a.source !== 'stand-in') throw new Error('--source is atlas or stand-in');
  return a;
}

function requireGdal(): void {
  const v = spawnSync('ogr2ogr', ['--version'], { encoding: 'utf8' });
  if (v.error || v.status !== 0) {
    console.error('GDAL (ogr2ogr) was not found. Install it, then run this again:\n  Debian/Ubuntu: apt-get install -y gdal-bin\n  macOS: brew install gdal');
    process.exit(2);
  }
  const formats = spawnSync('ogrinfo', ['--formats'], { encoding: 'utf8' }).stdout ?? '';
  if (!/MVT -vector- \(rw/.test(formats) || !/CSV -vector- \(rw/.test(formats)) {
    console.error('This GDAL has no writable MVT or CSV driver (GDAL ≥ 2.3 built with SQLite and GEOS is needed).');
    process.exit(2);
  }
}

/** Appends text to a file through a 1 MiB buffer. */
class CsvFile {
  private readonly fd: number;
  private buf: string[] = [];
  private size = 0;
  rows = 0;
  constructor(path: string, header: string, types: string) {
    writeFileSync(`${path}t`, `${types}\n`);
    this.fd = openSync(path, 'w');
    this.push(`${header}\n`);
  }
  row(line: string) {
    this.rows++;
    this.push(`${line}\n`);
  }
  private push(s: string) {
    this.buf.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) this.flush();
  }
  private flush() {
    writeSync(this.fd, this.buf.join(''));
    this.buf = [];
    this.size = 0;
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

class FileSource implements Source {
  private readonly fd: number;
  constructor(private readonly path: string) {
    this.fd = openSync(path, 'r');
  }
  getKey() {
    return this.path;
  }
  async getBytes(offset: number, length: number) {
    const buf = Buffer.alloc(length);
    const n = readSync(this.fd, buf, 0, length, offset);
    return { data: buf.buffer.slice(buf.byteOffset, buf.byteOffset + n) as ArrayBuffer };
  }
  close() {
    closeSync(this.fd);
  }
}

function* walkTiles(dir: string): Generator<{ z: number; x: number; y: number; path: string }> {
  for (const z of readdirSync(dir)) {
    if (!/^\d+$/.test(z)) continue;
    for (const x of readdirSync(join(dir, z))) {
      for (const f of readdirSync(join(dir, z, x))) {
        const m = /^(\d+)\.pbf$/.exec(f);
        if (m) yield { z: Number(z), x: Number(x), y: Number(m[1]), path: join(dir, z, x, f) };
      }
    }
  }
}

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const secs = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

async function main() {
  const args = parseArgs(process.argv.slice(2));
  requireGdal();
  const source: PointSource = args.source === 'atlas' ? await atlasSource() : standInSource(ROOT);
  const work = args.work ?? mkdtempSync(join(tmpdir(), 'pmtiles-build-'));
  mkdirSync(work, { recursive: true });
  try {
    await build(args, source, work);
  } finally {
    // A scratch dir of our own goes, whatever happened; one named with --work stays for inspection.
    if (!args.keep && !args.work) rmSync(work, { recursive: true, force: true });
  }
}

async function build(args: Args, source: PointSource, work: string) {
  const plan = { ...DEFAULT_PLAN, maxZoom: args.maxZoom };
  const gdal = spawnSync('ogr2ogr', ['--version'], { encoding: 'utf8' }).stdout.trim();
  const csvDir = join(work, 'layers');
  const tilesDir = join(work, 'tiles');
  rmSync(csvDir, { recursive: true, force: true });
  rmSync(tilesDir, { recursive: true, force: true });
  mkdirSync(csvDir);
  console.log(`${gdal}; ${args.count.toLocaleString('en')} points from ${source.name}; zooms ${plan.minZoom}–${plan.maxZoom} (cells to z${plan.cellMaxZoom}); work dir ${work}`);
  const timings: Record<string, string> = {};
  const tStart = performance.now();

  // 1. Stream the points: each goes to the CSV of its minzoom; low-zoom cells accumulate.
  let t0 = performance.now();
  const trackCount = source.tables.tracks.length;
  const acc = new TilingAccumulator(plan, trackCount, args.count);
  const pointFiles = new Map<number, CsvFile>();
  for (let z = plan.pointMinZoom; z <= plan.maxZoom; z++) {
    pointFiles.set(z, new CsvFile(join(csvDir, `points_m${z}.csv`), 'lon,lat,track,year,size', '"Real","Real","Integer","Integer","Integer"'));
  }
  for (const p of source.points(args.count, args.seed)) {
    const minZoom = acc.add(p);
    pointFiles.get(minZoom)!.row(`${p.lon.toFixed(6)},${p.lat.toFixed(6)},${p.track},${p.year},${p.size}`);
    if (acc.count % 1_000_000 === 0) console.log(`  ${acc.count.toLocaleString('en')} points streamed (${secs(t0)})`);
  }
  for (const f of pointFiles.values()) f.close();
  const trackCols = Array.from({ length: trackCount }, (_, i) => `n${i}`);
  let cellFeatures = 0;
  for (let z = plan.minZoom; z <= plan.cellMaxZoom; z++) {
    const f = new CsvFile(join(csvDir, `cells_z${z}.csv`), ['lon', 'lat', 'count', 'track', ...trackCols].join(','),
      ['"Real"', '"Real"', '"Integer"', '"Integer"', ...trackCols.map(() => '"Integer"')].join(','));
    for (const c of acc.cells[z - plan.minZoom].values()) {
      const [lon, lat] = lonLat(c.sumX / c.count, c.sumY / c.count);
      f.row(`${lon.toFixed(6)},${lat.toFixed(6)},${c.count},${dominantTrack(c.perTrack)},${Array.from(c.perTrack).join(',')}`);
    }
    cellFeatures += f.rows;
    f.close();
  }
  timings.generate = secs(t0);
  console.log(`1. points → layer files: ${timings.generate}; points first drawn per zoom: ${acc.pointsPerMinZoom.map((n, z) => (n ? `z${z} ${n}` : '')).filter(Boolean).join(', ')}; ${cellFeatures} cells`);

  // 2. GDAL: the layer files → MVT tiles. CONF merges the per-zoom files into two target layers.
  t0 = performance.now();
  const conf: Record<string, { target_name: string; minzoom: number; maxzoom: number; description?: string }> = {};
  for (let z = plan.minZoom; z <= plan.cellMaxZoom; z++) conf[`cells_z${z}`] = { target_name: 'cells', minzoom: z, maxzoom: z, description: 'Enterprises aggregated per grid cell' };
  for (let z = plan.pointMinZoom; z <= plan.maxZoom; z++) conf[`points_m${z}`] = { target_name: 'enterprises', minzoom: z, maxzoom: plan.maxZoom, description: 'Enterprise points (thinned below the top zoom)' };
  writeFileSync(join(work, 'conf.json'), JSON.stringify(conf, null, 1));
  const ogrArgs = [
    '-f', 'MVT', tilesDir, csvDir,
    '-oo', 'X_POSSIBLE_NAMES=lon', '-oo', 'Y_POSSIBLE_NAMES=lat', '-oo', 'KEEP_GEOM_COLUMNS=NO', '-s_srs', 'EPSG:4326', '-t_srs', 'EPSG:3857',
    '-dsco', `MINZOOM=${plan.minZoom}`, '-dsco', `MAXZOOM=${plan.maxZoom}`, '-dsco', `CONF=${join(work, 'conf.json')}`,
    '-dsco', 'FORMAT=DIRECTORY', '-dsco', 'COMPRESS=YES', '-dsco', 'NAME=enterprises', '-dsco', 'DESCRIPTION=Synthetic enterprises (not real)',
    '-dsco', `TEMPORARY_DB=${join(work, 'mvt-temp.db')}`,
  ];
  console.log(`2. ogr2ogr ${ogrArgs.join(' ')}`);
  const ogr = spawnSync('ogr2ogr', ogrArgs, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (ogr.status !== 0) throw new Error(`ogr2ogr failed (exit ${ogr.status})`);
  timings.gdal = secs(t0);
  console.log(`   MVT tiles written: ${timings.gdal}`);

  // 3. Pack the tile directory into one PMTiles archive.
  t0 = performance.now();
  const gdalMeta = JSON.parse(readFileSync(join(tilesDir, 'metadata.json'), 'utf8')) as { json?: string };
  const vectorLayers = gdalMeta.json ? (JSON.parse(gdalMeta.json) as { vector_layers?: unknown[] }).vector_layers ?? [] : [];
  const writer = new PmtilesWriter(join(work, 'spool.bin'), true);
  const perZoom = new Map<number, { tiles: number; bytes: number; max: number }>();
  for (const t of walkTiles(tilesDir)) {
    const data = readFileSync(t.path);
    writer.addTile(t.z, t.x, t.y, data);
    const s = perZoom.get(t.z) ?? { tiles: 0, bytes: 0, max: 0 };
    s.tiles++;
    s.bytes += data.length;
    s.max = Math.max(s.max, data.length);
    perZoom.set(t.z, s);
  }
  const [w, s, e, n] = acc.bounds;
  const metadata = {
    name: 'Synthetic enterprises',
    description: `${acc.count} synthetic enterprise points (not real enterprises), generated by ${source.description}, seed ${args.seed}`,
    // Latin only: MapLibre's attribution control has no CJK font here; the app's own label is bilingual.
    attribution: 'Synthetic data (not real enterprises)',
    synthetic: true,
    schema: SCHEMA,
    generator: { source: source.name, count: acc.count, seed: args.seed },
    layers: { points: 'enterprises', cells: 'cells', cellMaxZoom: plan.cellMaxZoom, pointMinZoom: plan.pointMinZoom },
    tracks: source.tables.tracks,
    sizes: source.tables.sizes,
    years: source.tables.years,
    vector_layers: vectorLayers,
  };
  mkdirSync(dirname(args.out), { recursive: true });
  const stats = writer.finish(args.out, {
    tileType: TileType.Mvt, tileCompression: Compression.Gzip, bounds: [w, s, e, n],
    center: [(w + e) / 2, (s + n) / 2, Math.min(plan.pointMinZoom, plan.maxZoom)], metadata,
    minZoom: plan.minZoom, maxZoom: plan.maxZoom,
  });
  timings.pack = secs(t0);
  console.log(`3. packed ${args.out}: ${mb(stats.bytes)}, ${stats.addressedTiles} tiles (${stats.tileContents} distinct, ${stats.tileEntries} entries, ${stats.leafDirectories} leaf directories): ${timings.pack}`);
  console.log('   zoom  tiles   total   largest tile (gzip)');
  for (const [z, v] of [...perZoom].sort((a, b) => a[0] - b[0])) console.log(`   z${String(z).padEnd(4)} ${String(v.tiles).padStart(5)}  ${mb(v.bytes).padStart(8)}  ${(v.max / 1024).toFixed(0)} KiB`);

  // 4. Read it back with the reader the app uses: header, metadata, every tile equal to GDAL's.
  if (args.verify) {
    t0 = performance.now();
    const src = new FileSource(args.out);
    const p = new PMTiles(src);
    const h = await p.getHeader();
    if (h.numAddressedTiles !== stats.addressedTiles || h.tileType !== TileType.Mvt) throw new Error('verify: header does not match');
    const meta = (await p.getMetadata()) as { schema?: string };
    if (meta.schema !== SCHEMA) throw new Error('verify: metadata does not match');
    let checked = 0;
    for (const t of walkTiles(tilesDir)) {
      const got = await p.getZxy(t.z, t.x, t.y);
      const raw = readFileSync(t.path);
      const want = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
      if (!got || !Buffer.from(got.data).equals(want)) throw new Error(`verify: tile ${t.z}/${t.x}/${t.y} differs`);
      checked++;
    }
    src.close();
    timings.verify = secs(t0);
    console.log(`4. verified with the pmtiles reader: header, metadata and all ${checked} tiles equal GDAL's: ${timings.verify}`);
  }
  console.log(`done in ${secs(tStart)}: ${args.out} (${mb(statSync(args.out).size)}), RSS ${mb(process.memoryUsage().rss)}`);
  console.log(JSON.stringify({ count: acc.count, bytes: stats.bytes, tiles: stats.addressedTiles, timings }));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
