import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { sampleBudget } from '../../../tests/helpers/budget';
import { sampleResident } from '../../../tests/helpers/residents';
import { makeCore, ok, setupAndLogin, userWithRole } from '../../../tests/helpers/temp-core';

describe('audit "print": written when a person prints, never when a page renders; printed periods and the undo', () => {
  let core: Core;
  let head: string;
  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'admin');
    head = await userWithRole(core, 'admin', 'head', 'kepala');
  });
  afterEach(() => core.close());

  const prints = async () => (await ok(core, 'admin', 'audit.list', { entity: 'report' })).rows.filter((r) => r.action === 'print');

  it('rendering a report for its preview writes no "print"; printing it does, once per press, for its own user only', async () => {
    const finance = await userWithRole(core, 'admin', 'finance', 'bendahara');
    const b = await sampleBudget(core, finance);
    const census = await ok(core, 'admin', 'reports.census', { from: '2025-03-01', to: '2025-03-31', paper: 'A4' });
    const lra = await ok(core, finance, 'budget.realisationReport', { yearId: b.year.id, from: '2025-03-01', to: '2025-03-31', paper: 'A4' });
    const meals = await ok(core, finance, 'meals.reportPdf', { month: '2025-03', paper: 'A4' });
    expect(await prints()).toEqual([]);
    for (const r of [census, lra, meals]) expect(r.printToken).toMatch(/^[0-9a-f]{32}$/);

    expect(await ok(core, 'admin', 'print.recorded', { token: census.printToken!, via: 'print' })).toEqual({ recorded: true });
    expect(await ok(core, finance, 'print.recorded', { token: lra.printToken!, via: 'pdf' })).toEqual({ recorded: true });
    // Someone else's token, or one this process never issued, records nothing.
    expect(await ok(core, head, 'print.recorded', { token: meals.printToken!, via: 'print' })).toEqual({ recorded: false });
    expect(await ok(core, finance, 'print.recorded', { token: '0'.repeat(32), via: 'print' })).toEqual({ recorded: false });
    const rows = await prints();
    expect(rows.map((r) => [r.username, r.after])).toEqual([
      ['bendahara', { report: 'realisation', yearId: b.year.id, from: '2025-03-01', to: '2025-03-31', via: 'pdf' }],
      ['admin', { report: 'census', from: '2025-03-01', to: '2025-03-31', via: 'print' }],
    ]);
    // Exports stay "export": the file is made only when the user downloads it.
    await ok(core, 'admin', 'reports.censusXlsx', { from: '2025-03-01', to: '2025-03-31', paper: 'A4' });
    expect((await ok(core, 'admin', 'audit.list', { entity: 'report' })).rows[0]).toMatchObject({ action: 'export' });
    // Opening a resident's file stays "view".
    const resident = await ok(core, 'admin', 'residents.create', { resident: sampleResident({ admissionDate: '2025-01-02' }) });
    await ok(core, 'admin', 'residents.get', { id: resident.id });
    expect((await ok(core, 'admin', 'audit.list', { entity: 'resident' })).rows.map((r) => r.action)).toContain('view');
  });

  it('undoing an exit names the printed census periods it changes, needs the head’s confirmation, and the history keeps both', async () => {
    const resident = await ok(core, 'admin', 'residents.create', { resident: sampleResident({ admissionDate: '2025-01-02' }) });
    await ok(core, 'admin', 'residents.recordDeath', { id: resident.id, effectiveDate: '2025-03-10', reason: 'Sakit' });
    const print = async (from: string, to: string) => {
      const report = await ok(core, 'admin', 'reports.census', { from, to, paper: 'A4' });
      await ok(core, 'admin', 'print.recorded', { token: report.printToken!, via: 'print' });
    };
    await print('2025-02-01', '2025-02-28'); // before the death: unchanged by the undo
    await print('2025-03-01', '2025-03-31');
    await print('2025-03-01', '2025-03-31'); // printed twice: one period
    const preview = await ok(core, 'admin', 'reports.census', { from: '2025-04-01', to: '2025-04-30', paper: 'A4' }); // previewed only
    expect(preview.printToken).toBeDefined();
    await ok(core, 'admin', 'reports.censusXlsx', { from: '2025-01-01', to: '2025-06-30', paper: 'A4' }); // exported: counts

    const change = (await ok(core, 'admin', 'residents.statusHistory', { id: resident.id })).at(-1)!;
    const input = { changeId: change.id, reason: 'Salah input', voidedOn: '2025-07-01' };
    const refused = await core.router.call('residents.undoExit', input, { sessionKey: head });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        details: {
          kind: 'printed-periods',
          periods: [
            { from: '2025-01-01', to: '2025-06-30', printedBy: 'Administrator Panti' },
            { from: '2025-03-01', to: '2025-03-31', printedBy: 'Administrator Panti' },
          ],
        },
      },
    });
    expect(refused.ok ? '' : refused.error.message).toMatch(/1 Maret 2025 – 31 Maret 2025/);
    expect((await ok(core, 'admin', 'residents.get', { id: resident.id })).status).toBe('deceased'); // nothing changed

    await ok(core, head, 'residents.undoExit', { ...input, confirmPrinted: true });
    const history = await ok(core, 'admin', 'residents.statusHistory', { id: resident.id });
    expect(history.at(-1)).toMatchObject({
      id: change.id,
      toStatus: 'deceased',
      effectiveDate: '2025-03-10',
      state: 'undone',
      undoReason: 'Salah input',
      undoChangedPeriods: [{ from: '2025-01-01', to: '2025-06-30' }, { from: '2025-03-01', to: '2025-03-31' }],
    });
    const audit = await ok(core, 'admin', 'audit.list', { entity: 'resident', entityId: String(resident.id) });
    expect(audit.rows.find((r) => r.action === 'undo-exit')!.after).toMatchObject({ changedPrintedPeriods: [{ from: '2025-01-01' }, { from: '2025-03-01' }] });
  });

  it('an undo that changes no printed period needs no confirmation', async () => {
    const resident = await ok(core, 'admin', 'residents.create', { resident: sampleResident({ admissionDate: '2025-01-02' }) });
    await ok(core, 'admin', 'residents.recordDeath', { id: resident.id, effectiveDate: '2025-03-10', reason: 'Sakit' });
    const change = (await ok(core, 'admin', 'residents.statusHistory', { id: resident.id })).at(-1)!;
    await ok(core, head, 'residents.undoExit', { changeId: change.id, reason: 'Salah input', voidedOn: '2025-07-01' });
    expect((await ok(core, 'admin', 'residents.statusHistory', { id: resident.id })).at(-1)).toMatchObject({ state: 'undone', undoChangedPeriods: null });
  });
});
