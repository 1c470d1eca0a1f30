import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupFile, BackupKind } from '../contract';
import { BACKUP_KINDS } from '../contract';
import { now } from '../lib/clock';
import { fileStamp } from '../lib/time';
import { checkIntegrity, hasSqliteHeader } from './integrity';

const NAME = /^sipanti-(\d{8}T\d{6})-([a-z-]+?)(?:-(\d+))?\.db$/;

/**
 * A backup is written under `<final name>.partial` and renamed to its final name only once it is complete,
 * self-contained and has passed a full integrity check. A `.partial` file is what a crash or a full disk left
 * behind: it is never listed, restored from, counted by the rotation or named as the copy to restore.
 */
export const PARTIAL_SUFFIX = '.partial';

/** A free file name for a new backup of this kind, taken at `at`. */
export function backupFileName(backupsDir: string, kind: BackupKind, at = now()): string {
  const base = `sipanti-${fileStamp(at)}-${kind}`;
  const taken = (name: string) =>
    fs.existsSync(path.join(backupsDir, name)) || fs.existsSync(path.join(backupsDir, name + PARTIAL_SUFFIX));
  let name = `${base}.db`;
  for (let n = 2; taken(name); n++) name = `${base}-${n}.db`;
  return name;
}

/** Flushes a file (or a folder's entry list) to the disk; folders cannot be opened on Windows, which is fine. */
function fsyncPath(target: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(target, 'r');
    fs.fsyncSync(fd);
  } catch {
    // A folder on Windows: the rename is durable there once the file itself is.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** Removes a partial copy and the journal SQLite may have left beside it. */
export function discardPartial(partial: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(partial + suffix, { force: true });
}

/** Makes a complete, verified copy visible under its final name: flushed to disk first, then renamed. */
export function publishBackup(partial: string, final: string): void {
  fsyncPath(partial);
  fs.renameSync(partial, final);
  fsyncPath(path.dirname(final));
}

/**
 * A backup file is a single self-contained file: rollback-journal mode, so opening it later (to verify or
 * restore) never creates -wal/-shm files beside it. The full integrity check runs on it while it is attached.
 */
export function finishCopy(sqlite: Database.Database, file: string, { verify, reindex = false }: { verify: boolean; reindex?: boolean }): void {
  // Through the open connection (ATTACH), so the runtime's own SQLite build is used (Node's or Electron's).
  sqlite.prepare('ATTACH DATABASE ? AS backup_copy').run(file);
  try {
    sqlite.pragma('backup_copy.journal_mode = DELETE');
    if (reindex) {
      // VACUUM INTO copies index entries as they are; rebuild them in the copy from its tables.
      const tables = sqlite.prepare("SELECT name FROM backup_copy.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
      for (const { name } of tables) sqlite.exec(`REINDEX backup_copy."${name.replace(/"/g, '""')}"`);
    }
    if (verify) {
      const result = checkIntegrity(sqlite, 'backup_copy');
      if (!result.ok) throw new Error(`the copy failed its integrity check: ${result.problems.slice(0, 3).join('; ')}`);
    }
  } finally {
    sqlite.exec('DETACH DATABASE backup_copy');
  }
}

/**
 * Writes a consistent copy of the open database synchronously (VACUUM INTO) under a temporary name; verifies it;
 * publishes it. Returns its path. `reindex` rebuilds the copy's indexes from its tables first (the copy taken
 * before repairing damaged indexes).
 */
export function writeSnapshot(sqlite: Database.Database, backupsDir: string, kind: BackupKind, { reindex = false } = {}): string {
  fs.mkdirSync(backupsDir, { recursive: true });
  const target = path.join(backupsDir, backupFileName(backupsDir, kind));
  const partial = target + PARTIAL_SUFFIX;
  try {
    sqlite.prepare('VACUUM INTO ?').run(partial);
    finishCopy(sqlite, partial, { verify: true, reindex });
    publishBackup(partial, target);
  } catch (error) {
    discardPartial(partial);
    throw error;
  }
  return target;
}

function parseStamp(stamp: string): string {
  return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`;
}

/**
 * Whether a backup under its final name was interrupted while being written: a journal beside it means SQLite
 * was still writing it (a backup from before copies were written under a temporary name, or a copy placed
 * there by hand). Such a file is treated exactly like a `.partial` one.
 */
function interrupted(file: string): boolean {
  return ['-journal', '-wal'].some((suffix) => fs.existsSync(file + suffix));
}

/** Backups in the folder, newest first; each with whether its header is that of a SQLite database. */
export function listBackups(backupsDir: string): BackupFile[] {
  if (!fs.existsSync(backupsDir)) return [];
  const files: (BackupFile & { serial: number })[] = [];
  for (const fileName of fs.readdirSync(backupsDir)) {
    const match = NAME.exec(fileName);
    if (!match || !(BACKUP_KINDS as readonly string[]).includes(match[2]!)) continue;
    const file = path.join(backupsDir, fileName);
    if (interrupted(file)) continue;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      continue;
    }
    if (!stat.isFile()) continue;
    files.push({
      serial: Number(match[3] ?? 1),
      fileName,
      kind: match[2] as BackupKind,
      createdAt: parseStamp(match[1]!),
      sizeBytes: stat.size,
      readable: hasSqliteHeader(file),
    });
  }
  // Newest first: by time, then by the serial a second copy in the same second got (`-2`).
  return files
    .sort((a, b) => (a.createdAt === b.createdAt ? b.serial - a.serial : a.createdAt < b.createdAt ? 1 : -1))
    .map(({ serial: _serial, ...file }) => file);
}
