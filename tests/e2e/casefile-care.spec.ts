import type { Page } from '@playwright/test';
import type { Core } from '../../src-main/core';
import { sampleResident } from '../helpers/residents';
import { ok, setupAndLogin, STRONG_PASSWORD } from '../helpers/temp-core';
import { expect, homeNow, homeTodayIso, test } from './fixtures';


const ADMIN = 'admin-session';
const today = () => homeNow().format('YYYY-MM-DD');
const admitted = () => homeNow().subtract(60, 'day').format('YYYY-MM-DD');

const db = (core: Core) => core.requireOpened().sqlite;
const count = (core: Core, sql: string, ...params: unknown[]) => (db(core).prepare(sql).get(...params) as { n: number }).n;

/** A home, its administrator, a caregiver and the head, all able to log in straight away; two residents. */
async function setUp(core: Core) {
  await setupAndLogin(core, ADMIN);
  for (const [username, fullName, role] of [
    ['pengasuh', 'Yusuf Hamdani', 'caregiver'],
    ['kepala', 'Drs. Hendra Saputra', 'head'],
  ] as const) {
    await ok(core, ADMIN, 'users.create', { username, fullName, role, password: STRONG_PASSWORD });
  }
  db(core).prepare('update users set must_change_password = 0').run();
  const siti = await ok(core, ADMIN, 'residents.create', { resident: sampleResident({ admissionDate: admitted() }) });
  const rudi = await ok(core, ADMIN, 'residents.create', {
    resident: sampleResident({ fullName: 'Rudi Hartono', nickname: 'Rudi', nik: null, kkNumber: null, sex: 'L', birthDate: '2011-02-03', room: 'Wisma Anggrek', admissionDate: admitted() }),
  });
  return { siti: siti.id, rudi: rudi.id };
}

async function login(page: Page, username: string) {
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { name: 'Dasbor' })).toBeVisible();
}

async function logout(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Keluar' }).click();
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
}

const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

test('the day view: a caregiver notes the residents without a note, by mouse and by keyboard alone', async ({ app, page }) => {
  const { siti, rudi } = await setUp(app.core);
  await app.open(page);
  await login(page, 'pengasuh');
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Catatan pengasuhan' }).click();

  const without = page.getByTestId('without-note');
  await expect(without.getByTestId('without-note-row')).toHaveCount(2);
  await expect(page.getByTestId('day-progress')).toHaveText('0 dari 2 penerima manfaat sudah dicatat');

  // By mouse: Rudi (Wisma Anggrek comes first).
  await page.getByRole('button', { name: 'Tulis catatan untuk Rudi Hartono' }).click();
  const dialog = page.getByRole('dialog', { name: /Catatan untuk Rudi Hartono/ });
  await dialog.getByRole('button', { name: 'Simpan catatan' }).click();
  await expect(dialog.getByText('Pilih jenis catatan')).toBeVisible(); // refused in the form: nothing sent
  expect(count(app.core, 'select count(*) n from care_notes')).toBe(0);
  await dialog.getByRole('button', { name: 'Kegiatan', exact: true }).click();
  await expect(dialog.getByLabel(/^Catatan/)).toBeFocused(); // choosing the category moves on to the text
  await dialog.getByLabel(/^Catatan/).fill('Ikut senam pagi dan membersihkan halaman wisma.');
  await dialog.getByRole('button', { name: 'Simpan catatan' }).click();
  await expect(dialog).toBeHidden();
  await expect(without.getByTestId('without-note-row')).toHaveCount(1);
  await expect(without).not.toContainText('Rudi Hartono');
  await expect(page.getByTestId('day-notes')).toContainText('Ikut senam pagi dan membersihkan halaman wisma.');
  expect(count(app.core, "select count(*) n from care_notes where resident_id = ? and category = 'activity' and noted_on = ?", rudi, today())).toBe(1);

  // By keyboard alone: the focus is already on the next person's button; Enter, Enter, type, Tab, Tab, Enter.
  const next = page.getByRole('button', { name: 'Tulis catatan untuk Siti Rahmawati' });
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  const sitiDialog = page.getByRole('dialog', { name: /Catatan untuk Siti Rahmawati/ });
  await expect(sitiDialog.getByRole('button', { name: 'Kesehatan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Batuk ringan sejak pagi, sudah diberi air hangat.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(sitiDialog.getByRole('button', { name: 'Simpan catatan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(sitiDialog).toBeHidden();
  await expect(without).toContainText('Semua penerima manfaat sudah dicatat.');
  await expect(page.getByTestId('day-progress')).toHaveText('2 dari 2 penerima manfaat sudah dicatat');
  expect(count(app.core, "select count(*) n from care_notes where resident_id = ? and category = 'health'", siti)).toBe(1);

  // A note dated tomorrow (the home's) is refused by main even if someone gets past the date picker.
  const tomorrow = homeNow().add(1, 'day').format('YYYY-MM-DD');
  const future = await page.evaluate(async ({ residentId, notedOn }) => {
    const body = JSON.stringify({ residentId, notedOn, shift: 'morning', category: 'other', note: 'x' });
    return (await fetch('/api/carenotes.add', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json();
  }, { residentId: siti, notedOn: tomorrow });
  expect(future).toMatchObject({ ok: false, error: { fieldErrors: { notedOn: 'Tanggal tidak boleh di masa depan' } } });
});

test("a resident admitted today gets a note from the day view, on the day shown (by day, and at 02.30 on the night shift)", async ({ app, page }) => {
  await setUp(app.core);
  const todayShown = homeTodayIso();
  await ok(app.core, ADMIN, 'residents.create', {
    resident: sampleResident({ fullName: 'Bayu Saputra', nickname: 'Bayu', nik: null, kkNumber: null, sex: 'L', birthDate: '2012-05-06', admissionDate: todayShown }),
  });
  await app.open(page);
  await login(page, 'pengasuh');
  await go(page, '#/care-notes');
  await expect(page.getByTestId('day-date')).toHaveText(homeNow().locale('id').format('dddd, D MMM YYYY'));
  await page.getByRole('button', { name: 'Tulis catatan untuk Bayu Saputra' }).click();
  const dialog = page.getByRole('dialog', { name: /Catatan untuk Bayu Saputra/ });
  await dialog.getByRole('button', { name: 'Kegiatan', exact: true }).click();
  await dialog.getByLabel(/^Catatan/).fill('Hari pertama di panti, berkenalan dengan teman sekamar.');
  await dialog.getByRole('button', { name: 'Simpan catatan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('day-notes')).toContainText('Hari pertama di panti');
  expect(count(app.core, "select count(*) n from care_notes c join residents r on r.id = c.resident_id where r.full_name = 'Bayu Saputra' and c.noted_on = ?", todayShown)).toBe(1);
});

test('an incident is recorded from the day view, followed up, and resolved', async ({ app, page }) => {
  const { rudi } = await setUp(app.core);
  await app.open(page);
  await login(page, 'pengasuh');
  await go(page, '#/care-notes');

  await page.getByRole('button', { name: 'Catat insiden untuk Rudi Hartono' }).click();
  const dialog = page.getByRole('dialog', { name: /Insiden: Rudi Hartono/ });
  await dialog.getByRole('button', { name: 'Sedang' }).click();
  await dialog.getByLabel('Apa yang terjadi').fill('Berkelahi dengan teman sekamar saat makan siang.');
  await dialog.getByLabel('Tindakan yang diambil').fill('Dipisahkan, luka ringan di tangan dibersihkan.');
  await dialog.getByLabel('Tindak lanjut', { exact: true }).fill('Konseling oleh pekerja sosial.');
  await dialog.getByRole('button', { name: 'Simpan insiden' }).click();
  await expect(dialog).toBeHidden();

  const card = page.getByTestId('day-incidents').getByTestId('incident');
  await expect(card).toContainText('Berkelahi dengan teman sekamar');
  await expect(card).toContainText('Belum selesai');
  expect(count(app.core, "select count(*) n from incidents where resident_id = ? and severity = 'medium' and resolved_on is null", rudi)).toBe(1);

  // A follow-up first, then resolved.
  await card.getByRole('button', { name: 'Tindak lanjut' }).click();
  const follow = page.getByRole('dialog', { name: /Tindak lanjut insiden/ });
  await follow.getByLabel('Tindak lanjut', { exact: true }).fill('Konseling dilakukan, keduanya berdamai.');
  await follow.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
  await expect(follow).toBeHidden();
  await expect(card).toContainText('Konseling dilakukan, keduanya berdamai.');
  expect(count(app.core, 'select count(*) n from incidents where resolved_on is null')).toBe(1);

  await card.getByRole('button', { name: 'Tandai selesai' }).click();
  await expect(follow.getByRole('switch', { name: 'Sudah selesai ditangani' })).toBeChecked();
  await follow.getByRole('button', { name: 'Simpan dan tandai selesai' }).click();
  await expect(follow).toBeHidden();
  await expect(card).toContainText('Selesai');
  await expect(card.getByRole('button', { name: 'Tandai selesai' })).toHaveCount(0);
  expect(count(app.core, 'select count(*) n from incidents where resolved_on = ?', today())).toBe(1);

  // The resident's own tab shows it too.
  await go(page, `#/residents/${rudi}/care`);
  await expect(page.getByTestId('incident')).toContainText('Konseling dilakukan, keduanya berdamai.');
});

test('an administrator uploads a PDF to a resident and views it; a wrong file is refused before sending', async ({ app, page }) => {
  const { siti } = await setUp(app.core);
  await app.open(page);
  await login(page, 'admin');
  await go(page, `#/residents/${siti}/documents`);

  const checklist = page.getByTestId('document-checklist');
  await expect(checklist).toContainText('0 dari 4 dokumen pokok sudah ada'); // Siti is 14: no KTP expected yet
  await expect(page.getByTestId('checklist-ktp')).toContainText('Belum wajib');
  await page.getByRole('button', { name: 'Unggah Kartu Keluarga' }).click();
  const dialog = page.getByRole('dialog', { name: 'Unggah dokumen' });
  await expect(dialog.getByLabel('Judul')).toHaveValue('Kartu Keluarga');

  // A text file renamed .pdf is refused in the form.
  await dialog.getByTestId('document-file-input').setInputFiles({ name: 'kk.pdf', mimeType: 'application/pdf', buffer: Buffer.from('bukan pdf') });
  await expect(dialog.getByRole('alert')).toContainText('Isi kk.pdf tidak sesuai dengan jenisnya');

  const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  await dialog.getByTestId('document-file-input').setInputFiles({ name: 'kk-siti.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(dialog).toContainText('kk-siti.pdf');
  await dialog.getByLabel('Judul').fill('KK keluarga Nurhayati');
  await dialog.getByRole('button', { name: 'Unggah', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('documents-kk')).toContainText('KK keluarga Nurhayati');
  await expect(checklist).toContainText('1 dari 4 dokumen pokok sudah ada');
  expect(count(app.core, "select count(*) n from resident_documents where resident_id = ? and doc_type = 'kk' and mime_type = 'application/pdf'", siti)).toBe(1);

  await page.getByRole('button', { name: 'Lihat KK keluarga Nurhayati' }).click();
  const viewer = page.getByRole('dialog', { name: /KK keluarga Nurhayati/ });
  await expect(viewer).toContainText('Dokumen PDF');
  await expect(viewer).toContainText('Keutuhan berkas terperiksa');
  const download = page.waitForEvent('download');
  await viewer.getByRole('button', { name: 'Unduh' }).click();
  expect((await download).suggestedFilename()).toBe('kk-siti.pdf');
  expect(count(app.core, "select count(*) n from audit_log where entity = 'resident-document' and action = 'view'")).toBe(1);
});

test('a plan is drafted, submitted, returned with a note, corrected, approved, and progress is recorded', async ({ app, page }) => {
  const { siti } = await setUp(app.core);
  const planStatus = () => (db(app.core).prepare('select status from intervention_plans').get() as { status: string } | undefined)?.status;
  await app.open(page);

  // The caregiver drafts the plan and submits it.
  await login(page, 'pengasuh');
  await go(page, `#/residents/${siti}/casefile`);
  await expect(page.getByTestId('stage-path')).toContainText('Sekarang');
  await page.getByRole('button', { name: 'Buat rencana' }).click();
  let editor = page.getByRole('dialog', { name: 'Rencana intervensi baru' });
  await editor.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(editor.getByText('Paling sedikit satu tujuan')).toBeVisible();
  await editor.getByRole('button', { name: 'Tambah tujuan Bimbingan fisik' }).click();
  await editor.getByTestId('domain-physical').getByRole('textbox', { name: 'Tujuan' }).fill('Rutin berolahraga tiga kali seminggu');
  await editor.getByTestId('domain-physical').getByLabel('Indikator').fill('Daftar hadir senam');
  await editor.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(editor).toBeHidden();
  const card = page.getByTestId('plan-card');
  await expect(card.getByTestId('plan-status')).toHaveText('Draf');
  expect(planStatus()).toBe('draft');

  await card.getByRole('button', { name: 'Ajukan ke kepala' }).click();
  await page.getByRole('dialog', { name: 'Ajukan rencana intervensi' }).getByRole('button', { name: 'Ajukan ke kepala' }).click();
  await expect(card.getByTestId('plan-status')).toHaveText('Diajukan');
  await expect(card.getByRole('button', { name: 'Ubah' })).toHaveCount(0);
  expect(planStatus()).toBe('submitted');
  await logout(page);

  // The head returns it: a note is required.
  await login(page, 'kepala');
  await go(page, `#/residents/${siti}/casefile`);
  await card.getByRole('button', { name: 'Kembalikan' }).click();
  const decide = page.getByRole('dialog', { name: 'Kembalikan rencana intervensi' });
  await decide.getByRole('button', { name: 'Kembalikan' }).click();
  await expect(decide.getByText('Tulis alasan pengembalian rencana')).toBeVisible();
  expect(planStatus()).toBe('submitted');
  await decide.getByLabel(/Yang perlu diperbaiki/).fill('Tambahkan tujuan bimbingan keluarga.');
  await decide.getByRole('button', { name: 'Kembalikan' }).click();
  await expect(decide).toBeHidden();
  await expect(card.getByTestId('plan-status')).toHaveText('Dikembalikan');
  expect(planStatus()).toBe('returned');
  await logout(page);

  // The caregiver sees why, corrects it and submits again.
  await login(page, 'pengasuh');
  await go(page, `#/residents/${siti}/casefile`);
  await expect(card).toContainText('Tambahkan tujuan bimbingan keluarga.');
  await card.getByRole('button', { name: 'Ubah' }).click();
  editor = page.getByRole('dialog', { name: 'Ubah rencana intervensi' });
  await expect(editor).toContainText('Tambahkan tujuan bimbingan keluarga.');
  await editor.getByRole('button', { name: 'Tambah tujuan Bimbingan keluarga' }).click();
  await editor.getByTestId('domain-family').getByRole('textbox', { name: 'Tujuan' }).fill('Kunjungan bibi sebulan sekali');
  await editor.getByRole('button', { name: 'Simpan dan ajukan' }).click();
  await expect(editor).toBeHidden();
  await expect(card.getByTestId('plan-status')).toHaveText('Diajukan');
  expect(count(app.core, 'select count(*) n from plan_goals')).toBe(2);
  await logout(page);

  // The head approves.
  await login(page, 'kepala');
  await go(page, `#/residents/${siti}/casefile`);
  await card.getByRole('button', { name: 'Setujui' }).click();
  await page.getByRole('dialog', { name: 'Setujui rencana intervensi' }).getByRole('button', { name: 'Setujui' }).click();
  await expect(card.getByTestId('plan-status')).toHaveText('Disetujui');
  expect(planStatus()).toBe('approved');
  await logout(page);

  // The caregiver records progress, and marks the family goal achieved.
  await login(page, 'pengasuh');
  await go(page, `#/residents/${siti}/casefile`);
  await card.getByRole('button', { name: 'Catat perkembangan: Rutin berolahraga tiga kali seminggu' }).click();
  let progress = page.getByRole('dialog', { name: 'Catat perkembangan' });
  await progress.getByLabel('Capaian').fill('50');
  await progress.getByLabel(/^Catatan perkembangan/).fill('Hadir senam dua kali minggu ini.');
  await progress.getByRole('button', { name: 'Simpan' }).click();
  await expect(progress).toBeHidden();
  await expect(card.getByTestId('plan-goal').first()).toContainText('50%');

  await card.getByRole('button', { name: 'Catat perkembangan: Kunjungan bibi sebulan sekali' }).click();
  progress = page.getByRole('dialog', { name: 'Catat perkembangan' });
  await progress.getByLabel(/^Catatan perkembangan/).fill('Bibi sudah berkunjung setiap bulan selama tiga bulan.');
  await progress.getByRole('button', { name: 'Tercapai', exact: true }).click();
  await progress.getByRole('button', { name: 'Simpan' }).click();
  await expect(progress).toBeHidden();
  await expect(card.getByTestId('plan-goal').nth(1)).toContainText('Tercapai');
  expect(count(app.core, 'select count(*) n from goal_progress')).toBe(2);
  expect(count(app.core, "select count(*) n from plan_goals where status = 'achieved' and goal like 'Kunjungan bibi%'")).toBe(1);
});

test("an administrator edits the home's stages: rename, reorder, add, deactivate; a used stage cannot be deleted", async ({ app, page }) => {
  await setUp(app.core); // the residents entered the first stage, "Rujukan"
  await app.open(page);
  await login(page, 'admin');
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await page.getByRole('tab', { name: 'Tahap rehabilitasi' }).click();

  await expect(page.getByTestId('stage-row')).toHaveCount(6);
  await expect(page.getByTestId('stage-row').first()).toContainText('2 penerima manfaat sedang di tahap ini');
  await expect(page.getByRole('button', { name: 'Hapus tahap Rujukan' })).toBeDisabled();

  await page.getByRole('textbox', { name: 'Nama tahap 6' }).fill('Evaluasi dan bimbingan lanjut');
  await page.getByRole('button', { name: 'Turunkan Terminasi' }).click();
  await page.getByRole('switch', { name: 'Tahap Implementasi aktif' }).click();
  await page.getByLabel('Tahap baru').fill('Pemulangan');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('stage-row')).toHaveCount(7);
  await page.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(page.getByText('Tahap rehabilitasi disimpan.')).toBeVisible();

  const rows = db(app.core).prepare('select name, position, active from rehab_stages order by position').all() as { name: string; active: number }[];
  expect(rows.map((r) => r.name)).toEqual(['Rujukan', 'Asesmen', 'Perencanaan pengasuhan', 'Implementasi', 'Evaluasi dan bimbingan lanjut', 'Terminasi', 'Pemulangan']);
  expect(rows.filter((r) => !r.active).map((r) => r.name)).toEqual(['Implementasi']);
});
