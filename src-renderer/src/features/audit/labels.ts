import type { AuditRecordRef, AuditRow } from '@contract';
import type { TFunction } from 'i18next';
import { currentLanguage } from '../../lib/i18n';
import { ACTION_WORDS, AREA_WORDS, ENTITY_WORDS, REPORT_WORDS } from './words';

type Words = Record<string, readonly [string, string]>;

/** A stored identifier no table knows yet ('follow-up', 'new_kind') as words, never as the raw token. */
const humanize = (raw: string) => {
  const words = raw.replace(/[._-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const word = (table: Words, key: string): string => {
  const found = table[key];
  return found ? found[currentLanguage() === 'en' ? 1 : 0] : humanize(key);
};

export const KNOWN_ENTITIES: readonly string[] = Object.keys(ENTITY_WORDS);
export const KNOWN_AREAS: readonly string[] = Object.keys(AREA_WORDS);

/** The Indonesian/English word for an audit action. */
export function actionLabel(_t: TFunction, action: string): string {
  return word(ACTION_WORDS, action);
}

/** The Indonesian/English name of a kind of record. */
export function entityLabel(_t: TFunction, entity: string): string {
  return word(ENTITY_WORDS, entity);
}

/** The report a print or export entry is about. */
export const reportLabel = (report: string): string => word(REPORT_WORDS, report);

/** The feature area a channel belongs to ("carenotes.add" → "Catatan pengasuhan"). */
export const areaLabel = (channel: string): string => word(AREA_WORDS, channel.split('.')[0] ?? channel);

/** What an entry is about, in words: "Penerima manfaat · Siti Rahmawati", "Laporan · Rekap penerima manfaat". */
export function recordText(t: TFunction, row: Pick<AuditRow, 'entity' | 'recordName' | 'reportKind'>): string {
  const what = entityLabel(t, row.entity);
  if (row.entity === 'report' && row.reportKind) return `${what} · ${reportLabel(row.reportKind)}`;
  return row.recordName ? `${what} · ${row.recordName}` : what;
}

/** The page a record opens on, where it has one. */
export function recordHref(ref: AuditRecordRef): string {
  switch (ref.kind) {
    case 'resident':
      return `/residents/${ref.id}`;
    case 'user':
      return '/settings/users';
    case 'funeral':
      return `/exits/funerals/${ref.id}`;
    case 'repatriation':
      return `/exits/repatriations/${ref.id}`;
    case 'application':
      return `/intake/applicants/${ref.id}`;
    case 'round':
      return `/intake/rounds/${ref.id}`;
    case 'spending':
      return `/budget/spending/${ref.id}`;
    case 'meal_purchase':
      return `/meals/purchases/${ref.id}`;
    case 'medicine_batch':
      return `/medicine/stock/${ref.id}`;
    case 'doctor_visit':
      return `/medicine/visits/${ref.id}`;
    case 'programme':
      return `/training/programmes/${ref.id}`;
    case 'school':
      return '/training/school';
  }
}

export const ACTION_COLORS: Record<string, string> = {
  create: 'teal',
  update: 'blue',
  activate: 'teal',
  deactivate: 'orange',
  login: 'gray',
  lockout: 'red',
  'change-password': 'grape',
  'reset-password': 'grape',
  restore: 'red',
  view: 'gray',
  print: 'indigo',
  export: 'indigo',
  cancel: 'orange',
  void: 'orange',
  undo: 'orange',
  'undo-exit': 'orange',
  override: 'yellow',
  approve: 'teal',
};
