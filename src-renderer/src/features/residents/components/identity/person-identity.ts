import type { PersonIdentity } from '@contract';

/** The identity part of a person form, shared by residents and intake applicants: both keep it at the top level. */
export type PersonIdentityValues = PersonIdentity;

export const IDENTITY_FIELDS = [
  'fullName',
  'nickname',
  'nik',
  'kkNumber',
  'birthPlace',
  'birthDate',
  'birthDateEstimated',
  'sex',
  'religion',
  'education',
  'maritalStatus',
] as const;

export const ORIGIN_FIELDS = ['originProvince', 'originRegency', 'originDistrict', 'originVillage', 'originAddress'] as const;

export const CATEGORY_FIELDS = ['pmksCategory', 'disabilityType', 'disabilityDegree'] as const;

export const PERSON_IDENTITY_FIELDS: readonly string[] = [...IDENTITY_FIELDS, ...ORIGIN_FIELDS, ...CATEGORY_FIELDS];

/** Empty fields for a new person (sex and PMKS category start unchosen, so the form asks for them). */
export const emptyPersonIdentity = (): PersonIdentity =>
  ({
    fullName: '',
    nickname: '',
    nik: '',
    kkNumber: '',
    birthPlace: '',
    birthDate: null,
    birthDateEstimated: false,
    religion: null,
    education: null,
    maritalStatus: null,
    originProvince: '',
    originRegency: '',
    originDistrict: '',
    originVillage: '',
    originAddress: '',
    disabilityType: 'none',
    disabilityDegree: null,
  }) as PersonIdentity;

type StoredPerson = { [K in keyof PersonIdentity]-?: unknown } & {
  fullName: string;
  sex: 'L' | 'P';
  pmksCategory: number;
  birthDateEstimated: boolean;
};

/** A stored person as form values: empty texts instead of nulls. */
export function personIdentityOf(p: StoredPerson): PersonIdentity {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    fullName: p.fullName,
    nickname: text(p.nickname),
    nik: text(p.nik),
    kkNumber: text(p.kkNumber),
    birthPlace: text(p.birthPlace),
    birthDate: (p.birthDate as string | null) ?? null,
    birthDateEstimated: p.birthDateEstimated,
    sex: p.sex,
    religion: (p.religion as PersonIdentity['religion']) ?? null,
    education: (p.education as PersonIdentity['education']) ?? null,
    maritalStatus: (p.maritalStatus as PersonIdentity['maritalStatus']) ?? null,
    originProvince: text(p.originProvince),
    originRegency: text(p.originRegency),
    originDistrict: text(p.originDistrict),
    originVillage: text(p.originVillage),
    originAddress: text(p.originAddress),
    pmksCategory: p.pmksCategory,
    disabilityType: p.disabilityType as PersonIdentity['disabilityType'],
    disabilityDegree: (p.disabilityDegree as PersonIdentity['disabilityDegree']) ?? null,
  };
}
