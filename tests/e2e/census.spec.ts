import type { Page } from '@playwright/test';
import dayjs from 'dayjs';
import 'dayjs/locale/id';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Core } from '../../src-main/core';
import { sampleResident } from '../helpers/residents';
import { ok, sampleHome, setupAndLogin, STRONG_PASSWORD, userWithRole } from '../helpers/temp-core';
import { expect, homeNow, test } from './fixtures';

const SETUP = 'setup';
const FRAME = '[data-testid=print-preview-frame]';
const longDate = (d: dayjs.Dayjs) => d.locale('id').format('D MMMM YYYY');

async function login(page: Page, username: string, password: string) {
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

/**
 * Last month (wholly in the past, whatever today is): three residents present at its start, three admitted
 * during it, one of whom runs away and comes back, one returned to family, one dies.
 */
async function seedLastMonth(core: Core) {
  await setupAndLogin(core, SETUP);
  const head = await userWithRole(core, SETUP, 'head', 'kepala');
  const month = homeNow().subtract(1, 'month').startOf('month');
  const day = (n: number) => month.date(n).format('YYYY-MM-DD');
  const earlier = month.subtract(3, 'month').date(10).format('YYYY-MM-DD');
  const add = async (fullName: string, sex: 'L' | 'P', birthDate: string, admissionDate: string, pmksCategory: number, originRegency: string) =>
    (await ok(core, SETUP, 'residents.create', { resident: sampleResident({ fullName, sex, birthDate, admissionDate, pmksCategory, originRegency, nik: null }) })).id;

  const ani = await add('Ani Marlina', 'P', '2012-03-12', earlier, 2, 'Kota Padang');
  await add('Budi Santoso', 'L', '2010-01-20', earlier, 2, 'Kota Padang');
  await add('Eko Prasetyo', 'L', '2011-09-09', earlier, 4, 'Kabupaten Agam');
  const citra = await add('Citra Lestari', 'P', '2015-05-05', day(3), 6, 'Kabupaten Agam');
  const dodi = await add('Dodi Firmansyah', 'L', '2008-08-08', day(5), 3, 'Kota Bukittinggi');
  await add('Fitri Handayani', 'P', '2023-02-14', day(15), 1, 'Kota Padang');

  await ok(core, head, 'residents.requestExit', { id: ani, exitType: 'returned_family', effectiveDate: day(20), reason: 'Reunifikasi dengan keluarga' });
  await ok(core, head, 'residents.requestExit', { id: citra, exitType: 'ran_away', effectiveDate: day(8), reason: 'Tidak kembali dari sekolah' });
  await ok(core, SETUP, 'residents.readmit', { id: citra, effectiveDate: day(12), reason: 'Ditemukan keluarga dan diantar kembali' });
  await ok(core, SETUP, 'residents.recordDeath', { id: dodi, effectiveDate: day(22), reason: 'Sakit' });
  return { from: month, to: month.endOf('month') };
}

test('census: choose a period, read the movement, print exactly the preview to PDF (F4), download XLSX', async ({ app, page, context }, testInfo) => {
  const { from, to } = await seedLastMonth(app.core);
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) cspViolations.push(m.text());
  });

  await app.open(page);
  await login(page, 'admin', STRONG_PASSWORD);
  await page.getByRole('link', { name: 'Laporan' }).click();
  await expect(page.getByRole('heading', { name: 'Laporan', level: 2 })).toBeVisible();
  // Every module's report is listed for the roles that may open it, as a link to its page.
  await expect(page.getByTestId('report-meals')).toHaveAttribute('href', '#/meals/report');
  await expect(page.getByTestId('report-realisation')).toBeVisible();
  await page.getByRole('link', { name: 'Rekap penerima manfaat' }).click();
  await expect(page.getByRole('heading', { name: 'Rekap penerima manfaat' })).toBeVisible();

  // The period: last month.
  await page.getByTestId('period-picker').getByText('Bulan lalu').click();
  await expect(page.getByTestId('period-range')).toHaveText(`${longDate(from)} s.d. ${longDate(to)}`);
  const movement = { atStart: 3, admissions: 3, readmissions: 1, discharged: 2, deceased: 1, atEnd: 4 };
  for (const [key, value] of Object.entries(movement)) {
    await expect(page.getByTestId(`movement-${key}-value`), key).toHaveText(String(value));
  }

  // A custom range that ends before it starts is refused by main, at the field.
  await page.getByTestId('period-picker').getByText('Rentang tanggal').click();
  await page.getByLabel('Dari tanggal').click();
  await page.getByRole('button', { name: longDate(from.date(20)), exact: true }).click();
  // Wait for the first calendar to close, so only the second one's days are on the page.
  await expect(page.getByRole('button', { name: longDate(from.date(20)), exact: true })).toHaveCount(0);
  await page.getByLabel('Sampai tanggal').click();
  await page.getByRole('button', { name: longDate(from.date(10)), exact: true }).click();
  await expect(page.getByText('Tanggal akhir harus sesudah tanggal awal').first()).toBeVisible();
  await expect(page.getByLabel('Sampai tanggal')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('period-picker').getByText('Bulan lalu').click();
  await expect(page.getByTestId('movement-atEnd-value')).toHaveText('4');

  // F4 paper: the preview is re-requested and shows the report (its CSP allows inline styles, nothing else).
  await page.getByTestId('print-preview').getByText('F4 / Folio').click();
  const frame = page.locator(FRAME);
  await expect(frame).toHaveAttribute('srcdoc', /size: 215mm 330mm/);
  await expect(page.frameLocator(FRAME).getByText('PEMERINTAH PROVINSI SUMATERA BARAT')).toBeVisible();
  await expect(page.frameLocator(FRAME).getByText('NIP. 19700315 199503 1 002')).toBeVisible();

  // Browser mode: "Cetak / Simpan PDF" opens the frame's own print dialog (stubbed here: headless has none).
  await frame.evaluate((el: HTMLIFrameElement) => {
    const view = el.contentWindow as Window & { printed?: number };
    view.printed = 0;
    view.print = () => void (view.printed = (view.printed ?? 0) + 1);
  });
  await page.getByRole('button', { name: 'Cetak / Simpan PDF' }).click();
  expect(await frame.evaluate((el: HTMLIFrameElement) => (el.contentWindow as Window & { printed?: number }).printed)).toBe(1);

  // Print exactly what the app prints: the frame's HTML, through Chromium's print to PDF.
  const html = (await frame.getAttribute('srcdoc'))!;
  const printer = await context.newPage();
  await printer.setContent(html);
  const pdfPath = testInfo.outputPath('rekap-penerima-manfaat-f4.pdf');
  await printer.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  await printer.close();
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  const home = sampleHome();
  expect(text).toContain(`PEMERINTAH PROVINSI ${home.province.toUpperCase()}`);
  expect(text).toContain('DINAS SOSIAL');
  expect(text).toContain(home.name.toUpperCase());
  expect(text).toContain('REKAPITULASI PENERIMA MANFAAT');
  expect(text).toContain(`Periode ${longDate(from)} s.d. ${longDate(to)}`);
  // Present at the end of the period by PMKS category: L, P, Jumlah.
  expect(text).toMatch(/1\. Balita telantar\s+0\s+1\s+1\b/);
  expect(text).toMatch(/2\. Anak telantar\s+1\s+0\s+1\b/);
  expect(text).toMatch(/4\. Anak jalanan\s+1\s+0\s+1\b/);
  expect(text).toMatch(/6\. Anak korban tindak kekerasan\s+0\s+1\s+1\b/);
  expect(text).toMatch(/Penerima manfaat pada akhir periode \([^)]+\)\s+4\b/);
  expect(text).toMatch(/Padang Panjang, \d{1,2} \S+ \d{4}/);
  expect(text).toContain(`Kepala ${home.name}`);
  expect(text).toContain(home.headName);
  expect(text).toContain('NIP. 19700315 199503 1 002');
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
  // F4 = 215 × 330 mm = 609.45 × 935.43 pt (Chromium rounds to its print resolution).
  expect(Math.abs(Number(width) - 609.45)).toBeLessThan(1);
  expect(Math.abs(Number(height) - 935.43)).toBeLessThan(1);

  // Unduh XLSX: a real download that exceljs opens.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh XLSX' }).click()]);
  expect(download.suggestedFilename()).toBe(`rekap-penerima-manfaat-${from.format('YYYY-MM-DD')}-${to.format('YYYY-MM-DD')}.xlsx`);
  const xlsxPath = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(xlsxPath);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(xlsxPath) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Rekap PM')!;
  const labels: string[] = [];
  sheet.eachRow((row) => labels.push(String(row.getCell(2).value ?? '')));
  expect(labels).toContain('6. Anak korban tindak kekerasan');
  expect(workbook.getWorksheet('Mutasi')!.rowCount).toBe(1 + 4 + 3); // header, 4 admissions, 3 exits

  expect(cspViolations).toEqual([]);
});

test('finance: the reports area offers the budget realisation report, not the census, which is refused', async ({ app, page }) => {
  await setupAndLogin(app.core, SETUP);
  await ok(app.core, SETUP, 'users.create', { username: 'bendahara', fullName: 'Sri Wahyuni', role: 'finance', password: 'Sementara-Keuangan-7' });
  await app.open(page);
  await login(page, 'bendahara', 'Sementara-Keuangan-7');
  await expect(page.getByRole('heading', { name: 'Buat kata sandi baru' })).toBeVisible();
  await page.getByLabel('Kata sandi saat ini').fill('Sementara-Keuangan-7');
  await page.getByLabel('Kata sandi baru').fill('Anggaran-Panti-2026');
  await page.getByLabel('Ulangi kata sandi').fill('Anggaran-Panti-2026');
  await page.getByRole('button', { name: 'Simpan dan lanjutkan' }).click();

  await page.getByRole('link', { name: 'Laporan' }).click();
  await expect(page.getByText('Laporan realisasi anggaran (LRA)')).toBeVisible();
  await expect(page.getByTestId('reports-none')).toHaveCount(0);
  await expect(page.getByText('Rekap penerima manfaat')).toHaveCount(0);
  await page.goto(`${app.server.url}/#/reports/census`);
  await expect(page.getByTestId('access-denied')).toBeVisible();
});
