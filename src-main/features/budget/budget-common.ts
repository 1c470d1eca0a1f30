import { and, eq, sql } from 'drizzle-orm';
import type { BudgetYear } from '../../contract';
import type { AppDb } from '../../db/client';
import { budgetLines, budgetYears } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { notFound } from '../../lib/errors';

export type LineRecord = typeof budgetLines.$inferSelect;
export type YearRecord = typeof budgetYears.$inferSelect;

const PLAN_KEYS = ['plan01', 'plan02', 'plan03', 'plan04', 'plan05', 'plan06', 'plan07', 'plan08', 'plan09', 'plan10', 'plan11', 'plan12'] as const;
export type PlanColumns = Record<(typeof PLAN_KEYS)[number], number>;

/** The 12 monthly amounts of a line, January first. */
export const planOf = (line: PlanColumns): number[] => PLAN_KEYS.map((k) => line[k]);

/** The plan as the line's columns. */
export const planColumns = (plan: number[]): PlanColumns => Object.fromEntries(PLAN_KEYS.map((k, i) => [k, plan[i] ?? 0])) as PlanColumns;

/** The SQL for one month's planned amount: `plan_01` … `plan_12`. */
export const PLAN_SQL_COLUMNS = PLAN_KEYS.map((_, i) => `plan_${String(i + 1).padStart(2, '0')}`);

export const pad2 = (n: number) => String(n).padStart(2, '0');
export const yearStart = (year: number) => `${year}-01-01`;
export const yearEnd = (year: number) => `${year}-12-31`;

/** Days in a month of a year. */
export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Last day of the month of `iso` (YYYY-MM-DD). */
export function monthEnd(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return `${iso.slice(0, 7)}-${pad2(daysInMonth(year, month))}`;
}

/** realised / allocation × 100, rounded to 2 decimals; null without an allocation. */
export function percentOf(realised: number, allocation: number): number | null {
  if (allocation <= 0) return null;
  return Math.round((realised / allocation) * 10_000) / 100;
}

/** A fiscal year of the actor's home (NOT_FOUND for another home's). */
export function loadYear(db: AppDb, actor: Actor, yearId: number): YearRecord {
  const homeId = requireHome(actor);
  const year = db.select().from(budgetYears).where(and(eq(budgetYears.id, yearId), eq(budgetYears.homeId, homeId))).get();
  if (!year) throw notFound('Tahun anggaran');
  return year;
}

/** A budget line of the actor's home, with its fiscal year. */
export function loadLine(db: AppDb, actor: Actor, lineId: number): LineRecord & { year: number } {
  const homeId = requireHome(actor);
  const row = db
    .select({ line: budgetLines, year: budgetYears.year })
    .from(budgetLines)
    .innerJoin(budgetYears, eq(budgetYears.id, budgetLines.yearId))
    .where(and(eq(budgetLines.id, lineId), eq(budgetLines.homeId, homeId)))
    .get();
  if (!row) throw notFound('Baris anggaran');
  return { ...row.line, year: row.year };
}

/** Everything spent on a line (reversals included), over its whole fiscal year. */
export function realisedOnLine(db: AppDb, lineId: number): number {
  return db.get<{ n: number }>(sql`SELECT coalesce(sum(amount), 0) AS n FROM spending WHERE line_id = ${lineId}`)?.n ?? 0;
}

/** The years' totals for a list: lines, allocation, realised, spending rows. */
export function yearSummary(db: AppDb, year: YearRecord): BudgetYear {
  const lines = db.get<{ n: number; allocation: number }>(
    sql`SELECT count(*) AS n, coalesce(sum(allocation), 0) AS allocation FROM budget_lines WHERE year_id = ${year.id}`,
  )!;
  const spent = db.get<{ n: number; total: number }>(sql`
    SELECT count(*) AS n, coalesce(sum(amount), 0) AS total FROM spending
    WHERE home_id = ${year.homeId} AND spent_on BETWEEN ${yearStart(year.year)} AND ${yearEnd(year.year)}`)!;
  return { id: year.id, year: year.year, lineCount: lines.n, allocation: lines.allocation, realised: spent.total, spendingCount: spent.n };
}
