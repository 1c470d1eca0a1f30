import fs from 'node:fs';

const candidates = [process.env.SIPANTI_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const found = candidates.find((p) => p && fs.existsSync(p));
if (!found) {
  console.error(
    'Chromium tidak ditemukan, jadi uji end-to-end tidak dapat berjalan.\n' +
      'Pasang Chromium Debian: sudo apt-get install chromium   (atau tetapkan SIPANTI_CHROMIUM=/jalur/ke/chromium)\n' +
      'Chromium not found: install it with `apt-get install chromium` or set SIPANTI_CHROMIUM to its path.',
  );
  process.exit(1);
}
console.log(`Chromium: ${found}`);
