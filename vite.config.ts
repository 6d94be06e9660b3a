/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** Lets the app import `geodata/**\/*.geojson` as JSON modules (Vite only knows `.json`). */
function geojson(): Plugin {
  return {
    name: 'atlas-geojson',
    transform(code, id) {
      if (!id.endsWith('.geojson')) return null;
      return { code: `export default ${code};`, map: null };
    },
  };
}

/**
 * The built app may only talk to its own origin (offline first): a Content-Security-Policy says so,
 * and the browser enforces it. Build only: the dev server needs inline scripts for hot reload.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

export default defineConfig({
  plugins: [react(), geojson(), contentSecurityPolicy()],
  base: './',
  worker: { format: 'es' },
  build: { outDir: 'dist', chunkSizeWarningLimit: 4000 },
  preview: { port: 4173, strictPort: false },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
