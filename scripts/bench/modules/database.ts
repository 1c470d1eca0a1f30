import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { configureMemory, openDatabase, type OpenedDatabase } from '../../../src-main/db/client';
import type { BenchContext, BenchModule, Benchmark, Side } from '../harness';

/**
 * Opening the database the way the app does on every start (integrity check, pending-migration check,
 * backup copy before migrating, migrations in one transaction with a foreign-key check) against
 * better-sqlite3 opening the file and running the same SQL by hand.
 */

interface Migration {
  tag: string;
  when: number;
  hash: string;
  statements: string[];
}

/** The migrations as drizzle-kit wrote them: journal order, statements split at the breakpoints. */
export function readMigrations(folder: string): Migration[] {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  return journal.entries.map(({ tag, when }) => {
    const text = fs.readFileSync(path.join(folder, `${tag}.sql`), 'utf8');
    return {
      tag,
      when,
      hash: createHash('sha256').update(text).digest('hex'),
      statements: text.split('--> statement-breakpoint').filter((s) => s.trim()),
    };
  });
}

/** A raw connection configured like the app's (client.ts), so ratios measure the code's overhead only. */
export function configureRaw(db: Database.Database, memory = true): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  if (memory) configureMemory(db);
}

const MIGRATIONS_TABLE = '__drizzle_migrations';

/** By hand: the last applied migration's time, and the journal entries after it. */
function rawPending(db: Database.Database, migrations: Migration[]): Migration[] {
  db.exec(`CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (id INTEGER PRIMARY KEY AUTOINCREMENT, hash text NOT NULL, created_at numeric)`);
  const last = db.prepare(`SELECT created_at AS t FROM "${MIGRATIONS_TABLE}" ORDER BY created_at DESC LIMIT 1`).get() as { t: number } | undefined;
  return migrations.filter((m) => last === undefined || Number(last.t) < m.when);
}

/** By hand: the statements in one transaction with foreign keys off, optionally checked before commit. */
function rawApply(db: Database.Database, pending: Migration[], checkForeignKeys: boolean): void {
  if (pending.length === 0) return;
  db.pragma('foreign_keys = OFF');
  db.exec('BEGIN IMMEDIATE');
  const record = db.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" (hash, created_at) VALUES (?, ?)`);
  for (const m of pending) {
    for (const statement of m.statements) db.exec(statement);
    record.run(m.hash, m.when);
  }
  if (checkForeignKeys && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
    db.exec('ROLLBACK');
    throw new Error('foreign key violations');
  }
  db.exec('COMMIT');
  db.pragma('foreign_keys = ON');
}

function removeDb(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

/**
 * A province-scale database one migration behind: the schema of all migrations but the last, filled
 * with the dataset's rows (the columns both schemas share), or the reason it cannot be built.
 */
function buildOneBehind(ctx: BenchContext): { file: string } | { skipped: string } {
  const folder = path.join(ctx.workDir, 'migrations-one-behind');
  fs.mkdirSync(path.join(folder, 'meta'), { recursive: true });
  const journal = JSON.parse(fs.readFileSync(path.join(ctx.migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, -1);
  fs.writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const { tag } of journal.entries) fs.copyFileSync(path.join(ctx.migrationsFolder, `${tag}.sql`), path.join(folder, `${tag}.sql`));

  const file = path.join(ctx.workDir, 'one-behind.db');
  // By hand, not openDatabase: the app's open assumes the current schema once migrated (e.g. homes.time_zone).
  const empty = new Database(file);
  configureRaw(empty);
  rawApply(empty, rawPending(empty, readMigrations(folder)), false);
  empty.close();
  const db = new Database(file);
  try {
    db.pragma('foreign_keys = OFF');
    db.prepare('ATTACH DATABASE ? AS src').run(ctx.datasetFile);
    const tables = db
      .prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'")
      .all() as { name: string }[];
    db.exec('BEGIN');
    for (const { name } of tables) {
      const mine = db.prepare(`SELECT name, "notnull" AS nn, dflt_value AS d, pk FROM main.pragma_table_info(?)`).all(name) as { name: string; nn: number; d: unknown; pk: number }[];
      const theirs = new Set((db.prepare('SELECT name FROM src.pragma_table_info(?)').all(name) as { name: string }[]).map((c) => c.name));
      if (theirs.size === 0) continue;
      const missing = mine.filter((c) => !theirs.has(c.name) && c.nn && c.d === null && !c.pk);
      if (missing.length > 0) {
        db.exec('ROLLBACK');
        return { skipped: `${name}.${missing[0]!.name} has no counterpart in the current schema` };
      }
      const cols = mine.filter((c) => theirs.has(c.name)).map((c) => `"${c.name}"`).join(', ');
      db.exec(`INSERT INTO main."${name}" (${cols}) SELECT ${cols} FROM src."${name}"`);
    }
    db.exec('COMMIT');
    db.exec('DETACH DATABASE src');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  return { file };
}

/** A benchmark that opens a fresh copy of `template` (or a new empty file) on every run. */
function openBench(
  ctx: BenchContext,
  spec: { name: string; note: string; kind: 'fast' | 'slow'; template: string | null; raw: (db: Database.Database) => void },
): Benchmark {
  const file = path.join(ctx.workDir, `run-${spec.name.replace(/[^a-z0-9]+/gi, '-')}.db`);
  const backupsDir = path.join(ctx.workDir, 'run-backups');
  let handle: Database.Database | null = null;
  let opened: OpenedDatabase | null = null;
  return {
    name: spec.name,
    note: spec.note,
    kind: spec.kind,
    prepare() {
      removeDb(file);
      fs.rmSync(backupsDir, { recursive: true, force: true });
      if (spec.template) fs.copyFileSync(spec.template, file);
    },
    app() {
      opened = openDatabase({ file, migrationsFolder: ctx.migrationsFolder, backupsDir });
    },
    raw() {
      handle = new Database(file);
      configureRaw(handle);
      spec.raw(handle);
    },
    after(side: Side) {
      if (side === 'app') opened?.sqlite.close();
      else handle?.close();
      opened = null;
      handle = null;
      removeDb(file);
      fs.rmSync(backupsDir, { recursive: true, force: true });
    },
  };
}

export const databaseBench: BenchModule = {
  name: 'database',
  benchmarks(ctx) {
    const migrations = readMigrations(ctx.migrationsFolder);
    const list: Benchmark[] = [];
    const quickCheck = (db: Database.Database) => {
      const rows = db.pragma('quick_check') as { quick_check: string }[];
      if (rows.some((r) => r.quick_check !== 'ok')) throw new Error('quick_check failed');
    };

    if (migrations.length >= 2) {
      const behind = buildOneBehind(ctx);
      if ('file' in behind) {
        const last = migrations[migrations.length - 1]!;
        list.push(
          openBench(ctx, {
            name: `open+migrate ${ctx.scale} (1 behind: ${last.tag})`,
            note: 'app: openDatabase = quick_check, pending check, backup copy (VACUUM INTO), migration, foreign_key_check; raw: open, pending check, the same SQL statements',
            kind: 'slow',
            template: behind.file,
            raw: (db) => rawApply(db, rawPending(db, migrations), false),
          }),
          openBench(ctx, {
            name: '  same, raw also checks + backs up',
            note: 'raw does the same safety work by hand: quick_check, VACUUM INTO a backup, the statements, foreign_key_check',
            kind: 'slow',
            template: behind.file,
            raw: (db) => {
              quickCheck(db);
              const pending = rawPending(db, migrations);
              fs.mkdirSync(path.join(ctx.workDir, 'run-backups'), { recursive: true });
              db.prepare('VACUUM INTO ?').run(path.join(ctx.workDir, 'run-backups', 'raw-pre-migration.db'));
              rawApply(db, pending, true);
            },
          }),
        );
      } else {
        console.log(`  (open+migrate one behind skipped: ${behind.skipped})`);
      }
    }

    const upToDate = ctx.copyDataset('open-up-to-date.db');
    list.push(
      openBench(ctx, {
        name: `open ${ctx.scale} (up to date)`,
        note: 'app: openDatabase with nothing pending (quick_check + reading the migrations); raw: open, pragmas, quick_check, last applied migration',
        kind: 'slow',
        template: upToDate,
        raw: (db) => {
          quickCheck(db);
          rawPending(db, migrations);
        },
      }),
      openBench(ctx, {
        name: `open+migrate empty db (${migrations.length} migrations)`,
        note: 'a first start: new file, every migration; raw: the same statements in one transaction',
        kind: 'fast',
        template: null,
        raw: (db) => rawApply(db, rawPending(db, migrations), true),
      }),
    );
    return list;
  },
};
