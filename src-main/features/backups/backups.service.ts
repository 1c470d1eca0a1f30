import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupFile, BackupJob, IntegrityStatus } from '../../contract';
import { withBackupFile } from '../../db/client';
import { checkIntegrity, checkIntegrityInBackground, type IntegrityResult } from '../../db/integrity';
import { backupFileName, discardPartial, finishCopy, listBackups, PARTIAL_SUFFIX, publishBackup, writeSnapshot } from '../../db/snapshots';
import { AppError, notFound } from '../../lib/errors';
import { dayIn, DEFAULT_TIME_ZONE, isHomeTimeZone } from '../../contract/clock';
import { now as clockNow } from '../../lib/clock';
import { logError, logInfo } from '../../lib/logger';
import { nowIso } from '../../lib/time';

export const AUTO_BACKUPS_KEPT = 14;

const DAMAGED_MESSAGE =
  'Pemeriksaan integritas menemukan kerusakan pada basis data, jadi cadangan tidak dibuat (cadangan baik yang terakhir tetap disimpan). Buka Pengaturan → Cadangan.';

/**
 * Backups (better-sqlite3's online backup API, with progress), the daily automatic copy and its rotation, and the
 * full integrity check of the open database. Every copy is written under a `.partial` name, checked, and only
 * then renamed; the live database is checked before every backup, so a damaged database never pushes the last
 * good backups out of the rotation.
 */
export class BackupService {
  private readonly jobs = new Map<string, BackupJob>();
  private autoRunning = false;
  private integrityStatus: IntegrityStatus = { state: 'unchecked', checkedAt: null, problems: [], indexOnly: false };
  private running: Promise<IntegrityStatus> | null = null;

  constructor(
    readonly backupsDir: string,
    private readonly sqlite: () => Database.Database,
    private readonly databaseFile: string,
    private readonly nativeBinding?: string,
  ) {}

  list(): BackupFile[] {
    return listBackups(this.backupsDir);
  }

  get integrity(): IntegrityStatus {
    return { ...this.integrityStatus, problems: [...this.integrityStatus.problems] };
  }

  /** Forgets what the last check found (a different database was opened). */
  resetIntegrity(): void {
    this.integrityStatus = { state: 'unchecked', checkedAt: null, problems: [], indexOnly: false };
  }

  private record(result: IntegrityResult): IntegrityStatus {
    this.integrityStatus = {
      state: result.ok ? 'ok' : 'damaged',
      checkedAt: nowIso(),
      problems: result.problems.slice(0, 20),
      indexOnly: result.indexOnly,
    };
    if (!result.ok) logError('integrity check', new Error(result.problems.slice(0, 5).join('; ')));
    return this.integrity;
  }

  /**
   * The full `PRAGMA integrity_check` of the live database on a worker thread (its own read-only connection): the
   * app keeps working meanwhile. Concurrent callers share one run.
   */
  checkIntegrity(): Promise<IntegrityStatus> {
    if (this.running) return this.running;
    const previous = this.integrityStatus;
    this.integrityStatus = { ...previous, state: 'checking' };
    this.running = checkIntegrityInBackground(this.databaseFile, this.nativeBinding, () => checkIntegrity(this.sqlite()))
      .then((result) => this.record(result))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /** Starts a copy in the background; poll `progress(jobId)` for the percentage. */
  start(kind: 'manual' | 'auto'): BackupJob {
    fs.mkdirSync(this.backupsDir, { recursive: true });
    const fileName = backupFileName(this.backupsDir, kind);
    const job: BackupJob = { jobId: randomUUID(), done: false, percent: 0, fileName, error: null };
    this.jobs.set(job.jobId, job);
    const target = path.join(this.backupsDir, fileName);
    const partial = target + PARTIAL_SUFFIX;
    // Reserve the name at once so a second backup in the same second picks another one.
    fs.writeFileSync(partial, '');
    const fail = (message: string, error: unknown) => {
      job.done = true;
      job.error = message;
      logError('backup', error);
      discardPartial(partial);
    };
    this.checkIntegrity()
      .then(async (status) => {
        if (status.state !== 'ok') return fail(DAMAGED_MESSAGE, new Error(status.problems.slice(0, 3).join('; ')));
        await this.sqlite().backup(partial, {
          progress: ({ totalPages, remainingPages }) => {
            // The copy is 90 % of the work; checking it afterwards the rest.
            job.percent = totalPages > 0 ? Math.floor(((totalPages - remainingPages) / totalPages) * 90) : 90;
            return 200;
          },
        });
        finishCopy(this.sqlite(), partial, { verify: false });
        const copy = await checkIntegrityInBackground(partial, this.nativeBinding, () => withBackupFile(partial, this.nativeBinding, (db) => checkIntegrity(db)));
        if (!copy.ok) return fail('Salinan cadangan gagal diperiksa. Periksa ruang disk dan coba lagi.', new Error(copy.problems.join('; ')));
        publishBackup(partial, target);
        job.percent = 100;
        job.done = true;
        logInfo(`backup written: ${target}`);
        if (kind === 'auto') this.pruneAuto();
      })
      .catch((error: unknown) => fail('Pencadangan gagal. Periksa ruang disk dan coba lagi.', error));
    return { ...job };
  }

  progress(jobId: string): BackupJob {
    const job = this.jobs.get(jobId);
    if (!job) throw notFound('Proses pencadangan');
    return { ...job };
  }

  /** Once a day while the app is used: if no automatic backup was written today, write one. */
  autoIfDue(now = clockNow()): void {
    if (this.autoRunning || this.integrityStatus.state === 'damaged') return;
    // The day of the first home's zone: a database's homes sit in one province, and a day boundary is all this needs.
    const zoneRow = this.sqlite().prepare('SELECT time_zone AS zone FROM homes ORDER BY id LIMIT 1').get() as { zone: string | null } | undefined;
    const zone = isHomeTimeZone(zoneRow?.zone) ? zoneRow.zone : DEFAULT_TIME_ZONE;
    const today = dayIn(zone, now);
    const lastAuto = this.list().find((b) => b.kind === 'auto' && b.readable);
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

  /**
   * Keeps the newest readable automatic backups. Partial copies are never listed, so they never take a good
   * backup's place; unreadable ones are left for a person to look at; manual and safety copies are never deleted.
   * While the database is known to be damaged nothing is deleted: the last good backups from before stay.
   */
  pruneAuto(): void {
    if (this.integrityStatus.state !== 'ok') return;
    const autos = this.list().filter((b) => b.kind === 'auto' && b.readable);
    for (const old of autos.slice(AUTO_BACKUPS_KEPT)) fs.rmSync(path.join(this.backupsDir, old.fileName), { force: true });
  }

  snapshot(kind: 'pre-restore' | 'pre-migration' | 'pre-repair'): string {
    return writeSnapshot(this.sqlite(), this.backupsDir, kind, { reindex: kind === 'pre-repair' });
  }

  /**
   * Index-only damage: a verified backup first (its indexes rebuilt from its tables, so the copy is whole), then
   * REINDEX, then the full check again. Refused when the damage is not in indexes only.
   */
  async repairIndexes(): Promise<{ backupFile: string; integrity: IntegrityStatus }> {
    const status = await this.checkIntegrity();
    if (status.state === 'ok') throw new AppError('CONFLICT', 'Pemeriksaan integritas tidak menemukan kerusakan; tidak ada yang perlu diperbaiki.');
    if (!status.indexOnly) {
      throw new AppError('CONFLICT', 'Kerusakan tidak hanya pada indeks, jadi tidak dapat diperbaiki di sini. Pulihkan dari cadangan baik terakhir.');
    }
    let backupFile: string;
    try {
      backupFile = this.snapshot('pre-repair');
    } catch (error) {
      logError('backup before repair', error);
      throw new AppError('CONFLICT', 'Cadangan sebelum perbaikan tidak dapat dibuat, jadi perbaikan tidak dijalankan.');
    }
    try {
      this.sqlite().exec('REINDEX');
    } catch (error) {
      logError('reindex', error);
      this.record(checkIntegrity(this.sqlite()));
      throw new AppError('CONFLICT', `Perbaikan indeks gagal (${(error as Error).message}). Pulihkan dari cadangan baik terakhir.`);
    }
    const integrity = this.record(checkIntegrity(this.sqlite()));
    return { backupFile: path.basename(backupFile), integrity };
  }

  /**
   * A listed, readable backup that passes the full integrity check, as a path; throws an Indonesian message
   * when unusable. A partial copy is not listed, so it is never found here.
   */
  verify(fileName: string): string {
    const name = path.basename(fileName);
    const listed = this.list().find((b) => b.fileName === name);
    if (!listed) throw notFound('Berkas cadangan');
    if (!listed.readable) throw new AppError('VALIDATION', 'Cadangan ini tidak dapat dibaca. Pilih cadangan lain.');
    const file = path.join(this.backupsDir, name);
    try {
      withBackupFile(file, this.nativeBinding, (copy) => {
        if (!checkIntegrity(copy).ok) {
          throw new AppError('VALIDATION', 'Cadangan ini rusak (pemeriksaan integritas gagal). Pilih cadangan lain.');
        }
        const hasHomes = copy.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='homes'").get();
        if (!hasHomes) throw new AppError('VALIDATION', 'Berkas ini bukan cadangan Sipanti.');
      });
      return file;
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('VALIDATION', 'Cadangan ini tidak dapat dibaca. Pilih cadangan lain.');
    }
  }
}
