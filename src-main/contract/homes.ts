import { z } from 'zod';
import { channel, Id, NoInput, optionalText, trimmed } from './common';
import { DEFAULT_TIME_ZONE, HOME_TIME_ZONES, type HomeTimeZone } from './clock';
import { EmailSchema, NipSchema, PhoneSchema } from './validators';

export const HOME_TYPES = ['PSAA', 'PSAABR', 'PSBR', 'PSBN', 'PSBG', 'PSTW', 'PSKW', 'NAPZA'] as const;
export const HomeType = z.enum(HOME_TYPES, { error: 'Pilih jenis panti' });
export type HomeType = z.infer<typeof HomeType>;

/** Indonesian names of the home types, as used in letterheads and pickers. */
export const HOME_TYPE_NAMES: Record<HomeType, string> = {
  PSAA: 'Panti Sosial Asuhan Anak (PSAA / LKSA)',
  PSAABR: 'Panti Sosial Asuhan Anak dan Bina Remaja (PSAABR)',
  PSBR: 'Panti Sosial Bina Remaja (PSBR)',
  PSBN: 'Panti Sosial Bina Netra (PSBN)',
  PSBG: 'Panti Sosial Bina Grahita (PSBG)',
  PSTW: 'Panti Sosial Tresna Werdha (PSTW)',
  PSKW: 'Panti Sosial Karya Wanita (PSKW)',
  NAPZA: 'Panti Rehabilitasi Sosial Korban NAPZA',
};

const LOGO_MAX_CHARS = 700_000; // ~500 KB image as a data URL
export const LogoSchema = z
  .string()
  .max(LOGO_MAX_CHARS, 'Logo terlalu besar (maksimal 500 KB)')
  .regex(/^data:image\/(png|jpeg|svg\+xml|webp);base64,[A-Za-z0-9+/=]+$/, 'Logo harus gambar PNG, JPG, SVG atau WebP')
  .optional()
  .nullable();

export const HomeProfileInput = z.object({
  name: trimmed('Nama panti', 200),
  type: HomeType,
  address: trimmed('Alamat', 500),
  province: trimmed('Provinsi', 100),
  regency: trimmed('Kabupaten/kota', 100),
  phone: PhoneSchema,
  email: EmailSchema,
  headName: trimmed('Nama kepala UPTD', 150),
  headNip: NipSchema,
  financeName: trimmed('Nama bendahara pengeluaran', 150),
  financeNip: NipSchema,
  logoDataUrl: LogoSchema,
  /** Places for residents (the intake quota is capacity minus active residents); empty = not set. */
  capacity: z
    .number({ error: 'Kapasitas harus angka' })
    .int('Kapasitas harus bilangan bulat')
    .min(1, 'Kapasitas paling sedikit 1')
    .max(5000, 'Kapasitas paling banyak 5000')
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  /** WIB, WITA or WIT: the home's day, shifts and report dates follow it, wherever its server runs. */
  timeZone: z.enum(HOME_TIME_ZONES, { error: 'Pilih zona waktu panti' }).default(DEFAULT_TIME_ZONE),
});
export type HomeProfileInput = z.input<typeof HomeProfileInput>;

export interface Home {
  id: number;
  name: string;
  type: HomeType;
  address: string;
  province: string;
  regency: string;
  phone: string | null;
  email: string | null;
  headName: string;
  headNip: string;
  financeName: string;
  financeNip: string;
  logoDataUrl: string | null;
  capacity: number | null;
  timeZone: HomeTimeZone;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export type HomeSummary = Pick<Home, 'id' | 'name' | 'type' | 'regency' | 'active'>;

export const homesChannels = {
  'homes.list': channel<HomeSummary[]>()(NoInput, 'any'),
  'homes.get': channel<Home>()(z.object({ id: Id }), 'any'),
  'homes.create': channel<Home>()(HomeProfileInput, ['province_admin']),
  'homes.update': channel<Home>()(z.object({ id: Id, profile: HomeProfileInput }), ['province_admin', 'admin']),
  'homes.setActive': channel<Home>()(
    z.object({ id: Id, active: z.boolean(), reason: optionalText('Alasan') }),
    ['province_admin'],
  ),
} as const;
