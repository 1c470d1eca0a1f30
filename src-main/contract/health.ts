import { z } from 'zod';
import { Rupiah } from './budget';
import { Id, optionalText, trimmed } from './common';
import type { MarEntry, PrescriptionRow } from './medicine';
import { OverrideInput } from './spending';
import { IsoDate } from './validators';

/* Doctor visits and the resident's health record (the channels are in medicine.ts). */

export const VISIT_KINDS = ['doctor', 'psychiatrist', 'medical_social_worker'] as const;
export const VISIT_KIND_LABELS: Record<(typeof VISIT_KINDS)[number], string> = {
  doctor: 'Dokter',
  psychiatrist: 'Psikiater',
  medical_social_worker: 'Pekerja sosial medis',
};
export const VisitInput = z.object({
  visitedOn: IsoDate,
  kind: z.enum(VISIT_KINDS, { error: 'Pilih jenis tenaga kesehatan' }),
  practitioner: trimmed('Nama tenaga kesehatan', 200),
  findings: optionalText('Temuan', 4000),
  residents: z.array(z.object({ residentId: Id, note: optionalText('Catatan', 1000) })).min(1, 'Pilih paling sedikit satu penerima manfaat'),
  fee: Rupiah('Honor/biaya').default(0),
  lineId: Id.nullable().default(null),
  override: OverrideInput.nullable().default(null),
});
export type VisitInput = z.input<typeof VisitInput>;
export interface VisitRow {
  id: number;
  visitedOn: string;
  kind: (typeof VISIT_KINDS)[number];
  practitioner: string;
  findings: string | null;
  fee: number;
  lineId: number | null;
  spendingId: number | null;
  residents: { residentId: number; fullName: string; note: string | null }[];
  cancelled: { on: string; reason: string } | null;
}
export const VisitListInput = z.object({ from: IsoDate.optional(), to: IsoDate.optional(), residentId: Id.optional() });
export const CancelVisitInput = z.object({ id: Id, cancelledOn: IsoDate, reason: trimmed('Alasan pembatalan', 500) });

const Measure = (label: string, min: number, max: number) =>
  z.number({ error: `${label} harus berupa angka` }).min(min, `${label} tidak wajar`).max(max, `${label} tidak wajar`).nullable().default(null);
export const HealthEntryInput = z
  .object({
    residentId: Id,
    kind: z.enum(['diagnosis', 'vitals', 'referral']),
    date: IsoDate,
    title: optionalText('Judul', 300),
    detail: optionalText('Keterangan', 1000),
    note: optionalText('Catatan', 1000),
    weightKg: Measure('Berat badan', 1, 300),
    heightCm: Measure('Tinggi badan', 30, 250),
    systolic: Measure('Sistolik', 50, 260),
    diastolic: Measure('Diastolik', 30, 180),
    pulse: Measure('Nadi', 20, 250),
    temperature: Measure('Suhu', 30, 45),
  })
  .superRefine((v, ctx) => {
    if (v.kind !== 'vitals' && !v.title) ctx.addIssue({ code: 'custom', path: ['title'], message: v.kind === 'diagnosis' ? 'Diagnosis wajib diisi' : 'Rumah sakit tujuan wajib diisi' });
    if (v.kind === 'vitals' && [v.weightKg, v.heightCm, v.systolic, v.diastolic, v.pulse, v.temperature].every((x) => x == null)) {
      ctx.addIssue({ code: 'custom', path: ['weightKg'], message: 'Isi paling sedikit satu ukuran' });
    }
  });
export type HealthEntryInput = z.input<typeof HealthEntryInput>;
export interface HealthEntryRow {
  id: number;
  kind: 'diagnosis' | 'vitals' | 'referral';
  date: string;
  title: string | null;
  detail: string | null;
  note: string | null;
  weightKg: number | null;
  heightCm: number | null;
  systolic: number | null;
  diastolic: number | null;
  pulse: number | null;
  temperature: number | null;
  createdBy: string | null;
}
export interface HealthRecord {
  residentId: number;
  allergies: string | null;
  entries: HealthEntryRow[];
  visits: VisitRow[];
  prescriptions: PrescriptionRow[];
  /** MAR lines of the last 30 days, newest first. */
  recentMar: (MarEntry & { date: string; scheduledTime: string | null; medicineLabel: string })[];
}

