import type { HomeType } from '../../../src-main/contract';
import type { CARE_NOTE_CATEGORIES, ExitType, GOAL_DOMAINS, INCIDENT_SEVERITIES, SHIFTS } from '../../../src-main/contract';
import type { Rng } from '../rng';

/**
 * What caregivers and social workers write, in their own words: care notes by shift and category,
 * incidents, assessments, plan goals and progress, and the reasons given for exits. Texts depend on the
 * kind of home (children, youth, elderly, blind, intellectual disability, women, drug rehabilitation).
 */

export type Group = 'child' | 'youth' | 'elderly' | 'blind' | 'intellectual' | 'women' | 'napza';
export type Category = (typeof CARE_NOTE_CATEGORIES)[number];
export type Shift = (typeof SHIFTS)[number];
export type Severity = (typeof INCIDENT_SEVERITIES)[number];
export type Domain = (typeof GOAL_DOMAINS)[number];

export const GROUP_OF: Record<HomeType, Group> = {
  PSAA: 'child',
  PSAABR: 'child',
  PSBR: 'youth',
  PSBN: 'blind',
  PSBG: 'intellectual',
  PSTW: 'elderly',
  PSKW: 'women',
  NAPZA: 'napza',
};

type Line = string | ((rng: Rng) => string);
type Pool = Partial<Record<Group | 'all', readonly Line[]>>;

const temp = (rng: Rng) => `${rng.int(373, 389) / 10}`.replace('.', ',');
const bp = (rng: Rng, high: boolean) => `${high ? rng.int(140, 175) : rng.int(110, 138)}/${high ? rng.int(85, 100) : rng.int(70, 88)}`;

const NOTES: Record<Category, Pool> = {
  health: {
    all: [
      (r) => `{n} demam ${temp(r)} °C, diberi parasetamol dan dikompres; dipantau tiap 4 jam.`,
      '{n} batuk pilek, diberi obat batuk dari Puskesmas; diminta banyak minum air hangat.',
      '{n} mengeluh sakit perut setelah makan siang; diberi oralit, keluhan berkurang sore hari.',
      '{n} sakit gigi geraham kiri; dijadwalkan ke poli gigi Puskesmas.',
      '{n} diare 3 kali sejak pagi; diberi oralit dan zink, dipantau asupan cairannya.',
      '{n} kontrol ke Puskesmas bersama pendamping; obat diambil untuk 1 bulan.',
      '{n} sehat, makan habis, tidur cukup.',
      '{n} gatal-gatal di sela jari; diberi salep dan sprei diganti.',
      '{n} mimisan ringan saat siang, berhenti setelah ditekan 5 menit.',
      '{n} sudah sembuh dari flu, kembali ikut kegiatan.',
    ],
    child: ['{n} imunisasi BIAS di sekolah hari ini.', '{n} ditimbang: BB naik 0,5 kg dari bulan lalu.', '{n} luka lecet di lutut karena jatuh saat main bola; dibersihkan dan diberi betadine.'],
    elderly: [
      (r) => `Tekanan darah {n} ${bp(r, true)} mmHg; sudah minum amlodipin pagi, dilaporkan ke perawat.`,
      (r) => `Tekanan darah {n} ${bp(r, false)} mmHg, nadi teratur.`,
      (r) => `Gula darah sewaktu {n} ${r.int(160, 260)} mg/dL; diet dijaga, dilaporkan ke perawat.`,
      '{n} dibantu mandi dan ganti pakaian; kulit punggung diolesi lotion, tidak ada luka tekan.',
      '{n} mengeluh nyeri lutut; dikompres hangat dan diberi obat sesuai resep.',
      '{n} makan hanya setengah porsi, mengeluh tidak nafsu makan.',
      '{n} terbangun dua kali malam ini untuk ke kamar mandi, didampingi petugas.',
      '{n} pemeriksaan rutin dokter Puskesmas: kondisi stabil, obat dilanjutkan.',
    ],
    blind: ['{n} kontrol ke poli mata; tetes mata dilanjutkan.', '{n} terbentur pintu lemari, memar kecil di dahi; dikompres dingin.'],
    intellectual: ['{n} dibantu minum obat pagi, ditelan habis.', '{n} dibantu menggosok gigi dan mandi sore.', '{n} kejang ±1 menit pukul 05.10, sadar kembali; obat epilepsi sudah diminum.'],
    women: ['{n} periksa kehamilan rutin di Puskesmas; kondisi baik.', '{n} ikut penyuluhan kesehatan reproduksi dari Puskesmas.'],
    napza: ['{n} tes urine hari ini negatif.', '{n} mengeluh sulit tidur dan gelisah; konseling singkat dengan perawat.', '{n} berat badan naik 2 kg sejak bulan lalu.'],
  },
  behaviour: {
    all: [
      '{n} tenang dan kooperatif sepanjang sif.',
      '{n} sempat bertengkar mulut dengan teman sekamar; sudah didamaikan.',
      '{n} terlihat murung, diajak bicara oleh petugas; mengaku rindu keluarga.',
      '{n} membantu petugas membersihkan halaman tanpa diminta.',
      '{n} sulit tidur, baru tidur sekitar pukul 00.30.',
      '{n} menolak makan malam, setelah dibujuk mau makan sedikit.',
      '{n} ceria, banyak bercerita tentang kegiatan hari ini.',
      '{n} menaati jadwal piket kamar.',
    ],
    child: ['{n} bermain gawai melewati jam yang disepakati; ponsel dititipkan ke pengasuh.', '{n} pulang sekolah terlambat 1 jam tanpa kabar; sudah diberi pengertian.', '{n} membantu adik-adik di wisma belajar membaca.'],
    elderly: ['{n} bingung mencari kamarnya sendiri pada malam hari; diantar kembali.', '{n} marah karena merasa barangnya diambil; ternyata tersimpan di lemari.', '{n} mengobrol dan bernyanyi bersama teman wisma sore hari.'],
    intellectual: ['{n} tantrum saat antre makan; ditenangkan di ruang tenang ±10 menit.', '{n} mau antre dan menunggu giliran dengan baik hari ini.', '{n} mengamuk saat diminta mandi; akhirnya mau setelah didampingi.'],
    napza: ['{n} aktif dalam sesi morning meeting dan berani berbagi pengalaman.', '{n} melanggar aturan (merokok di kamar); diberi konsekuensi sesuai aturan TC.', '{n} mengeluh bosan dan ingin pulang; diberi konseling motivasi.'],
    women: ['{n} menangis setelah menerima telepon dari anaknya; didampingi pekerja sosial.', '{n} aktif membantu teman baru beradaptasi.'],
    youth: ['{n} kedapatan keluar asrama setelah jam malam; diberi teguran.', '{n} rajin dan disiplin mengikuti apel pagi.'],
  },
  activity: {
    all: ['{n} mengikuti senam pagi bersama.', '{n} ikut kerja bakti membersihkan lingkungan panti.', '{n} mengikuti bimbingan mental-spiritual dari penyuluh agama.'],
    child: [
      '{n} berangkat sekolah pukul 06.45, pulang pukul 13.30.',
      '{n} mengikuti belajar kelompok malam; PR matematika selesai.',
      '{n} mengaji di musala selepas magrib.',
      '{n} ikut latihan pramuka di sekolah.',
      '{n} ikut lomba kebersihan antarwisma.',
      '{n} ujian tengah semester hari ini; belajar malam didampingi pengasuh.',
      '{n} latihan rebana bersama teman-teman.',
    ],
    youth: ['{n} mengikuti pelatihan las (praktik sambungan T).', '{n} praktik otomotif: servis ringan sepeda motor.', '{n} mengikuti pelatihan menjahit, membuat pola kemeja.', '{n} pelatihan tata boga: membuat roti manis.'],
    elderly: ['{n} mengikuti senam lansia pagi.', '{n} ikut pengajian rutin di aula.', '{n} membuat keset dari kain perca.', '{n} berjemur pagi di taman dan jalan santai 15 menit.', '{n} ikut kegiatan bernyanyi dan permainan ingatan (terapi kognitif).'],
    blind: ['{n} latihan pijat refleksi 2 jam bersama instruktur.', '{n} belajar membaca dan menulis huruf Braille.', '{n} latihan orientasi mobilitas dengan tongkat ke ruang makan.', '{n} latihan keyboard musik.'],
    intellectual: ['{n} latihan bina diri: memakai baju dan mengancingkan sendiri.', '{n} ikut kegiatan membatik jumputan.', '{n} latihan menyapu dan menata tempat tidur.', '{n} ikut terapi musik dan gerak.'],
    women: ['{n} mengikuti pelatihan menjahit (membuat gamis).', '{n} pelatihan tata rias pengantin.', '{n} pelatihan membuat kue kering untuk dijual.', '{n} mengikuti kelas kewirausahaan.'],
    napza: ['{n} mengikuti sesi konseling kelompok (therapeutic community).', '{n} olahraga futsal sore.', '{n} mengikuti pelatihan barista.', '{n} mengikuti seminar pencegahan kekambuhan (relapse prevention).'],
  },
  family_visit: {
    all: [
      '{n} dikunjungi ibu dan adiknya; kunjungan ±1 jam, membawa makanan.',
      '{n} ditelepon keluarga (video call) selama 15 menit.',
      '{n} dikunjungi kakaknya yang menanyakan perkembangan dan rencana kepulangan.',
      'Paman {n} datang menjenguk dan menitipkan uang saku Rp50.000.',
      '{n} tidak ada kunjungan keluarga; petugas menghubungi keluarga, belum ada jawaban.',
    ],
    elderly: ['Anak {n} datang menjenguk bersama cucu; {n} tampak senang.', 'Keponakan {n} menelepon menanyakan kondisi kesehatan.'],
    child: ['Nenek {n} datang menjenguk; membawa pakaian sekolah.', '{n} dijemput keluarga untuk libur Lebaran 3 hari (surat izin terlampir).'],
    napza: ['Sesi konseling keluarga {n} bersama orang tua.', 'Istri {n} berkunjung pada jam kunjungan Minggu.'],
  },
  other: {
    all: ['{n} menerima pakaian dan perlengkapan mandi baru.', '{n} potong rambut.', 'Uang saku {n} Rp20.000 dititipkan ke petugas.', '{n} mengurus surat keterangan domisili di kelurahan.', '{n} difoto untuk pembaruan data.'],
    child: ['{n} menerima seragam dan buku sekolah baru.', '{n} mengambil rapor bersama pengasuh.'],
    elderly: ['{n} menerima kursi roda bantuan Dinas Sosial.', '{n} dibantu perekaman KTP-el oleh petugas Dukcapil.'],
  },
};

function pickFrom(rng: Rng, pool: Pool, group: Group): string {
  const specific = pool[group] ?? [];
  const general = pool.all ?? [];
  const line = specific.length > 0 && (general.length === 0 || rng.chance(0.55)) ? rng.pick(specific) : rng.pick(general.length ? general : specific);
  return typeof line === 'string' ? line : line(rng);
}

/** Categories by shift: mornings are health and activities, nights are behaviour and health. */
export const SHIFT_CATEGORIES: Record<Shift, readonly (readonly [Category, number])[]> = {
  morning: [['health', 35], ['activity', 40], ['behaviour', 12], ['family_visit', 5], ['other', 8]],
  afternoon: [['activity', 35], ['behaviour', 25], ['family_visit', 18], ['health', 15], ['other', 7]],
  night: [['behaviour', 50], ['health', 40], ['other', 10]],
};

export function careNoteText(rng: Rng, group: Group, category: Category, name: string): string {
  return pickFrom(rng, NOTES[category], group).replaceAll('{n}', name);
}

// --- incidents ----------------------------------------------------------------------------------------

interface IncidentText {
  severity: Severity;
  description: string;
  action: string;
  followUp: string | null;
}

const INCIDENTS: Partial<Record<Group | 'all', readonly IncidentText[]>> = {
  all: [
    { severity: 'low', description: '{n} terpeleset di kamar mandi; lutut lecet.', action: 'Luka dibersihkan dan diberi antiseptik.', followUp: 'Pasang keset antiselip di kamar mandi wisma.' },
    { severity: 'medium', description: '{n} berkelahi dengan teman sekamar karena berebut barang.', action: 'Keduanya dipisahkan dan dimediasi pekerja sosial.', followUp: 'Pindah kamar sementara; pantau 2 minggu.' },
    { severity: 'low', description: 'Uang saku {n} hilang dari lemari.', action: 'Dilakukan pemeriksaan lemari bersama; uang belum ditemukan.', followUp: 'Lemari diberi gembok; uang saku dititipkan ke petugas.' },
    { severity: 'high', description: '{n} demam tinggi dan sesak napas pada malam hari.', action: 'Dibawa ke IGD RSUD dengan ambulans; rawat inap 3 hari.', followUp: 'Kontrol ke poli penyakit dalam setelah pulang.' },
    { severity: 'medium', description: '{n} menolak makan dan minum obat selama dua hari.', action: 'Konseling oleh pekerja sosial; keluarga dihubungi.', followUp: 'Pantau asupan makan harian.' },
  ],
  child: [
    { severity: 'high', description: '{n} tidak kembali ke panti setelah jam sekolah; ditemukan malam hari di terminal.', action: 'Dijemput pengasuh bersama Satpol PP; diberi konseling.', followUp: 'Koordinasi dengan wali kelas; pantau kehadiran.' },
    { severity: 'medium', description: '{n} dilaporkan sekolah karena membolos 3 hari.', action: 'Pengasuh bertemu wali kelas dan guru BK.', followUp: 'Antar-jemput sekolah selama 2 minggu.' },
    { severity: 'critical', description: '{n} mengaku mengalami perundungan dan pemukulan oleh kakak kelas di sekolah.', action: 'Visum di Puskesmas; lapor ke sekolah dan UPTD PPA.', followUp: 'Pendampingan psikolog UPTD PPA.' },
  ],
  youth: [
    { severity: 'high', description: '{n} kedapatan membawa minuman keras ke asrama.', action: 'Barang disita; surat peringatan pertama.', followUp: 'Konseling adiksi 4 sesi.' },
    { severity: 'medium', description: 'Jari {n} terluka terkena gerinda saat pelatihan las.', action: 'Pertolongan pertama, dijahit di Puskesmas (3 jahitan).', followUp: 'Tinjau penggunaan APD di bengkel.' },
  ],
  elderly: [
    { severity: 'high', description: '{n} jatuh dari tempat tidur pada malam hari; nyeri panggul.', action: 'Dibawa ke IGD; rontgen tidak ada patah tulang.', followUp: 'Pasang pagar tempat tidur; pendampingan saat ke kamar mandi.' },
    { severity: 'medium', description: '{n} keluar panti tanpa pamit dan tersesat; ditemukan warga di pasar.', action: 'Dijemput petugas; keluarga diberi tahu.', followUp: 'Gelang identitas dan pengawasan pintu gerbang.' },
    { severity: 'critical', description: '{n} ditemukan tidak sadar di kamar pada pagi hari.', action: 'Dibawa ke IGD RSUD; dirawat di ICU.', followUp: 'Koordinasi dengan keluarga dan dokter.' },
    { severity: 'low', description: '{n} tersedak saat makan siang; berhasil dikeluarkan.', action: 'Menu diganti makanan lunak.', followUp: 'Evaluasi tekstur makanan oleh perawat.' },
  ],
  blind: [{ severity: 'medium', description: '{n} terjatuh di tangga menuju ruang pelatihan.', action: 'Diperiksa perawat; memar di tangan.', followUp: 'Pasang pegangan tangan dan penanda lantai taktil.' }],
  intellectual: [
    { severity: 'high', description: '{n} kejang ±5 menit saat kegiatan pagi.', action: 'Posisi miring, diberi obat sesuai protokol; dibawa ke IGD.', followUp: 'Kontrol ke poli saraf; evaluasi dosis obat.' },
    { severity: 'medium', description: '{n} memukul teman saat tantrum.', action: 'Dipisahkan dan ditenangkan; luka teman diobati.', followUp: 'Rencana manajemen perilaku diperbarui.' },
  ],
  women: [{ severity: 'high', description: 'Mantan pasangan {n} datang memaksa bertemu dan mengancam.', action: 'Ditolak petugas jaga; lapor Polsek.', followUp: 'Daftar tamu diperketat; pendampingan UPTD PPA.' }],
  napza: [
    { severity: 'high', description: '{n} kedapatan menyimpan obat terlarang (tramadol) di kamar.', action: 'Barang disita dan didokumentasikan; tes urine positif.', followUp: 'Konsekuensi TC dan evaluasi program.' },
    { severity: 'critical', description: '{n} menunjukkan gejala putus zat berat (gelisah, halusinasi).', action: 'Dirujuk ke IGD RSJ; observasi 24 jam.', followUp: 'Konsultasi psikiater; penyesuaian terapi.' },
  ],
};

export function incidentText(rng: Rng, group: Group, name: string): IncidentText {
  const list = [...(INCIDENTS.all ?? []), ...(INCIDENTS[group] ?? []), ...(INCIDENTS[group] ?? [])];
  const t = rng.pick(list);
  const fill = (s: string) => s.replaceAll('{n}', name);
  return { severity: t.severity, description: fill(t.description), action: fill(t.action), followUp: t.followUp && fill(t.followUp) };
}

export function runawayIncident(name: string, date: string): IncidentText {
  return {
    severity: 'high',
    description: `${name} tidak kembali ke panti sejak ${date}; barang pribadi sebagian dibawa.`,
    action: 'Pencarian di sekitar panti dan rumah keluarga; dilaporkan ke Polsek dan Dinas Sosial.',
    followUp: 'Menunggu kabar dari keluarga dan kepolisian.',
  };
}

export const RESOLUTIONS = [
  'Selesai; kondisi sudah baik.',
  'Selesai; sudah dimediasi dan tidak terulang.',
  'Selesai; tindak lanjut sudah dilaksanakan.',
  'Selesai; dilaporkan dalam rapat koordinasi staf.',
];

// --- case file ------------------------------------------------------------------------------------------

interface AssessmentText {
  problems: readonly string[];
  needs: readonly string[];
  strengths: readonly string[];
  family: readonly string[];
  recommendation: readonly string[];
}

const ASSESSMENTS: Record<Group, AssessmentText> = {
  child: {
    problems: ['Ditelantarkan orang tua setelah perceraian', 'Orang tua meninggal, tidak ada kerabat yang mampu mengasuh', 'Putus sekolah karena ekonomi keluarga', 'Korban kekerasan fisik dalam keluarga', 'Hidup di jalan dan mengamen'],
    needs: ['Pengasuhan dan kebutuhan dasar', 'Akses pendidikan formal', 'Pendampingan psikososial', 'Akta kelahiran dan NIK', 'Bimbingan belajar'],
    strengths: ['Rajin dan mudah bergaul', 'Prestasi baik di sekolah', 'Suka menggambar dan olahraga', 'Masih ada nenek yang peduli', 'Taat beribadah'],
    family: ['Ayah meninggal; ibu bekerja sebagai buruh harian di luar kota', 'Kedua orang tua bercerai dan menikah lagi', 'Tinggal bersama nenek yang sudah tua', 'Orang tua tidak diketahui keberadaannya', 'Keluarga besar di desa, ekonomi sangat terbatas'],
    recommendation: ['Pengasuhan di panti sambil penelusuran keluarga', 'Sekolah formal dan bimbingan belajar', 'Reunifikasi bertahap dengan keluarga setelah kunjungan rumah', 'Konseling psikolog UPTD PPA'],
  },
  youth: {
    problems: ['Putus sekolah dan menganggur', 'Terlibat kenakalan remaja', 'Keluarga miskin, tidak mampu membiayai pendidikan'],
    needs: ['Pelatihan keterampilan kerja', 'Bimbingan mental dan disiplin', 'Akses magang'],
    strengths: ['Minat kuat di bidang otomotif', 'Cekatan dan bertanggung jawab', 'Sehat jasmani'],
    family: ['Orang tua petani penggarap', 'Ayah sudah meninggal, ibu berdagang kecil', 'Tinggal bersama paman'],
    recommendation: ['Pelatihan keterampilan 6 bulan lalu penyaluran kerja', 'Magang di bengkel mitra', 'Bimbingan lanjut setelah kembali ke keluarga'],
  },
  elderly: {
    problems: ['Lanjut usia telantar, tidak ada keluarga yang merawat', 'Tinggal sendiri di rumah tidak layak huni', 'Ditemukan terlantar di jalan', 'Penyakit kronis tanpa pendamping'],
    needs: ['Perawatan kesehatan rutin', 'Pemenuhan kebutuhan dasar', 'Pendampingan aktivitas sehari-hari', 'KTP-el dan BPJS Kesehatan'],
    strengths: ['Masih dapat berjalan sendiri', 'Taat beribadah', 'Senang bercerita dan bersosialisasi', 'Terampil menganyam'],
    family: ['Tidak memiliki anak; suami sudah meninggal', 'Anak-anak merantau dan tidak dapat dihubungi', 'Keponakan bersedia dihubungi tetapi tidak mampu merawat', 'Keluarga tidak diketahui'],
    recommendation: ['Pelayanan dalam panti jangka panjang', 'Penelusuran keluarga', 'Kontrol rutin ke Puskesmas', 'Terapi aktivitas kelompok'],
  },
  blind: {
    problems: ['Disabilitas netra sejak lahir, belum mandiri', 'Kehilangan penglihatan karena kecelakaan dan kehilangan pekerjaan', 'Tidak pernah bersekolah'],
    needs: ['Orientasi dan mobilitas', 'Pelatihan pijat dan keterampilan kerja', 'Baca-tulis Braille', 'Alat bantu (tongkat putih)'],
    strengths: ['Pendengaran dan ingatan sangat baik', 'Semangat belajar tinggi', 'Pandai bermusik'],
    family: ['Orang tua petani, dukungan baik', 'Keluarga kurang mendukung kemandirian', 'Tinggal bersama kakak'],
    recommendation: ['Pelatihan pijat refleksi hingga sertifikasi', 'Penyaluran ke panti pijat mitra', 'Bimbingan orientasi mobilitas'],
  },
  intellectual: {
    problems: ['Disabilitas intelektual sedang, belum mampu merawat diri', 'Ditelantarkan keluarga', 'Sering keluyuran dan tersesat'],
    needs: ['Latihan bina diri', 'Pengawasan dan perawatan', 'Terapi perilaku', 'Kontrol kesehatan'],
    strengths: ['Ramah dan mudah diarahkan', 'Senang kegiatan musik', 'Mampu mengikuti instruksi sederhana'],
    family: ['Orang tua sudah lanjut usia', 'Ibu tunggal bekerja sebagai buruh', 'Keluarga menolak merawat'],
    recommendation: ['Pelayanan jangka panjang di panti', 'Latihan bina diri terstruktur', 'Konseling keluarga'],
  },
  women: {
    problems: ['Terjaring razia dan bekerja di tempat hiburan malam', 'Korban perdagangan orang', 'Korban kekerasan dalam rumah tangga', 'Ibu tunggal tanpa penghasilan'],
    needs: ['Pelatihan keterampilan usaha', 'Pemulihan psikososial', 'Pendampingan hukum', 'Modal usaha'],
    strengths: ['Terampil menjahit', 'Ingin membesarkan anak dengan layak', 'Pernah berdagang'],
    family: ['Anak dititipkan ke orang tua di desa', 'Bercerai, mantan suami tidak menafkahi', 'Keluarga menerima kepulangannya'],
    recommendation: ['Pelatihan menjahit dan kewirausahaan', 'Konseling psikolog', 'Reintegrasi ke keluarga dengan bantuan usaha'],
  },
  napza: {
    problems: ['Penyalahgunaan sabu sejak usia SMA', 'Ketergantungan ganja dan alkohol', 'Relaps setelah rehabilitasi sebelumnya', 'Putus kerja karena pemakaian zat'],
    needs: ['Rehabilitasi sosial rawat inap', 'Konseling adiksi', 'Dukungan keluarga', 'Pelatihan keterampilan kerja'],
    strengths: ['Motivasi berhenti cukup tinggi', 'Didukung keluarga', 'Pernah bekerja sebagai montir'],
    family: ['Orang tua mendukung penuh', 'Istri dan anak menunggu di rumah', 'Hubungan dengan ayah renggang'],
    recommendation: ['Program therapeutic community 6 bulan', 'Konseling keluarga berkala', 'Bimbingan lanjut setelah selesai program'],
  },
};

export function assessmentText(rng: Rng, group: Group, followUp: boolean): { problems: string; needs: string; strengths: string; familySituation: string; recommendation: string } {
  const a = ASSESSMENTS[group];
  const two = (list: readonly string[]) => rng.shuffle(list).slice(0, rng.int(1, Math.min(3, list.length))).join('; ');
  return {
    problems: `${followUp ? 'Asesmen lanjutan. ' : ''}${two(a.problems)}.`,
    needs: `${two(a.needs)}.`,
    strengths: `${two(a.strengths)}.`,
    familySituation: `${rng.pick(a.family)}.`,
    recommendation: `${two(a.recommendation)}.`,
  };
}

type Goal = readonly [Domain, string, string];

const GOALS: Record<Group, readonly Goal[]> = {
  child: [
    ['physical', 'Menjaga kebersihan diri dan kesehatan', 'Mandi 2× sehari, kuku dan rambut terawat tanpa diingatkan'],
    ['mental_spiritual', 'Rutin beribadah dan mengaji', 'Salat berjamaah minimal 4× sehari; ikut TPA 3× seminggu'],
    ['social', 'Bergaul dan menyelesaikan konflik tanpa kekerasan', 'Tidak ada catatan perkelahian selama 3 bulan'],
    ['skills', 'Naik kelas dengan nilai rata-rata minimal 75', 'Nilai rapor semester'],
    ['family', 'Komunikasi dengan keluarga terjalin kembali', 'Kunjungan atau telepon keluarga minimal 1× sebulan'],
    ['skills', 'Mandiri mengatur uang saku', 'Mencatat pengeluaran mingguan'],
  ],
  youth: [
    ['skills', 'Menyelesaikan pelatihan keterampilan', 'Lulus uji kompetensi dan memperoleh sertifikat'],
    ['social', 'Disiplin mengikuti aturan asrama', 'Tidak ada pelanggaran jam malam selama 2 bulan'],
    ['mental_spiritual', 'Mengikuti bimbingan mental rutin', 'Kehadiran minimal 90%'],
    ['family', 'Persiapan kembali ke keluarga', 'Keluarga hadir dalam konferensi kasus'],
  ],
  elderly: [
    ['physical', 'Tekanan darah terkontrol', 'Sistolik < 150 mmHg pada 3 pemeriksaan berturut-turut'],
    ['physical', 'Mampu berjalan mandiri dengan alat bantu', 'Berjalan ke ruang makan tanpa dipapah'],
    ['mental_spiritual', 'Mengikuti pengajian/kebaktian rutin', 'Hadir minimal 3× per minggu'],
    ['social', 'Aktif dalam kegiatan kelompok wisma', 'Ikut senam dan kegiatan bersama 4× seminggu'],
    ['skills', 'Membuat kerajinan tangan', 'Menyelesaikan 2 produk per bulan'],
    ['family', 'Penelusuran keluarga', 'Keluarga ditemukan dan dapat dihubungi'],
  ],
  blind: [
    ['skills', 'Menguasai teknik pijat refleksi dasar', 'Lulus uji praktik pijat'],
    ['skills', 'Membaca dan menulis huruf Braille', 'Membaca 1 halaman Braille tanpa bantuan'],
    ['physical', 'Orientasi dan mobilitas dengan tongkat putih', 'Berjalan mandiri dari asrama ke ruang pelatihan'],
    ['social', 'Percaya diri berinteraksi dengan pelanggan', 'Praktik pijat di klinik panti 10 pelanggan'],
    ['family', 'Keluarga mendukung rencana usaha', 'Kunjungan rumah oleh pekerja sosial'],
  ],
  intellectual: [
    ['physical', 'Bina diri: makan, mandi dan berpakaian sendiri', 'Mandiri tanpa bantuan 5 dari 7 hari'],
    ['skills', 'Keterampilan rumah tangga sederhana', 'Menyapu dan mencuci piring sendiri'],
    ['social', 'Mengikuti aturan kelompok', 'Tantrum berkurang menjadi < 2× seminggu'],
    ['mental_spiritual', 'Mengenal dan mengikuti doa sehari-hari', 'Ikut doa bersama setiap pagi'],
    ['family', 'Keluarga memahami kebutuhan anggota keluarganya', 'Keluarga ikut 2 sesi bimbingan keluarga'],
  ],
  women: [
    ['skills', 'Mampu menjahit pakaian sendiri', 'Menyelesaikan 3 potong pakaian'],
    ['social', 'Menyusun rencana usaha', 'Proposal usaha disetujui pembimbing'],
    ['mental_spiritual', 'Pemulihan psikososial', 'Skor kecemasan menurun pada asesmen ulang'],
    ['family', 'Persiapan kembali ke keluarga', 'Keluarga bersedia menerima dan hadir dalam konferensi kasus'],
  ],
  napza: [
    ['mental_spiritual', 'Bebas zat selama masa rehabilitasi', 'Tes urine negatif setiap bulan'],
    ['social', 'Aktif dalam kegiatan therapeutic community', 'Naik ke fase berikutnya sesuai jadwal'],
    ['skills', 'Pelatihan keterampilan kerja', 'Sertifikat pelatihan barista/otomotif'],
    ['family', 'Pemulihan hubungan keluarga', 'Konseling keluarga 2× sebulan'],
    ['physical', 'Pemulihan kondisi fisik', 'Berat badan ideal dan olahraga 3× seminggu'],
  ],
};

export function planGoals(rng: Rng, group: Group, count: number): Goal[] {
  return rng.shuffle(GOALS[group]).slice(0, count);
}

const SUMMARIES: Record<Group, readonly string[]> = {
  child: ['Fokus pada pendidikan, kedisiplinan dan hubungan dengan keluarga.', 'Pengasuhan dalam panti sambil menyiapkan reunifikasi keluarga.', 'Penguatan prestasi sekolah dan kemandirian.'],
  youth: ['Pelatihan keterampilan dan persiapan kerja.', 'Disiplin asrama dan penyaluran magang.'],
  elderly: ['Perawatan kesehatan, aktivitas kelompok dan penelusuran keluarga.', 'Menjaga kondisi fisik dan kesejahteraan psikososial.'],
  blind: ['Pelatihan pijat, Braille dan orientasi mobilitas menuju kemandirian.'],
  intellectual: ['Latihan bina diri dan pengelolaan perilaku.', 'Kemandirian sehari-hari dan keterlibatan keluarga.'],
  women: ['Pemulihan psikososial dan pelatihan keterampilan usaha.'],
  napza: ['Program rehabilitasi sosial rawat inap (TC) dan persiapan kembali ke keluarga.'],
};

export const planSummary = (rng: Rng, group: Group) => rng.pick(SUMMARIES[group]);

export const RETURN_NOTES = [
  'Indikator tujuan belum terukur; mohon diperjelas.',
  'Tambahkan tujuan bimbingan keluarga.',
  'Target waktu terlalu rapat; sesuaikan dengan kemampuan penerima manfaat.',
  'Lengkapi dulu hasil asesmen kesehatan sebelum rencana disetujui.',
];
export const APPROVE_NOTES = ['Setuju, laksanakan.', 'Disetujui. Laporkan perkembangan tiap bulan.', null, null, null];

export function progressText(rng: Rng, percent: number): string {
  if (percent < 30) return rng.pick(['Belum ada kemajuan berarti; pendampingan ditingkatkan.', 'Masih perlu banyak diingatkan.', 'Baru mulai; respons cukup baik.']);
  if (percent < 70) return rng.pick(['Ada kemajuan; sebagian indikator sudah terpenuhi.', 'Perkembangan cukup baik, masih naik turun.', 'Mulai konsisten dalam 2 minggu terakhir.']);
  if (percent < 100) return rng.pick(['Hampir tercapai; dipertahankan.', 'Perkembangan baik dan konsisten.', 'Sebagian besar indikator terpenuhi.']);
  return rng.pick(['Tujuan tercapai sesuai indikator.', 'Tercapai; dilanjutkan sebagai kebiasaan.']);
}

// --- exits ---------------------------------------------------------------------------------------------

export function exitReason(rng: Rng, group: Group, type: ExitType, ctx: { hospital: string; mentalHospital: string; otherHome: string; date: string }): string {
  switch (type) {
    case 'returned_family':
      return rng.pick([
        'Keluarga sudah siap mengasuh kembali; hasil kunjungan rumah layak.',
        'Reunifikasi dengan keluarga setelah penelusuran keluarga berhasil.',
        'Keluarga meminta penerima manfaat pulang; kesepakatan dalam konferensi kasus.',
      ]);
    case 'independent':
      return group === 'child'
        ? rng.pick(['Telah lulus SMA/SMK dan diterima bekerja.', 'Berusia 18 tahun, lulus sekolah dan siap hidup mandiri.', 'Diterima kuliah dengan beasiswa dan tinggal di asrama kampus.'])
        : group === 'blind'
          ? 'Lulus pelatihan pijat dan bekerja di panti pijat mitra.'
          : rng.pick(['Menyelesaikan program rehabilitasi dan pelatihan; siap mandiri.', 'Selesai program; disalurkan kerja melalui mitra.']);
    case 'referred':
      return group === 'elderly' || group === 'intellectual' || group === 'napza'
        ? `Dirujuk ke ${rng.chance(0.5) ? ctx.mentalHospital : ctx.hospital} untuk perawatan lanjutan.`
        : `Dirujuk ke ${rng.pick(['UPTD PPA', 'LKSA mitra', 'balai rehabilitasi Kementerian Sosial'])} sesuai kebutuhan layanan.`;
    case 'transferred':
      return `Dipindahkan ke ${ctx.otherHome} sesuai kebutuhan layanan.`;
    case 'ran_away':
      return `Tidak kembali ke panti sejak ${ctx.date}; sudah dicari dan dilaporkan ke Polsek, keluarga tidak mengetahui keberadaannya.`;
  }
}

export function deathReason(rng: Rng, group: Group, hospital: string): string {
  if (group === 'elderly') {
    return rng.pick([
      `Meninggal dunia di ${hospital} karena gagal jantung.`,
      'Meninggal dunia di panti dalam tidur (usia lanjut).',
      `Meninggal dunia di ${hospital} karena stroke berulang.`,
      `Meninggal dunia di ${hospital} karena pneumonia.`,
      'Meninggal dunia di panti setelah sakit lama; dokter Puskesmas menyatakan meninggal.',
    ]);
  }
  return rng.pick([`Meninggal dunia di ${hospital} setelah perawatan intensif.`, `Meninggal dunia di ${hospital} karena demam berdarah dengue.`, `Meninggal dunia di ${hospital} karena komplikasi penyakit bawaan.`]);
}

export const READMIT_REASONS = [
  'Keluarga tidak mampu mengasuh; dirujuk kembali oleh Dinas Sosial.',
  'Ditemukan kembali oleh UPSK dan bersedia kembali ke panti.',
  'Kembali atas permintaan keluarga setelah kondisi di rumah tidak memungkinkan.',
];

export const REJECT_NOTES = ['Belum ada hasil kunjungan rumah; lengkapi dulu asesmen keluarga.', 'Tunda sampai akhir semester agar sekolah tidak terganggu.', 'Keluarga belum menandatangani surat pernyataan; lengkapi dulu.'];
