import { HomeProfileInput, type Home } from '@contract';
import { z } from 'zod';

/** Every form that edits a home profile nests it under `home`, so the shared field components fit all of them. */
export const HomeForm = z.object({ home: HomeProfileInput });
export type HomeFormValues = z.input<typeof HomeForm>;

export const IDENTITY_FIELDS = [
  'home.name',
  'home.type',
  'home.address',
  'home.province',
  'home.regency',
  'home.phone',
  'home.email',
  'home.logoDataUrl',
  'home.capacity',
  'home.timeZone',
] as const;

export const OFFICIALS_FIELDS = ['home.headName', 'home.headNip', 'home.financeName', 'home.financeNip'] as const;

export const HOME_FIELDS: readonly string[] = [...IDENTITY_FIELDS, ...OFFICIALS_FIELDS];

export const emptyHomeProfile = (): HomeProfileInput =>
  ({
    name: '',
    address: '',
    province: '',
    regency: '',
    phone: '',
    email: '',
    headName: '',
    headNip: '',
    financeName: '',
    financeNip: '',
    logoDataUrl: null,
    capacity: null,
    timeZone: 'Asia/Jakarta',
  }) as HomeProfileInput;

/** A stored home as form values (nulls become empty fields). */
export function homeToProfile(home: Home): HomeProfileInput {
  return {
    name: home.name,
    type: home.type,
    address: home.address,
    province: home.province,
    regency: home.regency,
    phone: home.phone ?? '',
    email: home.email ?? '',
    headName: home.headName,
    headNip: home.headNip,
    financeName: home.financeName,
    financeNip: home.financeNip,
    logoDataUrl: home.logoDataUrl,
    capacity: home.capacity,
    timeZone: home.timeZone,
  };
}

/** Maps a server field key of a channel whose input holds the profile under `prefix` to the form's `home.*`. */
export const homeKeyMapper =
  (prefix: '' | 'home.' | 'profile.') =>
  (serverKey: string): string | null =>
    serverKey.startsWith(prefix) ? `home.${serverKey.slice(prefix.length)}` : null;

/** The 38 provinces of Indonesia, offered as suggestions (any text is accepted). */
export const PROVINCES = [
  'Aceh',
  'Sumatera Utara',
  'Sumatera Barat',
  'Riau',
  'Kepulauan Riau',
  'Jambi',
  'Sumatera Selatan',
  'Kepulauan Bangka Belitung',
  'Bengkulu',
  'Lampung',
  'DKI Jakarta',
  'Jawa Barat',
  'Banten',
  'Jawa Tengah',
  'DI Yogyakarta',
  'Jawa Timur',
  'Bali',
  'Nusa Tenggara Barat',
  'Nusa Tenggara Timur',
  'Kalimantan Barat',
  'Kalimantan Tengah',
  'Kalimantan Selatan',
  'Kalimantan Timur',
  'Kalimantan Utara',
  'Sulawesi Utara',
  'Gorontalo',
  'Sulawesi Tengah',
  'Sulawesi Barat',
  'Sulawesi Selatan',
  'Sulawesi Tenggara',
  'Maluku',
  'Maluku Utara',
  'Papua',
  'Papua Barat',
  'Papua Barat Daya',
  'Papua Tengah',
  'Papua Pegunungan',
  'Papua Selatan',
];
