import type Database from 'better-sqlite3';
import type { OpenedDatabase } from '../../src-main/db/client';

/**
 * One measured operation: the app's code path against the same work done by hand with better-sqlite3.
 * `prepare` and `after` run around every single run, untimed (fresh file copies, closing handles).
 */
export interface Benchmark {
  name: string;
  /** What the two sides do, for the notes. */
  note: string;
  /** `slow` ops (hundreds of ms) get fewer runs. */
  kind?: 'fast' | 'slow';
  prepare?(side: Side): void;
  app(): unknown;
  raw(): unknown;
  after?(side: Side): void;
}

export type Side = 'app' | 'raw';

/** What every benchmark module receives. */
export interface BenchContext {
  scale: string;
  /** The generated dataset (never written to). */
  datasetFile: string;
  migrationsFolder: string;
  /** A scratch folder for this run, removed at the end. */
  workDir: string;
  /** A working copy of the dataset, opened through the app's openDatabase; benchmarks may write to it. */
  app: OpenedDatabase;
  /** A plain better-sqlite3 connection to the same working copy, configured like the app's. */
  raw: Database.Database;
  /** The demo password every account of the dataset uses. */
  password: string;
  /** A fresh copy of the dataset in the work folder. */
  copyDataset(name: string): string;
}

export interface BenchModule {
  name: string;
  /** Builds the benchmarks (and any fixtures they need). */
  benchmarks(ctx: BenchContext): Benchmark[];
}

export interface Stats {
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
}

export interface BenchResult {
  module: string;
  name: string;
  note: string;
  app: Stats;
  raw: Stats;
  /** app median / raw median. */
  ratio: number;
  rssMbAfter: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs: sorted.length, medianMs: median, p95Ms: at(0.95), minMs: sorted[0]! };
}

function timeOnce(bench: Benchmark, side: Side): number {
  bench.prepare?.(side);
  try {
    const started = process.hrtime.bigint();
    if (side === 'app') bench.app();
    else bench.raw();
    return Number(process.hrtime.bigint() - started) / 1e6;
  } finally {
    bench.after?.(side);
  }
}

/** Warm-up runs, then `runs` timed runs of each side, alternating which side goes first. */
export function measure(bench: Benchmark, runs: number, warmup: number): { app: Stats; raw: Stats } {
  for (let i = 0; i < warmup; i++) {
    timeOnce(bench, 'app');
    timeOnce(bench, 'raw');
  }
  const app: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      app.push(timeOnce(bench, 'app'));
      raw.push(timeOnce(bench, 'raw'));
    } else {
      raw.push(timeOnce(bench, 'raw'));
      app.push(timeOnce(bench, 'app'));
    }
  }
  return { app: stats(app), raw: stats(raw) };
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

/** A plain-text table for the terminal and for notes. */
export function formatTable(results: BenchResult[]): string {
  const header = ['benchmark', 'runs', 'app median ms', 'app p95 ms', 'raw median ms', 'raw p95 ms', 'app/raw', 'RSS after MB'];
  const rows = results.map((r) => [
    r.name,
    String(r.app.runs),
    ms(r.app.medianMs),
    ms(r.app.p95Ms),
    ms(r.raw.medianMs),
    ms(r.raw.p95Ms),
    `${r.ratio.toFixed(2)}×`,
    r.rssMbAfter.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
