import type Database from 'better-sqlite3';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { DatabaseOpenError } from './errors';

const MIGRATIONS_TABLE = '__drizzle_migrations';

function ensureMigrationsTable(sqlite: Database.Database): void {
  sqlite.exec(
    `CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (id INTEGER PRIMARY KEY AUTOINCREMENT, hash text NOT NULL, created_at numeric)`,
  );
}

/** The migrations in `folder` newer than the last one this database recorded (drizzle's own bookkeeping). */
export function pendingMigrations(sqlite: Database.Database, folder: string): MigrationMeta[] {
  ensureMigrationsTable(sqlite);
  const last = sqlite
    .prepare(`SELECT created_at AS createdAt FROM "${MIGRATIONS_TABLE}" ORDER BY created_at DESC LIMIT 1`)
    .get() as { createdAt: number } | undefined;
  const all = readMigrationFiles({ migrationsFolder: folder });
  return all.filter((m) => last === undefined || Number(last.createdAt) < m.folderMillis);
}

/**
 * Applies migrations in one transaction with foreign keys switched off, so that a table rebuilt by
 * drizzle-kit (create new, copy, drop old, rename) never cascades a delete into its child rows.
 * Before committing, every foreign key is checked; any dangling reference rolls the whole run back.
 */
export function runMigrations(sqlite: Database.Database, migrations: MigrationMeta[]): void {
  if (migrations.length === 0) return;
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      const record = sqlite.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" (hash, created_at) VALUES (?, ?)`);
      for (const migration of migrations) {
        for (const statement of migration.sql) {
          if (statement.trim()) sqlite.exec(statement);
        }
        record.run(migration.hash, migration.folderMillis);
      }
      const violations = sqlite.pragma('foreign_key_check') as { table: string; parent: string }[];
      if (violations.length > 0) {
        const first = violations[0]!;
        throw new DatabaseOpenError(
          `Migrasi dibatalkan: ${violations.length} baris di tabel ${first.table} akan kehilangan rujukan ke ${first.parent}.`,
          null,
        );
      }
      sqlite.exec('COMMIT');
    } catch (error) {
      sqlite.exec('ROLLBACK');
      throw error;
    }
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
