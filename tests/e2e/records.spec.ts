import type { Page } from '@playwright/test';
import { sampleBudget } from '../helpers/budget';
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
