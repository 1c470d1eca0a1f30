import { z } from 'zod';
import { channel, Id, NoInput, optionalText, trimmed, type Role } from './common';
import {
  DISABILITY_DEGREES,
  DISABILITY_TYPES,
  EDUCATION_LEVELS,
  EXIT_TYPES,
  HIV_STATUSES,
  MARITAL_STATUSES,
  REFERRAL_SOURCES,
  RELIGIONS,
  RESIDENT_STATUSES,
  SEXES,
} from './reference';
import { IsoDate, optionalDigits16, optionalNik, PhoneSchema } from './validators';

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .enum(values)
    .optional()
    .nullable()
    .transform((v) => v ?? null);

const optionalDate = IsoDate.optional()
  .nullable()
  .or(z.literal('').transform(() => null))
  .transform((v) => v ?? null);

const PHOTO_MAX_CHARS = 400_000;

/**
 * The identity of a person: shared by residents and intake applicants (one form part, one set of rules).
 */
export const PersonIdentity = z.object({
  fullName: trimmed('Nama lengkap', 150),
  nickname: optionalText('Nama panggilan', 60),
  nik: optionalNik,
  kkNumber: optionalDigits16('No. KK'),
  birthPlace: optionalText('Tempat lahir', 100),
  birthDate: optionalDate,
  birthDateEstimated: z.boolean().default(false),
  sex: z.enum(SEXES, { error: 'Pilih jenis kelamin' }),
  religion: optionalEnum(RELIGIONS),
  education: optionalEnum(EDUCATION_LEVELS),
  maritalStatus: optionalEnum(MARITAL_STATUSES),
  originProvince: optionalText('Provinsi asal', 100),
  originRegency: optionalText('Kabupaten/kota asal', 100),
  originDistrict: optionalText('Kecamatan asal', 100),
  originVillage: optionalText('Desa/kelurahan asal', 100),
  originAddress: optionalText('Alamat asal', 500),
  pmksCategory: z.number({ error: 'Pilih kategori PMKS' }).int().min(1, 'Pilih kategori PMKS').max(26, 'Pilih kategori PMKS'),
  disabilityType: z.enum(DISABILITY_TYPES).default('none'),
  disabilityDegree: optionalEnum(DISABILITY_DEGREES),
});
export type PersonIdentity = z.input<typeof PersonIdentity>;

export const GuardianInput = z.object({
  name: trimmed('Nama wali/keluarga', 150),
  relationship: trimmed('Hubungan', 60),
  phone: PhoneSchema,
  address: optionalText('Alamat', 500),
  isPrimary: z.boolean().default(false),
});
export type GuardianInput = z.input<typeof GuardianInput>;

export const ResidentInput = PersonIdentity.extend({
  referralSource: optionalEnum(REFERRAL_SOURCES),
  referralNote: optionalText('Keterangan rujukan', 500),
  admissionDate: IsoDate,
  room: optionalText('Kamar/wisma', 60),
  photoDataUrl: z
    .string()
    .max(PHOTO_MAX_CHARS, 'Foto terlalu besar')
    .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/, 'Foto harus gambar PNG, JPG atau WebP')
    .optional()
    .nullable()
    .transform((v) => v ?? null),
  allergies: optionalText('Alergi', 500),
  specialDiet: optionalText('Diet khusus', 500),
  notes: optionalText('Catatan', 2000),
  healthNotes: optionalText('Riwayat kesehatan', 4000),
  hivStatus: z.enum(HIV_STATUSES).default('unknown'),
  criminalHistory: optionalText('Riwayat hukum', 4000),
  guardians: z.array(GuardianInput).max(10, 'Paling banyak 10 wali/keluarga').default([]),
});
export type ResidentInput = z.input<typeof ResidentInput>;

/** Fields some roles may not see: the service blanks them and lists them in `hiddenFields`. */
export const SENSITIVE_FIELDS = ['healthNotes', 'hivStatus', 'criminalHistory'] as const;
export type SensitiveField = (typeof SENSITIVE_FIELDS)[number];

/** Who may not see which sensitive field (UU 27/2022: health, HIV status and criminal records are specific data). */
export const HIDDEN_FIELDS_BY_ROLE: Record<Role, SensitiveField[]> = {
  province_admin: [],
  admin: [],
  head: [],
  caregiver: ['hivStatus', 'criminalHistory'],
  finance: ['healthNotes', 'hivStatus', 'criminalHistory'],
};

export type ResidentStatus = (typeof RESIDENT_STATUSES)[number];
export type ExitType = (typeof EXIT_TYPES)[number];

export interface Guardian {
  id: number;
  name: string;
  relationship: string;
  phone: string | null;
  address: string | null;
  isPrimary: boolean;
}

export interface ResidentDetail {
  id: number;
  homeId: number;
  registrationNo: string;
  fullName: string;
  nickname: string | null;
  nik: string | null;
  kkNumber: string | null;
  birthPlace: string | null;
  birthDate: string | null;
  birthDateEstimated: boolean;
  sex: 'L' | 'P';
  religion: string | null;
  education: string | null;
  maritalStatus: string | null;
  originProvince: string | null;
  originRegency: string | null;
  originDistrict: string | null;
  originVillage: string | null;
  originAddress: string | null;
  pmksCategory: number;
  disabilityType: string;
  disabilityDegree: string | null;
  referralSource: string | null;
  referralNote: string | null;
  admissionDate: string;
  room: string | null;
  photoDataUrl: string | null;
  allergies: string | null;
  specialDiet: string | null;
  notes: string | null;
  healthNotes: string | null;
  hivStatus: string | null;
  criminalHistory: string | null;
  hiddenFields: SensitiveField[];
  status: ResidentStatus;
  exitDate: string | null;
  exitType: ExitType | null;
  applicationId: number | null;
  guardians: Guardian[];
  /** A pending exit awaiting the head's approval, if any. */
  pendingExit: StatusChange | null;
  /** NIK agrees with birth date and sex? Warnings, never errors. */
  nikWarnings: string[];
  createdAt: string;
  updatedAt: string;
}

export interface ResidentListRow {
  id: number;
  registrationNo: string;
  fullName: string;
  nickname: string | null;
  nik: string | null;
  sex: 'L' | 'P';
  birthDate: string | null;
  age: number | null;
  pmksCategory: number;
  room: string | null;
  status: ResidentStatus;
  admissionDate: string;
  exitDate: string | null;
  hasAllergy: boolean;
  specialDiet: string | null;
}

export const RESIDENT_SORTS = ['name', 'registrationNo', 'admissionDate', 'age', 'room'] as const;

export const ResidentListInput = z.object({
  q: z.string().trim().max(100).optional(),
  statuses: z.array(z.enum(RESIDENT_STATUSES)).optional(),
  pmksCategory: z.number().int().min(1).max(26).optional(),
  sex: z.enum(SEXES).optional(),
  ageGroup: z.string().max(10).optional(),
  room: z.string().trim().max(60).optional(),
  sort: z.enum(RESIDENT_SORTS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  limit: z.number().int().min(1).max(20_000).default(20_000),
});
export type ResidentListInput = z.input<typeof ResidentListInput>;

export interface DuplicateMatch {
  id: number;
  registrationNo: string;
  fullName: string;
  birthDate: string | null;
  status: ResidentStatus;
  homeId: number;
  homeName: string;
}

export interface StatusChange {
  id: number;
  fromStatus: ResidentStatus | null;
  toStatus: ResidentStatus;
  exitType: ExitType | null;
  effectiveDate: string;
  reason: string;
  /** 'undone': an applied exit the head took back (see `residents.undoExit`); it no longer counts. */
  state: 'pending' | 'approved' | 'rejected' | 'undone';
  requestedBy: string | null;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  undoneBy: string | null;
  undoneAt: string | null;
  undoReason: string | null;
  /** The printed census periods the undo changed (the head confirmed it): the exit was in them as printed. */
  undoChangedPeriods?: PrintedPeriod[] | null;
}

/** A report period already printed or exported (from the audit log): the first time and who. */
export interface PrintedPeriod {
  from: string;
  to: string;
  printedAt: string;
  printedBy: string | null;
}

/** The refusal of an undo that would change printed census periods without the head's confirmation. */
export interface PrintedPeriodsDetails {
  kind: 'printed-periods';
  periods: PrintedPeriod[];
}

export interface PendingExit extends StatusChange {
  residentId: number;
  residentName: string;
  registrationNo: string;
}

const reason = trimmed('Alasan', 1000);

export const residentsChannels = {
  'residents.list': channel<{ rows: ResidentListRow[]; total: number }>()(ResidentListInput, ['province_admin', 'admin', 'head', 'caregiver']),
  'residents.rooms': channel<string[]>()(NoInput, ['province_admin', 'admin', 'head', 'caregiver']),
  'residents.get': channel<ResidentDetail>()(z.object({ id: Id }), ['province_admin', 'admin', 'head', 'caregiver']),
  'residents.checkDuplicates': channel<{ nikMatch: DuplicateMatch | null; similar: DuplicateMatch[] }>()(
    z.object({ nik: z.string().optional().nullable(), fullName: z.string().max(150), birthDate: z.string().optional().nullable(), excludeId: Id.optional() }),
    ['province_admin', 'admin'],
  ),
  'residents.create': channel<ResidentDetail>()(
    z.object({ resident: ResidentInput, acknowledgeSimilar: z.boolean().default(false) }),
    ['province_admin', 'admin'],
  ),
  'residents.update': channel<ResidentDetail>()(
    z.object({ id: Id, resident: ResidentInput, acknowledgeSimilar: z.boolean().default(false) }),
    ['province_admin', 'admin'],
  ),
  'residents.statusHistory': channel<StatusChange[]>()(z.object({ id: Id }), ['province_admin', 'admin', 'head', 'caregiver']),
  /** Proposes a discharge; the head's approval (termination) applies it. A head's own request applies at once. */
  'residents.requestExit': channel<ResidentDetail>()(
    z.object({ id: Id, exitType: z.enum(EXIT_TYPES, { error: 'Pilih jenis keluar' }), effectiveDate: IsoDate, reason }),
    ['province_admin', 'admin', 'head'],
  ),
  'residents.decideExit': channel<ResidentDetail>()(
    z.object({ changeId: Id, approve: z.boolean(), note: optionalText('Catatan', 1000) }),
    ['head'],
  ),
  'residents.pendingExits': channel<PendingExit[]>()(NoInput, ['province_admin', 'admin', 'head']),
  'residents.recordDeath': channel<ResidentDetail>()(z.object({ id: Id, effectiveDate: IsoDate, reason }), ['province_admin', 'admin', 'head']),
  /** The head takes back an applied exit or death recorded in error; linked exit costs already spent are voided on `voidedOn`. */
  'residents.undoExit': channel<ResidentDetail>()(
    z.object({
      changeId: Id,
      reason: trimmed('Alasan pembatalan', 1000),
      voidedOn: IsoDate,
      /** The head confirms the undo although it changes census periods already printed (listed in the refusal). */
      confirmPrinted: z.boolean().default(false),
    }),
    ['head'],
  ),
  'residents.readmit': channel<ResidentDetail>()(z.object({ id: Id, effectiveDate: IsoDate, reason }), ['province_admin', 'admin', 'head']),
  'residents.exportXlsx': channel<{ fileName: string; base64: string }>()(ResidentListInput, ['province_admin', 'admin', 'head']),
} as const;
