import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { IMPORT_ROWS, sampleBudget } from '../helpers/budget';
import { ok, setupAndLogin, STRONG_PASSWORD, userWithRole } from '../helpers/temp-core';
import { expect, test } from './fixtures';

async function login(page: Page, username: string) {
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

test('finance opens a linked spending and finds the way to its source instead of a void button', async ({ app, page }) => {
  await setupAndLogin(app.core, 'admin');
  const finance = await userWithRole(app.core, 'admin', 'finance', 'bendahara');
  const b = await sampleBudget(app.core, finance);
  const purchase = await ok(app.core, finance, 'meals.recordPurchase', {
    purchasedOn: '2025-03-03',
    supplier: 'UD Beras Solok',
    proofNo: 'BL-0303',
    lineId: b.lines.food.id,
    items: [{ name: 'Beras', quantity: 100, unit: 'kg', unitPrice: 12_500 }],
  });
  app.core.requireOpened().sqlite.prepare('UPDATE users SET must_change_password = 0').run();
  const manual = await ok(app.core, finance, 'spending.record', { lineId: b.lines.atk.id, spentOn: '2025-03-04', amount: 75_000, description: 'Kertas HVS' });

  await app.open(page);
  await login(page, 'bendahara');
  await page.goto(`${app.server.url}/#/budget/spending/${purchase.spending!.id}?tahun=2025`);
  const detail = page.getByTestId('spending-detail');
  await expect(detail).toBeVisible();
  await expect(detail.getByRole('button', { name: 'Batalkan realisasi' })).toHaveCount(0);
  const linked = detail.getByTestId('linked-source');
  await expect(linked).toContainText(`Pembelian bahan makanan #${purchase.id}`);
  await linked.getByRole('link', { name: `Buka Pembelian bahan makanan #${purchase.id}` }).click();
  await expect(page).toHaveURL(new RegExp(`/meals/purchases/${purchase.id}`));

  // Spending entered by hand keeps its void button.
  await page.goto(`${app.server.url}/#/budget/spending/${manual.id}?tahun=2025`);
  await expect(page.getByTestId('spending-detail').getByRole('button', { name: 'Batalkan realisasi' })).toBeVisible();
  await expect(page.getByTestId('linked-source')).toHaveCount(0);
});

test('finance imports a two-row-header DPA and sees each line’s monthly plan and its total against the pagu', async ({ app, page }) => {
  await setupAndLogin(app.core, 'admin');
  const finance = await userWithRole(app.core, 'admin', 'finance', 'bendahara');
  app.core.requireOpened().sqlite.prepare('UPDATE users SET must_change_password = 0').run();
  const year = await ok(app.core, finance, 'budget.createYear', { year: 2025 });
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('DPA');
  sheet.addRow(['DOKUMEN PELAKSANAAN ANGGARAN TAHUN 2025']);
  sheet.addRow([]);
  sheet.addRow(['Kode Program', 'Nama Program', 'Kode Kegiatan', 'Nama Kegiatan', 'Kode Sub-kegiatan', 'Nama Sub-kegiatan', 'Kode Rekening', 'Nama Rekening', 'Sumber Dana', 'Jumlah (Rp)', 'Rencana Penarikan Dana']);
  sheet.mergeCells(3, 11, 3, 22);
  sheet.addRow([...Array(10).fill(null), 'Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']);
  sheet.addRow([...IMPORT_ROWS[0]!.slice(0, 9), 12_000_000, 0, 0, 3_000_000, 0, 0, 3_000_000, 0, 0, 3_000_000, 0, 0, 3_000_000]);
  const buffer = Buffer.from(await book.xlsx.writeBuffer());

  await app.open(page);
  await login(page, 'bendahara');
  await page.goto(`${app.server.url}/#/budget/import?tahun=${year.year}`);
  await page.locator('input[type=file]').setInputFiles({ name: 'dpa-2025.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await expect(page.getByTestId('import-clean')).toBeVisible();
  const plan = page.getByTestId('import-plan').first();
  await expect(plan).toContainText('Mar 3.000.000 · Jun 3.000.000 · Sep 3.000.000 · Des 3.000.000');
  await expect(plan).toContainText('Jumlah 12.000.000 / pagu 12.000.000');
  await expect(page.getByTestId('import-no-plan')).toHaveCount(0);
  await page.getByTestId('import-save').click();
  await expect(page).toHaveURL(/budget\/structure/);
  const lines = (await ok(app.core, finance, 'budget.structure', { yearId: year.id })).lines;
  expect(lines[0]!.plan).toEqual([0, 0, 3_000_000, 0, 0, 3_000_000, 0, 0, 3_000_000, 0, 0, 3_000_000]);
});
