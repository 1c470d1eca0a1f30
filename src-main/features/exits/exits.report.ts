import ExcelJS from 'exceljs';
import type { ExitDetail, ExitReportData, Home, PrintableReport } from '../../contract';
import {
  EXIT_COST_CATEGORY_LABELS,
  EXIT_COST_STATE_LABELS,
  EXIT_KIND_LABELS,
  formatAmount,
  formatLongDate,
  formatRupiah,
  RELIGION_LABELS,
  REPATRIATION_DESTINATION_LABELS,
} from '../../contract';
import { esc, table } from '../../reports/html';
import { financeSigner, headSigner, renderReport, type Paper } from '../../reports/layout';
import { addSignatureRows } from '../../reports/xlsx-signatures';

export const HANDOVER_TITLE = 'Berita Acara Serah Terima Penerima Manfaat';
export const EXITS_REPORT_TITLE = 'Laporan Pemulangan dan Pemakaman Penerima Manfaat';

const WEEKDAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const weekday = (iso: string) => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;

const HANDOVER_CSS = `<style>
.ba { font-size: 9.5pt; }
.ba p { margin: 0 0 2mm; text-align: justify; }
.ba table.id { border: 0; margin: 0 0 2mm 6mm; width: auto; }
.ba table.id td { border: 0; padding: .2mm 1.5mm; }
.signatures { margin-top: 5mm; }
.signer .space { height: 16mm; }
.ba table.id td.k { width: 48mm; }
.ba .party { font-weight: bold; }
</style>`;

/** Label : value rows; a row whose value is `undefined` (optional and empty) is left out, `null` prints "-". */
const rows = (pairs: [string, string | null | undefined][]) =>
  `<table class="id">${pairs
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<tr><td class="k">${esc(k)}</td><td>:</td><td>${esc(v || '-')}</td></tr>`)
    .join('')}</table>`;
const optional = (v: string | null) => v ?? undefined;

/** The handover record of a repatriation (A4/F4 portrait): the home hands the resident to the family or the district social office. */
export function renderHandover(home: Home, exit: ExitDetail, paper: Paper): PrintableReport {
  const r = exit.repatriation!;
  const escorts = r.escortNames.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
  const firstEscort = escorts[0] ?? home.headName;
  const body = `${HANDOVER_CSS}<div class="ba">
<p>Pada hari ini ${esc(weekday(exit.exitDate))}, tanggal ${esc(formatLongDate(exit.exitDate))}, yang bertanda tangan di bawah ini:</p>
<p class="party">I. PIHAK PERTAMA (yang menyerahkan)</p>
${rows([
  ['Nama', firstEscort],
  ['Jabatan', `Petugas pendamping, atas nama Kepala ${home.name}`],
  ['Petugas pendamping', escorts.length > 1 ? escorts.join(', ') : undefined],
  ['Alamat', `${home.address}, ${home.regency}`],
])}
<p class="party">II. PIHAK KEDUA (yang menerima)</p>
${rows([
  ['Nama', r.receiverName],
  ['Hubungan / jabatan', r.receiverRole],
  ['Instansi', r.destination === 'social_office' ? r.receiverInstitution : REPATRIATION_DESTINATION_LABELS.family],
  ['Nomor identitas', optional(r.receiverIdNumber)],
  ['Telepon', optional(r.receiverPhone)],
  ['Alamat', r.destinationAddress],
])}
<p>PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA, dan PIHAK KEDUA menerima dari PIHAK PERTAMA, penerima manfaat ${esc(home.name)}:</p>
${rows([
  ['Nama', exit.residentName],
  ['Nomor registrasi', exit.registrationNo],
  ['NIK', optional(exit.residentNik)],
  ['Jenis kelamin', exit.residentSex === 'L' ? 'Laki-laki' : 'Perempuan'],
  ['Tanggal lahir', exit.residentBirthDate ? formatLongDate(exit.residentBirthDate) : null],
  ['Agama', exit.residentReligion ? (RELIGION_LABELS[exit.residentReligion as keyof typeof RELIGION_LABELS] ?? exit.residentReligion) : null],
  ['Daerah asal', exit.residentOrigin],
  ['Alasan pemulangan', exit.reason],
  ['Transportasi', optional(r.transport)],
])}
<p>Sejak penandatanganan berita acara ini, pengasuhan dan tanggung jawab atas penerima manfaat tersebut beralih kepada PIHAK KEDUA. ${r.notes ? esc(r.notes) : ''}</p>
<p>Demikian berita acara ini dibuat dalam rangkap dua untuk dipergunakan sebagaimana mestinya.</p>
</div>`;
  return {
    title: HANDOVER_TITLE,
    html: renderReport({
      title: HANDOVER_TITLE,
      subtitle: `Nomor: ${r.handoverNo}`,
      home,
      paper,
      orientation: 'portrait',
      body,
      signedOn: exit.exitDate,
      signatures: {
        left: { caption: 'PIHAK KEDUA,', title: 'Yang menerima', name: r.receiverName, nip: null, idLine: r.receiverIdNumber ? `No. identitas ${r.receiverIdNumber}` : '' },
        right: { caption: 'PIHAK PERTAMA,', title: 'Yang menyerahkan', name: firstEscort, nip: null, idLine: '' },
        witness: headSigner(home, 'Mengetahui,'),
      },
    }),
    fileName: `berita-acara-serah-terima-${r.handoverNo.replace(/[^\w.-]+/g, '-')}.pdf`,
    paper,
    landscape: false,
  };
}

const itemsText = (row: ExitReportData['rows'][number]) => row.items.map((i) => `${EXIT_COST_CATEGORY_LABELS[i.category]} ${formatRupiah(i.amount)}`).join('; ');

/** Exits in a period with their costs: one row per exit, totals, the head and the treasurer sign. */
export function renderExitsReport(home: Home, data: ExitReportData, paper: Paper, signedOn: string): PrintableReport {
  const summary = `<p>Periode ${esc(formatLongDate(data.from))} s.d. ${esc(formatLongDate(data.to))}: ${data.repatriations} pemulangan, ${data.deaths} meninggal dunia. Jumlah biaya ${esc(formatRupiah(data.total))}, disetujui dan tercatat di realisasi ${esc(formatRupiah(data.approvedTotal))}.</p>`;
  const body =
    summary +
    table(
      [
        { header: 'No', cell: (r) => data.rows.indexOf(r) + 1, align: 'center', width: '4%' },
        { header: 'Tanggal', cell: (r) => formatLongDate(r.exitDate), width: '11%' },
        { header: 'Nama (No. Reg.)', cell: (r) => `${r.residentName} (${r.registrationNo})`, width: '17%' },
        { header: 'L/P', cell: (r) => r.sex, align: 'center', width: '4%' },
        { header: 'Jenis', cell: (r) => EXIT_KIND_LABELS[r.kind], width: '9%' },
        { header: 'Keterangan', cell: (r) => r.detail },
        { header: 'Rincian biaya', cell: (r) => itemsText(r) || '-' },
        { header: 'Status biaya', cell: (r) => EXIT_COST_STATE_LABELS[r.costState], width: '10%' },
        { header: 'Jumlah (Rp)', cell: (r) => formatAmount(r.total), align: 'right', width: '10%' },
        { header: 'Disetujui (Rp)', cell: (r) => formatAmount(r.approvedTotal), align: 'right', width: '10%' },
      ],
      data.rows,
      ['', '', 'JUMLAH', '', '', '', '', '', formatAmount(data.total), formatAmount(data.approvedTotal)],
      'Tidak ada penerima manfaat yang dipulangkan atau meninggal pada periode ini',
    );
  return {
    title: EXITS_REPORT_TITLE,
    html: renderReport({
      title: EXITS_REPORT_TITLE,
      subtitle: `${home.name} — ${formatLongDate(data.from)} s.d. ${formatLongDate(data.to)}`,
      home,
      paper,
      orientation: 'landscape',
      body,
      signedOn,
      signatures: { left: headSigner(home, 'Mengetahui,'), right: financeSigner(home) },
    }),
    fileName: `laporan-keluar-${data.from}-${data.to}.pdf`,
    paper,
    landscape: true,
  };
}

const BORDER = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } } as const;
const MONEY = '#,##0;(#,##0);"-"';

/** The same report as an XLSX sheet: one row per exit; the totals are SUM formulas. */
export async function exitsWorkbook(home: Home, data: ExitReportData, signedOn: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sipanti';
  workbook.calcProperties.fullCalcOnLoad = true;
  const sheet = workbook.addWorksheet('Keluar', { pageSetup: { paperSize: 9 as ExcelJS.PaperSize, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [{ width: 5 }, { width: 13 }, { width: 14 }, { width: 28 }, { width: 5 }, { width: 16 }, { width: 36 }, { width: 48 }, { width: 24 }, { width: 15 }, { width: 15 }];
  const centred = (text: string, bold = true, size = 11) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, 11);
    row.getCell(1).font = { bold, size };
    row.getCell(1).alignment = { horizontal: 'center' };
  };
  centred(`PEMERINTAH PROVINSI ${home.province.toUpperCase()}`);
  centred('DINAS SOSIAL');
  centred(home.name.toUpperCase(), true, 13);
  sheet.addRow([]);
  centred(EXITS_REPORT_TITLE.toUpperCase(), true, 12);
  centred(`Periode ${formatLongDate(data.from)} s.d. ${formatLongDate(data.to)}`, false, 10);
  const head = sheet.addRow(['No', 'Tanggal', 'No. Reg.', 'Nama', 'L/P', 'Jenis', 'Keterangan', 'Rincian biaya', 'Status biaya', 'Jumlah (Rp)', 'Disetujui (Rp)']);
  head.eachCell((c) => {
    c.font = { bold: true };
    c.border = BORDER;
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };
  });
  const first = head.number + 1;
  data.rows.forEach((r, i) => {
    const row = sheet.addRow([i + 1, r.exitDate, r.registrationNo, r.residentName, r.sex, EXIT_KIND_LABELS[r.kind], r.detail, itemsText(r), EXIT_COST_STATE_LABELS[r.costState], r.total, r.approvedTotal]);
    row.eachCell({ includeEmpty: true }, (c) => {
      c.border = BORDER;
      c.alignment = { vertical: 'top', wrapText: true };
    });
    row.getCell(10).numFmt = MONEY;
    row.getCell(11).numFmt = MONEY;
  });
  const last = first + data.rows.length - 1;
  const total = sheet.addRow(['', '', '', 'JUMLAH']);
  for (const [col, value] of [['J', data.total], ['K', data.approvedTotal]] as const) {
    total.getCell(col).value = data.rows.length ? { formula: `SUM(${col}${first}:${col}${last})`, result: value } : 0;
    total.getCell(col).numFmt = MONEY;
  }
  total.font = { bold: true };
  total.eachCell({ includeEmpty: true }, (c) => (c.border = BORDER));
  sheet.addRow([]);
  addSignatureRows(sheet, home, signedOn, headSigner(home, 'Mengetahui,'), financeSigner(home), [1, 4], [8, 11]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
