import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fileStamp } from '../../src-main/lib/time';

/** Rows in any of the app's tables (a database the app only created, before setup, counts as empty). */
export function databaseHasData(file: string): boolean {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return false;
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'")
      .all() as { name: string }[];
    return tables.some(({ name }) => db!.prepare(`SELECT 1 FROM "${name}" LIMIT 1`).get() !== undefined);
  } catch {
    return true; // unreadable: treat as precious
  } finally {
    db?.close();
  }
}

/** Moves the database (and its WAL files) aside under a timestamped name; returns the new name. */
export function moveAside(file: string): string {
  try {
    const db = new Database(file, { fileMustExist: true });
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  } catch {
    // unreadable: move the files as they are
  }
  const dir = path.dirname(file);
  let target = path.join(dir, `sipanti-before-demo-${fileStamp()}.db`);
  for (let n = 2; fs.existsSync(target); n++) target = path.join(dir, `sipanti-before-demo-${fileStamp()}-${n}.db`);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  fs.renameSync(file, target);
  return target;
}
