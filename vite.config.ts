/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { execFileSync } from 'node:child_process';
import { ONLINE_BASEMAP_HOSTS } from './src/features/basemaps/catalog.js'; // .js: resolved to the .ts file (Vite's native config loader wants an extension)

/**
 * Ships the atlas and the seed texts as data files, never as JavaScript: `data/atlas.json` (validated
 * at build: the build fails on data the validator rejects) and `data/seeds/*.txt`, made by
 * scripts/data-files.ts in a child process. The dev server serves the same paths.
 */
function atlasData(): Plugin {
  const make = (): Record<string, string> =>
    JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'scripts/data-files.ts'], { cwd: import.meta.dirname, encoding: 'utf8', maxBuffer: 64 << 20 }));
  return {
    name: 'atlas-data',
    generateBundle() {
      for (const [fileName, source] of Object.entries(make())) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      let files: Record<string, string> | null = null;
      server.watcher.on('change', (path) => /[\\/](geodata|seeds)[\\/]/.test(path) && (files = null));
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0].replace(/^\//, '');
        files ??= make();
        if (!(path in files)) return next();
        res.setHeader('Content-Type', path.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8');
        res.end(files[path]);
      });
    },
  };
}

/**
 * The built app may only talk to its own origin (offline first): a Content-Security-Policy says so,
 * and the browser enforces it. No eval of any kind (nothing needs it: MapLibre's worker is a blob:
 * script, not eval), no plugins, no <base> and no form posting elsewhere. Sent as a header by the
 * preview server (`npm start`, the e2e tests) and written into the built page as a <meta> for any other
 * static host (a meta cannot carry frame-ancestors, the header does). Build and preview only: the dev
 * server needs inline scripts for hot reload.
 * The one exception: the online basemaps a reader may opt into (src/features/basemaps/catalog.ts), whose
 * hosts, exactly, may serve images and tiles. A meta policy cannot change at run time, so they are always
 * listed; nothing is requested from them unless the reader picks that basemap (the chooser says so).
 */
const ONLINE = ONLINE_BASEMAP_HOSTS.map((h) => `https://${h}`).join(' ');
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob: ${ONLINE}`,
  "font-src 'self' data:",
  `connect-src 'self' data: blob: ${ONLINE}`,
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];
const CSP = CSP_DIRECTIVES.join('; ');
const CSP_HEADER = [...CSP_DIRECTIVES, "frame-ancestors 'self'"].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

export default defineConfig({
  plugins: [react(), atlasData(), contentSecurityPolicy()],
  base: './',
  worker: { format: 'es' },
  // The manifest lists each chunk's static imports: the entry-size budget (scripts/check-entry-size.ts) reads it.
  build: { outDir: 'dist', manifest: true },
  preview: { port: 4173, strictPort: false, headers: { 'Content-Security-Policy': CSP_HEADER, 'X-Content-Type-Options': 'nosniff' } },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
