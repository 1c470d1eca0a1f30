import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../core';
import { MIGRATIONS, ok, tempDir } from '../../tests/helpers/temp-core';
import { openDatabase } from './client';
import { DatabaseOpenError } from './errors';
import { listBackups } from './snapshots';

/** A copy of the real migrations plus one extra migration, written the way drizzle-kit writes them. */
function migrationsWith(extraSql: string, tag = '0099_extra'): string {
  const dir = tempDir('sipanti-migrations-');
  fs.cpSync(MIGRATIONS, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
  const last = journal.entries[journal.entries.length - 1];
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  fs.writeFileSync(path.join(dir, `${tag}.sql`), extraSql);
  return dir;
}

/** drizzle-kit's table rebuild for SQLite: new table, copy, drop old, rename. */
const REBUILD_HOMES = `PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE \`__new_homes\` (\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL, \`name\` text NOT NULL, \`type\` text NOT NULL, \`address\` text NOT NULL, \`province\` text NOT NULL, \`regency\` text NOT NULL, \`phone\` text, \`email\` text, \`head_name\` text NOT NULL, \`head_nip\` text NOT NULL, \`finance_name\` text NOT NULL, \`finance_nip\` text NOT NULL, \`logo_data_url\` text, \`capacity\` integer, \`time_zone\` text, \`active\` integer DEFAULT true NOT NULL, \`created_at\` text NOT NULL, \`updated_at\` text NOT NULL, \`beds\` integer DEFAULT 100 NOT NULL);--> statement-breakpoint
INSERT INTO \`__new_homes\`(id, name, type, address, province, regency, phone, email, head_name, head_nip, finance_name, finance_nip, logo_data_url, capacity, time_zone, active, created_at, updated_at) SELECT id, name, type, address, province, regency, phone, email, head_name, head_nip, finance_name, finance_nip, logo_data_url, capacity, time_zone, active, created_at, updated_at FROM \`homes\`;--> statement-breakpoint
DROP TABLE \`homes\`;--> statement-breakpoint
ALTER TABLE \`__new_homes\` RENAME TO \`homes\`;--> statement-breakpoint
PRAGMA foreign_keys=ON;`;

const MIGRATION_COUNT = JSON.parse(fs.readFileSync(path.join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')).entries.length;

function seed(file: string): void {
  const sqlite = new Database(file);
  sqlite.exec(`INSERT INTO homes (name, type, address, province, regency, head_name, head_nip, finance_name, finance_nip, time_zone, created_at, updated_at)
    VALUES ('Panti A', 'PSTW', 'Jl. A', 'Jawa Tengah', 'Kota Semarang', 'Kepala', '197003151995031002', 'Bendahara', '198505122010012003', 'Asia/Jakarta', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`);
  sqlite.exec(`INSERT INTO users (home_id, username, full_name, role, password_hash, created_at, updated_at) VALUES (1, 'pengasuh', 'Pengasuh', 'caregiver', 'x', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`);
  sqlite.exec(`INSERT INTO audit_log (at, user_id, home_id, channel, entity, action) VALUES ('2026-01-01', 1, 1, 'test', 'user', 'create')`);
  // A child table whose foreign key cascades: the case a rebuild with foreign keys on would destroy.
  sqlite.exec('CREATE TABLE cascading_notes (id integer PRIMARY KEY, home_id integer NOT NULL REFERENCES homes(id) ON DELETE CASCADE)');
  sqlite.exec('INSERT INTO cascading_notes (home_id) VALUES (1), (1)');
  sqlite.close();
}

function open(dataDir: string, migrationsFolder: string) {
  return openDatabase({ file: path.join(dataDir, 'sipanti.db'), migrationsFolder, backupsDir: path.join(dataDir, 'backups') });
}

describe('opening and migrating the database', () => {
  it('creates a new database with WAL, foreign keys on, and no backup (nothing to protect yet)', () => {
    const dir = tempDir();
    const opened = open(dir, MIGRATIONS);
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.migrated).toEqual({ applied: MIGRATION_COUNT, backupFile: null });
    opened.sqlite.close();
    const again = open(dir, MIGRATIONS);
    expect(again.migrated.applied).toBe(0);
    again.sqlite.close();
  });

  it('writes a backup before a pending migration, and a table rebuild keeps every child row', () => {
    const dir = tempDir();
    open(dir, MIGRATIONS).sqlite.close();
    seed(path.join(dir, 'sipanti.db'));

    const opened = open(dir, migrationsWith(REBUILD_HOMES));
    expect(opened.migrated.applied).toBe(1);
    expect(opened.migrated.backupFile).toMatch(/sipanti-\d{8}T\d{6}-pre-migration\.db$/);
    expect(opened.sqlite.prepare('SELECT beds FROM homes').get()).toEqual({ beds: 100 });
    expect(opened.sqlite.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 1 });
    expect(opened.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
    expect(opened.sqlite.prepare('SELECT count(*) AS n FROM cascading_notes').get()).toEqual({ n: 2 });
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    opened.sqlite.close();

    const backup = new Database(opened.migrated.backupFile!, { readonly: true });
    expect(backup.prepare('SELECT name FROM homes').get()).toEqual({ name: 'Panti A' });
    expect(backup.prepare("SELECT count(*) AS n FROM pragma_table_info('homes') WHERE name = 'beds'").get()).toEqual({ n: 0 });
    backup.close();
  });

  it('a migration that would orphan child rows is rolled back as a whole', () => {
    const dir = tempDir();
    open(dir, MIGRATIONS).sqlite.close();
    seed(path.join(dir, 'sipanti.db'));
    const orphaning = `CREATE TABLE \`extra\` (\`id\` integer PRIMARY KEY);--> statement-breakpoint
DELETE FROM \`homes\`;`;
    expect(() => open(dir, migrationsWith(orphaning))).toThrow(/Migrasi dibatalkan: 4 baris/);
    const sqlite = new Database(path.join(dir, 'sipanti.db'));
    expect(sqlite.prepare('SELECT count(*) AS n FROM homes').get()).toEqual({ n: 1 });
    expect(sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'extra'").get()).toEqual({ n: 0 });
    sqlite.close();
  });

  it('a failing migration changes nothing and names the backup to restore', () => {
    const dir = tempDir();
    open(dir, MIGRATIONS).sqlite.close();
    seed(path.join(dir, 'sipanti.db'));
    const broken = `ALTER TABLE \`homes\` ADD \`note\` text;--> statement-breakpoint
THIS IS NOT SQL;`;
    let caught: unknown;
    try {
      open(dir, migrationsWith(broken));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseOpenError);
    expect((caught as DatabaseOpenError).backupToRestore).toMatch(/pre-migration\.db$/);
    const sqlite = new Database(path.join(dir, 'sipanti.db'));
    expect(sqlite.prepare("SELECT count(*) AS n FROM pragma_table_info('homes') WHERE name = 'note'").get()).toEqual({ n: 0 });
    expect(sqlite.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 1 });
    sqlite.close();
  });

  it('a damaged database is not touched: the app reports it and names the newest backup', async () => {
    const dir = tempDir();
    const first = open(dir, MIGRATIONS);
    first.sqlite.prepare('VACUUM INTO ?').run(path.join(dir, 'backups', 'sipanti-20261101T080000-auto.db'));
    first.sqlite.close();
    seed(path.join(dir, 'sipanti.db'));
    const file = path.join(dir, 'sipanti.db');
    const damaged = fs.readFileSync(file);
    damaged.fill(0x5a, 4096 + 100, 4096 * 3); // overwrite the inside of pages 2 and 3
    fs.writeFileSync(file, damaged);
    const before = fs.readFileSync(file);

    const core = createCore({ dataDir: dir, migrationsFolder: MIGRATIONS, mode: 'browser', version: 'test' });
    const status = await ok(core, 's', 'system.status');
    expect(status.state).toBe('failed');
    expect(status.failure?.message).toMatch(/tidak diubah/);
    expect(status.failure?.backupToRestore).toMatch(/sipanti-20261101T080000-auto\.db$/);
    expect(await core.router.call('auth.login', { username: 'a', password: 'b' }, { sessionKey: 's' })).toMatchObject({
      ok: false,
      error: { code: 'DB_UNAVAILABLE' },
    });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(listBackups(path.join(dir, 'backups')).map((b) => b.kind)).toEqual(['auto']);
  });

  it('a file that is not a database is reported, not replaced', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'sipanti.db'), 'bukan basis data '.repeat(500));
    const core = createCore({ dataDir: dir, migrationsFolder: MIGRATIONS, mode: 'browser', version: 'test' });
    const status = await core.router.call('system.status', {}, { sessionKey: 's' });
    expect(status).toMatchObject({ ok: true, value: { state: 'failed', failure: { backupToRestore: null } } });
    expect(fs.readFileSync(path.join(dir, 'sipanti.db'), 'utf8')).toContain('bukan basis data');
  });
});
