import type { ApplicationInput } from '../../src-main/contract';
import type { Core } from '../../src-main/core';
import { ok, sampleHome } from './temp-core';

/** A complete applicant: a boy referred by the district social office, NIK agreeing with birth date and sex. */
export const sampleApplicant = (overrides: Partial<ApplicationInput> = {}): ApplicationInput => ({
  fullName: 'Rizky Pratama',
  nickname: 'Kiki',
  nik: '1374021505130002', // 15 May 2013, man
  kkNumber: '1374020202100009',
  birthPlace: 'Padang Panjang',
  birthDate: '2013-05-15',
  sex: 'L',
  religion: 'islam',
  education: 'sd',
  maritalStatus: 'single',
  originProvince: 'Sumatera Barat',
  originRegency: 'Kota Padang Panjang',
  originDistrict: 'Padang Panjang Timur',
  originVillage: 'Ekor Lubuk',
  originAddress: 'Jl. Sudirman No. 3',
  pmksCategory: 2,
  disabilityType: 'none',
  applicationDate: '2026-06-02',
  referralSource: 'district_office',
  referrerName: 'Dinas Sosial Kota Padang Panjang',
  referralLetterNo: '460/210/Dinsos/2026',
  referralLetterDate: '2026-05-28',
  healthNotes: 'Sehat',
  notes: 'Orang tua meninggal',
  guardians: [{ name: 'Yusuf', relationship: 'Paman', phone: '0812-7700-1234', isPrimary: true }],
  ...overrides,
});

/** Capacity, the scoring form and the criteria of a children's home, as the administrator sets them. */
export async function setUpIntake(core: Core, admin: string, capacity: number | null = 3) {
  const session = await ok(core, admin, 'auth.session');
  await ok(core, admin, 'homes.update', { id: session!.activeHome!.id, profile: { ...sampleHome(), capacity } });
  await ok(core, admin, 'intake.saveCriteria', { minAge: 6, maxAge: 18, sexes: [], pmksCategories: [1, 2, 4, 6, 7], disabilityTypes: ['none'], requiredDocuments: ['kk'] });
  return ok(core, admin, 'intake.saveScoreItems', {
    items: [
      { name: 'Kedaruratan', weight: 40 },
      { name: 'Kondisi keluarga', weight: 30 },
      { name: 'Kesehatan', weight: 15 },
      { name: 'Motivasi', weight: 15 },
    ],
  });
}

export const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
