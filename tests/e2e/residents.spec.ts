import type { Browser, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { ResidentInput } from '../../src-main/contract';
import type { Core } from '../../src-main/core';
import { ok, setupAndLogin, STRONG_PASSWORD, userWithRole } from '../helpers/temp-core';
import { expect, homeTodayIso, test } from './fixtures';

const ADMIN = 'admin-session';

const count = (core: Core, sql: string, ...params: unknown[]) =>
  (core.requireOpened().sqlite.prepare(sql).get(...params) as { n: number }).n;

const one = <T>(core: Core, sql: string, ...params: unknown[]) => core.requireOpened().sqlite.prepare(sql).get(...params) as T;

/** The browser runs in Asia/Jakarta (playwright.config.ts): its "today" is the one the forms fill in. */
const today = () => homeTodayIso();

const person = (overrides: Partial<ResidentInput>): ResidentInput => ({
  fullName: 'Budi Santoso',
  sex: 'L',
  pmksCategory: 2,
  admissionDate: '2026-01-05',
  birthDate: '2012-04-17',
  ...overrides,
});

async function createResident(core: Core, overrides: Partial<ResidentInput>) {
  return ok(core, ADMIN, 'residents.create', { resident: person(overrides), acknowledgeSimilar: true });
}

/** The home, its administrator and a head of the home (who may log in without first changing the password). */
async function setUp(core: Core) {
  await setupAndLogin(core, ADMIN);
  await userWithRole(core, ADMIN, 'head', 'kepala');
  core.requireOpened().sqlite.prepare("update users set must_change_password = 0 where username = 'kepala'").run();
}

async function login(page: Page, username: string) {
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { name: 'Dasbor' })).toBeVisible();
}

async function openResidents(page: Page) {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Penerima manfaat' }).click();
  await expect(page.getByRole('heading', { name: 'Penerima manfaat' })).toBeVisible();
}

async function pickOption(page: Page, combobox: string, option: string) {
  await page.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option }).click();
}

async function openAs(browser: Browser, app: { open(page: Page): Promise<void> }, username: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await app.open(page);
  await login(page, username);
  return { context, page };
}

test('register with a bad NIK, correct it, find the resident, document, care note, discharge approved by the head, readmit', async ({ app, page, browser }) => {
  await setUp(app.core);
  await createResident(app.core, { fullName: 'Budi Santoso' });
  await createResident(app.core, { fullName: 'Rahmat Hidayat', birthDate: '2011-02-02', room: 'Wisma Melati' });

  await app.open(page);
  await login(page, 'admin');
  await openResidents(page);
  await expect(page.getByTestId('resident-row')).toHaveCount(2);
  await page.getByRole('link', { name: 'Daftarkan penerima manfaat' }).click();
  await expect(page.getByRole('heading', { name: 'Daftarkan penerima manfaat' })).toBeVisible();

  // A NIK whose birth-date digits are no date: refused at the field as soon as all 16 digits are typed.
  const nik = page.getByLabel('NIK', { exact: true });
  await page.getByLabel('Nama lengkap').fill('Siti Aminah');
  await page.getByLabel('Nama panggilan').fill('Siti');
  await nik.fill('1371059912080001');
  await page.getByLabel('Tanggal lahir', { exact: true }).fill('05/12/2008');
  await page.getByRole('radio', { name: 'Perempuan' }).check();
  await pickOption(page, 'Kategori PMKS', '2. Anak telantar');
  await page.getByLabel('Alergi').fill('Udang');
  await page.getByRole('button', { name: 'Tambah wali/keluarga' }).click();
  const guardian = page.getByRole('group', { name: 'Wali/keluarga 1' });
  await guardian.getByLabel('Nama').fill('Rosnaini');
  await guardian.getByLabel('Hubungan').fill('Ibu');
  await guardian.getByLabel('Telepon').fill('0812-6677-8899');

  // A large photo is scaled down in the browser before it is sent.
  const png = await page.evaluate(() => {
    const canvas = Object.assign(document.createElement('canvas'), { width: 1600, height: 1200 });
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#3597af';
    ctx.fillRect(0, 0, 1600, 1200);
    return canvas.toDataURL('image/png').split(',')[1]!;
  });
  await page.locator('input[type=file][accept*="image/png"]').setInputFiles({ name: 'siti.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
  await expect(page.getByTestId('photo-preview')).toBeVisible();
  await page.getByRole('button', { name: 'Daftarkan', exact: true }).click();
  await expect(nik).toHaveAttribute('aria-invalid', 'true');
  await expect(nik).toHaveAccessibleDescription(/Digit 7–12 NIK harus tanggal lahir yang sah/);
  expect(count(app.core, "select count(*) n from residents where full_name = 'Siti Aminah'")).toBe(0);

  // The corrected NIK (a woman's: day 05 + 40) is decoded under the field; then the resident is saved.
  await nik.fill('1371054512080001');
  await expect(nik).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('nik-valid')).toContainText('5 Desember 2008');
  await expect(page.getByTestId('nik-warning')).toHaveCount(0);
  await page.getByRole('button', { name: 'Daftarkan', exact: true }).click();
  await expect(page.getByTestId('resident-name')).toHaveText('Siti Aminah');
  await expect(page.getByTestId('resident-status')).toHaveText('Aktif');
  await expect(page.getByTestId('diet-alert')).toContainText('Alergi: Udang');
  const saved = one<{ id: number; nik: string; sex: string; registration_no: string }>(app.core, "select id, nik, sex, registration_no from residents where full_name = 'Siti Aminah'");
  expect(saved).toMatchObject({ nik: '1371054512080001', sex: 'P' });
  expect(count(app.core, 'select count(*) n from resident_guardians where resident_id = ? and name = ?', saved.id, 'Rosnaini')).toBe(1);
  await expect(page).toHaveURL(new RegExp(`#/residents/${saved.id}/profile$`));
  const photo = one<{ photo_data_url: string }>(app.core, 'select photo_data_url from residents where id = ?', saved.id).photo_data_url;
  expect(photo).toMatch(/^data:image\/jpeg;base64,/);
  const size = await page.evaluate(
    (src) => new Promise<number[]>((resolve) => Object.assign(new Image(), { src, onload(this: HTMLImageElement) { resolve([this.naturalWidth, this.naturalHeight]); } })),
    photo,
  );
  expect(size).toEqual([400, 300]);

  // Search as you type: part of the name finds her, and only her.
  await openResidents(page);
  await page.getByTestId('residents-search').fill('amin');
  await expect(page.getByTestId('resident-row')).toHaveCount(1);
  await expect(page.getByTestId('resident-row')).toContainText('Siti Aminah');
  await expect(page.getByTestId('resident-row')).toContainText(saved.registration_no);
  await expect(page.getByTestId('allergy-badge')).toBeVisible();
  await expect(page.getByTestId('residents-count')).toHaveText('1 penerima manfaat');

  // The export carries the same search: one resident in the workbook.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor XLSX' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^penerima-manfaat-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0]!;
  expect(sheet.rowCount).toBe(2);
  expect(sheet.getRow(2).getCell(2).value).toBe('Siti Aminah');
  await page.getByTestId('resident-row').click();
  await expect(page.getByTestId('resident-name')).toHaveText('Siti Aminah');

  // Attach a document.
  await page.getByRole('tab', { name: 'Dokumen' }).click();
  await expect(page).toHaveURL(new RegExp(`#/residents/${saved.id}/documents$`));
  await page.getByRole('button', { name: 'Unggah dokumen' }).click();
  const upload = page.getByRole('dialog', { name: 'Unggah dokumen' });
  await upload.getByRole('combobox', { name: 'Jenis dokumen' }).click();
  await page.getByRole('option', { name: 'Kartu Keluarga' }).click();
  await upload.getByLabel('Judul').fill('KK keluarga Rosnaini');
  await upload.getByTestId('document-file-input').setInputFiles({
    name: 'kk-siti.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  });
  await upload.getByRole('button', { name: 'Unggah', exact: true }).click();
  await expect(upload).toBeHidden();
  await expect(page.getByTestId('document-row').filter({ hasText: 'KK keluarga Rosnaini' })).toBeVisible();
  expect(count(app.core, "select count(*) n from resident_documents where resident_id = ? and doc_type = 'kk'", saved.id)).toBe(1);

  // Write a care note.
  await page.getByRole('tab', { name: 'Catatan & insiden' }).click();
  await page.getByRole('button', { name: 'Tulis catatan' }).click();
  const note = page.getByRole('dialog');
  await note.getByTestId('note-category').getByRole('button', { name: 'Kesehatan' }).click();
  await note.getByRole('textbox', { name: 'Catatan', exact: true }).fill('Makan siang habis, tidak ada keluhan.');
  await note.getByRole('button', { name: 'Simpan catatan' }).click();
  await expect(note).toBeHidden();
  await expect(page.getByText('Makan siang habis, tidak ada keluhan.', { exact: true })).toBeVisible();
  expect(count(app.core, 'select count(*) n from care_notes where resident_id = ?', saved.id)).toBe(1);

  // The administrator requests the discharge: it waits for the head.
  await page.getByTestId('resident-actions').click();
  await page.getByRole('menuitem', { name: 'Ajukan keluar' }).click();
  const exit = page.getByRole('dialog', { name: 'Ajukan keluar: Siti Aminah' });
  await exit.getByRole('button', { name: 'Ajukan' }).click();
  await expect(exit.getByLabel('Alasan')).toHaveAttribute('aria-invalid', 'true');
  await pickOption(page, 'Jenis keluar', 'Dikembalikan ke keluarga');
  await exit.getByLabel('Alasan').fill('Terminasi: ibu kandung siap mengasuh kembali.');
  await exit.getByRole('button', { name: 'Ajukan' }).click();
  await expect(exit).toBeHidden();
  await expect(page.getByTestId('pending-exit')).toContainText('Dikembalikan ke keluarga');
  await expect(page.getByTestId('resident-status')).toHaveText('Aktif');
  expect(one<{ status: string }>(app.core, 'select status from residents where id = ?', saved.id).status).toBe('active');

  // The head approves it from the dashboard, in another browser.
  const head = await openAs(browser, app, 'kepala');
  const row = head.page.getByTestId('pending-exit-row').filter({ hasText: 'Siti Aminah' });
  await expect(row).toContainText('Dikembalikan ke keluarga');
  await row.getByRole('button', { name: 'Setujui' }).click();
  const decide = head.page.getByRole('dialog', { name: 'Keputusan pengajuan keluar: Siti Aminah' });
  await decide.getByLabel('Catatan keputusan').fill('Disetujui setelah kunjungan rumah.');
  await decide.getByRole('button', { name: 'Setujui' }).click();
  await expect(decide).toBeHidden();
  await expect(head.page.getByText('Tidak ada pengajuan keluar yang menunggu keputusan Anda.')).toBeVisible();
  await head.context.close();
  expect(one<{ status: string; exit_type: string }>(app.core, 'select status, exit_type from residents where id = ?', saved.id)).toMatchObject({
    status: 'discharged',
    exit_type: 'returned_family',
  });

  // The administrator sees her as Keluar, with the decision in the history, and readmits her.
  await page.reload();
  await expect(page.getByTestId('resident-status')).toHaveText('Keluar');
  await page.getByRole('tab', { name: 'Riwayat status' }).click();
  await expect(page.getByTestId('history-item')).toHaveCount(2);
  await expect(page.getByTestId('history-item').last()).toContainText('Disetujui oleh Pengguna head');
  await page.getByTestId('resident-actions').click();
  await page.getByRole('menuitem', { name: 'Terima kembali' }).click();
  const readmit = page.getByRole('dialog', { name: 'Terima kembali: Siti Aminah' });
  await readmit.getByLabel('Alasan').fill('Keluarga tidak sanggup mengasuh.');
  await readmit.getByRole('button', { name: 'Terima kembali' }).click();
  await expect(readmit).toBeHidden();
  await expect(page.getByTestId('resident-status')).toHaveText('Aktif');
  await expect(page.getByTestId('history-item')).toHaveCount(3);
  expect(one<{ status: string; admission_date: string }>(app.core, 'select status, admission_date from residents where id = ?', saved.id)).toMatchObject({
    status: 'active',
    admission_date: today(),
  });
});

test('a duplicate NIK is refused with a link to the existing record; a similar name is warned, then saved anyway', async ({ app, page }) => {
  await setUp(app.core);
  const existing = await createResident(app.core, { fullName: 'Ahmad Fauzi', nik: '1371051403100002', birthDate: '2010-03-14' });

  await app.open(page);
  await login(page, 'admin');
  await page.evaluate(() => {
    window.location.hash = '#/residents/new';
  });
  const nik = page.getByLabel('NIK', { exact: true });
  await page.getByLabel('Nama lengkap').fill('Muhammad Rizki');
  await nik.fill('1371051403100002');
  await page.getByRole('radio', { name: 'Laki-laki' }).check();
  await pickOption(page, 'Kategori PMKS', '4. Anak jalanan');

  // A live warning (never a block): the NIK says 14 March, the recorded birth date says otherwise.
  await page.getByLabel('Tanggal lahir', { exact: true }).fill('01/07/2010');
  await expect(page.getByTestId('nik-warning')).toContainText('Tanggal lahir pada NIK (14-03) berbeda');
  await page.getByLabel('Tanggal lahir', { exact: true }).fill('14/03/2010');
  await expect(page.getByTestId('nik-warning')).toHaveCount(0);

  await page.getByRole('button', { name: 'Daftarkan', exact: true }).click();
  await expect(nik).toHaveAttribute('aria-invalid', 'true');
  await expect(nik).toHaveAccessibleDescription(new RegExp(`NIK sudah terdaftar: Ahmad Fauzi \\(${existing.registrationNo}\\)`));
  const link = page.getByTestId('duplicate-link');
  await expect(link).toHaveText('Buka data yang sudah terdaftar');
  await expect(link).toHaveAttribute('href', `#/residents/${existing.id}/profile`);
  expect(count(app.core, 'select count(*) n from residents')).toBe(1);

  // Without a NIK, a similar name with the same birth date is warned first…
  await nik.fill('');
  await page.getByLabel('Nama lengkap').fill('Ahmad Fauzy');
  await page.getByRole('button', { name: 'Daftarkan', exact: true }).click();
  const panel = page.getByTestId('similar-panel');
  await expect(panel).toContainText('nama mirip dan tanggal lahir sama');
  await expect(panel.getByTestId('duplicate-link')).toHaveAttribute('href', `#/residents/${existing.id}/profile`);
  expect(count(app.core, 'select count(*) n from residents')).toBe(1);

  // …and saved once the administrator confirms it is a different person.
  await panel.getByRole('button', { name: 'Tetap simpan, orang berbeda' }).click();
  await expect(page.getByTestId('resident-name')).toHaveText('Ahmad Fauzy');
  expect(count(app.core, "select count(*) n from residents where full_name = 'Ahmad Fauzy' and nik is null")).toBe(1);

  // The link of a duplicate opens the existing record in the app.
  await page.evaluate(() => {
    window.location.hash = '#/residents/new';
  });
  await page.getByLabel('NIK', { exact: true }).fill('1371051403100002');
  await page.getByLabel('Nama lengkap').fill('Orang Lain');
  await page.getByRole('radio', { name: 'Laki-laki' }).check();
  await pickOption(page, 'Kategori PMKS', '4. Anak jalanan');
  await page.getByRole('button', { name: 'Daftarkan', exact: true }).click();
  await page.getByTestId('duplicate-link').click();
  await expect(page.getByTestId('resident-name')).toHaveText('Ahmad Fauzi');

  // Its record can be edited; the change is saved and shown.
  await page.getByRole('link', { name: 'Ubah data' }).click();
  await expect(page.getByRole('heading', { name: 'Ubah data Ahmad Fauzi' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Kamar/wisma' }).fill('Wisma Kenanga');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  // Editing is guarded too: Ahmad Fauzy, saved a moment ago, has a similar name and the same birth date.
  await expect(page.getByTestId('similar-panel')).toContainText('Ahmad Fauzy');
  expect(one<{ room: string | null }>(app.core, 'select room from residents where id = ?', existing.id).room).toBeNull();
  await page.getByRole('button', { name: 'Tetap simpan, orang berbeda' }).click();
  await expect(page.getByTestId('resident-name')).toHaveText('Ahmad Fauzi');
  await expect(page.getByTestId('profile-tab')).toContainText('Wisma Kenanga');
  expect(one<{ room: string }>(app.core, 'select room from residents where id = ?', existing.id).room).toBe('Wisma Kenanga');
});
