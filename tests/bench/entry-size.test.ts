import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entryJsGzipBytes, gzipBytes } from '../../bench/entry-size';

// A tiny build: the entry imports a shared chunk statically and a feature dynamically.
const dist = mkdtempSync(join(tmpdir(), 'atlas-entry-size-'));
mkdirSync(join(dist, '.vite'));
mkdirSync(join(dist, 'assets'));
const files = {
  'assets/index.js': 'import "./shared.js"; import("./feature.js");'.repeat(50),
  'assets/shared.js': 'export const shared = 1;'.repeat(80),
  'assets/feature.js': 'export const feature = 2;'.repeat(5000),
};
for (const [f, text] of Object.entries(files)) writeFileSync(join(dist, f), text);
writeFileSync(join(dist, '.vite', 'manifest.json'), JSON.stringify({
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'], dynamicImports: ['src/feature.ts'] },
  '_shared.js': { file: 'assets/shared.js' },
  'src/feature.ts': { file: 'assets/feature.js', isDynamicEntry: true },
}));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the first screen\'s JavaScript (the entry-size budget)', () => {
  it('counts the entry and its static imports, gzipped, and not what loads on demand', async () => {
    const { files: counted, total } = await entryJsGzipBytes(dist);
    expect(counted.map((f) => f.file)).toEqual(['assets/index.js', 'assets/shared.js']);
    expect(total).toBe(gzipBytes(files['assets/index.js']) + gzipBytes(files['assets/shared.js']));
  });

  it('names a manifest import that is missing, rather than under-counting', async () => {
    writeFileSync(join(dist, '.vite', 'manifest.json'), JSON.stringify({ 'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_gone.js'] } }));
    await expect(entryJsGzipBytes(dist)).rejects.toThrow(/_gone\.js/);
  });
});
