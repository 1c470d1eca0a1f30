import { z } from 'zod';
import { channel, Id, NoInput, optionalText, trimmed } from './common';
import { DocumentUploadInput, type ResidentDocument } from './documents';
import { DISABILITY_TYPES, DOCUMENT_TYPES, REFERRAL_SOURCES, SEXES } from './reference';
import { PaperSize, type PrintableReport } from './reports';
import { GuardianInput, PersonIdentity } from './residents';
import { OverrideInput } from './spending';
import { IsoDate } from './validators';

/** Who reads the intake area; who registers and decides; who assesses; who approves. */
export const INTAKE_READERS = ['province_admin', 'admin', 'head', 'caregiver'] as const;
export const INTAKE_WRITERS = ['province_admin', 'admin'] as const;
export const INTAKE_ASSESSORS = ['province_admin', 'admin', 'head', 'caregiver'] as const;
export const INTAKE_DECIDERS = ['province_admin', 'admin', 'head'] as const;

export const APPLICATION_STATUSES = ['registered', 'waitlisted', 'rejected', 'referred', 'admitted'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  registered: 'Terdaftar',
  waitlisted: 'Daftar tunggu',
  rejected: 'Tidak diterima',
  referred: 'Dirujuk ke lembaga lain',
  admitted: 'Diterima (penerima manfaat)',
};

export const DECISIONS = ['accepted', 'waitlisted', 'rejected', 'referred'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_LABELS: Record<Decision, string> = {
  accepted: 'Diterima',
  waitlisted: 'Daftar tunggu',
  rejected: 'Tidak diterima',
  referred: 'Dirujuk ke lembaga lain',
};

/** The applicant's referral (rujukan) and what the resident file will carry over. */
export const ApplicationInput = PersonIdentity.extend({
  applicationDate: IsoDate,
  referralSource: z.enum(REFERRAL_SOURCES, { error: 'Pilih asal rujukan' }),
  referrerName: optionalText('Nama perujuk', 150),
  referralLetterNo: optionalText('Nomor surat rujukan', 100),
  referralLetterDate: IsoDate.optional()
    .nullable()
    .or(z.literal('').transform(() => null))
    .transform((v) => v ?? null),
  healthNotes: optionalText('Riwayat kesehatan', 4000),
  notes: optionalText('Catatan', 2000),
  guardians: z.array(GuardianInput).max(10, 'Paling banyak 10 wali/keluarga').default([]),
});
export type ApplicationInput = z.input<typeof ApplicationInput>;

const ageBound = z.number().int().min(0, 'Umur tidak boleh negatif').max(120, 'Umur paling tinggi 120').nullable().default(null);

export const CriteriaInput = z
  .object({
    minAge: ageBound,
    maxAge: ageBound,
    sexes: z.array(z.enum(SEXES)).default([]),
    pmksCategories: z.array(z.number().int().min(1).max(26)).default([]),
    disabilityTypes: z.array(z.enum(DISABILITY_TYPES)).default([]),
    requiredDocuments: z.array(z.enum(DOCUMENT_TYPES)).default([]),
  })
  .refine((v) => v.minAge == null || v.maxAge == null || v.maxAge >= v.minAge, { path: ['maxAge'], message: 'Umur maksimal harus ≥ umur minimal' });
export type CriteriaInput = z.input<typeof CriteriaInput>;
export type Criteria = z.output<typeof CriteriaInput>;

export const CRITERIA_KEYS = ['age', 'sex', 'pmks', 'disability', 'documents'] as const;
export type CriteriaKey = (typeof CRITERIA_KEYS)[number];

/** One admission criterion for one applicant: passed or not, and why, in words. */
export interface CriterionResult {
  key: CriteriaKey;
  label: string;
  pass: boolean;
  reason: string;
}

export interface ScoreItem {
  id: number;
  name: string;
  description: string | null;
  weight: number;
  active: boolean;
}

export const ScoreItemsInput = z.object({
  items: z
    .array(
      z.object({
        id: Id.optional(),
        name: trimmed('Nama kriteria', 100),
        description: optionalText('Keterangan', 300),
        weight: z.number({ error: 'Bobot wajib diisi' }).int('Bobot harus bilangan bulat').min(1, 'Bobot paling kecil 1').max(100, 'Bobot paling besar 100'),
      }),
    )
    .min(1, 'Isi paling sedikit satu kriteria penilaian')
    .max(20),
});
export type ScoreItemsInput = z.input<typeof ScoreItemsInput>;

/** Each item is scored 1 (lowest need) … 5 (highest need). */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

export const IntakeAssessmentInput = z.object({
  applicationId: Id,
  assessedOn: IsoDate,
  values: z.array(z.object({ itemId: Id, value: z.number().int().min(SCORE_MIN, 'Nilai 1–5').max(SCORE_MAX, 'Nilai 1–5') })).min(1, 'Isi nilai setiap kriteria'),
  notes: optionalText('Catatan asesmen', 2000),
});
export type IntakeAssessmentInput = z.input<typeof IntakeAssessmentInput>;

export interface IntakeAssessment {
  id: number;
  assessedOn: string;
  scores: { itemId: number; name: string; weight: number; value: number }[];
  /** 0–100, one decimal. */
  score: number;
  notes: string | null;
  assessedBy: string | null;
}

export interface ApplicationDocument extends Omit<ResidentDocument, 'residentId'> {
  applicationId: number;
}

export const ApplicationDocumentUploadInput = DocumentUploadInput.omit({ residentId: true }).extend({ applicationId: Id });
export type ApplicationDocumentUploadInput = z.input<typeof ApplicationDocumentUploadInput>;

export interface DecisionRecord {
  id: number;
  roundId: number;
  roundName: string;
  decision: Decision;
  reason: string;
  referredTo: string | null;
  score: number | null;
  override: { by: string; reason: string } | null;
  letterNo: string | null;
  decidedBy: string | null;
  decidedAt: string;
  roundApproved: boolean;
}

export interface ApplicationRow {
  id: number;
  applicationNo: string;
  applicationDate: string;
  fullName: string;
  sex: 'L' | 'P';
  birthDate: string | null;
  age: number | null;
  pmksCategory: number;
  referralSource: string;
  status: ApplicationStatus;
  roundId: number | null;
  roundName: string | null;
  score: number | null;
  criteriaPass: boolean;
  failedCriteria: string[];
  /** The decision in the current round, before the head's approval. */
  pendingDecision: Decision | null;
  residentId: number | null;
}

export interface ApplicationDetail extends Omit<z.output<typeof ApplicationInput>, 'guardians'> {
  id: number;
  applicationNo: string;
  status: ApplicationStatus;
  roundId: number | null;
  roundName: string | null;
  residentId: number | null;
  residentRegistrationNo: string | null;
  guardians: z.output<typeof GuardianInput>[];
  criteria: CriterionResult[];
  nikWarnings: string[];
  assessments: IntakeAssessment[];
  documents: ApplicationDocument[];
  decisions: DecisionRecord[];
  createdAt: string;
}

export const ApplicationListInput = z.object({
  status: z.enum(APPLICATION_STATUSES).optional(),
  roundId: Id.optional(),
  q: z.string().trim().max(100).optional(),
});

export const CommitteeMember = z.object({ name: trimmed('Nama anggota', 150), nip: optionalText('NIP', 30), role: trimmed('Jabatan dalam tim', 100) });

export const RoundInput = z
  .object({
    name: trimmed('Nama periode', 150),
    startDate: IsoDate,
    endDate: IsoDate,
    minutesNo: optionalText('Nomor berita acara', 100),
    chairName: trimmed('Ketua tim seleksi', 150),
    chairNip: optionalText('NIP ketua', 30),
    members: z.array(CommitteeMember).max(10).default([]),
    /** Only needed when the home's capacity is not set. */
    quota: z.number().int().min(0).max(5000).nullable().default(null),
  })
  .refine((v) => v.endDate >= v.startDate, { path: ['endDate'], message: 'Tanggal akhir harus sesudah tanggal mulai' });
export type RoundInput = z.input<typeof RoundInput>;

export interface RoundSummary {
  id: number;
  name: string;
  startDate: string;
  endDate: string;
  status: 'open' | 'approved';
  quota: number;
  applicants: number;
  accepted: number;
  approvedOn: string | null;
}

export interface RoundEntry {
  rank: number;
  applicationId: number;
  applicationNo: string;
  fullName: string;
  sex: 'L' | 'P';
  age: number | null;
  pmksCategory: number;
  score: number | null;
  assessed: boolean;
  criteriaPass: boolean;
  failedCriteria: string[];
  decision: DecisionRecord | null;
  residentId: number | null;
}

export interface QuotaFacts {
  capacity: number | null;
  activeResidents: number;
  /** capacity − active residents: negative when the home is over capacity (an overflow); null when capacity is not set. */
  free: number | null;
}

/** The head approved a round although its acceptances took the home past its capacity. */
export interface CapacityOverride {
  capacity: number;
  /** Residents present (active) when the round was approved. */
  present: number;
  accepted: number;
  reason: string;
}

/** Refusal of an approval that would take the home past its capacity: the head may override with a reason. */
export interface OverCapacityDetails {
  kind: 'over-capacity';
  capacity: number;
  present: number;
  accepted: number;
  excess: number;
}

export interface RoundDetail extends RoundSummary {
  minutesNo: string | null;
  chairName: string;
  chairNip: string | null;
  members: z.output<typeof CommitteeMember>[];
  computedQuota: number | null;
  quotaReason: string | null;
  quotaFacts: QuotaFacts;
  approvedBy: string | null;
  capacityOverride: CapacityOverride | null;
  entries: RoundEntry[];
  undecided: number;
}

export const DecideInput = z.object({
  roundId: Id,
  applicationId: Id,
  decision: z.enum(DECISIONS, { error: 'Pilih keputusan' }),
  reason: trimmed('Alasan keputusan', 1000),
  referredTo: optionalText('Dirujuk ke', 200),
  override: OverrideInput.nullable().default(null),
});
export type DecideInput = z.input<typeof DecideInput>;

/** Refusal of an acceptance past the quota: the UI offers the head's override. */
export interface OverQuotaDetails {
  kind: 'over-quota';
  quota: number;
  accepted: number;
}

export interface IntakeOverview {
  byStatus: Record<ApplicationStatus, number>;
  quotaFacts: QuotaFacts;
  openRound: RoundSummary | null;
  pendingApproval: boolean;
}

export const intakeChannels = {
  'intake.overview': channel<IntakeOverview>()(NoInput, INTAKE_READERS),
  'intake.criteria': channel<Criteria>()(NoInput, INTAKE_READERS),
  'intake.saveCriteria': channel<Criteria>()(CriteriaInput, INTAKE_WRITERS),
  'intake.scoreItems': channel<ScoreItem[]>()(NoInput, INTAKE_READERS),
  'intake.saveScoreItems': channel<ScoreItem[]>()(ScoreItemsInput, INTAKE_WRITERS),
  'intake.list': channel<ApplicationRow[]>()(ApplicationListInput, INTAKE_READERS),
  'intake.get': channel<ApplicationDetail>()(z.object({ id: Id }), INTAKE_READERS),
  'intake.register': channel<ApplicationDetail>()(z.object({ application: ApplicationInput }), INTAKE_WRITERS),
  'intake.update': channel<ApplicationDetail>()(z.object({ id: Id, application: ApplicationInput }), INTAKE_WRITERS),
  'intake.uploadDocument': channel<ApplicationDocument>()(ApplicationDocumentUploadInput, INTAKE_WRITERS),
  'intake.getDocument': channel<ApplicationDocument & { base64: string }>()(z.object({ id: Id }), INTAKE_READERS),
  'intake.removeDocument': channel<null>()(z.object({ id: Id, reason: trimmed('Alasan', 500) }), INTAKE_WRITERS),
  'intake.assess': channel<ApplicationDetail>()(IntakeAssessmentInput, INTAKE_ASSESSORS),
  'intake.rounds': channel<RoundSummary[]>()(NoInput, INTAKE_READERS),
  'intake.round': channel<RoundDetail>()(z.object({ id: Id }), INTAKE_READERS),
  'intake.quotaFacts': channel<QuotaFacts>()(NoInput, INTAKE_READERS),
  'intake.createRound': channel<RoundDetail>()(RoundInput, INTAKE_WRITERS),
  'intake.setQuota': channel<RoundDetail>()(
    z.object({ id: Id, quota: z.number({ error: 'Kuota wajib diisi' }).int().min(0, 'Kuota tidak boleh negatif').max(5000), reason: trimmed('Alasan perubahan kuota', 500) }),
    INTAKE_WRITERS,
  ),
  'intake.decide': channel<RoundDetail>()(DecideInput, INTAKE_DECIDERS),
  'intake.approveRound': channel<RoundDetail>()(
    z.object({
      id: Id,
      approvedOn: IsoDate,
      /** The head's explicit approval past the home's capacity, with the reason (shown on the round, audited). */
      capacityOverride: z.object({ reason: trimmed('Alasan melebihi kapasitas', 1000) }).nullable().default(null),
    }),
    ['head'],
  ),
  'intake.minutesReport': channel<PrintableReport>()(z.object({ id: Id, paper: PaperSize }), INTAKE_READERS),
  'intake.letterReport': channel<PrintableReport>()(z.object({ roundId: Id, applicationId: Id, paper: PaperSize }), INTAKE_READERS),
} as const;
