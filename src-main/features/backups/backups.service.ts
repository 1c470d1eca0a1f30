import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupFile, BackupJob } from '../../contract';
import { backupFileName, listBackups, useRollbackJournal, writeSnapshot } from '../../db/snapshots';
import { AppError, notFound } from '../../lib/errors';
import { dayIn, DEFAULT_TIME_ZONE, isHomeTimeZone } from '../../contract/clock';
import { now as clockNow } from '../../lib/clock';
import { logError, logInfo } from '../../lib/logger';

export const AUTO_BACKUPS_KEPT = 14;

/** Online backups with progress (better-sqlite3's backup API), the daily automatic copy, and checks. */
export class BackupService {
  private readonly jobs = new Map<string, BackupJob>();
  private autoRunning = false;

  constructor(
    readonly backupsDir: string,
    private readonly sqlite: () => Database.Database,
    private readonly nativeBinding?: string,
  ) {}

  list(): BackupFile[] {
    return listBackups(this.backupsDir);
  }

  /** Starts a copy in the background; poll `progress(jobId)` for the percentage. */
  start(kind: 'manual' | 'auto'): BackupJob {
    fs.mkdirSync(this.backupsDir, { recursive: true });
    const fileName = backupFileName(this.backupsDir, kind);
    const job: BackupJob = { jobId: randomUUID(), done: false, percent: 0, fileName, error: null };
    this.jobs.set(job.jobId, job);
    const target = path.join(this.backupsDir, fileName);
    // Reserve the name at once so a second backup in the same second picks another one.
    fs.writeFileSync(target, '');
    this.sqlite()
      .backup(target, {
        progress: ({ totalPages, remainingPages }) => {
          job.percent = totalPages > 0 ? Math.floor(((totalPages - remainingPages) / totalPages) * 100) : 100;
          return 200;
        },
      })
      .then(() => {
        useRollbackJournal(this.sqlite(), target);
        job.percent = 100;
        job.done = true;
        logInfo(`backup written: ${target}`);
        if (kind === 'auto') this.pruneAuto();
      })
      .catch((error: unknown) => {
        job.done = true;
        job.error = 'Pencadangan gagal. Periksa ruang disk dan coba lagi.';
        logError('backup', error);
        fs.rmSync(target, { force: true });
      });
    return { ...job };
  }

  progress(jobId: string): BackupJob {
    const job = this.jobs.get(jobId);
    if (!job) throw notFound('Proses pencadangan');
    return { ...job };
  }

  /** Once a day while the app is used: if no automatic backup was written today, write one. */
  autoIfDue(now = clockNow()): void {
    if (this.autoRunning) return;
    // The day of the first home's zone: a database's homes sit in one province, and a day boundary is all this needs.
    const zoneRow = this.sqlite().prepare('SELECT time_zone AS zone FROM homes ORDER BY id LIMIT 1').get() as { zone: string | null } | undefined;
    const zone = isHomeTimeZone(zoneRow?.zone) ? zoneRow.zone : DEFAULT_TIME_ZONE;
    const today = dayIn(zone, now);
    const lastAuto = this.list().find((b) => b.kind === 'auto');
    if (lastAuto && dayIn(zone, Date.parse(lastAuto.createdAt)) === today) return;
    this.autoRunning = true;
    const job = this.start('auto');
    const wait = setInterval(() => {
      if (this.jobs.get(job.jobId)?.done) {
        clearInterval(wait);
        this.autoRunning = false;
      }
    }, 250);
    wait.unref?.();
  }

  /** Keeps the newest automatic backups; manual and safety copies are never deleted. */
  pruneAuto(): void {
    const autos = this.list().filter((b) => b.kind === 'auto');
    for (const old of autos.slice(AUTO_BACKUPS_KEPT)) fs.rmSync(path.join(this.backupsDir, old.fileName), { force: true });
  }

  snapshot(kind: 'pre-restore' | 'pre-migration'): string {
    return writeSnapshot(this.sqlite(), this.backupsDir, kind);
  }

  /** Full integrity check of a backup file, opened read-only; throws an Indonesian message when unusable. */
  verify(fileName: string): string {
    const file = path.join(this.backupsDir, path.basename(fileName));
    if (!fs.existsSync(file)) throw notFound('Berkas cadangan');
    let copy: Database.Database | null = null;
    try {
      copy = new Database(file, {
        readonly: true,
        fileMustExist: true,
        ...(this.nativeBinding ? { nativeBinding: this.nativeBinding } : {}),
      });
      const rows = copy.pragma('integrity_check') as { integrity_check: string }[];
      if (rows.some((r) => r.integrity_check !== 'ok')) {
        throw new AppError('VALIDATION', 'Cadangan ini rusak (pemeriksaan integritas gagal). Pilih cadangan lain.');
      }
      const hasHomes = copy.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='homes'").get();
      if (!hasHomes) throw new AppError('VALIDATION', 'Berkas ini bukan cadangan Sipanti.');
      return file;
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('VALIDATION', 'Cadangan ini tidak dapat dibaca. Pilih cadangan lain.');
    } finally {
      copy?.close();
    }
  }
}
