import type { ResidentInput } from '../../src-main/contract';

/** A complete, valid resident: a girl from Padang Panjang whose NIK agrees with her birth date and sex. */
export const sampleResident = (overrides: Partial<ResidentInput> = {}): ResidentInput => ({
  fullName: 'Siti Rahmawati',
  nickname: 'Siti',
  nik: '1374025203120003', // 52 = 12 + 40 (woman), March 2012
  kkNumber: '1374020101100007',
  birthPlace: 'Padang Panjang',
  birthDate: '2012-03-12',
  sex: 'P',
  religion: 'islam',
  education: 'smp',
  maritalStatus: 'single',
  originProvince: 'Sumatera Barat',
  originRegency: 'Kota Padang Panjang',
  originDistrict: 'Padang Panjang Barat',
  originVillage: 'Silaing Bawah',
  originAddress: 'Jl. Bundo Kanduang No. 5',
  pmksCategory: 2,
  disabilityType: 'none',
  referralSource: 'district_office',
  referralNote: 'Surat Dinsos Kota Padang Panjang No. 460/123/2026',
  admissionDate: '2026-07-15',
  room: 'Wisma Melati',
  allergies: 'Udang',
  specialDiet: 'Tanpa makanan laut',
  healthNotes: 'Asma ringan, inhaler bila sesak',
  hivStatus: 'negative',
  criminalHistory: null,
  guardians: [{ name: 'Nurhayati', relationship: 'Bibi', phone: '0812-6600-1122', isPrimary: true }],
  ...overrides,
});
