import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, tempDir } from '../../tests/helpers/temp-core';
import Database from 'better-sqlite3';
import { openDatabase } from './client';
import { pendingMigrations, runMigrations } from './migrate';
import { listBackups } from './snapshots';

/** The migrations of the release before the one clock (0000–0008), as that release shipped them. */
function previousRelease(): string {
  const dir = tempDir('sipanti-prev-migrations-');
  fs.cpSync(MIGRATIONS, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((e) => e.tag === '0009_clock');
  for (const entry of journal.entries.slice(cut)) fs.rmSync(path.join(dir, `${entry.tag}.sql`));
  journal.entries = journal.entries.slice(0, cut);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

const open = (dir: string, migrationsFolder: string) =>
  openDatabase({ file: path.join(dir, 'sipanti.db'), migrationsFolder, backupsDir: path.join(dir, 'backups') });

describe('migration 0009_clock on a database of the previous release', () => {
  it('keeps every row and stamp, gives existing homes a zone, and leaves no time default in SQL', () => {
    const dir = tempDir();
    // The previous release's database, made by the same runner with that release's migrations (none of today's
    // post-migration steps, which expect today's schema).
    const sqlite = new Database(path.join(dir, 'sipanti.db'));
    sqlite.pragma('journal_mode = WAL');
    runMigrations(sqlite, pendingMigrations(sqlite, previousRelease()));
    // Rows written as the previous release wrote them: stamps from SQLite's own clock (the column defaults).
    sqlite.exec(`INSERT INTO homes (name, type, address, province, regency, head_name, head_nip, finance_name, finance_nip)
      VALUES ('Panti A', 'PSTW', 'Jl. A', 'Jawa Tengah', 'Kota Semarang', 'Kepala', '197003151995031002', 'Bendahara', '198505122010012003')`);
    sqlite.exec(`INSERT INTO users (home_id, username, full_name, role, password_hash) VALUES (1, 'pengasuh', 'Pengasuh', 'caregiver', 'x')`);
    sqlite.exec(`INSERT INTO residents (home_id, registration_no, full_name, name_key, sex, pmks_category, admission_date)
      VALUES (1, 'PM-2026-0001', 'Siti', 'siti', 'P', 2, '2026-01-05')`);
    sqlite.exec(`INSERT INTO care_notes (home_id, resident_id, noted_on, shift, category, note, recorded_by) VALUES (1, 1, '2026-01-06', 'morning', 'health', 'Sehat', 1)`);
    const before = {
      home: sqlite.prepare('SELECT created_at, updated_at FROM homes').get(),
      resident: sqlite.prepare('SELECT * FROM residents').get(),
      note: sqlite.prepare('SELECT * FROM care_notes').get(),
    };
    expect((before.note as { recorded_at: string }).recorded_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    sqlite.close();

    const upgraded = open(dir, MIGRATIONS);
    expect(upgraded.migrated.applied).toBeGreaterThanOrEqual(1);
    expect(listBackups(path.join(dir, 'backups')).map((b) => b.kind)).toContain('pre-migration');
    const db = upgraded.sqlite;
    expect(db.prepare('SELECT created_at, updated_at FROM homes').get()).toEqual(before.home);
    expect(db.prepare('SELECT * FROM residents').get()).toEqual(before.resident);
    expect(db.prepare('SELECT * FROM care_notes').get()).toEqual(before.note);
    // The process runs in UTC (vitest's TZ), not one of Indonesia's zones: the home takes WIB.
    expect(db.prepare('SELECT time_zone AS zone FROM homes').get()).toEqual({ zone: 'Asia/Jakarta' });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const timeDefaults = db
      .prepare("SELECT count(*) AS n FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' AND c.dflt_value LIKE '%strftime%'")
      .get() as { n: number };
    expect(timeDefaults.n).toBe(0);
    // A row that leaves its stamp out is refused: only the app's clock writes stamps now.
    expect(() => db.exec(`INSERT INTO care_notes (home_id, resident_id, noted_on, shift, category, note, recorded_by) VALUES (1, 1, '2026-01-07', 'morning', 'health', 'x', 1)`)).toThrow(/NOT NULL/);
    db.close();
  });
});
