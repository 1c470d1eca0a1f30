import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseOpenError } from './errors';
import { listBackups, writeSnapshot } from './snapshots';
import { checkIntegrity, hasSqliteHeader } from './integrity';
import { sealAuditChain } from './audit-chain';
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

/** Opens a backup file read-only, runs `use` on it and closes it. */
export function withBackupFile<T>(file: string, nativeBinding: string | undefined, use: (db: Database.Database) => T): T {
  const copy = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    return use(copy);
  } finally {
    copy.close();
  }
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

/**
 * The newest backup that is complete (listed: never a partial copy), has a SQLite header and passes a full
 * integrity check, as a full path; null when there is none. Runs only when opening failed.
 */
export function newestValidBackup(backupsDir: string, nativeBinding?: string): string | null {
  for (const backup of listBackups(backupsDir)) {
    if (!backup.readable) continue;
    const file = path.join(backupsDir, backup.fileName);
    try {
      const good = withBackupFile(file, nativeBinding, (copy) => {
        const isSipanti = copy.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='homes'").get();
        return Boolean(isSipanti) && checkIntegrity(copy).ok;
      });
      if (good) return file;
    } catch {
      // unreadable: try the next older one
    }
  }
  return null;
}

/**
 * Durability: WAL with synchronous = FULL syncs the WAL on every commit, so a save that was acknowledged survives
 * a power cut (NORMAL only survives a killed process: the last commits may be lost when the power goes).
 */
function configure(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
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

const nonEmpty = (file: string) => fs.existsSync(file) && fs.statSync(file).size > 0;

/**
 * Opens (or, on a first run, creates) the database: backup before pending migrations, migrations.
 *
 * A first run is only a missing database file with no backups and no WAL beside it. A missing file next to backups
 * or a WAL, an empty (0-byte) file, a file without a SQLite header or one whose schema cannot be read is a
 * failure: nothing is created, changed or deleted, and the error names the newest valid backup.
 *
 * Start-up reads the header and the schema only, so it does not grow with the file's size; the full integrity
 * check runs afterwards on a worker thread (see BackupService.checkIntegrity).
 */
export function openDatabase(options: OpenOptions): OpenedDatabase {
  const { file, migrationsFolder, backupsDir } = options;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.mkdirSync(backupsDir, { recursive: true });
  const fail = (message: string, cause?: unknown): never => {
    throw new DatabaseOpenError(message, newestValidBackup(backupsDir, options.nativeBinding), cause);
  };
  const name = path.basename(file);
  const existed = fs.existsSync(file);
  if (!existed) {
    if (listBackups(backupsDir).length > 0) {
      fail(`Berkas basis data ${name} tidak ada, padahal folder cadangan berisi cadangan: ini bukan pemasangan baru.`);
    }
    if (nonEmpty(`${file}-wal`)) fail(`Berkas basis data ${name} tidak ada, tetapi ${name}-wal masih ada di sampingnya.`);
  } else if (fs.statSync(file).size === 0) {
    fail(`Berkas basis data ${name} kosong (0 bita). Kemungkinan rusak karena listrik padam atau disk penuh.`);
  } else if (!hasSqliteHeader(file)) {
    fail(`Berkas ${name} bukan basis data SQLite yang dapat dibaca (kepala berkasnya rusak).`);
  }

  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { nativeBinding: options.nativeBinding, verbose: options.verbose });
  } catch (error) {
    return fail(`Berkas basis data ${file} tidak dapat dibuka (${(error as Error).message}).`, error);
  }

  try {
    configure(sqlite);
    if (existed) {
      try {
        // Reads the schema pages only: cheap at any size, and enough to know the file is a database at all.
        sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
      } catch (error) {
        fail(`Basis data tidak dapat dibaca: ${(error as Error).message}.`, error);
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
    sealAuditChain(sqlite);
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
    ? ` Data Anda tidak diubah. Pulihkan dari cadangan sah terbaru: ${error.backupToRestore}`
    : ' Data Anda tidak diubah. Belum ada cadangan; hubungi petugas TI sebelum mengubah berkas apa pun.';
  return `${error.message}${restore}`;
}
