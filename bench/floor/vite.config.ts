/** Builds the benchmark's floor page (bench/floor/) into bench/.out/floor, like the app: base './', minified. */
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** The same `.geojson` → JSON module transform as the app's vite.config.ts. */
function geojson(): Plugin {
  return {
    name: 'floor-geojson',
    transform(code, id) {
      if (!id.endsWith('.geojson')) return null;
      return { code: `export default ${code};`, map: null };
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [geojson()],
  logLevel: 'warn',
  build: { outDir: join(import.meta.dirname, '..', '.out', 'floor'), emptyOutDir: true, manifest: true, chunkSizeWarningLimit: 4000 },
});
