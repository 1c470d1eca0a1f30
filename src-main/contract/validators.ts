import { clockNowMs, dayIn, DEFAULT_TIME_ZONE } from './clock';
import { z } from 'zod';

const DIGITS = /^\d+$/;

export interface NipParts {
  birthDate: string; // YYYY-MM-DD
  appointment: string; // YYYY-MM
  sex: 'L' | 'P';
  serial: string;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * NIP (civil servant number): birth date YYYYMMDD + appointment YYYYMM + sex digit (1/2) + serial (3).
 * Returns the parts, or an Indonesian message saying what is wrong.
 */
export function parseNip(raw: string): { ok: true; parts: NipParts } | { ok: false; message: string } {
  const nip = raw.replace(/\s+/g, '');
  if (!DIGITS.test(nip)) return { ok: false, message: 'NIP hanya boleh berisi angka' };
  if (nip.length !== 18) return { ok: false, message: `NIP harus 18 digit (sekarang ${nip.length})` };
  const by = Number(nip.slice(0, 4));
  const bm = Number(nip.slice(4, 6));
  const bd = Number(nip.slice(6, 8));
  if (by < 1940 || !isRealDate(by, bm, bd)) {
    return { ok: false, message: 'Delapan digit pertama NIP harus tanggal lahir yang sah (TTTTBBHH)' };
  }
  const ay = Number(nip.slice(8, 12));
  const am = Number(nip.slice(12, 14));
  if (am < 1 || am > 12 || ay < by + 15) {
    return { ok: false, message: 'Digit 9–14 NIP harus tahun dan bulan pengangkatan yang sah (TTTTBB)' };
  }
  const sex = nip[14];
  if (sex !== '1' && sex !== '2') return { ok: false, message: 'Digit ke-15 NIP (jenis kelamin) harus 1 atau 2' };
  return {
    ok: true,
    parts: {
      birthDate: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
      appointment: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
      sex: sex === '1' ? 'L' : 'P',
      serial: nip.slice(15),
    },
  };
}

export const NipSchema = z
  .string()
  .transform((v) => v.replace(/\s+/g, ''))
  .superRefine((v, ctx) => {
    const r = parseNip(v);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message });
  });

export const optionalNip = z
  .string()
  .optional()
  .transform((v) => (v ? v.replace(/\s+/g, '') : undefined))
  .superRefine((v, ctx) => {
    if (!v) return;
    const r = parseNip(v);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message });
  });

export const PASSWORD_MIN_LENGTH = 10;
const COMMON_PASSWORDS = new Set([
  'password123',
  'password1234',
  'qwerty12345',
  'admin12345',
  'administrator1',
  '1234567890',
  'sipanti123',
  'sipanti2026',
  'indonesia123',
  'rahasia123',
  'bismillah123',
]);

/** A password must be long, mix letters and digits, and not be a common or user-derived word. */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter`;
  }
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    return 'Kata sandi harus memuat huruf dan angka';
  }
  if (new Set(password.toLowerCase()).size < 5) return 'Kata sandi terlalu mudah ditebak (terlalu sedikit karakter berbeda)';
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return 'Kata sandi ini terlalu umum, pilih yang lain';
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    return 'Kata sandi tidak boleh memuat nama pengguna';
  }
  return null;
}

export const UsernameSchema = z
  .string({ error: 'Nama pengguna wajib diisi' })
  .trim()
  .toLowerCase()
  .min(3, 'Nama pengguna minimal 3 karakter')
  .max(40, 'Nama pengguna paling banyak 40 karakter')
  .regex(/^[a-z0-9._-]+$/, 'Nama pengguna hanya boleh huruf kecil, angka, titik, garis bawah atau tanda hubung');

export const PhoneSchema = z
  .string()
  .trim()
  .max(30)
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => !v || /^[+0-9 ()-]{6,30}$/.test(v), 'Nomor telepon tidak valid');

export const EmailSchema = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => !v || z.email().safeParse(v).success, 'Alamat e-mail tidak valid');

export interface NikParts {
  province: string;
  regency: string;
  district: string;
  birthDate: string; // YYYY-MM-DD, the century inferred
  sex: 'L' | 'P';
  serial: string;
}

/**
 * NIK: province (2) + regency (2) + district (2) + birth day (+40 for women) (2) + month (2) + year (2) + serial (4).
 * `referenceYear` decides the century of the two-digit year (a year after it belongs to the previous century).
 */
export function parseNik(raw: string, referenceYear = Number(dayIn(DEFAULT_TIME_ZONE, clockNowMs()).slice(0, 4))): { ok: true; parts: NikParts } | { ok: false; message: string } {
  const nik = raw.replace(/\s+/g, '');
  if (!DIGITS.test(nik)) return { ok: false, message: 'NIK hanya boleh berisi angka' };
  if (nik.length !== 16) return { ok: false, message: `NIK harus 16 digit (sekarang ${nik.length})` };
  if (nik.slice(0, 2) === '00' || nik.slice(2, 4) === '00') return { ok: false, message: 'Kode provinsi/kabupaten pada NIK tidak sah' };
  let day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const sex: 'L' | 'P' = day > 40 ? 'P' : 'L';
  if (day > 40) day -= 40;
  const century = 2000 + yy > referenceYear ? 1900 : 2000;
  const year = century + yy;
  if (!isRealDate(year, month, day)) {
    return { ok: false, message: 'Digit 7–12 NIK harus tanggal lahir yang sah (HHBBTT; tanggal perempuan ditambah 40)' };
  }
  if (nik.slice(12) === '0000') return { ok: false, message: 'Nomor urut NIK (4 digit terakhir) tidak boleh 0000' };
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    ok: true,
    parts: {
      province: nik.slice(0, 2),
      regency: nik.slice(2, 4),
      district: nik.slice(4, 6),
      birthDate: `${year}-${pad(month)}-${pad(day)}`,
      sex,
      serial: nik.slice(12),
    },
  };
}

/**
 * A NIK is permanent and may disagree with the recorded birth date or sex: that warns, never blocks.
 * Returns the Indonesian warnings (empty when they agree or there is nothing to compare).
 */
export function nikWarnings(nik: string | null | undefined, birthDate: string | null | undefined, sex: 'L' | 'P' | null | undefined): string[] {
  if (!nik) return [];
  const parsed = parseNik(nik);
  if (!parsed.ok) return [];
  const warnings: string[] = [];
  if (birthDate && birthDate.slice(5) !== parsed.parts.birthDate.slice(5)) {
    warnings.push(`Tanggal lahir pada NIK (${parsed.parts.birthDate.slice(8)}-${parsed.parts.birthDate.slice(5, 7)}) berbeda dengan tanggal lahir yang dicatat`);
  } else if (birthDate && birthDate.slice(2, 4) !== parsed.parts.birthDate.slice(2, 4)) {
    warnings.push(`Tahun lahir pada NIK (..${parsed.parts.birthDate.slice(2, 4)}) berbeda dengan tahun lahir yang dicatat`);
  }
  if (sex && sex !== parsed.parts.sex) {
    warnings.push(`NIK menunjukkan jenis kelamin ${parsed.parts.sex === 'P' ? 'perempuan' : 'laki-laki'} (tanggal ${parsed.parts.sex === 'P' ? 'ditambah 40' : 'tanpa tambahan 40'}), berbeda dengan yang dicatat`);
  }
  return warnings;
}

export const optionalNik = z
  .string()
  .optional()
  .nullable()
  .transform((v) => (v ? v.replace(/\s+/g, '') : null))
  .superRefine((v, ctx) => {
    if (!v) return;
    const r = parseNik(v);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message });
  });

export const optionalDigits16 = (label: string) =>
  z
    .string()
    .optional()
    .nullable()
    .transform((v) => (v ? v.replace(/\s+/g, '') : null))
    .refine((v) => !v || /^\d{16}$/.test(v), `${label} harus 16 digit angka`);

export const IsoDate = z
  .string({ error: 'Tanggal wajib diisi' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berformat TTTT-BB-HH')
  .refine((v) => isRealDate(Number(v.slice(0, 4)), Number(v.slice(5, 7)), Number(v.slice(8, 10))), 'Tanggal tidak sah');

/** Lower-case, without accents, punctuation or repeated spaces: names compared the way people read them. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
