import type { NameMix } from './names';
import type { Rng } from './rng';

/** A regency (kabupaten) or city (kota): its seat, telephone area code and postal-code prefix. */
export interface Regency {
  name: string;
  seat: string;
  areaCode: string;
  /** The first three digits of its postal codes. */
  postal: string;
}

export interface Province {
  name: string;
  /** The province's government mail domain. */
  mailDomain: string;
  regencies: readonly Regency[];
  /** The mix of names among its civil servants. */
  names: NameMix;
}

const kab = (name: string, seat: string, areaCode: string, postal: string): Regency => ({
  name: `Kabupaten ${name}`,
  seat,
  areaCode,
  postal,
});
const kota = (name: string, areaCode: string, postal: string): Regency => ({ name: `Kota ${name}`, seat: name, areaCode, postal });

/** Central Java: 29 regencies and 6 cities. */
export const JAWA_TENGAH: Province = {
  name: 'Jawa Tengah',
  mailDomain: 'jatengprov.go.id',
  regencies: [
    kab('Banjarnegara', 'Banjarnegara', '0286', '534'),
    kab('Banyumas', 'Purwokerto', '0281', '531'),
    kab('Batang', 'Batang', '0285', '512'),
    kab('Blora', 'Blora', '0296', '582'),
    kab('Boyolali', 'Boyolali', '0276', '573'),
    kab('Brebes', 'Brebes', '0283', '522'),
    kab('Cilacap', 'Cilacap', '0282', '532'),
    kab('Demak', 'Demak', '0291', '595'),
    kab('Grobogan', 'Purwodadi', '0292', '581'),
    kab('Jepara', 'Jepara', '0291', '594'),
    kab('Karanganyar', 'Karanganyar', '0271', '577'),
    kab('Kebumen', 'Kebumen', '0287', '543'),
    kab('Kendal', 'Kendal', '0294', '513'),
    kab('Klaten', 'Klaten', '0272', '574'),
    kab('Kudus', 'Kudus', '0291', '593'),
    kab('Magelang', 'Mungkid', '0293', '565'),
    kab('Pati', 'Pati', '0295', '591'),
    kab('Pekalongan', 'Kajen', '0285', '511'),
    kab('Pemalang', 'Pemalang', '0284', '523'),
    kab('Purbalingga', 'Purbalingga', '0281', '533'),
    kab('Purworejo', 'Purworejo', '0275', '541'),
    kab('Rembang', 'Rembang', '0295', '592'),
    kab('Semarang', 'Ungaran', '024', '505'),
    kab('Sragen', 'Sragen', '0271', '572'),
    kab('Sukoharjo', 'Sukoharjo', '0271', '575'),
    kab('Tegal', 'Slawi', '0283', '524'),
    kab('Temanggung', 'Temanggung', '0293', '562'),
    kab('Wonogiri', 'Wonogiri', '0273', '576'),
    kab('Wonosobo', 'Wonosobo', '0286', '563'),
    kota('Magelang', '0293', '561'),
    kota('Pekalongan', '0285', '511'),
    kota('Salatiga', '0298', '507'),
    kota('Semarang', '024', '501'),
    kota('Surakarta', '0271', '571'),
    kota('Tegal', '0283', '521'),
  ],
  names: [
    ['javanese', 76],
    ['national', 12],
    ['sundanese', 3],
    ['chinese', 3],
    ['batak', 2],
    ['minang', 1],
    ['bugis', 1],
    ['balinese', 0.5],
    ['minahasa', 0.5],
    ['maluku', 0.5],
    ['nusaTenggara', 0.5],
    ['papua', 0.3],
  ],
};

/** West Sumatra, home of the demo's single home (UPTD PSAA Tri Murni, Padang Panjang). */
export const SUMATERA_BARAT: Province = {
  name: 'Sumatera Barat',
  mailDomain: 'sumbarprov.go.id',
  regencies: [
    kota('Padang Panjang', '0752', '271'),
    kota('Padang', '0751', '251'),
    kota('Bukittinggi', '0752', '261'),
    kab('Padang Pariaman', 'Parit Malintang', '0751', '255'),
    kab('Agam', 'Lubuk Basung', '0752', '264'),
    kab('Tanah Datar', 'Batusangkar', '0752', '272'),
  ],
  names: [
    ['minang', 72],
    ['national', 12],
    ['javanese', 8],
    ['batak', 6],
    ['chinese', 1],
    ['nusaTenggara', 0.5],
    ['minahasa', 0.5],
  ],
};

const STREETS = [
  'Jl. Pemuda', 'Jl. Diponegoro', 'Jl. Jenderal Sudirman', 'Jl. Ahmad Yani', 'Jl. Gatot Subroto', 'Jl. Veteran',
  'Jl. Pahlawan', 'Jl. R.A. Kartini', 'Jl. Dr. Wahidin', 'Jl. Dr. Sutomo', 'Jl. Imam Bonjol', 'Jl. Pattimura',
  'Jl. MT. Haryono', 'Jl. Urip Sumoharjo', 'Jl. Sultan Agung', 'Jl. Cendrawasih', 'Jl. Melati', 'Jl. Kenanga',
  'Jl. Flamboyan', 'Jl. Pramuka', 'Jl. KH. Ahmad Dahlan', 'Jl. Supriyadi', 'Jl. Hasanudin', 'Jl. Teuku Umar',
  'Jl. Yos Sudarso', 'Jl. Pangeran Diponegoro', 'Jl. Sisingamangaraja', 'Jl. Ki Hajar Dewantara', 'Jl. Kolonel Sugiono',
  'Jl. Raya Pantura', 'Jl. Merdeka', 'Jl. Perintis Kemerdekaan', 'Jl. Mayjen Sungkono', 'Jl. Tentara Pelajar',
];

export function streetAddress(rng: Rng, regency: Regency): string {
  const postal = `${regency.postal}${String(rng.int(11, 99))}`;
  const rt = `RT ${String(rng.int(1, 9)).padStart(2, '0')}/RW ${String(rng.int(1, 12)).padStart(2, '0')}`;
  return `${rng.pick(STREETS)} No. ${rng.int(1, 240)}, ${rt}, ${regency.seat} ${postal}`;
}

/** An office landline: 7 digits in Semarang (024), 6 elsewhere. */
export function officePhone(rng: Rng, regency: Regency): string {
  const local = regency.areaCode === '024' ? `${rng.int(3, 8)}${rng.digits(6)}` : `${rng.int(3, 8)}${rng.digits(5)}`;
  return `(${regency.areaCode}) ${local}`;
}

const MOBILE_PREFIXES = ['0811', '0812', '0813', '0821', '0822', '0852', '0853', '0857', '0858', '0878', '0877', '0896', '0895'];

export function mobilePhone(rng: Rng): string {
  return `${rng.pick(MOBILE_PREFIXES)}-${rng.digits(4)}-${rng.digits(4)}`;
}

/** Names of homes in the Javanese-Sanskrit style of Central Java's UPTDs. */
export const HOME_NAMES = [
  'Wening Wardoyo', 'Pucang Gading', 'Among Jiwo', 'Ngudi Rahayu', 'Margo Widodo', 'Pamardi Putra', 'Pamardi Siwi',
  'Pangrukti Mulyo', 'Darma Bakti', 'Budi Dharma', 'Esti Tomo', 'Taruna Yodha', 'Bojong Mulyo', 'Mardi Utomo',
  'Sekar Wangi', 'Sido Mukti', 'Suko Mulyo', 'Kasih Ibu', 'Wiloso Wredho', 'Sudagaran', 'Dewanata', 'Bhakti Candrasa',
  'Satria', 'Margo Mulyo', 'Mandiri', 'Purbo Yuwono', 'Sinar Pagi', 'Mekar Sari', 'Asih Budi', 'Wisma Rini',
  'Putra Utama', 'Tunas Harapan', 'Cinta Kasih', 'Ngudi Luhur', 'Tri Dharma', 'Karya Mandiri', 'Surya Kencana',
  'Wira Adhi Karya', 'Mardi Waluyo', 'Rumekso', 'Samekto Karti', 'Bina Karya', 'Sasana Wiloso', 'Pelita Hati',
  'Harapan Bangsa', 'Bhakti Asih', 'Sri Rejeki', 'Among Putro', 'Wismo Mulyo', 'Ngesti Widodo', 'Widya Mandala',
  'Eka Sakti', 'Bima Sakti', 'Retno Wulan', 'Sumber Kasih', 'Dharma Putra',
] as const;
