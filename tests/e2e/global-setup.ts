/** Serves the end-to-end build of the app (dist-e2e/, `vite build --mode e2e`) on a free local port for the end-to-end tests. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const root = join(import.meta.dirname, '..', '..');
  // E2E_DIST: another e2e build (a path), so that parallel work never shares one folder.
  const outDir = process.env.E2E_DIST ?? 'dist-e2e';
  if (!existsSync(join(root, outDir, 'index.html')) && !existsSync(join(outDir, 'index.html'))) throw new Error(`${outDir}/ is missing: run \`vite build --mode e2e --outDir ${outDir}\` first (npm run test:e2e does)`);
  const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1', open: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
}
