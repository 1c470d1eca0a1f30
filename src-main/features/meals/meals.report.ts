import ExcelJS from 'exceljs';
import type { Home, MealReport, MenuWeek, PrintableReport } from '../../contract';
import { formatCount, formatLongDate, formatPercent, formatRupiah, MEAL_LABELS, MEAL_STATUS_LABELS, monthName } from '../../contract';
import { esc, table } from '../../reports/html';
import { headSigner, renderReport, type Paper } from '../../reports/layout';

const DAY_NAMES = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];
export const MEAL_REPORT_TITLE = 'Laporan Permakanan Bulanan';
export const MENU_TITLE = 'Daftar Menu Mingguan';

export const monthLabel = (month: string) => `${monthName(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`;

export function methodText(r: MealReport): string {
  const cancelled = r.cancellations.count > 0 ? `, dikurangi ${r.cancellations.count} pembatalan yang dicatat bulan ini (${formatRupiah(r.cancellations.total)})` : '';
  const running = r.inProgress ? ` Bulan berjalan: dihitung ${r.countedDays} dari ${r.monthDays} hari, belum dibandingkan dengan indeks.` : '';
  return `Hari-orang hadir: jumlah penerima manfaat yang tercatat berada di panti pada setiap hari bulan ini (sensus; bulan berjalan sampai hari ini), dijumlahkan. Biaya makan per orang per hari = belanja bahan makanan bulan ini (${r.purchaseCount} pembelian${cancelled}; pembatalan dihitung pada bulan pembatalannya, seperti LRA) = ${formatRupiah(r.foodCost)} ÷ ${formatCount(r.residentDays)} hari-orang.${running} Makan tersaji = dimakan habis + dimakan sebagian. Tidak makan = menolak, tidak hadir, sakit/dirawat; daftar memuat penerima manfaat dengan ${r.missedThreshold} kali atau lebih.`;
}

export function renderMenuWeek(home: Home, week: MenuWeek, paper: Paper, signedOn: string): PrintableReport {
  const entry = (date: string, meal: string) => week.entries.find((e) => e.date === date && e.meal === meal);
  const head = `<tr><th style="width:17%">Hari / Tanggal</th>${week.meals.map((m) => `<th>${esc(MEAL_LABELS[m])}</th>`).join('')}</tr>`;
  const body = week.days
    .map((date, i) => {
      const cells = week.meals
        .map((m) => {
          const e = entry(date, m);
          if (!e) return '<td class="muted">—</td>';
          return `<td>${esc(e.dishes)}${e.energyKcal != null ? `<br><small>${formatCount(e.energyKcal)} kkal</small>` : ''}${e.notes ? `<br><small><i>${esc(e.notes)}</i></small>` : ''}</td>`;
        })
        .join('');
      return `<tr><td><b>${DAY_NAMES[i]}</b><br>${formatLongDate(date)}</td>${cells}</tr>`;
    })
    .join('');
  const title = `${MENU_TITLE}`;
  return {
    title,
    html: renderReport({
      title,
      subtitle: `${home.name} — ${formatLongDate(week.days[0])} s.d. ${formatLongDate(week.days[6])}`,
      home,
      paper,
      orientation: 'portrait',
      body: `<style>td small{color:#444}</style><table><thead>${head}</thead><tbody>${body}</tbody></table>`,
      signedOn,
      signatures: { right: headSigner(home) },
    }),
    fileName: `menu-${week.monday}.pdf`,
    paper,
    landscape: false,
  };
}

export function renderMealReport(home: Home, r: MealReport, paper: Paper, signedOn: string): PrintableReport {
  const days = table(
    [
      { header: 'Tanggal', cell: (d: MealReport['days'][number]) => formatLongDate(d.date) },
      { header: 'Hadir', cell: (d) => formatCount(d.present), align: 'right' },
      ...r.meals.map((m) => ({ header: MEAL_LABELS[m], cell: (d: MealReport['days'][number]) => (d.served[m] == null ? '—' : formatCount(d.served[m]!)), align: 'right' as const })),
    ],
    r.days,
    ['Jumlah', formatCount(r.residentDays), ...r.meals.map((m) => formatCount(r.servedTotal[m] ?? 0))],
  );
  const summary = table(
    [
      { header: 'Uraian', cell: (x: [string, string]) => x[0] },
      { header: 'Nilai', cell: (x) => x[1], align: 'right' },
    ],
    [
      ['Hari-orang hadir', formatCount(r.residentDays)],
      ['Belanja bahan makanan', formatRupiah(r.foodCost)],
      [r.inProgress ? `Biaya makan per orang per hari (bulan berjalan, ${r.countedDays} dari ${r.monthDays} hari)` : 'Biaya makan per orang per hari', formatRupiah(r.costPerResidentDay)],
      [`Indeks biaya makan ${r.month.slice(0, 4)}`, r.index == null ? 'Belum ditetapkan' : formatRupiah(r.index)],
      ['Terhadap indeks', r.inProgress ? 'Bulan berjalan: belum dibandingkan' : r.indexPercent == null ? '—' : `${formatPercent(r.indexPercent, 1)} %`],
      ...(['partly', 'refused', 'absent', 'sick', 'fasting'] as const).map((s): [string, string] => [`Jumlah ${MEAL_STATUS_LABELS[s].toLowerCase()}`, formatCount(r.exceptionsTotal[s])]),
    ],
  );
  const missed = table(
    [
      { header: 'No. Induk', cell: (m: MealReport['missed'][number]) => m.registrationNo },
      { header: 'Nama', cell: (m) => m.fullName },
      ...(['refused', 'absent', 'sick', 'partly', 'fasting'] as const).map((s) => ({ header: MEAL_STATUS_LABELS[s], cell: (m: MealReport['missed'][number]) => m.counts[s], align: 'right' as const })),
      { header: 'Tidak makan', cell: (m) => m.missed, align: 'right' },
    ],
    r.missed,
    undefined,
    `Tidak ada penerima manfaat yang tidak makan ${r.missedThreshold} kali atau lebih`,
  );
  const body = `<style>table{font-size:8.6pt} h2{font-size:10.5pt;margin:4mm 0 1.5mm}</style>
<h2>Ringkasan</h2>${summary}
<p class="note">${esc(methodText(r))}</p>
<h2>Makan tersaji per hari</h2>${days}
<h2>Penerima manfaat yang sering tidak makan (${r.missedThreshold} kali atau lebih)</h2>${missed}`;
  return {
    title: MEAL_REPORT_TITLE,
    html: renderReport({
      title: MEAL_REPORT_TITLE,
      subtitle: `${home.name} — Bulan ${monthLabel(r.month)}`,
      home,
      paper,
      orientation: 'portrait',
      body,
      signedOn,
      signatures: { right: headSigner(home) },
    }),
    fileName: `laporan-makan-${r.month}.pdf`,
    paper,
    landscape: false,
  };
}

/** The report as a sheet: per-day rows hold the counts; totals and the cost per resident-day are formulas. */
export async function mealReportWorkbook(home: Home, r: MealReport, signedOn: string, paper: Paper): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sipanti';
  workbook.calcProperties.fullCalcOnLoad = true;
  const sheet = workbook.addWorksheet('Permakanan', { pageSetup: { paperSize: (paper === 'A4' ? 9 : 14) as ExcelJS.PaperSize, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const cols = 2 + r.meals.length;
  sheet.columns = [{ width: 22 }, { width: 12 }, ...r.meals.map(() => ({ width: 16 }))];
  const title = (text: string, bold = true) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, cols);
    row.getCell(1).font = { bold };
    row.getCell(1).alignment = { horizontal: 'center' };
  };
  title(home.name.toUpperCase());
  title(`${MEAL_REPORT_TITLE.toUpperCase()} — ${monthLabel(r.month).toUpperCase()}`);
  sheet.addRow([]);
  const header = sheet.addRow(['Tanggal', 'Hadir', ...r.meals.map((m) => MEAL_LABELS[m])]);
  header.font = { bold: true };
  const first = header.number + 1;
  for (const d of r.days) sheet.addRow([formatLongDate(d.date), d.present, ...r.meals.map((m) => d.served[m] ?? null)]);
  const last = first + r.days.length - 1;
  const letter = (i: number) => String.fromCharCode(65 + i);
  const total = sheet.addRow(['Jumlah', ...Array.from({ length: cols - 1 }, (_, i) => ({ formula: `SUM(${letter(i + 1)}${first}:${letter(i + 1)}${last})` }))]);
  total.font = { bold: true };
  sheet.addRow([]);
  const cost = sheet.addRow(['Belanja bahan makanan', r.foodCost]);
  const perDay = sheet.addRow([
    r.inProgress ? `Biaya per orang per hari (bulan berjalan, ${r.countedDays} dari ${r.monthDays} hari)` : 'Biaya per orang per hari',
    { formula: `IF(B${total.number}=0,"",ROUND(B${cost.number}/B${total.number},0))` },
  ]);
  const index = sheet.addRow([`Indeks ${r.month.slice(0, 4)}`, r.index]);
  if (r.inProgress) sheet.addRow(['Terhadap indeks (%)', 'Bulan berjalan: belum dibandingkan']);
  else sheet.addRow(['Terhadap indeks (%)', { formula: `IF(OR(B${index.number}="",B${perDay.number}=""),"",ROUND(B${perDay.number}/B${index.number}*100,1))` }]);
  for (const row of [cost, perDay, index]) row.getCell(2).numFmt = '#,##0';
  sheet.addRow([]);
  sheet.addRow([`Sering tidak makan (${r.missedThreshold} kali atau lebih)`]).font = { bold: true };
  sheet.addRow(['Nama', 'No. Induk', 'Tidak makan']).font = { bold: true };
  for (const m of r.missed) sheet.addRow([m.fullName, m.registrationNo, m.missed]);
  sheet.addRow([]);
  sheet.addRow([methodText(r)]);
  sheet.addRow([]);
  sheet.addRow([`${formatLongDate(signedOn)}`]);
  sheet.addRow([`Kepala ${home.name}`]);
  sheet.addRow([]);
  sheet.addRow([home.headName]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
