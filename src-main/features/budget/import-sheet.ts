import ExcelJS from 'exceljs';
import type { FundingSource, ImportRow } from '../../contract';
import { canonicalActivityCode, codeProblem, formatRupiah, FUNDING_SOURCE_LABELS, IMPORT_COLUMNS, IMPORT_MONTH_HEADERS, MAX_RUPIAH, nameKey, roundRupiah, splitEvenly } from '../../contract';

/**
 * The budget import sheet: one row per budget line. Columns (IMPORT_COLUMNS, in the contract so the UI lists
 * them too) are found by their header, in any order, on the sheet named "Anggaran" or else the first sheet.
 * Documented in the template's "Petunjuk" sheet and the README.
 */
export { IMPORT_COLUMNS };
export const MONTH_HEADERS = IMPORT_MONTH_HEADERS;
export const NOTE_HEADER = 'Keterangan';
export const IMPORT_SHEET = 'Anggaran';
export const MAX_IMPORT_ROWS = 5000;

type ColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];
const MONTH_ALIASES = [
  ['jan', 'januari', 'january'],
  ['feb', 'februari', 'february', 'peb', 'pebruari'],
  ['mar', 'maret', 'march'],
  ['apr', 'april'],
  ['mei', 'may'],
  ['jun', 'juni', 'june'],
  ['jul', 'juli', 'july'],
  ['agu', 'agt', 'agus', 'agustus', 'aug', 'august'],
  ['sep', 'sept', 'september'],
  ['okt', 'oktober', 'oct', 'october'],
  ['nov', 'nopember', 'november'],
  ['des', 'desember', 'dec', 'december'],
];

/** Other headers finance offices use for a column (beside IMPORT_COLUMNS' own). */
const HEADER_ALIASES: Partial<Record<ColumnKey, string[]>> = {
  allocation: ['pagu', 'jumlah', 'nilai', 'pagu anggaran', 'anggaran', 'jumlah anggaran'],
};
const HEADER_ROWS = 20;

const headerKey = (text: string) => nameKey(text).replace(/\b(rp|rupiah)\b/g, '').replace(/\s+/g, ' ').trim();

/** The text of a cell whatever exceljs made of it (rich text, formula result, hyperlink, number). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
  if ('text' in value) return String(value.text).trim();
  if ('result' in value) return value.result == null ? '' : cellText(value.result as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

/**
 * A rupiah amount from a cell: numbers as they are, text as Indonesians write it ("Rp 1.234.567", "1.234.567,50",
 * "1234567"); rounded to whole rupiah. `undefined` for an empty cell, `null` when it is not a number.
 */
export function cellAmount(value: ExcelJS.CellValue): number | null | undefined {
  const raw = value != null && typeof value === 'object' && 'result' in value ? (value.result as ExcelJS.CellValue) : value;
  if (raw == null || raw === '') return undefined;
  if (typeof raw === 'number') return Number.isFinite(raw) ? roundRupiah(raw) : null;
  let text = cellText(raw).replace(/^rp\.?\s*/i, '').replace(/\s+/g, '');
  if (text === '') return undefined;
  if (text === '-') return 0;
  const negative = /^\(.*\)$/.test(text) || text.startsWith('-');
  text = text.replace(/^\((.*)\)$/, '$1').replace(/^-/, '');
  let normal: string;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) normal = text.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) normal = text.replace(/,/g, '');
  else if (/^\d+(,\d+)?$/.test(text)) normal = text.replace(',', '.');
  else if (/^\d+(\.\d+)?$/.test(text)) normal = text;
  else return null;
  const n = Number(normal);
  return Number.isFinite(n) ? roundRupiah(negative ? -n : n) : null;
}

export function parseFundingSource(text: string): FundingSource | null {
  const key = nameKey(text).replace(/ /g, '');
  if (key === '' || key === 'apbd') return 'apbd';
  if (['apbndekon', 'apbndekonsentrasi', 'dekon', 'dekonsentrasi', 'apbndk'].includes(key)) return 'apbn_dekon';
  if (['apbntp', 'apbntugaspembantuan', 'tp', 'tugaspembantuan'].includes(key)) return 'apbn_tp';
  if (['lainnya', 'lain', 'lainlain', 'other'].includes(key)) return 'other';
  return null;
}

export interface ParsedSheet {
  rows: ImportRow[];
  fileErrors: string[];
  /** Rows with no monthly plan in the file: saved only with the user's explicit "split evenly". */
  rowsWithoutPlan: number;
}

/** Reads the sheet into rows and checks each row on its own and against the rows above it. */
export async function readImportSheet(buffer: Buffer): Promise<ParsedSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return { rows: [], rowsWithoutPlan: 0, fileErrors: ['Berkas tidak dapat dibaca sebagai XLSX (Excel 2007 ke atas). Simpan ulang sebagai .xlsx lalu coba lagi.'] };
  }
  const sheet = workbook.getWorksheet(IMPORT_SHEET) ?? workbook.worksheets[0];
  if (!sheet) return { rows: [], rowsWithoutPlan: 0, fileErrors: ['Berkas tidak memuat lembar kerja'] };

  // The header row: the first of the first 20 rows (a title block may come first) that names "Kode Program".
  // Month columns (Jan…Des, Januari…Desember or 1…12) may be on it or on the row below it, as under a merged
  // "Rencana Penarikan Dana"; the data starts after the last header row.
  let headerRow = 0;
  let dataFrom = 0;
  const columnOf = new Map<ColumnKey | `m${number}` | 'note', number>();
  const monthsOn = (r: number, numbers: boolean) => {
    const found = new Map<number, number>();
    sheet.getRow(r).eachCell((cell, col) => {
      const key = headerKey(cellText(cell.value));
      const m = MONTH_ALIASES.findIndex((aliases) => aliases.includes(key));
      if (m >= 0 && !found.has(m)) found.set(m, col);
      else if (numbers && /^(1[0-2]|0?[1-9])$/.test(key) && !found.has(Number(key) - 1)) found.set(Number(key) - 1, col);
    });
    return found;
  };
  for (let r = 1; r <= Math.min(HEADER_ROWS, sheet.rowCount) && !headerRow; r++) {
    const row = sheet.getRow(r);
    const found = new Map<string, number>();
    row.eachCell((cell, col) => found.set(headerKey(cellText(cell.value)), col));
    if (!found.has(headerKey('Kode Program'))) continue;
    headerRow = r;
    dataFrom = r + 1;
    for (const c of IMPORT_COLUMNS) {
      const hit = [headerKey(c.header), ...(HEADER_ALIASES[c.key] ?? [])].find((h) => found.has(h));
      if (hit) columnOf.set(c.key, found.get(hit)!);
    }
    let months = monthsOn(r, false);
    if (months.size === 0 && r < sheet.rowCount) {
      // A two-row header: the months (names or 1…12, all twelve) on the row below.
      const below = monthsOn(r + 1, true);
      if (below.size === 12) {
        months = below;
        dataFrom = r + 2;
      }
    }
    months.forEach((col, m) => columnOf.set(`m${m + 1}`, col));
    if (found.has(headerKey(NOTE_HEADER))) columnOf.set('note', found.get(headerKey(NOTE_HEADER))!);
  }
  if (!headerRow) return { rows: [], rowsWithoutPlan: 0, fileErrors: [`Baris judul kolom tidak ditemukan di ${HEADER_ROWS} baris pertama lembar "${sheet.name}": harus memuat kolom "Kode Program" (gunakan templat impor)`] };
  const missing: string[] = IMPORT_COLUMNS.filter((c) => c.key !== 'fundingSource' && !columnOf.has(c.key)).map((c) => c.header);
  const months = MONTH_HEADERS.filter((_, m) => columnOf.has(`m${m + 1}`));
  if (months.length > 0 && months.length < 12) missing.push(...MONTH_HEADERS.filter((_, m) => !columnOf.has(`m${m + 1}`)));
  if (missing.length) return { rows: [], rowsWithoutPlan: 0, fileErrors: [`Kolom tidak ditemukan: ${missing.join(', ')}`] };

  const rows: ImportRow[] = [];
  const seen = { program: new Map<string, [string, number]>(), kegiatan: new Map<string, [string, number]>(), subkegiatan: new Map<string, [string, number]>(), account: new Map<string, [string, number]>(), line: new Map<string, number>() };
  let rowsWithoutPlan = 0;
  for (let r = dataFrom; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const get = (key: ColumnKey | `m${number}` | 'note') => (columnOf.has(key) ? row.getCell(columnOf.get(key)!).value : null);
    const text = (key: ColumnKey) => cellText(get(key));
    const values = [...IMPORT_COLUMNS.map((c) => text(c.key)), ...Array.from({ length: 12 }, (_, m) => cellText(get(`m${m + 1}`)))];
    if (values.every((v) => v === '')) continue;
    if (rows.length >= MAX_IMPORT_ROWS) return { rows, rowsWithoutPlan, fileErrors: [`Berkas memuat lebih dari ${MAX_IMPORT_ROWS} baris anggaran`] };
    const errors: ImportRow['errors'] = [];
    const fail = (field: string, message: string) => errors.push({ field, message });
    const allocationRaw = get('allocation');
    const allocation = cellAmount(allocationRaw);
    const planRaw = Array.from({ length: 12 }, (_, m) => cellAmount(get(`m${m + 1}`)));
    const sourceText = text('fundingSource');
    const item: ImportRow = {
      rowNo: r,
      programCode: text('programCode'),
      programName: text('programName'),
      // Codes in the canonical form (1.06.04.02.01 → 1.06.04.2.01), so the file matches what the year holds.
      kegiatanCode: canonicalActivityCode(text('kegiatanCode')),
      kegiatanName: text('kegiatanName'),
      subCode: canonicalActivityCode(text('subCode')),
      subName: text('subName'),
      accountCode: text('accountCode'),
      accountName: text('accountName'),
      fundingSource: parseFundingSource(sourceText),
      allocation: allocation ?? null,
      plan: planRaw.map((v) => (v === undefined ? null : v)),
      note: cellText(get('note')) || null,
      errors,
    };
    const codes: [ColumnKey, 'program' | 'kegiatan' | 'subkegiatan' | 'account', string | null][] = [
      ['programCode', 'program', null],
      ['kegiatanCode', 'kegiatan', item.programCode],
      ['subCode', 'subkegiatan', item.kegiatanCode],
      ['accountCode', 'account', null],
    ];
    for (const [field, kind, parent] of codes) {
      const problem = codeProblem(kind, item[field] as string, parent);
      if (problem) fail(field, problem);
    }
    const names: [ColumnKey, string][] = [
      ['programName', 'Nama program'],
      ['kegiatanName', 'Nama kegiatan'],
      ['subName', 'Nama sub-kegiatan'],
      ['accountName', 'Nama rekening'],
    ];
    for (const [field, label] of names) if (!item[field]) fail(field, `${label} wajib diisi`);
    for (const [map, codeField, nameField, label] of [
      [seen.program, 'programCode', 'programName', 'program'],
      [seen.kegiatan, 'kegiatanCode', 'kegiatanName', 'kegiatan'],
      [seen.subkegiatan, 'subCode', 'subName', 'sub-kegiatan'],
      [seen.account, 'accountCode', 'accountName', 'rekening'],
    ] as const) {
      const code = item[codeField];
      const name = item[nameField];
      if (!code || !name) continue;
      const prior = map.get(code);
      if (prior && nameKey(prior[0]) !== nameKey(name)) fail(nameField, `Nama ${label} ${code} berbeda dengan baris ${prior[1]} ("${prior[0]}")`);
      else if (!prior) map.set(code, [name, r]);
    }
    if (!item.fundingSource) fail('fundingSource', `Sumber dana "${sourceText}" tidak dikenal: isi ${Object.values(FUNDING_SOURCE_LABELS).join(', ')}`);
    if (allocation === undefined) fail('allocation', 'Pagu wajib diisi');
    else if (allocation === null) fail('allocation', `Pagu harus berupa angka (terbaca "${cellText(allocationRaw as ExcelJS.CellValue)}")`);
    else if (allocation < 0) fail('allocation', 'Pagu tidak boleh negatif');
    else if (allocation > MAX_RUPIAH) fail('allocation', 'Pagu terlalu besar');
    planRaw.forEach((v, m) => {
      if (v === null) fail(`plan.${m}`, `Rencana ${MONTH_HEADERS[m]} harus berupa angka`);
      else if (v !== undefined && v < 0) fail(`plan.${m}`, `Rencana ${MONTH_HEADERS[m]} tidak boleh negatif`);
    });
    if (typeof allocation === 'number' && allocation >= 0 && planRaw.every((v) => v !== null)) {
      if (planRaw.every((v) => v === undefined)) {
        // No plan in the file: the even split is only a proposal, saved when the user chooses it.
        item.plan = splitEvenly(allocation);
        item.planSplit = true;
        rowsWithoutPlan++;
      } else {
        item.plan = planRaw.map((v) => v ?? 0);
        const total = item.plan.reduce<number>((a, b) => a + (b ?? 0), 0);
        if (total !== allocation) fail('plan', `Rencana Jan–Des berjumlah ${formatRupiah(total)}, tidak sama dengan pagu ${formatRupiah(allocation)} (selisih ${formatRupiah(allocation - total)})`);
      }
    }
    if (item.subCode && item.accountCode && item.fundingSource) {
      const key = `${item.subCode}|${item.accountCode}|${item.fundingSource}`;
      const prior = seen.line.get(key);
      if (prior) fail('accountCode', `Baris ganda: rekening ${item.accountCode} (${FUNDING_SOURCE_LABELS[item.fundingSource]}) di sub-kegiatan ${item.subCode} sudah ada di baris ${prior}`);
      else seen.line.set(key, r);
    }
    rows.push(item);
  }
  if (rows.length === 0) return { rows, rowsWithoutPlan, fileErrors: ['Tidak ada baris anggaran di bawah baris judul kolom'] };
  return { rows, rowsWithoutPlan, fileErrors: [] };
}
