import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import type { Actor } from '../../lib/actor';
import { sampleBudget } from '../../../tests/helpers/budget';
import { sampleResident } from '../../../tests/helpers/residents';
import { makeCore, ok, setupAndLogin, STRONG_PASSWORD, userWithRole } from '../../../tests/helpers/temp-core';
import { marMonth, saveMar } from './mar.service';
import { matchAllergy } from './prescriptions.service';
import { instantOf } from '../../contract/clock';

describe('medicine: stock, prescriptions and the MAR', () => {
  let core: Core;
  let finance: string;
  let carer: string;
  let b: Awaited<ReturnType<typeof sampleBudget>>;
  let residentId: number;
  let paracetamol: number;
  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'admin');
    finance = await userWithRole(core, 'admin', 'finance', 'bendahara');
    carer = await userWithRole(core, 'admin', 'caregiver', 'pengasuh');
    await userWithRole(core, 'admin', 'head', 'kepala');
    b = await sampleBudget(core, finance, 2026);
    residentId = (await ok(core, 'admin', 'residents.create', { resident: sampleResident({ admissionDate: '2026-01-05', allergies: 'Udang, amoksisilin' }) })).id;
    paracetamol = (await ok(core, finance, 'medicine.save', { genericName: 'Parasetamol', brandName: 'Sanmol', form: 'tablet', strength: '500 mg', unit: 'tablet', lowStockThreshold: 10 })).id;
  });
  afterEach(() => core.close());

  const call = (session: string, channel: Parameters<Core['router']['call']>[0], input: unknown) => core.router.call(channel, input, { sessionKey: session });
  const receive = (batchNo: string, expiryDate: string, quantity: number, extra: Record<string, unknown> = {}) =>
    ok(core, finance, 'medicine.receive', { medicineId: paracetamol, batchNo, expiryDate, receivedOn: '2026-11-01', quantity, unitCost: 500, supplier: 'Apotek Kimia Farma', lineId: b.lines.drugs.id, ...extra });
  const batches = async () => Object.fromEntries((await ok(core, finance, 'medicine.batches', { medicineId: paracetamol, withEmpty: true, asOf: '2026-11-20' })).map((x) => [x.batchNo, x.onHand]));
  const prescribe = (extra: Record<string, unknown> = {}) =>
    ok(core, carer, 'prescription.create', { residentId, medicineId: paracetamol, dose: 2, route: 'oral', times: ['07:00', '19:00'], startDate: '2026-11-10', prescriber: 'dr. Rina Marlina', ...extra });
  const actor = async (session: string): Promise<Actor> => {
    const info = await ok(core, session, 'auth.session');
    return { userId: info!.user.id, username: info!.user.username, role: info!.user.role, homeId: info!.activeHome!.id, channel: 'mar.save' };
  };

  it('charges a receipt to the budget line inside its transaction, and voids it when the receipt is cancelled', async () => {
    const batch = await receive('B-1', '2027-06-30', 100);
    expect(batch).toMatchObject({ onHand: 100, quantityReceived: 100, spendingId: expect.any(Number) });
    const spent = await ok(core, finance, 'spending.get', { id: batch.spendingId! });
    expect(spent).toMatchObject({ amount: 50_000, payee: 'Apotek Kimia Farma', source: { type: 'medicine_receipt', id: batch.id } });
    // Over the line's allocation (6.000.000): refused, nothing stays behind; the head's approval lets it through.
    const refused = await call(finance, 'medicine.receive', { medicineId: paracetamol, batchNo: 'B-BIG', expiryDate: '2027-06-30', receivedOn: '2026-11-01', quantity: 20_000, unitCost: 500, supplier: 'PBF', lineId: b.lines.drugs.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { kind: 'over-allocation' } } });
    expect(Object.keys(await batches())).toEqual(['B-1']);
    const approved = await receive('B-BIG', '2027-06-30', 20_000, { override: { reason: 'Wabah diare', headUsername: 'kepala', headPassword: STRONG_PASSWORD } });
    expect((await ok(core, finance, 'spending.get', { id: approved.spendingId! })).override?.reason).toBe('Wabah diare');
    const cancelled = await ok(core, finance, 'medicine.cancelReceipt', { batchId: batch.id, cancelledOn: '2026-11-02', reason: 'Salah input' });
    expect(cancelled).toMatchObject({ onHand: 0, cancelled: { reason: 'Salah input' } });
    expect((await ok(core, finance, 'spending.get', { id: batch.spendingId! })).reversedBy).not.toBeNull();
  });

  it('gives doses first-expiry-first-out, never from expired batches, and never below zero', async () => {
    await receive('LATE', '2027-12-31', 10);
    await receive('SOON', '2026-12-31', 3);
    await receive('OLD', '2026-11-15', 50); // expired by the 20th
    await prescribe();
    const saved = await ok(core, carer, 'mar.save', { date: '2026-11-20', entries: [{ prescriptionId: 1, scheduledTime: '07:00', status: 'given', atTime: '07:10' }] });
    expect(saved).toMatchObject({ saved: 1, given: 1 });
    // 2 tablets: both from SOON (earliest non-expired); OLD untouched.
    expect(await batches()).toEqual({ LATE: 10, SOON: 1, OLD: 50 });
    await ok(core, carer, 'mar.save', { date: '2026-11-20', entries: [{ prescriptionId: 1, scheduledTime: '19:00', status: 'given', atTime: '19:00' }] });
    expect(await batches()).toEqual({ LATE: 9, SOON: 0, OLD: 50 });
    // The expired batch cannot be given: with the good stock used up, the dose is refused at its row.
    await ok(core, finance, 'medicine.adjust', { batchId: (await ok(core, finance, 'medicine.batches', { medicineId: paracetamol })).find((x) => x.batchNo === 'LATE')!.id, movedOn: '2026-11-20', quantity: -9, reason: 'Rusak terkena air' });
    const noStock = await call(carer, 'mar.save', { date: '2026-11-21', entries: [{ prescriptionId: 1, scheduledTime: '07:00', status: 'given', atTime: '07:00' }] });
    expect(noStock).toMatchObject({ ok: false, error: { fieldErrors: { 'entries.0.status': expect.stringMatching(/habis|kedaluwarsa/) } } });
    expect(await batches()).toEqual({ LATE: 0, SOON: 0, OLD: 50 });
    // No negative stock through an adjustment either.
    const negative = await call(finance, 'medicine.adjust', { batchId: (await ok(core, finance, 'medicine.batches', { medicineId: paracetamol })).find((x) => x.batchNo === 'OLD')!.id, movedOn: '2026-11-20', quantity: -51, reason: 'x' });
    expect(negative).toMatchObject({ ok: false, error: { fieldErrors: { quantity: expect.stringMatching(/negatif/) } } });
    // Refused doses take nothing; expired stock is listed for disposal, then disposed.
    await ok(core, carer, 'mar.save', { date: '2026-11-21', entries: [{ prescriptionId: 1, scheduledTime: '19:00', status: 'refused', atTime: '19:00', note: 'Menolak minum' }] });
    const dashboard = await ok(core, finance, 'medicine.dashboard', { asOf: '2026-11-20' });
    expect(dashboard.expired.map((x) => x.batchNo)).toEqual(['OLD']);
    expect(dashboard.lowStock.map((m) => m.id)).toEqual([paracetamol]);
    await ok(core, finance, 'medicine.dispose', { batchId: dashboard.expired[0]!.id, movedOn: '2026-11-21', reason: 'Kedaluwarsa, dimusnahkan bersama Puskesmas' });
    const card = await ok(core, finance, 'medicine.stockCard', { medicineId: paracetamol, from: '2026-11-01', to: '2026-11-30' });
    expect(card).toMatchObject({ opening: 0, totalIn: 63, totalOut: 63, closing: 0 });
    expect(card.lines.filter((l) => l.kind === 'dose').map((l) => l.out)).toEqual([2, 1, 1]);
  });

  it('warns when prescribing against a recorded allergy; the confirmation is recorded', async () => {
    expect(matchAllergy('Udang, Amoksisilin', ['Amoksisilin', 'Amoxsan'])).toBe('Amoksisilin');
    expect(matchAllergy('alergi amoksisilin; debu', ['Parasetamol', null])).toBeNull();
    expect(matchAllergy(null, ['Amoksisilin', null])).toBeNull();
    const amox = await ok(core, finance, 'medicine.save', { genericName: 'Amoksisilin', brandName: 'Amoxsan', form: 'capsule', strength: '500 mg', unit: 'kapsul' });
    const input = { residentId, medicineId: amox.id, dose: 1, route: 'oral' as const, times: ['08:00'], startDate: '2026-11-10', prescriber: 'dr. Rina' };
    const warned = await call(carer, 'prescription.create', input);
    expect(warned).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { kind: 'allergy', matched: 'amoksisilin' } } });
    expect(await ok(core, carer, 'prescription.list', { residentId })).toHaveLength(0);
    const confirmed = await ok(core, carer, 'prescription.create', { ...input, confirmAllergy: true });
    expect(confirmed.allergyWarning).toMatch(/amoksisilin/);
    const audit = await ok(core, 'admin', 'audit.list', { entity: 'prescription' });
    expect(audit.rows.map((r) => r.action)).toContain('allergy_confirmed');
    // No warning, no confirmation needed.
    expect((await prescribe()).allergyWarning).toBeNull();
  });

  it('enforces the as-needed maximum per day and wants the reason', async () => {
    await receive('B', '2027-06-30', 100);
    const prn = await prescribe({ times: [], prn: true, prnMaxPerDay: 2, dose: 1 });
    const dose = (atTime: string, prnReason: string | null = 'Demam 38,5') => ({ prescriptionId: prn.id, scheduledTime: null, status: 'given' as const, atTime, prnReason });
    const noReason = await call(carer, 'mar.save', { date: '2026-11-20', entries: [dose('08:00', null)] });
    expect(noReason).toMatchObject({ ok: false, error: { fieldErrors: { 'entries.0.prnReason': expect.any(String) } } });
    const tooMany = await call(carer, 'mar.save', { date: '2026-11-20', entries: [dose('08:00'), dose('14:00'), dose('20:00')] });
    expect(tooMany).toMatchObject({ ok: false, error: { fieldErrors: { 'entries.2.status': expect.stringMatching(/Maksimal 2 kali/) } } });
    expect(await batches()).toEqual({ B: 100 }); // nothing of the refused save stayed
    await ok(core, carer, 'mar.save', { date: '2026-11-20', entries: [dose('08:00'), dose('14:00')] });
    const third = await call(carer, 'mar.save', { date: '2026-11-20', entries: [dose('21:00')] });
    expect(third.ok).toBe(false);
    await ok(core, carer, 'mar.save', { date: '2026-11-21', entries: [dose('09:00')] });
    expect(await batches()).toEqual({ B: 97 });
  });

  it('shows the day’s due doses with what was recorded, flags late entries and totals the month', async () => {
    await receive('B', '2027-06-30', 100);
    const rx = await prescribe();
    const day = await ok(core, carer, 'mar.day', { date: '2026-11-20' });
    expect(day).toMatchObject({ due: 2, recorded: 0 });
    expect(day.residents[0]!.doses.map((d) => d.scheduledTime)).toEqual(['07:00', '19:00']);
    expect((await ok(core, carer, 'mar.day', { date: '2026-11-20', shift: 'morning' })).due).toBe(1);
    const a = await actor(carer);
    // 07:00 recorded at 07:45 (on time), 19:00 recorded at 20:30 (late: more than 60 minutes).
    saveMar(core.db, a, { date: '2026-11-20', entries: [{ prescriptionId: rx.id, scheduledTime: '07:00', status: 'given', atTime: '07:05', prnReason: null, note: null }] }, instantOf('Asia/Jakarta', '2026-11-20', '07:45'));
    saveMar(core.db, a, { date: '2026-11-20', entries: [{ prescriptionId: rx.id, scheduledTime: '19:00', status: 'given', atTime: '19:00', prnReason: null, note: null }] }, instantOf('Asia/Jakarta', '2026-11-20', '20:30'));
    const again = await ok(core, carer, 'mar.day', { date: '2026-11-20' });
    expect(again.recorded).toBe(2);
    expect(again.residents[0]!.doses.map((d) => d.entries[0]?.late)).toEqual([false, true]);
    const duplicate = await call(carer, 'mar.save', { date: '2026-11-20', entries: [{ prescriptionId: rx.id, scheduledTime: '07:00', status: 'given', atTime: '07:00' }] });
    expect(duplicate).toMatchObject({ ok: false, error: { fieldErrors: { 'entries.0.status': expect.stringMatching(/sudah dicatat/) } } });
    await ok(core, carer, 'mar.save', {
      date: '2026-11-21',
      entries: [
        { prescriptionId: rx.id, scheduledTime: '07:00', status: 'refused', atTime: '07:00' },
        { prescriptionId: rx.id, scheduledTime: '19:00', status: 'held', atTime: '19:00', note: 'Muntah' },
      ],
    });
    await ok(core, carer, 'mar.save', { date: '2026-11-22', entries: [{ prescriptionId: rx.id, scheduledTime: '07:00', status: 'missed', atTime: '09:00' }] });
    const month = marMonth(core.db, a, { residentId, month: '2026-11', paper: 'A4' }, '2026-11-24');
    // Due from the 10th to the 24th (taken as today): 15 days × 2 times. Late: the 19:00 of the 20th, and the three
    // entries of the 21st and 22nd, recorded days after (now).
    expect(month.totals).toMatchObject({ given: 2, refused: 1, missed: 1, held: 1, due: 30, notRecorded: 25, late: 4 });
    expect(month.rows[0]!.days.slice(8, 12)).toEqual([null, 'due', 'due', 'due']);
    expect(month.rows[0]!.days.slice(19, 22)).toEqual(['given', 'refused', 'missed']);
    const pdf = await ok(core, carer, 'mar.monthReport', { residentId, month: '2026-11' });
    expect(pdf).toMatchObject({ landscape: true });
    expect(pdf.html).toContain('Siti Rahmawati');
  });
});
