import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import type { Core } from '../../src-main/core';
import { sampleBudget } from '../helpers/budget';
import { sampleResident } from '../helpers/residents';
import { ok, sampleHome, setupAndLogin, STRONG_PASSWORD, userWithRole } from '../helpers/temp-core';
import { expect, homeNow, test } from './fixtures';

const FRAME = '[data-testid=print-preview-frame]';

async function login(page: Page, username: string) {
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

const onHand = (core: Core) => (core.requireOpened().sqlite.prepare('SELECT coalesce(sum(on_hand), 0) AS n FROM medicine_batches').get() as { n: number }).n;

test('medicine: receive stock (charged to the budget) → prescribe → record the day’s doses on the MAR → stock went down; the MAR sheet prints', async ({ app, page, context }, testInfo) => {
  test.setTimeout(60_000);
  await setupAndLogin(app.core, 'setup');
  const finance = await userWithRole(app.core, 'setup', 'finance', 'bendahara');
  await userWithRole(app.core, 'setup', 'caregiver', 'pengasuh');
  app.core.requireOpened().sqlite.prepare('UPDATE users SET must_change_password = 0').run();
  const year = homeNow().year();
  await sampleBudget(app.core, finance, year);
  const resident = await ok(app.core, 'setup', 'residents.create', { resident: sampleResident({ admissionDate: `${year}-01-02`, nik: null }) });
  // An allergen in the catalogue (an allergy test extract), to prescribe against the resident's recorded allergy.
  await ok(app.core, finance, 'medicine.save', { genericName: 'Udang', brandName: null, form: 'other', strength: 'ekstrak', unit: 'ml' });
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });

  // Finance: the catalogue entry, then a receipt by batch charged to the medicine budget line.
  await app.open(page);
  await login(page, 'bendahara');
  await page.getByRole('link', { name: 'Obat & kesehatan' }).click();
  await page.getByRole('tab', { name: 'Stok & katalog' }).click();
  await page.getByRole('button', { name: 'Tambah obat' }).click();
  let dialog = page.getByRole('dialog', { name: 'Tambah obat' });
  await dialog.getByLabel('Nama generik').fill('Parasetamol');
  await dialog.getByLabel('Nama dagang').fill('Sanmol');
  await dialog.getByLabel('Kekuatan').fill('500 mg');
  await dialog.getByLabel('Batas stok minimum').fill('20');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Terima obat' }).click();
  dialog = page.getByRole('dialog', { name: 'Terima obat' });
  await dialog.getByRole('combobox', { name: 'Obat' }).click();
  await page.getByRole('option', { name: /Parasetamol 500 mg tablet \(Sanmol\)/ }).click();
  await dialog.getByLabel('Nomor batch').fill('PCT-2401');
  await dialog.getByLabel('Tanggal kedaluwarsa').fill(`31/12/${year + 1}`);
  await dialog.getByLabel(/^Jumlah \(tablet\)/).fill('100');
  await dialog.getByLabel('Harga satuan').fill('450');
  await dialog.getByLabel('Pemasok').fill('Apotek Kimia Farma Padang Panjang');
  await expect(dialog.getByText('Jumlah belanja: Rp 45.000')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Baris anggaran yang dibebani' }).click();
  await page.getByRole('option', { name: /Belanja Obat-Obatan/ }).click();
  await shot('receipt');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  const paracetamol = (app.core.requireOpened().sqlite.prepare("SELECT id FROM medicines WHERE generic_name = 'Parasetamol'").get() as { id: number }).id;
  await expect(page.getByTestId(`usable-${paracetamol}`)).toContainText('100 tablet');
  const spent = app.core.requireOpened().sqlite.prepare("SELECT amount, source_type AS type, payee FROM spending WHERE source_type = 'medicine_receipt'").get();
  expect(spent).toEqual({ amount: 45_000, type: 'medicine_receipt', payee: 'Apotek Kimia Farma Padang Panjang' });
  await page.getByRole('button', { name: 'Menu pengguna' }).click();
  await page.getByRole('menuitem', { name: 'Keluar' }).click();

  // Caregiver: the prescription on the resident's health tab, then the day's MAR.
  await login(page, 'pengasuh');
  await expect(page.getByRole('link', { name: 'Obat & kesehatan' })).toBeVisible();
  await page.evaluate((id) => (window.location.hash = `#/residents/${id}/health`), resident.id);
  await expect(page.getByText('Alergi tercatat: Udang')).toBeVisible();
  await page.getByRole('button', { name: 'Tambah resep' }).click();
  dialog = page.getByRole('dialog', { name: 'Tambah resep' });
  await dialog.getByRole('combobox', { name: 'Obat' }).click();
  await page.getByRole('option', { name: /Parasetamol/ }).click();
  await dialog.getByLabel(/^Dosis/).fill('2');
  await dialog.getByLabel('Tanggal mulai').or(dialog.getByLabel('Mulai')).first().fill(homeNow().format('DD/MM/YYYY'));
  await dialog.getByLabel('Dokter penulis resep').fill('dr. Rina Marlina, Sp.A');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('prescriptions')).toContainText('07.00, 19.00');

  await page.getByRole('link', { name: 'Obat & kesehatan' }).click();
  await page.getByRole('tab', { name: 'Pemberian obat (MAR)' }).click();
  await expect(page.getByTestId('mar-progress')).toHaveText('0 / 2 dosis dicatat');
  const morning = page.getByTestId(`mar-row-${resident.id}-07:00-1`);
  // Keyboard entry: focus the 07.00 dose, "1" = given; the 19.00 dose by its button.
  await morning.focus();
  await page.keyboard.press('1');
  await page.getByTestId(`mar-row-${resident.id}-19:00-1`).getByRole('button', { name: 'Diberikan' }).click();
  await shot('mar-drafts');
  await page.getByRole('button', { name: 'Simpan (2)' }).click();
  await expect(page.getByTestId('mar-progress')).toHaveText('2 / 2 dosis dicatat');
  await expect(morning).toContainText('Diberikan');
  await shot('mar-saved');
  expect(onHand(app.core)).toBe(96);

  await page.getByRole('tab', { name: 'Stok & katalog' }).click();
  await expect(page.getByTestId(`usable-${paracetamol}`)).toContainText('96 tablet');

  // The monthly MAR sheet: printed exactly as previewed; its text checked.
  await page.getByRole('tab', { name: 'Laporan' }).click();
  await page.getByRole('combobox', { name: 'Penerima manfaat' }).click();
  await page.getByRole('option', { name: /Siti Rahmawati/ }).click();
  const frame = page.locator(FRAME);
  await expect(frame).toHaveAttribute('srcdoc', /size: 297mm 210mm/);
  await shot('mar-report');
  const html = (await frame.getAttribute('srcdoc'))!;
  const printer = await context.newPage();
  await printer.setContent(html);
  const pdfPath = testInfo.outputPath('mar.pdf');
  await printer.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  await printer.close();
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('CATATAN PEMBERIAN OBAT (MAR)');
  expect(text).toContain(sampleHome().name.toUpperCase());
  expect(text).toContain(`${resident.fullName} (${resident.registrationNo})`);
  expect(text).toContain('Udang');
  expect(text).toContain('Parasetamol 500 mg tablet (Sanmol)');
  expect(text).toMatch(/07\.00/);
  expect(text).toMatch(/19\.00/);
  expect(text).toMatch(/diberikan 2, menolak 0, terlewat 0, ditunda 0/);
  expect(text).toContain(sampleHome().headName);

  // Prescribing against the recorded allergy warns; saving needs the explicit confirmation, which stays on the prescription.
  await page.evaluate((id) => (window.location.hash = `#/residents/${id}/health`), resident.id);
  await page.getByRole('button', { name: 'Tambah resep' }).click();
  dialog = page.getByRole('dialog', { name: 'Tambah resep' });
  await dialog.getByRole('combobox', { name: 'Obat' }).click();
  await page.getByRole('option', { name: /Udang ekstrak/ }).click();
  await dialog.getByLabel(/^Dosis/).fill('5');
  await dialog.getByLabel('Dokter penulis resep').fill('dr. Rina Marlina, Sp.A');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog.getByTestId('allergy-warning')).toContainText('tercatat alergi "Udang"');
  expect((app.core.requireOpened().sqlite.prepare('SELECT count(*) AS n FROM prescriptions').get() as { n: number }).n).toBe(1);
  await shot('allergy-warning');
  await dialog.getByRole('button', { name: 'Sudah diperiksa, tetap simpan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('prescriptions')).toContainText('Alergi tercatat: Udang');
});
