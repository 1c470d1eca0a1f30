import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { IMPORT_ROWS, importWorkbook } from '../../../tests/helpers/budget';
import { makeCore, ok, setupAndLogin, userWithRole } from '../../../tests/helpers/temp-core';
import { cellAmount, parseFundingSource } from './import-sheet';

describe('budget import from XLSX', () => {
  let core: Core;
  let finance: string;
  let yearId: number;
  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'admin');
    finance = await userWithRole(core, 'admin', 'finance', 'bendahara');
    yearId = (await ok(core, finance, 'budget.createYear', { year: 2025 })).id;
  });
  afterEach(() => core.close());

  const preview = async (base64: string) => ok(core, finance, 'budget.importPreview', { yearId, fileName: 'dpa-2025.xlsx', base64 });
  const saved = async () => (await ok(core, finance, 'budget.structure', { yearId })).lines.length;

  it('previews a clean sheet, then saves it in one go when confirmed', async () => {
    const base64 = await importWorkbook(IMPORT_ROWS);
    const p = await preview(base64);
    expect(p).toMatchObject({ rowCount: 4, errorCount: 0, fileErrors: [] });
    expect(p.summary).toEqual({ programs: 1, kegiatan: 1, subkegiatan: 3, newAccounts: 4, renamedAccounts: 0, lines: 4, allocation: 168_000_000 });
    expect(p.rows[0]!.plan).toEqual(Array(12).fill(10_000_000));
    expect(await saved()).toBe(0); // a preview saves nothing
    // The file has no monthly plan: the even split is proposed, never applied silently.
    expect(p.rowsWithoutPlan).toBe(4);
    expect(p.rows[0]!.planSplit).toBe(true);
    const silent = await core.router.call('budget.importCommit', { yearId, base64, checksum: p.checksum }, { sessionKey: finance });
    expect(silent).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { splitEvenly: expect.stringMatching(/Bagi rata 12 bulan/) } } });
    expect(await saved()).toBe(0);
    const result = await ok(core, finance, 'budget.importCommit', { yearId, base64, checksum: p.checksum, splitEvenly: true });
    expect(result).toEqual({ lines: 4, activities: 5, accounts: 4, allocation: 168_000_000 });
    const structure = await ok(core, finance, 'budget.structure', { yearId });
    expect(structure.lines.find((l) => l.accountCode === '5.1.02.01.01.0035')).toMatchObject({ fundingSource: 'apbn_dekon', allocation: 24_000_000 });
    // The same lines again are duplicates of what the year holds.
    const again = await preview(base64);
    expect(again.errorCount).toBe(4);
    expect(again.rows[0]!.errors[0]!.message).toMatch(/sudah ada di tahun 2025/);
    const audit = await ok(core, 'admin', 'audit.list', { entity: 'budget-year' });
    expect(audit.rows[0]).toMatchObject({ action: 'import', after: { lines: 4, allocation: 168_000_000 } });
  });

  it('reports every bad row with its field and saves nothing, not even the good rows', async () => {
    const [a, b, c, d] = IMPORT_ROWS.map((r) => [...r]) as (string | number | null)[][];
    const plan = (total: number) => Array(12).fill(total / 12) as number[];
    const rows: (string | number | null)[][] = [
      a!, // good
      [...b!.slice(0, 6), '5.1.2.1.1.26', ...b!.slice(7)], // bad account code
      [...c!.slice(0, 7), '', ...c!.slice(8)], // missing account name
      [...d!.slice(0, 9), 'delapan belas juta'], // non-numeric allocation
      [...a!], // duplicate of row 2
      [...a!.slice(0, 6), '5.1.02.01.01.0099', 'Belanja Lain', 'APBD', 1_200_000, ...plan(1_200_000).slice(0, 11), 0], // plan short of the allocation
      [...a!.slice(0, 6), '5.1.02.01.01.0098', 'Belanja Lain 2', 'Hibah', 1_000], // unknown funding source
      [...a!.slice(0, 4), '1.06.05.2.01.0007', 'Salah induk', '5.1.02.01.01.0097', 'Belanja', 'APBD', 1_000], // not under its kegiatan
      [a![0]!, 'Program Lain', ...a!.slice(2, 6), '5.1.02.01.01.0096', 'Belanja', 'APBD', 1_000], // another name for the same programme
    ];
    const base64 = await importWorkbook(rows);
    const p = await preview(base64);
    expect(p.rowCount).toBe(9);
    const errorsOf = (rowNo: number) => p.rows.find((r) => r.rowNo === rowNo)!.errors;
    expect(errorsOf(2)).toEqual([]);
    expect(errorsOf(3)).toEqual([{ field: 'accountCode', message: expect.stringMatching(/5\.1\.02\.01\.01\.0052/) }]);
    expect(errorsOf(4)).toEqual([{ field: 'accountName', message: 'Nama rekening wajib diisi' }]);
    expect(errorsOf(5)).toEqual([{ field: 'allocation', message: 'Pagu harus berupa angka (terbaca "delapan belas juta")' }]);
    expect(errorsOf(6)).toEqual([{ field: 'accountCode', message: expect.stringMatching(/Baris ganda.*baris 2/) }]);
    expect(errorsOf(7)).toEqual([{ field: 'plan', message: expect.stringMatching(/berjumlah Rp 1\.100\.000, tidak sama dengan pagu Rp 1\.200\.000 \(selisih Rp 100\.000\)/) }]);
    expect(errorsOf(8)).toEqual([{ field: 'fundingSource', message: expect.stringMatching(/Sumber dana "Hibah" tidak dikenal/) }]);
    expect(errorsOf(9)).toEqual([{ field: 'subCode', message: expect.stringMatching(/harus diawali kode induknya 1\.06\.04\.2\.01/) }]);
    expect(errorsOf(10)).toEqual([{ field: 'programName', message: expect.stringMatching(/berbeda dengan baris 2/) }]);
    expect(p.errorCount).toBe(8);

    const refused = await core.router.call('budget.importCommit', { yearId, base64, checksum: p.checksum }, { sessionKey: finance });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/8 baris bermasalah/) } });
    expect(await saved()).toBe(0);
    expect((await ok(core, finance, 'budget.accounts')).length).toBe(0);
  });

  it('accepts only the file that was previewed', async () => {
    const p = await preview(await importWorkbook(IMPORT_ROWS));
    const other = await importWorkbook(IMPORT_ROWS.slice(0, 2));
    const result = await core.router.call('budget.importCommit', { yearId, base64: other, checksum: p.checksum }, { sessionKey: finance });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await saved()).toBe(0);
  });

  it('reads amounts as Indonesians type them and rounds them to whole rupiah', () => {
    expect(cellAmount('Rp 1.234.567')).toBe(1_234_567);
    expect(cellAmount('1.234.567,50')).toBe(1_234_568);
    expect(cellAmount('1234567,4')).toBe(1_234_567);
    expect(cellAmount(1_500_000.5)).toBe(1_500_001);
    expect(cellAmount({ formula: 'A1*2', result: 99.5 } as ExcelJS.CellValue)).toBe(100);
    expect(cellAmount('satu juta')).toBeNull();
    expect(cellAmount('')).toBeUndefined();
    expect(parseFundingSource('APBN Tugas Pembantuan')).toBe('apbn_tp');
    expect(parseFundingSource('')).toBe('apbd');
  });

  it('offers a template whose own sheet imports once filled in, and explains an unreadable file', async () => {
    const template = await ok(core, finance, 'budget.importTemplate', { year: 2025 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Anggaran', 'Petunjuk']);
    const sheet = workbook.getWorksheet('Anggaran')!;
    sheet.addRow([...IMPORT_ROWS[0]!.slice(0, 9), 'Rp 12.000.000', ...Array(12).fill(1_000_000)]);
    const filled = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const p = await preview(filled);
    expect(p).toMatchObject({ rowCount: 1, errorCount: 0 });
    expect(p.rows[0]).toMatchObject({ allocation: 12_000_000, fundingSource: 'apbd' });
    const junk = await preview(Buffer.from('bukan excel').toString('base64'));
    expect(junk.fileErrors[0]).toMatch(/tidak dapat dibaca sebagai XLSX/);
  });

  it('finds a two-row header under a title block: months under a merged "Rencana Penarikan Dana", the plan kept month by month', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('DPA 2025');
    sheet.addRow(['DOKUMEN PELAKSANAAN ANGGARAN (DPA)']);
    sheet.addRow(['UPTD PSAA Tri Murni — Tahun Anggaran 2025']);
    sheet.addRow([]);
    sheet.addRow(['Kode Program', 'Nama Program', 'Kode Kegiatan', 'Nama Kegiatan', 'Kode Sub-kegiatan', 'Nama Sub-kegiatan', 'Kode Rekening', 'Nama Rekening', 'Sumber Dana', 'Jumlah (Rp)', 'Rencana Penarikan Dana']);
    sheet.mergeCells(4, 11, 4, 22);
    sheet.addRow([...Array(10).fill(null), 'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember']);
    const plan = [0, 0, 3_000_000, 0, 0, 3_000_000, 0, 0, 3_000_000, 0, 0, 3_000_000];
    sheet.addRow([...IMPORT_ROWS[0]!.slice(0, 9), 12_000_000, ...plan]);
    const uneven = [1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000, 0, 0, 0, 0, 0, 0];
    sheet.addRow([...IMPORT_ROWS[1]!.slice(0, 9), 6_000_000, ...uneven]);
    const base64 = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    const p = await preview(base64);
    expect(p).toMatchObject({ fileErrors: [], errorCount: 0, rowCount: 2, rowsWithoutPlan: 0 });
    expect(p.rows.map((r) => [r.rowNo, r.allocation, r.plan, r.planSplit ?? false])).toEqual([
      [6, 12_000_000, plan, false],
      [7, 6_000_000, uneven, false],
    ]);
    await ok(core, finance, 'budget.importCommit', { yearId, base64, checksum: p.checksum });
    const lines = (await ok(core, finance, 'budget.structure', { yearId })).lines;
    expect(lines.find((l) => l.accountCode === '5.1.02.01.01.0052')!.plan).toEqual(plan);
    expect(lines.find((l) => l.accountCode === '5.1.02.01.01.0026')!.plan).toEqual(uneven);
  });

  it('reads months numbered 1…12 on the second header row and "Nilai" as the allocation; a plan that does not add up is shown against the pagu', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Anggaran');
    sheet.addRow(['Kode Program', 'Nama Program', 'Kode Kegiatan', 'Nama Kegiatan', 'Kode Sub-kegiatan', 'Nama Sub-kegiatan', 'Kode Rekening', 'Nama Rekening', 'Sumber Dana', 'Nilai', 'Bulan']);
    sheet.addRow([...Array(10).fill(null), ...Array.from({ length: 12 }, (_, m) => m + 1)]);
    sheet.addRow([...IMPORT_ROWS[0]!.slice(0, 9), 12_000_000, ...Array(12).fill(900_000)]);
    const p = await preview(Buffer.from(await book.xlsx.writeBuffer()).toString('base64'));
    expect(p.fileErrors).toEqual([]);
    expect(p.rows[0]!.plan).toEqual(Array(12).fill(900_000));
    expect(p.rows[0]!.errors).toEqual([{ field: 'plan', message: expect.stringMatching(/berjumlah Rp 10\.800\.000, tidak sama dengan pagu Rp 12\.000\.000/) }]);
  });
});
