import type { Page } from '@playwright/test';
import 'dayjs/locale/id';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import type { Core } from '../../src-main/core';
import { IMPORT_HEADERS } from '../helpers/budget';
import { sampleHome, setupAndLogin, STRONG_PASSWORD, userWithRole } from '../helpers/temp-core';
import { expect, homeNow, test } from './fixtures';

const FRAME = '[data-testid=print-preview-frame]';
const P = ['1.06.04', 'Program Rehabilitasi Sosial'];
const K = ['1.06.04.2.01', 'Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti'];
const FOOD = [...P, ...K, '1.06.04.2.01.0001', 'Penyediaan Permakanan', '5.1.02.01.01.0052', 'Belanja Makanan dan Minuman', 'APBD', 120_000_000];
const ATK = [...P, ...K, '1.06.04.2.01.0001', 'Penyediaan Permakanan', '5.1.02.01.01.0026', 'Belanja Alat Tulis Kantor', 'APBD', 6_000_000];
const DRUGS_BAD = [...P, ...K, '1.06.04.2.01.0005', 'Penyediaan Perbekalan Kesehatan', '5.1.2.1.1.35', 'Belanja Obat-Obatan', 'APBN Dekonsentrasi', 24_000_000];
const DRUGS = [...P, ...K, '1.06.04.2.01.0005', 'Penyediaan Perbekalan Kesehatan', '5.1.02.01.01.0035', 'Belanja Obat-Obatan', 'APBN Dekonsentrasi', 24_000_000];

const count = (core: Core, table: string) => (core.requireOpened().sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Anggaran');
  sheet.addRow(IMPORT_HEADERS);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function login(page: Page, username: string) {
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
}

/** Closes the spending record the app opens after saving (waiting for it first, so Escape reaches it). */
async function closeRecord(page: Page) {
  await expect(page.getByTestId('spending-detail')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('spending-detail')).toBeHidden();
}

async function recordSpending(page: Page, account: string, amount: string, description: string) {
  await page.getByRole('button', { name: 'Catat realisasi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Catat realisasi belanja' });
  await dialog.getByRole('combobox', { name: 'Baris anggaran' }).fill(account);
  await page.getByRole('option', { name: new RegExp(account.replace(/\./g, '\\.')) }).click();
  await dialog.getByLabel('Jumlah (Rp)').fill(amount);
  await dialog.getByLabel('Uraian').fill(description);
  await dialog.getByLabel('Penerima pembayaran').fill('CV Sumber Rezeki');
  await dialog.getByLabel('Nomor bukti / SP2D').fill(`BKU-${amount}`);
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  return dialog;
}

test('budget: import with a bad row (nothing saved), fix it, record spending (one approved past the allocation), the LRA shows the right figures and prints', async ({ app, page, context }, testInfo) => {
  test.setTimeout(120_000); // one long flow: import twice, three entries, the report, a PDF
  await setupAndLogin(app.core, 'setup');
  await userWithRole(app.core, 'setup', 'finance', 'bendahara');
  await userWithRole(app.core, 'setup', 'head', 'kepala');
  app.core.requireOpened().sqlite.prepare('UPDATE users SET must_change_password = 0').run();
  const year = homeNow().year();
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });

  await app.open(page);
  await login(page, 'bendahara');
  await page.getByRole('link', { name: 'Anggaran' }).click();
  await expect(page.getByText('Belum ada anggaran')).toBeVisible();
  await page.getByRole('button', { name: `Buat tahun anggaran ${year}` }).click();
  await expect(page.getByTestId('budget-year')).toHaveValue(`TA ${year}`);

  // Import: one bad account code is reported at its row; nothing is saved, the save button stays off.
  await page.getByRole('tab', { name: 'Struktur anggaran' }).click();
  await page.getByRole('link', { name: 'Impor XLSX' }).click();
  await expect(page.getByRole('heading', { name: `Impor anggaran dari XLSX · TA ${year}` })).toBeVisible();
  await chooseFile(page, 'dpa-salah.xlsx', await workbook([FOOD, ATK, DRUGS_BAD]));
  await expect(page.getByTestId('import-errors')).toContainText('1 baris bermasalah');
  await expect(page.getByTestId('import-row-4')).toContainText('Kode rekening belanja harus berformat 5.1.02.01.01.0052');
  await expect(page.getByTestId('import-row-2')).toContainText('OK');
  await expect(page.getByTestId('import-save')).toBeDisabled();
  await shot('budget-import-error');
  expect(count(app.core, 'budget_lines')).toBe(0);
  expect(count(app.core, 'budget_activities')).toBe(0);
  expect(count(app.core, 'budget_accounts')).toBe(0);

  // The corrected file previews clean and is saved in one go.
  await chooseFile(page, 'dpa.xlsx', await workbook([FOOD, ATK, DRUGS]));
  await expect(page.getByTestId('import-clean')).toContainText('3 baris anggaran');
  await expect(page.getByTestId('import-clean')).toContainText('pagu Rp 150.000.000');
  // No monthly plan in this file: the even split is a visible choice, never silent.
  await expect(page.getByTestId('import-save')).toBeDisabled();
  await page.getByTestId('import-split-evenly').check();
  await page.getByTestId('import-save').click();
  await expect(page.getByTestId('budget-structure')).toBeVisible();
  await expect(page.getByTestId('line-5.1.02.01.01.0035')).toContainText('APBN Dekonsentrasi');
  expect(count(app.core, 'budget_lines')).toBe(3);
  await shot('budget-structure');

  // Spending: within the allocation, then past it (the head approves at the same desk).
  await page.getByRole('tab', { name: 'Realisasi', exact: true }).click();
  let dialog = await recordSpending(page, '5.1.02.01.01.0052', '3000000', 'Beras dan lauk pauk minggu pertama');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('spending-detail')).toContainText('3.000.000');
  await closeRecord(page);
  dialog = await recordSpending(page, '5.1.02.01.01.0026', '6000000', 'Kertas, tinta dan map register');
  await expect(dialog).toBeHidden();
  await closeRecord(page);
  dialog = await recordSpending(page, '5.1.02.01.01.0026', '500000', 'Tinta printer tambahan');
  await expect(dialog.getByTestId('override-alert')).toContainText('melebihi sisa pagu Rp 0');
  await dialog.getByLabel('Alasan persetujuan').fill('Kebutuhan pelaporan akhir bulan');
  await dialog.getByLabel('Nama pengguna Kepala UPTD').fill('kepala');
  await dialog.getByLabel('Kata sandi Kepala UPTD').fill(STRONG_PASSWORD);
  await shot('budget-override');
  await dialog.getByRole('button', { name: 'Setujui dan catat' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('spending-detail')).toContainText('Persetujuan melampaui pagu');
  await closeRecord(page);
  await expect(page.getByTestId('spending-count')).toContainText('3 transaksi · jumlah Rp 9.500.000');
  await shot('budget-spending');

  // The LRA of this month: figures per line and rolled up; the total and its percentage.
  await page.getByRole('tab', { name: 'Laporan realisasi' }).click();
  await expect(page.getByTestId('report-period')).toHaveText(`Bulan ${homeNow().locale('id').format('MMMM YYYY')}`);
  const row = (code: string) => page.getByTestId(`lra-row-${code}`).locator('td');
  await expect(row('5.1.02.01.01.0052')).toHaveText(['5.1.02.01.01.0052', 'Belanja Makanan dan Minuman', '120.000.000', '0', '3.000.000', '3.000.000', '117.000.000', '2,50']);
  await expect(row('5.1.02.01.01.0026')).toHaveText(['5.1.02.01.01.0026', 'Belanja Alat Tulis Kantor', '6.000.000', '0', '6.500.000', '6.500.000', '(500.000)', '108,33']);
  await expect(row('1.06.04.2.01.0001')).toHaveText(['1.06.04.2.01.0001', 'Penyediaan Permakanan', '126.000.000', '0', '9.500.000', '9.500.000', '116.500.000', '7,54']);
  await expect(page.getByTestId('lra-total').locator('td')).toHaveText(['', 'JUMLAH BELANJA', '150.000.000', '0', '9.500.000', '9.500.000', '140.500.000', '6,33']);
  await shot('budget-report-table');

  // From the report to the source of an amount: the line's spending, then the record itself.
  await page.getByTestId('lra-row-5.1.02.01.01.0026').click();
  const drill = page.getByTestId('line-spending');
  await expect(drill).toContainText('Jumlah Rp 6.500.000 dari 2 transaksi');
  await drill.getByRole('link', { name: 'Buka sumber' }).first().click();
  await expect(page.getByTestId('spending-detail')).toContainText('Belanja Alat Tulis Kantor');
  await closeRecord(page);

  // Print preview (A4 landscape), then exactly that HTML through Chromium's print to PDF.
  await page.getByRole('tab', { name: 'Laporan realisasi' }).click();
  await page.getByTestId('report-view').getByText('Pratinjau cetak').click();
  const frame = page.locator(FRAME);
  await expect(frame).toHaveAttribute('srcdoc', /size: 297mm 210mm/);
  await expect(page.frameLocator(FRAME).getByText('JUMLAH BELANJA')).toBeVisible();
  await shot('budget-report-print');
  const printer = await context.newPage();
  await printer.setContent((await frame.getAttribute('srcdoc'))!);
  const pdfPath = testInfo.outputPath('lra.pdf');
  await printer.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  await printer.close();
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  const home = sampleHome();
  expect(text).toContain('PEMERINTAH PROVINSI SUMATERA BARAT');
  expect(text).toContain('LAPORAN REALISASI ANGGARAN');
  expect(text).toContain(`Bulan ${homeNow().locale('id').format('MMMM YYYY')}`);
  expect(text).toMatch(/5\.1\.02\.01\.01\.0052\s+Belanja Makanan dan Minuman\s+120\.000\.000\s+0\s+3\.000\.000\s+3\.000\.000\s+117\.000\.000\s+2,50/);
  expect(text).toMatch(/5\.1\.02\.01\.01\.0026\s+Belanja Alat Tulis Kantor\s+6\.000\.000\s+0\s+6\.500\.000\s+6\.500\.000\s+\(500\.000\)\s+108,33/);
  expect(text).toMatch(/JUMLAH BELANJA\s+150\.000\.000\s+0\s+9\.500\.000\s+9\.500\.000\s+140\.500\.000\s+6,33/);
  expect(text).toContain('Mengetahui,');
  expect(text).toContain('Pengguna Anggaran');
  expect(text).toContain('Bendahara Pengeluaran');
  expect(text).toContain(home.headName);
  expect(text).toContain(home.financeName);
  expect(text).toContain('NIP. 19850512 201001 2 003');
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
  // A4 landscape = 297 × 210 mm = 841.89 × 595.28 pt.
  expect(Math.abs(Number(width) - 841.89)).toBeLessThan(1);
  expect(Math.abs(Number(height) - 595.28)).toBeLessThan(1);

  // The other pages render for the screenshots the team reviews.
  for (const tab of ['Ringkasan', 'Perubahan', 'Biaya per PM']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.waitForTimeout(300);
    await shot(`budget-${tab.toLowerCase().replace(/\s+/g, '-')}`);
  }
});
