import type { Page } from '@playwright/test';
import dayjs from 'dayjs';
import 'dayjs/locale/id';
import { execFileSync } from 'node:child_process';
import { sampleResident } from '../helpers/residents';
import { ok, sampleHome, setupAndLogin, STRONG_PASSWORD } from '../helpers/temp-core';
import { expect, homeNow, test } from './fixtures';

const FRAME = '[data-testid=print-preview-frame]';
const typed = (d: dayjs.Dayjs) => d.format('DD/MM/YYYY');

async function login(page: Page, username: string) {
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(STRONG_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

async function pickOption(page: Page, scope: ReturnType<Page['getByRole']>, combobox: string, option: string) {
  await scope.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option }).click();
}

test('training: create a course, enrol residents (capacity at the field), record a session for the group, assess, complete and print the certificate', async ({ app, page, context }, testInfo) => {
  test.setTimeout(90_000);
  await setupAndLogin(app.core, 'setup');
  app.core.requireOpened().sqlite.prepare('UPDATE users SET must_change_password = 0').run();
  const admitted = homeNow().subtract(60, 'day').format('YYYY-MM-DD');
  for (const [fullName, sex] of [['Siti Rahmawati', 'P'], ['Rudi Hartono', 'L'], ['Dewi Sartika', 'P']] as const) {
    await ok(app.core, 'setup', 'residents.create', { resident: sampleResident({ fullName, sex, nik: null, admissionDate: admitted }) });
  }
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });

  await app.open(page);
  await login(page, 'admin');
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pendidikan & pelatihan' }).click();
  await expect(page.getByRole('heading', { name: 'Pendidikan & pelatihan' })).toBeVisible();

  // A course: sewing, two days a week, two places.
  await page.getByRole('button', { name: 'Program baru' }).click();
  const form = page.getByRole('dialog', { name: 'Program baru' });
  await form.getByLabel('Nama program').fill('Menjahit Dasar Angkatan I');
  await pickOption(page, form, 'Jenis pelatihan', 'Menjahit');
  await form.getByRole('textbox', { name: 'Instruktur', exact: true }).fill('Ibu Lestari');
  await form.getByText('Senin').click();
  await form.getByText('Rabu').click();
  await form.getByLabel('Tanggal mulai').fill(typed(homeNow().subtract(30, 'day')));
  await form.getByLabel('Tanggal selesai').fill(typed(homeNow().add(30, 'day')));
  await form.getByLabel('Kapasitas (peserta)').fill('2');
  await shot('training-programme-form');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Menjahit Dasar Angkatan I' })).toBeVisible();
  await expect(page.getByTestId('completion-rules')).toContainText('kehadiran minimal 75%');

  // Enrol: three residents for two places is refused at the field; two are enrolled.
  await page.getByRole('button', { name: 'Daftarkan peserta' }).click();
  const enrol = page.getByRole('dialog', { name: 'Daftarkan peserta' });
  const residentsBox = enrol.getByRole('combobox', { name: 'Penerima manfaat' }).or(enrol.getByRole('textbox', { name: 'Penerima manfaat' }));
  for (const name of ['Siti Rahmawati', 'Rudi Hartono', 'Dewi Sartika']) {
    await residentsBox.click();
    await page.getByRole('option', { name: new RegExp(name) }).click();
  }
  await enrol.getByLabel('Tanggal mendaftar').fill(typed(homeNow().subtract(20, 'day')));
  await enrol.getByRole('button', { name: 'Simpan' }).click();
  await expect(enrol.getByText('Kapasitas program 2 peserta, sudah terisi 0: sisa 2 tempat, dipilih 3')).toBeVisible();
  await shot('training-capacity');
  await residentsBox.press('Backspace'); // removes the last one chosen
  await enrol.getByRole('button', { name: 'Simpan' }).click();
  await expect(enrol).toBeHidden();
  await expect(page.getByTestId('participants').locator('tbody tr')).toHaveCount(2);

  // A session: the whole group on one screen; Rudi is sick.
  await page.getByRole('button', { name: 'Catat sesi' }).click();
  const session = page.getByRole('dialog', { name: 'Catat sesi dan kehadiran' });
  await session.getByLabel('Materi / topik').fill('Mengenal mesin jahit dan pola dasar');
  await expect(session.getByTestId('attendance-grid').locator('tr')).toHaveCount(2);
  await session.getByTestId('attendance-Rudi Hartono').getByText('Sakit').click();
  await session.getByLabel('Keterangan Rudi Hartono').fill('Demam');
  await shot('training-session');
  await session.getByRole('button', { name: 'Simpan' }).click();
  await expect(session).toBeHidden();
  await expect(page.getByTestId('participant-Siti Rahmawati')).toContainText('100% · 1/1 sesi');
  await expect(page.getByTestId('participant-Rudi Hartono')).toContainText('0% · 0/1 sesi');
  await expect(page.getByTestId('sessions')).toContainText('1 / 2');

  // Assess Siti as competent, then complete her: the certificate opens.
  const siti = page.getByTestId('participant-Siti Rahmawati');
  await expect(siti.getByRole('button', { name: 'Luluskan' })).toBeDisabled();
  await siti.getByRole('button', { name: 'Nilai' }).click();
  const assess = page.getByRole('dialog', { name: 'Penilaian: Siti Rahmawati' });
  await assess.getByText('Kompeten', { exact: true }).click();
  await assess.getByRole('button', { name: 'Simpan' }).click();
  await expect(assess).toBeHidden();
  await expect(siti).toContainText('Kompeten');
  await expect(page.getByTestId('participant-Rudi Hartono').getByRole('button', { name: 'Luluskan' })).toBeDisabled();
  // The saved notices sit bottom-right over the list's buttons, and a hovered notice never closes: move away and let them go.
  await page.mouse.move(0, 0);
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
  await siti.getByRole('button', { name: 'Luluskan' }).click();
  const complete = page.getByRole('dialog', { name: 'Kelulusan: Siti Rahmawati' });
  await complete.getByRole('button', { name: 'Luluskan' }).click();
  const year = homeNow().year();
  const certificate = page.getByRole('dialog', { name: `Sertifikat 001/SERT-PLT/${year}` });
  await expect(certificate).toBeVisible();
  const frame = page.locator(FRAME);
  await expect(frame).toHaveAttribute('srcdoc', /size: 297mm 210mm/);
  await expect(page.frameLocator(FRAME).getByText('SITI RAHMAWATI')).toBeVisible();
  await shot('training-certificate');

  const printer = await context.newPage();
  await printer.setContent((await frame.getAttribute('srcdoc'))!);
  const pdfPath = testInfo.outputPath('sertifikat.pdf');
  await printer.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  await printer.close();
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  const home = sampleHome();
  expect(text).toContain('PEMERINTAH PROVINSI SUMATERA BARAT');
  expect(text).toContain(home.name.toUpperCase());
  expect(text).toContain('SERTIFIKAT');
  expect(text).toContain(`Nomor: 001/SERT-PLT/${year}`);
  expect(text).toContain('SITI RAHMAWATI');
  expect(text).toContain('Menjahit Dasar Angkatan I');
  expect(text).toMatch(/dengan hasil\s+KOMPETEN/);
  expect(text).toMatch(/Kehadiran\s+:\s+1 dari 1 sesi \(100,0%\), 2 jam pelajaran/);
  expect(text).toContain(`Padang Panjang, ${homeNow().locale('id').format('D MMMM YYYY')}`);
  expect(text).toContain(`Kepala ${home.name}`);
  expect(text).toContain(home.headName);
  expect(text).toContain('NIP. 19700315 199503 1 002');
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  expect(info).toMatch(/Pages:\s+1\n/);
  const [, width] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
  expect(Math.abs(Number(width) - 841.89)).toBeLessThan(1);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('participant-Siti Rahmawati')).toContainText('Lulus');

  // The other pages, for the screenshots.
  await page.goto(page.url().replace(/#.*$/, '#/training/reports'));
  await page.getByRole('combobox', { name: 'Program', exact: true }).click();
  await page.getByRole('option', { name: 'Menjahit Dasar Angkatan I' }).click();
  await expect(page.frameLocator(FRAME).getByText('REKAP KEHADIRAN PELATIHAN')).toBeVisible();
  await shot('training-recap');
});
