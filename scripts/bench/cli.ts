/**
 * `npm run bench -- [--scale province|home] [--data-dir DIR] [--runs N] [--only TEXT] [--regenerate]`
 *
 * Measures operations through the app's code path and the same work done by hand with better-sqlite3,
 * and prints: median and p95 of each, the ratio app/raw, and the process's RSS after each benchmark.
 * No assertions about time: the figures are for reading (and are written to .data/bench-results.json).
 *
 * Dataset: the demo generator's output (scripts/demo), cached in `.data/bench-<scale>/` (gitignored) and
 * regenerated when the generator or the migrations change. --data-dir points at another folder; a
 * database there that the bench did not generate is only read. Every run works on copies in a temporary
 * folder, so the dataset itself is never modified.
 *
 * Extending: add a module to modules/index.ts (BENCH_MODULES). A module is `{ name, benchmarks(ctx) }`
 * and returns Benchmark objects (harness.ts): `{ name, note, kind: 'fast'|'slow', prepare?, app, raw,
 * after? }`, where `app` calls the service and `raw` does the same work with hand-written SQL on
 * `ctx.raw`. `prepare`/`after` run untimed around each run. Fast benchmarks get N runs (default 20),
 * slow ones N/4 (at least 3), after warm-up runs; the two sides alternate which goes first.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../src-main/db/client';
import { projectRoot } from '../../src-main/lib/paths';
import type { DemoScale } from '../demo/context';
import { DEMO_PASSWORD } from '../demo/generate';
import { ensureDataset } from './dataset';
import { formatTable, measure, type BenchContext, type BenchResult } from './harness';
import { BENCH_MODULES } from './modules';
import { configureRaw } from './modules/database';
import { nowIso } from '../../src-main/lib/time';

function main(): void {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      scale: { type: 'string', default: 'province' },
      'data-dir': { type: 'string' },
      runs: { type: 'string', default: '20' },
      only: { type: 'string' },
      regenerate: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const scale = values.scale as DemoScale;
  if (scale !== 'home' && scale !== 'province') throw new Error(`--scale must be home or province, not ${values.scale}`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not ${values.runs}`);
  const slowRuns = Math.max(3, Math.round(runs / 4));

  const root = projectRoot(__dirname);
  const dataDir = path.resolve(values['data-dir'] ?? path.join(root, '.data', `bench-${scale}`));
  const log = (line: string) => console.log(line);
  const started = performance.now();
  const dataset = ensureDataset({ root, dir: dataDir, scale, regenerate: values.regenerate, log });
  const rows = Object.entries(dataset.counts)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${t} ${n.toLocaleString('en-US')}`)
    .join(', ');
  log(`Dataset: ${dataset.sizeMb.toFixed(1)} MB; ${rows}`);

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sipanti-bench-'));
  // A consistent single-file copy (includes anything still in a WAL), from which every copy is taken.
  const pristine = path.join(workDir, 'dataset.db');
  const source = new Database(dataset.file, { readonly: true, fileMustExist: true });
  source.prepare('VACUUM INTO ?').run(pristine);
  source.close();

  let copies = 0;
  const copyDataset = (name: string) => {
    const target = path.join(workDir, `${copies++}-${name}`);
    fs.copyFileSync(pristine, target);
    return target;
  };
  const migrationsFolder = path.join(root, 'drizzle');
  const workFile = copyDataset('work.db');
  const app = openDatabase({ file: workFile, migrationsFolder, backupsDir: path.join(workDir, 'work-backups') });
  const raw = new Database(workFile);
  configureRaw(raw);
  const ctx: BenchContext = { scale, datasetFile: pristine, migrationsFolder, workDir, app, raw, password: DEMO_PASSWORD, copyDataset };

  const results: BenchResult[] = [];
  try {
    for (const module of BENCH_MODULES) {
      for (const bench of module.benchmarks(ctx)) {
        if (values.only && !`${module.name} ${bench.name}`.includes(values.only)) continue;
        const slow = bench.kind === 'slow';
        process.stdout.write(`  ${module.name}: ${bench.name.trim()} … `);
        const { app: appStats, raw: rawStats } = measure(bench, slow ? slowRuns : runs, slow ? 1 : 3);
        const rssMbAfter = process.memoryUsage().rss / 1024 / 1024;
        const result: BenchResult = {
          module: module.name,
          name: bench.name,
          note: bench.note,
          app: appStats,
          raw: rawStats,
          ratio: appStats.medianMs / rawStats.medianMs,
          rssMbAfter,
        };
        results.push(result);
        process.stdout.write(`${appStats.medianMs.toFixed(2)} ms vs ${rawStats.medianMs.toFixed(2)} ms\n`);
      }
    }
  } finally {
    app.sqlite.close();
    raw.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  }

  const machine = {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
  };
  console.log(`\nSipanti bench — ${scale} scale, ${dataset.sizeMb.toFixed(1)} MB, ${machine.cpus}× ${machine.cpu}, Node ${machine.node}`);
  console.log(formatTable(results));
  console.log('\nWhat each side does:');
  for (const r of results) console.log(`  ${r.name.trim()}: ${r.note}`);

  const out = path.join(root, '.data', 'bench-results.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const report = {
    generatedAt: nowIso(),
    scale,
    machine,
    dataset: {
      folder: dataDir,
      sizeMb: Number(dataset.sizeMb.toFixed(1)),
      rows: dataset.counts,
      generationMs: dataset.generationMs === null ? null : Math.round(dataset.generationMs),
      generatedNow: dataset.generated,
    },
    runs: { fast: runs, slow: slowRuns },
    results: results.map((r) => ({ ...r, ratio: Number(r.ratio.toFixed(3)), rssMbAfter: Math.round(r.rssMbAfter) })),
  };
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWritten to ${out} (total ${((performance.now() - started) / 1000).toFixed(1)} s).`);
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  }
}
