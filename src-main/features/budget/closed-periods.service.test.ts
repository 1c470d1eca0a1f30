import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { sampleBudget, spend } from '../../../tests/helpers/budget';
import { makeCore, ok, setupAndLogin, userWithRole } from '../../../tests/helpers/temp-core';

/** A closed period's budget report does not change when the budget grows or is renamed later. */
describe('closed periods: the budget report of a past period', () => {
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

  const sqlite = () => core.requireOpened().sqlite;
  const report = (from: string, to: string) => ok(core, finance, 'budget.realisationData', { yearId: b.year.id, from, to });

  it('a line added after the period is not in that period’s allocation; the original budget counts from 1 January', async () => {
    // The budget as first entered (before any spending) is the year's DPA, whenever it was typed.
    await spend(core, finance, b.lines.food.id, '2025-03-10', 400_000);
    const march = await report('2025-03-01', '2025-03-31');
    expect(march.total.allocation).toBe(19_200_000);
    // Months later a line is added (a new account in the perubahan), on 15 June (WIB).
    const account = await ok(core, finance, 'budget.saveAccount', { code: '5.1.02.02.01.0013', name: 'Belanja Jasa Narasumber' });
    const line = await ok(core, finance, 'budget.saveLine', { activityId: b.meals.id, accountId: account.id, fundingSource: 'apbd', allocation: 3_000_000 });
    sqlite().prepare(`UPDATE spending SET created_at = '2025-03-10T02:00:00.000Z'`).run();
    sqlite().prepare(`UPDATE budget_lines SET created_at = '2025-01-05T02:00:00.000Z' WHERE id <> ?`).run(line.id);
    sqlite().prepare(`UPDATE budget_lines SET created_at = '2025-06-14T18:30:00.000Z' WHERE id = ?`).run(line.id); // 15 June 01:30 WIB

    const again = await report('2025-03-01', '2025-03-31');
    expect(again.total).toEqual(march.total);
    expect(again.rows.map((r) => r.code)).toEqual(march.rows.map((r) => r.code));
    const may = await report('2025-05-01', '2025-05-31');
    expect(may.total.allocation).toBe(19_200_000);
    const june = await report('2025-06-01', '2025-06-30');
    expect(june.total.allocation).toBe(22_200_000);
    expect(june.rows.find((r) => r.lineId === line.id)).toMatchObject({ allocation: 3_000_000 });
    const year = await report('2025-01-01', '2025-12-31');
    expect(year.total.allocation).toBe(22_200_000);
  });
});
