/**
 * `npm start`: build the app if dist/ is missing or older than the sources, then serve it locally.
 * Everything it serves comes from this folder: it works with the network unplugged.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';

const root = join(import.meta.dirname, '..');
const SOURCES = ['src', 'geodata', 'seeds', 'public', 'scripts', 'index.html', 'vite.config.ts', 'package.json'];

function newest(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n))));
}

const built = join(root, 'dist', 'index.html');
const stale = !existsSync(built) || SOURCES.some((s) => existsSync(join(root, s)) && newest(join(root, s)) > statSync(built).mtimeMs);
if (stale) {
  console.log('start: building the app…');
  await build({ root, logLevel: 'warn' });
}
const open = !process.env.CI && process.env.ATLAS_NO_OPEN !== '1' && (process.platform !== 'linux' || Boolean(process.env.DISPLAY));
const server = await preview({ root, preview: { port: Number(process.env.PORT ?? 4173), open } });
server.printUrls();
console.log('start: serving the Atlas offline; press Ctrl+C to stop.');
