import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { and, eq, sql } from 'drizzle-orm';
import type { ImportPreview, ImportResult, ImportRow } from '../../contract';
import { CODE_FORMATS, FUNDING_SOURCE_LABELS, FUNDING_SOURCES, nameKey } from '../../contract';
import type { AppDb } from '../../db/client';
import { budgetAccounts, budgetActivities, budgetLines } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { AppError } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { loadYear, planColumns, type YearRecord } from './budget-common';
import { IMPORT_COLUMNS, IMPORT_SHEET, MONTH_HEADERS, NOTE_HEADER, readImportSheet } from './import-sheet';

const checksumOf = (buffer: Buffer) => createHash('sha256').update(buffer).digest('hex');

interface Existing {
  activities: Map<string, { id: number; name: string }>;
  accounts: Map<string, { id: number; name: string }>;
  lines: Set<string>;
}

function existingOf(db: AppDb, year: YearRecord): Existing {
  const activities = db.select().from(budgetActivities).where(eq(budgetActivities.yearId, year.id)).all();
  const accounts = db.select().from(budgetAccounts).where(eq(budgetAccounts.homeId, year.homeId)).all();
  const codeOfActivity = new Map(activities.map((a) => [a.id, a.code]));
  const codeOfAccount = new Map(accounts.map((a) => [a.id, a.code]));
  const lines = db.select().from(budgetLines).where(eq(budgetLines.yearId, year.id)).all();
  return {
    activities: new Map(activities.map((a) => [a.code, { id: a.id, name: a.name }])),
    accounts: new Map(accounts.map((a) => [a.code, { id: a.id, name: a.name }])),
    lines: new Set(lines.map((l) => `${codeOfActivity.get(l.activityId)}|${codeOfAccount.get(l.accountId)}|${l.fundingSource}`)),
  };
}

/** Checks the rows against what the year already holds: a line that exists, a code whose uraian differs. */
function checkAgainst(rows: ImportRow[], existing: Existing, year: number): void {
  for (const row of rows) {
    for (const [codeField, nameField, label] of [
      ['programCode', 'programName', 'Program'],
      ['kegiatanCode', 'kegiatanName', 'Kegiatan'],
      ['subCode', 'subName', 'Sub-kegiatan'],
    ] as const) {
      const found = existing.activities.get(row[codeField]);
      if (found && row[nameField] && nameKey(found.name) !== nameKey(row[nameField]) && !row.errors.some((e) => e.field === nameField)) {
        row.errors.push({ field: nameField, message: `${label} ${row[codeField]} sudah ada di tahun ${year} dengan uraian "${found.name}": samakan uraiannya` });
      }
    }
    if (row.fundingSource && existing.lines.has(`${row.subCode}|${row.accountCode}|${row.fundingSource}`)) {
      row.errors.push({ field: 'accountCode', message: `Baris anggaran ${row.subCode} / ${row.accountCode} (${FUNDING_SOURCE_LABELS[row.fundingSource]}) sudah ada di tahun ${year}` });
    }
  }
}

async function analyse(db: AppDb, actor: Actor, yearId: number, base64: string) {
  const year = loadYear(db, actor, yearId);
  const buffer = Buffer.from(base64, 'base64');
  const parsed = await readImportSheet(buffer);
  const existing = existingOf(db, year);
  checkAgainst(parsed.rows, existing, year.year);
  return { year, parsed, existing, checksum: checksumOf(buffer) };
}

/** Reads and checks an import file; nothing is saved. */
export async function previewImport(db: AppDb, actor: Actor, input: { yearId: number; fileName: string; base64: string }): Promise<ImportPreview> {
  const { parsed, existing, checksum } = await analyse(db, actor, input.yearId, input.base64);
  const distinct = (pick: (r: ImportRow) => string) => new Set(parsed.rows.map(pick).filter((c) => c && !existing.activities.has(c))).size;
  const accountNames = new Map(parsed.rows.map((r) => [r.accountCode, r.accountName]));
  return {
    fileName: input.fileName,
    checksum,
    rows: parsed.rows,
    rowCount: parsed.rows.length,
    errorCount: parsed.rows.filter((r) => r.errors.length > 0).length,
    fileErrors: parsed.fileErrors,
    rowsWithoutPlan: parsed.rowsWithoutPlan,
    summary: {
      programs: distinct((r) => r.programCode),
      kegiatan: distinct((r) => r.kegiatanCode),
      subkegiatan: distinct((r) => r.subCode),
      newAccounts: [...accountNames.keys()].filter((c) => c && !existing.accounts.has(c)).length,
      renamedAccounts: [...accountNames].filter(([c, n]) => existing.accounts.has(c) && nameKey(existing.accounts.get(c)!.name) !== nameKey(n)).length,
      lines: parsed.rows.length,
      allocation: parsed.rows.reduce((n, r) => n + (r.allocation ?? 0), 0),
    },
  };
}

/**
 * Saves an import the user has previewed: the same file (checksum), checked again, and only when it has no
 * errors at all; everything in one transaction.
 */
export async function commitImport(db: AppDb, actor: Actor, input: { yearId: number; base64: string; checksum: string; splitEvenly?: boolean }): Promise<ImportResult> {
  const { year, parsed, checksum } = await analyse(db, actor, input.yearId, input.base64);
  if (checksum !== input.checksum) throw new AppError('CONFLICT', 'Berkas berbeda dengan yang dipratinjau: pratinjau ulang sebelum menyimpan');
  if (parsed.fileErrors.length) throw new AppError('VALIDATION', parsed.fileErrors[0]!);
  const bad = parsed.rows.filter((r) => r.errors.length > 0);
  if (bad.length) throw new AppError('VALIDATION', `Berkas masih memuat ${bad.length} baris bermasalah (baris ${bad.slice(0, 5).map((r) => r.rowNo).join(', ')}${bad.length > 5 ? ', …' : ''}); tidak ada yang disimpan`);
  if (parsed.rowsWithoutPlan > 0 && !input.splitEvenly) {
    const message = `${parsed.rowsWithoutPlan} baris tidak memiliki rencana penarikan bulanan di berkas: pilih "Bagi rata 12 bulan" di pratinjau, atau isi rencananya di berkas`;
    throw new AppError('VALIDATION', message, { splitEvenly: message });
  }
  return db.transaction((tx) => {
    const existing = existingOf(tx, year); // again, inside the transaction
    checkAgainst(parsed.rows, existing, year.year);
    if (parsed.rows.some((r) => r.errors.length)) throw new AppError('CONFLICT', 'Data anggaran berubah sejak pratinjau: pratinjau ulang');
    const now = nowIso();
    let activities = 0;
    let accounts = 0;
    const activity = (code: string, name: string, level: 'program' | 'kegiatan' | 'subkegiatan', parentId: number | null) => {
      const found = existing.activities.get(code);
      if (found) return found.id;
      const row = tx.insert(budgetActivities).values({ homeId: year.homeId, yearId: year.id, parentId, level, code, name, createdAt: now, updatedAt: now }).returning().get();
      existing.activities.set(code, { id: row.id, name });
      activities++;
      return row.id;
    };
    const account = (code: string, name: string) => {
      const found = existing.accounts.get(code);
      // The imported year prints the name in the file; other years keep theirs (names are kept per fiscal year).
      if (found) tx.run(sql`UPDATE budget_lines SET account_name = ${name} WHERE account_id = ${found.id} AND year_id = ${year.id} AND coalesce(account_name, '') <> ${name}`);
      if (found && found.name === name) return found.id;
      if (found) {
        tx.update(budgetAccounts).set({ name, updatedAt: now }).where(and(eq(budgetAccounts.id, found.id), eq(budgetAccounts.homeId, year.homeId))).run();
        existing.accounts.set(code, { id: found.id, name });
        return found.id;
      }
      const row = tx.insert(budgetAccounts).values({ homeId: year.homeId, code, name, createdAt: now, updatedAt: now }).returning().get();
      existing.accounts.set(code, { id: row.id, name });
      accounts++;
      return row.id;
    };
    let allocation = 0;
    for (const r of parsed.rows) {
      const programId = activity(r.programCode, r.programName, 'program', null);
      const kegiatanId = activity(r.kegiatanCode, r.kegiatanName, 'kegiatan', programId);
      const subId = activity(r.subCode, r.subName, 'subkegiatan', kegiatanId);
      tx.insert(budgetLines)
        .values({
          homeId: year.homeId,
          yearId: year.id,
          activityId: subId,
          accountId: account(r.accountCode, r.accountName),
          accountName: r.accountName,
          fundingSource: r.fundingSource!,
          allocation: r.allocation!,
          ...planColumns(r.plan as number[]),
          note: r.note,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        })
        .run();
      allocation += r.allocation!;
    }
    const result = { lines: parsed.rows.length, activities, accounts, allocation };
    recordAudit(tx, actor, { entity: 'budget-year', entityId: year.id, action: 'import', after: { year: year.year, checksum, ...result, splitEvenly: parsed.rowsWithoutPlan > 0 ? parsed.rowsWithoutPlan : undefined } });
    return result;
  });
}

const EXAMPLE_ROWS: (string | number)[][] = [
  ['1.06.04', 'Program Rehabilitasi Sosial', '1.06.04.2.01', 'Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti Sosial', '1.06.04.2.01.0001', 'Penyediaan Permakanan', '5.1.02.01.01.0052', 'Belanja Makanan dan Minuman Jamuan Tamu/Penerima Manfaat', 'APBD', 985_500_000],
  ['1.06.04', 'Program Rehabilitasi Sosial', '1.06.04.2.01', 'Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti Sosial', '1.06.04.2.01.0005', 'Penyediaan Perbekalan Kesehatan di Dalam Panti', '5.1.02.01.01.0035', 'Belanja Obat-Obatan', 'APBD', 60_000_000],
];

/** The downloadable template: the "Anggaran" sheet to fill, and a "Petunjuk" sheet with every column and an example. */
export async function importTemplate(year?: number): Promise<{ fileName: string; base64: string }> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sipanti';
  const sheet = workbook.addWorksheet(IMPORT_SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  sheet.columns = [
    ...IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width })),
    ...MONTH_HEADERS.map((m) => ({ header: m, width: 13 })),
    { header: NOTE_HEADER, width: 30 },
  ];
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 30;
  header.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F3' } }));
  for (let col = 10; col <= 22; col++) sheet.getColumn(col).numFmt = '#,##0';
  for (let col = 1; col <= 8; col++) sheet.getColumn(col).numFmt = '@';
  const sources = `"${FUNDING_SOURCES.map((s) => FUNDING_SOURCE_LABELS[s]).join(',')}"`;
  for (let r = 2; r <= 1000; r++) sheet.getCell(r, 9).dataValidation = { type: 'list', allowBlank: true, formulae: [sources] };

  const help = workbook.addWorksheet('Petunjuk');
  help.columns = [{ width: 22 }, { width: 90 }];
  const lines: [string, string][] = [
    ['Templat impor anggaran Sipanti', `Satu baris = satu baris anggaran (rekening belanja di bawah sub-kegiatan)${year ? `, tahun anggaran ${year}` : ''}.`],
    ['', 'Isi lembar "Anggaran" mulai baris 2. Program, kegiatan dan sub-kegiatan diulang pada setiap baris rekeningnya.'],
    ['', 'Tidak ada yang disimpan sebelum pratinjau bebas kesalahan dan Anda menekan "Simpan impor"; impor disimpan sekaligus.'],
    ['', ''],
    ...IMPORT_COLUMNS.map((c): [string, string] => [c.header, c.help]),
    ['Jan … Des', 'Rencana penarikan dana per bulan (judul Jan…Des, Januari…Desember atau 1…12, boleh di baris kedua di bawah judul gabungan "Rencana Penarikan Dana"). Jumlahnya harus sama dengan Pagu. Bila ke-12 kolom kosong, pratinjau menawarkan pilihan "Bagi rata 12 bulan"; tidak ada pembagian rata tanpa pilihan Anda.'],
    ['Judul kolom', 'Baris judul boleh didahului judul dokumen (sampai baris 20). Pagu boleh berjudul Jumlah, Jumlah (Rp), Nilai atau Anggaran. Kode kegiatan 1.06.04.02.01 dibaca sebagai 1.06.04.2.01.'],
    [NOTE_HEADER, 'Catatan bebas (boleh kosong).'],
    ['', ''],
    ['Format kode', `Program ${CODE_FORMATS.program.example}; kegiatan ${CODE_FORMATS.kegiatan.example}; sub-kegiatan ${CODE_FORMATS.subkegiatan.example}; rekening ${CODE_FORMATS.account.example}.`],
    ['Angka', 'Rupiah utuh, boleh diketik sebagai angka atau teks seperti 1.234.567; pecahan dibulatkan ke rupiah terdekat.'],
    ['Baris ganda', 'Rekening yang sama dengan sumber dana yang sama hanya boleh sekali per sub-kegiatan.'],
  ];
  for (const [a, b] of lines) {
    const row = help.addRow([a, b]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true };
  }
  help.getRow(1).font = { bold: true, size: 13 };
  help.addRow([]);
  help.addRow(['Contoh baris']).font = { bold: true };
  help.addRow([...IMPORT_COLUMNS.map((c) => c.header), ...MONTH_HEADERS]).font = { italic: true };
  for (const r of EXAMPLE_ROWS) help.addRow([...r]);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `templat-impor-anggaran${year ? `-${year}` : ''}.xlsx`, base64: buffer.toString('base64') };
}
