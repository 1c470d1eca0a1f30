import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RealisationData } from '../../contract';
import type { Core } from '../../core';
import { sampleBudget, spend } from '../../../tests/helpers/budget';
import { makeCore, ok, setupAndLogin, userWithRole } from '../../../tests/helpers/temp-core';
import { periodLabel } from './realisation.service';

/** The report rows as [code, allocation, before, current, toDate, remaining, percent]. */
const figures = (data: RealisationData) => data.rows.map((r) => [r.code, r.allocation, r.before, r.current, r.toDate, r.remaining, r.percent]);

describe('realisation report (LRA)', () => {
  let core: Core;
  let finance: string;
  let b: Awaited<ReturnType<typeof sampleBudget>>;
  beforeAll(async () => {
    core = makeCore();
    await setupAndLogin(core, 'admin');
    finance = await userWithRole(core, 'admin', 'finance', 'bendahara');
    b = await sampleBudget(core, finance);
    await spend(core, finance, b.lines.food.id, '2025-01-31', 500_000);
    await spend(core, finance, b.lines.food.id, '2025-02-01', 300_000);
    await spend(core, finance, b.lines.food.id, '2025-02-28', 200_000);
    await spend(core, finance, b.lines.food.id, '2025-03-01', 100_000);
    await spend(core, finance, b.lines.food.id, '2025-12-31', 50_000);
    await spend(core, finance, b.lines.atk.id, '2025-02-15', 100_000);
    const drug = await spend(core, finance, b.lines.drugs.id, '2025-01-10', 1_000_000);
    await ok(core, finance, 'spending.void', { id: drug.id, voidedOn: '2025-02-05', reason: 'Faktur ganda' });
    await ok(core, finance, 'budget.reviseLine', { lineId: b.lines.food.id, revisedOn: '2025-09-15', allocation: 15_000_000, reference: 'DPPA No. 900/123/2025', reason: 'Perubahan APBD: tambahan penerima manfaat' });
  });
  afterAll(() => core.close());

  const report = (from: string, to: string) => ok(core, 'admin', 'budget.realisationData', { yearId: b.year.id, from, to });

  it('rolls lines up into sub-kegiatan, kegiatan and programme, with a reversal as a negative in its own month', async () => {
    const feb = await report('2025-02-01', '2025-02-28');
    expect(feb).toMatchObject({ isMonth: true, periodLabel: 'Bulan Februari 2025' });
    expect(figures(feb)).toEqual([
      ['1.06.04', 19_200_000, 1_500_000, -400_000, 1_100_000, 18_100_000, 5.73],
      ['1.06.04.2.01', 19_200_000, 1_500_000, -400_000, 1_100_000, 18_100_000, 5.73],
      ['1.06.04.2.01.0001', 13_200_000, 500_000, 600_000, 1_100_000, 12_100_000, 8.33],
      ['5.1.02.01.01.0026', 1_200_000, 0, 100_000, 100_000, 1_100_000, 8.33],
      ['5.1.02.01.01.0052', 12_000_000, 500_000, 500_000, 1_000_000, 11_000_000, 8.33],
      ['1.06.04.2.01.0005', 6_000_000, 1_000_000, -1_000_000, 0, 6_000_000, 0],
      ['5.1.02.01.01.0035', 6_000_000, 1_000_000, -1_000_000, 0, 6_000_000, 0],
    ]);
    expect(feb.total).toEqual({ allocation: 19_200_000, before: 1_500_000, current: -400_000, toDate: 1_100_000, remaining: 18_100_000, percent: 5.73 });
    expect(feb.rows.find((r) => r.code === '5.1.02.01.01.0035')!.name).toBe('Belanja Obat-Obatan (APBN Dekonsentrasi)');
    expect(feb.rows.map((r) => r.depth)).toEqual([0, 1, 2, 3, 3, 2, 3]);
  });

  it('puts the last and first day of a month in their own months, and 31 December in December', async () => {
    const jan = await report('2025-01-01', '2025-01-31');
    expect(jan.rows.find((r) => r.code === '5.1.02.01.01.0052')).toMatchObject({ before: 0, current: 500_000 });
    const mar = await report('2025-03-01', '2025-03-31');
    expect(mar.rows.find((r) => r.code === '5.1.02.01.01.0052')).toMatchObject({ before: 1_000_000, current: 100_000, toDate: 1_100_000 });
    const dec = await report('2025-12-01', '2025-12-31');
    expect(dec.rows.find((r) => r.code === '5.1.02.01.01.0052')).toMatchObject({ before: 1_100_000, current: 50_000, toDate: 1_150_000 });
    expect(dec.total.toDate).toBe(1_250_000);
  });

  it('reports a period (quarter, any dates) with "periode" columns, and refuses dates outside the fiscal year', async () => {
    const q1 = await report('2025-01-01', '2025-03-31');
    expect(q1).toMatchObject({ isMonth: false, periodLabel: 'Triwulan I Tahun 2025', total: { before: 0, current: 1_200_000, toDate: 1_200_000 } });
    const span = await report('2025-01-15', '2025-02-14');
    expect(span.periodLabel).toBe('Periode 15 Januari 2025 s.d. 14 Februari 2025');
    expect(span.rows.find((r) => r.code === '5.1.02.01.01.0052')).toMatchObject({ before: 0, current: 800_000 });
    expect(periodLabel('2025-07-01', '2025-12-31').label).toBe('Semester II Tahun 2025');
    expect(periodLabel('2025-01-01', '2025-12-31').label).toBe('Tahun Anggaran 2025');
    const outside = await core.router.call('budget.realisationData', { yearId: b.year.id, from: '2024-12-01', to: '2025-01-31' }, { sessionKey: 'admin' });
    expect(outside).toMatchObject({ ok: false, error: { fieldErrors: { from: expect.stringMatching(/tahun anggaran 2025/) } } });
  });

  it('uses the allocation in force at the end of the period: the revision shows from its date on, with before, after and change', async () => {
    const aug = await report('2025-08-01', '2025-08-31');
    expect(aug.rows.find((r) => r.code === '5.1.02.01.01.0052')!.allocation).toBe(12_000_000);
    const sep = await report('2025-09-01', '2025-09-30');
    expect(sep.rows.find((r) => r.code === '5.1.02.01.01.0052')!.allocation).toBe(15_000_000);
    expect(sep.total.allocation).toBe(22_200_000);
    const revisions = await ok(core, 'admin', 'budget.revisions', { yearId: b.year.id });
    expect(revisions).toEqual([
      expect.objectContaining({ allocationBefore: 12_000_000, allocationAfter: 15_000_000, change: 3_000_000, reference: 'DPPA No. 900/123/2025', revisedOn: '2025-09-15' }),
    ]);
    // Months gone keep their plan; the change is spread over September–December.
    expect(revisions[0]!.planAfter).toEqual([...Array(8).fill(1_000_000), ...Array(4).fill(1_750_000)]);
    expect(revisions[0]!.planAfter.reduce((a, c) => a + c, 0)).toBe(15_000_000);
    const below = await core.router.call('budget.reviseLine', { lineId: b.lines.food.id, revisedOn: '2025-10-01', allocation: 1_000_000, reason: 'x' }, { sessionKey: finance });
    expect(below).toMatchObject({ ok: false, error: { fieldErrors: { allocation: expect.stringMatching(/lebih kecil dari realisasi/) } } });
  });

  it('prints with letterhead, both signature blocks, landscape paper and negatives in parentheses', async () => {
    const printed = await ok(core, 'admin', 'budget.realisationReport', { yearId: b.year.id, from: '2025-02-01', to: '2025-02-28', paper: 'F4' });
    expect(printed).toMatchObject({ landscape: true, paper: 'F4', fileName: 'lra-2025-02-01-2025-02-28.pdf' });
    const html = printed.html;
    expect(html).toContain('size: 330mm 215mm');
    expect(html).toContain('<h1>Laporan Realisasi Anggaran</h1>');
    expect(html).toContain('Realisasi s/d Bulan Lalu (Rp)');
    expect(html).toContain('<td class="num">(400.000)</td>');
    expect(html).toContain('<td class="num">18.100.000</td><td class="num">5,73</td>');
    expect(html).toContain('Mengetahui,');
    expect(html).toContain('Kepala UPTD PSAA Tri Murni selaku Pengguna Anggaran');
    expect(html).toContain('Bendahara Pengeluaran');
    expect(html).toContain('Sri Wahyuni, S.E.');
    expect(html).toContain('NIP. 19850512 201001 2 003');
    const withDetails = await ok(core, 'admin', 'budget.realisationReport', { yearId: b.year.id, from: '2025-02-01', to: '2025-02-28', paper: 'A4', details: true });
    expect(withDetails.html).toContain('size: 297mm 210mm');
    expect(withDetails.html).toContain('Pembatalan: Faktur ganda');
  });

  it('exports an XLSX laid out like the page, with SUM formulas for every total', async () => {
    const file = await ok(core, 'admin', 'budget.realisationXlsx', { yearId: b.year.id, from: '2025-02-01', to: '2025-02-28' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('LRA')!;
    expect(sheet.getCell('A8').value).toBe('Kode');
    const rowOf = (code: string) => {
      let found = 0;
      sheet.eachRow((row, n) => (row.getCell(1).value === code ? (found = n) : undefined));
      return found;
    };
    const sub = rowOf('1.06.04.2.01.0001');
    const keg = rowOf('1.06.04.2.01');
    const other = rowOf('1.06.04.2.01.0005');
    expect(sheet.getCell(`C${sub}`).formula).toBe(`SUM(C${sub + 1}:C${sub + 2})`);
    expect(sheet.getCell(`E${keg}`).formula).toBe(`SUM(E${sub},E${other})`);
    expect(sheet.getCell(`F${sub}`).formula).toBe(`D${sub}+E${sub}`);
    expect(sheet.getCell(`G${sub}`).formula).toBe(`C${sub}-F${sub}`);
    let total = 0;
    sheet.eachRow((row, n) => (row.getCell(2).value === 'JUMLAH BELANJA' ? (total = n) : undefined));
    expect(sheet.getCell(`C${total}`).formula).toBe(`SUM(C${rowOf('1.06.04')})`);
    expect((sheet.getCell(`E${total}`).value as { result: number }).result).toBe(-400_000);
    expect(sheet.getCell(`C${sub + 1}`).value).toBe(1_200_000);
  });
});
