import { z } from 'zod';
import { Rupiah } from './budget';
import { channel, Id, optionalText, trimmed } from './common';
import type { RELIGIONS } from './reference';
import { PaperSize, ReportPeriod, type PrintableReport } from './reports';
import { IsoDate } from './validators';

export const EXIT_KINDS = ['repatriation', 'death'] as const;
export type ExitKind = (typeof EXIT_KINDS)[number];
export const EXIT_KIND_LABELS: Record<ExitKind, string> = { repatriation: 'Pemulangan', death: 'Meninggal dunia' };

export const REPATRIATION_DESTINATIONS = ['family', 'social_office'] as const;
export type RepatriationDestination = (typeof REPATRIATION_DESTINATIONS)[number];
export const REPATRIATION_DESTINATION_LABELS: Record<RepatriationDestination, string> = {
  family: 'Keluarga',
  social_office: 'Dinas Sosial kabupaten/kota asal',
};

export const NOTIFY_METHODS = ['phone', 'in_person', 'message', 'letter'] as const;
export const NOTIFY_METHOD_LABELS: Record<(typeof NOTIFY_METHODS)[number], string> = {
  phone: 'Telepon',
  in_person: 'Datang langsung',
  message: 'Pesan singkat / WhatsApp',
  letter: 'Surat',
};

export const EXIT_COST_CATEGORIES = ['transport', 'meals', 'lodging', 'escort', 'shroud', 'coffin', 'burial_plot', 'ceremony', 'other'] as const;
export type ExitCostCategory = (typeof EXIT_COST_CATEGORIES)[number];
export const EXIT_COST_CATEGORY_LABELS: Record<ExitCostCategory, string> = {
  transport: 'Transportasi',
  meals: 'Konsumsi perjalanan',
  lodging: 'Penginapan',
  escort: 'Uang harian pendamping',
  shroud: 'Kain kafan / pakaian jenazah',
  coffin: 'Peti jenazah',
  burial_plot: 'Lahan / liang kubur',
  ceremony: 'Upacara / ibadah',
  other: 'Lainnya',
};
/** The categories offered for each kind of exit. */
export const COST_CATEGORIES_BY_KIND: Record<ExitKind, readonly ExitCostCategory[]> = {
  repatriation: ['transport', 'meals', 'lodging', 'escort', 'other'],
  death: ['shroud', 'coffin', 'burial_plot', 'transport', 'ceremony', 'other'],
};

export const EXIT_COST_STATES = ['draft', 'submitted', 'approved', 'returned', 'voided'] as const;
export type ExitCostState = (typeof EXIT_COST_STATES)[number];
export const EXIT_COST_STATE_LABELS: Record<ExitCostState, string> = {
  draft: 'Draf',
  submitted: 'Menunggu persetujuan kepala',
  approved: 'Disetujui (tercatat di realisasi)',
  returned: 'Dikembalikan untuk diperbaiki',
  voided: 'Dibatalkan',
};

/** The usual rites by religion, offered as an editable starting text. */
export function defaultRites(religion: (typeof RELIGIONS)[number] | string | null | undefined): string {
  switch (religion) {
    case 'islam':
      return 'Jenazah dimandikan, dikafani, disalatkan dan dimakamkan secara Islam';
    case 'kristen':
      return 'Ibadah penghiburan dan pemakaman secara Kristen';
    case 'katolik':
      return 'Misa requiem dan pemakaman secara Katolik';
    case 'hindu':
      return 'Upacara ngaben / kremasi secara Hindu';
    case 'buddha':
      return 'Upacara kebaktian dan kremasi secara Buddha';
    case 'khonghucu':
      return 'Upacara persembahyangan dan pemakaman secara Khonghucu';
    case 'kepercayaan':
      return 'Upacara sesuai kepercayaan almarhum/almarhumah dan keluarga';
    default:
      return 'Pemakaman sesuai agama dan kepercayaan almarhum/almarhumah';
  }
}

const TimeOfDay = z
  .string()
  .trim()
  .refine((v) => v === '' || /^([01]\d|2[0-3])[:.][0-5]\d$/.test(v), 'Jam harus berformat JJ:MM')
  .nullable()
  .optional()
  .transform((v) => (v ? v.replace('.', ':') : null));

export const RepatriationDetails = z.object({
  destination: z.enum(REPATRIATION_DESTINATIONS, { error: 'Pilih tujuan pemulangan' }),
  receiverName: trimmed('Nama penerima', 150),
  receiverRole: trimmed('Hubungan / jabatan penerima', 150),
  receiverInstitution: optionalText('Instansi penerima', 200),
  receiverIdNumber: optionalText('Nomor identitas penerima', 40),
  receiverPhone: optionalText('Telepon penerima', 30),
  destinationAddress: trimmed('Alamat tujuan', 500),
  escortNames: trimmed('Petugas pendamping', 300),
  transport: optionalText('Transportasi', 200),
  handoverNo: optionalText('Nomor berita acara', 60),
  notes: optionalText('Catatan', 1000),
});
export type RepatriationDetails = z.input<typeof RepatriationDetails>;

export const DeathDetails = z.object({
  deathTime: TimeOfDay,
  deathPlace: trimmed('Tempat meninggal', 200),
  causeOfDeath: trimmed('Sebab meninggal', 500),
  certificateNo: optionalText('Nomor surat keterangan kematian', 100),
  notifiedName: optionalText('Keluarga yang diberi tahu', 150),
  notifiedAt: optionalText('Waktu pemberitahuan', 30),
  notifiedHow: z.enum(NOTIFY_METHODS).nullable().optional().transform((v) => v ?? null),
  burialPlace: optionalText('Tempat pemakaman', 200),
  burialDate: IsoDate.nullable().optional().transform((v) => v ?? null),
  rites: optionalText('Tata cara pemakaman', 1000),
  notes: optionalText('Catatan', 1000),
});
export type DeathDetails = z.input<typeof DeathDetails>;

const exitStart = { residentId: Id, exitDate: IsoDate, reason: trimmed('Alasan', 1000) };
export const RecordRepatriationInput = z.object({ ...exitStart, details: RepatriationDetails });
export const RecordDeathInput = z.object({ ...exitStart, details: DeathDetails });

export const CostItemInput = z.object({
  exitId: Id,
  id: Id.optional(),
  category: z.enum(EXIT_COST_CATEGORIES, { error: 'Pilih jenis biaya' }),
  description: trimmed('Uraian', 300),
  amount: Rupiah('Jumlah').refine((v) => v > 0, 'Jumlah harus lebih dari 0'),
  spentOn: IsoDate,
  payee: optionalText('Penerima pembayaran', 200),
  proofNo: optionalText('Nomor bukti', 100),
});
export type CostItemInput = z.input<typeof CostItemInput>;

export const DecideCostsInput = z.object({
  id: Id,
  approve: z.boolean(),
  lineId: Id.nullable().optional(),
  note: optionalText('Catatan', 1000),
  /** The head confirms spending past the line's remaining allocation, with a reason. */
  overrideReason: optionalText('Alasan pelampauan pagu', 500),
});
export type DecideCostsInput = z.input<typeof DecideCostsInput>;

export const ExitListInput = z.object({ from: IsoDate.optional(), to: IsoDate.optional(), kind: z.enum(EXIT_KINDS).optional() });

export type ChangeState = 'pending' | 'approved' | 'rejected' | 'undone';

export interface ExitCostItem {
  id: number;
  category: ExitCostCategory;
  description: string;
  amount: number;
  spentOn: string;
  payee: string | null;
  proofNo: string | null;
  spendingId: number | null;
}

export interface ExitListRow {
  id: number;
  kind: ExitKind;
  residentId: number;
  residentName: string;
  registrationNo: string;
  exitDate: string;
  changeState: ChangeState;
  costState: ExitCostState;
  /** Where to: the receiver (repatriation) or the place of burial (death). */
  summary: string;
  total: number;
}

export interface ExitDetail extends ExitListRow {
  changeId: number;
  reason: string;
  residentSex: 'L' | 'P';
  residentReligion: string | null;
  residentBirthDate: string | null;
  residentNik: string | null;
  residentOrigin: string | null;
  repatriation: (Omit<z.output<typeof RepatriationDetails>, 'handoverNo'> & { handoverNo: string }) | null;
  death: z.output<typeof DeathDetails> | null;
  proposedLineId: number | null;
  submittedBy: string | null;
  submittedAt: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  undoneBy: string | null;
  undoneAt: string | null;
  undoReason: string | null;
  costs: ExitCostItem[];
  /** Budget lines of the exit year that costs may be charged to: id and "code — name". */
  lines: { id: number; label: string; remaining: number }[];
  documents: { id: number; title: string; docType: string }[];
}

export interface ExitReportRow {
  kind: ExitKind;
  exitDate: string;
  registrationNo: string;
  residentName: string;
  sex: 'L' | 'P';
  detail: string;
  changeState: ChangeState;
  costState: ExitCostState;
  items: { category: ExitCostCategory; description: string; amount: number; approved: boolean }[];
  total: number;
  approvedTotal: number;
}

export interface ExitReportData {
  from: string;
  to: string;
  rows: ExitReportRow[];
  repatriations: number;
  deaths: number;
  total: number;
  approvedTotal: number;
}

const VIEW = ['province_admin', 'admin', 'head', 'finance'] as const;
const RECORD = ['admin', 'head'] as const;
const COSTS = ['admin', 'head', 'finance'] as const;

export const exitsChannels = {
  'exits.list': channel<ExitListRow[]>()(ExitListInput, VIEW),
  'exits.get': channel<ExitDetail>()(z.object({ id: Id }), VIEW),
  /** Repatriation: the discharge goes through the residents' lifecycle (pending for the head unless the head records it). */
  'exits.recordRepatriation': channel<ExitDetail>()(RecordRepatriationInput, RECORD),
  /** Death: the resident's status changes at once, as `residents.recordDeath` does. */
  'exits.recordDeath': channel<ExitDetail>()(RecordDeathInput, RECORD),
  /** Edits the details; the exit date and the status change only through undo. */
  'exits.updateRepatriation': channel<ExitDetail>()(z.object({ id: Id, details: RepatriationDetails }), RECORD),
  'exits.updateDeath': channel<ExitDetail>()(z.object({ id: Id, details: DeathDetails }), RECORD),
  'exits.saveCost': channel<ExitDetail>()(CostItemInput, COSTS),
  'exits.removeCost': channel<ExitDetail>()(z.object({ id: Id }), COSTS),
  'exits.submitCosts': channel<ExitDetail>()(z.object({ id: Id, proposedLineId: Id.nullable().optional() }), COSTS),
  'exits.decideCosts': channel<ExitDetail>()(DecideCostsInput, ['head']),
  'exits.handover': channel<PrintableReport>()(z.object({ id: Id, paper: PaperSize }), VIEW),
  'exits.reportData': channel<ExitReportData>()(ReportPeriod, VIEW),
  'exits.report': channel<PrintableReport>()(ReportPeriod, VIEW),
  'exits.reportXlsx': channel<{ fileName: string; base64: string }>()(ReportPeriod, VIEW),
} as const;
