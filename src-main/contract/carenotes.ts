import { z } from 'zod';
import { channel, Id, NoInput, optionalText, trimmed } from './common';
import { CARE_NOTE_CATEGORIES, INCIDENT_SEVERITIES, SHIFTS } from './reference';
import { IsoDate } from './validators';

const Time = z
  .string()
  .regex(/^([01]\d|2[0-3])[.:][0-5]\d$/, 'Jam harus berformat JJ.MM')
  .transform((v) => v.replace('.', ':'))
  .optional()
  .nullable()
  .or(z.literal('').transform(() => null))
  .transform((v) => v ?? null);

export const CareNoteInput = z.object({
  residentId: Id,
  notedOn: IsoDate,
  notedTime: Time,
  shift: z.enum(SHIFTS, { error: 'Pilih sif' }),
  category: z.enum(CARE_NOTE_CATEGORIES, { error: 'Pilih jenis catatan' }),
  note: trimmed('Catatan', 4000),
});
export type CareNoteInput = z.input<typeof CareNoteInput>;

export const IncidentInput = z.object({
  residentId: Id,
  occurredOn: IsoDate,
  occurredTime: Time,
  severity: z.enum(INCIDENT_SEVERITIES, { error: 'Pilih tingkat keparahan' }),
  description: trimmed('Uraian kejadian', 4000),
  actionTaken: trimmed('Tindakan yang diambil', 4000),
  followUp: optionalText('Tindak lanjut', 4000),
  followUpDue: IsoDate.optional().nullable().or(z.literal('').transform(() => null)).transform((v) => v ?? null),
});
export type IncidentInput = z.input<typeof IncidentInput>;

export const IncidentFollowUpInput = z.object({
  id: Id,
  followUp: optionalText('Tindak lanjut', 4000),
  followUpDue: IsoDate.optional().nullable().or(z.literal('').transform(() => null)).transform((v) => v ?? null),
  resolvedOn: IsoDate.optional().nullable().or(z.literal('').transform(() => null)).transform((v) => v ?? null),
});

export interface CareNote {
  id: number;
  residentId: number;
  residentName: string;
  room: string | null;
  notedOn: string;
  notedTime: string | null;
  shift: (typeof SHIFTS)[number];
  category: (typeof CARE_NOTE_CATEGORIES)[number];
  note: string;
  recordedBy: string | null;
  recordedAt: string;
}

export interface Incident {
  id: number;
  residentId: number;
  residentName: string;
  room: string | null;
  occurredOn: string;
  occurredTime: string | null;
  severity: (typeof INCIDENT_SEVERITIES)[number];
  description: string;
  actionTaken: string;
  followUp: string | null;
  followUpDue: string | null;
  resolvedOn: string | null;
  recordedBy: string | null;
  recordedAt: string;
}

export interface CareDay {
  date: string;
  shift: (typeof SHIFTS)[number] | null;
  notes: CareNote[];
  incidents: Incident[];
  /** Active residents with no note in this day (and shift): who has not been seen yet. */
  residentsWithoutNote: { id: number; fullName: string; room: string | null }[];
}

const CARE_ROLES = ['province_admin', 'admin', 'head', 'caregiver'] as const;
const range = z.object({ residentId: Id, from: IsoDate.optional(), to: IsoDate.optional() });

export const carenotesChannels = {
  'carenotes.add': channel<CareNote>()(CareNoteInput, CARE_ROLES),
  'carenotes.forResident': channel<{ notes: CareNote[]; incidents: Incident[] }>()(range, CARE_ROLES),
  'carenotes.day': channel<CareDay>()(z.object({ date: IsoDate, shift: z.enum(SHIFTS).optional() }), CARE_ROLES),
  'incidents.add': channel<Incident>()(IncidentInput, CARE_ROLES),
  'incidents.followUp': channel<Incident>()(IncidentFollowUpInput, CARE_ROLES),
  'incidents.open': channel<Incident[]>()(NoInput, CARE_ROLES),
} as const;
