import type { MedicineInput } from '../../../src-main/contract';

/** The demo catalogue: what a panti's clinic keeps, with the condition a chronic prescription treats. */
export interface DemoMedicine {
  input: Omit<MedicineInput, 'id'>;
  /** Chronic use: the diagnosis, the times of day and the dose; PRN: as needed with a max per day. */
  use: { kind: 'chronic'; diagnosis: string; icd: string; times: string[]; dose: number } | { kind: 'prn'; reasons: string[]; max: number; dose: number } | { kind: 'course'; diagnosis: string; icd: string; times: string[]; dose: number; days: number };
  unitCost: number;
}

const tablet = (genericName: string, strength: string, brandName: string | null, threshold: number): Omit<MedicineInput, 'id'> => ({
  genericName,
  brandName,
  form: 'tablet',
  strength,
  unit: 'tablet',
  lowStockThreshold: threshold,
  active: true,
  note: null,
});

export const DEMO_MEDICINES: DemoMedicine[] = [
  { input: tablet('Parasetamol', '500 mg', 'Sanmol', 40), use: { kind: 'prn', reasons: ['Demam 38,2 °C', 'Sakit kepala', 'Nyeri gigi', 'Demam setelah imunisasi', 'Nyeri otot'], max: 3, dose: 1 }, unitCost: 250 },
  { input: tablet('Ibuprofen', '400 mg', null, 20), use: { kind: 'prn', reasons: ['Nyeri sendi', 'Nyeri haid', 'Sakit kepala'], max: 3, dose: 1 }, unitCost: 400 },
  { input: tablet('Antasida doen', '200 mg', null, 20), use: { kind: 'prn', reasons: ['Nyeri ulu hati', 'Mual setelah makan'], max: 3, dose: 1 }, unitCost: 150 },
  { input: tablet('Amlodipin', '5 mg', null, 30), use: { kind: 'chronic', diagnosis: 'Hipertensi esensial', icd: 'I10', times: ['07:00'], dose: 1 }, unitCost: 300 },
  { input: tablet('Metformin', '500 mg', 'Glucophage', 40), use: { kind: 'chronic', diagnosis: 'Diabetes melitus tipe 2', icd: 'E11', times: ['07:00', '19:00'], dose: 1 }, unitCost: 350 },
  { input: tablet('Risperidon', '2 mg', null, 30), use: { kind: 'chronic', diagnosis: 'Skizofrenia paranoid', icd: 'F20.0', times: ['07:00', '19:00'], dose: 1 }, unitCost: 1_200 },
  { input: tablet('Haloperidol', '1,5 mg', null, 20), use: { kind: 'chronic', diagnosis: 'Gangguan psikotik akut', icd: 'F23', times: ['19:00'], dose: 1 }, unitCost: 500 },
  { input: tablet('Asam folat', '1 mg', null, 30), use: { kind: 'chronic', diagnosis: 'Anemia defisiensi', icd: 'D52', times: ['07:00'], dose: 1 }, unitCost: 100 },
  { input: tablet('Vitamin B kompleks', 'B1 50 mg', null, 50), use: { kind: 'chronic', diagnosis: 'Gizi kurang', icd: 'E44', times: ['07:00'], dose: 1 }, unitCost: 80 },
  { input: tablet('Tablet tambah darah', '60 mg Fe', null, 30), use: { kind: 'chronic', diagnosis: 'Anemia defisiensi besi', icd: 'D50', times: ['19:00'], dose: 1 }, unitCost: 120 },
  { input: { ...tablet('Amoksisilin', '500 mg', null, 30), form: 'capsule', unit: 'kapsul' }, use: { kind: 'course', diagnosis: 'Infeksi saluran pernapasan akut', icd: 'J06.9', times: ['07:00', '13:00', '19:00'], dose: 1, days: 5 }, unitCost: 450 },
  { input: tablet('Klotrimazol', '1 %', 'Canesten', 0), use: { kind: 'course', diagnosis: 'Tinea korporis', icd: 'B35.4', times: ['07:00', '19:00'], dose: 1, days: 10 }, unitCost: 300 },
];

export const DOCTORS = ['dr. Rina Kartikasari', 'dr. Ahmad Fauzi', 'dr. Yulia Rahmadani'];
export const PSYCHIATRISTS = ['dr. Hendra Wijaya, Sp.KJ', 'dr. Maya Sari, Sp.KJ'];
export const SUPPLIERS = ['Apotek Kimia Farma', 'Apotek Sehat Sentosa', 'PBF Enseval Putera Megatrading'];
export const HOSPITALS = ['RSUD Padang Panjang', 'RSUP Dr. M. Djamil Padang', 'RSJ Prof. HB Saanin'];
export const FINDINGS = [
  'Pemeriksaan umum: sebagian besar penerima manfaat dalam keadaan baik. Dua anak batuk pilek, diberi obat simptomatik.',
  'Kontrol tekanan darah dan gula darah penerima manfaat dengan penyakit kronis; terapi dilanjutkan.',
  'Penyuluhan kebersihan diri dan pemeriksaan kulit; ditemukan beberapa kasus gatal, diberi salep.',
  'Evaluasi kepatuhan minum obat dan efek samping; dosis tetap.',
  'Pemeriksaan berat badan dan status gizi; anak dengan gizi kurang diberi vitamin.',
];
