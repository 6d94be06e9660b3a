/**
 * The JavaScript a production build loads before its first screen: the entry chunk and everything it
 * imports statically, each gzipped (zlib, level 9). Dynamic `import()`s are not counted: they load on
 * demand. Node only (no browser), so `npm test`'s budget check can reuse it.
 *
 * Source of truth, in order: the build's `.vite/manifest.json` (entry `index.html`, then `imports`
 * recursively), else `index.html`'s module script and its `<link rel="modulepreload">`s (Vite writes
 * one per static import of the entry).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntryJsSize {
  /** Paths relative to distDir, entry first. */
  files: { file: string; gzip: number }[];
  /** Sum of `files[].gzip`, in bytes. */
  total: number;
}

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
}

export function gzipBytes(data: Uint8Array | string): number {
  return gzipSync(data, { level: 9 }).length;
}

/** Files of the entry chunk and its static imports, from the manifest (null when there is none). */
async function filesFromManifest(distDir: string): Promise<string[] | null> {
  const path = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(path)) return null;
  const manifest = JSON.parse(await readFile(path, 'utf8')) as Record<string, ManifestChunk>;
  const entryKey = manifest['index.html']?.isEntry ? 'index.html' : Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entryKey) throw new Error(`${path}: no entry chunk`);
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${path}: import ${key} is not in the manifest`);
    if (chunk.file.endsWith('.js')) files.push(chunk.file);
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit(entryKey);
  return files;
}

/** Files of index.html's module scripts and modulepreload links (same-origin, relative to distDir). */
async function filesFromHtml(distDir: string): Promise<string[]> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const files: string[] = [];
  const add = (url: string) => {
    if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return;
    const file = url.replace(/^\.?\//, '').replace(/[?#].*$/, '');
    if (!files.includes(file)) files.push(file);
  };
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    if (!/type\s*=\s*["']module["']/i.test(tag)) continue;
    const src = /\ssrc\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (src) add(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/rel\s*=\s*["']modulepreload["']/i.test(tag)) continue;
    const href = /\shref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (href) add(href);
  }
  if (!files.length) throw new Error(`${join(distDir, 'index.html')}: no module script`);
  return files;
}

/** Gzip sizes of the given files (paths relative to distDir). */
export async function gzipSizes(distDir: string, files: string[]): Promise<EntryJsSize> {
  const out = await Promise.all(files.map(async (file) => ({ file, gzip: gzipBytes(await readFile(join(distDir, file))) })));
  return { files: out, total: out.reduce((s, f) => s + f.gzip, 0) };
}

export async function entryJsGzipBytes(distDir: string): Promise<EntryJsSize> {
  const files = (await filesFromManifest(distDir)) ?? (await filesFromHtml(distDir));
  return gzipSizes(distDir, files);
}
