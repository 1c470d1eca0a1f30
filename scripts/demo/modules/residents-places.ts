import type { Province } from '../places';
import type { Rng } from '../rng';

/**
 * Where residents come from: BPS codes of the demo's provinces and regencies (the first six digits of a NIK),
 * a few districts (kecamatan) and villages of each, and the neighbouring provinces some residents come from.
 */

export interface District {
  name: string;
  /** Two digits. */
  code: string;
}

export interface OriginRegency {
  name: string;
  /** Province (2) + regency (2) BPS code, e.g. 1374 for Kota Padang Panjang. */
  code: string;
  seat: string;
  districts: readonly District[];
}

export interface OriginProvince {
  name: string;
  code: string;
  regencies: readonly OriginRegency[];
}

const districts = (...names: string[]): District[] => names.map((name, i) => ({ name, code: String(i + 1).padStart(2, '0') }));

const reg = (name: string, code: string, seat: string, ...names: string[]): OriginRegency => ({ name, code, seat, districts: districts(...names) });

const SUMBAR: OriginProvince = {
  name: 'Sumatera Barat',
  code: '13',
  regencies: [
    reg('Kota Padang Panjang', '1374', 'Padang Panjang', 'Padang Panjang Barat', 'Padang Panjang Timur'),
    reg('Kota Padang', '1371', 'Padang', 'Padang Barat', 'Padang Timur', 'Padang Utara', 'Koto Tangah', 'Kuranji', 'Lubuk Begalung', 'Nanggalo', 'Pauh'),
    reg('Kota Bukittinggi', '1375', 'Bukittinggi', 'Guguk Panjang', 'Mandiangin Koto Selayan', 'Aur Birugo Tigo Baleh'),
    reg('Kabupaten Tanah Datar', '1305', 'Batusangkar', 'Lima Kaum', 'Batipuh', 'X Koto', 'Pariangan', 'Rambatan'),
    reg('Kabupaten Padang Pariaman', '1306', 'Pariaman', 'Lubuk Alung', 'Sintuk Toboh Gadang', 'Nan Sabaris', 'VII Koto Sungai Sariak', 'Batang Anai'),
    reg('Kabupaten Agam', '1307', 'Lubuk Basung', 'Lubuk Basung', 'Tanjung Raya', 'Banuhampu', 'Ampek Angkek', 'Baso'),
    reg('Kabupaten Solok', '1303', 'Arosuka', 'Kubung', 'Gunung Talang', 'Bukit Sundi'),
    reg('Kabupaten Lima Puluh Kota', '1308', 'Sarilamak', 'Harau', 'Luak', 'Guguak'),
    reg('Kota Payakumbuh', '1376', 'Payakumbuh', 'Payakumbuh Barat', 'Payakumbuh Timur', 'Payakumbuh Utara'),
    reg('Kabupaten Pesisir Selatan', '1302', 'Painan', 'IV Jurai', 'Batang Kapas', 'Lengayang'),
  ],
};

const JATENG: OriginProvince = {
  name: 'Jawa Tengah',
  code: '33',
  regencies: [
    reg('Kabupaten Cilacap', '3301', 'Cilacap', 'Cilacap Selatan', 'Kroya', 'Majenang', 'Sidareja'),
    reg('Kabupaten Banyumas', '3302', 'Purwokerto', 'Purwokerto Selatan', 'Sokaraja', 'Ajibarang', 'Kembaran'),
    reg('Kabupaten Purbalingga', '3303', 'Purbalingga', 'Purbalingga', 'Bobotsari', 'Kalimanah', 'Bukateja'),
    reg('Kabupaten Banjarnegara', '3304', 'Banjarnegara', 'Banjarnegara', 'Bawang', 'Purwareja Klampok', 'Wanadadi'),
    reg('Kabupaten Kebumen', '3305', 'Kebumen', 'Kebumen', 'Gombong', 'Prembun', 'Pejagoan'),
    reg('Kabupaten Purworejo', '3306', 'Purworejo', 'Purworejo', 'Kutoarjo', 'Banyuurip', 'Bayan'),
    reg('Kabupaten Wonosobo', '3307', 'Wonosobo', 'Wonosobo', 'Garung', 'Kertek', 'Leksono'),
    reg('Kabupaten Magelang', '3308', 'Mungkid', 'Mungkid', 'Muntilan', 'Mertoyudan', 'Borobudur'),
    reg('Kabupaten Boyolali', '3309', 'Boyolali', 'Boyolali', 'Ampel', 'Banyudono', 'Simo'),
    reg('Kabupaten Klaten', '3310', 'Klaten', 'Klaten Tengah', 'Delanggu', 'Prambanan', 'Wedi'),
    reg('Kabupaten Sukoharjo', '3311', 'Sukoharjo', 'Sukoharjo', 'Kartasura', 'Grogol', 'Mojolaban'),
    reg('Kabupaten Wonogiri', '3312', 'Wonogiri', 'Wonogiri', 'Baturetno', 'Jatisrono', 'Selogiri'),
    reg('Kabupaten Karanganyar', '3313', 'Karanganyar', 'Karanganyar', 'Tawangmangu', 'Colomadu', 'Jaten'),
    reg('Kabupaten Sragen', '3314', 'Sragen', 'Sragen', 'Gemolong', 'Masaran', 'Sambungmacan'),
    reg('Kabupaten Grobogan', '3315', 'Purwodadi', 'Purwodadi', 'Gubug', 'Godong', 'Wirosari'),
    reg('Kabupaten Blora', '3316', 'Blora', 'Blora', 'Cepu', 'Randublatung', 'Jepon'),
    reg('Kabupaten Rembang', '3317', 'Rembang', 'Rembang', 'Lasem', 'Kragan', 'Sulang'),
    reg('Kabupaten Pati', '3318', 'Pati', 'Pati', 'Juwana', 'Tayu', 'Margorejo'),
    reg('Kabupaten Kudus', '3319', 'Kudus', 'Kota Kudus', 'Jati', 'Gebog', 'Mejobo'),
    reg('Kabupaten Jepara', '3320', 'Jepara', 'Jepara', 'Tahunan', 'Pecangaan', 'Mlonggo'),
    reg('Kabupaten Demak', '3321', 'Demak', 'Demak', 'Mranggen', 'Sayung', 'Karangawen'),
    reg('Kabupaten Semarang', '3322', 'Ungaran', 'Ungaran Barat', 'Ambarawa', 'Bawen', 'Tengaran'),
    reg('Kabupaten Temanggung', '3323', 'Temanggung', 'Temanggung', 'Parakan', 'Kedu', 'Ngadirejo'),
    reg('Kabupaten Kendal', '3324', 'Kendal', 'Kendal', 'Kaliwungu', 'Weleri', 'Boja'),
    reg('Kabupaten Batang', '3325', 'Batang', 'Batang', 'Warungasem', 'Limpung', 'Subah'),
    reg('Kabupaten Pekalongan', '3326', 'Kajen', 'Kajen', 'Kedungwuni', 'Wiradesa', 'Bojong'),
    reg('Kabupaten Pemalang', '3327', 'Pemalang', 'Pemalang', 'Comal', 'Randudongkal', 'Petarukan'),
    reg('Kabupaten Tegal', '3328', 'Slawi', 'Slawi', 'Adiwerna', 'Talang', 'Pangkah'),
    reg('Kabupaten Brebes', '3329', 'Brebes', 'Brebes', 'Bumiayu', 'Tanjung', 'Ketanggungan'),
    reg('Kota Magelang', '3371', 'Magelang', 'Magelang Tengah', 'Magelang Selatan', 'Magelang Utara'),
    reg('Kota Surakarta', '3372', 'Surakarta', 'Laweyan', 'Banjarsari', 'Jebres', 'Pasar Kliwon'),
    reg('Kota Salatiga', '3373', 'Salatiga', 'Sidorejo', 'Tingkir', 'Argomulyo'),
    reg('Kota Semarang', '3374', 'Semarang', 'Semarang Tengah', 'Pedurungan', 'Tembalang', 'Banyumanik', 'Semarang Utara'),
    reg('Kota Pekalongan', '3375', 'Pekalongan', 'Pekalongan Barat', 'Pekalongan Utara', 'Pekalongan Timur'),
    reg('Kota Tegal', '3376', 'Tegal', 'Tegal Barat', 'Tegal Timur', 'Margadana'),
  ],
};

/** Neighbouring provinces (a regency or two each) for the few residents from elsewhere. */
const NEIGHBOURS: Record<string, readonly OriginProvince[]> = {
  'Sumatera Barat': [
    { name: 'Riau', code: '14', regencies: [reg('Kota Pekanbaru', '1471', 'Pekanbaru', 'Sukajadi', 'Tampan', 'Marpoyan Damai')] },
    { name: 'Jambi', code: '15', regencies: [reg('Kabupaten Kerinci', '1501', 'Siulak', 'Gunung Kerinci', 'Air Hangat')] },
    { name: 'Sumatera Utara', code: '12', regencies: [reg('Kota Medan', '1275', 'Medan', 'Medan Kota', 'Medan Baru', 'Medan Helvetia')] },
  ],
  'Jawa Tengah': [
    { name: 'DI Yogyakarta', code: '34', regencies: [reg('Kabupaten Sleman', '3404', 'Sleman', 'Depok', 'Mlati', 'Gamping'), reg('Kabupaten Bantul', '3402', 'Bantul', 'Bantul', 'Kasihan', 'Sewon')] },
    { name: 'Jawa Timur', code: '35', regencies: [reg('Kabupaten Ngawi', '3521', 'Ngawi', 'Ngawi', 'Paron', 'Geneng'), reg('Kota Surabaya', '3578', 'Surabaya', 'Tegalsari', 'Wonokromo', 'Sawahan')] },
    { name: 'Jawa Barat', code: '32', regencies: [reg('Kabupaten Cirebon', '3209', 'Sumber', 'Sumber', 'Plered', 'Arjawinangun'), reg('Kota Bandung', '3273', 'Bandung', 'Coblong', 'Sukajadi', 'Cicendo')] },
  ],
};

const PROVINCES: Record<string, OriginProvince> = { 'Sumatera Barat': SUMBAR, 'Jawa Tengah': JATENG };

export function originProvinceOf(province: Province): OriginProvince {
  const found = PROVINCES[province.name];
  if (!found) throw new Error(`no BPS codes for ${province.name}`);
  return found;
}

export function regencyByName(province: OriginProvince, name: string): OriginRegency {
  const found = province.regencies.find((r) => r.name === name);
  if (!found) throw new Error(`no BPS code for ${name}`);
  return found;
}

/** Mostly the home's own regency, often another in the province, now and then a neighbouring province. */
export function pickOrigin(rng: Rng, province: OriginProvince, homeRegency: string, ownShare: number): { province: OriginProvince; regency: OriginRegency } {
  const roll = rng.next();
  if (roll < ownShare) return { province, regency: regencyByName(province, homeRegency) };
  if (roll < 0.95) return { province, regency: rng.pick(province.regencies) };
  const other = rng.pick(NEIGHBOURS[province.name] ?? [province]);
  return { province: other, regency: rng.pick(other.regencies) };
}

const VILLAGES_MINANG = [
  'Silaing Bawah', 'Silaing Atas', 'Pasar Usang', 'Kampung Manggis', 'Guguk Malintang', 'Ekor Lubuk', 'Ganting', 'Koto Katik',
  'Balai Gadang', 'Lubuk Buaya', 'Air Tawar Barat', 'Parupuk Tabing', 'Koto Baru', 'Sungai Pua', 'Pandai Sikek', 'Tanjung Alam',
  'Nagari Pariangan', 'Kapalo Koto', 'Kampung Dalam', 'Sikabu', 'Aie Angek', 'Pakan Sinayan', 'Lambah', 'Batu Taba',
];
const VILLAGES_JAVA = [
  'Sukorejo', 'Karangrejo', 'Sidomulyo', 'Kedungsari', 'Tegalrejo', 'Ngemplak', 'Mojosari', 'Purwosari', 'Banjarsari',
  'Wonosari', 'Sumberejo', 'Krajan', 'Jatisari', 'Kalisari', 'Gunungsari', 'Karanganyar', 'Tambakrejo', 'Ngaliyan',
  'Kembangarum', 'Pandean', 'Sambiroto', 'Gedanganak', 'Candirejo', 'Kebonharjo', 'Bandungrejo', 'Plumbon', 'Sendangmulyo',
  'Randugunting', 'Tanjungsari', 'Kradenan', 'Kedungwinong', 'Ngargoyoso', 'Sidoharjo', 'Pucangsawit', 'Mangunsari',
];

/** Sumatran provinces (BPS codes 11–19) get Sumatran village names, the others Javanese ones. */
const sumatran = (province: OriginProvince) => province.code.startsWith('1');

export function villageFor(rng: Rng, province: OriginProvince): string {
  return rng.pick(sumatran(province) ? VILLAGES_MINANG : VILLAGES_JAVA);
}

const LANES = ['Jl. Masjid', 'Jl. Pemuda', 'Jl. Melati', 'Gang Mawar', 'Jl. Kenanga', 'Jl. Raya', 'Jl. Pasar', 'Gang Buntu', 'Jl. Sekolah', 'Jl. Irigasi'];

/** A street or hamlet address inside a village: `Dusun Krajan RT 03/RW 02` or `Jl. Melati No. 12 RT 01/RW 04`. */
export function homeAddress(rng: Rng, province: OriginProvince): string {
  const rt = `RT ${String(rng.int(1, 9)).padStart(2, '0')}/RW ${String(rng.int(1, 8)).padStart(2, '0')}`;
  if (province.code === '13') return rng.chance(0.5) ? `Jorong ${rng.pick(VILLAGES_MINANG)}` : `${rng.pick(LANES)} No. ${rng.int(1, 120)}`;
  if (sumatran(province)) return `${rng.pick(LANES)} No. ${rng.int(1, 120)} ${rt}`;
  return rng.chance(0.45) ? `Dusun ${rng.pick(VILLAGES_JAVA)} ${rt}` : `${rng.pick(LANES)} No. ${rng.int(1, 120)} ${rt}`;
}

/** Hospitals and institutions the homes refer to, by province. */
export const HOSPITALS: Record<string, readonly string[]> = {
  '13': ['RSUD Padang Panjang', 'RSUP Dr. M. Djamil Padang', 'RSAM Bukittinggi', 'RSUD Prof. H.M. Yamin Padang Pariaman'],
  '33': ['RSUD Dr. Moewardi Surakarta', 'RSUP Dr. Kariadi Semarang', 'RSUD Tugurejo Semarang', 'RSUD Dr. Soeselo Slawi', 'RSUD Kardinah Tegal', 'RSUD Prof. Dr. Margono Soekarjo Purwokerto', 'RSUD Kabupaten Temanggung'],
};
export const MENTAL_HOSPITALS: Record<string, readonly string[]> = {
  '13': ['RSJ Prof. HB. Saanin Padang'],
  '33': ['RSJ Prof. Dr. Soerojo Magelang', 'RSJD Dr. Amino Gondohutomo Semarang', 'RSJD Dr. Arif Zainudin Surakarta'],
};
