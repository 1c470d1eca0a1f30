import { z } from 'zod';
import { Rupiah } from './budget';
import { channel, Id, NoInput, optionalText, trimmed } from './common';
import { PaperSize, type PrintableReport } from './reports';
import { OverrideInput, SPENDING_WRITERS } from './spending';
import { IsoDate } from './validators';

/*
 * Education and skills training (pelatihan keterampilan, bimbingan, pendidikan). Labels are Indonesian,
 * codes English, like reference.ts.
 */

/** Everyone who works with residents reads it; province administrators read every home's. */
export const TRAINING_READERS = ['province_admin', 'admin', 'head', 'caregiver', 'finance'] as const;
/** Administrators set up programmes and school records. */
export const TRAINING_SETUP = ['admin'] as const;
/** Instructors / caregivers record sessions, attendance and assessments (administrators too). */
export const TRAINING_RECORDERS = ['admin', 'caregiver'] as const;
/** Completion issues a certificate: administrators or the head. */
export const TRAINING_COMPLETERS = ['admin', 'head'] as const;

export const PROGRAMME_KINDS = ['vocational', 'guidance_physical', 'guidance_mental', 'guidance_social', 'school'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];
export const PROGRAMME_KIND_LABELS: Record<ProgrammeKind, string> = {
  vocational: 'Pelatihan keterampilan (vokasional)',
  guidance_physical: 'Bimbingan fisik',
  guidance_mental: 'Bimbingan mental-spiritual',
  guidance_social: 'Bimbingan sosial',
  school: 'Pendidikan / bimbingan belajar',
};

export const COURSE_TYPES = ['sewing', 'handicraft', 'massage', 'computer', 'cooking', 'farming'] as const;
export type CourseTypeCode = (typeof COURSE_TYPES)[number];
export const COURSE_TYPE_LABELS: Record<CourseTypeCode, string> = {
  sewing: 'Menjahit',
  handicraft: 'Kerajinan tangan',
  massage: 'Pijat / massage',
  computer: 'Komputer',
  cooking: 'Tata boga / memasak',
  farming: 'Pertanian / peternakan',
};

export const INSTRUCTOR_SOURCES = ['staff', 'external'] as const;
export const INSTRUCTOR_SOURCE_LABELS: Record<(typeof INSTRUCTOR_SOURCES)[number], string> = { staff: 'Pegawai panti', external: 'Instruktur dari luar' };

export const WEEKDAY_LABELS: Record<number, string> = { 1: 'Senin', 2: 'Selasa', 3: 'Rabu', 4: 'Kamis', 5: 'Jumat', 6: 'Sabtu', 7: 'Minggu' };

export const ASSESSMENT_TYPES = ['competency', 'grade'] as const;
export const ASSESSMENT_TYPE_LABELS: Record<(typeof ASSESSMENT_TYPES)[number], string> = { competency: 'Kompetensi (kompeten / belum kompeten)', grade: 'Nilai angka (0–100)' };

export const PROGRAMME_STATUSES = ['open', 'closed', 'cancelled'] as const;
export const PROGRAMME_STATUS_LABELS: Record<(typeof PROGRAMME_STATUSES)[number], string> = { open: 'Berjalan', closed: 'Selesai', cancelled: 'Dibatalkan' };

export const ENROLMENT_STATUS_LABELS: Record<'active' | 'completed' | 'withdrawn', string> = { active: 'Peserta', completed: 'Lulus', withdrawn: 'Mengundurkan diri' };

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused', 'sick'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = { present: 'Hadir', absent: 'Alpa', excused: 'Izin', sick: 'Sakit' };
/** One letter per status for the recap grid. */
export const ATTENDANCE_CODES: Record<AttendanceStatus, string> = { present: 'H', absent: 'A', excused: 'I', sick: 'S' };

export const SCHOOL_LEVELS = ['tk', 'sd', 'smp', 'sma', 'smk', 'slb', 'paket', 'pt'] as const;
export const SCHOOL_LEVEL_LABELS: Record<(typeof SCHOOL_LEVELS)[number], string> = {
  tk: 'TK/PAUD',
  sd: 'SD/MI',
  smp: 'SMP/MTs',
  sma: 'SMA/MA',
  smk: 'SMK',
  slb: 'SLB',
  paket: 'Kejar Paket A/B/C',
  pt: 'Perguruan tinggi',
};

export const SCHOOL_FEE_KINDS = ['tuition', 'registration', 'uniform', 'books', 'supplies', 'exam', 'transport', 'other'] as const;
export const SCHOOL_FEE_LABELS: Record<(typeof SCHOOL_FEE_KINDS)[number], string> = {
  tuition: 'Iuran / SPP',
  registration: 'Uang pendaftaran',
  uniform: 'Seragam',
  books: 'Buku pelajaran',
  supplies: 'Alat tulis dan perlengkapan',
  exam: 'Biaya ujian',
  transport: 'Transportasi',
  other: 'Lainnya',
};

/** The spending source type of school fees (registered in SPENDING_SOURCE_LABELS as "Biaya pendidikan"). */
export const SCHOOL_FEE_SOURCE = 'education_fee';

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Jam harus berformat JJ:MM');
const Percent = (label: string) => z.number({ error: `${label} harus berupa angka` }).int(`${label} harus bilangan bulat`).min(0, `${label} paling kecil 0`).max(100, `${label} paling besar 100`);

export const CourseTypeInput = z.object({ id: Id.optional(), name: trimmed('Nama jenis pelatihan', 80), active: z.boolean().default(true) });
export type CourseTypeInput = z.input<typeof CourseTypeInput>;

export const ProgrammeInput = z
  .object({
    id: Id.optional(),
    name: trimmed('Nama program', 150),
    kind: z.enum(PROGRAMME_KINDS, { error: 'Pilih jenis program' }),
    /** A built-in code, or `custom:<id>` for a type the home added; vocational only. */
    courseType: z.string().max(40).nullable().optional().transform((v) => v || null),
    instructorName: trimmed('Nama instruktur', 150),
    instructorSource: z.enum(INSTRUCTOR_SOURCES, { error: 'Pilih asal instruktur' }),
    scheduleDays: z.array(z.number().int().min(1).max(7)).min(1, 'Pilih minimal satu hari'),
    startTime: Time,
    endTime: Time,
    startDate: IsoDate,
    endDate: IsoDate,
    capacity: z.number({ error: 'Kapasitas harus berupa angka' }).int('Kapasitas harus bilangan bulat').min(1, 'Kapasitas minimal 1').max(500, 'Kapasitas paling banyak 500'),
    budgetLineId: Id.nullable().optional().transform((v) => v ?? null),
    minAttendancePercent: Percent('Kehadiran minimal').default(75),
    assessmentType: z.enum(ASSESSMENT_TYPES, { error: 'Pilih cara penilaian' }),
    passingGrade: Percent('Nilai lulus').nullable().optional().transform((v) => v ?? null),
    status: z.enum(PROGRAMME_STATUSES).default('open'),
    note: optionalText('Catatan', 1000),
  })
  .superRefine((v, ctx) => {
    if (v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Tanggal selesai harus sesudah tanggal mulai' });
    if (v.endTime <= v.startTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Jam selesai harus sesudah jam mulai' });
    if (v.kind === 'vocational' && !v.courseType) ctx.addIssue({ code: 'custom', path: ['courseType'], message: 'Pilih jenis pelatihan keterampilan' });
    if (v.assessmentType === 'grade' && v.passingGrade == null) ctx.addIssue({ code: 'custom', path: ['passingGrade'], message: 'Nilai lulus wajib diisi untuk penilaian angka' });
  });
export type ProgrammeInput = z.input<typeof ProgrammeInput>;

export const ProgrammeListInput = z.object({ status: z.enum(PROGRAMME_STATUSES).optional(), kind: z.enum(PROGRAMME_KINDS).optional() }).optional();

export const EnrolInput = z.object({ programmeId: Id, residentIds: z.array(Id).min(1, 'Pilih minimal satu penerima manfaat').max(500), enrolledOn: IsoDate });
export type EnrolInput = z.input<typeof EnrolInput>;

export const WithdrawInput = z.object({ enrolmentId: Id, withdrawnOn: IsoDate, reason: trimmed('Alasan mengundurkan diri', 500) });
export type WithdrawInput = z.input<typeof WithdrawInput>;

export const SessionInput = z.object({
  programmeId: Id,
  heldOn: IsoDate,
  topic: trimmed('Materi / topik', 300),
  durationMinutes: z.number({ error: 'Durasi harus berupa angka' }).int().min(1, 'Durasi minimal 1 menit').max(1440),
  note: optionalText('Catatan', 1000),
  attendance: z
    .array(z.object({ enrolmentId: Id, status: z.enum(ATTENDANCE_STATUSES, { error: 'Pilih kehadiran' }), note: optionalText('Keterangan', 300) }))
    .min(1, 'Belum ada peserta untuk diabsen'),
});
export type SessionInput = z.input<typeof SessionInput>;

export const TrainingAssessmentInput = z.object({
  enrolmentId: Id,
  assessedOn: IsoDate,
  competent: z.boolean().nullable().optional().transform((v) => v ?? null),
  grade: Percent('Nilai').nullable().optional().transform((v) => v ?? null),
  note: optionalText('Catatan', 500),
});
export type TrainingAssessmentInput = z.input<typeof TrainingAssessmentInput>;

export const CompleteInput = z.object({ enrolmentId: Id, completedOn: IsoDate });
export type CompleteInput = z.input<typeof CompleteInput>;

export const CertificateInput = z.object({ enrolmentId: Id, paper: PaperSize });

export const SchoolRecordInput = z.object({
  id: Id.optional(),
  residentId: Id,
  schoolName: trimmed('Nama sekolah', 150),
  level: z.enum(SCHOOL_LEVELS, { error: 'Pilih jenjang' }),
  grade: trimmed('Kelas', 30),
  schoolYear: z.string().regex(/^\d{4}\/\d{4}$/, 'Tahun ajaran berformat 2025/2026').refine((v) => Number(v.slice(5)) === Number(v.slice(0, 4)) + 1, 'Tahun ajaran harus dua tahun berurutan, mis. 2025/2026'),
  note: optionalText('Catatan', 1000),
});
export type SchoolRecordInput = z.input<typeof SchoolRecordInput>;

export const SchoolFeeInput = z.object({
  schoolRecordId: Id,
  lineId: Id,
  kind: z.enum(SCHOOL_FEE_KINDS, { error: 'Pilih jenis biaya' }),
  paidOn: IsoDate,
  amount: Rupiah('Jumlah').refine((v) => v > 0, 'Jumlah harus lebih dari 0'),
  description: trimmed('Uraian', 500),
  payee: optionalText('Penerima pembayaran', 200),
  proofNo: optionalText('Nomor bukti', 100),
  override: OverrideInput.nullable().default(null),
});
export type SchoolFeeInput = z.input<typeof SchoolFeeInput>;

export const VoidSchoolFeeInput = z.object({ id: Id, voidedOn: IsoDate, reason: trimmed('Alasan pembatalan', 500) });
export type VoidSchoolFeeInput = z.input<typeof VoidSchoolFeeInput>;

export const SchoolReportInput = z.object({
  schoolRecordId: Id,
  term: z.union([z.literal(1), z.literal(2)], { error: 'Pilih semester' }),
  average: z.number({ error: 'Nilai rata-rata harus berupa angka' }).min(0, 'Nilai rata-rata 0–100').max(100, 'Nilai rata-rata 0–100'),
  rank: z.number().int().min(1, 'Peringkat minimal 1').nullable().optional().transform((v) => v ?? null),
  classSize: z.number().int().min(1).nullable().optional().transform((v) => v ?? null),
  notes: optionalText('Catatan wali kelas', 1000),
});
export type SchoolReportInput = z.input<typeof SchoolReportInput>;

export const SchoolListInput = z.object({ schoolYear: z.string().max(9).optional(), residentId: Id.optional() }).optional();

export const RecapInput = z.object({ programmeId: Id, month: z.string().regex(/^\d{4}-\d{2}$/, 'Bulan berformat TTTT-BB'), paper: PaperSize });
export type RecapInput = z.input<typeof RecapInput>;
export const CompletionsInput = z
  .object({ from: IsoDate, to: IsoDate, paper: PaperSize })
  .refine((v) => v.to >= v.from, { path: ['to'], message: 'Tanggal akhir harus sesudah tanggal awal' });
export type CompletionsInput = z.input<typeof CompletionsInput>;

// ---- outputs

export interface HomeCourseType {
  id: number;
  name: string;
  active: boolean;
}

export interface Programme {
  id: number;
  name: string;
  kind: ProgrammeKind;
  /** Built-in code or `custom:<id>`. */
  courseType: string | null;
  courseTypeLabel: string | null;
  instructorName: string;
  instructorSource: (typeof INSTRUCTOR_SOURCES)[number];
  scheduleDays: number[];
  startTime: string;
  endTime: string;
  startDate: string;
  endDate: string;
  capacity: number;
  budgetLineId: number | null;
  budgetLineLabel: string | null;
  minAttendancePercent: number;
  assessmentType: (typeof ASSESSMENT_TYPES)[number];
  passingGrade: number | null;
  status: (typeof PROGRAMME_STATUSES)[number];
  note: string | null;
  /** Active + completed (withdrawn residents free their place). */
  enrolledCount: number;
  completedCount: number;
  sessionCount: number;
}

export interface TrainingAssessment {
  id: number;
  assessedOn: string;
  competent: boolean | null;
  grade: number | null;
  passed: boolean;
  note: string | null;
  assessedBy: string | null;
}

export interface Enrolment {
  id: number;
  programmeId: number;
  residentId: number;
  residentName: string;
  registrationNo: string;
  enrolledOn: string;
  status: 'active' | 'completed' | 'withdrawn';
  withdrawnOn: string | null;
  withdrawReason: string | null;
  completedOn: string | null;
  certificateNo: string | null;
  /** Sessions of the programme held while enrolled (from enrolment to withdrawal). */
  sessionsHeld: number;
  present: number;
  minutesPresent: number;
  /** present ÷ sessionsHeld × 100, one decimal; null before any session. */
  rate: number | null;
  latest: TrainingAssessment | null;
  /** Why the enrolment cannot be completed yet (empty: it can). */
  blockers: string[];
}

export interface AttendanceMark {
  enrolmentId: number;
  status: AttendanceStatus;
  note: string | null;
}

export interface TrainingSession {
  id: number;
  heldOn: string;
  topic: string;
  durationMinutes: number;
  note: string | null;
  present: number;
  marked: number;
  attendance: AttendanceMark[];
  recordedBy: string | null;
}

export interface ProgrammeDetail {
  programme: Programme;
  enrolments: Enrolment[];
  sessions: TrainingSession[];
  /** Σ present ÷ Σ sessions held while enrolled, over every enrolment; null before any session. */
  rate: number | null;
}

export interface SchoolFee {
  id: number;
  kind: (typeof SCHOOL_FEE_KINDS)[number];
  paidOn: string;
  amount: number;
  description: string;
  spendingId: number | null;
  lineLabel: string | null;
  voidedOn: string | null;
  voidReason: string | null;
}

export interface SchoolReport {
  id: number;
  term: 1 | 2;
  average: number;
  rank: number | null;
  classSize: number | null;
  notes: string | null;
}

export interface SchoolRecord {
  id: number;
  residentId: number;
  residentName: string;
  registrationNo: string;
  schoolName: string;
  level: (typeof SCHOOL_LEVELS)[number];
  grade: string;
  schoolYear: string;
  note: string | null;
  /** Fees not voided. */
  feesTotal: number;
  fees: SchoolFee[];
  reports: SchoolReport[];
}

export interface ResidentTraining {
  enrolments: (Enrolment & { programmeName: string; kind: ProgrammeKind })[];
  schools: SchoolRecord[];
}

export interface RecapData {
  programme: Programme;
  month: string;
  sessions: { id: number; heldOn: string; topic: string }[];
  rows: { enrolmentId: number; residentName: string; registrationNo: string; marks: (AttendanceStatus | null)[]; present: number; held: number; rate: number | null }[];
  totals: { present: number; held: number; rate: number | null; perSession: number[] };
}

export interface CompletionRow {
  enrolmentId: number;
  certificateNo: string;
  completedOn: string;
  residentName: string;
  registrationNo: string;
  programmeName: string;
  kind: ProgrammeKind;
  rate: number | null;
  result: string;
}

export interface CompletionsData {
  from: string;
  to: string;
  rows: CompletionRow[];
}

type Xlsx = { fileName: string; base64: string };

export const trainingChannels = {
  'training.courseTypes': channel<HomeCourseType[]>()(NoInput, TRAINING_READERS),
  'training.saveCourseType': channel<HomeCourseType>()(CourseTypeInput, TRAINING_SETUP),
  'training.programmes': channel<Programme[]>()(ProgrammeListInput, TRAINING_READERS),
  'training.programme': channel<ProgrammeDetail>()(z.object({ id: Id }), TRAINING_READERS),
  'training.saveProgramme': channel<Programme>()(ProgrammeInput, TRAINING_SETUP),
  'training.enrol': channel<Enrolment[]>()(EnrolInput, TRAINING_SETUP),
  'training.withdraw': channel<Enrolment>()(WithdrawInput, TRAINING_SETUP),
  'training.recordSession': channel<TrainingSession>()(SessionInput, TRAINING_RECORDERS),
  'training.assess': channel<Enrolment>()(TrainingAssessmentInput, TRAINING_RECORDERS),
  'training.complete': channel<Enrolment>()(CompleteInput, TRAINING_COMPLETERS),
  'training.certificate': channel<PrintableReport>()(CertificateInput, TRAINING_READERS),
  'training.residentSummary': channel<ResidentTraining>()(z.object({ residentId: Id }), TRAINING_READERS),
  'training.recapData': channel<RecapData>()(RecapInput, TRAINING_READERS),
  'training.recapReport': channel<PrintableReport>()(RecapInput, TRAINING_READERS),
  'training.recapXlsx': channel<Xlsx>()(RecapInput, TRAINING_READERS),
  'training.completionsReport': channel<PrintableReport>()(CompletionsInput, TRAINING_READERS),
  'training.completionsXlsx': channel<Xlsx>()(CompletionsInput, TRAINING_READERS),
  'school.records': channel<SchoolRecord[]>()(SchoolListInput, TRAINING_READERS),
  'school.record': channel<SchoolRecord>()(z.object({ id: Id }), TRAINING_READERS),
  'school.saveRecord': channel<SchoolRecord>()(SchoolRecordInput, TRAINING_SETUP),
  'school.payFee': channel<SchoolRecord>()(SchoolFeeInput, SPENDING_WRITERS),
  'school.voidFee': channel<SchoolRecord>()(VoidSchoolFeeInput, SPENDING_WRITERS),
  'school.saveReport': channel<SchoolRecord>()(SchoolReportInput, TRAINING_RECORDERS),
} as const;
