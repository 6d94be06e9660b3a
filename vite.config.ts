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

export default defineConfig({
  plugins: [react(), geojson()],
  base: './',
  build: { outDir: 'dist', chunkSizeWarningLimit: 4000 },
  preview: { port: 4173, strictPort: false },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
