import { z } from 'zod';
import { channel, Id, NoInput, optionalText, trimmed } from './common';
import { IsoDate } from './validators';

/** Who enters the budget (finance), and who may read it (everyone who reads the reports). */
export const BUDGET_EDITORS = ['finance'] as const;
export const BUDGET_READERS = ['province_admin', 'admin', 'head', 'finance'] as const;

export const FUNDING_SOURCES = ['apbd', 'apbn_dekon', 'apbn_tp', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = {
  apbd: 'APBD',
  apbn_dekon: 'APBN Dekonsentrasi',
  apbn_tp: 'APBN Tugas Pembantuan',
  other: 'Lainnya',
};

export const ACTIVITY_LEVELS = ['program', 'kegiatan', 'subkegiatan'] as const;
export type ActivityLevel = (typeof ACTIVITY_LEVELS)[number];
export const ACTIVITY_LEVEL_LABELS: Record<ActivityLevel, string> = { program: 'Program', kegiatan: 'Kegiatan', subkegiatan: 'Sub-kegiatan' };
const PARENT_LEVEL: Record<ActivityLevel, ActivityLevel | null> = { program: null, kegiatan: 'program', subkegiatan: 'kegiatan' };
export const parentLevelOf = (level: ActivityLevel) => PARENT_LEVEL[level];

/**
 * Code formats (Permendagri 90/2019 as the province uses it; finance may use one- or two-digit kegiatan):
 * programme 1.06.04 · kegiatan 1.06.04.2.01 (or 1.06.04.02.01) · sub-kegiatan 1.06.04.2.01.0001 ·
 * expense account 5.1.02.01.01.0052.
 */
export const CODE_FORMATS: Record<ActivityLevel | 'account', { pattern: RegExp; example: string; label: string }> = {
  program: { pattern: /^\d\.\d{2}\.\d{2}$/, example: '1.06.04', label: 'Kode program' },
  kegiatan: { pattern: /^\d\.\d{2}\.\d{2}\.\d{1,2}\.\d{2}$/, example: '1.06.04.2.01', label: 'Kode kegiatan' },
  subkegiatan: { pattern: /^\d\.\d{2}\.\d{2}\.\d{1,2}\.\d{2}\.\d{4}$/, example: '1.06.04.2.01.0001', label: 'Kode sub-kegiatan' },
  account: { pattern: /^5\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}$/, example: '5.1.02.01.01.0052', label: 'Kode rekening belanja' },
};

/** What is wrong with a code (null when it is right); a child's code must extend its parent's. */
/**
 * One code, one meaning: a kegiatan's fourth part is written without a leading zero, as SIPD writes it, so
 * `1.06.04.02.01` and `1.06.04.2.01` are the same kegiatan (and `1.06.04.02.01.0001` the same sub-kegiatan).
 * Programme and account codes, and anything not in the kegiatan form, are only trimmed.
 */
export function canonicalActivityCode(code: string): string {
  const trimmed = code.trim();
  const m = /^(\d\.\d{2}\.\d{2})\.(\d{1,2})(\.\d{2}(?:\.\d{4})?)$/.exec(trimmed);
  return m ? `${m[1]}.${Number(m[2])}${m[3]}` : trimmed;
}

export function codeProblem(kind: ActivityLevel | 'account', code: string, parentCode?: string | null): string | null {
  const format = CODE_FORMATS[kind];
  if (!code) return `${format.label} wajib diisi`;
  if (!format.pattern.test(code)) return `${format.label} harus berformat ${format.example}`;
  if (parentCode && !code.startsWith(`${parentCode}.`)) return `${format.label} ${code} harus diawali kode induknya ${parentCode}`;
  return null;
}

/** Whole rupiah, half away from zero: 1.5 → 2, -1.5 → -2. */
export function roundRupiah(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/** Splits `total` into `parts` whole-rupiah amounts that add up to it exactly (the first months take the remainder). */
export function splitEvenly(total: number, parts = 12): number[] {
  const base = Math.floor(total / parts);
  const remainder = total - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < remainder ? 1 : 0));
}

export const MAX_RUPIAH = 1_000_000_000_000_000; // 10^15: far above any home's budget, exact in a double

/** An amount in whole rupiah (fractions are rounded), not negative. */
export const Rupiah = (label: string) =>
  z
    .number({ error: `${label} harus berupa angka` })
    .finite(`${label} harus berupa angka`)
    .transform(roundRupiah)
    .pipe(z.number().min(0, `${label} tidak boleh negatif`).max(MAX_RUPIAH, `${label} terlalu besar`));

export const MonthlyPlan = z
  .array(Rupiah('Rencana bulanan'), { error: 'Rencana penarikan harus 12 bulan' })
  .length(12, 'Rencana penarikan harus 12 bulan');

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Checks a plan against its allocation; `null` plan means "spread evenly over 12 months". */
function planRefine(v: { allocation: number; plan: number[] | null }, ctx: z.RefinementCtx) {
  if (v.plan && sum(v.plan) !== v.allocation) {
    ctx.addIssue({ code: 'custom', path: ['plan'], message: `Rencana penarikan berjumlah ${sum(v.plan).toLocaleString('id-ID')}, harus sama dengan pagu ${v.allocation.toLocaleString('id-ID')}` });
  }
}

export const BudgetYearInput = z.object({
  year: z.number({ error: 'Tahun anggaran wajib diisi' }).int('Tahun anggaran tidak sah').min(2000, 'Tahun anggaran tidak sah').max(2100, 'Tahun anggaran tidak sah'),
});
export const YearRef = z.object({ yearId: Id });

export const ActivityInput = z.object({
  id: Id.optional(),
  yearId: Id,
  level: z.enum(ACTIVITY_LEVELS, { error: 'Pilih tingkat' }),
  parentId: Id.nullable().default(null),
  code: trimmed('Kode', 40),
  name: trimmed('Uraian', 300),
});
export type ActivityInput = z.input<typeof ActivityInput>;

export const AccountInput = z.object({ id: Id.optional(), code: trimmed('Kode rekening', 40), name: trimmed('Nama rekening', 300) });
export type AccountInput = z.input<typeof AccountInput>;

export const LineInput = z
  .object({
    id: Id.optional(),
    activityId: Id,
    accountId: Id,
    fundingSource: z.enum(FUNDING_SOURCES, { error: 'Pilih sumber dana' }),
    allocation: Rupiah('Pagu'),
    plan: MonthlyPlan.nullable().default(null),
    note: optionalText('Keterangan', 500),
  })
  .superRefine(planRefine);
export type LineInput = z.input<typeof LineInput>;

export const RevisionInput = z
  .object({
    lineId: Id,
    revisedOn: IsoDate,
    allocation: Rupiah('Pagu setelah perubahan'),
    plan: MonthlyPlan.nullable().default(null),
    reference: optionalText('Nomor dokumen', 150),
    reason: trimmed('Alasan perubahan', 500),
  })
  .superRefine(planRefine);
export type RevisionInput = z.input<typeof RevisionInput>;

/** The budget import sheet's columns (then Jan … Des and Keterangan), with what goes in each. */
export const IMPORT_COLUMNS = [
  { key: 'programCode', header: 'Kode Program', width: 12, help: 'Kode program, mis. 1.06.04' },
  { key: 'programName', header: 'Nama Program', width: 30, help: 'Uraian program' },
  { key: 'kegiatanCode', header: 'Kode Kegiatan', width: 15, help: 'Kode kegiatan, diawali kode program: 1.06.04.2.01' },
  { key: 'kegiatanName', header: 'Nama Kegiatan', width: 34, help: 'Uraian kegiatan' },
  { key: 'subCode', header: 'Kode Sub-kegiatan', width: 19, help: 'Kode sub-kegiatan, diawali kode kegiatan: 1.06.04.2.01.0001' },
  { key: 'subName', header: 'Nama Sub-kegiatan', width: 34, help: 'Uraian sub-kegiatan, mis. Penyediaan Permakanan' },
  { key: 'accountCode', header: 'Kode Rekening', width: 19, help: 'Kode rekening belanja: 5.1.02.01.01.0052' },
  { key: 'accountName', header: 'Nama Rekening', width: 34, help: 'Uraian rekening (nama dari bagan akun panti sendiri)' },
  { key: 'fundingSource', header: 'Sumber Dana', width: 22, help: 'APBD, APBN Dekonsentrasi, APBN Tugas Pembantuan atau Lainnya; kosong = APBD' },
  { key: 'allocation', header: 'Pagu', width: 16, help: 'Pagu (anggaran) dalam rupiah utuh; pecahan dibulatkan' },
] as const;
export const IMPORT_MONTH_HEADERS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

const XLSX_MAX_BYTES = 5 * 1024 * 1024;
const Base64File = z
  .string()
  .min(1, 'Pilih berkas')
  .max(Math.ceil((XLSX_MAX_BYTES * 4) / 3) + 4, 'Berkas terlalu besar (maksimal 5 MB)')
  .regex(/^[A-Za-z0-9+/=]+$/, 'Isi berkas tidak sah');

export const ImportPreviewInput = z.object({ yearId: Id, fileName: trimmed('Nama berkas', 200), base64: Base64File });
export const ImportCommitInput = z.object({
  yearId: Id,
  base64: Base64File,
  /** The checksum the preview showed: the user confirms exactly that file. */
  checksum: z.string().regex(/^[0-9a-f]{64}$/, 'Pratinjau tidak sah'),
  /** The user chose to split the allocation of lines without a monthly plan evenly over 12 months. */
  splitEvenly: z.boolean().default(false),
});

export interface BudgetYear {
  id: number;
  year: number;
  lineCount: number;
  allocation: number;
  realised: number;
  spendingCount: number;
}

export interface BudgetActivity {
  id: number;
  level: ActivityLevel;
  parentId: number | null;
  code: string;
  name: string;
}

export interface BudgetAccount {
  id: number;
  code: string;
  name: string;
  lineCount: number;
}

export interface BudgetLine {
  id: number;
  activityId: number;
  accountId: number;
  accountCode: string;
  accountName: string;
  fundingSource: FundingSource;
  allocation: number;
  plan: number[];
  note: string | null;
  realised: number;
  remaining: number;
  spendingCount: number;
  revisionCount: number;
}

export interface BudgetStructure {
  year: BudgetYear;
  activities: BudgetActivity[];
  lines: BudgetLine[];
}

export interface BudgetRevision {
  id: number;
  lineId: number;
  subActivityCode: string;
  subActivityName: string;
  accountCode: string;
  accountName: string;
  fundingSource: FundingSource;
  revisedOn: string;
  allocationBefore: number;
  allocationAfter: number;
  change: number;
  planBefore: number[];
  planAfter: number[];
  reference: string | null;
  reason: string;
  createdBy: string | null;
  createdAt: string;
}

/** One row of an import sheet as read, with what is wrong with it (field → message). */
export interface ImportRow {
  rowNo: number;
  programCode: string;
  programName: string;
  kegiatanCode: string;
  kegiatanName: string;
  subCode: string;
  subName: string;
  accountCode: string;
  accountName: string;
  fundingSource: FundingSource | null;
  allocation: number | null;
  plan: (number | null)[];
  /** The file has no plan for this line: `plan` is the even split proposed, saved only if the user chooses it. */
  planSplit?: boolean;
  note: string | null;
  errors: { field: string; message: string }[];
}

export interface ImportPreview {
  fileName: string;
  checksum: string;
  rows: ImportRow[];
  rowCount: number;
  errorCount: number;
  /** Problems with the file itself (wrong sheet, missing columns). */
  fileErrors: string[];
  /** Lines without a monthly plan in the file: saving needs the explicit choice to split them evenly. */
  rowsWithoutPlan: number;
  /** What the import adds (new) and reuses (existing). */
  summary: { programs: number; kegiatan: number; subkegiatan: number; newAccounts: number; renamedAccounts: number; lines: number; allocation: number };
}

export interface ImportResult {
  lines: number;
  activities: number;
  accounts: number;
  allocation: number;
}

export const budgetChannels = {
  'budget.years': channel<BudgetYear[]>()(NoInput, BUDGET_READERS),
  'budget.createYear': channel<BudgetYear>()(BudgetYearInput, BUDGET_EDITORS),
  'budget.structure': channel<BudgetStructure>()(YearRef, BUDGET_READERS),
  'budget.saveActivity': channel<BudgetActivity>()(ActivityInput, BUDGET_EDITORS),
  'budget.removeActivity': channel<null>()(z.object({ id: Id }), BUDGET_EDITORS),
  'budget.accounts': channel<BudgetAccount[]>()(NoInput, BUDGET_READERS),
  'budget.saveAccount': channel<BudgetAccount>()(AccountInput, BUDGET_EDITORS),
  'budget.saveLine': channel<BudgetLine>()(LineInput, BUDGET_EDITORS),
  'budget.removeLine': channel<null>()(z.object({ id: Id }), BUDGET_EDITORS),
  'budget.reviseLine': channel<BudgetRevision>()(RevisionInput, BUDGET_EDITORS),
  'budget.revisions': channel<BudgetRevision[]>()(YearRef, BUDGET_READERS),
  'budget.importTemplate': channel<{ fileName: string; base64: string }>()(z.object({ year: z.number().int().min(2000).max(2100).optional() }).optional(), BUDGET_EDITORS),
  'budget.importPreview': channel<ImportPreview>()(ImportPreviewInput, BUDGET_EDITORS),
  'budget.importCommit': channel<ImportResult>()(ImportCommitInput, BUDGET_EDITORS),
} as const;
