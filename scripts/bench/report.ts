import fs from 'node:fs';
import type { BenchResult } from './harness';
import type { ColdStart } from './browser';
import type { SweepResult } from './sweep';

/** What `npm run bench` writes (JSON), and what `--compare` reads back. */
export interface BenchReport {
  generatedAt: string;
  scale: string;
  machine: { node: string; platform: string; cpu: string; cpus: number; memoryGb: number };
  dataset: { folder: string; sizeMb: number; rows: Record<string, number>; generationMs: number | null; generatedNow: boolean };
  runs: { fast: number; slow: number; sweep: number };
  results: BenchResult[];
  sweep?: { results: SweepResult[]; unswept: string[] };
  bundle?: BundleFigures | null;
  coldStart?: ColdStart | null;
}

export interface BundleFigures {
  /** The log-in route's JavaScript (entry + static imports), KB. */
  firstLoadKb: number;
  firstLoadGzipKb: number;
  firstLoadChunks: number;
  largestChunk: { file: string; gzipKb: number };
  chunks: number;
  totalGzipKb: number;
  cssGzipKb: number;
}

/** Every figure of a report as `line → value` (ms, or KB for the bundle), for comparing two reports. */
export function figures(report: BenchReport): Map<string, { value: number; unit: 'ms' | 'KB' | '×' }> {
  const out = new Map<string, { value: number; unit: 'ms' | 'KB' | '×' }>();
  for (const r of report.results) {
    out.set(`${r.module}: ${r.name.trim()} — app`, { value: r.app.medianMs, unit: 'ms' });
    out.set(`${r.module}: ${r.name.trim()} — app/raw`, { value: r.ratio, unit: '×' });
  }
  for (const s of report.sweep?.results ?? []) {
    if (!s.error) out.set(`sweep: ${s.channel}${s.label ? ` (${s.label})` : ''}`, { value: s.app.medianMs, unit: 'ms' });
  }
  if (report.coldStart) {
    out.set('browser: launch URL → log-in screen', { value: report.coldStart.loginScreen.medianMs, unit: 'ms' });
    out.set('browser: "Masuk" → dashboard', { value: report.coldStart.dashboard.medianMs, unit: 'ms' });
    out.set('browser: cold start, together', { value: report.coldStart.total.medianMs, unit: 'ms' });
  }
  if (report.bundle) {
    out.set('bundle: log-in route JS, gzip', { value: report.bundle.firstLoadGzipKb, unit: 'KB' });
    out.set('bundle: largest chunk, gzip', { value: report.bundle.largestChunk.gzipKb, unit: 'KB' });
    out.set('bundle: all JS, gzip', { value: report.bundle.totalGzipKb, unit: 'KB' });
  }
  return out;
}

export interface Comparison {
  line: string;
  before: number | null;
  now: number | null;
  unit: string;
  /** Percent change from before to now (negative: faster or smaller). */
  changePercent: number | null;
}

export function readReport(file: string): BenchReport {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchReport;
  if (!Array.isArray(parsed.results)) throw new Error(`${file} is not a bench results file (no "results")`);
  return parsed;
}

/** Each line of `now` against the same line of `before` (lines only in one of them are listed too). */
export function compare(before: BenchReport, now: BenchReport): Comparison[] {
  const a = figures(before);
  const b = figures(now);
  const lines = [...new Set([...b.keys(), ...a.keys()])];
  return lines.map((line) => {
    const x = a.get(line);
    const y = b.get(line);
    return {
      line,
      before: x?.value ?? null,
      now: y?.value ?? null,
      unit: (y ?? x)!.unit,
      changePercent: x && y && x.value > 0 ? ((y.value - x.value) / x.value) * 100 : null,
    };
  });
}

const num = (v: number | null, unit: string) => (v === null ? '–' : unit === '×' ? `${v.toFixed(2)}×` : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const pct = (v: number | null) => (v === null ? '–' : `${v > 0 ? '+' : ''}${v.toFixed(1)}%`);

function table(header: string[], rows: string[][], leftColumns = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < leftColumns ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatComparison(rows: Comparison[]): string {
  return table(
    ['line', 'before', 'now', 'unit', 'change'],
    rows.map((r) => [r.line, num(r.before, r.unit), num(r.now, r.unit), r.unit, pct(r.changePercent)]),
  );
}

const md = (header: string[], rows: string[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`)].join('\n');

/** The short Markdown summary written beside the JSON. */
export function toMarkdown(report: BenchReport, comparison: { file: string; rows: Comparison[] } | null, sweepTop = 10): string {
  const m = report.machine;
  const parts = [
    `# Sipanti bench — ${report.scale} scale`,
    '',
    `${report.generatedAt}; ${m.cpus}× ${m.cpu}, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}. Dataset ${report.dataset.sizeMb} MB` +
      (report.dataset.generationMs ? ` (generated in ${(report.dataset.generationMs / 1000).toFixed(1)} s)` : '') +
      `. Runs: ${report.runs.fast} (slow ${report.runs.slow}, sweep ${report.runs.sweep}).`,
    '',
    md(
      ['benchmark', 'app median ms', 'app p95 ms', 'raw median ms', 'app/raw'],
      report.results.map((r) => [r.name.trim(), num(r.app.medianMs, 'ms'), num(r.app.p95Ms, 'ms'), num(r.raw.medianMs, 'ms'), num(r.ratio, '×')]),
    ),
  ];
  if (report.sweep) {
    parts.push(
      '',
      `## Read channels through the router: the ${sweepTop} slowest of ${report.sweep.results.length}`,
      '',
      md(
        ['channel', 'as', 'p50 ms', 'p95 ms', 'raw p50 ms', 'app/raw'],
        report.sweep.results
          .slice(0, sweepTop)
          .map((s) => [`${s.channel}${s.label ? ` (${s.label})` : ''}`, s.role, s.error ? `failed: ${s.error}` : num(s.app.medianMs, 'ms'), num(s.app.p95Ms, 'ms'), s.raw ? num(s.raw.medianMs, 'ms') : '–', s.ratio ? num(s.ratio, '×') : '–']),
      ),
    );
  }
  if (report.bundle) {
    const b = report.bundle;
    parts.push(
      '',
      '## Renderer bundle (out/renderer)',
      '',
      md(
        ['figure', 'KB'],
        [
          [`log-in route JS (${b.firstLoadChunks} chunks), gzip`, b.firstLoadGzipKb.toFixed(1)],
          ['log-in route JS, raw', b.firstLoadKb.toFixed(0)],
          [`largest chunk (${b.largestChunk.file}), gzip`, b.largestChunk.gzipKb.toFixed(1)],
          [`all JS (${b.chunks} chunks), gzip`, b.totalGzipKb.toFixed(1)],
          ['CSS, gzip', b.cssGzipKb.toFixed(1)],
        ],
      ),
    );
  }
  if (report.coldStart) {
    const c = report.coldStart;
    parts.push(
      '',
      `## Browser-mode cold start (Chromium, empty cache, ${c.runs} runs)`,
      '',
      md(
        ['step', 'median ms', 'p95 ms'],
        [
          ['launch URL → log-in screen', num(c.loginScreen.medianMs, 'ms'), num(c.loginScreen.p95Ms, 'ms')],
          ['"Masuk" → dashboard', num(c.dashboard.medianMs, 'ms'), num(c.dashboard.p95Ms, 'ms')],
          ['together', num(c.total.medianMs, 'ms'), num(c.total.p95Ms, 'ms')],
        ],
      ),
    );
  }
  if (comparison) {
    parts.push('', `## Against ${comparison.file}`, '', md(['line', 'before', 'now', 'change'], comparison.rows.map((r) => [r.line, num(r.before, r.unit), num(r.now, r.unit), pct(r.changePercent)])));
  }
  return `${parts.join('\n')}\n`;
}
