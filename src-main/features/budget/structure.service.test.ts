import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeProblem, roundRupiah, splitEvenly } from '../../contract';
import type { Core } from '../../core';
import { sampleBudget, spend } from '../../../tests/helpers/budget';
import { makeCore, ok, setupAndLogin, userWithRole } from '../../../tests/helpers/temp-core';

describe('budget structure', () => {
  let core: Core;
  let finance: string;
  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'admin');
    finance = await userWithRole(core, 'admin', 'finance', 'bendahara');
  });
  afterEach(() => core.close());

  const fails = async (channel: Parameters<Core['router']['call']>[0], input: unknown, session = finance) => {
    const result = await core.router.call(channel, input, { sessionKey: session });
    if (result.ok) throw new Error(`${channel} should have failed`);
    return result.error;
  };

  it('keeps programme / kegiatan / sub-kegiatan / line as a tree with codes that extend their parent', async () => {
    const b = await sampleBudget(core, finance);
    const structure = await ok(core, finance, 'budget.structure', { yearId: b.year.id });
    expect(structure.activities.map((a) => `${a.level}:${a.code}`)).toEqual([
      'program:1.06.04',
      'kegiatan:1.06.04.2.01',
      'subkegiatan:1.06.04.2.01.0001',
      'subkegiatan:1.06.04.2.01.0005',
    ]);
    expect(structure.lines).toHaveLength(3);
    expect(structure.year).toMatchObject({ year: 2025, lineCount: 3, allocation: 19_200_000, realised: 0 });

    const wrongPrefix = await fails('budget.saveActivity', { yearId: b.year.id, level: 'subkegiatan', parentId: b.kegiatan.id, code: '1.06.05.2.01.0002', name: 'X' });
    expect(wrongPrefix.fieldErrors?.code).toMatch(/harus diawali kode induknya 1\.06\.04\.2\.01/);
    const badFormat = await fails('budget.saveActivity', { yearId: b.year.id, level: 'program', code: '1.6.4', name: 'X' });
    expect(badFormat.fieldErrors?.code).toMatch(/berformat 1\.06\.04/);
    const duplicate = await fails('budget.saveActivity', { yearId: b.year.id, level: 'program', code: '1.06.04', name: 'Lagi' });
    expect(duplicate).toMatchObject({ code: 'CONFLICT', fieldErrors: { code: expect.stringMatching(/sudah dipakai/) } });
    const wrongParent = await fails('budget.saveActivity', { yearId: b.year.id, level: 'subkegiatan', parentId: b.programme.id, code: '1.06.04.2.01.0009', name: 'X' });
    expect(wrongParent.fieldErrors?.parentId).toBeDefined();
    const account = await fails('budget.saveAccount', { code: '5.1.2.1.1.52', name: 'X' });
    expect(account.fieldErrors?.code).toMatch(/5\.1\.02\.01\.01\.0052/);
  });

  it('spreads an allocation without a plan evenly over 12 months, to the rupiah, and refuses a plan that does not add up', async () => {
    const b = await sampleBudget(core, finance);
    expect(b.lines.food.plan).toEqual(Array(12).fill(1_000_000));
    const odd = await ok(core, finance, 'budget.saveLine', { activityId: b.health.id, accountId: b.accounts.atk.id, fundingSource: 'apbd', allocation: 1_000_007 });
    expect(odd.plan.reduce((a, c) => a + c, 0)).toBe(1_000_007);
    expect(odd.plan.slice(0, 11)).toEqual(Array(11).fill(83_334));
    expect(odd.plan[11]).toBe(83_333);

    const plan = [...Array(11).fill(100_000), 50_000];
    const error = await fails('budget.saveLine', { activityId: b.health.id, accountId: b.accounts.food.id, fundingSource: 'apbd', allocation: 1_200_000, plan });
    expect(error.fieldErrors?.plan).toMatch(/berjumlah 1\.150\.000, harus sama dengan pagu 1\.200\.000/);

    const dup = await fails('budget.saveLine', { activityId: b.meals.id, accountId: b.accounts.food.id, fundingSource: 'apbd', allocation: 5 });
    expect(dup).toMatchObject({ code: 'CONFLICT', fieldErrors: { accountId: expect.stringMatching(/sudah ada/) } });
    // The same account from another funding source is a separate line.
    await ok(core, finance, 'budget.saveLine', { activityId: b.meals.id, accountId: b.accounts.food.id, fundingSource: 'apbn_tp', allocation: 5 });
  });

  it('rounds amounts to whole rupiah (half away from zero) and splits exactly', () => {
    expect([roundRupiah(1500.5), roundRupiah(1500.49), roundRupiah(-1500.5), roundRupiah(0.4)]).toEqual([1501, 1500, -1501, 0]);
    for (const total of [0, 1, 11, 12, 13, 999_999_999_999, 1_234_567]) {
      const parts = splitEvenly(total);
      expect(parts.reduce((a, c) => a + c, 0)).toBe(total);
      expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
    }
    expect(codeProblem('kegiatan', '1.06.04.02.01', '1.06.04')).toBeNull();
    expect(codeProblem('subkegiatan', '1.06.04.02.01.0001', '1.06.04.02.01')).toBeNull();
  });

  it('changes a line’s money freely only before it has spending; removes only empty entries', async () => {
    const b = await sampleBudget(core, finance);
    const edited = await ok(core, finance, 'budget.saveLine', { id: b.lines.atk.id, activityId: b.meals.id, accountId: b.accounts.atk.id, fundingSource: 'apbd', allocation: 2_400_000 });
    expect(edited.allocation).toBe(2_400_000);
    await spend(core, finance, b.lines.atk.id, '2025-02-10', 100_000);
    const locked = await fails('budget.saveLine', { id: b.lines.atk.id, activityId: b.meals.id, accountId: b.accounts.atk.id, fundingSource: 'apbd', allocation: 3_000_000 });
    expect(locked.fieldErrors?.allocation).toMatch(/Perubahan anggaran/);
    // The note can still change.
    await ok(core, finance, 'budget.saveLine', { id: b.lines.atk.id, activityId: b.meals.id, accountId: b.accounts.atk.id, fundingSource: 'apbd', allocation: 2_400_000, plan: edited.plan, note: 'Kertas dan tinta' });
    expect((await fails('budget.removeLine', { id: b.lines.atk.id })).code).toBe('CONFLICT');
    expect((await fails('budget.removeActivity', { id: b.meals.id })).code).toBe('CONFLICT');
    await ok(core, finance, 'budget.removeLine', { id: b.lines.drugs.id });
    await ok(core, finance, 'budget.removeActivity', { id: b.health.id });
    const accounts = await ok(core, finance, 'budget.accounts');
    expect(accounts.find((a) => a.code === '5.1.02.01.01.0026')).toMatchObject({ lineCount: 1 });
    const rename = await fails('budget.saveAccount', { id: b.accounts.atk.id, code: '5.1.02.01.01.0027', name: 'ATK' });
    expect(rename.fieldErrors?.code).toMatch(/hanya namanya/);
    await ok(core, finance, 'budget.saveAccount', { id: b.accounts.atk.id, code: '5.1.02.01.01.0026', name: 'Belanja ATK dan Cetak' });
  });

  it('keeps every home to its own budget and audits each change', async () => {
    const b = await sampleBudget(core, finance);
    const duplicateYear = await fails('budget.createYear', { year: 2025 });
    expect(duplicateYear.fieldErrors?.year).toMatch(/sudah ada/);
    const audit = await ok(core, 'admin', 'audit.list', { entity: 'budget-line' });
    expect(audit.rows.filter((r) => r.action === 'create')).toHaveLength(3);
    const other = await fails('budget.structure', { yearId: b.year.id + 100 });
    expect(other.code).toBe('NOT_FOUND');
  });
});
