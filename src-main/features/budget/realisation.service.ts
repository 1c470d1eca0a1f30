import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { FundingSource, LineSpending, RealisationAmounts, RealisationData, RealisationInput, RealisationRow, SpendingRecord } from '../../contract';
import { formatLongDate, FUNDING_SOURCE_LABELS, monthName } from '../../contract';
import type { AppDb } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { AppError, fieldError } from '../../lib/errors';
import { loadLine, loadYear, monthEnd, percentOf, yearStart } from './budget-common';
import { allocationsAsOf } from './revisions.service';
import { querySpending } from './spending.service';

type RealisationParsed = Pick<z.output<typeof RealisationInput>, 'yearId' | 'from' | 'to' | 'details'>;

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "Bulan Maret 2026", "Triwulan I Tahun 2026", "Semester I Tahun 2026", "Tahun Anggaran 2026" or the two dates. */
export function periodLabel(from: string, to: string): { label: string; isMonth: boolean } {
  const year = from.slice(0, 4);
  const fm = Number(from.slice(5, 7));
  const tm = Number(to.slice(5, 7));
  const whole = from.slice(8) === '01' && to === monthEnd(to) && from.slice(0, 4) === to.slice(0, 4);
  if (whole && fm === tm) return { label: `Bulan ${monthName(fm)} ${year}`, isMonth: true };
  if (whole && fm === 1 && tm === 12) return { label: `Tahun Anggaran ${year}`, isMonth: false };
  if (whole && (fm - 1) % 3 === 0 && tm === fm + 2) return { label: `Triwulan ${ROMAN[(fm - 1) / 3]} Tahun ${year}`, isMonth: false };
  if (whole && (fm === 1 || fm === 7) && tm === fm + 5) return { label: `Semester ${fm === 1 ? 'I' : 'II'} Tahun ${year}`, isMonth: false };
  return { label: `Periode ${formatLongDate(from)} s.d. ${formatLongDate(to)}`, isMonth: false };
}

interface ActivityRow {
  id: number;
  parentId: number | null;
  level: 'program' | 'kegiatan' | 'subkegiatan';
  code: string;
  name: string;
}

interface LineRow {
  id: number;
  activityId: number;
  code: string;
  name: string;
  fundingSource: FundingSource;
}

const zero = (): RealisationAmounts => ({ allocation: 0, before: 0, current: 0, toDate: 0, remaining: 0, percent: null });

function finish(a: Omit<RealisationAmounts, 'toDate' | 'remaining' | 'percent'>): RealisationAmounts {
  const toDate = a.before + a.current;
  return { ...a, toDate, remaining: a.allocation - toDate, percent: percentOf(toDate, a.allocation) };
}

function add(into: RealisationAmounts, a: RealisationAmounts): void {
  into.allocation += a.allocation;
  into.before += a.before;
  into.current += a.current;
}

/** Spending per line of the year's home: before the period, and inside it (one pass over the covering index). */
export function sumsByLine(db: AppDb, homeId: number, year: number, from: string, to: string): Map<number, { before: number; current: number }> {
  const rows = db.all<{ lineId: number; before: number; current: number }>(sql`
    SELECT line_id AS lineId,
           sum(CASE WHEN spent_on < ${from} THEN amount ELSE 0 END) AS before,
           sum(CASE WHEN spent_on >= ${from} THEN amount ELSE 0 END) AS current
    FROM spending
    WHERE home_id = ${homeId} AND spent_on BETWEEN ${yearStart(year)} AND ${to}
    GROUP BY line_id`);
  return new Map(rows.map((r) => [r.lineId, r]));
}

/**
 * The realisation report (LRA): every line with its allocation in force at the end of the period, what was
 * realised before the period, in it and up to its end, the remainder and the percentage; rolled up per
 * sub-kegiatan, kegiatan and programme, in code order.
 */
export function buildRealisation(db: AppDb, actor: Actor, input: RealisationParsed): RealisationData {
  const year = loadYear(db, actor, input.yearId);
  const y = String(year.year);
  if (input.from.slice(0, 4) !== y) throw fieldError('from', `Periode harus dalam tahun anggaran ${y}`);
  if (input.to.slice(0, 4) !== y) throw fieldError('to', `Periode harus dalam tahun anggaran ${y}`);
  if (input.to < input.from) throw fieldError('to', 'Tanggal akhir harus sesudah tanggal awal');

  const activities = db.all<ActivityRow>(sql`
    SELECT id, parent_id AS parentId, level, code, name FROM budget_activities WHERE year_id = ${year.id} ORDER BY code`);
  const lines = db.all<LineRow>(sql`
    SELECT l.id, l.activity_id AS activityId, a.code, coalesce(l.account_name, a.name) AS name, l.funding_source AS fundingSource
    FROM budget_lines l JOIN budget_accounts a ON a.id = l.account_id WHERE l.year_id = ${year.id} ORDER BY a.code, l.funding_source`);
  const allocations = allocationsAsOf(db, year.id, input.to);
  const sums = sumsByLine(db, year.homeId, year.year, input.from, input.to);

  const childrenOf = new Map<number | null, ActivityRow[]>();
  for (const a of activities) childrenOf.set(a.parentId, [...(childrenOf.get(a.parentId) ?? []), a]);
  const linesOf = new Map<number, LineRow[]>();
  for (const l of lines) linesOf.set(l.activityId, [...(linesOf.get(l.activityId) ?? []), l]);

  const rows: RealisationRow[] = [];
  const visit = (activity: ActivityRow, depth: number): RealisationAmounts => {
    const index = rows.length;
    rows.push({ key: `a${activity.id}`, level: activity.level, code: activity.code, name: activity.name, fundingSource: null, lineId: null, depth, ...zero() });
    const amounts = zero();
    for (const child of childrenOf.get(activity.id) ?? []) add(amounts, visit(child, depth + 1));
    for (const line of linesOf.get(activity.id) ?? []) {
      const s = sums.get(line.id);
      // A line added after the period (and nothing spent on it by then) was not in that period's budget.
      if (!allocations.has(line.id) && !s) continue;
      const own = finish({ allocation: allocations.get(line.id) ?? 0, before: s?.before ?? 0, current: s?.current ?? 0 });
      const name = line.fundingSource === 'apbd' ? line.name : `${line.name} (${FUNDING_SOURCE_LABELS[line.fundingSource]})`;
      rows.push({ key: `l${line.id}`, level: 'line', code: line.code, name, fundingSource: line.fundingSource, lineId: line.id, depth: depth + 1, ...own });
      add(amounts, own);
    }
    const done = finish(amounts);
    Object.assign(rows[index]!, done);
    return done;
  };
  const total = zero();
  for (const programme of childrenOf.get(null) ?? []) add(total, visit(programme, 0));

  let details: Record<number, SpendingRecord[]> | null = null;
  if (input.details) {
    const count = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM spending WHERE home_id = ${year.homeId} AND spent_on BETWEEN ${input.from} AND ${input.to}`)!.n;
    if (count > 3000) throw new AppError('VALIDATION', `Rincian memuat ${count.toLocaleString('id-ID')} transaksi: pilih periode yang lebih pendek untuk mencetak rinciannya`, { details: 'Terlalu banyak transaksi' });
    details = {};
    const records = querySpending(db, sql`s.home_id = ${year.homeId} AND s.spent_on BETWEEN ${input.from} AND ${input.to}`).reverse();
    for (const r of records) (details[r.lineId] ??= []).push(r);
  }
  const { label, isMonth } = periodLabel(input.from, input.to);
  return { year: year.year, from: input.from, to: input.to, isMonth, periodLabel: label, rows, total: finish(total), details };
}

/** The spending behind one line's amount in a period (the report's drill-down), oldest first. */
export function lineSpending(db: AppDb, actor: Actor, input: { lineId: number; from: string; to: string }): LineSpending {
  const line = loadLine(db, actor, input.lineId);
  const account = db.get<{ code: string; name: string }>(sql`SELECT code, coalesce(${line.accountName}, name) AS name FROM budget_accounts WHERE id = ${line.accountId}`)!;
  const rows = querySpending(db, sql`s.line_id = ${line.id} AND s.spent_on BETWEEN ${input.from} AND ${input.to}`).reverse();
  return { lineId: line.id, code: account.code, name: account.name, from: input.from, to: input.to, rows, total: rows.reduce((n, r) => n + r.amount, 0) };
}
