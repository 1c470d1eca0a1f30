import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupFile, BackupKind } from '../contract';
import { BACKUP_KINDS } from '../contract';
import { fileStamp } from '../lib/time';
import { now as clockNow } from '../lib/clock';

const NAME = /^sipanti-(\d{8}T\d{6})-([a-z-]+?)(?:-(\d+))?\.db$/;

/** A free file name for a new backup of this kind, taken at `now`. */
export function backupFileName(backupsDir: string, kind: BackupKind, now = clockNow()): string {
  const base = `sipanti-${fileStamp(now)}-${kind}`;
  let name = `${base}.db`;
  for (let n = 2; fs.existsSync(path.join(backupsDir, name)); n++) name = `${base}-${n}.db`;
  return name;
}

/** Writes a consistent copy of the open database synchronously (VACUUM INTO); returns its path. */
export function writeSnapshot(sqlite: Database.Database, backupsDir: string, kind: BackupKind): string {
  fs.mkdirSync(backupsDir, { recursive: true });
  const target = path.join(backupsDir, backupFileName(backupsDir, kind));
  sqlite.prepare('VACUUM INTO ?').run(target);
  useRollbackJournal(sqlite, target);
  return target;
}

/**
 * A backup file is a single self-contained file: rollback-journal mode, so opening it later (to verify or
 * restore) never creates -wal/-shm files beside it.
 */
export function useRollbackJournal(sqlite: Database.Database, file: string): void {
  // Through the open connection (ATTACH), so the runtime's own SQLite build is used (Node's or Electron's).
  sqlite.prepare('ATTACH DATABASE ? AS backup_copy').run(file);
  try {
    sqlite.pragma('backup_copy.journal_mode = DELETE');
  } finally {
    sqlite.exec('DETACH DATABASE backup_copy');
  }
}

function parseStamp(stamp: string): string {
  return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`;
}

/** Backups in the folder, newest first. */
export function listBackups(backupsDir: string): BackupFile[] {
  if (!fs.existsSync(backupsDir)) return [];
  const files: BackupFile[] = [];
  for (const fileName of fs.readdirSync(backupsDir)) {
    const match = NAME.exec(fileName);
    if (!match || !(BACKUP_KINDS as readonly string[]).includes(match[2]!)) continue;
    const stat = fs.statSync(path.join(backupsDir, fileName));
    files.push({ fileName, kind: match[2] as BackupKind, createdAt: parseStamp(match[1]!), sizeBytes: stat.size });
  }
  return files.sort((a, b) => (a.fileName < b.fileName ? 1 : -1));
}
