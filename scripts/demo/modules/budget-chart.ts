import type { FundingSource, HomeType } from '../../../src-main/contract';

/**
 * The demo's budget structure: two programmes as a provincial social office's UPTD carries them, with
 * the sub-kegiatan of a residential home (Permendagri 90/2019 nomenclature; the names are the finance
 * officer's own, as the app lets them be). Amounts are yearly allocations for a home of about 70 residents.
 */

/** When a line's money goes out: its disbursement plan and its spending follow the same pattern. */
export type Pattern =
  | { kind: 'weekly' }
  | { kind: 'monthly' }
  | { kind: 'months'; months: number[] }
  | { kind: 'sporadic'; chance: number };

export interface ChartLine {
  account: string;
  accountName: string;
  source?: FundingSource;
  /** Yearly allocation in rupiah for a home of ~70 residents. */
  base: number;
  pattern: Pattern;
  /** Only for these home types (all when absent). */
  types?: HomeType[];
  /** Only in some homes (APBN lines): the share of homes that carry it. */
  share?: number;
  payees: string[];
  /** What the receipt says; `{bulan}` is the month and year. */
  description: string;
  /** Spent from another feature's records (the exits demo's approved costs, the training demo's school fees), not planned here. */
  fedBy?: 'exits' | 'training';
}

export interface ChartSub {
  code: string;
  name: string;
  lines: ChartLine[];
}

export interface ChartKegiatan {
  code: string;
  name: string;
  subs: ChartSub[];
}

export interface ChartProgramme {
  code: string;
  name: string;
  kegiatan: ChartKegiatan[];
}

const CHILDREN: HomeType[] = ['PSAA', 'PSAABR', 'PSBR'];
const DISABILITY: HomeType[] = ['PSBN', 'PSBG', 'PSTW'];

export const DEMO_CHART: ChartProgramme[] = [
  {
    code: '1.06.01',
    name: 'Program Penunjang Urusan Pemerintahan Daerah Provinsi',
    kegiatan: [
      {
        code: '1.06.01.02.06',
        name: 'Administrasi Umum Perangkat Daerah',
        subs: [
          {
            code: '1.06.01.02.06.0004',
            name: 'Penyediaan Bahan Logistik Kantor',
            lines: [
              { account: '5.1.02.01.01.0024', accountName: 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', base: 18_000_000, pattern: { kind: 'monthly' }, payees: ['Toko Buku Gramedia', 'CV Karya Mandiri ATK', 'Toko Sinar Jaya'], description: 'Pembelian alat tulis kantor {bulan}' },
            ],
          },
          {
            code: '1.06.01.02.06.0005',
            name: 'Penyediaan Barang Cetakan dan Penggandaan',
            lines: [
              { account: '5.1.02.01.01.0026', accountName: 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak', base: 9_000_000, pattern: { kind: 'months', months: [1, 4, 7, 10] }, payees: ['Percetakan Mitra Grafika', 'CV Cahaya Offset'], description: 'Cetak formulir dan map register {bulan}' },
            ],
          },
        ],
      },
      {
        code: '1.06.01.02.08',
        name: 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
        subs: [
          {
            code: '1.06.01.02.08.0002',
            name: 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
            lines: [
              { account: '5.1.02.02.01.0061', accountName: 'Belanja Tagihan Listrik', base: 96_000_000, pattern: { kind: 'monthly' }, payees: ['PT PLN (Persero)'], description: 'Pembayaran rekening listrik {bulan}' },
              { account: '5.1.02.02.01.0062', accountName: 'Belanja Tagihan Air', base: 18_000_000, pattern: { kind: 'monthly' }, payees: ['Perumda Air Minum'], description: 'Pembayaran rekening air {bulan}' },
              { account: '5.1.02.02.01.0063', accountName: 'Belanja Tagihan Telepon dan Internet', base: 15_000_000, pattern: { kind: 'monthly' }, payees: ['PT Telkom Indonesia (Persero) Tbk'], description: 'Pembayaran telepon dan internet {bulan}' },
            ],
          },
        ],
      },
      {
        code: '1.06.01.02.09',
        name: 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah',
        subs: [
          {
            code: '1.06.01.02.09.0002',
            name: 'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional',
            lines: [
              { account: '5.1.02.01.01.0012', accountName: 'Belanja Bahan-Bahan Bakar dan Pelumas', base: 24_000_000, pattern: { kind: 'monthly' }, payees: ['SPBU Pertamina 14.251.502', 'SPBU Pertamina 44.571.08'], description: 'Pembelian BBM kendaraan operasional {bulan}' },
              { account: '5.1.02.03.02.0035', accountName: 'Belanja Pemeliharaan Alat Angkutan-Kendaraan Bermotor Penumpang', base: 15_000_000, pattern: { kind: 'months', months: [3, 6, 9, 12] }, payees: ['Bengkel Resmi Toyota', 'Bengkel Maju Motor'], description: 'Servis berkala kendaraan dinas {bulan}' },
            ],
          },
        ],
      },
    ],
  },
  {
    code: '1.06.04',
    name: 'Program Rehabilitasi Sosial',
    kegiatan: [
      {
        code: '1.06.04.02.01',
        name: 'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Dalam Panti Sosial',
        subs: [
          {
            code: '1.06.04.02.01.0001',
            name: 'Penyediaan Permakanan',
            lines: [
              { account: '5.1.02.01.01.0052', accountName: 'Belanja Makanan dan Minuman Penerima Manfaat', base: 690_000_000, pattern: { kind: 'weekly' }, payees: ['UD Sumber Pangan', 'Toko Beras Sinar Tani', 'CV Aneka Boga', 'Pedagang Pasar Raya (Ibu Ratna)'], description: 'Belanja bahan makanan penerima manfaat {bulan}' },
            ],
          },
          {
            code: '1.06.04.02.01.0002',
            name: 'Penyediaan Sandang',
            lines: [
              { account: '5.1.02.01.01.0064', accountName: 'Belanja Pakaian Penerima Manfaat', base: 42_000_000, pattern: { kind: 'months', months: [3, 7] }, payees: ['Toko Pakaian Ramayana', 'Konveksi Maju Jaya'], description: 'Pengadaan pakaian penerima manfaat {bulan}' },
              { account: '5.1.02.01.01.0031', accountName: 'Belanja Alat/Bahan Kebersihan dan Perlengkapan Mandi', base: 36_000_000, pattern: { kind: 'monthly' }, payees: ['Toko Serba Ada Makmur', 'Minimarket Sejahtera'], description: 'Perlengkapan mandi dan kebersihan {bulan}' },
            ],
          },
          {
            code: '1.06.04.02.01.0003',
            name: 'Penyediaan Asrama yang Mudah Diakses dan Perlengkapannya',
            lines: [
              { account: '5.1.02.01.01.0030', accountName: 'Belanja Perlengkapan Asrama (Kasur, Linen, Kelambu)', base: 30_000_000, pattern: { kind: 'months', months: [2, 8] }, payees: ['Toko Kasur Nyaman', 'CV Linen Bersih'], description: 'Perlengkapan asrama {bulan}' },
            ],
          },
          {
            code: '1.06.04.02.01.0004',
            name: 'Penyediaan Alat Bantu',
            lines: [
              { account: '5.1.02.01.01.0063', accountName: 'Belanja Alat Bantu Penyandang Disabilitas', base: 25_000_000, pattern: { kind: 'months', months: [8, 10] }, types: DISABILITY, payees: ['CV Alat Kesehatan Prima', 'Toko Ortopedi Sehat'], description: 'Pengadaan alat bantu (kursi roda, tongkat, alat bantu dengar) {bulan}' },
            ],
          },
          {
            code: '1.06.04.02.01.0005',
            name: 'Penyediaan Perbekalan Kesehatan di Dalam Panti',
            lines: [
              { account: '5.1.02.01.01.0035', accountName: 'Belanja Obat-Obatan', base: 48_000_000, pattern: { kind: 'monthly' }, payees: ['Apotek Kimia Farma', 'Apotek Sehat Sentosa'], description: 'Pembelian obat-obatan {bulan}' },
              { account: '5.1.02.02.01.0014', accountName: 'Belanja Jasa Tenaga Kesehatan', base: 36_000_000, pattern: { kind: 'monthly' }, payees: ['dr. Rina Kartikasari', 'dr. Ahmad Fauzi, Sp.KJ'], description: 'Honorarium dokter kunjungan {bulan}' },
            ],
          },
          {
            code: '1.06.04.02.01.0006',
            name: 'Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial',
            lines: [
              { account: '5.1.02.02.01.0013', accountName: 'Belanja Jasa Narasumber/Instruktur', base: 48_000_000, pattern: { kind: 'monthly' }, payees: ['Ustadz Hasan Basri', 'Instruktur Menjahit Ibu Lestari', 'Pembina Pramuka Kwarcab'], description: 'Honorarium instruktur bimbingan {bulan}' },
              { account: '5.1.02.01.01.0040', accountName: 'Belanja Bahan Praktik Keterampilan', base: 30_000_000, pattern: { kind: 'monthly' }, payees: ['Toko Bahan Jahit Sentosa', 'UD Kerajinan Nusantara'], description: 'Bahan praktik keterampilan {bulan}' },
              { account: '5.1.02.01.01.0040', accountName: 'Belanja Bahan Praktik Keterampilan', source: 'apbn_dekon', share: 0.5, base: 45_000_000, pattern: { kind: 'months', months: [5, 6, 7, 8, 9, 10] }, payees: ['Toko Bahan Jahit Sentosa', 'CV Mesin Jahit Abadi'], description: 'Bahan praktik keterampilan (dekonsentrasi) {bulan}' },
            ],
          },
          {
            code: '1.06.04.02.01.0009',
            name: 'Pemberian Akses ke Layanan Pendidikan dan Kesehatan Dasar',
            lines: [
              { account: '5.1.02.02.01.0070', accountName: 'Belanja Biaya Pendidikan Penerima Manfaat', base: 60_000_000, pattern: { kind: 'months', months: [1, 7, 8] }, types: CHILDREN, payees: ['SMP Negeri 2', 'SMA Negeri 1', 'Toko Buku Pelajar'], description: 'Biaya sekolah, seragam dan buku penerima manfaat {bulan}', fedBy: 'training' },
            ],
          },
          {
            code: '1.06.04.02.01.0012',
            name: 'Pemulangan ke Daerah Asal',
            lines: [
              { account: '5.1.02.04.01.0001', accountName: 'Belanja Perjalanan Dinas Biasa (Pemulangan Klien)', base: 12_000_000, pattern: { kind: 'sporadic', chance: 0.45 }, payees: ['Pendamping pemulangan', 'PO Bus ANS', 'Travel Harmonis'], description: 'Biaya pemulangan penerima manfaat ke daerah asal {bulan}', fedBy: 'exits' },
            ],
          },
          {
            code: '1.06.04.02.01.0013',
            name: 'Pemberian Pelayanan Pemulasaraan dan Pemakaman',
            lines: [
              { account: '5.1.02.02.01.0081', accountName: 'Belanja Jasa Pemulasaraan Jenazah dan Pemakaman', base: 15_000_000, pattern: { kind: 'sporadic', chance: 0.35 }, types: ['PSTW'], payees: ['Pengurus TPU setempat', 'Toko Perlengkapan Jenazah Al-Ikhlas'], description: 'Biaya pemulasaraan dan pemakaman penerima manfaat {bulan}', fedBy: 'exits' },
            ],
          },
        ],
      },
    ],
  },
];

/** The month weights of a pattern (its disbursement plan has the same shape). */
export function patternWeights(pattern: Pattern): number[] {
  switch (pattern.kind) {
    case 'months':
      return Array.from({ length: 12 }, (_, m) => (pattern.months.includes(m + 1) ? 1 : 0));
    default:
      return Array(12).fill(1);
  }
}

export const VOID_REASONS = ['Salah pembebanan rekening', 'Bukti pembayaran tercatat ganda', 'Pembayaran dibatalkan penyedia', 'Nilai faktur keliru, dicatat ulang'];
export const OVERRIDE_REASONS = [
  'Kenaikan harga bahan pokok; kekurangan ditampung pada perubahan anggaran',
  'Penambahan penerima manfaat dari rujukan Dinas Sosial kabupaten',
  'Kebutuhan mendesak penerima manfaat, disetujui kepala',
];
