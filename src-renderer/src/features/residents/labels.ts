import {
  AGE_GROUPS,
  DISABILITY_DEGREE_LABELS,
  DISABILITY_LABELS,
  EDUCATION_LABELS,
  EXIT_TYPE_LABELS,
  HIV_LABELS,
  MARITAL_LABELS,
  PMKS_CATEGORIES,
  REFERRAL_LABELS,
  RELIGION_LABELS,
  RESIDENT_STATUS_LABELS,
  SEX_LABELS,
  type ResidentStatus,
} from '@contract';
import { useTranslation } from 'react-i18next';
import { REFERENCE_EN } from './reference-en';

/** The reference lists in Indonesian: the contract's labels, so forms, reports and exports use the same words. */
const REFERENCE_ID = {
  sex: SEX_LABELS,
  sexShort: { L: 'L', P: 'P' } as Record<'L' | 'P', string>,
  religion: RELIGION_LABELS,
  education: EDUCATION_LABELS,
  marital: MARITAL_LABELS,
  pmks: PMKS_CATEGORIES,
  disability: DISABILITY_LABELS,
  degree: DISABILITY_DEGREE_LABELS,
  referral: REFERRAL_LABELS,
  status: RESIDENT_STATUS_LABELS,
  exitType: EXIT_TYPE_LABELS,
  hiv: HIV_LABELS,
  ageGroup: Object.fromEntries(AGE_GROUPS.map((g) => [g.key, g.label])) as Record<string, string>,
};

export type Reference = typeof REFERENCE_ID;

/** The reference lists (PMKS, religion, exit types…) in the interface language, as plain lookups. */
export function useReference(): Reference {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? REFERENCE_EN : REFERENCE_ID;
}

/** `{ value, label }` options of a reference list, in its own order. */
export function optionsOf<K extends string | number>(labels: Record<K, string>, order?: readonly K[]): { value: string; label: string }[] {
  const keys = order ?? (Object.keys(labels) as K[]);
  return keys.map((k) => ({ value: String(k), label: labels[k] }));
}

export const PMKS_NUMBERS = Array.from({ length: 26 }, (_, i) => i + 1);

/** "8. Lanjut usia telantar" */
export const pmksLabel = (ref: Reference, n: number) => `${n}. ${ref.pmks[n] ?? ''}`;

export const STATUS_COLORS: Record<ResidentStatus, string> = { active: 'teal', discharged: 'gray', deceased: 'dark' };
