import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName } from '../../contract';
import type { Core } from '../../core';
import { sampleBudget } from '../../../tests/helpers/budget';
import { sampleResident } from '../../../tests/helpers/residents';
import { makeCore, ok, setupAndLogin, userWithRole } from '../../../tests/helpers/temp-core';
import { presentOn } from '../census/census.service';
import { attachExitRecord } from './exits.service';

const DEATH = {
  deathTime: '04:30',
  deathPlace: 'RSUD Padang Panjang',
  causeOfDeath: 'Gagal jantung',
  certificateNo: 'SKK/12/RSUD/2025',
  notifiedName: 'Nurhayati (bibi)',
  notifiedAt: '2025-03-10 06:00',
  notifiedHow: 'phone' as const,
  burialPlace: 'TPU Tanah Hitam',
  burialDate: '2025-03-10',
  rites: 'Dimandikan, dikafani, disalatkan dan dimakamkan',
};
const REPATRIATION = {
  destination: 'family' as const,
  receiverName: 'Nurhayati',
  receiverRole: 'Bibi',
  receiverIdNumber: '1374024107800001',
  destinationAddress: 'Jl. Bundo Kanduang No. 5, Silaing Bawah, Padang Panjang',
  escortNames: 'Rina Marlina, Budi Santoso',
  transport: 'Mobil dinas panti',
};

describe('resident exits: repatriation, death and funeral, costs', () => {
  let core: Core;
  let finance: string;
  let head: string;
  let b: Awaited<ReturnType<typeof sampleBudget>>;
  let residentId: number;
  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'admin');
    finance = await userWithRole(core, 'admin', 'finance', 'bendahara');
    head = await userWithRole(core, 'admin', 'head', 'kepala');
    b = await sampleBudget(core, finance);
    residentId = (await ok(core, 'admin', 'residents.create', { resident: sampleResident({ admissionDate: '2025-01-02' }) })).id;
  });
  afterEach(() => core.close());

  const call = <C extends ChannelName>(session: string, channel: C, input: ChannelInput<C>) => core.router.call(channel, input, { sessionKey: session });
  const lra = async () => (await ok(core, finance, 'budget.realisationData', { yearId: b.year.id, from: '2025-01-01', to: '2025-12-31' })).total.toDate;
  const spendingRows = async () => (await ok(core, finance, 'spending.list', { yearId: b.year.id })).rows;
  const recordDeath = () => ok(core, 'admin', 'exits.recordDeath', { residentId, exitDate: '2025-03-10', reason: 'Meninggal dunia karena sakit', details: DEATH });
  const addCost = (exitId: number, category: 'coffin' | 'shroud' | 'burial_plot' | 'transport', amount: number, session = finance) =>
    ok(core, session, 'exits.saveCost', { exitId, category, description: category, amount, spentOn: '2025-03-10', payee: 'Toko Amanah', proofNo: `BKU-${category}` });

  it('a death sets the status and exit date through the residents’ death path and closes the open stage', async () => {
    const exit = await recordDeath();
    expect(exit).toMatchObject({ kind: 'death', changeState: 'approved', costState: 'draft', exitDate: '2025-03-10', death: { certificateNo: 'SKK/12/RSUD/2025', notifiedHow: 'phone' } });
    const resident = await ok(core, 'admin', 'residents.get', { id: residentId });
    expect(resident).toMatchObject({ status: 'deceased', exitDate: '2025-03-10' });
    const history = await ok(core, 'admin', 'residents.statusHistory', { id: residentId });
    expect(history.at(-1)).toMatchObject({ id: exit.changeId, toStatus: 'deceased', state: 'approved', effectiveDate: '2025-03-10' });
    const file = await ok(core, 'admin', 'casefile.get', { residentId });
    expect(file.currentStage).toBeNull();
    expect(file.stageHistory.length).toBeGreaterThan(0);
    // Editing the record changes details, never the status or the date.
    const edited = await ok(core, 'admin', 'exits.updateDeath', { id: exit.id, details: { ...DEATH, burialPlace: 'Pemakaman Nagari Silaing' } });
    expect(edited).toMatchObject({ exitDate: '2025-03-10', death: { burialPlace: 'Pemakaman Nagari Silaing' } });
    expect((await ok(core, 'admin', 'residents.get', { id: residentId })).status).toBe('deceased');
    // A second exit for the same resident is refused by the lifecycle.
    expect(await call('admin', 'exits.recordDeath', { residentId, exitDate: '2025-03-10', reason: 'x', details: DEATH })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // Finance sees the funeral without the cause of death.
    expect((await ok(core, finance, 'exits.get', { id: exit.id })).death?.causeOfDeath).toBe('');
  });

  it('nothing becomes spending before the head approves; approval charges every item to the chosen line and the LRA shows it', async () => {
    const exit = await recordDeath();
    await addCost(exit.id, 'coffin', 1_500_000);
    await addCost(exit.id, 'shroud', 350_000);
    await addCost(exit.id, 'burial_plot', 750_000, 'admin');
    expect(await spendingRows()).toHaveLength(0);
    const submitted = await ok(core, finance, 'exits.submitCosts', { id: exit.id, proposedLineId: b.lines.food.id });
    expect(submitted).toMatchObject({ costState: 'submitted', total: 2_600_000, submittedBy: expect.any(String) });
    expect(await spendingRows()).toHaveLength(0);
    expect(await lra()).toBe(0);
    // Submitted costs are locked; only the head decides.
    expect(await call(finance, 'exits.saveCost', { exitId: exit.id, category: 'coffin', description: 'x', amount: 1, spentOn: '2025-03-10' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call(finance, 'exits.decideCosts', { id: exit.id, approve: true })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('admin', 'exits.decideCosts', { id: exit.id, approve: true })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const approved = await ok(core, head, 'exits.decideCosts', { id: exit.id, approve: true, lineId: b.lines.food.id });
    expect(approved.costState).toBe('approved');
    expect(approved.costs.every((c) => c.spendingId !== null)).toBe(true);
    const rows = await spendingRows();
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.source.type === 'funeral' && r.source.id === exit.id && r.residentId === residentId && r.lineId === b.lines.food.id)).toBe(true);
    expect(rows.map((r) => r.source.label)).toContain('Pemakaman Alm. Siti Rahmawati');
    expect(await lra()).toBe(2_600_000);
    expect(await call(finance, 'exits.removeCost', { id: approved.costs[0]!.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('the head returns costs with a note; past the remaining allocation the head confirms with a reason', async () => {
    const exit = await recordDeath();
    await addCost(exit.id, 'coffin', 1_000_000);
    await ok(core, finance, 'exits.submitCosts', { id: exit.id });
    expect(await call(head, 'exits.decideCosts', { id: exit.id, approve: false })).toMatchObject({ ok: false, error: { fieldErrors: { note: expect.any(String) } } });
    const returned = await ok(core, head, 'exits.decideCosts', { id: exit.id, approve: false, note: 'Lampirkan kuitansi peti' });
    expect(returned).toMatchObject({ costState: 'returned', decisionNote: 'Lampirkan kuitansi peti' });
    await addCost(exit.id, 'transport', 500_000);
    await ok(core, finance, 'exits.submitCosts', { id: exit.id });
    expect(await call(head, 'exits.decideCosts', { id: exit.id, approve: true })).toMatchObject({ ok: false, error: { fieldErrors: { lineId: expect.any(String) } } });
    // The ATK line has 1.200.000: 1.500.000 goes past it.
    const refused = await call(head, 'exits.decideCosts', { id: exit.id, approve: true, lineId: b.lines.atk.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { kind: 'over-allocation' } } });
    expect(await spendingRows()).toHaveLength(0);
    await ok(core, head, 'exits.decideCosts', { id: exit.id, approve: true, lineId: b.lines.atk.id, overrideReason: 'Pemakaman tidak dapat ditunda' });
    const rows = await spendingRows();
    expect(rows).toHaveLength(2);
    expect(rows.filter((r) => r.override !== null)).toHaveLength(1);
  });

  it('an administrator’s repatriation waits for the head like every discharge; costs wait for it; the handover record prints', async () => {
    const exit = await ok(core, 'admin', 'exits.recordRepatriation', { residentId, exitDate: '2025-04-20', reason: 'Reunifikasi dengan keluarga', details: REPATRIATION });
    expect(exit).toMatchObject({ kind: 'repatriation', changeState: 'pending', repatriation: { handoverNo: '001/BAST/2025' } });
    expect((await ok(core, 'admin', 'residents.get', { id: residentId })).status).toBe('active');
    const pending = await ok(core, head, 'residents.pendingExits');
    expect(pending.map((p) => p.id)).toEqual([exit.changeId]);
    await ok(core, finance, 'exits.saveCost', { exitId: exit.id, category: 'transport', description: 'BBM mobil dinas', amount: 400_000, spentOn: '2025-04-20' });
    await ok(core, finance, 'exits.submitCosts', { id: exit.id, proposedLineId: b.lines.food.id });
    expect(await call(head, 'exits.decideCosts', { id: exit.id, approve: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await ok(core, head, 'residents.decideExit', { changeId: exit.changeId, approve: true, note: null });
    expect(await ok(core, 'admin', 'residents.get', { id: residentId })).toMatchObject({ status: 'discharged', exitType: 'returned_family', exitDate: '2025-04-20' });
    await ok(core, head, 'exits.decideCosts', { id: exit.id, approve: true });
    expect((await spendingRows())[0]).toMatchObject({ amount: 400_000, source: { type: 'repatriation', id: exit.id } });

    const printed = await ok(core, finance, 'exits.handover', { id: exit.id, paper: 'A4' });
    for (const text of ['BERITA ACARA SERAH TERIMA', 'Nomor: 001/BAST/2025', 'Nurhayati', 'Siti Rahmawati', 'PIHAK KEDUA,', 'PIHAK PERTAMA,', 'Rina Marlina', 'Mengetahui,']) {
      expect(printed.html.toUpperCase()).toContain(text.toUpperCase());
    }
    // A referral to the district social office is recorded as "referred".
    const other = (await ok(core, 'admin', 'residents.create', { resident: sampleResident({ fullName: 'Andi Saputra', nik: null, sex: 'L', admissionDate: '2025-01-02' }) })).id;
    const referred = await ok(core, head, 'exits.recordRepatriation', {
      residentId: other,
      exitDate: '2025-05-02',
      reason: 'Dirujuk ke daerah asal',
      details: { ...REPATRIATION, destination: 'social_office', receiverName: 'Drs. Hendra', receiverRole: 'Kepala Bidang Rehabilitasi Sosial', receiverInstitution: 'Dinas Sosial Kota Padang' },
    });
    expect(referred).toMatchObject({ changeState: 'approved', repatriation: { handoverNo: '002/BAST/2025' } });
    expect(await ok(core, 'admin', 'residents.get', { id: other })).toMatchObject({ status: 'discharged', exitType: 'referred' });
  });

  it('the head’s undo returns the resident to active, marks the change undone, voids the spent costs; others may not', async () => {
    const exit = await recordDeath();
    await addCost(exit.id, 'coffin', 1_500_000);
    await ok(core, finance, 'exits.submitCosts', { id: exit.id });
    await ok(core, head, 'exits.decideCosts', { id: exit.id, approve: true, lineId: b.lines.food.id });
    expect(await lra()).toBe(1_500_000);
    expect(presentOn(core.db, 1, '2025-03-31').map((r) => r.id)).not.toContain(residentId);

    const input = { changeId: exit.changeId, reason: 'Salah input: yang meninggal penerima manfaat lain', voidedOn: '2025-03-12' };
    expect(await call('admin', 'residents.undoExit', input)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const resident = await ok(core, head, 'residents.undoExit', input);
    expect(resident).toMatchObject({ status: 'active', exitDate: null, exitType: null });
    const history = await ok(core, 'admin', 'residents.statusHistory', { id: residentId });
    expect(history.at(-1)).toMatchObject({ id: exit.changeId, state: 'undone', undoReason: input.reason, undoneBy: expect.any(String) });
    // The census counts the resident as present again, as if the exit never happened.
    expect(presentOn(core.db, 1, '2025-03-31').map((r) => r.id)).toContain(residentId);
    // The spending is voided by a reversal row, dated on the undo's date.
    expect(await lra()).toBe(0);
    const rows = await spendingRows();
    expect(rows.map((r) => r.amount).sort((a, c) => a - c)).toEqual([-1_500_000, 1_500_000]);
    const after = await ok(core, 'admin', 'exits.get', { id: exit.id });
    expect(after).toMatchObject({ changeState: 'undone', costState: 'voided', undoReason: input.reason });
    // The undone record cannot be edited, and cannot be undone twice.
    expect(await call('admin', 'exits.updateDeath', { id: exit.id, details: DEATH })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call(head, 'residents.undoExit', input)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // The undo is audited.
    const audit = await ok(core, 'admin', 'audit.list', { entity: 'resident' });
    expect(audit.rows.map((r) => r.action)).toContain('undo-exit');
    // The stage the exit closed stays closed (nothing reopened silently).
    const file = await ok(core, 'admin', 'casefile.get', { residentId });
    expect(file.currentStage).toBeNull();
    expect(file.stageHistory.length).toBeGreaterThan(0);
    // The resident can exit again later.
    await ok(core, head, 'residents.requestExit', { id: residentId, exitType: 'independent', effectiveDate: '2025-06-01', reason: 'Mandiri' });
  });

  it('only the latest change can be undone; a pending request cannot', async () => {
    const exit = await ok(core, 'admin', 'exits.recordRepatriation', { residentId, exitDate: '2025-04-20', reason: 'Reunifikasi', details: REPATRIATION });
    expect(await call(head, 'residents.undoExit', { changeId: exit.changeId, reason: 'x', voidedOn: '2025-04-21' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await ok(core, head, 'residents.decideExit', { changeId: exit.changeId, approve: true, note: null });
    await ok(core, 'admin', 'residents.readmit', { id: residentId, effectiveDate: '2025-05-01', reason: 'Kembali ke panti' });
    expect(await call(head, 'residents.undoExit', { changeId: exit.changeId, reason: 'x', voidedOn: '2025-05-02' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('the period report lists standing exits with their costs; the XLSX totals are formulas', async () => {
    const exit = await recordDeath();
    await addCost(exit.id, 'coffin', 1_500_000);
    await addCost(exit.id, 'shroud', 300_000);
    await ok(core, finance, 'exits.submitCosts', { id: exit.id });
    await ok(core, head, 'exits.decideCosts', { id: exit.id, approve: true, lineId: b.lines.food.id });
    await ok(core, 'admin', 'exits.recordRepatriation', { residentId: (await ok(core, 'admin', 'residents.create', { resident: sampleResident({ fullName: 'Andi Saputra', nik: null, sex: 'L', admissionDate: '2025-01-02' }) })).id, exitDate: '2025-04-20', reason: 'Reunifikasi', details: REPATRIATION });
    const data = await ok(core, finance, 'exits.reportData', { from: '2025-01-01', to: '2025-12-31' });
    expect(data).toMatchObject({ deaths: 1, repatriations: 1, total: 1_800_000, approvedTotal: 1_800_000 });
    expect((await ok(core, finance, 'exits.reportData', { from: '2025-04-01', to: '2025-04-30' })).rows.map((r) => r.residentName)).toEqual(['Andi Saputra']);
    const pdf = await ok(core, finance, 'exits.report', { from: '2025-01-01', to: '2025-12-31' });
    expect(pdf.html).toContain('Siti Rahmawati');
    expect(pdf.html).toContain('1.800.000');
    const xlsx = await ok(core, finance, 'exits.reportXlsx', { from: '2025-01-01', to: '2025-12-31' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const formulas: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => c.formula && formulas.push(c.formula)));
    expect(formulas.some((f) => f.startsWith('SUM(J'))).toBe(true);
  });

  it('an exit already in the lifecycle gets its record attached, without a second status change', async () => {
    await ok(core, 'admin', 'residents.recordDeath', { id: residentId, effectiveDate: '2025-03-10', reason: 'Meninggal dunia' });
    const history = await ok(core, 'admin', 'residents.statusHistory', { id: residentId });
    const info = await ok(core, 'admin', 'auth.session');
    const actor = { userId: info!.user.id, username: 'admin', role: 'admin' as const, homeId: info!.activeHome!.id, channel: 'demo' };
    const exit = attachExitRecord(core.db, actor, { changeId: history.at(-1)!.id, details: { ...DEATH, burialDate: null } as never });
    expect(exit).toMatchObject({ kind: 'death', exitDate: '2025-03-10', changeState: 'approved', changeId: history.at(-1)!.id });
    expect(await ok(core, 'admin', 'residents.statusHistory', { id: residentId })).toHaveLength(history.length);
    expect(() => attachExitRecord(core.db, actor, { changeId: history.at(-1)!.id, details: DEATH as never })).toThrow(/sudah ada/);
    const other = (await ok(core, 'admin', 'residents.create', { resident: sampleResident({ fullName: 'Andi Saputra', nik: null, sex: 'L', admissionDate: '2025-01-02' }) })).id;
    await ok(core, head, 'residents.requestExit', { id: other, exitType: 'independent', effectiveDate: '2025-05-01', reason: 'Mandiri' });
    const independent = (await ok(core, 'admin', 'residents.statusHistory', { id: other })).at(-1)!;
    expect(() => attachExitRecord(core.db, actor, { changeId: independent.id, details: REPATRIATION as never })).toThrow(/bukan pemulangan/);
  });
});
