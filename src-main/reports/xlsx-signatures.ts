import type ExcelJS from 'exceljs';
import type { Home } from '../contract';
import { formatLongDate, formatNip } from '../contract/format';
import { placeName, type Signer } from './layout';

/**
 * The two signature blocks at the foot of an XLSX report, as on the printed page: "Kota, tanggal" above the
 * right signer; caption, title, space, NAME (bold, underlined), NIP. `leftCols` / `rightCols`: the merged
 * column ranges (1-based, inclusive) each block spans.
 */
export function addSignatureRows(sheet: ExcelJS.Worksheet, home: Home, signedOn: string, left: Signer, right: Signer, leftCols: [number, number], rightCols: [number, number]): void {
  const rows: [string, string][] = [
    ['', `${placeName(home.regency)}, ${formatLongDate(signedOn)}`],
    [left.caption ?? '', right.caption ?? ''],
    [left.title, right.title],
    ['', ''],
    ['', ''],
    ['', ''],
    [left.name, right.name],
    [`NIP. ${formatNip(left.nip)}`, `NIP. ${formatNip(right.nip)}`],
  ];
  for (const [l, r] of rows) {
    const row = sheet.addRow([]);
    sheet.mergeCells(row.number, leftCols[0], row.number, leftCols[1]);
    sheet.mergeCells(row.number, rightCols[0], row.number, rightCols[1]);
    row.getCell(leftCols[0]).value = l;
    row.getCell(rightCols[0]).value = r;
    row.getCell(leftCols[0]).alignment = { horizontal: 'center', wrapText: true };
    row.getCell(rightCols[0]).alignment = { horizontal: 'center' };
    if (l === left.name) row.font = { bold: true, underline: true };
  }
}
