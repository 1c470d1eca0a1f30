import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { sampleBudget, spend } from '../../../tests/helpers/budget';
import { sampleResident } from '../../../tests/helpers/residents';
import { makeCore, ok, setupAndLogin, userWithRole } from '../../../tests/helpers/temp-core';
import { elapsedMonths, planDue, projectYearEnd } from './dashboard.service';
import { recordSpending } from './spending.service';

describe('budget dashboard and cost per resident', () => {
  let core: Core;
  let finance: string;
  let b: Awaited<ReturnType<typeof sampleBudget>>;
  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'admin');
    finance = await userWithRole(core, 'admin', 'finance', 'bendahara');
    b = await sampleBudget(core, finance);
  });
  afterEach(() => core.close());

  it('compares absorption by month with the plan and flags lines whose pace projects over or well under', async () => {
    for (let m = 1; m <= 6; m++) {
      await spend(core, finance, b.lines.food.id, `2025-0${m}-10`, 1_200_000); // 20 % over the plan each month
      await spend(core, finance, b.lines.drugs.id, `2025-0${m}-12`, 500_000); // on plan
    }
    await spend(core, finance, b.lines.atk.id, '2025-02-03', 100_000); // far behind
    const d = await ok(core, finance, 'budget.dashboard', { yearId: b.year.id, asOf: '2025-06-30' });
    expect(d).toMatchObject({ year: 2025, asOf: '2025-06-30', elapsedMonths: 6, allocation: 19_200_000, realised: 10_300_000, planToDate: 9_600_000, percent: 53.65 });
    expect(d.months[0]).toEqual({ month: 1, plan: 1_600_000, realised: 1_700_000, cumulativePlan: 1_600_000, cumulativeRealised: 1_700_000 });
    expect(d.months[11]).toMatchObject({ plan: 1_600_000, realised: 0, cumulativePlan: 19_200_000, cumulativeRealised: 10_300_000 });
    expect(d.risks.map((r) => [r.accountCode, r.risk, r.projected, r.projectedPercent])).toEqual([
      ['5.1.02.01.01.0052', 'over', 14_400_000, 120],
      ['5.1.02.01.01.0026', 'under', 200_000, 16.67],
    ]);
    // In January nothing is projected yet; a past year stands on 31 December.
    expect((await ok(core, finance, 'budget.dashboard', { yearId: b.year.id, asOf: '2025-01-20' })).risks).toEqual([]);
    expect((await ok(core, finance, 'budget.dashboard', { yearId: b.year.id })).asOf).toBe('2025-12-31');
    expect(elapsedMonths(2025, '2025-07-16')).toBeCloseTo(6.5, 1);
    expect(planDue(Array(12).fill(100), 6.5)).toBe(650);
    // A lumpy plan is projected by its own shape: clothing bought in March and July is done by August.
    const clothing = [0, 0, 500, 0, 0, 0, 500, 0, 0, 0, 0, 0];
    expect(projectYearEnd(1_030, clothing, 8)).toBe(1_030);
    expect(projectYearEnd(400, clothing, 4)).toBe(800);
  });

  it('divides spending by the residents present (resident-days), per month, and lists the costs linked to a resident', async () => {
    const ani = await ok(core, 'admin', 'residents.create', { resident: sampleResident({ fullName: 'Ani', admissionDate: '2025-01-01', nik: null }) });
    await ok(core, 'admin', 'residents.create', { resident: sampleResident({ fullName: 'Budi', sex: 'L', admissionDate: '2025-01-16', nik: null }) });
    await spend(core, finance, b.lines.food.id, '2025-01-10', 1_000_000);
    await spend(core, finance, b.lines.food.id, '2025-02-10', 560_000);
    const info = (await ok(core, finance, 'auth.session'))!;
    const actor = { userId: info.user.id, username: info.user.username, role: info.user.role, homeId: info.activeHome!.id, channel: 'training.fee' };
    core.db.transaction((tx) =>
      recordSpending(tx, actor, { lineId: b.lines.atk.id, date: '2025-02-20', amount: 140_000, description: 'Kursus menjahit', source: { type: 'training_cost', id: 7, label: 'Kursus menjahit' }, residentId: ani.id }),
    );
    const c = await ok(core, 'admin', 'budget.costPerResident', { yearId: b.year.id, asOf: '2025-02-28' });
    expect(c.months).toHaveLength(2);
    // January: Ani 31 days + Budi 16 days = 47 resident-days over 31 days = 1.5 residents on average.
    expect(c.months[0]).toEqual({ month: 1, spending: 1_000_000, linked: 0, residentDays: 47, averageResidents: 1.5, perResident: 659_574, perResidentDay: 21_277 });
    expect(c.months[1]).toEqual({ month: 2, spending: 700_000, linked: 140_000, residentDays: 56, averageResidents: 2, perResident: 350_000, perResidentDay: 12_500 });
    // The period: 1.700.000 ÷ (103 resident-days ÷ 59 days) = 973.786,4 → 973.786 per resident; ÷ 103 = 16.504,9 → 16.505 a day.
    expect(c.total).toEqual({ spending: 1_700_000, linked: 140_000, residentDays: 103, averageResidents: 1.7, perResident: 973_786, perResidentDay: 16_505 });
    expect(c.linked).toEqual([{ residentId: ani.id, fullName: 'Ani', registrationNo: ani.registrationNo, amount: 140_000, count: 1 }]);
  });
});
