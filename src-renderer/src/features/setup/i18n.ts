/** Texts of the setup wizard: Bahasa Indonesia (default); English in `i18n-en.ts`, with the same keys. */
export const setupId = {
  title: 'Penyiapan awal',
  description:
    'Sipanti belum pernah disiapkan di komputer ini. Isi profil panti, pejabat penandatangan dan akun administrator pertama. Semua data dapat diubah kemudian di Pengaturan.',
  steps: { home: 'Profil panti', officials: 'Pejabat', admin: 'Administrator', review: 'Periksa' },
  stepsHint: {
    home: 'Identitas dan kop surat',
    officials: 'Kepala dan bendahara',
    admin: 'Akun pertama',
    review: 'Periksa dan selesai',
  },
  intro: {
    home: 'Identitas panti dipakai pada kop surat, laporan dan tampilan aplikasi.',
    officials: 'Nama dan NIP pejabat yang menandatangani dokumen resmi panti.',
    admin: 'Administrator membuat akun petugas lain dan mengatur aplikasi. Simpan kata sandinya di tempat aman.',
  },
  admin: {
    scope: 'Jenis administrator',
    scope_home: 'Administrator panti ini',
    scope_home_hint: 'Mengelola satu panti: petugas, data dan pengaturannya.',
    scope_province: 'Administrator provinsi',
    scope_province_hint: 'Dinas Sosial provinsi: melihat dan menambah semua panti (UPTD) dalam satu basis data.',
  },
  review: {
    intro: 'Periksa kembali data di bawah. Setelah disimpan, Anda akan diarahkan ke halaman masuk.',
    passwordNote: 'Kata sandi tidak ditampilkan. Pastikan Anda mengingatnya.',
  },
  stepOf: 'Langkah {{step}} dari {{total}}',
  finish: 'Simpan dan selesai',
  done: {
    title: 'Sipanti siap digunakan',
    message: 'Profil panti dan akun administrator telah disimpan. Silakan masuk.',
  },
};
