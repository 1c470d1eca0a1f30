/**
 * Presence from one pass (issue 19, item 1): the intervals agree with `presentOn` on every day of a year,
 * and the report paths built on them issue a fixed number of SQL statements for a year of data, counted
 * with better-sqlite3's `verbose` hook, so that a loop of queries per day or per resident cannot come back.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { sampleBudget, spend } from '../../../tests/helpers/budget';
import { sampleResident } from '../../../tests/helpers/residents';
import { makeCore, ok, setupAndLogin, userWithRole } from '../../../tests/helpers/temp-core';
import { presentOn } from './census.service';
import { dailyPresence, daysBetween, presenceIntervals, presentPerDay } from './presence';

const YEAR_FROM = '2025-01-01';
const YEAR_TO = '2025-12-31';
const RESIDENTS = 40;

let statements = 0;
let core: Core;
let finance: string;
let yearId: number;
let homeId: number;

/** Statements run while `work` runs. */
async function counted(work: () => Promise<unknown>): Promise<number> {
  const before = statements;
  await work();
  return statements - before;
}

beforeAll(async () => {
  core = makeCore({ verbose: () => void (statements += 1) });
  await setupAndLogin(core, 'admin');
  finance = await userWithRole(core, 'admin', 'finance', 'bendahara');
  homeId = core.db.get<{ id: number }>(sql`SELECT id FROM homes`)!.id;
  const budget = await sampleBudget(core, finance, 2025);
  yearId = budget.year.id;
  for (let m = 1; m <= 12; m++) await spend(core, finance, budget.lines.food.id, `2025-${String(m).padStart(2, '0')}-10`, 500_000);

  // A year of comings and goings: admissions through the year (some before it), exits, readmissions,
  // an exit and readmission on the same day, a pending exit and an undone one (neither counts).
  const user = core.db.get<{ id: number }>(sql`SELECT id FROM users WHERE username = 'admin'`)!.id;
  const change = (residentId: number, from: string | null, to: string, date: string, state = 'approved') =>
    core.db.run(sql`INSERT INTO resident_status_changes (home_id, resident_id, from_status, to_status, exit_type, effective_date, reason, state, requested_by, created_at)
      VALUES (${homeId}, ${residentId}, ${from}, ${to}, ${to === 'active' ? null : 'returned_to_family'}, ${date}, 'Uji', ${state}, ${user}, '2025-01-01T00:00:00.000Z')`);
  for (let i = 0; i < RESIDENTS; i++) {
    const admitted = `${i % 3 === 0 ? 2024 : 2025}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    const created = await ok(core, 'admin', 'residents.create', {
      resident: sampleResident({ fullName: `Penghuni ${i}`, nik: null, birthDate: daysBetween('2010-01-01', '2010-12-31')[i * 7]!, admissionDate: admitted }),
    });
    if (i % 4 === 1) change(created.id, 'active', 'discharged', `2025-${String((i % 9) + 3).padStart(2, '0')}-15`);
    if (i % 8 === 1) change(created.id, 'discharged', 'active', '2025-11-02');
    if (i % 5 === 2) {
      change(created.id, 'active', 'discharged', '2025-06-30');
      change(created.id, 'discharged', 'active', '2025-06-30');
    }
    if (i % 7 === 3) change(created.id, 'active', 'discharged', '2025-08-01', 'pending');
    if (i % 7 === 4) change(created.id, 'active', 'deceased', '2025-09-09', 'undone');
  }
}, 120_000);

afterAll(() => core?.close());

describe('presence from one pass over the intervals', () => {
  it('agrees with presentOn on every day of the year', () => {
    const perDay = dailyPresence(core.db, homeId, YEAR_FROM, YEAR_TO);
    const expected = daysBetween(YEAR_FROM, YEAR_TO).map((date) => presentOn(core.db, homeId, date).length);
    expect(perDay).toHaveLength(365);
    expect(perDay).toEqual(expected);
    expect(Math.max(...perDay)).toBeGreaterThan(Math.min(...perDay));
  });

  it('counts intervals by day, the exit day excluded', () => {
    const intervals = [
      { residentId: 1, from: '2025-01-30', until: '2025-02-02' },
      { residentId: 2, from: '2024-12-01', until: null },
      { residentId: 3, from: '2024-01-01', until: '2024-06-01' },
    ];
    expect(presentPerDay(intervals, '2025-01-29', '2025-02-03')).toEqual([1, 2, 2, 2, 1, 1]);
    expect(presentPerDay(intervals, '2025-02-03', '2025-02-01')).toEqual([]);
    expect(daysBetween('2024-02-27', '2024-03-01')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
  });

  it('keeps one interval per stay', () => {
    const intervals = presenceIntervals(core.db, homeId, YEAR_TO);
    const stays = new Map<number, number>();
    for (const i of intervals) stays.set(i.residentId, (stays.get(i.residentId) ?? 0) + 1);
    expect(stays.size).toBe(RESIDENTS);
    expect(Math.max(...stays.values())).toBe(2);
  });
});

describe('report paths run a fixed number of SQL statements for a year of data', () => {
  // Each bound is a constant (session, guards and the report's own queries), far below one per day (365).
  it('budget.costPerResident', async () => {
    const n = await counted(() => ok(core, finance, 'budget.costPerResident', { yearId, asOf: YEAR_TO }));
    expect(n).toBeLessThanOrEqual(20);
  });

  it('meals.report for each month of the year', async () => {
    for (let m = 1; m <= 12; m++) {
      const n = await counted(() => ok(core, finance, 'meals.report', { month: `2025-${String(m).padStart(2, '0')}`, missedThreshold: 6, paper: 'A4' }));
      expect(n).toBeLessThanOrEqual(20);
    }
  });

  it('reports.censusData for the year', async () => {
    const n = await counted(() => ok(core, 'admin', 'reports.censusData', { from: YEAR_FROM, to: YEAR_TO, paper: 'A4' }));
    expect(n).toBeLessThanOrEqual(20);
  });

  it('budget.dashboard for the year', async () => {
    const n = await counted(() => ok(core, finance, 'budget.dashboard', { yearId, asOf: YEAR_TO }));
    expect(n).toBeLessThanOrEqual(30);
  });
});
