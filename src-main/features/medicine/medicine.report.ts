import ExcelJS from 'exceljs';
import type { BatchRow, Home, MarMonth, PrintableReport, StockCard, StockCardLine, StockReport } from '../../contract';
import { MAR_STATUS_LABELS, ROUTE_LABELS } from '../../contract';
import { formatCount, formatLongDate, formatRupiah, monthName } from '../../contract/format';
import { esc, table } from '../../reports/html';
import { headSigner, renderReport, type Paper, type Signer } from '../../reports/layout';

/** Codes in the MAR grid. */
export const MAR_CODES: Record<string, string> = { given: 'B', refused: 'T', missed: 'L', held: 'D', due: '?' };

const monthTitle = (month: string) => `${monthName(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`;
const nurse: Signer = { title: 'Petugas kesehatan / pramu sosial', name: '.................................', nip: null };

function printable(home: Home, title: string, subtitle: string, body: string, paper: Paper, landscape: boolean, signedOn: string, fileName: string, left?: Signer): PrintableReport {
  return {
    title,
    html: renderReport({ title, subtitle, home, paper, orientation: landscape ? 'landscape' : 'portrait', body, signedOn, signatures: { left, right: headSigner(home, left ? 'Mengetahui,' : undefined) } }),
    fileName,
    paper,
    landscape,
  };
}

const GRID_CSS = `<style>
table.mar { table-layout: fixed; font-size: 7pt; }
table.mar th, table.mar td { padding: .4mm .3mm; text-align: center; }
table.mar td.med { text-align: left; font-size: 7.2pt; }
table.mar td.due { color: #b00; font-weight: bold; }
table.mar td.off { background: #eee; }
</style>`;

/** The monthly MAR sheet of one resident: a row per dose time (and per as-needed medicine), a column per day. */
export function renderMarMonth(home: Home, data: MarMonth, paper: Paper, signedOn: string): PrintableReport {
  const days = Array.from({ length: data.daysInMonth }, (_, i) => i + 1);
  const head = `<tr><th style="width:19%">Obat, dosis, cara</th><th style="width:4.5%">Jam</th>${days.map((d) => `<th>${d}</th>`).join('')}<th style="width:3%">B</th><th style="width:3%">T</th><th style="width:3%">L</th><th style="width:3%">D</th></tr>`;
  const body = data.rows
    .map((r) => {
      const cells = r.days.map((c) => (c === null ? '<td class="off"></td>' : `<td${c === 'due' ? ' class="due"' : ''}>${esc(MAR_CODES[c] ?? c)}</td>`)).join('');
      const med = `${esc(r.medicineLabel)}<br>${r.dose} ${esc(r.unit)}, ${esc(ROUTE_LABELS[r.route].toLowerCase())}`;
      return `<tr><td class="med">${med}</td><td>${r.scheduledTime ? esc(r.scheduledTime.replace(':', '.')) : 'Bila perlu'}</td>${cells}<td>${r.totals.given}</td><td>${r.totals.refused}</td><td>${r.totals.missed}</td><td>${r.totals.held}</td></tr>`;
    })
    .join('');
  const empty = `<tr><td colspan="${days.length + 6}" class="center muted">Tidak ada resep pada bulan ini</td></tr>`;
  const t = data.totals;
  const html = `${GRID_CSS}
<table class="meta-table"><tbody>
<tr><td style="width:22%">Nama penerima manfaat</td><td>${esc(data.fullName)} (${esc(data.registrationNo)})</td></tr>
<tr><td>Alergi</td><td>${esc(data.allergies || 'Tidak tercatat')}</td></tr></tbody></table>
<table class="mar"><thead>${head}</thead><tbody>${body || empty}</tbody></table>
<p class="note">B = ${MAR_STATUS_LABELS.given.toLowerCase()}, T = ${MAR_STATUS_LABELS.refused.toLowerCase()}, L = ${MAR_STATUS_LABELS.missed.toLowerCase()}, D = ${MAR_STATUS_LABELS.held.toLowerCase()}, ? = jadwal belum dicatat; angka pada baris bila perlu = berapa kali diberikan; abu-abu = tidak dijadwalkan.</p>
<p>Jumlah dosis terjadwal: ${formatCount(t.due)}; diberikan ${formatCount(t.given - t.prnGiven)}, menolak ${formatCount(t.refused)}, terlewat ${formatCount(t.missed)}, ditunda ${formatCount(t.held)}, belum dicatat ${formatCount(t.notRecorded)}. Obat bila perlu diberikan ${formatCount(t.prnGiven)} kali. Dicatat terlambat: ${formatCount(t.late)}.</p>`;
  return printable(home, 'Catatan Pemberian Obat (MAR)', `${home.name} — ${monthTitle(data.month)}`, html, paper, true, signedOn, `mar-${data.registrationNo}-${data.month}.pdf`, nurse);
}

export function renderStockCard(home: Home, data: StockCard, paper: Paper, signedOn: string): PrintableReport {
  const html = `<p><b>${esc(data.medicine.label)}</b> — satuan ${esc(data.medicine.unit)}; stok minimum ${formatCount(data.medicine.lowStockThreshold)}.</p>
${table(
  [
    { header: 'Tanggal', cell: (l) => formatLongDate(l.date), width: '17%' },
    { header: 'Uraian', cell: (l) => l.description },
    { header: 'Batch (kedaluwarsa)', cell: (l) => (l.expiryDate ? `${l.batchNo} (${formatLongDate(l.expiryDate)})` : '-'), width: '22%' },
    { header: 'Masuk', cell: (l) => (l.in ? formatCount(l.in) : ''), align: 'right', width: '8%' },
    { header: 'Keluar', cell: (l) => (l.out ? formatCount(l.out) : ''), align: 'right', width: '8%' },
    { header: 'Sisa', cell: (l) => formatCount(l.balance), align: 'right', width: '8%' },
  ],
  [{ date: data.from, kind: 'receipt', batchNo: '', expiryDate: '', description: 'Saldo awal', in: 0, out: 0, balance: data.opening } satisfies StockCardLine, ...data.lines],
  ['', 'Jumlah', '', formatCount(data.totalIn), formatCount(data.totalOut), formatCount(data.closing)],
)}`;
  return printable(home, 'Kartu Stok Obat', `${data.medicine.label} — ${formatLongDate(data.from)} s.d. ${formatLongDate(data.to)}`, html, paper, false, signedOn, `kartu-stok-${data.medicine.id}-${data.from}-${data.to}.pdf`);
}

const REPORT_COLUMNS = ['Obat', 'Satuan', 'Saldo awal', 'Diterima', 'Diberikan', 'Penyesuaian', 'Dimusnahkan', 'Saldo akhir', 'Nilai (Rp)'];

export function renderStockReport(home: Home, data: StockReport, paper: Paper, signedOn: string): PrintableReport {
  const sum = (k: 'received' | 'given' | 'disposed' | 'value') => data.rows.reduce((n, r) => n + r[k], 0);
  const html = table(
    [
      { header: 'No', cell: (r) => data.rows.indexOf(r) + 1, align: 'center', width: '5%' },
      { header: REPORT_COLUMNS[0]!, cell: (r) => r.label },
      { header: REPORT_COLUMNS[1]!, cell: (r) => r.unit, width: '8%' },
      { header: REPORT_COLUMNS[2]!, cell: (r) => formatCount(r.opening), align: 'right', width: '8%' },
      { header: REPORT_COLUMNS[3]!, cell: (r) => formatCount(r.received), align: 'right', width: '8%' },
      { header: REPORT_COLUMNS[4]!, cell: (r) => formatCount(r.given), align: 'right', width: '8%' },
      { header: REPORT_COLUMNS[5]!, cell: (r) => formatCount(r.adjusted), align: 'right', width: '9%' },
      { header: REPORT_COLUMNS[6]!, cell: (r) => formatCount(r.disposed), align: 'right', width: '9%' },
      { header: REPORT_COLUMNS[7]!, cell: (r) => formatCount(r.closing), align: 'right', width: '8%' },
      { header: 'Nilai', cell: (r) => formatRupiah(r.value), align: 'right', width: '12%' },
    ],
    data.rows,
    ['', 'Jumlah', '', '', formatCount(sum('received')), formatCount(sum('given')), '', formatCount(sum('disposed')), '', formatRupiah(sum('value'))],
  );
  return printable(home, 'Laporan Persediaan Obat', `${formatLongDate(data.from)} s.d. ${formatLongDate(data.to)}`, html, paper, true, signedOn, `persediaan-obat-${data.from}-${data.to}.pdf`);
}

export function renderExpiryList(home: Home, batches: BatchRow[], asOf: string, days: number, paper: Paper, signedOn: string): PrintableReport {
  const columns = [
    { header: 'Obat', cell: (b: BatchRow) => b.medicineLabel },
    { header: 'Batch', cell: (b: BatchRow) => b.batchNo, width: '14%' },
    { header: 'Kedaluwarsa', cell: (b: BatchRow) => formatLongDate(b.expiryDate), width: '18%' },
    { header: 'Sisa', cell: (b: BatchRow) => `${formatCount(b.onHand)} ${b.unit}`, align: 'right' as const, width: '12%' },
    { header: 'Pemasok', cell: (b: BatchRow) => b.supplier, width: '20%' },
  ];
  const expired = batches.filter((b) => b.expired);
  const soon = batches.filter((b) => !b.expired);
  const html = `<h2>A. Sudah kedaluwarsa — untuk dimusnahkan</h2>${table(columns, expired, undefined, 'Tidak ada obat kedaluwarsa')}
<h2>B. Kedaluwarsa dalam ${days} hari</h2>${table(columns, soon, undefined, 'Tidak ada')}`;
  return printable(home, 'Daftar Obat Kedaluwarsa', `Keadaan ${formatLongDate(asOf)}`, html, paper, false, signedOn, `obat-kedaluwarsa-${asOf}.pdf`);
}

const letterRows = (sheet: ExcelJS.Worksheet, home: Home, title: string, subtitle: string, width: number) => {
  for (const [text, bold] of [[home.name.toUpperCase(), true], [title, true], [subtitle, false]] as const) {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, width);
    row.getCell(1).font = { bold, size: 12 };
    row.getCell(1).alignment = { horizontal: 'center' };
  }
  sheet.addRow([]);
};

/** The stock card with the running balance as formulas (previous balance + in − out). */
export async function stockCardWorkbook(home: Home, data: StockCard): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sipanti';
  const sheet = workbook.addWorksheet('Kartu stok');
  sheet.columns = [{ width: 14 }, { width: 48 }, { width: 16 }, { width: 14 }, { width: 10 }, { width: 10 }, { width: 10 }];
  letterRows(sheet, home, `KARTU STOK: ${data.medicine.label}`, `${formatLongDate(data.from)} s.d. ${formatLongDate(data.to)}`, 7);
  sheet.addRow(['Tanggal', 'Uraian', 'Batch', 'Kedaluwarsa', 'Masuk', 'Keluar', 'Sisa']).font = { bold: true };
  const opening = sheet.addRow([data.from, 'Saldo awal', '', '', null, null, data.opening]);
  let prev = opening.number;
  for (const l of data.lines) {
    const row = sheet.addRow([l.date, l.description, l.batchNo, l.expiryDate, l.in || null, l.out || null]);
    row.getCell(7).value = { formula: `G${prev}+N(E${row.number})-N(F${row.number})`, result: l.balance };
    prev = row.number;
  }
  const first = opening.number + 1;
  const total = sheet.addRow(['', 'Jumlah', '', '']);
  total.getCell(5).value = { formula: `SUM(E${first}:E${Math.max(first, prev)})`, result: data.totalIn };
  total.getCell(6).value = { formula: `SUM(F${first}:F${Math.max(first, prev)})`, result: data.totalOut };
  total.getCell(7).value = { formula: `G${opening.number}+E${total.number}-F${total.number}`, result: data.closing };
  total.font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The stock report with closing = opening + received − given + adjusted − disposed, and SUM totals, as formulas. */
export async function stockReportWorkbook(home: Home, data: StockReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sipanti';
  const sheet = workbook.addWorksheet('Persediaan obat');
  sheet.columns = [{ width: 44 }, { width: 10 }, { width: 11 }, { width: 11 }, { width: 11 }, { width: 12 }, { width: 12 }, { width: 11 }, { width: 16 }];
  letterRows(sheet, home, 'LAPORAN PERSEDIAAN OBAT', `${formatLongDate(data.from)} s.d. ${formatLongDate(data.to)}`, 9);
  sheet.addRow(REPORT_COLUMNS).font = { bold: true };
  const first = sheet.rowCount + 1;
  for (const r of data.rows) {
    const row = sheet.addRow([r.label, r.unit, r.opening, r.received, r.given, r.adjusted, r.disposed]);
    const n = row.number;
    row.getCell(8).value = { formula: `C${n}+D${n}-E${n}+F${n}-G${n}`, result: r.closing };
    row.getCell(9).value = r.value;
    row.getCell(9).numFmt = '#,##0';
  }
  const last = sheet.rowCount;
  const total = sheet.addRow(['Jumlah']);
  const sums: Record<string, number> = {
    D: data.rows.reduce((n, r) => n + r.received, 0),
    E: data.rows.reduce((n, r) => n + r.given, 0),
    G: data.rows.reduce((n, r) => n + r.disposed, 0),
    I: data.rows.reduce((n, r) => n + r.value, 0),
  };
  for (const col of Object.keys(sums)) total.getCell(col).value = { formula: `SUM(${col}${first}:${col}${Math.max(first, last)})`, result: sums[col] };
  total.getCell('I').numFmt = '#,##0';
  total.font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

