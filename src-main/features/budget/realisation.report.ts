import ExcelJS from 'exceljs';
import type { Home, PrintableReport, RealisationAmounts, RealisationData, RealisationRow, SpendingRecord } from '../../contract';
import { formatAmount, formatLongDate, formatPercent, spendingSourceLabel } from '../../contract';
import { esc } from '../../reports/html';
import { financeSigner, headSigner, renderReport, type Paper, type Signer } from '../../reports/layout';
import { addSignatureRows } from '../../reports/xlsx-signatures';

export const REALISATION_TITLE = 'Laporan Realisasi Anggaran';

/** Column headers: "bulan" for a calendar month, "periode" for any other period. */
export function realisationHeaders(isMonth: boolean): string[] {
  const unit = isMonth ? 'Bulan' : 'Periode';
  return ['Kode', 'Uraian', 'Anggaran (Rp)', `Realisasi s/d ${unit} Lalu (Rp)`, `Realisasi ${unit} Ini (Rp)`, `Realisasi s/d ${unit} Ini (Rp)`, 'Sisa Anggaran (Rp)', '%'];
}

const COLUMN_NUMBERS = ['1', '2', '3', '4', '5', '6 = 4 + 5', '7 = 3 − 6', '8 = 6 : 3'];

export const budgetUserSigner = (home: Home): Signer => ({ ...headSigner(home, 'Mengetahui,'), title: `Kepala ${home.name} selaku Pengguna Anggaran` });

const pct = (a: RealisationAmounts) => (a.percent === null ? '—' : formatPercent(a.percent));

function amountCells(a: RealisationAmounts): string {
  return [a.allocation, a.before, a.current, a.toDate, a.remaining].map((v) => `<td class="num">${formatAmount(v)}</td>`).join('') + `<td class="num">${pct(a)}</td>`;
}

function detailRows(records: SpendingRecord[] | undefined): string {
  if (!records?.length) return '';
  return records
    .map((r) => {
      const source = r.source.type === 'manual' ? '' : ` · ${spendingSourceLabel(r.source.type)}${r.source.label ? `: ${r.source.label}` : ''}`;
      const text = `${formatLongDate(r.spentOn)}${r.proofNo ? ` · ${r.proofNo}` : ''} · ${r.description}${r.payee ? ` · ${r.payee}` : ''}${source}`;
      return `<tr class="detail"><td colspan="2" class="text">${esc(text)}</td><td></td><td></td><td class="num">${formatAmount(r.amount)}</td><td></td><td></td><td></td></tr>`;
    })
    .join('');
}

const REPORT_CSS = `<style>
table.lra { table-layout: fixed; font-size: 8.6pt; }
table.lra th { font-size: 8.2pt; vertical-align: middle; }
table.lra th.n { font-weight: normal; font-style: italic; font-size: 7.5pt; padding: .5mm; background: #f4f5f7; }
table.lra td { padding: .9mm 1.3mm; }
table.lra td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.lra td.code { white-space: nowrap; font-size: 8pt; }
table.lra tr.program td { font-weight: bold; background: #eef1f5; }
table.lra tr.kegiatan td { font-weight: bold; }
table.lra tr.subkegiatan td { font-weight: bold; font-style: italic; }
table.lra tr.detail td { font-size: 7.6pt; color: #333; border-top: 0; border-bottom: 0.3pt dotted #aaa; padding-top: .4mm; padding-bottom: .4mm; }
table.lra tr.detail td.text { padding-left: 18mm; }
table.lra tfoot td { font-weight: bold; background: #e9ecef; }
.meta { display: flex; justify-content: space-between; font-size: 9pt; margin: -2mm 0 2mm; }
.signatures { margin-top: 6mm; }
.signer .space { height: 17mm; }
</style>`;

/** The LRA as the finance officer prints it: letterhead, the table, the head (budget user) and the treasurer. */
export function renderRealisation(home: Home, data: RealisationData, paper: Paper, signedOn: string): PrintableReport {
  const headers = realisationHeaders(data.isMonth);
  const widths = ['15%', '', '11%', '11%', '10%', '11%', '11%', '5.5%'];
  const head = `<tr>${headers.map((h, i) => `<th${widths[i] ? ` style="width:${widths[i]}"` : ''}>${esc(h)}</th>`).join('')}</tr>
<tr>${COLUMN_NUMBERS.map((n) => `<th class="n">${n}</th>`).join('')}</tr>`;
  const body = data.rows.length
    ? data.rows
        .map((r: RealisationRow) => {
          const indent = `padding-left:${(1.3 + r.depth * 2.6).toFixed(1)}mm`;
          const row = `<tr class="${r.level}"><td class="code">${esc(r.code)}</td><td style="${indent}">${esc(r.name)}</td>${amountCells(r)}</tr>`;
          return r.lineId != null && data.details ? row + detailRows(data.details[r.lineId]) : row;
        })
        .join('')
    : '<tr><td colspan="8" class="center muted">Belum ada baris anggaran pada tahun ini</td></tr>';
  const foot = `<tfoot><tr><td></td><td>JUMLAH BELANJA</td>${amountCells(data.total)}</tr></tfoot>`;
  const meta = `<div class="meta"><span>Tahun Anggaran ${data.year}</span><span>${esc(data.periodLabel.startsWith('Periode') ? data.periodLabel : `Periode ${formatLongDate(data.from)} s.d. ${formatLongDate(data.to)}`)}</span></div>`;
  const note = `<p class="note">Anggaran adalah pagu yang berlaku pada ${formatLongDate(data.to)} (setelah perubahan yang berlaku sampai tanggal itu). Angka dalam tanda kurung adalah nilai negatif (pengembalian/pembatalan).</p>`;
  return {
    title: REALISATION_TITLE,
    html: renderReport({
      title: REALISATION_TITLE,
      subtitle: `${home.name} — ${data.periodLabel}`,
      home,
      paper,
      orientation: 'landscape',
      body: `${REPORT_CSS}${meta}<table class="lra"><thead>${head}</thead><tbody>${body}</tbody>${foot}</table>${note}`,
      signedOn,
      signatures: { left: budgetUserSigner(home), right: financeSigner(home) },
    }),
    fileName: `lra-${data.from}-${data.to}.pdf`,
    paper,
    landscape: true,
  };
}

const BORDER = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } } as const;
const MONEY = '#,##0;(#,##0);"-"';
const LEVEL_ORDER = ['program', 'kegiatan', 'subkegiatan', 'line'] as const;

/**
 * The same page as an XLSX sheet: letterhead, headers, every row; line rows hold the figures, every total
 * (sub-kegiatan, kegiatan, programme, JUMLAH) and columns 6–8 are real formulas.
 */
export async function realisationWorkbook(home: Home, data: RealisationData, signedOn: string, paper: Paper): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sipanti';
  workbook.calcProperties.fullCalcOnLoad = true; // spreadsheet programs recompute every total on opening
  const sheet = workbook.addWorksheet('LRA', {
    // Excel's paper 9 is A4; 14 is Folio (8.5 × 13 in), the F4 of Indonesian offices.
    pageSetup: { paperSize: (paper === 'A4' ? 9 : 14) as ExcelJS.PaperSize, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
  });
  sheet.columns = [{ width: 20 }, { width: 54 }, { width: 17 }, { width: 17 }, { width: 17 }, { width: 17 }, { width: 17 }, { width: 9 }];
  const centred = (text: string, bold = true, size = 11) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, 8);
    row.getCell(1).font = { bold, size };
    row.getCell(1).alignment = { horizontal: 'center' };
  };
  centred(`PEMERINTAH PROVINSI ${home.province.toUpperCase()}`);
  centred('DINAS SOSIAL');
  centred(home.name.toUpperCase(), true, 13);
  centred(`${home.address}, ${home.regency}`, false, 9);
  sheet.addRow([]);
  centred(REALISATION_TITLE.toUpperCase(), true, 12);
  centred(`${data.periodLabel} — Tahun Anggaran ${data.year}`, false, 10);
  const headRow = sheet.addRow(realisationHeaders(data.isMonth));
  const numRow = sheet.addRow(COLUMN_NUMBERS);
  for (const row of [headRow, numRow]) {
    row.eachCell((c) => {
      c.border = BORDER;
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };
      c.font = row === headRow ? { bold: true } : { italic: true, size: 8 };
    });
  }
  headRow.height = 32;

  // First pass: which sheet row each report row lands on, and each total's direct children.
  const first = numRow.number + 1;
  const rowNo = data.rows.map((_, i) => first + i);
  const children = data.rows.map(() => [] as number[]);
  const stack: number[] = [];
  data.rows.forEach((r, i) => {
    const level = LEVEL_ORDER.indexOf(r.level);
    while (stack.length && LEVEL_ORDER.indexOf(data.rows[stack[stack.length - 1]!]!.level) >= level) stack.pop();
    if (stack.length) children[stack[stack.length - 1]!]!.push(rowNo[i]!);
    if (r.level !== 'line') stack.push(i);
  });
  const sumOf = (col: string, rowsToSum: number[]) => {
    if (rowsToSum.length === 0) return '0';
    const contiguous = rowsToSum.every((n, k) => k === 0 || n === rowsToSum[k - 1]! + 1);
    return contiguous && rowsToSum.length > 1 ? `SUM(${col}${rowsToSum[0]}:${col}${rowsToSum[rowsToSum.length - 1]})` : `SUM(${rowsToSum.map((n) => `${col}${n}`).join(',')})`;
  };
  const fill = (row: ExcelJS.Row, n: number, a: RealisationAmounts, sums: number[] | null) => {
    (['C', 'D', 'E'] as const).forEach((col, k) => {
      const value = [a.allocation, a.before, a.current][k]!;
      row.getCell(col).value = sums ? { formula: sumOf(col, sums), result: value } : value;
    });
    row.getCell('F').value = { formula: `D${n}+E${n}`, result: a.toDate };
    row.getCell('G').value = { formula: `C${n}-F${n}`, result: a.remaining };
    row.getCell('H').value = { formula: `IF(C${n}=0,"",F${n}/C${n})`, result: a.percent === null ? '' : a.percent / 100 };
    for (const col of ['C', 'D', 'E', 'F', 'G']) row.getCell(col).numFmt = MONEY;
    row.getCell('H').numFmt = '0.00%';
    row.eachCell({ includeEmpty: true }, (c) => (c.border = BORDER));
  };
  data.rows.forEach((r, i) => {
    const row = sheet.addRow([r.code, r.name]);
    row.getCell(2).alignment = { indent: r.depth, wrapText: true, vertical: 'top' };
    row.getCell(1).alignment = { vertical: 'top' };
    fill(row, rowNo[i]!, r, r.level === 'line' ? null : children[i]!);
    if (r.level !== 'line') row.font = { bold: true, italic: r.level === 'subkegiatan' };
    if (r.level === 'program') row.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF1F5' } }));
  });
  const programmes = data.rows.map((r, i) => (r.level === 'program' ? rowNo[i]! : 0)).filter(Boolean);
  const totalRow = sheet.addRow(['', 'JUMLAH BELANJA']);
  fill(totalRow, totalRow.number, data.total, programmes);
  totalRow.font = { bold: true };
  totalRow.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } }));

  sheet.addRow([]);
  addSignatureRows(sheet, home, signedOn, budgetUserSigner(home), financeSigner(home), [1, 3], [5, 8]);
  sheet.pageSetup.printTitlesRow = `${headRow.number}:${numRow.number}`;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
