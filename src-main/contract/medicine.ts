import { z } from 'zod';
import { Rupiah } from './budget';
import { channel, Id, optionalText, trimmed } from './common';
import { PaperSize, type PrintableReport } from './reports';
import type { HealthEntryRow, HealthRecord, VisitRow } from './health';
import { CancelVisitInput, HealthEntryInput, VisitInput, VisitListInput } from './health';
import { SHIFTS } from './reference';
import { OverrideInput } from './spending';
import { IsoDate } from './validators';

/*
 * Medicine and health. Quantities are whole base units of the medicine (tablet, kapsul, ml, …).
 * A batch is usable up to and including its expiry date; from the day after it is expired.
 */

export const MEDICINE_READERS = ['admin', 'head', 'caregiver', 'finance'] as const;
/** The catalogue, receipts, adjustments, stock takes and disposals: the store keepers. */
export const STOCK_WRITERS = ['admin', 'head', 'finance'] as const;
/** Prescriptions, the MAR and the health record: the care staff. */
export const CARE_WRITERS = ['admin', 'head', 'caregiver'] as const;
/** Doctor visits carry a fee charged to the budget. */
export const VISIT_WRITERS = ['admin', 'head', 'finance'] as const;

/** A dose entered more than this many minutes after its scheduled time is flagged late. */
export const MAR_LATE_MINUTES = 60;
/** Batches expiring within this many days show on the dashboard. */
export const EXPIRY_WARNING_DAYS = 60;

export const MEDICINE_FORMS = ['tablet', 'capsule', 'syrup', 'suspension', 'drops', 'ointment', 'injection', 'inhaler', 'other'] as const;
export const MEDICINE_FORM_LABELS: Record<(typeof MEDICINE_FORMS)[number], string> = {
  tablet: 'Tablet',
  capsule: 'Kapsul',
  syrup: 'Sirup',
  suspension: 'Suspensi',
  drops: 'Tetes',
  ointment: 'Salep/krim',
  injection: 'Injeksi',
  inhaler: 'Inhaler',
  other: 'Lainnya',
};
export const ROUTES = ['oral', 'sublingual', 'topical', 'eye', 'ear', 'nasal', 'inhaled', 'injection', 'rectal'] as const;
export const ROUTE_LABELS: Record<(typeof ROUTES)[number], string> = {
  oral: 'Diminum (oral)',
  sublingual: 'Di bawah lidah',
  topical: 'Dioles (topikal)',
  eye: 'Tetes mata',
  ear: 'Tetes telinga',
  nasal: 'Hidung',
  inhaled: 'Dihirup',
  injection: 'Suntikan',
  rectal: 'Rektal',
};
export const MAR_STATUSES = ['given', 'refused', 'missed', 'held'] as const;
export type MarStatus = (typeof MAR_STATUSES)[number];
export const MAR_STATUS_LABELS: Record<MarStatus, string> = { given: 'Diberikan', refused: 'Menolak', missed: 'Terlewat', held: 'Ditunda' };
export const MOVEMENT_KINDS = ['receipt', 'dose', 'adjustment', 'stock_take', 'disposal', 'cancel'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];
export const MOVEMENT_LABELS: Record<MovementKind, string> = {
  receipt: 'Penerimaan',
  dose: 'Pemberian obat',
  adjustment: 'Penyesuaian',
  stock_take: 'Stok opname',
  disposal: 'Pemusnahan',
  cancel: 'Pembatalan penerimaan',
};

export const Time = z
  .string({ error: 'Jam wajib diisi' })
  .regex(/^([01]\d|2[0-3])[.:][0-5]\d$/, 'Jam harus berformat JJ.MM')
  .transform((v) => v.replace('.', ':'));

const Quantity = (label: string) => z.number({ error: `${label} harus berupa angka` }).int(`${label} harus bilangan bulat`);
const Positive = (label: string) => Quantity(label).min(1, `${label} minimal 1`).max(1_000_000, `${label} terlalu besar`);

export const MedicineInput = z.object({
  id: Id.optional(),
  genericName: trimmed('Nama generik', 120),
  brandName: optionalText('Nama dagang', 120),
  form: z.enum(MEDICINE_FORMS, { error: 'Pilih bentuk sediaan' }),
  strength: trimmed('Kekuatan', 60),
  unit: trimmed('Satuan', 30),
  lowStockThreshold: Quantity('Batas stok minimum').min(0, 'Batas stok minimum tidak boleh negatif').default(0),
  active: z.boolean().default(true),
  note: optionalText('Catatan', 500),
});
export type MedicineInput = z.input<typeof MedicineInput>;

export interface MedicineRow {
  id: number;
  genericName: string;
  brandName: string | null;
  form: (typeof MEDICINE_FORMS)[number];
  strength: string;
  unit: string;
  lowStockThreshold: number;
  active: boolean;
  note: string | null;
  /** "Parasetamol 500 mg tablet (Sanmol)". */
  label: string;
  /** On hand in batches not yet expired (usable), and in expired batches awaiting disposal. */
  usable: number;
  expired: number;
  low: boolean;
  nextExpiry: string | null;
}

export const ReceiptInput = z.object({
  medicineId: Id,
  batchNo: trimmed('Nomor batch', 60),
  expiryDate: IsoDate,
  receivedOn: IsoDate,
  quantity: Positive('Jumlah'),
  unitCost: Rupiah('Harga satuan'),
  supplier: trimmed('Pemasok', 200),
  proofNo: optionalText('Nomor bukti', 100),
  /** The budget line charged (belanja obat); null for a donation (no cost). */
  lineId: Id.nullable().default(null),
  override: OverrideInput.nullable().default(null),
});
export type ReceiptInput = z.input<typeof ReceiptInput>;

export interface BatchRow {
  id: number;
  medicineId: number;
  medicineLabel: string;
  unit: string;
  batchNo: string;
  expiryDate: string;
  receivedOn: string;
  quantityReceived: number;
  onHand: number;
  unitCost: number;
  supplier: string;
  proofNo: string | null;
  lineId: number | null;
  spendingId: number | null;
  expired: boolean;
  cancelled: { on: string; reason: string } | null;
}

export const BatchListInput = z.object({ medicineId: Id.optional(), withEmpty: z.boolean().default(false), asOf: IsoDate.optional() });
export const CancelReceiptInput = z.object({ batchId: Id, cancelledOn: IsoDate, reason: trimmed('Alasan pembatalan', 500) });
export const AdjustInput = z.object({
  batchId: Id,
  movedOn: IsoDate,
  quantity: Quantity('Jumlah').refine((v) => v !== 0, 'Jumlah tidak boleh 0'),
  reason: trimmed('Alasan', 500),
});
export const StockTakeInput = z.object({
  movedOn: IsoDate,
  reason: trimmed('Keterangan stok opname', 500),
  counts: z.array(z.object({ batchId: Id, counted: Quantity('Jumlah hitung').min(0, 'Jumlah hitung tidak boleh negatif') })).min(1, 'Isi paling sedikit satu batch'),
});
export const DisposeInput = z.object({ batchId: Id, movedOn: IsoDate, reason: trimmed('Alasan pemusnahan', 500) });

export const StockDashboardInput = z.object({ asOf: IsoDate.optional(), days: z.number().int().min(1).max(365).default(EXPIRY_WARNING_DAYS) }).optional();
export interface StockDashboard {
  asOf: string;
  days: number;
  medicines: number;
  lowStock: MedicineRow[];
  expiring: BatchRow[];
  expired: BatchRow[];
  dueToday: number;
  recordedToday: number;
}

export const PrescriptionInput = z
  .object({
    residentId: Id,
    medicineId: Id,
    dose: Positive('Dosis'),
    route: z.enum(ROUTES, { error: 'Pilih cara pemberian' }),
    times: z.array(Time).max(8, 'Paling banyak 8 kali sehari').default([]),
    prn: z.boolean().default(false),
    prnMaxPerDay: Positive('Maksimal per hari').nullable().default(null),
    startDate: IsoDate,
    endDate: IsoDate.nullable().default(null),
    prescriber: trimmed('Dokter penulis resep', 200),
    instructions: optionalText('Petunjuk', 500),
    /** The user saw the allergy warning and confirms the prescription anyway. */
    confirmAllergy: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.endDate && v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Tanggal selesai harus sesudah tanggal mulai' });
    if (v.prn && !v.prnMaxPerDay) ctx.addIssue({ code: 'custom', path: ['prnMaxPerDay'], message: 'Obat bila perlu wajib punya batas maksimal per hari' });
    if (!v.prn && v.times.length === 0) ctx.addIssue({ code: 'custom', path: ['times'], message: 'Isi jam pemberian, atau tandai sebagai bila perlu' });
    if (new Set(v.times.map((t) => t.replace('.', ':'))).size !== v.times.length) ctx.addIssue({ code: 'custom', path: ['times'], message: 'Jam pemberian tidak boleh sama' });
  });
export type PrescriptionInput = z.input<typeof PrescriptionInput>;

/** Why a prescription needs a confirmation: the resident's recorded allergy matches the medicine. */
export interface AllergyWarningDetails {
  kind: 'allergy';
  allergies: string;
  matched: string;
}

export interface PrescriptionRow {
  id: number;
  residentId: number;
  residentName: string;
  medicineId: number;
  medicineLabel: string;
  unit: string;
  dose: number;
  route: (typeof ROUTES)[number];
  times: string[];
  prn: boolean;
  prnMaxPerDay: number | null;
  startDate: string;
  endDate: string | null;
  prescriber: string;
  instructions: string | null;
  allergyWarning: string | null;
  stopped: { on: string; reason: string } | null;
  createdAt: string;
}

export const StopPrescriptionInput = z.object({ id: Id, stoppedOn: IsoDate, reason: trimmed('Alasan penghentian', 500) });

export const Shift = z.enum(SHIFTS);
export const MarDayInput = z.object({ date: IsoDate, shift: Shift.nullable().default(null) });

export interface MarEntry {
  id: number;
  status: MarStatus;
  atTime: string;
  quantity: number;
  late: boolean;
  prnReason: string | null;
  note: string | null;
  recordedBy: string | null;
  recordedAt: string;
}

/** A dose due (scheduled) or an as-needed prescription, on the day, with what was recorded. */
export interface MarDose {
  prescriptionId: number;
  medicineId: number;
  medicineLabel: string;
  unit: string;
  dose: number;
  route: (typeof ROUTES)[number];
  /** "HH:MM"; null for an as-needed prescription. */
  scheduledTime: string | null;
  prnMaxPerDay: number | null;
  instructions: string | null;
  /** The scheduled dose's record, or every PRN dose of the day. */
  entries: MarEntry[];
  /** Usable stock now (non-expired batches). */
  usable: number;
}

export interface MarResident {
  residentId: number;
  fullName: string;
  registrationNo: string;
  room: string | null;
  allergies: string | null;
  doses: MarDose[];
}

export interface MarDay {
  date: string;
  shift: (typeof SHIFTS)[number] | null;
  lateMinutes: number;
  residents: MarResident[];
  due: number;
  recorded: number;
}

export const MarEntryInput = z.object({
  prescriptionId: Id,
  scheduledTime: Time.nullable().default(null),
  status: z.enum(MAR_STATUSES, { error: 'Pilih status' }),
  atTime: Time,
  prnReason: optionalText('Alasan pemberian', 300),
  note: optionalText('Catatan', 500),
});
export const MarSaveInput = z.object({ date: IsoDate, entries: z.array(MarEntryInput).min(1, 'Belum ada yang diisi').max(5000) });
export type MarSaveInput = z.input<typeof MarSaveInput>;
export interface MarSaveResult {
  saved: number;
  given: number;
  late: number;
}

export const MarMonthInput = z.object({ residentId: Id, month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bulan harus berformat TTTT-BB'), paper: PaperSize });
export interface MarMonthRow {
  prescriptionId: number;
  medicineLabel: string;
  dose: number;
  unit: string;
  route: (typeof ROUTES)[number];
  scheduledTime: string | null;
  /** Per day 1..31: a status code (given/refused/missed/held), a PRN count, or null. */
  days: (string | null)[];
  totals: Record<MarStatus, number>;
  due: number;
}
export interface MarMonth {
  residentId: number;
  fullName: string;
  registrationNo: string;
  allergies: string | null;
  month: string;
  daysInMonth: number;
  rows: MarMonthRow[];
  totals: Record<MarStatus, number> & { due: number; notRecorded: number; late: number; prnGiven: number };
}

export const StockCardInput = z
  .object({ medicineId: Id, from: IsoDate, to: IsoDate, paper: PaperSize })
  .refine((v) => v.to >= v.from, { path: ['to'], message: 'Tanggal akhir harus sesudah tanggal awal' });
export interface StockCardLine {
  date: string;
  kind: MovementKind;
  batchNo: string;
  expiryDate: string;
  description: string;
  in: number;
  out: number;
  balance: number;
}
export interface StockCard {
  medicine: MedicineRow;
  from: string;
  to: string;
  opening: number;
  lines: StockCardLine[];
  totalIn: number;
  totalOut: number;
  closing: number;
}

export const StockReportInput = z
  .object({ from: IsoDate, to: IsoDate, paper: PaperSize })
  .refine((v) => v.to >= v.from, { path: ['to'], message: 'Tanggal akhir harus sesudah tanggal awal' });
export interface StockReportRow {
  medicineId: number;
  label: string;
  unit: string;
  opening: number;
  received: number;
  given: number;
  adjusted: number;
  disposed: number;
  closing: number;
  value: number;
}
export interface StockReport {
  from: string;
  to: string;
  rows: StockReportRow[];
}
export const ExpiryReportInput = z.object({ asOf: IsoDate, days: z.number().int().min(0).max(730).default(EXPIRY_WARNING_DAYS), paper: PaperSize });

type Xlsx = { fileName: string; base64: string };
const ResidentOnly = z.object({ residentId: Id });

export const medicineChannels = {
  'medicine.list': channel<MedicineRow[]>()(z.object({ includeInactive: z.boolean().default(false) }).optional(), MEDICINE_READERS),
  'medicine.save': channel<MedicineRow>()(MedicineInput, STOCK_WRITERS),
  'medicine.batches': channel<BatchRow[]>()(BatchListInput, MEDICINE_READERS),
  'medicine.receive': channel<BatchRow>()(ReceiptInput, STOCK_WRITERS),
  'medicine.cancelReceipt': channel<BatchRow>()(CancelReceiptInput, STOCK_WRITERS),
  'medicine.adjust': channel<BatchRow>()(AdjustInput, STOCK_WRITERS),
  'medicine.stockTake': channel<{ changed: number }>()(StockTakeInput, STOCK_WRITERS),
  'medicine.dispose': channel<BatchRow>()(DisposeInput, STOCK_WRITERS),
  'medicine.dashboard': channel<StockDashboard>()(StockDashboardInput, MEDICINE_READERS),
  'medicine.stockCard': channel<StockCard>()(StockCardInput, MEDICINE_READERS),
  'medicine.stockCardReport': channel<PrintableReport>()(StockCardInput, MEDICINE_READERS),
  'medicine.stockCardXlsx': channel<Xlsx>()(StockCardInput, MEDICINE_READERS),
  'medicine.stockReport': channel<PrintableReport>()(StockReportInput, MEDICINE_READERS),
  'medicine.stockReportXlsx': channel<Xlsx>()(StockReportInput, MEDICINE_READERS),
  'medicine.expiryReport': channel<PrintableReport>()(ExpiryReportInput, MEDICINE_READERS),
  'prescription.list': channel<PrescriptionRow[]>()(z.object({ residentId: Id.optional(), activeOn: IsoDate.optional() }), MEDICINE_READERS),
  'prescription.create': channel<PrescriptionRow>()(PrescriptionInput, CARE_WRITERS),
  'prescription.stop': channel<PrescriptionRow>()(StopPrescriptionInput, CARE_WRITERS),
  'mar.day': channel<MarDay>()(MarDayInput, MEDICINE_READERS),
  'mar.save': channel<MarSaveResult>()(MarSaveInput, CARE_WRITERS),
  'mar.month': channel<MarMonth>()(MarMonthInput, MEDICINE_READERS),
  'mar.monthReport': channel<PrintableReport>()(MarMonthInput, MEDICINE_READERS),
  'visit.residents': channel<{ id: number; fullName: string; registrationNo: string; room: string | null }[]>()(z.object({ date: IsoDate }), MEDICINE_READERS),
  'visit.list': channel<VisitRow[]>()(VisitListInput, MEDICINE_READERS),
  'visit.create': channel<VisitRow>()(VisitInput, VISIT_WRITERS),
  'visit.cancel': channel<VisitRow>()(CancelVisitInput, VISIT_WRITERS),
  'health.record': channel<HealthRecord>()(ResidentOnly, MEDICINE_READERS),
  'health.addEntry': channel<HealthEntryRow>()(HealthEntryInput, CARE_WRITERS),
} as const;
