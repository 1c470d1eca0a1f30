import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { IMPORT_ROWS, importWorkbook, sampleBudget, spend } from '../../../tests/helpers/budget';
import { todayIn } from '../../lib/clock';

const todayIso = () => todayIn('Asia/Jakarta');
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

  it('keeps account names per fiscal year: importing a later year or renaming the chart does not rename what a past year prints', async () => {
    await spend(core, finance, b.lines.food.id, '2025-03-10', 400_000);
    const nameIn = (data: { rows: { lineId: number | null; name: string }[] }, lineId: number) => data.rows.find((r) => r.lineId === lineId)!.name;
    const before = await report('2025-01-01', '2025-12-31');
    expect(nameIn(before, b.lines.food.id)).toBe('Belanja Makanan dan Minuman');

    // A later year is imported with the account's new name (SIPD renamed it).
    const later = await ok(core, finance, 'budget.createYear', { year: 2027 });
    const renamed = 'Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Sosial';
    const rows = IMPORT_ROWS.slice(0, 1).map((r) => r.map((c) => (c === 'Belanja Makanan dan Minuman' ? renamed : c)));
    const base64 = await importWorkbook(rows);
    const preview = await ok(core, finance, 'budget.importPreview', { yearId: later.id, fileName: 'dpa-2027.xlsx', base64 });
    expect(preview.summary.renamedAccounts).toBe(1);
    await ok(core, finance, 'budget.importCommit', { yearId: later.id, base64, checksum: preview.checksum, splitEvenly: true });

    const after = await report('2025-01-01', '2025-12-31');
    expect(nameIn(after, b.lines.food.id)).toBe('Belanja Makanan dan Minuman');
    expect(after.rows.map((r) => r.name)).toEqual(before.rows.map((r) => r.name));
    const spent = await ok(core, finance, 'spending.list', { yearId: b.year.id });
    expect(spent.rows[0]!.accountName).toBe('Belanja Makanan dan Minuman');
    const structure2027 = await ok(core, finance, 'budget.structure', { yearId: later.id });
    expect(structure2027.lines[0]!.accountName).toBe(renamed);
    expect((await ok(core, finance, 'budget.accounts')).find((a) => a.code === '5.1.02.01.01.0052')!.name).toBe(renamed);

    // Renaming in the chart renames the years not yet over (this one and later), never a past one.
    const account = (await ok(core, finance, 'budget.accounts')).find((a) => a.code === '5.1.02.01.01.0052')!;
    await ok(core, finance, 'budget.saveAccount', { id: account.id, code: account.code, name: 'Belanja Makan Minum PM' });
    expect(nameIn(await report('2025-01-01', '2025-12-31'), b.lines.food.id)).toBe('Belanja Makanan dan Minuman');
    expect((await ok(core, finance, 'budget.structure', { yearId: later.id })).lines[0]!.accountName).toBe(Number(todayIso().slice(0, 4)) <= 2027 ? 'Belanja Makan Minum PM' : renamed);
    const audit = await ok(core, 'admin', 'audit.list', { entity: 'budget-account' });
    expect(audit.rows[0]).toMatchObject({ action: 'update', after: { name: 'Belanja Makan Minum PM' } });
  });
});
