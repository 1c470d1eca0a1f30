import ExcelJS from 'exceljs';
import type { CensusData, CensusMovementRow, Home, PrintableReport, SexCount } from '../../contract';
import { formatCount, formatLongDate } from '../../contract/format';
import { table } from '../../reports/html';
import { headSigner, renderReport, type Paper } from '../../reports/layout';

const TITLE = 'Rekapitulasi Penerima Manfaat';

function sexTable(first: string, rows: SexCount[]): string {
  const sum = (k: 'L' | 'P' | 'total') => rows.reduce((n, r) => n + r[k], 0);
  return table<SexCount>(
    [
      { header: 'No', cell: (r) => rows.indexOf(r) + 1, align: 'center', width: '8%' },
      { header: first, cell: (r) => r.label },
      { header: 'L', cell: (r) => formatCount(r.L), align: 'right', width: '10%' },
      { header: 'P', cell: (r) => formatCount(r.P), align: 'right', width: '10%' },
      { header: 'Jumlah', cell: (r) => formatCount(r.total), align: 'right', width: '12%' },
    ],
    rows,
    ['', 'Jumlah', formatCount(sum('L')), formatCount(sum('P')), formatCount(sum('total'))],
  );
}

function movementTable(rows: CensusMovementRow[], detailHeader: string, emptyText: string): string {
  return table<CensusMovementRow>(
    [
      { header: 'No', cell: (r) => rows.indexOf(r) + 1, align: 'center', width: '6%' },
      { header: 'No. registrasi', cell: (r) => r.registrationNo, width: '16%' },
      { header: 'Nama', cell: (r) => r.fullName },
      { header: 'L/P', cell: (r) => r.sex, align: 'center', width: '6%' },
      // Wide enough for "30 September 2026" on one line.
      { header: 'Tanggal', cell: (r) => formatLongDate(r.date), width: '20%' },
      { header: detailHeader, cell: (r) => r.detail, width: '23%' },
    ],
    rows,
    undefined,
    emptyText,
  );
}

export function censusPeriodText(data: Pick<CensusData, 'from' | 'to'>): string {
  return `Periode ${formatLongDate(data.from)} s.d. ${formatLongDate(data.to)}`;
}

export function renderCensus(home: Home, data: CensusData, paper: Paper, signedOn: string): PrintableReport {
  const m = data.movement;
  const movement = `<table><tbody>
<tr><td>Penerima manfaat pada awal periode (${formatLongDate(data.from)})</td><td class="right" style="width:16%">${formatCount(m.atStart)}</td></tr>
<tr><td>Penerimaan baru</td><td class="right">${formatCount(m.admissions)}</td></tr>
<tr><td>Diterima kembali</td><td class="right">${formatCount(m.readmissions)}</td></tr>
<tr><td>Keluar (terminasi, rujukan, melarikan diri)</td><td class="right">${formatCount(m.discharged)}</td></tr>
<tr><td>Meninggal dunia</td><td class="right">${formatCount(m.deceased)}</td></tr>
</tbody><tfoot><tr><td>Penerima manfaat pada akhir periode (${formatLongDate(data.to)})</td><td class="right">${formatCount(m.atEnd)}</td></tr></tfoot></table>`;
  const body = `
<h2>A. Mutasi penerima manfaat</h2>${movement}
<h2>B. Menurut kategori PMKS dan jenis kelamin (keadaan ${formatLongDate(data.to)})</h2>${sexTable('Kategori PMKS', data.byPmks)}
<h2>C. Menurut kelompok umur dan jenis kelamin</h2>${sexTable('Kelompok umur', data.byAgeGroup)}
<h2>D. Menurut kabupaten/kota asal dan jenis kelamin</h2>${sexTable('Kabupaten/kota asal', data.byRegency)}
<h2>E. Penerimaan dalam periode</h2>${movementTable(data.admissions, 'Asal rujukan', 'Tidak ada penerimaan dalam periode ini')}
<h2>F. Penerima manfaat keluar dalam periode</h2>${sexTable('Jenis keluar', data.exitsByType)}
${movementTable(data.exits, 'Jenis keluar', 'Tidak ada yang keluar dalam periode ini')}
<p class="note">L = laki-laki, P = perempuan. Umur dihitung pada ${formatLongDate(data.to)}.</p>`;
  return {
    title: TITLE,
    html: renderReport({
      title: TITLE,
      subtitle: `${home.name} — ${censusPeriodText(data)}`,
      home,
      paper,
      orientation: 'portrait',
      body,
      signedOn,
      signatures: { right: headSigner(home) },
    }),
    fileName: `rekap-penerima-manfaat-${data.from}-${data.to}.pdf`,
    paper,
    landscape: false,
  };
}

/** The same tables as the printed page, with SUM formulas for the totals. */
export async function censusWorkbook(home: Home, data: CensusData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sipanti';
  const sheet = workbook.addWorksheet('Rekap PM', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [{ width: 6 }, { width: 44 }, { width: 10 }, { width: 10 }, { width: 12 }];
  const title = (text: string, bold = true, size = 12) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, 5);
    row.getCell(1).font = { bold, size };
    row.getCell(1).alignment = { horizontal: 'center' };
  };
  title(`PEMERINTAH PROVINSI ${home.province.toUpperCase()}`);
  title('DINAS SOSIAL');
  title(home.name.toUpperCase(), true, 13);
  title(`${home.address}, ${home.regency}`, false, 9);
  sheet.addRow([]);
  title(TITLE.toUpperCase());
  title(censusPeriodText(data), false, 10);
  const border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } } as const;
  const section = (heading: string, first: string, rows: SexCount[]) => {
    sheet.addRow([]);
    sheet.addRow([heading]).font = { bold: true };
    const head = sheet.addRow(['No', first, 'L', 'P', 'Jumlah']);
    head.eachCell((c) => Object.assign(c, { font: { bold: true }, border, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } } }));
    const start = head.number + 1;
    rows.forEach((r, i) => {
      const row = sheet.addRow([i + 1, r.label, r.L, r.P]);
      row.getCell(5).value = { formula: `C${row.number}+D${row.number}`, result: r.total };
      row.eachCell({ includeEmpty: true }, (c) => (c.border = border));
    });
    const end = start + rows.length - 1;
    const total = sheet.addRow(['', 'Jumlah']);
    for (const [col, key] of [['C', 'L'], ['D', 'P'], ['E', 'total']] as const) {
      total.getCell(col).value = { formula: rows.length ? `SUM(${col}${start}:${col}${end})` : '0', result: rows.reduce((n, r) => n + r[key], 0) };
    }
    total.eachCell({ includeEmpty: true }, (c) => Object.assign(c, { font: { bold: true }, border }));
  };
  section('B. Menurut kategori PMKS dan jenis kelamin', 'Kategori PMKS', data.byPmks);
  section('C. Menurut kelompok umur dan jenis kelamin', 'Kelompok umur', data.byAgeGroup);
  section('D. Menurut kabupaten/kota asal dan jenis kelamin', 'Kabupaten/kota asal', data.byRegency);
  section('F. Keluar dalam periode menurut jenis', 'Jenis keluar', data.exitsByType);
  const m = data.movement;
  sheet.addRow([]);
  sheet.addRow(['A. Mutasi penerima manfaat']).font = { bold: true };
  const first = sheet.addRow(['', 'Awal periode', m.atStart]).number;
  sheet.addRow(['', 'Penerimaan baru', m.admissions]);
  sheet.addRow(['', 'Diterima kembali', m.readmissions]);
  sheet.addRow(['', 'Keluar', m.discharged]);
  const last = sheet.addRow(['', 'Meninggal dunia', m.deceased]).number;
  const end = sheet.addRow(['', 'Akhir periode']);
  end.getCell(3).value = { formula: `C${first}+C${first + 1}+C${first + 2}-C${first + 3}-C${last}`, result: m.atEnd };
  end.font = { bold: true };
  const list = workbook.addWorksheet('Mutasi');
  list.columns = [
    { header: 'Jenis', width: 12 },
    { header: 'No. registrasi', width: 15 },
    { header: 'Nama', width: 30 },
    { header: 'L/P', width: 6 },
    { header: 'Tanggal', width: 12, style: { numFmt: 'dd/mm/yyyy' } },
    { header: 'Keterangan', width: 28 },
    { header: 'Alasan', width: 40 },
  ];
  list.getRow(1).font = { bold: true };
  const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
  for (const r of data.admissions) list.addRow(['Masuk', r.registrationNo, r.fullName, r.sex, asDate(r.date), r.detail, r.reason]);
  for (const r of data.exits) list.addRow(['Keluar', r.registrationNo, r.fullName, r.sex, asDate(r.date), r.detail, r.reason]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
