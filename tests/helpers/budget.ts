import ExcelJS from 'exceljs';
import type { Core } from '../../src-main/core';
import { ok } from './temp-core';

/**
 * A small budget for fiscal year 2025 (in the past, so every date is allowed):
 *   1.06.04 Program Rehabilitasi Sosial
 *     1.06.04.2.01 Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti
 *       .0001 Penyediaan Permakanan   — 5.1.02.01.01.0052 makan-minum 12.000.000 (1.000.000 a month)
 *                                      — 5.1.02.01.01.0026 ATK 1.200.000
 *       .0005 Perbekalan Kesehatan    — 5.1.02.01.01.0035 obat 6.000.000 (APBN dekonsentrasi)
 */
export async function sampleBudget(core: Core, finance: string, year = 2025) {
  const y = await ok(core, finance, 'budget.createYear', { year });
  const programme = await ok(core, finance, 'budget.saveActivity', { yearId: y.id, level: 'program', code: '1.06.04', name: 'Program Rehabilitasi Sosial' });
  const kegiatan = await ok(core, finance, 'budget.saveActivity', {
    yearId: y.id,
    level: 'kegiatan',
    parentId: programme.id,
    code: '1.06.04.2.01',
    name: 'Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti',
  });
  const meals = await ok(core, finance, 'budget.saveActivity', { yearId: y.id, level: 'subkegiatan', parentId: kegiatan.id, code: '1.06.04.2.01.0001', name: 'Penyediaan Permakanan' });
  const health = await ok(core, finance, 'budget.saveActivity', { yearId: y.id, level: 'subkegiatan', parentId: kegiatan.id, code: '1.06.04.2.01.0005', name: 'Penyediaan Perbekalan Kesehatan' });
  const food = await ok(core, finance, 'budget.saveAccount', { code: '5.1.02.01.01.0052', name: 'Belanja Makanan dan Minuman' });
  const atk = await ok(core, finance, 'budget.saveAccount', { code: '5.1.02.01.01.0026', name: 'Belanja Alat Tulis Kantor' });
  const drugs = await ok(core, finance, 'budget.saveAccount', { code: '5.1.02.01.01.0035', name: 'Belanja Obat-Obatan' });
  const foodLine = await ok(core, finance, 'budget.saveLine', { activityId: meals.id, accountId: food.id, fundingSource: 'apbd', allocation: 12_000_000 });
  const atkLine = await ok(core, finance, 'budget.saveLine', { activityId: meals.id, accountId: atk.id, fundingSource: 'apbd', allocation: 1_200_000 });
  const drugLine = await ok(core, finance, 'budget.saveLine', { activityId: health.id, accountId: drugs.id, fundingSource: 'apbn_dekon', allocation: 6_000_000 });
  return { year: y, programme, kegiatan, meals, health, accounts: { food, atk, drugs }, lines: { food: foodLine, atk: atkLine, drugs: drugLine } };
}

export const spend = (core: Core, session: string, lineId: number, spentOn: string, amount: number, description = 'Belanja', extra: Record<string, unknown> = {}) =>
  ok(core, session, 'spending.record', { lineId, spentOn, amount, description, payee: 'CV Sumber Rezeki', proofNo: `BKU-${spentOn}`, ...extra });

export const IMPORT_HEADERS = [
  'Kode Program',
  'Nama Program',
  'Kode Kegiatan',
  'Nama Kegiatan',
  'Kode Sub-kegiatan',
  'Nama Sub-kegiatan',
  'Kode Rekening',
  'Nama Rekening',
  'Sumber Dana',
  'Pagu',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Mei',
  'Jun',
  'Jul',
  'Agu',
  'Sep',
  'Okt',
  'Nov',
  'Des',
  'Keterangan',
];

const P = ['1.06.04', 'Program Rehabilitasi Sosial'];
const K = ['1.06.04.2.01', 'Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti'];

/** Import rows (without plan: spread evenly) for the sample chart; each row is the sheet's columns A–J. */
export const IMPORT_ROWS: (string | number)[][] = [
  [...P, ...K, '1.06.04.2.01.0001', 'Penyediaan Permakanan', '5.1.02.01.01.0052', 'Belanja Makanan dan Minuman', 'APBD', 120_000_000],
  [...P, ...K, '1.06.04.2.01.0001', 'Penyediaan Permakanan', '5.1.02.01.01.0026', 'Belanja Alat Tulis Kantor', 'APBD', 6_000_000],
  [...P, ...K, '1.06.04.2.01.0005', 'Penyediaan Perbekalan Kesehatan', '5.1.02.01.01.0035', 'Belanja Obat-Obatan', 'APBN Dekonsentrasi', 24_000_000],
  [...P, ...K, '1.06.04.2.01.0006', 'Pemberian Bimbingan Fisik, Mental, Spiritual dan Sosial', '5.1.02.02.01.0013', 'Belanja Jasa Narasumber', 'APBD', 18_000_000],
];

/** An import workbook (sheet "Anggaran") with these rows; cells beyond column J are months then the note. */
export async function importWorkbook(rows: (string | number | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Anggaran');
  sheet.addRow(IMPORT_HEADERS);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}
