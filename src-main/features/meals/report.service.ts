import { sql } from 'drizzle-orm';
import type { Meal, MealException, MealReport, MealReportDay, MissedMealsRow } from '../../contract';
import { MISSED_STATUSES } from '../../contract';
import type { AppDb } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { daysInMonth, pad2, percentOf } from '../budget/budget-common';
import { dailyPresence } from '../census/presence';
import { homeToday } from '../homes/home-clock';
import { costIndexOf, servedMeals } from './menus.service';

const EXCEPTIONS: MealException[] = ['partly', 'refused', 'absent', 'sick', 'fasting'];
const zeroExceptions = () => Object.fromEntries(EXCEPTIONS.map((s) => [s, 0])) as Record<MealException, number>;

/**
 * The monthly meal report. Resident-days present: for every day of the month, the residents the census
 * counts present at the end of that day (`presentOn`'s rule, from one pass: census/presence.ts), summed (a month in progress: up to today). Food cost: the purchases made
 * in the month less the cancellations made in the month (each dated on its own day, as the LRA does). Cost per resident-day =
 * food cost ÷ resident-days, compared with the year's index only once the month is complete.
 */
export function buildMealReport(db: AppDb, actor: Actor, input: { month: string; missedThreshold: number }): MealReport {
  const homeId = requireHome(actor);
  const year = Number(input.month.slice(0, 4));
  const month = Number(input.month.slice(5, 7));
  const last = daysInMonth(year, month);
  const from = `${input.month}-01`;
  // A month in progress is counted up to today: days still to come have no one present yet.
  const today = homeToday(db, actor);
  const monthTo = `${input.month}-${pad2(last)}`;
  const to = monthTo > today ? today : monthTo;
  const countedDays = to < from ? 0 : Number(to.slice(8, 10));
  const meals = servedMeals(db, homeId);

  const services = db.all<{ date: string; meal: Meal; eaten: number; partly: number }>(sql`
    SELECT date, meal, eaten, partly FROM meal_services WHERE home_id = ${homeId} AND date BETWEEN ${from} AND ${to}`);
  const servedOn = new Map(services.map((s) => [`${s.date}|${s.meal}`, s.eaten + s.partly]));
  const days: MealReportDay[] = [];
  let residentDays = 0;
  const presentByDay = dailyPresence(db, homeId, from, to);
  const servedTotal: Partial<Record<Meal, number>> = {};
  for (let d = 1; d <= countedDays; d++) {
    const date = `${input.month}-${pad2(d)}`;
    const present = presentByDay[d - 1] ?? 0;
    residentDays += present;
    const served: MealReportDay['served'] = {};
    for (const meal of meals) {
      const n = servedOn.get(`${date}|${meal}`);
      served[meal] = n ?? null;
      if (n != null) servedTotal[meal] = (servedTotal[meal] ?? 0) + n;
    }
    days.push({ date, present, served });
  }

  const exceptionRows = db.all<{ residentId: number; registrationNo: string; fullName: string; status: MealException; n: number }>(sql`
    SELECT e.resident_id AS residentId, r.registration_no AS registrationNo, r.full_name AS fullName, e.status, count(*) AS n
    FROM meal_exceptions e
    JOIN meal_services s ON s.id = e.service_id
    JOIN residents r ON r.id = e.resident_id
    WHERE s.home_id = ${homeId} AND s.date BETWEEN ${from} AND ${to}
    GROUP BY e.resident_id, e.status`);
  const byResident = new Map<number, MissedMealsRow>();
  const exceptionsTotal = zeroExceptions();
  for (const row of exceptionRows) {
    const entry = byResident.get(row.residentId) ?? { residentId: row.residentId, registrationNo: row.registrationNo, fullName: row.fullName, counts: zeroExceptions(), missed: 0 };
    entry.counts[row.status] += row.n;
    if (MISSED_STATUSES.includes(row.status)) entry.missed += row.n;
    exceptionsTotal[row.status] += row.n;
    byResident.set(row.residentId, entry);
  }
  const missed = [...byResident.values()].filter((r) => r.missed >= input.missedThreshold).sort((a, b) => b.missed - a.missed || a.fullName.localeCompare(b.fullName));

  // As the LRA does: a purchase counts in the month it was made, a cancellation in the month it was made, so a
  // month already printed keeps its figures when a purchase of it is cancelled later.
  const bought = db.get<{ total: number | null; n: number }>(sql`
    SELECT sum(total) AS total, count(*) AS n FROM food_purchases
    WHERE home_id = ${homeId} AND purchased_on BETWEEN ${from} AND ${to}`);
  const cancelled = db.get<{ total: number | null; n: number }>(sql`
    SELECT sum(total) AS total, count(*) AS n FROM food_purchases
    WHERE home_id = ${homeId} AND cancelled_on BETWEEN ${from} AND ${to}`);
  const cancellations = { count: cancelled?.n ?? 0, total: cancelled?.total ?? 0 };
  const foodCost = (bought?.total ?? 0) - cancellations.total;
  const costPerResidentDay = residentDays > 0 ? Math.round(foodCost / residentDays) : null;
  const index = costIndexOf(db, homeId, year);
  // A month in progress is not compared with the index as if it were complete.
  const inProgress = to < monthTo;
  return {
    month: input.month,
    from,
    to,
    meals,
    days,
    residentDays,
    servedTotal,
    recordedMeals: services.filter((s) => meals.includes(s.meal)).length,
    exceptionsTotal,
    foodCost,
    purchaseCount: bought?.n ?? 0,
    cancellations,
    inProgress,
    countedDays,
    monthDays: last,
    costPerResidentDay,
    index,
    indexPercent: !inProgress && index && costPerResidentDay != null ? percentOf(costPerResidentDay, index) : null,
    missedThreshold: input.missedThreshold,
    missed,
  };
}
