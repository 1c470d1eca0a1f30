import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { makeCore, ok, setupAndLogin, userWithRole } from '../../../tests/helpers/temp-core';
import { sampleResident } from '../../../tests/helpers/residents';

describe('census (Rekap Penerima Manfaat)', () => {
  let core: Core;
  let head: string;
  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'admin');
    head = await userWithRole(core, 'admin', 'head', 'kepala');
    const add = (fullName: string, sex: 'L' | 'P', birthDate: string, admissionDate: string, pmksCategory: number, originRegency: string) =>
      ok(core, 'admin', 'residents.create', { resident: sampleResident({ fullName, sex, birthDate, admissionDate, pmksCategory, originRegency, nik: null }) });
    const a = await add('Ani', 'P', '2012-03-12', '2025-06-01', 2, 'Kota Padang');
    await add('Budi', 'L', '2010-01-20', '2025-06-01', 2, 'Kota Padang');
    const c = await add('Citra', 'P', '2015-05-05', '2026-10-10', 6, 'Kabupaten Agam');
    const d = await add('Dodi', 'L', '2008-08-08', '2026-10-15', 3, '');
    await add('Eko', 'L', '2009-09-09', '2026-12-01', 2, 'Kota Padang'); // after the period
    await ok(core, head, 'residents.requestExit', { id: a.id, exitType: 'returned_family', effectiveDate: '2026-10-20', reason: 'Reunifikasi' });
    await ok(core, 'admin', 'residents.recordDeath', { id: d.id, effectiveDate: '2026-10-25', reason: 'Kecelakaan' });
    // discharged and readmitted inside the period: counted once out, once back, present at the end
    await ok(core, head, 'residents.requestExit', { id: c.id, exitType: 'ran_away', effectiveDate: '2026-10-12', reason: 'Kabur' });
    await ok(core, 'admin', 'residents.readmit', { id: c.id, effectiveDate: '2026-10-14', reason: 'Kembali' });
  });
  afterEach(() => core.close());

  it('balances the movement: start + admissions + readmissions − exits − deaths = end', async () => {
    const data = await ok(core, 'admin', 'reports.censusData', { from: '2026-10-01', to: '2026-10-31' });
    expect(data.movement).toEqual({ atStart: 2, admissions: 2, readmissions: 1, discharged: 2, deceased: 1, atEnd: 2 });
    expect(data.admissions.map((r) => r.fullName)).toEqual(['Citra', 'Citra', 'Dodi']);
    expect(data.exits.map((r) => `${r.fullName}:${r.detail}`)).toEqual(['Citra:Melarikan diri', 'Ani:Dikembalikan ke keluarga', 'Dodi:Meninggal dunia']);
  });

  it('counts those present at the end by PMKS category, age group and origin, by sex', async () => {
    const data = await ok(core, 'admin', 'reports.censusData', { from: '2026-10-01', to: '2026-10-31' });
    expect(data.byPmks.map((r) => [r.key, r.L, r.P, r.total])).toEqual([
      ['2', 1, 0, 1],
      ['6', 0, 1, 1],
    ]);
    expect(data.byAgeGroup.find((g) => g.key === '6-12')).toMatchObject({ P: 1, total: 1 }); // Citra, 11
    expect(data.byAgeGroup.find((g) => g.key === '13-17')).toMatchObject({ L: 1, total: 1 }); // Budi, 16
    expect(data.byRegency.map((r) => [r.label, r.total])).toEqual([
      ['Kabupaten Agam', 1],
      ['Kota Padang', 1],
    ]);
  });

  it('prints with the letterhead, the tables and the head’s signature block; exports XLSX with formulas', async () => {
    const report = await ok(core, 'admin', 'reports.census', { from: '2026-10-01', to: '2026-10-31', paper: 'F4' });
    expect(report.html).toContain('size: 215mm 330mm');
    expect(report.html).toContain('PEMERINTAH PROVINSI SUMATERA BARAT');
    expect(report.html).toContain('Periode 1 Oktober 2026 s.d. 31 Oktober 2026');
    expect(report.html).toContain('Drs. Hendra Saputra, M.Si');
    expect(report.html).toContain('NIP. 19700315 199503 1 002');
    expect(report.html).toContain('Padang Panjang, ');
    const xlsx = await ok(core, 'admin', 'reports.censusXlsx', { from: '2026-10-01', to: '2026-10-31' });
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const formulas: string[] = [];
    workbook.getWorksheet('Rekap PM')!.eachRow((row) => row.eachCell((cell) => cell.formula && formulas.push(cell.formula)));
    expect(formulas).toContain('SUM(C11:C12)'); // PMKS section: two categories
    expect(formulas.some((f) => f.startsWith('C') && f.includes('-C'))).toBe(true); // the movement balance
  });

  it('refuses a period that ends before it starts, at the field', async () => {
    const result = await core.router.call('reports.censusData', { from: '2026-10-31', to: '2026-10-01' }, { sessionKey: 'admin' });
    expect(result).toMatchObject({ ok: false, error: { fieldErrors: { to: expect.any(String) } } });
  });
});
