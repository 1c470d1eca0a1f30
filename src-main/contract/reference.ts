/**
 * Reference lists of the panti world (DOMAIN.md): codes are stored, Indonesian labels are shown.
 * Kept in one place so forms, filters, reports and the demo use the same words.
 */

export const SEXES = ['L', 'P'] as const;
export const SEX_LABELS: Record<(typeof SEXES)[number], string> = { L: 'Laki-laki', P: 'Perempuan' };

export const RELIGIONS = ['islam', 'kristen', 'katolik', 'hindu', 'buddha', 'khonghucu', 'kepercayaan'] as const;
export const RELIGION_LABELS: Record<(typeof RELIGIONS)[number], string> = {
  islam: 'Islam',
  kristen: 'Kristen Protestan',
  katolik: 'Katolik',
  hindu: 'Hindu',
  buddha: 'Buddha',
  khonghucu: 'Khonghucu',
  kepercayaan: 'Kepercayaan terhadap Tuhan YME',
};

export const EDUCATION_LEVELS = ['none', 'sd_not_finished', 'sd', 'smp', 'sma', 'diploma', 'bachelor', 'unknown'] as const;
export const EDUCATION_LABELS: Record<(typeof EDUCATION_LEVELS)[number], string> = {
  none: 'Tidak/belum sekolah',
  sd_not_finished: 'Tidak tamat SD',
  sd: 'SD/sederajat',
  smp: 'SMP/sederajat',
  sma: 'SMA/SMK/sederajat',
  diploma: 'Diploma',
  bachelor: 'S1 atau lebih',
  unknown: 'Tidak diketahui',
};

export const MARITAL_STATUSES = ['single', 'married', 'divorced', 'widowed'] as const;
export const MARITAL_LABELS: Record<(typeof MARITAL_STATUSES)[number], string> = {
  single: 'Belum kawin',
  married: 'Kawin',
  divorced: 'Cerai hidup',
  widowed: 'Cerai mati',
};

/** The 26 PMKS categories of Permensos 5/2019, by number. */
export const PMKS_CATEGORIES: Record<number, string> = {
  1: 'Balita telantar',
  2: 'Anak telantar',
  3: 'Anak berhadapan dengan hukum (ABH)',
  4: 'Anak jalanan',
  5: 'Anak dengan disabilitas',
  6: 'Anak korban tindak kekerasan',
  7: 'Anak memerlukan perlindungan khusus',
  8: 'Lanjut usia telantar',
  9: 'Penyandang disabilitas',
  10: 'Tuna susila',
  11: 'Gelandangan',
  12: 'Pengemis',
  13: 'Pemulung',
  14: 'Kelompok minoritas',
  15: 'Bekas warga binaan lembaga pemasyarakatan (BWBLP)',
  16: 'Orang dengan HIV/AIDS (ODHA)',
  17: 'Korban penyalahgunaan NAPZA',
  18: 'Korban trafficking',
  19: 'Korban tindak kekerasan',
  20: 'Pekerja migran bermasalah sosial',
  21: 'Korban bencana alam',
  22: 'Korban bencana sosial',
  23: 'Perempuan rawan sosial ekonomi',
  24: 'Fakir miskin',
  25: 'Keluarga bermasalah sosial psikologis',
  26: 'Komunitas adat terpencil',
};
/** PMKS 23 applies to women only. */
export const PMKS_WOMEN_ONLY = new Set([23]);

export const DISABILITY_TYPES = ['none', 'physical', 'visual', 'hearing_speech', 'intellectual', 'mental', 'multiple'] as const;
export const DISABILITY_LABELS: Record<(typeof DISABILITY_TYPES)[number], string> = {
  none: 'Tidak ada',
  physical: 'Disabilitas fisik',
  visual: 'Disabilitas netra',
  hearing_speech: 'Disabilitas rungu/wicara',
  intellectual: 'Disabilitas intelektual (grahita)',
  mental: 'Disabilitas mental (psikososial)',
  multiple: 'Disabilitas ganda',
};
export const DISABILITY_DEGREES = ['mild', 'moderate', 'severe'] as const;
export const DISABILITY_DEGREE_LABELS: Record<(typeof DISABILITY_DEGREES)[number], string> = {
  mild: 'Ringan',
  moderate: 'Sedang',
  severe: 'Berat',
};

export const REFERRAL_SOURCES = ['district_office', 'puskesos', 'upsk', 'police', 'hospital', 'family', 'self', 'other_institution'] as const;
export const REFERRAL_LABELS: Record<(typeof REFERRAL_SOURCES)[number], string> = {
  district_office: 'Dinas Sosial kabupaten/kota',
  puskesos: 'Puskesos / SLRT',
  upsk: 'Unit Pelayanan Sosial Keliling (UPSK)',
  police: 'Kepolisian',
  hospital: 'Rumah sakit',
  family: 'Keluarga',
  self: 'Datang sendiri',
  other_institution: 'Lembaga/panti lain',
};

export const RESIDENT_STATUSES = ['active', 'discharged', 'deceased'] as const;
export const RESIDENT_STATUS_LABELS: Record<(typeof RESIDENT_STATUSES)[number], string> = {
  active: 'Aktif',
  discharged: 'Keluar',
  deceased: 'Meninggal',
};

export const EXIT_TYPES = ['returned_family', 'independent', 'referred', 'transferred', 'ran_away'] as const;
export const EXIT_TYPE_LABELS: Record<(typeof EXIT_TYPES)[number], string> = {
  returned_family: 'Dikembalikan ke keluarga',
  independent: 'Mandiri',
  referred: 'Dirujuk ke lembaga lain',
  transferred: 'Dipindahkan ke panti lain',
  ran_away: 'Melarikan diri',
};

export const HIV_STATUSES = ['unknown', 'negative', 'positive'] as const;
export const HIV_LABELS: Record<(typeof HIV_STATUSES)[number], string> = {
  unknown: 'Tidak diketahui',
  negative: 'Negatif',
  positive: 'Positif (ODHA)',
};

export const DOCUMENT_TYPES = ['ktp', 'kk', 'birth_certificate', 'referral_letter', 'medical_certificate', 'death_certificate', 'handover_record', 'other'] as const;
export const DOCUMENT_TYPE_LABELS: Record<(typeof DOCUMENT_TYPES)[number], string> = {
  ktp: 'KTP',
  kk: 'Kartu Keluarga',
  birth_certificate: 'Akta kelahiran',
  referral_letter: 'Surat rujukan',
  medical_certificate: 'Surat keterangan sehat',
  death_certificate: 'Surat keterangan kematian',
  handover_record: 'Berita acara serah terima',
  other: 'Lainnya',
};

export const CARE_NOTE_CATEGORIES = ['health', 'behaviour', 'activity', 'family_visit', 'other'] as const;
export const CARE_NOTE_LABELS: Record<(typeof CARE_NOTE_CATEGORIES)[number], string> = {
  health: 'Kesehatan',
  behaviour: 'Perilaku',
  activity: 'Kegiatan',
  family_visit: 'Kunjungan keluarga',
  other: 'Lainnya',
};

export const SHIFTS = ['morning', 'afternoon', 'night'] as const;
export const SHIFT_LABELS: Record<(typeof SHIFTS)[number], string> = {
  morning: 'Pagi (07.00–14.00)',
  afternoon: 'Siang (14.00–21.00)',
  night: 'Malam (21.00–07.00)',
};

export const INCIDENT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const INCIDENT_SEVERITY_LABELS: Record<(typeof INCIDENT_SEVERITIES)[number], string> = {
  low: 'Ringan',
  medium: 'Sedang',
  high: 'Berat',
  critical: 'Kritis',
};

export const GOAL_DOMAINS = ['physical', 'mental_spiritual', 'social', 'skills', 'family'] as const;
export const GOAL_DOMAIN_LABELS: Record<(typeof GOAL_DOMAINS)[number], string> = {
  physical: 'Bimbingan fisik',
  mental_spiritual: 'Bimbingan mental-spiritual',
  social: 'Bimbingan sosial',
  skills: 'Bimbingan keterampilan',
  family: 'Bimbingan keluarga',
};

/** Default rehabilitation stages (DOMAIN.md); each home can edit its own list. */
export const DEFAULT_STAGES = [
  'Pendekatan awal',
  'Asesmen',
  'Rencana intervensi',
  'Intervensi / bimbingan',
  'Resosialisasi / reintegrasi',
  'Terminasi',
  'Bimbingan lanjut',
];
export const CHILDREN_STAGES = ['Rujukan', 'Asesmen', 'Perencanaan pengasuhan', 'Implementasi', 'Terminasi', 'Evaluasi'];
export const CHILDREN_HOME_TYPES = new Set(['PSAA', 'PSAABR']);

export const AGE_GROUPS = [
  { key: '0-5', label: '0–5 tahun', min: 0, max: 5 },
  { key: '6-12', label: '6–12 tahun', min: 6, max: 12 },
  { key: '13-17', label: '13–17 tahun', min: 13, max: 17 },
  { key: '18-59', label: '18–59 tahun', min: 18, max: 59 },
  { key: '60+', label: '60 tahun ke atas', min: 60, max: 200 },
] as const;
