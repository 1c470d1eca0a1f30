import type { Browser, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Core } from '../../src-main/core';
import { sampleApplicant, setUpIntake } from '../helpers/intake';
import { ok, sampleHome, setupAndLogin, STRONG_PASSWORD, userWithRole } from '../helpers/temp-core';
import { expect, test } from './fixtures';

const ADMIN = 'admin-session';
const FRAME = '[data-testid=print-preview-frame]';
const SHOTS = '/tmp/intake-shots';

async function login(page: Page, username: string) {
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { name: 'Dasbor' })).toBeVisible();
}

async function openAs(browser: Browser, app: { open(page: Page): Promise<void> }, username: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await app.open(page);
  await login(page, username);
  return { context, page };
}

async function pickOption(page: Page, combobox: string, option: string) {
  await page.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option }).click();
}

/** The administrator, a head and a social worker; capacity 3, the criteria and the scoring form; one applicant already registered; a round open. */
async function setUp(core: Core) {
  await setupAndLogin(core, ADMIN);
  await userWithRole(core, ADMIN, 'head', 'kepala');
  await userWithRole(core, ADMIN, 'caregiver', 'peksos');
  core.requireOpened().sqlite.prepare("update users set must_change_password = 0 where username in ('kepala', 'peksos')").run();
  await setUpIntake(core, ADMIN, 3);
  const budi = await ok(core, ADMIN, 'intake.register', { application: sampleApplicant({ fullName: 'Budi Santoso', applicationDate: '2026-10-01' }) });
  await ok(core, ADMIN, 'intake.uploadDocument', { applicationId: budi.id, docType: 'kk', title: 'Kartu Keluarga', fileName: 'kk.pdf', mimeType: 'application/pdf', base64: Buffer.from('%PDF-1.4\n%kk\n').toString('base64') });
  await ok(core, ADMIN, 'intake.createRound', { name: 'Periode IV Tahun 2026', startDate: '2026-10-01', endDate: '2026-11-30', minutesNo: '400.9/077/BA-SEL/2026', chairName: 'Dra. Yusnimar', chairNip: '197501012000032001', members: [{ name: 'Andi Saputra, S.Sos', role: 'Pekerja sosial' }] });
}

async function assess(page: Page, name: string, values: number[]) {
  await page.getByRole('link', { name }).first().click();
  await page.getByRole('button', { name: 'Isi asesmen' }).click();
  const dialog = page.getByRole('dialog');
  for (const [i, item] of ['Kedaruratan', 'Kondisi keluarga', 'Kesehatan', 'Motivasi'].entries()) {
    await dialog.getByRole('radiogroup', { name: item }).getByText(String(values[i]), { exact: true }).click();
  }
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
}

test('register an applicant who fails the age criterion, assess two, decide, the head approves, the accepted one is a resident; minutes PDF', async ({ app, page, browser, context }, testInfo) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await setUp(app.core);
  await app.open(page);
  await login(page, 'admin');
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Seleksi penerimaan' }).click();
  await expect(page.getByTestId('places-free')).toContainText('3');

  // Register a four-year-old: the home takes children 6–18.
  await page.getByRole('link', { name: 'Daftarkan calon' }).click();
  await page.getByLabel('Nama lengkap').fill('Adik Kecil');
  await page.getByRole('radio', { name: 'Laki-laki' }).check();
  await page.getByLabel('Tanggal lahir', { exact: true }).fill('10/01/2022');
  await pickOption(page, 'Kategori PMKS', '2. Anak telantar');
  await pickOption(page, 'Asal rujukan', 'Puskesos / SLRT');
  await page.getByLabel('Nama perujuk / instansi').fill('Puskesos Kelurahan Silaing Bawah');
  await page.getByRole('button', { name: 'Daftarkan', exact: true }).click();
  const criteria = page.getByTestId('criteria');
  await expect(criteria).toContainText(/Umur 4 tahun di bawah batas \(6–18 tahun\)/);
  await expect(criteria).toContainText('Belum ada: Kartu Keluarga');
  await page.screenshot({ path: `${SHOTS}/applicant.png`, fullPage: true });

  // Assess both applicants.
  const intakeNav = () => page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Seleksi penerimaan' }).click();
  await intakeNav();
  await assess(page, 'Adik Kecil', [3, 2, 2, 3]);
  await intakeNav();
  await assess(page, 'Budi Santoso', [5, 4, 4, 5]);
  await expect(page.getByText('Kedaruratan 5 · Kondisi keluarga 4')).toBeVisible();

  // Decide in the round: ranked by score, Budi first.
  await page.evaluate(() => (location.hash = '#/intake/rounds'));
  await page.getByRole('link', { name: 'Periode IV Tahun 2026' }).click();
  const rows = page.getByTestId('round-table').locator('tbody tr');
  await expect(rows.nth(0)).toContainText('Budi Santoso');
  await expect(rows.nth(0)).toContainText('91,0');
  await expect(rows.nth(1)).toContainText('Adik Kecil');
  await rows.nth(0).getByRole('button', { name: 'Putuskan' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByText('Diterima', { exact: true }).click();
  await dialog.getByLabel('Alasan keputusan').fill('Memenuhi kriteria; orang tua meninggal, tidak ada keluarga yang mampu mengasuh');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  await rows.nth(1).getByRole('button', { name: 'Putuskan' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByText('Dirujuk ke lembaga lain', { exact: true }).click();
  await dialog.getByLabel('Dirujuk ke (lembaga)').fill('LKSA Balita Permata Hati');
  await dialog.getByLabel('Alasan keputusan').fill('Di bawah umur 6 tahun: dirujuk ke lembaga balita');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/round.png`, fullPage: true });

  // The head approves.
  const head = await openAs(browser, app, 'kepala');
  await head.page.getByTestId('intake-card').getByRole('link', { name: 'Periode IV Tahun 2026' }).click();
  await head.page.getByRole('button', { name: 'Setujui hasil seleksi' }).click();
  await head.page.getByRole('dialog').getByRole('button', { name: 'Setujui hasil seleksi' }).click();
  await expect(head.page.getByText(/Disetujui Pengguna head pada/)).toBeVisible();
  await head.context.close();

  // The accepted applicant is among the residents, linked back to the application.
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Penerima manfaat' }).click();
  await page.getByRole('link', { name: 'Budi Santoso' }).click();
  await expect(page.getByText(/Seleksi CS-2026-0001/)).toBeVisible();
  await page.getByTestId('application-link').click();
  await expect(page.getByTestId('resident-link')).toContainText('PM-2026-0001');
  const residents = app.core.requireOpened().sqlite.prepare('select full_name, application_id from residents').all();
  expect(residents).toEqual([{ full_name: 'Budi Santoso', application_id: 1 }]);
  expect(app.core.requireOpened().sqlite.prepare('select count(*) n from resident_documents').get()).toEqual({ n: 1 });

  // The minutes: every decision, the letterhead and the signature blocks.
  await page.evaluate(() => (location.hash = '#/intake/rounds/1'));
  await page.getByRole('button', { name: 'Berita acara' }).click();
  const frame = page.locator(FRAME);
  await expect(frame).toHaveAttribute('srcdoc', /BERITA ACARA|Berita Acara/);
  const html = (await frame.getAttribute('srcdoc'))!;
  const printer = await context.newPage();
  await printer.setContent(html);
  const pdfPath = testInfo.outputPath('berita-acara.pdf');
  await printer.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  await printer.close();
  fs.copyFileSync(pdfPath, `${SHOTS}/berita-acara.pdf`);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  const home = sampleHome();
  expect(text).toContain(`PEMERINTAH PROVINSI ${home.province.toUpperCase()}`);
  expect(text).toContain(home.name.toUpperCase());
  expect(text).toContain('BERITA ACARA HASIL SELEKSI CALON PENERIMA MANFAAT');
  expect(text).toContain('400.9/077/BA-SEL/2026');
  expect(text).toMatch(/1\s+CS-2026-0001\s+Budi Santoso\s+L\s+13\s+91,0\s+Diterima/);
  expect(text).toMatch(/2\s+CS-2026-0002\s+Adik Kecil\s+L\s+4\s+51,0\s+Dirujuk ke/);
  expect(text).toContain('(LKSA Balita');
  expect(text).toContain('Permata Hati)');
  expect(text).toContain('Di bawah umur 6 tahun');
  expect(text).toContain('Andi Saputra, S.Sos');
  expect(text).toContain('Ketua Tim Seleksi');
  expect(text).toContain('Dra. Yusnimar');
  expect(text).toContain(`Kepala ${home.name}`);
  expect(text).toContain(home.headName);
});
