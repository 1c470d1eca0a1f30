/**
 * Sizes of the built renderer (out/renderer): what the log-in screen loads, and each chunk loaded later.
 *
 * The first load is the entry script named in index.html plus every chunk it imports statically, followed
 * transitively (what the browser fetches before the first screen). Every other chunk is loaded by a dynamic
 * `import()` (a route, a start-up screen, a dialog). Gzip at level 9, as a web server or Vite reports it.
 * Used by the build test (tests/unit/renderer-bundle.test.ts) and by `npm run bench`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The limits of issue 19: the log-in route's JavaScript, and any chunk loaded later. */
export const FIRST_LOAD_LIMIT_GZIP_KB = 300;
export const CHUNK_LIMIT_GZIP_KB = 250;

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface RendererSizes {
  /** The chunks of the first load (the log-in route), entry first. */
  firstLoad: ChunkSize[];
  firstLoadBytes: number;
  firstLoadGzipBytes: number;
  /** Every JavaScript chunk, largest gzipped first. */
  chunks: ChunkSize[];
  totalBytes: number;
  totalGzipBytes: number;
  css: ChunkSize[];
}

// Static imports and re-exports of a sibling chunk, in minified ES output: `import{a as b}from"./x.js"`,
// `import"./x.js"`, `export{a}from"./x.js"`. Dynamic `import("./x.js")` has a parenthesis and is not matched.
const STATIC_IMPORT = /(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']\.\/([^"']+\.js)["']/g;

function sizeOf(dir: string, file: string): ChunkSize {
  const content = fs.readFileSync(path.join(dir, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

export function staticImports(source: string): string[] {
  return [...source.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
}

export function measureRenderer(outDir: string): RendererSizes {
  const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const entry = /<script[^>]*type="module"[^>]*src="\.?\/?([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error(`No module script in ${path.join(outDir, 'index.html')}`);
  const assets = path.join(outDir, path.dirname(entry));

  const seen = new Set<string>();
  const queue = [path.basename(entry)];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(fs.readFileSync(path.join(assets, file), 'utf8')));
  }
  const firstLoad = [...seen].map((f) => sizeOf(assets, f));
  const files = fs.readdirSync(assets);
  const chunks = files.filter((f) => f.endsWith('.js')).map((f) => sizeOf(assets, f)).sort((a, b) => b.gzipBytes - a.gzipBytes);
  const css = files.filter((f) => f.endsWith('.css')).map((f) => sizeOf(assets, f));
  const sum = (list: ChunkSize[], key: 'bytes' | 'gzipBytes') => list.reduce((n, c) => n + c[key], 0);
  return {
    firstLoad,
    firstLoadBytes: sum(firstLoad, 'bytes'),
    firstLoadGzipBytes: sum(firstLoad, 'gzipBytes'),
    chunks,
    totalBytes: sum(chunks, 'bytes'),
    totalGzipBytes: sum(chunks, 'gzipBytes'),
    css,
  };
}

export const kb = (bytes: number) => bytes / 1024;
