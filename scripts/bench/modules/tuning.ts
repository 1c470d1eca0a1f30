import Database from 'better-sqlite3';
import { CACHE_SIZE_KIB, closeDatabase, MMAP_SIZE_BYTES } from '../../../src-main/db/client';
import type { BenchModule, Benchmark } from '../harness';
import { configureRaw } from './database';
import { RAW_PRESENT_PER_DAY } from './presence-sql';

/**
 * SQLite's memory settings (client.ts configureMemory): the same statements on two connections to one copy
 * of the dataset, the app's settings (cache_size, mmap_size) against SQLite's defaults (2 MiB cache, no
 * memory map). Here "raw" is the default connection: a ratio below 1 is what the settings buy.
 */
/** PRAGMA optimize on close costs this much: a fresh connection after a few reads, closed with and without it. */
function closeBench(file: string, home: number): Benchmark {
  let handle: Database.Database | null = null;
  return {
    name: 'close with PRAGMA optimize vs plain close',
    note: 'app: closeDatabase (PRAGMA optimize, then close) on a fresh connection after a few reads; raw: close only',
    kind: 'slow',
    prepare() {
      handle = new Database(file);
      handle.prepare('SELECT count(*) FROM audit_log WHERE home_id = ? AND channel = ?').get(home, 'residents.get');
      handle.prepare('SELECT count(*) FROM care_notes WHERE home_id = ?').get(home);
    },
    app: () => closeDatabase(handle!),
    raw: () => handle!.close(),
    after() {
      if (handle?.open) handle.close();
      handle = null;
    },
  };
}

export const tuningBench: BenchModule = {
  name: 'tuning',
  benchmarks(ctx) {
    const file = ctx.copyDataset('tuning.db');
    const tuned = new Database(file);
    configureRaw(tuned, true);
    const plain = new Database(file);
    configureRaw(plain, false);
    const home = (plain.prepare('SELECT home_id AS id FROM audit_log WHERE home_id IS NOT NULL GROUP BY home_id ORDER BY count(*) DESC LIMIT 1').get() as { id: number }).id;
    const year = Number((plain.prepare("SELECT max(effective_date) AS d FROM resident_status_changes WHERE home_id = ?").get(home) as { d: string }).d.slice(0, 4));
    const settings = `cache_size -${CACHE_SIZE_KIB} (KiB), mmap_size ${MMAP_SIZE_BYTES / 1024 / 1024} MiB vs SQLite's defaults`;
    const pair = (name: string, sql: string, params: Record<string, unknown>, kind: 'fast' | 'slow' = 'fast'): Benchmark => {
      const a = tuned.prepare(sql);
      const b = plain.prepare(sql);
      return { name, note: `${settings}: ${sql.trim().split('\n')[0]!.slice(0, 90)}…`, kind, app: () => a.all(params), raw: () => b.all(params) };
    };
    return [
      pair('tuned vs default: scan a home\'s audit log', 'SELECT count(*) AS n, sum(length(before_json)) + sum(length(after_json)) AS bytes FROM audit_log WHERE home_id = @home', { home }),
      pair('tuned vs default: search care notes', "SELECT count(*) AS n FROM care_notes WHERE home_id = @home AND note LIKE '%makan%'", { home }),
      pair('tuned vs default: presence per day, a year', RAW_PRESENT_PER_DAY, { home, from: `${year}-01-01`, to: `${year}-12-31` }),
      closeBench(file, home),
    ];
  },
};
