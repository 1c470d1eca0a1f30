import type { HomeType, Role } from '../../src-main/contract';
import type { StaffJob } from './names';

/** How homes are named and staffed: the tables the foundation plans from. */

export const TYPE_PREFIX: Record<HomeType, string> = {
  PSAA: 'UPTD PSAA',
  PSAABR: 'UPTD PSAABR',
  PSBR: 'UPTD PSBR',
  PSBN: 'UPTD PSBN',
  PSBG: 'UPTD PSBG',
  PSTW: 'UPTD PSTW',
  PSKW: 'UPTD PSKW',
  NAPZA: 'UPTD Rehabilitasi Sosial NAPZA',
};

/** Province scale: 50 homes of every type (Central Java runs 56). */
export const PROVINCE_TYPES: readonly (readonly [HomeType, number])[] = [
  ['PSAA', 11],
  ['PSAABR', 6],
  ['PSBR', 6],
  ['PSBN', 4],
  ['PSBG', 7],
  ['PSTW', 10],
  ['PSKW', 3],
  ['NAPZA', 3],
];

/** Caregiver jobs by home type: [job, min, max]. */
export const CAREGIVERS: Record<HomeType, readonly (readonly [StaffJob, number, number])[]> = {
  PSAA: [['pengasuh', 2, 3], ['pekerja-sosial', 1, 2], ['perawat', 0, 1]],
  PSAABR: [['pengasuh', 2, 3], ['pekerja-sosial', 1, 2], ['perawat', 0, 1]],
  PSBR: [['pengasuh', 1, 2], ['pekerja-sosial', 1, 2], ['perawat', 0, 1]],
  PSBN: [['pengasuh', 1, 2], ['pekerja-sosial', 1, 1], ['perawat', 0, 1], ['pramu-sosial', 1, 1]],
  PSBG: [['pramu-sosial', 2, 3], ['perawat', 1, 1], ['pekerja-sosial', 1, 1]],
  PSTW: [['pramu-sosial', 2, 3], ['perawat', 1, 2], ['pekerja-sosial', 1, 1]],
  PSKW: [['pekerja-sosial', 2, 2], ['perawat', 1, 1], ['pramu-sosial', 1, 1]],
  NAPZA: [['pekerja-sosial', 2, 2], ['perawat', 1, 1], ['pramu-sosial', 1, 1]],
};

export const JOB_ROLE: Record<StaffJob, Role> = {
  admin: 'admin',
  head: 'head',
  bendahara: 'finance',
  pptk: 'finance',
  pengasuh: 'caregiver',
  'pramu-sosial': 'caregiver',
  'pekerja-sosial': 'caregiver',
  perawat: 'caregiver',
  'pejabat-provinsi': 'province_admin',
};

/** [min age, max age, share of women] by job. */
export const JOB_PEOPLE: Record<StaffJob, readonly [number, number, number]> = {
  admin: [25, 45, 0.5],
  head: [44, 57, 0.4],
  bendahara: [28, 50, 0.65],
  pptk: [35, 55, 0.45],
  pengasuh: [23, 50, 0.7],
  'pramu-sosial': [23, 52, 0.6],
  'pekerja-sosial': [24, 48, 0.6],
  perawat: [23, 45, 0.75],
  'pejabat-provinsi': [40, 55, 0.4],
};

/** A simple letterhead logo: the home's initials in a ring, as an SVG data URL. */
export function logoFor(name: string, colour: string): string {
  const initials = name
    .replace(/^UPTD\s+/, '')
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .slice(-2)
    .map((w) => w[0])
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120">` +
    `<circle cx="60" cy="60" r="56" fill="${colour}"/><circle cx="60" cy="60" r="46" fill="none" stroke="#fff" stroke-width="3"/>` +
    `<text x="60" y="72" font-family="sans-serif" font-size="34" font-weight="700" fill="#fff" text-anchor="middle">${initials}</text></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

export const LOGO_COLOURS = ['#1f5f8b', '#2e7d32', '#8d4f1f', '#6a1b9a', '#00695c', '#b23c17', '#37474f'];
