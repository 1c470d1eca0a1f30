import { PMKS_WOMEN_ONLY, ResidentInput, type ResidentDetail } from '@contract';
import type { z } from 'zod';
import { emptyPersonIdentity, personIdentityOf } from './components/identity/person-identity';
import { homeToday } from '../../lib/home-clock';

/**
 * The form validates with main's own schema, plus the two cross-field rules main checks in its service
 * (so they show at the field before saving rather than after).
 */
export const ResidentForm = ResidentInput.superRefine((v, ctx) => {
  if (PMKS_WOMEN_ONLY.has(v.pmksCategory) && v.sex !== 'P') {
    ctx.addIssue({ code: 'custom', path: ['pmksCategory'], message: 'Kategori PMKS 23 hanya untuk perempuan' });
  }
  if (v.birthDate && v.admissionDate && v.birthDate > v.admissionDate) {
    ctx.addIssue({ code: 'custom', path: ['admissionDate'], message: 'Tanggal masuk tidak boleh sebelum tanggal lahir' });
  }
});

export type ResidentFormValues = z.input<typeof ResidentForm>;
export type ResidentFormOutput = z.output<typeof ResidentForm>;

export const RESIDENT_FIELDS = new Set<string>(Object.keys(ResidentInput.shape));

/** Main reports fields of `residents.create/update` as `resident.nik`, `resident.guardians.0.phone`…; the form has no prefix. */
export function residentKeyMapper(serverKey: string): string | null {
  const key = serverKey.startsWith('resident.') ? serverKey.slice('resident.'.length) : serverKey;
  return RESIDENT_FIELDS.has(key.split('.')[0]!) ? key : null;
}

export const emptyResident = (): ResidentFormValues => ({
  ...emptyPersonIdentity(),
  referralSource: null,
  referralNote: '',
  admissionDate: homeToday(),
  room: '',
  photoDataUrl: null,
  allergies: '',
  specialDiet: '',
  notes: '',
  healthNotes: '',
  hivStatus: 'unknown',
  criminalHistory: '',
  guardians: [],
});

/** A stored resident as form values (texts never null, so inputs stay controlled). */
export function residentToForm(r: ResidentDetail): ResidentFormValues {
  return {
    ...personIdentityOf(r),
    referralSource: (r.referralSource as ResidentFormValues['referralSource']) ?? null,
    referralNote: r.referralNote ?? '',
    admissionDate: r.admissionDate,
    room: r.room ?? '',
    photoDataUrl: r.photoDataUrl,
    allergies: r.allergies ?? '',
    specialDiet: r.specialDiet ?? '',
    notes: r.notes ?? '',
    healthNotes: r.healthNotes ?? '',
    hivStatus: (r.hivStatus as ResidentFormValues['hivStatus']) ?? 'unknown',
    criminalHistory: r.criminalHistory ?? '',
    guardians: r.guardians.map((g) => ({ name: g.name, relationship: g.relationship, phone: g.phone ?? '', address: g.address ?? '', isPrimary: g.isPrimary })),
  };
}

export const emptyGuardian = (primary: boolean) => ({ name: '', relationship: '', phone: '', address: '', isPrimary: primary });
