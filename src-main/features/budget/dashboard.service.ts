import { sql } from 'drizzle-orm';
import type { BudgetDashboard, CostMonth, CostPerResident, LineRisk, MonthAbsorption } from '../../contract';
import type { AppDb } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { dailyPresence } from '../census/presence';
import { homeToday } from '../homes/home-clock';
import { daysInMonth, loadYear, percentOf, PLAN_SQL_COLUMNS, yearEnd, yearStart, type YearRecord } from './budget-common';

/** A line is at risk of over-spending when its projection passes the allocation by this share, of under-spending below the other. */
export const OVER_SPENDING_SHARE = 1.05;
export const UNDER_SPENDING_SHARE = 0.85;

/**
 * The year-end projection at the line's monthly pace against its own plan: what is realised, plus the rest
 * of the plan at the pace so far (realised ÷ planned to date). A plan that is lumpy (school fees in July,
 * clothing before Lebaran) is projected by its own shape, not by a flat average.
 */
export function projectYearEnd(realised: number, plan: number[], elapsed: number): number {
  const due = plan.reduce((n, v, m) => n + v * Math.max(0, Math.min(1, elapsed - m)), 0);
  const total = plan.reduce((a, b) => a + b, 0);
  const pace = due > 0 ? realised / due : 1;
  return Math.round(realised + (total - due) * pace);
}

/** The day the figures stand on: today inside the year, its last day for a past year, none yet for a future one. */
function standingDay(db: AppDb, actor: Actor, year: YearRecord, asOf?: string): string {
  const day = asOf ?? homeToday(db, actor);
  if (day > yearEnd(year.year)) return yearEnd(year.year);
  return day;
}

/** Months of the year gone by the end of `asOf`: 6.5 is mid-July; 0 before the year starts. */
export function elapsedMonths(year: number, asOf: string): number {
  if (asOf < yearStart(year)) return 0;
  if (asOf >= yearEnd(year)) return 12;
  const month = Number(asOf.slice(5, 7));
  return month - 1 + Number(asOf.slice(8, 10)) / daysInMonth(year, month);
}

/** The part of a 12-month plan due by `elapsed` months (the current month pro rata). */
export function planDue(plan: number[], elapsed: number): number {
  let due = 0;
  for (let m = 0; m < 12; m++) due += plan[m]! * Math.max(0, Math.min(1, elapsed - m));
  return Math.round(due);
}

interface LinePlanRow {
  id: number;
  subCode: string;
  subName: string;
  accountCode: string;
  accountName: string;
  allocation: number;
  plan: string;
  realised: number;
}

/**
 * The budget area's landing page: absorption by month against the disbursement plan, and the lines whose
 * monthly pace projects over the allocation or well under it by the year end (see projectYearEnd).
 */
export function budgetDashboard(db: AppDb, actor: Actor, input: { yearId: number; asOf?: string }): BudgetDashboard {
  const year = loadYear(db, actor, input.yearId);
  const asOf = standingDay(db, actor, year, input.asOf);
  const elapsed = elapsedMonths(year.year, asOf);
  const planSql = sql.raw(`json_array(${PLAN_SQL_COLUMNS.map((c) => `l.${c}`).join(', ')})`);
  // One pass over the (home, date) covering index for every line's realised amount.
  const lines = db.all<LinePlanRow>(sql`
    WITH spent AS (
      SELECT line_id, sum(amount) AS total FROM spending
      WHERE home_id = ${year.homeId} AND spent_on BETWEEN ${yearStart(year.year)} AND ${asOf} GROUP BY line_id
    )
    SELECT l.id, s.code AS subCode, s.name AS subName, a.code AS accountCode, coalesce(l.account_name, a.name) AS accountName, l.allocation, ${planSql} AS plan,
           coalesce(spent.total, 0) AS realised
    FROM budget_lines l JOIN budget_activities s ON s.id = l.activity_id JOIN budget_accounts a ON a.id = l.account_id
    LEFT JOIN spent ON spent.line_id = l.id
    WHERE l.year_id = ${year.id} ORDER BY s.code, a.code`);
  const byMonth = new Map(
    db
      .all<{ m: number; total: number }>(sql`
        SELECT CAST(substr(spent_on, 6, 2) AS INTEGER) AS m, sum(amount) AS total FROM spending
        WHERE home_id = ${year.homeId} AND spent_on BETWEEN ${yearStart(year.year)} AND ${asOf} GROUP BY m`)
      .map((r) => [r.m, r.total]),
  );
  const plans = lines.map((l) => JSON.parse(l.plan) as number[]);
  const months: MonthAbsorption[] = [];
  let cumulativePlan = 0;
  let cumulativeRealised = 0;
  for (let m = 1; m <= 12; m++) {
    const plan = plans.reduce((n, p) => n + p[m - 1]!, 0);
    const realised = byMonth.get(m) ?? 0;
    cumulativePlan += plan;
    cumulativeRealised += realised;
    months.push({ month: m, plan, realised, cumulativePlan, cumulativeRealised });
  }
  const risks: LineRisk[] = [];
  if (elapsed >= 1) {
    lines.forEach((l, i) => {
      const projected = projectYearEnd(l.realised, plans[i]!, elapsed);
      const due = planDue(plans[i]!, elapsed);
      const base = { lineId: l.id, subActivityCode: l.subCode, subActivityName: l.subName, accountCode: l.accountCode, accountName: l.accountName, allocation: l.allocation, realised: l.realised, planToDate: due, projected, projectedPercent: percentOf(projected, l.allocation) };
      if (l.realised > 0 && (projected > l.allocation * OVER_SPENDING_SHARE || l.realised > l.allocation)) risks.push({ ...base, risk: 'over' });
      else if (l.allocation > 0 && projected < l.allocation * UNDER_SPENDING_SHARE && l.realised < due) risks.push({ ...base, risk: 'under' });
    });
  }
  risks.sort((a, b) => (a.risk === b.risk ? (a.risk === 'over' ? (b.projectedPercent ?? 0) - (a.projectedPercent ?? 0) : (a.projectedPercent ?? 0) - (b.projectedPercent ?? 0)) : a.risk === 'over' ? -1 : 1));
  const allocation = lines.reduce((n, l) => n + l.allocation, 0);
  const realised = lines.reduce((n, l) => n + l.realised, 0);
  const overrides = db.get<{ n: number }>(sql`
    SELECT count(*) AS n FROM spending WHERE home_id = ${year.homeId} AND override_by IS NOT NULL AND spent_on BETWEEN ${yearStart(year.year)} AND ${yearEnd(year.year)}`)!.n;
  return {
    year: year.year,
    asOf,
    elapsedMonths: Math.round(elapsed * 100) / 100,
    allocation,
    realised,
    remaining: allocation - realised,
    percent: percentOf(realised, allocation),
    planToDate: plans.reduce((n, p) => n + planDue(p, elapsed), 0),
    months,
    risks,
    overrides,
    lineCount: lines.length,
  };
}

const perHead = (amount: number, heads: number) => (heads > 0 ? Math.round(amount / heads) : null);

/**
 * Cost per resident for the year up to `asOf`: each month's spending (all lines) divided by the average
 * number of residents present (resident-days ÷ days, `presentOn`'s rule from one pass: census/presence.ts), and per resident-day;
 * besides, the costs linked to a named resident (funeral, school fees, …), per resident.
 */
export function costPerResident(db: AppDb, actor: Actor, input: { yearId: number; asOf?: string }): CostPerResident {
  const year = loadYear(db, actor, input.yearId);
  const asOf = standingDay(db, actor, year, input.asOf);
  const sums = new Map(
    db
      .all<{ m: number; total: number; linked: number }>(sql`
        SELECT CAST(substr(spent_on, 6, 2) AS INTEGER) AS m, sum(amount) AS total,
               coalesce(sum(CASE WHEN resident_id IS NOT NULL THEN amount END), 0) AS linked
        FROM spending WHERE home_id = ${year.homeId} AND spent_on BETWEEN ${yearStart(year.year)} AND ${asOf} GROUP BY m`)
      .map((r) => [r.m, r]),
  );
  const months: CostMonth[] = [];
  let days = 0;
  const lastMonth = asOf < yearStart(year.year) ? 0 : Number(asOf.slice(5, 7));
  const present = dailyPresence(db, year.homeId, yearStart(year.year), asOf);
  for (let m = 1; m <= lastMonth; m++) {
    const lastDay = m === lastMonth ? Number(asOf.slice(8, 10)) : daysInMonth(year.year, m);
    let residentDays = 0;
    for (let i = days; i < days + lastDay; i++) residentDays += present[i] ?? 0;
    days += lastDay;
    const spent = sums.get(m)?.total ?? 0;
    const averageResidents = Math.round((residentDays / lastDay) * 10) / 10;
    months.push({
      month: m,
      spending: spent,
      linked: sums.get(m)?.linked ?? 0,
      residentDays,
      averageResidents,
      perResident: perHead(spent, residentDays / lastDay),
      perResidentDay: perHead(spent, residentDays),
    });
  }
  const spendingTotal = months.reduce((n, m) => n + m.spending, 0);
  const residentDays = months.reduce((n, m) => n + m.residentDays, 0);
  const linked = db.all<{ residentId: number; fullName: string; registrationNo: string; amount: number; count: number }>(sql`
    SELECT s.resident_id AS residentId, r.full_name AS fullName, r.registration_no AS registrationNo, sum(s.amount) AS amount,
           sum(CASE WHEN s.amount > 0 THEN 1 ELSE 0 END) - sum(CASE WHEN s.amount < 0 THEN 1 ELSE 0 END) AS count
    FROM spending s JOIN residents r ON r.id = s.resident_id
    WHERE s.home_id = ${year.homeId} AND s.spent_on BETWEEN ${yearStart(year.year)} AND ${asOf}
    GROUP BY s.resident_id HAVING sum(s.amount) <> 0 ORDER BY amount DESC, r.full_name`);
  return {
    year: year.year,
    asOf,
    months,
    total: {
      spending: spendingTotal,
      linked: months.reduce((n, m) => n + m.linked, 0),
      residentDays,
      averageResidents: days > 0 ? Math.round((residentDays / days) * 10) / 10 : 0,
      perResident: days > 0 ? perHead(spendingTotal, residentDays / days) : null,
      perResidentDay: perHead(spendingTotal, residentDays),
    },
    linked,
  };
}
