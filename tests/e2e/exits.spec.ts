import type { Browser, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { sampleBudget } from '../helpers/budget';
import { sampleResident } from '../helpers/residents';
import { ok, sampleHome, setupAndLogin, STRONG_PASSWORD, userWithRole } from '../helpers/temp-core';
import { expect, homeNow, test } from './fixtures';

const FRAME = '[data-testid=print-preview-frame]';
const SHOTS = '/tmp/exits-shots';

async function login(page: Page, username: string) {
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { name: 'Dasbor' })).toBeVisible();
}

async function openAs(browser: Browser, app: { open(page: Page): Promise<void> }, username: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await app.open(page);
  await login(page, username);
  return { context, page };
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name }).click();

async function addCost(page: Page, category: string, amount: string, description: string) {
  await page.getByRole('button', { name: 'Tambah biaya' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rincian biaya' });
  await dialog.getByRole('combobox', { name: 'Jenis biaya' }).click();
  await page.getByRole('option', { name: category }).click();
  await dialog.getByLabel('Jumlah').fill(amount);
  await dialog.getByLabel('Uraian').fill(description);
  await dialog.getByLabel('Dibayar kepada').fill('Toko Amanah');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
}

test('record a death, its funeral costs, the head approves, the spending shows in the LRA; a repatriation’s handover record prints', async ({ app, browser }, testInfo) => {
  test.setTimeout(150_000);
  mkdirSync(SHOTS, { recursive: true });
  const year = homeNow().year();
  await setupAndLogin(app.core, 'setup');
  const finance = await userWithRole(app.core, 'setup', 'finance', 'bendahara');
  await userWithRole(app.core, 'setup', 'head', 'kepala');
  app.core.requireOpened().sqlite.prepare('UPDATE users SET must_change_password = 0').run();
  await sampleBudget(app.core, finance, year);
  const admission = `${year}-01-05`;
  const siti = await ok(app.core, 'setup', 'residents.create', { resident: sampleResident({ admissionDate: admission }) });
  await ok(app.core, 'setup', 'residents.create', { resident: sampleResident({ fullName: 'Andi Saputra', nik: null, sex: 'L', admissionDate: admission }) });

  // The administrator records the death from the resident's file: the richer form opens, rites follow her religion.
  const admin = await openAs(browser, app, 'admin');
  let page = admin.page;
  await nav(page, 'Penerima manfaat');
  await page.getByRole('link', { name: 'Siti Rahmawati' }).first().click();
  await page.getByTestId('resident-actions').click();
  await page.getByRole('menuitem', { name: 'Catat kematian & pemakaman' }).click();
  await expect(page.getByRole('heading', { name: 'Catat kematian dan pemakaman' })).toBeVisible();
  await expect(page.getByLabel('Tata cara pemakaman')).toHaveValue(/dimandikan, dikafani, disalatkan/);
  await page.getByLabel('Keterangan singkat (masuk riwayat status)').fill('Meninggal dunia karena sakit jantung');
  await page.getByLabel('Tempat meninggal').fill('RSUD Padang Panjang');
  await page.getByLabel('Sebab meninggal').fill('Gagal jantung');
  await page.getByLabel('Nomor surat keterangan kematian').fill('SKK/77/RSUD/2026');
  await page.getByLabel('Keluarga yang diberi tahu').fill('Nurhayati (bibi)');
  await page.getByLabel('Tempat pemakaman').fill('TPU Tanah Hitam');
  await page.screenshot({ path: `${SHOTS}/death-form.png`, fullPage: true });
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('heading', { name: 'Meninggal dunia — Siti Rahmawati' })).toBeVisible();
  await expect(page.getByTestId('change-state')).toHaveText('Berlaku');
  expect((await ok(app.core, 'setup', 'residents.get', { id: siti.id })).status).toBe('deceased');

  // Funeral costs: two items, submitted to the head with a proposed line. Nothing is spending yet.
  await addCost(page, 'Peti jenazah', '1500000', 'Peti jenazah kayu');
  await addCost(page, 'Kain kafan / pakaian jenazah', '350000', 'Kain kafan dan perlengkapan');
  await expect(page.getByTestId('cost-total')).toHaveText('Rp 1.850.000');
  await page.getByRole('button', { name: 'Ajukan ke kepala' }).click();
  const submit = page.getByRole('dialog', { name: 'Ajukan biaya ke kepala' });
  await submit.getByRole('combobox', { name: 'Usulan baris anggaran' }).click();
  await page.getByRole('option', { name: /5\.1\.02\.01\.01\.0052/ }).click();
  await submit.getByRole('button', { name: 'Ajukan ke kepala' }).click();
  await expect(page.getByTestId('cost-state')).toHaveText('Biaya diajukan');
  await page.screenshot({ path: `${SHOTS}/funeral-submitted.png`, fullPage: true });
  expect((await ok(app.core, finance, 'spending.list', { yearId: 1 })).rows).toHaveLength(0);
  await admin.context.close();

  // The head approves on the chosen line; the items become spending.
  const head = await openAs(browser, app, 'kepala');
  page = head.page;
  await nav(page, 'Pemulangan & pemakaman');
  await page.getByTestId('exits-table').getByText('Siti Rahmawati').click();
  await page.getByRole('button', { name: 'Setujui biaya' }).click();
  const decide = page.getByRole('dialog', { name: 'Persetujuan biaya' });
  await expect(decide.getByRole('combobox', { name: 'Baris anggaran' })).toHaveValue(/5\.1\.02\.01\.01\.0052/);
  await decide.getByRole('button', { name: 'Setujui biaya' }).click();
  await expect(page.getByTestId('cost-state')).toHaveText('Biaya disetujui');
  await page.screenshot({ path: `${SHOTS}/funeral-approved.png`, fullPage: true });

  // The budget report (LRA of this month) shows it on the line, and the drill-down opens the funeral.
  await nav(page, 'Anggaran');
  await page.getByRole('tab', { name: 'Laporan realisasi' }).click();
  await expect(page.getByTestId('lra-row-5.1.02.01.01.0052').locator('td').nth(4)).toHaveText('1.850.000');
  await page.screenshot({ path: `${SHOTS}/lra.png`, fullPage: true });
  await page.getByTestId('lra-row-5.1.02.01.01.0052').click();
  const drill = page.getByTestId('line-spending');
  await expect(drill).toContainText('Pemakaman Alm. Siti Rahmawati');
  await drill.getByRole('link', { name: 'Buka sumber' }).first().click();
  await expect(page.getByRole('heading', { name: 'Meninggal dunia — Siti Rahmawati' })).toBeVisible();

  // The head records a repatriation of Andi to his family (applies at once) and prints the handover record.
  await nav(page, 'Pemulangan & pemakaman');
  await page.getByRole('link', { name: 'Catat pemulangan' }).click();
  await page.getByRole('combobox', { name: 'Penerima manfaat' }).click();
  await page.getByRole('option', { name: /Andi Saputra/ }).click();
  await page.getByLabel('Alasan pemulangan').fill('Reunifikasi dengan keluarga setelah asesmen keluarga');
  await page.getByLabel('Nama penerima').fill('Syafrizal');
  await page.getByLabel('Hubungan keluarga / jabatan').fill('Ayah kandung');
  await page.getByLabel('Nomor identitas penerima (NIK/NIP)').fill('1374021203700004');
  await page.getByLabel('Alamat tujuan').fill('Jl. Sutan Syahrir No. 12, Silaing Bawah, Padang Panjang');
  await page.getByLabel('Petugas pendamping').fill('Rina Marlina, Budi Santoso');
  await page.getByLabel('Transportasi').fill('Mobil dinas panti');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('heading', { name: 'Pemulangan — Andi Saputra' })).toBeVisible();
  await expect(page.getByTestId('change-state')).toHaveText('Berlaku');
  await page.screenshot({ path: `${SHOTS}/repatriation.png`, fullPage: true });
  await page.getByRole('button', { name: 'Cetak berita acara' }).click();
  const frame = page.locator(FRAME);
  await expect(frame).toHaveAttribute('srcdoc', /size: 210mm 297mm/);
  await page.screenshot({ path: `${SHOTS}/handover-preview.png` });
  const printer = await head.context.newPage();
  await printer.setContent((await frame.getAttribute('srcdoc'))!);
  const pdfPath = testInfo.outputPath('berita-acara.pdf');
  await printer.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  await printer.close();
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  const home = sampleHome();
  expect(text).toContain('BERITA ACARA SERAH TERIMA PENERIMA MANFAAT');
  expect(text).toContain(`Nomor: 001/BAST/${year}`);
  expect(text).toContain('Andi Saputra');
  expect(text).toMatch(/Nama\s+:\s+Syafrizal/);
  expect(text).toContain('Ayah kandung');
  expect(text).toContain('PIHAK PERTAMA,');
  expect(text).toContain('PIHAK KEDUA,');
  expect(text).toContain('Rina Marlina');
  expect(text).toContain('Mengetahui,');
  expect(text).toContain(home.headName);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, `${SHOTS}/handover-pdf`]);
  await page.keyboard.press('Escape');

  // The list shows both exits; the period report sums the funeral's costs.
  await nav(page, 'Pemulangan & pemakaman');
  await expect(page.getByTestId('exits-table').locator('tbody tr')).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}/exits-list.png`, fullPage: true });
  await page.getByRole('link', { name: 'Laporan periode' }).click();
  await expect(page.getByTestId('exits-summary')).toHaveText('1 pemulangan, 1 meninggal dunia · biaya Rp 1.850.000 (disetujui Rp 1.850.000)');
  await expect(page.frameLocator(FRAME).getByText('Siti Rahmawati (PM-')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/exits-report.png`, fullPage: true });
  const reportPdf = testInfo.outputPath('laporan-keluar.pdf');
  const reportPrinter = await head.context.newPage();
  await reportPrinter.setContent((await page.locator(FRAME).getAttribute('srcdoc'))!);
  await reportPrinter.pdf({ path: reportPdf, preferCSSPageSize: true, printBackground: true });
  await reportPrinter.close();
  execFileSync('pdftoppm', ['-png', '-r', '60', reportPdf, `${SHOTS}/exits-report-pdf`]);

  // The history of the deceased resident: the head may undo it there too.
  await page.goto(page.url().replace(/#.*$/, `#/residents/${siti.id}/history`));
  await expect(page.getByRole('button', { name: 'Batalkan keluar' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/history.png`, fullPage: true });
  await page.getByRole('button', { name: 'Batalkan keluar' }).click();
  const undo = page.getByRole('dialog', { name: 'Batalkan keluarnya Siti Rahmawati' });
  await undo.getByLabel('Alasan pembatalan').fill('Salah pilih penerima manfaat');
  await undo.getByRole('button', { name: 'Batalkan keluar' }).click();
  await expect(undo).toBeHidden();
  await expect(page.getByTestId('resident-status')).toHaveText('Aktif');
  await expect(page.getByTestId('status-history')).toContainText('Dibatalkan oleh Pengguna head');
  // The funeral's spending is reversed: the line nets to zero.
  const rows = (await ok(app.core, finance, 'spending.list', { yearId: 1 })).rows;
  expect(rows.reduce((sum, r) => sum + r.amount, 0)).toBe(0);
  await head.context.close();
});
