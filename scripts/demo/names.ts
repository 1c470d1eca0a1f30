import type { Rng } from './rng';

/**
 * Indonesian personal names by cultural region. Many Indonesians have one name or a given name plus a
 * second name that works like a family name (Javanese Santoso, Minang clan names, Batak marga, Minahasa fam).
 */
export type Sex = 'L' | 'P';

interface Culture {
  male: readonly string[];
  female: readonly string[];
  /** Second names; by sex where they differ. */
  familyMale: readonly string[];
  familyFemale: readonly string[];
  /** Share of people known by one name only. */
  singleName: number;
  /** Builds the full name; default `given family`. */
  format?: (given: string, family: string, sex: Sex, rng: Rng) => string;
}

const JAVANESE: Culture = {
  male: ['Agus', 'Bambang', 'Budi', 'Dwi', 'Eko', 'Hadi', 'Joko', 'Slamet', 'Sugeng', 'Teguh', 'Wahyu', 'Yoga', 'Aris',
    'Priyo', 'Heru', 'Bayu', 'Dimas', 'Tri', 'Setyo', 'Adi', 'Gatot', 'Sigit', 'Anton', 'Nanang', 'Wisnu', 'Purwo',
    'Galih', 'Danang', 'Catur', 'Yudha', 'Arif', 'Bagus', 'Rizal', 'Ilham', 'Fajar', 'Endro'],
  female: ['Sri', 'Siti', 'Dewi', 'Endang', 'Retno', 'Wulan', 'Yuni', 'Rini', 'Tri', 'Dwi', 'Ratna', 'Indah', 'Ayu',
    'Lestari', 'Sekar', 'Diah', 'Kartika', 'Anik', 'Wiwik', 'Titik', 'Ning', 'Tutik', 'Yanti', 'Puji', 'Rahayu', 'Nur',
    'Eny', 'Umi', 'Lilik', 'Setyawati', 'Novi', 'Fitri'],
  familyMale: ['Santoso', 'Prasetyo', 'Setiawan', 'Wibowo', 'Nugroho', 'Susanto', 'Hidayat', 'Purnomo', 'Kurniawan',
    'Saputro', 'Wicaksono', 'Utomo', 'Raharjo', 'Hartono', 'Sulistyo', 'Cahyono', 'Suryono', 'Darmawan', 'Haryadi',
    'Wahyudi', 'Mulyono', 'Sutrisno', 'Purwanto', 'Triyono', 'Widodo', 'Pamungkas', 'Nugraha', 'Budiyanto', 'Sudarsono'],
  familyFemale: ['Wahyuni', 'Lestari', 'Rahayu', 'Wulandari', 'Handayani', 'Susanti', 'Kusumawati', 'Purwaningsih',
    'Pratiwi', 'Puspitasari', 'Rahmawati', 'Setyaningsih', 'Indrawati', 'Maharani', 'Anggraini', 'Safitri',
    'Kurniasih', 'Sulistyowati', 'Nurhayati', 'Fitriani', 'Mulyani', 'Hastuti', 'Widyastuti', 'Astuti', 'Suryani'],
  singleName: 0.12,
};

const MINANG: Culture = {
  male: ['Afrizal', 'Zulkifli', 'Syafrizal', 'Yusrizal', 'Nofrizal', 'Hendri', 'Irwan', 'Rusdi', 'Fadli', 'Rahmat',
    'Defri', 'Erizal', 'Yoserizal', 'Alfian', 'Jufri', 'Zainal', 'Hasnul', 'Firdaus', 'Masrizal', 'Syahrial', 'Buyung',
    'Ridwan', 'Andri', 'Yuhendri', 'Zulfahmi', 'Mardianto', 'Efendi', 'Edwar', 'Novrianto'],
  female: ['Yulianti', 'Rahmi', 'Nofrita', 'Yusnita', 'Elfi', 'Desmawati', 'Zuraida', 'Yenni', 'Rosmaini', 'Novia',
    'Fitria', 'Nelvi', 'Mardiani', 'Syafnidar', 'Yusra', 'Nurhasanah', 'Elvira', 'Rahmadani', 'Yeni', 'Mira', 'Yelfi',
    'Delvi', 'Neni', 'Sesmiarti', 'Rita'],
  familyMale: ['Tanjung', 'Koto', 'Piliang', 'Chaniago', 'Sikumbang', 'Jambak', 'Putra', 'Syahputra', 'Saputra',
    'Rasyid', 'Malik', 'Hamzah', 'Datuak Rajo Mangkuto'],
  familyFemale: ['Yanti', 'Sari', 'Wati', 'Fitri', 'Nengsih', 'Rahmadani', 'Yusnita', 'Susanti', 'Hayati', 'Marni',
    'Tanjung', 'Koto', 'Chaniago'],
  singleName: 0.25,
};

const SUNDANESE: Culture = {
  male: ['Asep', 'Dadang', 'Ujang', 'Cecep', 'Dede', 'Yayan', 'Acep', 'Iwan', 'Ade', 'Deden', 'Endang', 'Jajang'],
  female: ['Euis', 'Neng', 'Iis', 'Cucu', 'Lilis', 'Enung', 'Yati', 'Elis', 'Imas', 'Nining'],
  familyMale: ['Hermawan', 'Supriatna', 'Sudrajat', 'Kusnadi', 'Ruhiyat', 'Mulyana', 'Suherman', 'Saepudin',
    'Nurjaman', 'Permana', 'Somantri'],
  familyFemale: ['Rohaeti', 'Nurjanah', 'Kurniasih', 'Sumiati', 'Komalasari', 'Rosita', 'Rukmini', 'Hasanah'],
  singleName: 0.05,
};

const BATAK: Culture = {
  male: ['Rudi', 'Martin', 'Hotman', 'Parulian', 'Jonner', 'Sahat', 'Togar', 'Bonar', 'Ferdinand', 'Roni', 'Darwin',
    'Budiman', 'Marihot'],
  female: ['Rosmawati', 'Lamtiur', 'Tiurma', 'Dameria', 'Nurhaida', 'Rotua', 'Sondang', 'Masniari', 'Hotnida', 'Erna'],
  familyMale: ['Siregar', 'Nasution', 'Harahap', 'Lubis', 'Simanjuntak', 'Sitompul', 'Hutapea', 'Pardede', 'Sinaga',
    'Simatupang', 'Tambunan', 'Panjaitan', 'Manurung', 'Silalahi', 'Sihombing', 'Hutagalung', 'Situmorang', 'Pane'],
  familyFemale: [],
  singleName: 0,
};

const MINAHASA: Culture = {
  male: ['Jeffry', 'Ronald', 'Stevanus', 'Frangky', 'Hendrik', 'Youngky', 'Jemmy', 'Decky'],
  female: ['Meiske', 'Vivi', 'Grace', 'Deisy', 'Jeane', 'Lenny', 'Olvie', 'Femmy'],
  familyMale: ['Wenas', 'Lumenta', 'Rumondor', 'Sondakh', 'Pangemanan', 'Tumbelaka', 'Mandagi', 'Rompas', 'Kaunang',
    'Mamahit', 'Supit', 'Lengkong'],
  familyFemale: [],
  singleName: 0,
};

const MALUKU: Culture = {
  male: ['Yohanis', 'Marthen', 'Abraham', 'Semuel', 'Hasan', 'Ruslan'],
  female: ['Yohana', 'Agustina', 'Ellen', 'Salma', 'Nona', 'Welhelmina'],
  familyMale: ['Pattinama', 'Latuconsina', 'Pattiasina', 'Sahetapy', 'Tuhumury', 'Matulessy', 'Wattimena',
    'Latupeirissa', 'Tuasikal', 'Marasabessy'],
  familyFemale: [],
  singleName: 0,
};

const NUSA_TENGGARA: Culture = {
  male: ['Yohanes', 'Fransiskus', 'Petrus', 'Aloysius', 'Kornelis', 'Yosef', 'Paulus', 'Yakobus'],
  female: ['Maria', 'Theresia', 'Yuliana', 'Veronika', 'Agnes', 'Bernadeta', 'Katarina'],
  familyMale: ['Fernandez', 'da Costa', 'Ndoen', 'Tefa', 'Bria', 'Nahak', 'Kleden', 'Making', 'Lewar', 'Manehat'],
  familyFemale: [],
  singleName: 0,
};

const BUGIS: Culture = {
  male: ['Andi', 'Muhammad', 'Abdul', 'Syamsul', 'Ilham', 'Arsyad', 'Hamka', 'Syahrul'],
  female: ['Andi', 'Sitti', 'Hasnah', 'Nurhaedah', 'Rosdiana', 'Hasmawati', 'Nurlina'],
  familyMale: ['Syamsuddin', 'Baharuddin', 'Amiruddin', 'Jamaluddin', 'Hasanuddin', 'Rahman', 'Mansyur', 'Latif'],
  familyFemale: ['Rahmawati', 'Nurhayati', 'Syamsuddin', 'Amir', 'Hamid'],
  singleName: 0.1,
};

const CHINESE_INDONESIAN: Culture = {
  male: ['Hendra', 'Budi', 'Kevin', 'Steven', 'Yohanes', 'Albert', 'Rudy', 'Hartono', 'Eddy', 'Willy'],
  female: ['Lily', 'Susan', 'Meliana', 'Linda', 'Yenny', 'Fransiska', 'Lanny', 'Megawati', 'Fenny'],
  familyMale: ['Gunawan', 'Wijaya', 'Halim', 'Santoso', 'Tanoto', 'Kusuma', 'Hartanto', 'Salim', 'Tanuwijaya', 'Sutanto'],
  familyFemale: ['Wijaya', 'Halim', 'Tanudjaja', 'Kurniawati', 'Setiadi', 'Gunawan'],
  singleName: 0,
};

const PAPUA: Culture = {
  male: ['Yohanis', 'Nikolaus', 'Markus', 'Yakobus', 'Otto', 'Daniel'],
  female: ['Yuliana', 'Martha', 'Naomi', 'Ester', 'Dorkas', 'Selfina'],
  familyMale: ['Rumbiak', 'Mandacan', 'Kogoya', 'Wenda', 'Yoku', 'Mayor', 'Rumbewas', 'Karubaba', 'Ayomi', 'Sawaki'],
  familyFemale: [],
  singleName: 0,
};

const BALI_ORDER = ['Putu', 'Wayan', 'Gede', 'Made', 'Kadek', 'Nyoman', 'Komang', 'Ketut'] as const;
const BALINESE: Culture = {
  male: ['Suarsana', 'Sudarsana', 'Wirawan', 'Artawan', 'Sukadana', 'Budiarta', 'Suardana', 'Mahendra', 'Darmayasa'],
  female: ['Sukarini', 'Widiastuti', 'Sudiani', 'Murniati', 'Adnyani', 'Ariani', 'Suartini', 'Sri Wahyuni'],
  familyMale: [],
  familyFemale: [],
  singleName: 1,
  format: (given, _family, sex, rng) =>
    sex === 'L' ? `I ${rng.pick(BALI_ORDER)} ${given}` : `Ni ${rng.chance(0.5) ? 'Luh ' : ''}${rng.pick(BALI_ORDER)} ${given}`,
};

/** Names common everywhere in Indonesia. */
const NATIONAL: Culture = {
  male: ['Ahmad', 'Muhammad', 'Andi', 'Arif', 'Dedi', 'Hendra', 'Heri', 'Iwan', 'Rudi', 'Rizki', 'Yusuf', 'Irfan',
    'Aditya', 'Taufik', 'Agung', 'Indra', 'Doni', 'Fauzi', 'Reza', 'Fikri', 'Hafiz', 'Rian'],
  female: ['Siti', 'Nurul', 'Dian', 'Maya', 'Putri', 'Rina', 'Fitri', 'Intan', 'Mega', 'Desi', 'Annisa', 'Rizka',
    'Aulia', 'Nadia', 'Yuli', 'Lina', 'Ika', 'Eka', 'Wulan'],
  familyMale: ['Hidayat', 'Saputra', 'Pratama', 'Firmansyah', 'Gunawan', 'Kurniawan', 'Permana', 'Ramadhan', 'Setiawan',
    'Hakim', 'Maulana', 'Nugraha', 'Syahputra'],
  familyFemale: ['Rahmawati', 'Lestari', 'Safitri', 'Pratiwi', 'Handayani', 'Anggraini', 'Permatasari', 'Ramadhani',
    'Aprilia', 'Oktaviani', 'Novitasari', 'Kusuma'],
  singleName: 0.03,
};

export const CULTURES = {
  javanese: JAVANESE,
  minang: MINANG,
  sundanese: SUNDANESE,
  batak: BATAK,
  minahasa: MINAHASA,
  maluku: MALUKU,
  nusaTenggara: NUSA_TENGGARA,
  bugis: BUGIS,
  chinese: CHINESE_INDONESIAN,
  papua: PAPUA,
  balinese: BALINESE,
  national: NATIONAL,
} as const;
export type CultureName = keyof typeof CULTURES;

/** Who lives where: the mix of names in a province's workforce. */
export type NameMix = readonly (readonly [CultureName, number])[];

export function personName(rng: Rng, mix: NameMix, sex: Sex): string {
  const culture = CULTURES[rng.weighted(mix)];
  const given = rng.pick(sex === 'L' ? culture.male : culture.female);
  const families = sex === 'P' && culture.familyFemale.length > 0 ? culture.familyFemale : culture.familyMale;
  if (culture.format) return culture.format(given, '', sex, rng);
  if (families.length === 0 || rng.chance(culture.singleName)) return given;
  let family = rng.pick(families);
  for (let i = 0; i < 5 && family === given; i++) family = rng.pick(families);
  return family === given ? given : `${given} ${family}`;
}

/**
 * A login name from a person's name: `made.suarsana`, `sri.wahyuni`, `sumarni`. Balinese birth-order
 * prefixes and the particles I/Ni/Luh are dropped from the first part.
 */
export function usernameFor(name: string): string {
  const skip = new Set(['i', 'ni', 'luh']);
  const words = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z\s]/g, '')
    .split(/\s+/)
    .filter((w) => w && !skip.has(w));
  const first = words[0] ?? 'pengguna';
  const last = words.length > 1 ? words[words.length - 1]! : '';
  return (last ? `${first}.${last}` : first).slice(0, 36);
}

export type StaffJob =
  | 'admin'
  | 'head'
  | 'bendahara'
  | 'pptk'
  | 'pengasuh'
  | 'pramu-sosial'
  | 'pekerja-sosial'
  | 'perawat'
  | 'pejabat-provinsi';

/** The name as written on a staff list: with the academic degrees usual for the job. */
export function withTitles(name: string, job: StaffJob, birthYear: number, rng: Rng): string {
  const suffix = (options: readonly (readonly [string, number])[]) => {
    const title = rng.weighted(options);
    return title ? `${name}, ${title}` : name;
  };
  switch (job) {
    case 'head':
    case 'pejabat-provinsi':
      if (birthYear < 1971 && rng.chance(0.4)) return `Drs. ${name}, M.Si.`;
      return suffix([['S.Sos., M.Si.', 4], ['S.Sos., M.M.', 2], ['S.H., M.H.', 1], ['S.Psi., M.Si.', 1], ['S.E., M.Si.', 1]]);
    case 'bendahara':
    case 'pptk':
      return suffix([['S.E.', 5], ['S.Ak.', 2], ['A.Md.', 2], ['S.E., M.Ak.', 1]]);
    case 'admin':
      return suffix([['S.Kom.', 3], ['A.Md.', 2], ['S.AP.', 2], ['', 2]]);
    case 'perawat':
      return suffix([['A.Md.Kep.', 3], ['S.Kep., Ns.', 2]]);
    case 'pekerja-sosial':
      return suffix([['S.Tr.Sos.', 3], ['S.Sos.', 2]]);
    case 'pengasuh':
      return suffix([['', 4], ['S.Pd.', 2], ['S.Pd.I.', 1], ['A.Md.', 1]]);
    case 'pramu-sosial':
      return suffix([['', 3], ['S.Sos.', 1]]);
  }
}
