import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseOpenError } from './errors';
import { listBackups, writeSnapshot } from './snapshots';
import { pendingMigrations, runMigrations } from './migrate';
import * as schema from './schema';
import { DEFAULT_TIME_ZONE } from '../contract/clock';
import { machineHomeZone } from '../lib/clock';

/** The database or a transaction on it: services accept either. */
export type AppDb = BaseSQLiteDatabase<'sync', Database.RunResult, typeof schema>;

export interface OpenedDatabase {
  sqlite: Database.Database;
  db: AppDb;
  file: string;
  /** Migrations applied on this open, and the copy written before them. */
  migrated: { applied: number; backupFile: string | null };
}

export interface OpenOptions {
  file: string;
  migrationsFolder: string;
  backupsDir: string;
  /** Path to a better-sqlite3 binary built for the running runtime (Electron); Node's own build otherwise. */
  nativeBinding?: string;
  /** better-sqlite3's `verbose` hook: called with every statement run (tests and the bench count them). */
  verbose?: (sql: unknown) => void;
}

function newestBackup(backupsDir: string): string | null {
  const newest = listBackups(backupsDir)[0];
  return newest ? path.join(backupsDir, newest.fileName) : null;
}

/**
 * SQLite's memory for the data's size (issue 19; `npm run bench` shows the effect in its `tuning` lines):
 * a page cache of up to 64 MiB (SQLite's default is 2 MiB; it grows only as pages are read) and reads
 * through a memory map of up to 256 MiB (shared with the OS's file cache, not the process's own memory).
 */
export const CACHE_SIZE_KIB = 64 * 1024;
export const MMAP_SIZE_BYTES = 256 * 1024 * 1024;

export function configureMemory(sqlite: Database.Database): void {
  sqlite.pragma(`cache_size = -${CACHE_SIZE_KIB}`);
  sqlite.pragma(`mmap_size = ${MMAP_SIZE_BYTES}`);
}

function configure(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  configureMemory(sqlite);
}

/** Closes the app's connection, first letting SQLite refresh the planner's statistics it finds stale. */
export function closeDatabase(sqlite: Database.Database): void {
  if (!sqlite.open) return;
  try {
    sqlite.pragma('optimize');
  } catch {
    // A read-only or busy file: the statistics wait for the next close.
  }
  sqlite.close();
}

/** Opens (or creates) the database: integrity check, backup before pending migrations, migrations. */
export function openDatabase(options: OpenOptions): OpenedDatabase {
  const { file, migrationsFolder, backupsDir } = options;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.mkdirSync(backupsDir, { recursive: true });
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  const fail = (message: string, cause?: unknown): never => {
    throw new DatabaseOpenError(message, newestBackup(backupsDir), cause);
  };

  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { nativeBinding: options.nativeBinding, verbose: options.verbose });
  } catch (error) {
    return fail(`Berkas basis data ${file} tidak dapat dibuka (${(error as Error).message}).`, error);
  }

  try {
    configure(sqlite);
    if (existed) {
      const rows = sqlite.pragma('quick_check') as { quick_check: string }[];
      const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
      if (problems.length > 0) {
        fail(`Pemeriksaan integritas basis data gagal: ${problems.slice(0, 3).join('; ')}.`);
      }
    }
    const pending = pendingMigrations(sqlite, migrationsFolder);
    let backupFile: string | null = null;
    if (pending.length > 0 && existed) {
      backupFile = writeSnapshot(sqlite, backupsDir, 'pre-migration');
    }
    runMigrations(sqlite, pending);
    // Homes from before the time zone was part of the profile take this computer's zone, or WIB.
    if (sqlite.prepare("SELECT 1 FROM pragma_table_info('homes') WHERE name = 'time_zone'").get()) {
      sqlite.prepare('UPDATE homes SET time_zone = ? WHERE time_zone IS NULL').run(machineHomeZone() ?? DEFAULT_TIME_ZONE);
    }
    const db = drizzle(sqlite, { schema, casing: 'snake_case' });
    return { sqlite, db, file, migrated: { applied: pending.length, backupFile } };
  } catch (error) {
    sqlite.close();
    if (error instanceof DatabaseOpenError) throw error;
    const message = (error as Error).message ?? String(error);
    return fail(`Basis data tidak dapat disiapkan: ${message}.`, error);
  }
}

export { DatabaseOpenError };

export function userMessageFor(error: DatabaseOpenError): string {
  const restore = error.backupToRestore
    ? ` Data Anda tidak diubah. Pulihkan dari cadangan terbaru: ${error.backupToRestore}`
    : ' Data Anda tidak diubah. Belum ada cadangan; hubungi petugas TI sebelum mengubah berkas apa pun.';
  return `${error.message}${restore}`;
}
