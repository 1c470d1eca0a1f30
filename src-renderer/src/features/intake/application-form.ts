import { ApplicationInput, PMKS_WOMEN_ONLY, type ApplicationDetail } from '@contract';
import type { z } from 'zod';
import { emptyPersonIdentity, personIdentityOf } from '../residents/components/identity/person-identity';
import { homeToday } from '../../lib/home-clock';

/** The contract's schema plus the cross-field rule main checks, so it shows at the field before saving. */
export const ApplicationForm = ApplicationInput.superRefine((v, ctx) => {
  if (PMKS_WOMEN_ONLY.has(v.pmksCategory) && v.sex !== 'P') ctx.addIssue({ code: 'custom', path: ['pmksCategory'], message: 'Kategori PMKS 23 hanya untuk perempuan' });
});
export type ApplicationFormValues = z.input<typeof ApplicationForm>;
export type ApplicationFormOutput = z.output<typeof ApplicationForm>;

const FIELDS = new Set(Object.keys(ApplicationInput.shape));
/** Main reports `application.nik` (schema) or `nik` (service); the form has no prefix. */
export function applicationKeyMapper(serverKey: string): string | null {
  const key = serverKey.startsWith('application.') ? serverKey.slice('application.'.length) : serverKey;
  return FIELDS.has(key.split('.')[0]!) ? key : null;
}

export const emptyApplication = (): ApplicationFormValues => ({
  ...emptyPersonIdentity(),
  applicationDate: homeToday(),
  referralSource: undefined as unknown as ApplicationFormValues['referralSource'],
  referrerName: '',
  referralLetterNo: '',
  referralLetterDate: null,
  healthNotes: '',
  notes: '',
  guardians: [],
});

export function applicationToForm(a: ApplicationDetail): ApplicationFormValues {
  return {
    ...personIdentityOf(a),
    applicationDate: a.applicationDate,
    referralSource: a.referralSource,
    referrerName: a.referrerName ?? '',
    referralLetterNo: a.referralLetterNo ?? '',
    referralLetterDate: a.referralLetterDate,
    healthNotes: a.healthNotes ?? '',
    notes: a.notes ?? '',
    guardians: a.guardians.map((g) => ({ name: g.name, relationship: g.relationship, phone: g.phone ?? '', address: g.address ?? '', isPrimary: g.isPrimary })),
  };
}
