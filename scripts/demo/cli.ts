/**
 * `npm run demo -- [--data-dir DIR] [--scale home|province] [--force] [--today YYYY-MM-DD] [--seed N]`
 *
 * Fills a data folder with a realistic, deterministic demo (same seed and today → same data):
 *   home      UPTD PSAA Tri Murni (Padang Panjang, Sumatera Barat), its staff, one year of history.
 *   province  50 homes of every type across Jawa Tengah, a province administrator, three years of history.
 * It never deletes a database: a folder whose database holds data is refused, and with --force that
 * database is first moved aside to `sipanti-before-demo-<time>.db`.
 *
 * How the generator is built (extend it with one module per feature):
 *   generate.ts     opens the folder through the app's own core (real migrations), hashes the demo
 *                   password once, plans everything, then runs the timeline in ONE transaction.
 *   foundation.ts   the homes, their officials (valid NIPs) and staff accounts, and changes to them over
 *                   the years, through the real services (setup wizard, createHome, updateHome, ...).
 *   modules/        one file per feature, registered in modules/index.ts (DEMO_MODULES). A module is
 *                   `{ name, description, plan(ctx), finish?(ctx) }` and receives a DemoContext
 *                   (context.ts): { db, sqlite, homes, users, rng, scale, today, start, timeline, audit,
 *                   password, passwordHash, staffOn(), actorFor() }.
 *     - `homes` and `users` are the plan: ids are those the rows get; `staffOn(homeId, role, when)`
 *       says who worked where when (use it to pick the caregiver who served a meal).
 *     - `rng` is the module's own seeded stream: adding a module never changes another module's data.
 *     - Schedule every dated change on the timeline; all modules' events run sorted by time, so ids and
 *       audit rows follow time. `timeline.at(when, fn)` runs fn with the app's clock set to `when`: call
 *       the real services there (their audit rows are dated `when`). `timeline.raw(when, fn)` is for
 *       bulk rows written with prepared statements (and `ctx.audit(row)`) that carry their own dates.
 *     - SQL column defaults read the real clock: set created_at-style columns explicitly.
 *     - `finish(ctx)` runs after the timeline, in the same transaction (derived values).
 *   Row counts of every table are printed at the end automatically.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATABASE_FILE } from '../../src-main/core';
import { defaultDataDir } from '../../src-main/lib/paths';
import type { DemoScale } from './context';
import { generateDemo, type DemoResult } from './generate';
import { databaseHasData, moveAside } from './safety';

const JOB_LABELS: Record<string, string> = {
  'pejabat-provinsi': 'Administrator provinsi (Dinas Sosial)',
  admin: 'Administrator / Tata Usaha',
  head: 'Kepala UPTD',
  bendahara: 'Bendahara pengeluaran',
  pptk: 'PPTK',
  pengasuh: 'Pengasuh',
  'pramu-sosial': 'Pramu sosial',
  'pekerja-sosial': 'Pekerja sosial',
  perawat: 'Perawat',
};

function printSummary(result: DemoResult): void {
  console.log(`\nSelesai dalam ${(result.elapsedMs / 1000).toFixed(1)} s (${result.events} peristiwa, hari ini = ${result.today}).`);
  console.log('Jumlah baris:');
  for (const [table, n] of Object.entries(result.counts)) console.log(`  ${table.padEnd(24)} ${n.toLocaleString('id-ID').padStart(10)}`);

  const homeName = new Map(result.homes.map((h) => [h.id, h.name]));
  const rank = Object.keys(JOB_LABELS);
  const show = (result.scale === 'home' ? [...result.accounts] : result.accounts.filter((a) => a.homeId === null || a.homeId <= 2)).sort(
    (a, b) => (a.homeId ?? 0) - (b.homeId ?? 0) || rank.indexOf(a.job) - rank.indexOf(b.job) || a.username.localeCompare(b.username),
  );
  console.log(`\nAkun demo (kata sandi semua akun: ${result.password}):`);
  const width = Math.max(...show.map((a) => a.username.length));
  for (const a of show) {
    const where = a.homeId == null ? 'semua panti' : homeName.get(a.homeId);
    console.log(`  ${a.username.padEnd(width)}  ${(JOB_LABELS[a.job] ?? a.role).padEnd(38)} ${a.fullName}${result.scale === 'province' ? ` — ${where}` : ''}`);
  }
  if (show.length < result.accounts.length) {
    console.log(
      `  … dan ${result.accounts.length - show.length} akun lain di ${result.homes.length - 2} panti lainnya ` +
        '(masuk sebagai administrator provinsi, pilih panti, lalu Pengaturan → Pengguna; kata sandinya sama).',
    );
  }
  console.log(`\nJalankan: npm run serve -- --data-dir "${result.dataDir}"`);
}

function main(): void {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      'data-dir': { type: 'string' },
      scale: { type: 'string', default: 'home' },
      force: { type: 'boolean', default: false },
      today: { type: 'string' },
      seed: { type: 'string' },
    },
    allowPositionals: false,
  });
  const scale = values.scale as DemoScale;
  if (scale !== 'home' && scale !== 'province') {
    console.error(`--scale harus "home" atau "province", bukan "${values.scale}".`);
    process.exit(2);
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed)) {
    console.error(`--seed harus bilangan bulat, bukan "${values.seed}".`);
    process.exit(2);
  }
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  const file = path.join(dataDir, DATABASE_FILE);
  console.log(`Data demo (${scale === 'home' ? 'satu panti' : 'satu provinsi'}) ditulis ke folder: ${dataDir}`);

  if (databaseHasData(file)) {
    if (!values.force) {
      console.error(
        `\nBasis data ${file} sudah berisi data; tidak disentuh.\n` +
          'Pilih folder lain dengan --data-dir, atau tambahkan --force untuk memindahkannya dulu ke nama bertanda waktu (tidak dihapus).',
      );
      process.exit(1);
    }
    const kept = moveAside(file);
    console.log(`Basis data lama dipindahkan (tidak dihapus) ke: ${kept}`);
  }

  const result = generateDemo({ dataDir, scale, today: values.today, seed, log: (line) => console.log(line) });
  printSummary(result);
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(`Demo gagal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  }
}
