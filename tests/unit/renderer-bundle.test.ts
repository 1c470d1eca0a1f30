/**
 * Build test for the first load (issue 19, item 5): builds the renderer with its one build definition
 * (vite.renderer.config.mts, also electron-vite's renderer section) into a temporary folder and checks
 * that the log-in route's JavaScript stays within its gzipped budget and that route splitting holds.
 * Sizes, not times: nothing here depends on the machine's speed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHUNK_LIMIT_GZIP_KB, FIRST_LOAD_LIMIT_GZIP_KB, kb, measureRenderer, type RendererSizes, staticImports } from '../../scripts/bundle/sizes';

const ROOT = path.resolve(__dirname, '../..');
let outDir: string;
let sizes: RendererSizes;

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sipanti-renderer-'));
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(ROOT, 'vite.renderer.config.mts'),
      mode: 'production',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  sizes = measureRenderer(outDir);
}, 180_000);

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

describe('renderer bundle', () => {
  it(`loads the log-in route with at most ${FIRST_LOAD_LIMIT_GZIP_KB} KB of gzipped JavaScript`, () => {
    const list = sizes.firstLoad.map((c) => `${c.file} ${kb(c.gzipBytes).toFixed(1)} KB`).join(', ');
    expect(kb(sizes.firstLoadGzipBytes), `first load: ${list}`).toBeLessThanOrEqual(FIRST_LOAD_LIMIT_GZIP_KB);
  });

  it(`has no chunk over ${CHUNK_LIMIT_GZIP_KB} KB gzipped`, () => {
    const over = sizes.chunks.filter((c) => kb(c.gzipBytes) > CHUNK_LIMIT_GZIP_KB).map((c) => c.file);
    expect(over).toEqual([]);
  });

  it('is minified and split: the pages and the signed-in router are not in the first load', () => {
    const first = sizes.firstLoad.map((c) => c.file).join(' ');
    for (const page of ['router', 'DashboardPage', 'ResidentDetailPage', 'BudgetPage', 'SetupPage', 'AuditPage']) {
      expect(first).not.toContain(`${page}-`);
      expect(sizes.chunks.some((c) => c.file.startsWith(`${page}-`)), `${page} has its own chunk`).toBe(true);
    }
    const entry = fs.readFileSync(path.join(outDir, 'assets', sizes.firstLoad[0]!.file), 'utf8');
    // Minified output has very long lines (kilobytes); unminified output has one statement a line.
    expect(entry.length / entry.split('\n').length).toBeGreaterThan(1000);
  });

  it('reads static imports from minified chunks and ignores dynamic ones', () => {
    expect(staticImports('import{a as b}from"./A-1.js";import"./B-2.js";export{c}from"./C-3.js";const d=()=>import("./D-4.js")')).toEqual([
      'A-1.js',
      'B-2.js',
      'C-3.js',
    ]);
  });
});
