import type { HomeType, ResidentInput } from '../../../src-main/contract';
import { DISABILITY_DEGREES, EDUCATION_LEVELS, MARITAL_STATUSES, REFERRAL_SOURCES, RELIGIONS } from '../../../src-main/contract';
import { CULTURES, type CultureName, type NameMix, type Sex } from '../names';
import { mobilePhone, type Province } from '../places';
import type { Rng } from '../rng';
import { HOSPITALS, homeAddress, MENTAL_HOSPITALS, originProvinceOf, pickOrigin, villageFor, type OriginProvince, type OriginRegency } from './residents-places';

/**
 * Who lives in each type of home (DOMAIN.md): ages, sex, PMKS categories, disabilities, schooling, how they
 * were referred, and how long they stay; and one resident's identity, family and health as the intake form
 * records them (names from names.ts, NIKs consistent with birth date, sex and origin).
 */

type Education = (typeof EDUCATION_LEVELS)[number];
type Marital = (typeof MARITAL_STATUSES)[number];
type Referral = (typeof REFERRAL_SOURCES)[number];
type Religion = (typeof RELIGIONS)[number];
type Degree = (typeof DISABILITY_DEGREES)[number];
type Weights<T> = readonly (readonly [T, number])[];

export type ExitKind = 'returned_family' | 'independent' | 'referred' | 'transferred' | 'ran_away' | 'deceased';

export interface TypeProfile {
  /** Age at admission [min, max]. */
  ages: readonly [number, number];
  /** Residents leave by this age (children's homes). */
  ageCap?: number;
  women: number;
  /** Long-stay homes: yearly chance of leaving; program homes: the program's length in days [min, max]. */
  stay: { kind: 'hazard'; perYear: number; pastYears: number } | { kind: 'program'; days: readonly [number, number]; early: number };
  exits: Weights<ExitKind>;
  /** Exits when a program ends or a child comes of age. */
  completion: Weights<ExitKind>;
  /** Share admitted without a NIK. */
  noNik: number;
  referral: Weights<Referral>;
  /** Incidents per resident per year. */
  incidents: number;
  /** Share of residents from the home's own regency. */
  local: number;
  /** Dormitories by sex. */
  rooms: { L: readonly string[]; P: readonly string[] };
  /** Intervention plans run this many months. */
  planMonths: number;
}

const CHILD_ROOMS = {
  L: ['Wisma Cendana', 'Wisma Merbabu', 'Wisma Sindoro', 'Wisma Arjuna'],
  P: ['Wisma Melati', 'Wisma Mawar', 'Wisma Anggrek', 'Wisma Kenanga'],
};

export const TYPE_PROFILES: Record<HomeType, TypeProfile> = {
  PSAA: {
    ages: [6, 16],
    ageCap: 18,
    women: 0.5,
    stay: { kind: 'hazard', perYear: 0.16, pastYears: 7 },
    exits: [['returned_family', 50], ['referred', 8], ['transferred', 12], ['ran_away', 14], ['independent', 2]],
    completion: [['independent', 65], ['returned_family', 35]],
    noNik: 0.2,
    referral: [['district_office', 45], ['puskesos', 15], ['family', 15], ['police', 4], ['upsk', 6], ['other_institution', 10], ['hospital', 2], ['self', 3]],
    incidents: 0.45,
    local: 0.45,
    rooms: CHILD_ROOMS,
    planMonths: 6,
  },
  PSAABR: {
    ages: [8, 19],
    ageCap: 21,
    women: 0.45,
    stay: { kind: 'hazard', perYear: 0.25, pastYears: 5 },
    exits: [['returned_family', 45], ['referred', 8], ['transferred', 10], ['ran_away', 17], ['independent', 20]],
    completion: [['independent', 75], ['returned_family', 25]],
    noNik: 0.25,
    referral: [['district_office', 40], ['police', 15], ['upsk', 10], ['family', 20], ['other_institution', 10], ['self', 5]],
    incidents: 0.6,
    local: 0.4,
    rooms: { L: ['Asrama Putra A', 'Asrama Putra B', 'Wisma Bima'], P: ['Asrama Putri', 'Wisma Srikandi'] },
    planMonths: 6,
  },
  PSBR: {
    ages: [15, 21],
    women: 0.35,
    stay: { kind: 'program', days: [180, 330], early: 0.15 },
    exits: [['ran_away', 55], ['returned_family', 35], ['referred', 10]],
    completion: [['independent', 60], ['returned_family', 40]],
    noNik: 0.15,
    referral: [['district_office', 50], ['police', 12], ['upsk', 8], ['family', 20], ['self', 5], ['puskesos', 5]],
    incidents: 0.8,
    local: 0.3,
    rooms: { L: ['Asrama Putra Nakula', 'Asrama Putra Sadewa', 'Wisma Gatotkaca'], P: ['Asrama Putri Sembadra', 'Wisma Larasati'] },
    planMonths: 6,
  },
  PSBN: {
    ages: [15, 45],
    women: 0.4,
    stay: { kind: 'program', days: [420, 1000], early: 0.12 },
    exits: [['returned_family', 60], ['referred', 15], ['transferred', 10], ['ran_away', 5], ['deceased', 10]],
    completion: [['independent', 65], ['returned_family', 35]],
    noNik: 0.15,
    referral: [['district_office', 50], ['family', 30], ['hospital', 8], ['other_institution', 10], ['self', 2]],
    incidents: 0.3,
    local: 0.3,
    rooms: { L: ['Wisma Putra 1', 'Wisma Putra 2', 'Wisma Putra 3'], P: ['Wisma Putri 1', 'Wisma Putri 2'] },
    planMonths: 12,
  },
  PSBG: {
    ages: [10, 45],
    women: 0.45,
    stay: { kind: 'hazard', perYear: 0.09, pastYears: 12 },
    exits: [['returned_family', 42], ['transferred', 18], ['referred', 17], ['deceased', 16], ['ran_away', 7]],
    completion: [['returned_family', 100]],
    noNik: 0.3,
    referral: [['district_office', 45], ['family', 30], ['hospital', 10], ['other_institution', 10], ['upsk', 5]],
    incidents: 0.8,
    local: 0.35,
    rooms: { L: ['Wisma Anoman', 'Wisma Anggada', 'Wisma Kresna'], P: ['Wisma Kunthi', 'Wisma Drupadi', 'Wisma Sumbadra'] },
    planMonths: 12,
  },
  PSTW: {
    ages: [60, 88],
    women: 0.6,
    stay: { kind: 'hazard', perYear: 0.2, pastYears: 8 },
    exits: [['deceased', 66], ['returned_family', 18], ['referred', 10], ['transferred', 6]],
    completion: [['deceased', 100]],
    noNik: 0.3,
    referral: [['district_office', 35], ['upsk', 20], ['puskesos', 15], ['hospital', 10], ['family', 15], ['police', 5]],
    incidents: 0.5,
    local: 0.4,
    rooms: { L: ['Wisma Flamboyan', 'Wisma Bougenville', 'Wisma Cempaka'], P: ['Wisma Dahlia', 'Wisma Teratai', 'Wisma Seruni', 'Wisma Kenanga'] },
    planMonths: 12,
  },
  PSKW: {
    ages: [17, 40],
    women: 1,
    stay: { kind: 'program', days: [180, 360], early: 0.15 },
    exits: [['ran_away', 50], ['returned_family', 35], ['referred', 15]],
    completion: [['independent', 50], ['returned_family', 50]],
    noNik: 0.2,
    referral: [['upsk', 30], ['police', 20], ['district_office', 35], ['other_institution', 15]],
    incidents: 0.5,
    local: 0.25,
    rooms: { L: ['Wisma Putra'], P: ['Wisma Kartini', 'Wisma Dewi Sartika', 'Wisma Cut Nyak Dien'] },
    planMonths: 6,
  },
  NAPZA: {
    ages: [16, 40],
    women: 0.12,
    stay: { kind: 'program', days: [100, 190], early: 0.18 },
    exits: [['ran_away', 55], ['returned_family', 30], ['referred', 15]],
    completion: [['independent', 50], ['returned_family', 50]],
    noNik: 0.05,
    referral: [['police', 25], ['family', 40], ['self', 15], ['hospital', 10], ['district_office', 10]],
    incidents: 0.9,
    local: 0.3,
    rooms: { L: ['Wisma Harapan', 'Wisma Pemulihan', 'Wisma Primary A', 'Wisma Primary B'], P: ['Wisma Perempuan'] },
    planMonths: 6,
  },
};

export const isChildHome = (type: HomeType) => type === 'PSAA' || type === 'PSAABR';

// --- names ----------------------------------------------------------------------------------------

/** Names of generations the staff lists lack: elderly Javanese and Minang, and children born after 2005. */
const ELDERLY: Partial<Record<CultureName, { male: readonly string[]; female: readonly string[] }>> = {
  javanese: {
    male: ['Paimin', 'Sukiman', 'Tukiman', 'Kasiman', 'Parjo', 'Marto', 'Karto', 'Sastro', 'Paijo', 'Ngadiman', 'Sarno', 'Wagiman',
      'Suparno', 'Kasno', 'Jumadi', 'Legiman', 'Sadimin', 'Kromo', 'Sukardi', 'Wiryo', 'Ngatimin', 'Darmo'],
    female: ['Painem', 'Sukinem', 'Ngatinah', 'Tumini', 'Sainem', 'Wartini', 'Sumirah', 'Paini', 'Jumiyem', 'Tukiyem', 'Suminah',
      'Kasiyem', 'Marsinah', 'Sarinah', 'Legini', 'Warsini', 'Karsih', 'Saminah', 'Surti', 'Rubiyem', 'Ponirah', 'Tumirah'],
  },
  minang: {
    male: ['Syamsuddin', 'Bachtiar', 'Nasrul', 'Darwis', 'Jamaris', 'Baharuddin', 'Djamaluddin', 'Anwar', 'Kamaruddin', 'Rasyidin'],
    female: ['Rosna', 'Nurbaiti', 'Syamsiar', 'Rosmaniar', 'Asnimar', 'Yusnimar', 'Jusnidar', 'Rosnida', 'Nurmalis', 'Zubaidah'],
  },
  sundanese: {
    male: ['Odang', 'Uju', 'Ece', 'Enjang', 'Otong', 'Karta'],
    female: ['Onih', 'Iyah', 'Enok', 'Icih', 'Entin', 'Oneng'],
  },
};

const CHILDREN = {
  male: ['Rizky', 'Fajar', 'Dimas', 'Bayu', 'Rafi', 'Alif', 'Farhan', 'Raka', 'Aditya', 'Fikri', 'Naufal', 'Arkan', 'Dafa', 'Haikal',
    'Rendi', 'Ilham', 'Galang', 'Yoga', 'Reza', 'Bagas', 'Akbar', 'Satria', 'Zidan', 'Rehan', 'Gilang', 'Kevin', 'Aldi', 'Ridho'],
  female: ['Putri', 'Aulia', 'Nayla', 'Zahra', 'Aisyah', 'Salsabila', 'Keisya', 'Nabila', 'Citra', 'Dinda', 'Anisa', 'Syifa', 'Alya',
    'Najwa', 'Tiara', 'Intan', 'Siti', 'Safitri', 'Amelia', 'Khansa', 'Kirana', 'Laila', 'Azzahra', 'Cahaya', 'Dewi', 'Bunga'],
  familyMale: ['Saputra', 'Pratama', 'Ramadhan', 'Maulana', 'Firmansyah', 'Setiawan', 'Hidayat', 'Nugroho', 'Prasetyo', 'Wibowo', 'Syahputra', 'Kurniawan'],
  familyFemale: ['Ramadhani', 'Putri', 'Safitri', 'Lestari', 'Wulandari', 'Rahmawati', 'Anggraini', 'Permatasari', 'Maharani', 'Nuraini', 'Aprilia', 'Oktaviani'],
};

/** Prefixes a nickname skips: Muhammad Rizky is called Rizky. */
const SKIP_IN_NICKNAME = new Set(['Muhammad', 'Ahmad', 'Siti', 'Nur', 'Sri', 'Andi', 'I', 'Ni', 'Luh', 'Putu', 'Wayan', 'Gede', 'Made', 'Kadek', 'Nyoman', 'Komang', 'Ketut', 'Mbah']);

export interface PersonName {
  fullName: string;
  nickname: string;
  culture: CultureName;
}

export function residentName(rng: Rng, mix: NameMix, sex: Sex, birthYear: number): PersonName {
  const cultureName = rng.weighted(mix);
  const culture = CULTURES[cultureName];
  const male = sex === 'L';
  let fullName: string;
  const elderly = ELDERLY[cultureName];
  if (birthYear < 1962 && elderly) {
    const given = rng.pick(male ? elderly.male : elderly.female);
    const families = male || culture.familyFemale.length === 0 ? culture.familyMale : culture.familyFemale;
    fullName = rng.chance(0.55) || families.length === 0 ? given : `${given} ${rng.pick(families)}`;
  } else if (birthYear >= 2004 && (cultureName === 'javanese' || cultureName === 'minang' || cultureName === 'national' || cultureName === 'sundanese') && rng.chance(0.7)) {
    const given = rng.pick(male ? CHILDREN.male : CHILDREN.female);
    const lead = male && rng.chance(0.18) ? 'Muhammad ' : !male && given !== 'Siti' && rng.chance(0.08) ? 'Siti ' : '';
    const family = rng.pick(male ? CHILDREN.familyMale : CHILDREN.familyFemale);
    fullName = rng.chance(0.1) ? `${lead}${given}` : `${lead}${given} ${family === given ? rng.pick(CHILDREN.familyMale) : family}`;
  } else {
    const given = rng.pick(male ? culture.male : culture.female);
    const families = !male && culture.familyFemale.length > 0 ? culture.familyFemale : culture.familyMale;
    if (culture.format) fullName = culture.format(given, '', sex, rng);
    else if (families.length === 0 || rng.chance(culture.singleName)) fullName = given;
    else {
      let family = rng.pick(families);
      for (let i = 0; i < 5 && family === given; i++) family = rng.pick(families);
      fullName = family === given ? given : `${given} ${family}`;
    }
  }
  const words = fullName.split(' ');
  let nickname = words.find((w) => !SKIP_IN_NICKNAME.has(w)) ?? words[0]!;
  if (birthYear < 1962 && cultureName === 'javanese' && rng.chance(0.6)) nickname = `Mbah ${words[0]}`;
  else if (birthYear < 1962 && cultureName === 'minang' && rng.chance(0.4)) nickname = `${male ? 'Inyiak' : 'Nek'} ${words[0]}`;
  return { fullName, nickname, culture: cultureName };
}

const RELIGION_BY_CULTURE: Record<CultureName, Weights<Religion>> = {
  javanese: [['islam', 95], ['kristen', 3], ['katolik', 2]],
  minang: [['islam', 100]],
  sundanese: [['islam', 98], ['kristen', 2]],
  bugis: [['islam', 100]],
  national: [['islam', 92], ['kristen', 5], ['katolik', 3]],
  batak: [['kristen', 65], ['islam', 22], ['katolik', 13]],
  minahasa: [['kristen', 85], ['katolik', 10], ['islam', 5]],
  maluku: [['kristen', 55], ['islam', 40], ['katolik', 5]],
  nusaTenggara: [['katolik', 80], ['kristen', 20]],
  chinese: [['buddha', 40], ['kristen', 30], ['katolik', 25], ['khonghucu', 5]],
  papua: [['kristen', 85], ['katolik', 15]],
  balinese: [['hindu', 100]],
};

// --- identity numbers -------------------------------------------------------------------------------

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A NIK for this birth date, sex and place (DOMAIN.md): the day + 40 for women, a 4-digit serial. */
export function makeNik(rng: Rng, regency: OriginRegency, districtCode: string, birthDate: string, sex: Sex): string {
  const day = Number(birthDate.slice(8, 10)) + (sex === 'P' ? 40 : 0);
  return `${regency.code}${districtCode}${pad2(day)}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}${String(rng.int(1, 9999)).padStart(4, '0')}`;
}

/**
 * A NIK that disagrees with the record (DOMAIN.md: it warns, never blocks): the civil registry's date
 * differs by a few days or months, or the +40 was not applied.
 */
function mismatchedNik(rng: Rng, regency: OriginRegency, districtCode: string, birthDate: string, sex: Sex): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const kind = rng.int(0, 2);
  if (kind === 2 && sex === 'P') return makeNik(rng, regency, districtCode, birthDate, 'L');
  const shifted = new Date(Date.UTC(y, m - 1 + (kind === 1 ? rng.int(1, 5) : 0), d + (kind === 0 ? rng.int(1, 20) : 0)));
  return makeNik(rng, regency, districtCode, shifted.toISOString().slice(0, 10), sex);
}

/** A family card number: the regency and district, the issue date (DDMMYY), a serial. */
function makeKk(rng: Rng, regency: OriginRegency, districtCode: string, issued: Date): string {
  const iso = issued.toISOString().slice(0, 10);
  return `${regency.code}${districtCode}${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(2, 4)}${String(rng.int(1, 9999)).padStart(4, '0')}`;
}

// --- one resident -------------------------------------------------------------------------------------

export interface PlannedPerson {
  values: ResidentInput;
  culture: CultureName;
  /** Things notes refer to. */
  traits: { hypertension: boolean; diabetes: boolean; epilepsy: boolean; wheelchair: boolean; hiv: boolean; school: string | null };
}

export interface PersonContext {
  rng: Rng;
  type: HomeType;
  profile: TypeProfile;
  province: Province;
  homeRegency: string;
  /** NIKs already used in this home (unique per home). */
  niks: Set<string>;
  /** `YYYY` of the demo's today, for ages. */
  year: number;
}

const AGE_DAYS = 365.2425 * 86_400_000;

/** A birth date making someone `age` years old (fractional) on `on`; estimated ones fall on 1 July or 31 December. */
function birthDateFor(rng: Rng, on: Date, age: number, estimated: boolean): string {
  const born = new Date(on.getTime() - age * AGE_DAYS);
  if (estimated) {
    // "1 Juli" or "31 Desember" of the year they were probably born (never younger than the age given).
    const guess = `${born.getUTCFullYear()}-${rng.chance(0.6) ? '07-01' : '12-31'}`;
    return guess > born.toISOString().slice(0, 10) ? `${born.getUTCFullYear() - 1}${guess.slice(4)}` : guess;
  }
  return born.toISOString().slice(0, 10);
}

function educationFor(rng: Rng, type: HomeType, age: number): Education {
  if (isChildHome(type) || (age < 19 && type !== 'NAPZA')) {
    if (type === 'PSBG') return rng.weighted<Education>([['none', 40], ['sd_not_finished', 45], ['sd', 15]]);
    if (age < 7) return 'none';
    if (age < 13) return 'sd';
    if (age < 16) return 'smp';
    return rng.chance(0.8) ? 'sma' : 'smp';
  }
  switch (type) {
    case 'PSTW':
      return rng.weighted<Education>([['none', 35], ['sd_not_finished', 28], ['sd', 25], ['smp', 7], ['sma', 4], ['unknown', 1]]);
    case 'PSBG':
      return rng.weighted<Education>([['none', 45], ['sd_not_finished', 40], ['sd', 15]]);
    case 'PSBN':
      return rng.weighted<Education>([['sd_not_finished', 20], ['sd', 35], ['smp', 25], ['sma', 20]]);
    case 'PSKW':
      return rng.weighted<Education>([['sd_not_finished', 5], ['sd', 30], ['smp', 40], ['sma', 25]]);
    case 'NAPZA':
      return rng.weighted<Education>([['sd', 10], ['smp', 30], ['sma', 48], ['diploma', 6], ['bachelor', 6]]);
    default:
      return rng.weighted<Education>([['sd_not_finished', 10], ['sd', 25], ['smp', 40], ['sma', 25]]);
  }
}

function maritalFor(rng: Rng, type: HomeType, age: number): Marital {
  if (age < 19) return 'single';
  if (type === 'PSTW') return rng.weighted<Marital>([['widowed', 58], ['divorced', 15], ['married', 5], ['single', 22]]);
  if (type === 'PSKW') return rng.weighted<Marital>([['single', 40], ['divorced', 45], ['married', 10], ['widowed', 5]]);
  if (type === 'NAPZA') return rng.weighted<Marital>([['single', 70], ['married', 20], ['divorced', 10]]);
  return rng.weighted<Marital>([['single', 88], ['married', 8], ['divorced', 4]]);
}

function pmksFor(rng: Rng, type: HomeType, age: number): number {
  switch (type) {
    case 'PSAA':
      return rng.weighted([[2, 58], [4, 10], [6, 17], [7, 15]]);
    case 'PSAABR':
      return age < 18 ? rng.weighted([[2, 40], [3, 15], [4, 15], [6, 10], [7, 20]]) : rng.weighted([[24, 60], [11, 20], [15, 20]]);
    case 'PSBR':
      return age < 18 ? rng.weighted([[2, 40], [3, 25], [4, 20], [7, 15]]) : rng.weighted([[24, 70], [11, 15], [15, 15]]);
    case 'PSBN':
    case 'PSBG':
      return age < 18 ? 5 : 9;
    case 'PSTW':
      return 8;
    case 'PSKW':
      return rng.weighted([[10, 50], [23, 30], [18, 10], [19, 10]]);
    case 'NAPZA':
      return 17;
  }
}

function disabilityFor(rng: Rng, type: HomeType): { type: ResidentInput['disabilityType']; degree: Degree | null } {
  const degree = (w: Weights<Degree>) => rng.weighted(w);
  switch (type) {
    case 'PSBN':
      return rng.chance(0.06) ? { type: 'multiple', degree: 'severe' } : { type: 'visual', degree: degree([['mild', 20], ['moderate', 35], ['severe', 45]]) };
    case 'PSBG':
      return rng.chance(0.1) ? { type: 'multiple', degree: degree([['moderate', 50], ['severe', 50]]) } : { type: 'intellectual', degree: degree([['mild', 35], ['moderate', 45], ['severe', 20]]) };
    case 'PSTW': {
      const kind = rng.weighted<ResidentInput['disabilityType']>([['none', 72], ['physical', 12], ['visual', 7], ['hearing_speech', 5], ['mental', 4]]);
      return { type: kind, degree: kind === 'none' ? null : degree([['mild', 45], ['moderate', 40], ['severe', 15]]) };
    }
    case 'NAPZA':
      return rng.chance(0.04) ? { type: 'mental', degree: 'mild' } : { type: 'none', degree: null };
    default:
      return rng.chance(0.02) ? { type: 'physical', degree: 'mild' } : { type: 'none', degree: null };
  }
}

const RELATIONS_CHILD: Weights<readonly [string, Sex]> = [
  [['Ibu', 'P'], 30], [['Ayah', 'L'], 12], [['Nenek', 'P'], 18], [['Kakek', 'L'], 6], [['Paman', 'L'], 12], [['Bibi', 'P'], 12], [['Kakak', 'P'], 6], [['Kakak', 'L'], 4],
];
const RELATIONS_ADULT: Weights<readonly [string, Sex]> = [
  [['Ibu', 'P'], 30], [['Ayah', 'L'], 15], [['Kakak', 'L'], 12], [['Kakak', 'P'], 12], [['Adik', 'P'], 8], [['Paman', 'L'], 8], [['Suami', 'L'], 5], [['Istri', 'P'], 5], [['Bibi', 'P'], 5],
];
const RELATIONS_ELDER: Weights<readonly [string, Sex]> = [
  [['Anak', 'P'], 20], [['Anak', 'L'], 18], [['Keponakan', 'L'], 14], [['Keponakan', 'P'], 12], [['Cucu', 'P'], 8], [['Menantu', 'P'], 5], [['Adik', 'L'], 5], [['Ketua RT', 'L'], 10], [['Kepala Desa/Lurah', 'L'], 4],
];

function guardiansFor(rng: Rng, p: { type: HomeType; age: number; year: number; culture: CultureName; province: Province; address: string }): NonNullable<ResidentInput['guardians']> {
  const relations = p.type === 'PSTW' ? RELATIONS_ELDER : p.age < 18 ? RELATIONS_CHILD : RELATIONS_ADULT;
  const count = rng.weighted([[1, 45], [2, 40], [3, 15]]);
  const used = new Set<string>();
  const out: NonNullable<ResidentInput['guardians']> = [];
  for (let i = 0; i < count; i++) {
    const [relationship, sex] = rng.weighted(relations);
    if (used.has(relationship) && (relationship === 'Ibu' || relationship === 'Ayah' || relationship === 'Suami' || relationship === 'Istri' || relationship.startsWith('Ke'))) continue;
    used.add(relationship);
    const mix: NameMix = [[p.culture, 80], ...p.province.names.slice(0, 2)];
    const official = relationship === 'Ketua RT' || relationship === 'Kepala Desa/Lurah';
    const age = p.type === 'PSTW' ? rng.int(30, 60) : rng.int(28, 68);
    const name = residentName(rng, mix, sex, p.year - age).fullName;
    out.push({
      name,
      relationship,
      phone: rng.chance(official ? 1 : 0.9) ? mobilePhone(rng) : undefined,
      address: official ? `Kantor ${relationship === 'Ketua RT' ? 'RT' : 'desa/kelurahan'}, ${p.address}` : rng.chance(0.8) ? p.address : undefined,
      isPrimary: out.length === 0,
    });
  }
  return out;
}

const ALLERGIES = ['Udang', 'Telur', 'Kacang tanah', 'Susu sapi', 'Ikan tongkol', 'Amoksisilin', 'Debu dan bulu kucing', 'Kepiting dan kerang', 'Obat golongan sulfa'];

function health(rng: Rng, type: HomeType, age: number, hiv: boolean): { notes: string | null; diet: string | null; traits: Omit<PlannedPerson['traits'], 'hiv' | 'school'> } {
  const traits = { hypertension: false, diabetes: false, epilepsy: false, wheelchair: false };
  const parts: string[] = [];
  let diet: string | null = null;
  if (type === 'PSTW') {
    if (rng.chance(0.45)) {
      traits.hypertension = true;
      parts.push(rng.pick(['Hipertensi, amlodipin 5 mg tiap pagi', 'Hipertensi grade II, kontrol rutin ke Puskesmas', 'Hipertensi; riwayat stroke ringan, berjalan dengan tongkat']));
      diet = 'Rendah garam';
    }
    if (rng.chance(0.2)) {
      traits.diabetes = true;
      parts.push(rng.pick(['Diabetes melitus tipe 2, metformin 2×500 mg', 'DM tipe 2; cek gula darah sewaktu seminggu sekali']));
      diet = diet ? 'Rendah garam dan rendah gula (diet DM)' : 'Diet diabetes (rendah gula)';
    }
    if (rng.chance(0.15)) parts.push(rng.pick(['Katarak mata kiri, menunggu jadwal operasi BPJS', 'Osteoartritis lutut', 'Asam urat tinggi', 'Gangguan pendengaran, memakai alat bantu dengar', 'Demensia ringan, sering lupa letak barang']));
    if (rng.chance(0.08)) {
      traits.wheelchair = true;
      parts.push('Memakai kursi roda; perlu bantuan saat mandi dan berpindah');
      diet = diet ?? 'Makanan lunak';
    }
    if (!diet && rng.chance(0.15)) diet = rng.pick(['Makanan lunak (gigi ompong)', 'Rendah purin (asam urat)']);
  } else if (type === 'PSBG') {
    if (rng.chance(0.15)) {
      traits.epilepsy = true;
      parts.push('Epilepsi, fenitoin 2×100 mg; kejang terakhir tercatat di berkas rujukan');
    }
    if (rng.chance(0.2)) parts.push(rng.pick(['Gizi kurang saat masuk (BB 32 kg)', 'Skabies saat masuk, sudah diobati', 'Sering sariawan; kebersihan mulut perlu dibantu']));
  } else if (type === 'NAPZA') {
    parts.push(rng.pick(['Riwayat pemakaian sabu ±3 tahun', 'Riwayat pemakaian ganja dan obat daftar G (tramadol)', 'Riwayat pemakaian sabu dan alkohol', 'Riwayat pemakaian ganja sejak SMA']));
    if (rng.chance(0.15)) parts.push('Hepatitis C reaktif; rujukan ke RSUD untuk pemeriksaan lanjutan');
  } else if (type === 'PSBN') {
    if (rng.chance(0.3)) parts.push(rng.pick(['Low vision; kacamata +6', 'Glaukoma, tetes mata timolol 2× sehari', 'Kebutaan total sejak lahir', 'Kebutaan akibat kecelakaan kerja (2019)']));
  } else if (age < 18) {
    if (rng.chance(0.12)) parts.push(rng.pick(['Asma ringan, inhaler bila sesak', 'Riwayat TB paru, pengobatan tuntas', 'Gizi kurang saat masuk, diberi PMT', 'Skabies saat masuk, sudah diobati', 'Anemia ringan, tablet Fe seminggu sekali']));
  } else if (rng.chance(0.15)) {
    parts.push(rng.pick(['Maag, hindari makanan pedas', 'Asma ringan', 'Riwayat infeksi menular seksual, sudah diobati di Puskesmas']));
  }
  if (hiv) parts.push(`ODHA, terapi ARV rutin (TLD 1× sehari) di klinik VCT ${rng.pick(['RSUD', 'Puskesmas'])}`);
  if (!diet && rng.chance(type === 'PSTW' ? 0 : 0.03)) diet = rng.pick(['Vegetarian (atas permintaan keluarga)', 'Tanpa makanan laut']);
  return { notes: parts.length ? parts.join('; ') : null, diet, traits };
}

/** The referral letter's reference; hospitals are those of the home's province. */
function referralNote(rng: Rng, source: Referral, regency: OriginRegency, province: OriginProvince, year: number): string | null {
  const n = rng.int(10, 480);
  const place = regency.name.replace('Kabupaten ', 'Kab. ');
  switch (source) {
    case 'district_office':
      return `Surat Dinas Sosial ${place} No. 460/${n}/Dinsos/${year}`;
    case 'puskesos':
      return `Rekomendasi Puskesos ${rng.pick(regency.districts).name}, ${place}`;
    case 'upsk':
      return `Hasil penjangkauan UPSK di ${rng.pick(['terminal', 'pasar', 'alun-alun', 'stasiun', 'jalan protokol'])} ${regency.seat}`;
    case 'police':
      return `Surat Polres ${regency.seat} No. B/${n}/${rng.pick(['I', 'III', 'V', 'VII', 'IX', 'XI'])}/${year}/Reskrim`;
    case 'hospital':
      return `Rujukan ${rng.pick(HOSPITALS[province.code] ?? HOSPITALS['33']!)} (pasien tanpa keluarga)`;
    case 'family':
      return rng.chance(0.5) ? 'Diantar keluarga dengan surat keterangan tidak mampu dari desa' : null;
    case 'other_institution':
      return rng.chance(0.5) ? `Pindahan dari LKSA swasta di ${regency.seat}` : `Rujukan ${rng.pick(MENTAL_HOSPITALS[province.code] ?? [])}`;
    case 'self':
      return null;
  }
}

function criminalHistory(rng: Rng, type: HomeType, pmks: number, seat: string, year: number): string | null {
  if (pmks === 3 && rng.chance(0.85)) {
    return rng.pick([
      `Diversi perkara pencurian (Pasal 362 KUHP) di Polsek ${seat}, ${year}; kesepakatan diversi: pembinaan di panti`,
      `Perkara penganiayaan ringan (Pasal 352 KUHP); penetapan diversi PN ${seat} ${year}`,
      `Terlibat tawuran pelajar; diversi di Polres ${seat}, ${year}`,
    ]);
  }
  if (type === 'NAPZA' && rng.chance(0.25)) return `Putusan rehabilitasi PN ${seat} No. ${rng.int(40, 420)}/Pid.Sus/${year}/PN (Pasal 127 UU 35/2009)`;
  if (pmks === 15) return `Bebas bersyarat dari Lapas ${seat} (${year}), perkara pencurian`;
  if (type === 'PSKW' && rng.chance(0.08)) return `Pernah menjalani pidana 4 bulan perkara penipuan (${year - rng.int(2, 6)})`;
  if (pmks === 4 && rng.chance(0.15)) return `Pernah diamankan Satpol PP ${seat} saat mengamen di persimpangan (${year})`;
  return null;
}

const SCHOOLS = ['SDN', 'SMPN', 'SMAN', 'SMKN'] as const;

/** A resident admitted on `admitted`, as the intake form records them. `age` at admission in years. */
export function planPerson(pc: PersonContext, admitted: Date, ageOnAdmission: number): PlannedPerson {
  const { rng, type, profile, province } = pc;
  const sex: Sex = rng.chance(profile.women) ? 'P' : 'L';
  const estimated = type === 'PSTW' ? rng.chance(0.4) : type === 'PSBG' ? rng.chance(0.1) : rng.chance(0.02);
  const birthDate = birthDateFor(rng, admitted, ageOnAdmission, estimated);
  const birthYear = Number(birthDate.slice(0, 4));
  const name = residentName(rng, province.names, sex, birthYear);
  const bps = originProvinceOf(province);
  const origin = pickOrigin(rng, bps, pc.homeRegency, profile.local);
  const district = rng.pick(origin.regency.districts);
  const village = villageFor(rng, origin.province);
  const address = homeAddress(rng, origin.province);
  const admittedIso = admitted.toISOString().slice(0, 10);
  const year = Number(admittedIso.slice(0, 4));

  let nik: string | null = null;
  if (!rng.chance(profile.noNik)) {
    for (let i = 0; i < 20 && (nik === null || pc.niks.has(nik)); i++) {
      nik = rng.chance(0.03) ? mismatchedNik(rng, origin.regency, district.code, birthDate, sex) : makeNik(rng, origin.regency, district.code, birthDate, sex);
    }
    if (nik && pc.niks.has(nik)) nik = null;
    if (nik) pc.niks.add(nik);
  }
  const kkIssued = new Date(admitted.getTime() - rng.int(60, 3000) * 86_400_000);
  const kkNumber = rng.chance(nik ? 0.9 : 0.3) ? makeKk(rng, origin.regency, district.code, kkIssued) : null;
  const pmks = pmksFor(rng, type, ageOnAdmission);
  const disability = disabilityFor(rng, type);
  const referral = rng.weighted(profile.referral);
  const hivRoll = rng.next();
  const hivPositive = type === 'NAPZA' ? hivRoll < 0.06 : type === 'PSKW' ? hivRoll < 0.06 : isChildHome(type) || type === 'PSBR' ? hivRoll < 0.012 : false;
  const tested = type === 'NAPZA' || type === 'PSKW' ? 0.8 : isChildHome(type) ? 0.25 : 0.15;
  const hivStatus = hivPositive ? 'positive' : rng.chance(tested) ? 'negative' : 'unknown';
  const h = health(rng, type, ageOnAdmission, hivPositive);
  const allergy = rng.chance(0.08) ? rng.pick(ALLERGIES) : null;
  const diet = h.diet ?? (allergy === 'Udang' || allergy === 'Kepiting dan kerang' ? 'Tanpa makanan laut' : allergy === 'Susu sapi' ? 'Tanpa susu sapi' : null);
  const room = rng.pick(profile.rooms[sex]);
  const education = educationFor(rng, type, ageOnAdmission);
  const child = ageOnAdmission < 18;
  let school: string | null = null;
  if (child && type !== 'PSBG' && education !== 'none') {
    const level = education === 'sd' ? 0 : education === 'smp' ? 1 : rng.chance(0.5) ? 2 : 3;
    school = `${SCHOOLS[level]} ${rng.int(1, level === 0 ? 25 : 6)} ${regencySeat(pc.homeRegency)}`;
  }
  const noteParts: string[] = [];
  if (school) noteParts.push(`Bersekolah di ${school}`);
  if (type === 'PSTW' && rng.chance(0.2)) noteParts.push('Tidak ada keluarga yang dapat dihubungi saat masuk; penelusuran keluarga berjalan');
  if (type === 'PSBN' && rng.chance(0.3)) noteParts.push(rng.pick(['Minat pelatihan pijat refleksi', 'Ingin belajar musik (keyboard)', 'Sudah bisa membaca Braille']));
  if (type === 'NAPZA' && rng.chance(0.3)) noteParts.push(rng.pick(['Program rawat inap 6 bulan (IPWL)', 'Dibiayai wajib lapor pecandu (IPWL)']));
  const values: ResidentInput = {
    fullName: name.fullName,
    nickname: name.nickname,
    nik,
    kkNumber,
    birthPlace: rng.chance(0.85) ? origin.regency.seat : rng.pick(bps.regencies).seat,
    birthDate,
    birthDateEstimated: estimated,
    sex,
    religion: rng.weighted(RELIGION_BY_CULTURE[name.culture]),
    education,
    maritalStatus: maritalFor(rng, type, ageOnAdmission),
    originProvince: origin.province.name,
    originRegency: origin.regency.name,
    originDistrict: district.name,
    originVillage: village,
    originAddress: address,
    pmksCategory: pmks,
    disabilityType: disability.type,
    disabilityDegree: disability.degree,
    referralSource: referral,
    referralNote: referralNote(rng, referral, origin.regency, bps, year),
    admissionDate: admittedIso,
    room,
    allergies: allergy,
    specialDiet: diet,
    notes: noteParts.length ? noteParts.join('. ') : null,
    healthNotes: h.notes,
    hivStatus,
    criminalHistory: criminalHistory(rng, type, pmks, origin.regency.seat, year),
    guardians: [],
  };
  values.guardians = guardiansFor(rng, { type, age: ageOnAdmission, year, culture: name.culture, province, address: `${address}, ${village}, ${district.name}` });
  return { values, culture: name.culture, traits: { ...h.traits, hiv: hivPositive, school } };
}

function regencySeat(name: string): string {
  return name.replace(/^(Kota|Kabupaten) /, '');
}
