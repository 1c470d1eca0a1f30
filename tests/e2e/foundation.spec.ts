import type { Page } from '@playwright/test';
import type { Core } from '../../src-main/core';
import { sampleHome, STRONG_PASSWORD } from '../helpers/temp-core';
import { expect, test } from './fixtures';

const ADMIN_PASSWORD = 'Panti-Sumbar-2026';
const CAREGIVER_TEMP = 'Sementara-Pengasuh-7';
const CAREGIVER_OWN = 'Kebun-Teh-Solok-48';

const count = (core: Core, sql: string, ...params: unknown[]) =>
  (core.requireOpened().sqlite.prepare(sql).get(...params) as { n: number }).n;

async function needsSetup(core: Core): Promise<boolean> {
  const result = await core.router.call('system.status', undefined, { sessionKey: 'probe' });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { needsSetup: boolean }).needsSetup;
}

async function login(page: Page, username: string, password: string) {
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

async function logout(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Keluar' }).click();
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
}

const next = (page: Page) => page.getByRole('button', { name: 'Lanjut' }).click();

test('first run: wizard, log-in, a caregiver is created and refused the finance area and channels', async ({ app, page }) => {
  await app.open(page);
  await expect(page.getByRole('heading', { name: 'Penyiapan awal' })).toBeVisible();

  // Step 1: the home's identity.
  await next(page);
  await expect(page.getByText('Nama panti wajib diisi')).toBeVisible();
  await page.getByLabel('Nama panti').fill('UPTD PSAA Tri Murni');
  await page.getByRole('combobox', { name: 'Jenis panti' }).click();
  await page.getByRole('option', { name: 'Panti Sosial Asuhan Anak (PSAA / LKSA)' }).click();
  await page.getByLabel('Alamat').fill('Jl. Syekh Ibrahim Musa No. 12');
  await page.getByRole('combobox', { name: 'Provinsi' }).fill('Sumatera Barat');
  await page.getByLabel('Kabupaten/kota').fill('Kota Padang Panjang');
  await next(page);

  // Step 2: an invalid NIP (month 13 in the birth date) is refused at the field, and nothing is saved.
  const headNip = page.getByLabel('NIP kepala UPTD');
  await page.getByLabel('Nama kepala UPTD').fill('Drs. Hendra Saputra, M.Si');
  await headNip.fill('197013151995031002');
  await page.getByLabel('Nama bendahara pengeluaran').fill('Sri Wahyuni, S.E.');
  await page.getByLabel('NIP bendahara pengeluaran').fill('198505122010012003');
  await next(page);
  await expect(headNip).toHaveAttribute('aria-invalid', 'true');
  await expect(headNip).toHaveAccessibleDescription(/Delapan digit pertama NIP harus tanggal lahir yang sah/);
  await expect(page.getByLabel('Nama pengguna')).toHaveCount(0); // still on the officials step
  expect(await needsSetup(app.core)).toBe(true);
  expect(count(app.core, 'select count(*) n from homes')).toBe(0);

  await headNip.fill('197003151995031002');
  await expect(headNip).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Lahir 15 Maret 1970')).toBeVisible(); // the valid NIP is decoded live
  await next(page);

  // Step 3: a weak password is refused at the field.
  const password = page.getByLabel(/^Kata sandi/);
  await page.getByLabel('Nama pengguna').fill('admin');
  await page.getByLabel('Nama lengkap').fill('Rina Marlina');
  await password.fill('pendek1');
  await page.getByLabel('Ulangi kata sandi').fill('pendek1');
  await next(page);
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription(/Kata sandi minimal 10 karakter/);
  expect(await needsSetup(app.core)).toBe(true);
  expect(count(app.core, 'select count(*) n from users')).toBe(0);

  await password.fill(ADMIN_PASSWORD);
  await page.getByLabel('Ulangi kata sandi').fill(ADMIN_PASSWORD);
  await next(page);

  // Step 4: review, then save.
  await expect(page.getByText('19700315 199503 1 002')).toBeVisible();
  await page.getByRole('button', { name: 'Simpan dan selesai' }).click();
  await expect(page.getByText('Sipanti siap digunakan')).toBeVisible();
  expect(count(app.core, 'select count(*) n from homes')).toBe(1);
  expect(count(app.core, "select count(*) n from users where username = 'admin' and role = 'admin'")).toBe(1);

  // Log in as the administrator (the wizard pre-fills the username).
  await expect(page.getByLabel('Nama pengguna')).toHaveValue('admin');
  await page.getByLabel('Kata sandi').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('home-name')).toHaveText('UPTD PSAA Tri Murni');
  await expect(page.getByTestId('active-home')).toContainText('UPTD PSAA Tri Murni');

  // Create a caregiver.
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await page.getByRole('tab', { name: 'Pengguna' }).click();
  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah pengguna' });
  const tempPassword = dialog.getByLabel(/^Kata sandi sementara/);
  await dialog.getByLabel('Nama lengkap').fill('Yusuf Hamdani');
  await dialog.getByLabel('Nama pengguna').fill('yusuf');
  await dialog.getByRole('combobox', { name: 'Peran' }).click();
  await page.getByRole('option', { name: 'Pengasuh / petugas layanan' }).click();
  await tempPassword.fill('abc12');
  await dialog.getByRole('button', { name: 'Tambah pengguna' }).click();
  await expect(tempPassword).toHaveAttribute('aria-invalid', 'true');
  await expect(tempPassword).toHaveAccessibleDescription(/Kata sandi minimal 10 karakter/);
  expect(count(app.core, "select count(*) n from users where username = 'yusuf'")).toBe(0);

  // A taken username is refused by main and shown at the username field.
  const username = dialog.getByLabel('Nama pengguna');
  await username.fill('admin');
  await tempPassword.fill(CAREGIVER_TEMP);
  await dialog.getByRole('button', { name: 'Tambah pengguna' }).click();
  await expect(username).toHaveAttribute('aria-invalid', 'true');
  await expect(username).toHaveAccessibleDescription(/Nama pengguna sudah dipakai/);
  expect(count(app.core, 'select count(*) n from users')).toBe(1);

  await username.fill('yusuf');
  await dialog.getByRole('button', { name: 'Tambah pengguna' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('user-row-yusuf')).toContainText('Pengasuh / petugas layanan');
  expect(count(app.core, "select count(*) n from users where username = 'yusuf' and role = 'caregiver'")).toBe(1);

  await logout(page);

  // The caregiver logs in and must replace the temporary password first.
  await login(page, 'yusuf', CAREGIVER_TEMP);
  await expect(page.getByRole('heading', { name: 'Buat kata sandi baru' })).toBeVisible();
  await page.getByLabel('Kata sandi saat ini').fill(CAREGIVER_TEMP);
  await page.getByLabel('Kata sandi baru').fill(CAREGIVER_OWN);
  await page.getByLabel('Ulangi kata sandi').fill(CAREGIVER_OWN);
  await page.getByRole('button', { name: 'Simpan dan lanjutkan' }).click();
  await expect(page.getByRole('heading', { name: 'Dasbor' })).toBeVisible();
  expect(count(app.core, "select count(*) n from users where username = 'yusuf' and must_change_password = 0")).toBe(1);

  // The caregiver's navigation has the daily services but no budget or settings.
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  await expect(nav.getByRole('link', { name: 'Permakanan' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Anggaran' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Pengaturan' })).toHaveCount(0);

  // Typing the finance area's address shows it refused.
  await page.evaluate(() => {
    window.location.hash = '#/budget';
  });
  await expect(page.getByTestId('access-denied')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Akses ditolak' })).toBeVisible();
  await expect(page.getByTestId('access-denied')).toContainText('Pengasuh / petugas layanan');

  // And main refuses the channels of other roles, whatever the page shows.
  const answers = await page.evaluate(async () => {
    const post = (channel: string) =>
      fetch(`/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then((r) => r.json());
    return { users: await post('users.list'), backups: await post('backups.list'), audit: await post('audit.list') };
  });
  expect(answers.users).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(answers.backups).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(answers.audit).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

/** A home and its administrator made directly through the router, so a test can start at the log-in page. */
async function setUp(core: Core, scope: 'home' | 'province' = 'home') {
  const result = await core.router.call(
    'setup.complete',
    {
      home: sampleHome(),
      admin: { scope, username: 'admin', fullName: 'Rina Marlina', password: STRONG_PASSWORD, passwordConfirm: STRONG_PASSWORD },
    },
    { sessionKey: 'setup' },
  );
  if (!result.ok) throw new Error(result.error.message);
}

test('the language switches to English and back, and the choice survives a reload', async ({ app, page }) => {
  await setUp(app.core);
  await app.open(page);
  await login(page, 'admin', STRONG_PASSWORD);
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  await expect(nav.getByRole('link', { name: 'Dasbor' })).toBeVisible();

  await page.getByTestId('language-switch').click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  const navEn = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(navEn.getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await expect(navEn.getByRole('link', { name: 'Budget' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText(/Welcome, Rina Marlina\. Today is \d{1,2} [A-Z][a-z]+ \d{4}\./)).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();

  await page.getByTestId('language-switch').click();
  await page.getByRole('menuitem', { name: 'Bahasa Indonesia' }).click();
  await expect(nav.getByRole('link', { name: 'Dasbor' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Anggaran' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
});

test('the screen locks after the idle time and unlocks with the password', async ({ app, page }) => {
  await setUp(app.core);
  await page.clock.install();
  await app.open(page);
  await login(page, 'admin', STRONG_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Dasbor' })).toBeVisible();

  await page.clock.fastForward('16:00'); // the default idle lock is 15 minutes
  await expect(page.getByRole('heading', { name: 'Layar terkunci' })).toBeVisible();
  // Main agrees: the session is locked, so its channels answer LOCKED.
  const answer = await page.evaluate(() =>
    fetch('/api/users.list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then((r) => r.json()),
  );
  expect(answer).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

  await page.getByLabel('Kata sandi').fill('bukan-sandinya-1');
  await page.getByRole('button', { name: 'Buka kunci' }).click();
  await expect(page.getByLabel('Kata sandi')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Kata sandi').fill(STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Buka kunci' }).click();
  await expect(page.getByRole('heading', { name: 'Dasbor' })).toBeVisible();
});

test('a province administrator adds a home and switches to it', async ({ app, page }) => {
  await setUp(app.core, 'province');
  await app.open(page);
  await login(page, 'admin', STRONG_PASSWORD);
  await expect(page.getByTestId('home-name')).toHaveText('UPTD PSAA Tri Murni');

  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await page.getByRole('tab', { name: 'Panti', exact: true }).click();
  await page.getByRole('button', { name: 'Tambah panti' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nama panti').fill('UPTD PSTW Kasih Sayang Ibu');
  await dialog.getByRole('combobox', { name: 'Jenis panti' }).click();
  await page.getByRole('option', { name: 'Panti Sosial Tresna Werdha (PSTW)' }).click();
  await dialog.getByLabel('Alamat').fill('Jl. Raya Batusangkar Km 5');
  await dialog.getByRole('combobox', { name: 'Provinsi' }).fill('Sumatera Barat');
  await dialog.getByLabel('Kabupaten/kota').fill('Kabupaten Tanah Datar');
  await dialog.getByLabel('Nama kepala UPTD').fill('Hj. Nurhayati, S.Sos');
  await dialog.getByLabel('NIP kepala UPTD').fill('197205101998032004');
  await dialog.getByLabel('Nama bendahara pengeluaran').fill('Andi Saputra');
  await dialog.getByLabel('NIP bendahara pengeluaran').fill('19880101201101100');
  await dialog.getByRole('button', { name: 'Tambah panti' }).click();
  await expect(dialog.getByLabel('NIP bendahara pengeluaran')).toHaveAttribute('aria-invalid', 'true');
  expect(count(app.core, 'select count(*) n from homes')).toBe(1);

  await dialog.getByLabel('NIP bendahara pengeluaran').fill('198801012011011003');
  await dialog.getByRole('button', { name: 'Tambah panti' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name: 'UPTD PSTW Kasih Sayang Ibu' })).toBeVisible();
  expect(count(app.core, "select count(*) n from homes where type = 'PSTW'")).toBe(1);

  await page.getByTestId('home-switcher').click();
  await page.getByRole('option', { name: 'UPTD PSTW Kasih Sayang Ibu' }).click();
  await expect(page.getByTestId('home-name')).toHaveText('UPTD PSTW Kasih Sayang Ibu');
});

test('the audit log pages back in time, shows a change before and after, and filters', async ({ app, page }) => {
  await setUp(app.core);
  const insert = app.core
    .requireOpened()
    .sqlite.prepare(
      `insert into audit_log (at, user_id, username, home_id, channel, entity, entity_id, action, before_json, after_json)
       values (?, 1, 'admin', 1, 'users.update', 'user', '1', 'update', ?, ?)`,
    );
  for (let i = 0; i < 250; i++) {
    const at = new Date(Date.UTC(2026, 0, 1, 8, 0, i)).toISOString();
    insert.run(at, JSON.stringify({ fullName: `Nama ${i}`, role: 'admin' }), JSON.stringify({ fullName: `Nama ${i + 1}`, role: 'admin' }));
  }
  const total = count(app.core, 'select count(*) n from audit_log where home_id = 1');

  await app.open(page);
  await login(page, 'admin', STRONG_PASSWORD);
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Log audit' }).click();
  await expect(page.getByTestId('audit-count')).toHaveText('Menampilkan 100 catatan');
  // Rows are virtualised: far fewer than 100 are in the page.
  expect(await page.getByTestId('audit-row').count()).toBeLessThan(60);

  await page.getByRole('button', { name: 'Muat lebih banyak' }).click();
  await expect(page.getByTestId('audit-count')).toHaveText('Menampilkan 200 catatan');
  await page.getByRole('button', { name: 'Muat lebih banyak' }).click();
  // +1: this log-in is recorded too
  await expect(page.getByTestId('audit-count')).toHaveText(`Menampilkan ${total + 1} catatan · semua sudah dimuat`);

  // Words, not stored identifiers: the kind of record, its name (a link), the action and the app area.
  const change = page.getByTestId('audit-row').filter({ hasText: 'Pengguna · Rina Marlina (admin)' }).filter({ hasText: 'Mengubah' }).first();
  await expect(change.getByTestId('audit-record-link')).toHaveAttribute('href', '#/settings/users');
  await expect(page.getByTestId('audit-scroll')).not.toContainText('users.update');
  await expect(page.getByTestId('audit-scroll')).not.toContainText('#1');
  await change.click();
  const diff = page.getByTestId('audit-diff');
  await expect(diff).toContainText('Sebelum');
  await expect(diff).toContainText('"fullName": "Nama 249"');
  await expect(diff).toContainText('"fullName": "Nama 250"');

  await page.getByRole('combobox', { name: 'Bagian aplikasi' }).click();
  await page.getByRole('option', { name: 'Penyiapan awal' }).click();
  await page.getByRole('button', { name: 'Terapkan saringan' }).click();
  await expect(page.getByTestId('audit-count')).toHaveText('Menampilkan 2 catatan · semua sudah dimuat');
  await expect(page.getByTestId('audit-row')).toHaveCount(2);
});
