import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { sampleBudget } from '../../../tests/helpers/budget';
import { sampleResident } from '../../../tests/helpers/residents';
import { makeCore, ok, setupAndLogin, userWithRole } from '../../../tests/helpers/temp-core';
import { todayIn } from '../../lib/clock';

const todayIso = () => todayIn('Asia/Jakarta');

describe('meals', () => {
  let core: Core;
  let finance: string;
  let carer: string;
  let b: Awaited<ReturnType<typeof sampleBudget>>;
  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'admin');
    finance = await userWithRole(core, 'admin', 'finance', 'bendahara');
    carer = await userWithRole(core, 'admin', 'caregiver', 'pengasuh');
    await userWithRole(core, 'admin', 'head', 'kepala');
    b = await sampleBudget(core, finance);
  });
  afterEach(() => core.close());

  const call = (session: string, channel: Parameters<Core['router']['call']>[0], input: unknown) => core.router.call(channel, input, { sessionKey: session });
  let born = 0;
  const admit = (fullName: string, admissionDate: string) =>
    ok(core, 'admin', 'residents.create', {
      resident: sampleResident({ fullName, nickname: null, nik: null, kkNumber: null, admissionDate, birthDate: `2010-01-${String(++born).padStart(2, '0')}` }),
    });
  const buy = (purchasedOn: string, quantity: number, unitPrice: number, extra: Record<string, unknown> = {}) =>
    ok(core, finance, 'meals.recordPurchase', { purchasedOn, supplier: 'UD Beras Solok', proofNo: `BL-${purchasedOn}`, lineId: b.lines.food.id, items: [{ name: 'Beras', quantity, unit: 'kg', unitPrice }], ...extra });

  it('dates a cancellation on the day it was made: a purchase cancelled in December reduces December, not November', async () => {
    await admit('Andi Saputra', '2025-01-01');
    const november = await buy('2025-11-20', 100, 10_000); // 1.000.000
    await buy('2025-12-02', 10, 10_000); // 100.000
    const before = await ok(core, finance, 'meals.report', { month: '2025-11' });
    expect(before).toMatchObject({ foodCost: 1_000_000, purchaseCount: 1, cancellations: { count: 0, total: 0 } });
    await ok(core, finance, 'meals.cancelPurchase', { id: november.id, cancelledOn: '2025-12-05', reason: 'Barang diretur' });
    // November, perhaps already printed and signed, keeps its figures; December carries the cancellation.
    const after = await ok(core, finance, 'meals.report', { month: '2025-11' });
    expect(after).toMatchObject({ foodCost: 1_000_000, purchaseCount: 1, costPerResidentDay: before.costPerResidentDay });
    const december = await ok(core, finance, 'meals.report', { month: '2025-12' });
    expect(december).toMatchObject({ foodCost: 100_000 - 1_000_000, purchaseCount: 1, cancellations: { count: 1, total: 1_000_000 } });
    // As the LRA does: the reversal sits in December there too.
    const lraNov = await ok(core, finance, 'budget.realisationData', { yearId: b.year.id, from: '2025-11-01', to: '2025-11-30' });
    expect(lraNov.rows.find((r) => r.lineId === b.lines.food.id)!.current).toBe(1_000_000);
  });

  it('labels the month in progress with the days counted and does not compare it with the index', async () => {
    await admit('Andi Saputra', '2025-01-01');
    const today = todayIso();
    await ok(core, 'admin', 'meals.saveIndex', { year: Number(today.slice(0, 4)), amount: 27_000, reference: 'SBU' });
    const current = await ok(core, finance, 'meals.report', { month: today.slice(0, 7) });
    const day = Number(today.slice(8, 10));
    expect(current).toMatchObject({ countedDays: day, index: 27_000, indexPercent: null });
    if (day < current.monthDays) expect(current.inProgress).toBe(true);
    const html = (await ok(core, finance, 'meals.reportPdf', { month: today.slice(0, 7), paper: 'A4' })).html;
    if (current.inProgress) expect(html).toContain(`bulan berjalan, ${day} dari ${current.monthDays} hari`);
  });

  it('cost per resident-day counts each day present: admissions and exits mid-month, against the year’s index', async () => {
    await admit('Andi Saputra', '2025-01-01'); // present all 31 days of March
    const late = await admit('Budi Hartono', '2025-03-17'); // present 17–31 March: 15 days
    const leaving = await admit('Citra Lestari', '2025-01-01');
    await ok(core, 'admin', 'residents.recordDeath', { id: leaving.id, effectiveDate: '2025-03-11', reason: 'Sakit' }); // present 1–10 March
    await ok(core, 'admin', 'meals.saveIndex', { year: 2025, amount: 27_000, reference: 'SBU Provinsi 2025' });
    await buy('2025-03-03', 100, 12_500); // 1.250.000
    await buy('2025-03-20', 12.5, 11_300); // 141.250
    const cancelled = await buy('2025-03-21', 50, 10_000);
    await ok(core, finance, 'meals.cancelPurchase', { id: cancelled.id, cancelledOn: '2025-03-22', reason: 'Barang dikembalikan' });
    await buy('2025-04-01', 10, 10_000); // next month: not counted

    const report = await ok(core, finance, 'meals.report', { month: '2025-03' });
    const expectedDays = 31 + 15 + 10;
    expect(report.residentDays).toBe(expectedDays);
    expect(report.days.find((d) => d.date === '2025-03-16')!.present).toBe(1);
    expect(report.days.find((d) => d.date === '2025-03-17')!.present).toBe(2);
    expect(report.days.find((d) => d.date === '2025-03-10')!.present).toBe(2);
    expect(report.days.find((d) => d.date === '2025-03-11')!.present).toBe(1);
    expect(report.foodCost).toBe(1_250_000 + 141_250);
    expect(report.purchaseCount).toBe(3); // the purchase cancelled the next day was made in March, as was its cancellation
    expect(report.cancellations).toEqual({ count: 1, total: 500_000 });
    expect(report).toMatchObject({ inProgress: false, countedDays: 31, monthDays: 31 });
    expect(report.costPerResidentDay).toBe(Math.round((1_250_000 + 141_250) / expectedDays));
    expect(report.index).toBe(27_000);
    expect(report.indexPercent).toBeCloseTo((Math.round(1_391_250 / expectedDays) / 27_000) * 100, 1);
    // The budget's own resident-days (cost per resident) agree with the meal report's.
    const cost = await ok(core, finance, 'budget.costPerResident', { yearId: b.year.id, asOf: '2025-12-31' });
    expect(cost.months[2]!.residentDays).toBe(report.residentDays);
    expect(late.id).toBeGreaterThan(0);
  });

  it('saves a meal for everyone present as one all-or-nothing action; re-saving replaces it, audited before/after', async () => {
    const people = [];
    for (const name of ['Andi', 'Budi', 'Citra', 'Dewi', 'Eka']) people.push(await admit(`${name} Pratama`, '2025-01-01'));
    const later = await admit('Fajar Pratama', '2025-06-01');
    const sheet = await ok(core, carer, 'meals.serviceSheet', { date: '2025-05-05', meal: 'lunch' });
    expect(sheet.residents.map((r) => r.fullName)).toEqual(people.map((p) => p.fullName).sort());
    expect(sheet.residents.every((r) => r.status === 'eaten')).toBe(true);
    expect(sheet.residents[0]).toMatchObject({ specialDiet: 'Tanpa makanan laut', allergies: 'Udang' });

    // One resident not present that day refuses the whole save: nothing is stored.
    const refused = await call(carer, 'meals.saveService', {
      date: '2025-05-05',
      meal: 'lunch',
      exceptions: [
        { residentId: people[0]!.id, status: 'refused', note: 'Mual' },
        { residentId: later.id, status: 'absent' },
      ],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { 'exceptions.1.residentId': expect.any(String) } } });
    expect((await ok(core, finance, 'meals.report', { month: '2025-05' })).recordedMeals).toBe(0);
    expect((await ok(core, carer, 'meals.serviceSheet', { date: '2025-05-05', meal: 'lunch' })).saved).toBeNull();

    const saved = await ok(core, carer, 'meals.saveService', {
      date: '2025-05-05',
      meal: 'lunch',
      exceptions: [
        { residentId: people[0]!.id, status: 'refused', note: 'Mual' },
        { residentId: people[1]!.id, status: 'sick', note: 'Dirawat di RSUD' },
      ],
    });
    expect(saved).toMatchObject({ listed: 5, counts: { eaten: 3, refused: 1, sick: 1, partly: 0 } });
    const again = await ok(core, carer, 'meals.saveService', { date: '2025-05-05', meal: 'lunch', exceptions: [{ residentId: people[2]!.id, status: 'partly', note: null }] });
    expect(again.id).toBe(saved.id);
    expect(again.counts).toMatchObject({ eaten: 4, partly: 1, refused: 0, sick: 0 });
    const reread = await ok(core, carer, 'meals.serviceSheet', { date: '2025-05-05', meal: 'lunch' });
    expect(reread.residents.filter((r) => r.status !== 'eaten').map((r) => [r.fullName, r.status])).toEqual([[people[2]!.fullName, 'partly']]);
    const audit = await ok(core, 'admin', 'audit.list', { entity: 'meal_service' });
    expect(audit.rows).toHaveLength(2);
    expect(audit.rows[0]).toMatchObject({ action: 'update', before: { counts: { refused: 1, sick: 1 } }, after: { counts: { partly: 1 } } });

    const report = await ok(core, finance, 'meals.report', { month: '2025-05', missedThreshold: 1 });
    expect(report.days.find((d) => d.date === '2025-05-05')!.served).toMatchObject({ lunch: 5, breakfast: null });
    expect(report.exceptionsTotal.partly).toBe(1);
    expect(report.missed).toEqual([]);
    // A meal the home does not serve, or a future day, is refused at its field.
    expect(await call(carer, 'meals.saveService', { date: '2025-05-05', meal: 'snack', exceptions: [] })).toMatchObject({ ok: false, error: { fieldErrors: { meal: expect.any(String) } } });
    expect(await call(carer, 'meals.saveService', { date: '2099-01-01', meal: 'lunch', exceptions: [] })).toMatchObject({ ok: false, error: { fieldErrors: { date: expect.any(String) } } });
  });

  it('a food purchase is spending on its budget line, linked back; cancelling voids it; past the allocation needs the head', async () => {
    const purchase = await ok(core, finance, 'meals.recordPurchase', {
      purchasedOn: '2025-02-10',
      supplier: 'Pasar Raya Padang Panjang',
      proofNo: 'BL-001',
      lineId: b.lines.food.id,
      items: [
        { name: 'Beras', quantity: 50, unit: 'kg', unitPrice: 13_000 },
        { name: 'Telur', quantity: 2.5, unit: 'krat', unitPrice: 55_000 },
        { name: 'Garam', quantity: 0.333, unit: 'kg', unitPrice: 10_001 },
      ],
    });
    expect(purchase.total).toBe(650_000 + 137_500 + 3_330);
    expect(purchase.spending).toMatchObject({ amount: 790_830, proofNo: 'BL-001', payee: 'Pasar Raya Padang Panjang', source: { type: 'meal_purchase', id: purchase.id } });
    const line = await ok(core, finance, 'budget.lineSpending', { lineId: b.lines.food.id, from: '2025-02-01', to: '2025-02-28' });
    expect(line.rows.map((r) => [r.source.type, r.source.id, r.amount])).toEqual([['meal_purchase', purchase.id, 790_830]]);
    const lra = await ok(core, finance, 'budget.realisationData', { yearId: b.year.id, from: '2025-02-01', to: '2025-02-28' });
    expect(lra.rows.find((r) => r.lineId === b.lines.food.id)!.current).toBe(790_830);

    const cancelled = await ok(core, finance, 'meals.cancelPurchase', { id: purchase.id, cancelledOn: '2025-02-12', reason: 'Salah catat' });
    expect(cancelled.cancelled).toEqual({ on: '2025-02-12', reason: 'Salah catat' });
    const structure = await ok(core, finance, 'budget.structure', { yearId: b.year.id });
    expect(structure.lines.find((l) => l.id === b.lines.food.id)!.realised).toBe(0);

    // Over the remaining allocation (12.000.000): refused as a conflict, then approved by the head.
    const big = { purchasedOn: '2025-02-11', supplier: 'UD Makmur', lineId: b.lines.food.id, items: [{ name: 'Daging', quantity: 100, unit: 'kg', unitPrice: 130_000 }] };
    const over = await call(finance, 'meals.recordPurchase', big);
    expect(over).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { kind: 'over-allocation', excess: 1_000_000 } } });
    expect(await ok(core, finance, 'meals.purchases', { month: '2025-02' })).toHaveLength(1);
    const approved = await ok(core, finance, 'meals.recordPurchase', { ...big, override: { reason: 'Idul Adha', headUsername: 'kepala', headPassword: 'Sipanti-Kuat-2026' } });
    expect(approved.spending?.override?.reason).toBe('Idul Adha');
    // Caregivers do not buy food; a date outside the budget year is refused at the purchase date.
    expect(await call(carer, 'meals.recordPurchase', big)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(finance, 'meals.recordPurchase', { ...big, purchasedOn: '2024-12-30' })).toMatchObject({ ok: false, error: { fieldErrors: { purchasedOn: expect.any(String) } } });
  });

  it('keeps menus per day and meal, copies a week forward without overwriting, and the settings per year', async () => {
    await ok(core, carer, 'meals.saveMenu', { date: '2025-03-03', meal: 'lunch', dishes: 'Nasi, rendang, sayur nangka', energyKcal: 750 });
    await ok(core, carer, 'meals.saveMenu', { date: '2025-03-04', meal: 'dinner', dishes: 'Nasi, ikan bakar', notes: 'Tanpa cabai untuk lansia' });
    await ok(core, carer, 'meals.saveMenu', { date: '2025-03-11', meal: 'dinner', dishes: 'Sudah ada' });
    const week = await ok(core, carer, 'meals.week', { monday: '2025-03-05' });
    expect(week.monday).toBe('2025-03-03');
    expect(week.entries).toHaveLength(2);
    expect(await ok(core, carer, 'meals.copyWeek', { from: '2025-03-03', to: '2025-03-10' })).toEqual({ copied: 1, skipped: 1 });
    const next = await ok(core, carer, 'meals.week', { monday: '2025-03-10' });
    expect(next.entries.map((e) => [e.date, e.meal, e.dishes])).toEqual([
      ['2025-03-10', 'lunch', 'Nasi, rendang, sayur nangka'],
      ['2025-03-11', 'dinner', 'Sudah ada'],
    ]);
    const settings = await ok(core, 'admin', 'meals.saveSettings', { meals: ['snack', 'breakfast', 'lunch', 'dinner'] });
    expect(settings.meals).toEqual(['breakfast', 'lunch', 'dinner', 'snack']);
    await ok(core, 'admin', 'meals.saveIndex', { year: 2025, amount: 27_000 });
    const updated = await ok(core, 'admin', 'meals.saveIndex', { year: 2025, amount: 28_500, reference: 'SBU perubahan' });
    expect(updated.indexes).toEqual([{ year: 2025, amount: 28_500, reference: 'SBU perubahan' }]);
    expect(await call(carer, 'meals.saveIndex', { year: 2026, amount: 1 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const pdf = await ok(core, carer, 'meals.weekReport', { monday: '2025-03-10' });
    expect(pdf.html).toContain('Nasi, rendang, sayur nangka');
    expect(pdf.html).toContain('10 Maret 2025');
  });
  it('prints the monthly report (method, index, signer) and exports it as XLSX with formulas', async () => {
    await admit('Andi Saputra', '2025-01-01');
    await ok(core, 'admin', 'meals.saveIndex', { year: 2025, amount: 27_000 });
    await buy('2025-03-03', 31, 10_000); // 310.000 over 31 resident-days: Rp 10.000 a day
    const pdf = await ok(core, finance, 'meals.reportPdf', { month: '2025-03' });
    expect(pdf.html).toContain('Laporan Permakanan Bulanan');
    expect(pdf.html).toContain('Bulan Maret 2025');
    expect(pdf.html).toMatch(/Biaya makan per orang per hari<\/td><td class="right">Rp 10\.000/);
    expect(pdf.html).toContain('Drs. Hendra Saputra, M.Si');
    const file = await ok(core, finance, 'meals.reportXlsx', { month: '2025-03' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Permakanan')!;
    const cells: { address: string; formula?: string; value: unknown }[] = [];
    sheet.eachRow((row) => row.eachCell((c) => cells.push({ address: c.address, formula: c.formula, value: c.value })));
    const total = cells.find((c) => c.value === 'Jumlah')!;
    const totalRow = Number(total.address.slice(1));
    expect(cells.find((c) => c.address === `B${totalRow}`)!.formula).toMatch(/^SUM\(B\d+:B\d+\)$/);
    expect(cells.find((c) => typeof c.formula === 'string' && c.formula.startsWith(`IF(B${totalRow}=0`))!.formula).toContain('ROUND(');
  });
});
