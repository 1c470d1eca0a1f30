import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';

/** The 16 bytes every SQLite database file starts with. */
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Whether `file` starts with a sane SQLite header: the magic string, a page size that is a power of two between
 * 512 and 65536, and at least one whole page. Cheap (reads 100 bytes); says nothing about the pages after it.
 */
export function hasSqliteHeader(file: string): boolean {
  let fd: number | null = null;
  try {
    const size = fs.statSync(file).size;
    if (size < 512) return false;
    fd = fs.openSync(file, 'r');
    const header = Buffer.alloc(100);
    if (fs.readSync(fd, header, 0, 100, 0) < 100) return false;
    if (!header.subarray(0, 16).equals(SQLITE_MAGIC)) return false;
    const raw = header.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return false;
    return size >= pageSize;
  } catch {
    return false;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** What `PRAGMA integrity_check` found: nothing (`ok`), or the problems, and whether only indexes are hurt. */
export interface IntegrityResult {
  ok: boolean;
  problems: string[];
  /** Every problem is in an index: REINDEX rebuilds them from the tables, losing nothing. */
  indexOnly: boolean;
}

/**
 * Classifies integrity_check's lines. Index problems name the index ("row 5 missing from index x", "wrong # of
 * entries in index x", "non-unique entry in UNIQUE index x") or a b-tree by its root page ("Tree 12 page 40 …"),
 * which `indexRoots` maps back to an index.
 */
export function classifyIntegrity(lines: string[], indexRoots: Set<number>): IntegrityResult {
  const problems = lines.filter((l) => l !== 'ok');
  if (problems.length === 0) return { ok: true, problems: [], indexOnly: false };
  const isIndexProblem = (line: string): boolean => {
    if (/\bindex\b/i.test(line) && !/\bTree\b/.test(line)) return true;
    const tree = /^(?:On tree page \d+ cell \d+: |)Tree (\d+) page/.exec(line) ?? /^Tree (\d+) /.exec(line);
    return tree ? indexRoots.has(Number(tree[1])) : false;
  };
  return { ok: false, problems, indexOnly: problems.every(isIndexProblem) };
}

/** Root pages of every index in the database `sqlite` has open as `schema` ('main' or an attached name). */
export function indexRootPages(sqlite: Database.Database, schema = 'main'): Set<number> {
  const rows = sqlite.prepare(`SELECT rootpage FROM "${schema}".sqlite_master WHERE type = 'index'`).all() as { rootpage: number }[];
  return new Set(rows.map((r) => r.rootpage));
}

/** The full check on an open connection (blocks it until done): use for small files and in the worker. */
export function checkIntegrity(sqlite: Database.Database, schema = 'main'): IntegrityResult {
  const rows = sqlite.pragma(`"${schema}".integrity_check(200)`) as { integrity_check: string }[];
  return classifyIntegrity(
    rows.map((r) => r.integrity_check),
    indexRootPages(sqlite, schema),
  );
}

// Runs in a worker thread: its own read-only connection, so the app's connection and event loop stay free.
const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const { createRequire } = require('node:module');
const Database = createRequire(workerData.base)('better-sqlite3');
let db;
try {
  db = new Database(workerData.file, Object.assign({ readonly: true, fileMustExist: true }, workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}));
  const lines = db.pragma('integrity_check(200)').map((r) => r.integrity_check);
  const roots = db.prepare("SELECT rootpage FROM sqlite_master WHERE type = 'index'").all().map((r) => r.rootpage);
  parentPort.postMessage({ lines, roots });
} catch (error) {
  parentPort.postMessage({ error: String(error && error.message || error) });
} finally {
  if (db) db.close();
}
`;

/**
 * The full `PRAGMA integrity_check` of a database file on a worker thread with its own read-only connection:
 * the app keeps answering while a large file is read from end to end. A file that cannot be read at all
 * resolves as a problem, never as ok.
 */
export function checkIntegrityInBackground(file: string, nativeBinding?: string, fallback?: () => IntegrityResult): Promise<IntegrityResult> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: IntegrityResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    // The worker itself could not run (e.g. the runtime cannot load the native module there): check on this
    // thread instead, slower but never mistaken for damage.
    const unavailable = (error: unknown) => {
      if (fallback) {
        try {
          finish(fallback());
          return;
        } catch (inner) {
          error = inner;
        }
      }
      finish({ ok: false, problems: [`Pemeriksaan tidak dapat dijalankan: ${(error as Error).message ?? String(error)}`], indexOnly: false });
    };
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, nativeBinding, base: __filename } });
    } catch (error) {
      unavailable(error);
      return;
    }
    worker.on('message', (message: { lines?: string[]; roots?: number[]; error?: string }) => {
      if (message.error !== undefined) finish({ ok: false, problems: [message.error], indexOnly: false });
      else finish(classifyIntegrity(message.lines ?? [], new Set(message.roots ?? [])));
    });
    worker.on('error', (error) => unavailable(error));
    worker.on('exit', () => finish({ ok: false, problems: ['Pemeriksaan berhenti tanpa hasil.'], indexOnly: false }));
  });
}
