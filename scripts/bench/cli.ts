/**
 * `npm run bench -- [options]` (`--help` lists them)
 *
 * Measures operations through the app's code path and the same work done by hand with better-sqlite3,
 * and prints: median and p95 of each, the ratio app/raw, and the process's RSS after each benchmark.
 * Then the read-channel sweep (every read channel through the real router, the slowest listed) and the
 * renderer's bundle sizes (from out/renderer, if built). No assertions about time: the figures are for
 * reading. They are written as JSON (default .data/bench-results.json) and as a short Markdown table beside
 * it (.md); `--compare FILE` shows each line against an earlier JSON file, with the change in percent.
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
 * slow ones N/4 (at least 3), after warm-up runs; the two sides alternate which goes first. A read channel
 * is added to the sweep in sweep.ts.
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
import { nowIso } from '../../src-main/lib/time';
import { CHUNK_LIMIT_GZIP_KB, FIRST_LOAD_LIMIT_GZIP_KB, kb, measureRenderer } from '../bundle/sizes';
import { formatTable, measure, type BenchContext, type BenchResult } from './harness';
import { BENCH_MODULES } from './modules';
import { configureRaw } from './modules/database';
import { compare, formatComparison, readReport, toMarkdown, type BenchReport, type BundleFigures } from './report';
import { measureColdStart } from './browser';
import { formatSweep, sweepReadChannels } from './sweep';

const HELP = `Sipanti bench: the app's code path against raw better-sqlite3 doing the same work.

Usage: npm run bench -- [options]

  --scale home|province   dataset size (default province: 50 homes; home: one home, ~20 MB)
  --data-dir DIR          use this folder's dataset (cached there; a foreign database is only read)
  --runs N                timed runs of each fast benchmark (default 20; slow ones N/4, at least 3)
  --only TEXT             only benchmarks whose "module name" contains TEXT (skips the sweep)
  --sweep / --no-sweep    the read-channel sweep through the router (default: on unless --only)
  --top N                 how many of the slowest read channels to print (default 10)
  --browser / --no-browser  browser-mode cold start in Chromium, launch URL → dashboard (default: on unless --only;
                          needs out/renderer built and Chromium)
  --browser-runs N        cold starts to measure (default 7)
  --compare FILE          show each line against an earlier results file, with the change in %
  --out FILE              where to write the JSON results (default .data/bench-results.json; .md beside it)
  --regenerate            regenerate the cached dataset
  -h, --help              this text

Examples:
  npm run bench -- --scale home
  npm run bench -- --scale home --compare .data/bench-results-before.json
  npm run bench -- --only "budget"
`;

function bundleFigures(root: string, log: (line: string) => void): BundleFigures | null {
  const outDir = path.join(root, 'out', 'renderer');
  if (!fs.existsSync(path.join(outDir, 'index.html'))) {
    log('Renderer bundle: out/renderer is not built (npm run build:renderer), sizes skipped.');
    return null;
  }
  const sizes = measureRenderer(outDir);
  const largest = sizes.chunks[0]!;
  return {
    firstLoadKb: kb(sizes.firstLoadBytes),
    firstLoadGzipKb: kb(sizes.firstLoadGzipBytes),
    firstLoadChunks: sizes.firstLoad.length,
    largestChunk: { file: largest.file, gzipKb: kb(largest.gzipBytes) },
    chunks: sizes.chunks.length,
    totalGzipKb: kb(sizes.totalGzipBytes),
    cssGzipKb: kb(sizes.css.reduce((n, c) => n + c.gzipBytes, 0)),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      scale: { type: 'string', default: 'province' },
      'data-dir': { type: 'string' },
      runs: { type: 'string', default: '20' },
      only: { type: 'string' },
      sweep: { type: 'boolean' },
      'no-sweep': { type: 'boolean', default: false },
      top: { type: 'string', default: '10' },
      browser: { type: 'boolean' },
      'no-browser': { type: 'boolean', default: false },
      'browser-runs': { type: 'string', default: '7' },
      compare: { type: 'string' },
      out: { type: 'string' },
      regenerate: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const scale = values.scale as DemoScale;
  if (scale !== 'home' && scale !== 'province') throw new Error(`--scale must be home or province, not ${values.scale}`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not ${values.runs}`);
  const slowRuns = Math.max(3, Math.round(runs / 4));
  const sweepRuns = slowRuns;
  const top = Number(values.top);
  const doSweep = values['no-sweep'] ? false : (values.sweep ?? !values.only);
  const doBrowser = values['no-browser'] ? false : (values.browser ?? !values.only);
  const browserRuns = Number(values['browser-runs']);
  // Read the earlier file first: a wrong path should fail before minutes of measuring.
  const earlier = values.compare ? readReport(path.resolve(values.compare)) : null;

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
  let sweep: BenchReport['sweep'];
  let coldStart: BenchReport['coldStart'] = null;
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
    if (doSweep) {
      log(`  sweep: every read channel through the router, ${sweepRuns} runs each …`);
      sweep = await sweepReadChannels({ datasetFile: pristine, workDir, migrationsFolder, password: DEMO_PASSWORD, runs: sweepRuns, log });
    }
    if (doBrowser) {
      log(`  browser: ${browserRuns} cold starts in Chromium …`);
      const measured = await measureColdStart({ root, datasetFile: pristine, workDir, migrationsFolder, password: DEMO_PASSWORD, runs: browserRuns });
      if ('skipped' in measured) log(`  browser cold start skipped: ${measured.skipped}`);
      else coldStart = measured;
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
  if (sweep) {
    const failed = sweep.results.filter((r) => r.error);
    console.log(`\nRead channels through the router (${sweep.results.length} calls, ${sweepRuns} runs each): the ${top} slowest`);
    console.log(formatSweep(sweep.results, top));
    if (failed.length) console.log(`Failed (input did not fit the dataset): ${failed.map((r) => `${r.channel} ${r.error}`).join(', ')}`);
    if (sweep.unswept.length) console.log(`Read channels not in the sweep: ${sweep.unswept.join(', ')}`);
  }
  if (coldStart) {
    const f = (s: { medianMs: number; p95Ms: number }) => `median ${s.medianMs.toFixed(0)} ms (p95 ${s.p95Ms.toFixed(0)})`;
    console.log(
      `\nBrowser-mode cold start, ${coldStart.runs} runs, empty cache: launch URL → log-in screen ${f(coldStart.loginScreen)}; ` +
        `"Masuk" → dashboard ${f(coldStart.dashboard)}; together ${f(coldStart.total)}`,
    );
  }
  const bundle = bundleFigures(root, log);
  if (bundle) {
    console.log(
      `\nRenderer bundle (out/renderer): log-in route ${bundle.firstLoadGzipKb.toFixed(1)} KB gzipped (${bundle.firstLoadChunks} chunks, ${bundle.firstLoadKb.toFixed(0)} KB raw; limit ${FIRST_LOAD_LIMIT_GZIP_KB}), ` +
        `largest chunk ${bundle.largestChunk.file} ${bundle.largestChunk.gzipKb.toFixed(1)} KB gzipped (limit ${CHUNK_LIMIT_GZIP_KB}), ` +
        `all JS ${bundle.totalGzipKb.toFixed(1)} KB gzipped in ${bundle.chunks} chunks, CSS ${bundle.cssGzipKb.toFixed(1)} KB gzipped`,
    );
  }

  const out = path.resolve(values.out ?? path.join(root, '.data', 'bench-results.json'));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const report: BenchReport = {
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
    runs: { fast: runs, slow: slowRuns, sweep: sweepRuns },
    results: results.map((r) => ({ ...r, ratio: Number(r.ratio.toFixed(3)), rssMbAfter: Math.round(r.rssMbAfter) })),
    sweep,
    coldStart,
    bundle,
  };
  const comparison = earlier && values.compare ? { file: values.compare, rows: compare(earlier, report) } : null;
  if (comparison) {
    console.log(`\nAgainst ${values.compare} (${earlier!.generatedAt}, ${earlier!.scale} scale):`);
    console.log(formatComparison(comparison.rows));
  }
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  const markdown = out.replace(/\.json$/, '') + '.md';
  fs.writeFileSync(markdown, toMarkdown(report, comparison, top));
  console.log(`\nWritten to ${out} and ${markdown} (total ${((performance.now() - started) / 1000).toFixed(1)} s).`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
