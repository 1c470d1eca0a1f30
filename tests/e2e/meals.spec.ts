import type { Page } from '@playwright/test';
import 'dayjs/locale/id';
import { execFileSync } from 'node:child_process';
import { sampleBudget } from '../helpers/budget';
import { sampleResident } from '../helpers/residents';
import { ok, sampleHome, setupAndLogin, STRONG_PASSWORD, userWithRole } from '../helpers/temp-core';
import { expect, homeNow, test } from './fixtures';

const SETUP = 'setup';
const FRAME = '[data-testid=print-preview-frame]';

async function login(page: Page, username: string) {
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

test('meals: a caregiver marks three exceptions by keyboard alone and saves; the monthly report shows them and prints', async ({ app, page, browser }, testInfo) => {
  test.setTimeout(120_000);
  const core = app.core;
  await setupAndLogin(core, SETUP);
  await userWithRole(core, SETUP, 'caregiver', 'pengasuh');
  const finance = await userWithRole(core, SETUP, 'finance', 'bendahara');
  core.requireOpened().sqlite.prepare('UPDATE users SET must_change_password = 0').run();
  const today = homeNow().format('YYYY-MM-DD');
  const admitted = homeNow().subtract(1, 'month').startOf('month').format('YYYY-MM-DD');
  const people = ['Ani Marlina', 'Budi Santoso', 'Citra Lestari', 'Dodi Firmansyah'];
  for (const [i, fullName] of people.entries()) {
    await ok(core, SETUP, 'residents.create', { resident: sampleResident({ fullName, nickname: null, nik: null, kkNumber: null, birthDate: `2011-0${i + 1}-15`, admissionDate: admitted, specialDiet: i === 0 ? 'Rendah garam' : null, allergies: i === 0 ? 'Udang' : null }) });
  }
  await ok(core, SETUP, 'meals.saveIndex', { year: homeNow().year(), amount: 27_000, reference: 'SBU Provinsi' });
  const budget = await sampleBudget(core, finance, homeNow().year());
  await ok(core, finance, 'meals.recordPurchase', { purchasedOn: today, supplier: 'UD Beras Solok', proofNo: 'BL-01', lineId: budget.lines.food.id, items: [{ name: 'Beras', quantity: 40, unit: 'kg', unitPrice: 13_500 }] });
  const shot = (p: Page, name: string) => p.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });

  // The caregiver: the meal service opens on today's first meal with everyone "eaten" and the grid focused.
  await app.open(page);
  await login(page, 'pengasuh');
  await page.getByRole('link', { name: 'Permakanan' }).click();
  const grid = page.getByTestId('service-grid');
  await expect(page.getByTestId('service-row')).toHaveCount(4);
  await expect(grid).toBeFocused();
  await expect(page.getByTestId('service-row').first()).toContainText('Rendah garam');
  await expect(page.getByTestId('service-row').first()).toContainText('Alergi: Udang');
  await expect(page.getByTestId('service-legend')).toContainText('Ctrl+Enter simpan');

  // Keyboard only: T = refused (moves on), J = skip, 5 = sick, S = partly, N = note, Enter keeps it, Ctrl+Enter saves.
  await page.keyboard.press('t');
  await page.keyboard.press('j');
  await page.keyboard.press('5');
  await page.keyboard.press('s');
  await page.keyboard.press('n');
  await expect(page.getByTestId('service-note')).toBeFocused();
  await page.keyboard.type('Sakit gigi, makan bubur');
  await page.keyboard.press('Enter');
  await expect(grid).toBeFocused();
  const statuses = () => page.getByTestId('service-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
  expect(await statuses()).toEqual(['refused', 'eaten', 'sick', 'partly']);
  await expect(page.getByTestId('service-row').nth(3)).toContainText('Sakit gigi, makan bubur');
  await shot(page, 'meals-service');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('disimpan: 1 dari 4 makan habis')).toBeVisible();
  await expect(page.getByTestId('service-saved-state')).toContainText('Tersimpan');
  const rows = core.requireOpened().sqlite.prepare('SELECT e.status, e.note FROM meal_exceptions e ORDER BY e.resident_id').all();
  expect(rows).toEqual([
    { status: 'refused', note: null },
    { status: 'sick', note: null },
    { status: 'partly', note: 'Sakit gigi, makan bubur' },
  ]);

  // Finance reads the monthly report: the three exceptions, the cost per resident-day against the index.
  const financeContext = await browser.newContext();
  const fin = await financeContext.newPage();
  await app.open(fin);
  await login(fin, 'bendahara');
  await fin.getByRole('link', { name: 'Permakanan' }).click();
  await fin.getByRole('tab', { name: 'Laporan bulanan' }).click();
  await fin.getByTestId('report-threshold').fill('1');
  await expect(fin.getByTestId('total-refused')).toContainText('Menolak: 1');
  await expect(fin.getByTestId('total-sick')).toContainText('Sakit / dirawat: 1');
  await expect(fin.getByTestId('total-partly')).toContainText('Sebagian: 1');
  const missed = fin.getByTestId('missed-table');
  await expect(missed).toContainText('Ani Marlina');
  await expect(missed).toContainText('Citra Lestari');
  await expect(missed).not.toContainText('Dodi Firmansyah'); // partly eaten is not a missed meal
  const residentDays = 4 * homeNow().date(); // the month in progress counts up to today
  const perDay = Math.round(540_000 / residentDays);
  await expect(fin.getByTestId('report-per-day')).toHaveText(`Rp ${perDay.toLocaleString('id-ID')}`);
  await shot(fin, 'meals-report');

  await fin.getByTestId('report-view').getByText('Cetak').click();
  const frame = fin.locator(FRAME);
  await expect(fin.frameLocator(FRAME).getByText('Ringkasan')).toBeVisible();
  const printer = await financeContext.newPage();
  await printer.setContent((await frame.getAttribute('srcdoc'))!);
  const pdfPath = testInfo.outputPath('meals.pdf');
  await printer.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toMatch(/LAPORAN PERMAKANAN BULANAN/i);
  expect(text).toContain(`Bulan ${homeNow().locale('id').format('MMMM YYYY')}`);
  expect(text).toMatch(new RegExp(`Hari-orang hadir\\s+${residentDays}`));
  expect(text).toMatch(/Belanja bahan makanan\s+Rp 540\.000/);
  // The month in progress is labelled as such, with the days counted, and not compared with the index.
  const daysInMonth = homeNow().daysInMonth();
  expect(text).toMatch(new RegExp(`Biaya makan per orang per hari \\(bulan berjalan, ${homeNow().date()} dari ${daysInMonth} hari\\)\\s+Rp ${perDay.toLocaleString('id-ID').replace('.', '\\.')}`));
  expect(text).toMatch(/Terhadap indeks\s+Bulan berjalan: belum dibandingkan/);
  expect(text).toMatch(/Indeks biaya makan \d{4}\s+Rp 27\.000/);
  expect(text).toMatch(/Ani Marlina\s+1\s+0\s+0\s+0\s+0\s+1/);
  expect(text).toMatch(/Citra Lestari\s+0\s+0\s+1\s+0\s+0\s+1/);
  expect(text).toContain('Jumlah menolak');
  expect(text).toContain(sampleHome().headName);
  expect(text).toContain('Hari-orang hadir: jumlah penerima manfaat');

  // The purchase is listed with its budget line; it is spending there (opened from the LRA by its source link).
  await fin.getByRole('tab', { name: 'Belanja bahan makanan' }).click();
  await expect(fin.getByTestId('purchases-table')).toContainText('UD Beras Solok');
  await expect(fin.getByTestId('purchases-table')).toContainText('Belanja Makanan dan Minuman');
  await expect(fin.getByTestId('purchases-table')).toContainText('Rp 540.000');
  await shot(fin, 'meals-purchases');
  await fin.getByRole('button', { name: 'Catat belanja' }).click();
  await fin.getByLabel('Pemasok / toko').fill('Pasar Raya');
  await fin.getByLabel('Nama barang').fill('Telur ayam');
  await fin.getByLabel('Harga satuan').fill('28000');
  await expect(fin.getByTestId('purchase-total')).toContainText('Rp 28.000');
  await shot(fin, 'meals-purchase-form');
  await fin.keyboard.press('Escape');
  await fin.getByRole('tab', { name: 'Menu' }).click();
  await expect(fin.getByTestId('menu-table')).toBeVisible();
  await financeContext.close();
});
