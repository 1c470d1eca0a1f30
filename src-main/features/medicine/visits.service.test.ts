import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { sampleBudget } from '../../../tests/helpers/budget';
import { sampleResident } from '../../../tests/helpers/residents';
import { makeCore, ok, setupAndLogin, userWithRole } from '../../../tests/helpers/temp-core';

describe('medicine: visits, health record, stock takes and the stock reports', () => {
  let core: Core;
  let finance: string;
  let carer: string;
  let b: Awaited<ReturnType<typeof sampleBudget>>;
  let residentId: number;
  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'admin');
    finance = await userWithRole(core, 'admin', 'finance', 'bendahara');
    carer = await userWithRole(core, 'admin', 'caregiver', 'pengasuh');
    b = await sampleBudget(core, finance, 2026);
    residentId = (await ok(core, 'admin', 'residents.create', { resident: sampleResident({ admissionDate: '2026-01-05' }) })).id;
  });
  afterEach(() => core.close());
  const call = (session: string, channel: Parameters<Core['router']['call']>[0], input: unknown) => core.router.call(channel, input, { sessionKey: session });

  it('charges a visit’s fee to the budget with the residents seen; cancelling voids it; the health record shows it', async () => {
    const visit = await ok(core, finance, 'visit.create', {
      visitedOn: '2026-11-12',
      kind: 'psychiatrist',
      practitioner: 'dr. Hendra Wijaya, Sp.KJ',
      findings: 'Kepatuhan minum obat baik',
      residents: [{ residentId, note: 'Tenang, tidur cukup' }],
      fee: 1_500_000,
      lineId: b.lines.drugs.id,
    });
    expect(visit).toMatchObject({ fee: 1_500_000, residents: [{ residentId, note: 'Tenang, tidur cukup' }], spendingId: expect.any(Number) });
    expect(await ok(core, finance, 'spending.get', { id: visit.spendingId! })).toMatchObject({ amount: 1_500_000, source: { type: 'doctor_fee', id: visit.id } });
    const noLine = await call(finance, 'visit.create', { visitedOn: '2026-11-12', kind: 'doctor', practitioner: 'dr. Rina', residents: [{ residentId }], fee: 500_000 });
    expect(noLine).toMatchObject({ ok: false, error: { fieldErrors: { lineId: expect.any(String) } } });
    const absent = await call(finance, 'visit.create', { visitedOn: '2025-12-01', kind: 'doctor', practitioner: 'dr. Rina', residents: [{ residentId }] });
    expect(absent).toMatchObject({ ok: false, error: { fieldErrors: { 'residents.0.residentId': expect.stringMatching(/tidak berada/) } } });

    await ok(core, carer, 'health.addEntry', { residentId, kind: 'vitals', date: '2026-11-12', weightKg: 41.5, systolic: 110, diastolic: 70 });
    await ok(core, carer, 'health.addEntry', { residentId, kind: 'diagnosis', date: '2026-11-12', title: 'Asma bronkial', detail: 'J45' });
    const missing = await call(carer, 'health.addEntry', { residentId, kind: 'referral', date: '2026-11-12' });
    expect(missing).toMatchObject({ ok: false, error: { fieldErrors: { title: expect.any(String) } } });
    const record = await ok(core, carer, 'health.record', { residentId });
    expect(record.entries.map((e) => [e.kind, e.title ?? e.weightKg])).toEqual([
      ['diagnosis', 'Asma bronkial'],
      ['vitals', 41.5],
    ]);
    expect(record.visits[0]!.practitioner).toBe('dr. Hendra Wijaya, Sp.KJ');
    expect(record.allergies).toBe('Udang');

    const cancelled = await ok(core, finance, 'visit.cancel', { id: visit.id, cancelledOn: '2026-11-13', reason: 'Dicatat dua kali' });
    expect(cancelled.cancelled).toEqual({ on: '2026-11-13', reason: 'Dicatat dua kali' });
    expect((await ok(core, finance, 'spending.get', { id: visit.spendingId! })).reversedBy).toMatchObject({ spentOn: '2026-11-13' });
    // Caregivers record care, not costs.
    expect(await call(carer, 'visit.create', { visitedOn: '2026-11-12', kind: 'doctor', practitioner: 'x', residents: [{ residentId }] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(carer, 'medicine.receive', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('records a stock take’s differences and reports opening, movements and closing, with formulas in the XLSX', async () => {
    const m = await ok(core, finance, 'medicine.save', { genericName: 'Amlodipin', form: 'tablet', strength: '5 mg', unit: 'tablet' });
    const dup = await call(finance, 'medicine.save', { genericName: 'amlodipin', form: 'tablet', strength: '5 MG', unit: 'tablet' });
    expect(dup).toMatchObject({ ok: false, error: { fieldErrors: { genericName: expect.any(String) } } });
    const receive = (batchNo: string, receivedOn: string, quantity: number) =>
      ok(core, finance, 'medicine.receive', { medicineId: m.id, batchNo, expiryDate: '2027-12-31', receivedOn, quantity, unitCost: 300, supplier: 'PBF', lineId: b.lines.drugs.id });
    const a = await receive('A', '2026-10-01', 60);
    const c = await receive('C', '2026-11-02', 30);
    const take = await ok(core, finance, 'medicine.stockTake', { movedOn: '2026-11-05', reason: 'Stok opname bulanan', counts: [{ batchId: a.id, counted: 55 }, { batchId: c.id, counted: 30 }] });
    expect(take).toEqual({ changed: 1 });
    const over = await call(finance, 'medicine.stockTake', { movedOn: '2026-11-05', reason: 'x', counts: [{ batchId: c.id, counted: 31 }] });
    expect(over).toMatchObject({ ok: false, error: { fieldErrors: { 'counts.0.counted': expect.any(String) } } });
    const card = await ok(core, finance, 'medicine.stockCard', { medicineId: m.id, from: '2026-11-01', to: '2026-11-30' });
    expect(card).toMatchObject({ opening: 60, totalIn: 30, totalOut: 5, closing: 85 });
    expect(card.lines.map((l) => [l.kind, l.balance])).toEqual([
      ['receipt', 90],
      ['stock_take', 85],
    ]);

    const xlsx = await ok(core, finance, 'medicine.stockReportXlsx', { from: '2026-11-01', to: '2026-11-30' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Persediaan obat')!;
    const row = sheet.getRows(1, sheet.rowCount)!.find((r) => String(r.getCell(1).value).startsWith('Amlodipin'))!;
    expect([2, 3, 4, 5, 6, 7].map((c) => row.getCell(c).value)).toEqual(['tablet', 60, 30, 0, -5, 0]);
    expect(row.getCell(8).value).toMatchObject({ formula: `C${row.number}+D${row.number}-E${row.number}+F${row.number}-G${row.number}`, result: 85 });
    expect(row.getCell(9).value).toBe(85 * 300);
    const pdf = await ok(core, finance, 'medicine.expiryReport', { asOf: '2027-12-01', days: 60 });
    expect(pdf.html).toContain('Kedaluwarsa dalam 60 hari');
    expect(pdf.html).toContain('Amlodipin 5 mg tablet');
  });
});
