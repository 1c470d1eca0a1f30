import fs from 'node:fs';
import path from 'node:path';
import type { ChannelName, DatabaseFailure, SystemStatus } from './contract';
import { createHandlers } from './api/handlers';
import { createRouter, type Router } from './api/router';
import { SessionStore } from './api/sessions';
import { closeDatabase, DatabaseOpenError, openDatabase, userMessageFor, withBackupFile, type AppDb, type OpenedDatabase } from './db/client';
import { hashPassword, verifyPassword } from './features/auth/password';
import { nowMs } from './lib/clock';
import { fileStamp } from './lib/time';
import { BackupService } from './features/backups/backups.service';
import { readSetting } from './features/settings/settings.service';
import { users } from './db/schema';
import type { Actor } from './lib/actor';
import { AppError } from './lib/errors';
import { logError, logInfo, setLogDir } from './lib/logger';
import { recordAudit } from './features/audit/audit.service';
import { findHomeSummary } from './features/homes/homes.service';
import { forgetHomeZone } from './features/homes/home-clock';
import { eq } from 'drizzle-orm';
import type { Role } from './contract';

export interface CoreOptions {
  dataDir: string;
  migrationsFolder: string;
  mode: 'electron' | 'browser';
  version: string;
  nativeBinding?: string;
  /** Desktop only: prints report HTML to PDF with Chromium and saves it where the user chooses. */
  printer?: (job: { html: string; fileName: string; paper: 'A4' | 'F4'; landscape: boolean }) => Promise<{ saved: boolean; path: string | null }>;
  /** For tests: a clock for idle locking. */
  clock?: () => number;
  /** For tests and the bench: better-sqlite3's `verbose` hook, called with every SQL statement run. */
  verbose?: (sql: unknown) => void;
  /**
   * How long after opening the full integrity check starts on its worker thread (default 5 s, so start-up is not
   * slowed); null never starts it on its own (tests run it when they mean to).
   */
  integrityCheckDelayMs?: number | null;
}

/** Failed one-click restores on the failure page: after this many, it waits (there is no account to lock). */
const FAILURE_RESTORE_ATTEMPTS = 5;
const FAILURE_RESTORE_WAIT_MS = 15 * 60_000;

export const DATABASE_FILE = 'sipanti.db';

/**
 * Everything the app does, without Electron: the database, the router and its sessions, backups.
 * Both transports (IPC and loopback HTTP) call `router.call`.
 */
export class Core {
  readonly sessions: SessionStore;
  readonly router: Router;
  readonly backups: BackupService;
  readonly databaseFile: string;
  readonly backupsDir: string;
  /** Resident documents, stored by checksum; never overwritten, never deleted by the app. */
  readonly documentsDir: string;
  private opened: OpenedDatabase | null = null;
  private failure: DatabaseOpenError | null = null;
  private failureRestoreBy: DatabaseFailure['restoreBy'] = null;
  private failedRestoreAttempts = 0;
  private restoreWaitUntilMs = 0;
  private integrityTimer: NodeJS.Timeout | null = null;

  constructor(readonly options: CoreOptions) {
    this.databaseFile = path.join(options.dataDir, DATABASE_FILE);
    this.backupsDir = path.join(options.dataDir, 'backups');
    this.documentsDir = path.join(options.dataDir, 'documents');
    fs.mkdirSync(options.dataDir, { recursive: true });
    setLogDir(path.join(options.dataDir, 'logs'));
    this.sessions = new SessionStore(options.clock);
    this.backups = new BackupService(this.backupsDir, () => this.requireOpened().sqlite, this.databaseFile, options.nativeBinding);
    this.open();
    this.router = createRouter({
      handlers: createHandlers(this),
      db: () => this.db,
      resolveSession: (key, channel) => this.resolveSession(key, channel),
    });
  }

  /** Opens the database; on failure the app keeps running in a state that tells the user what to restore. */
  open(): void {
    forgetHomeZone();
    try {
      const started = performance.now();
      this.opened = openDatabase({
        file: this.databaseFile,
        migrationsFolder: this.options.migrationsFolder,
        backupsDir: this.backupsDir,
        nativeBinding: this.options.nativeBinding,
        verbose: this.options.verbose,
      });
      // The first open after an upgrade (backup and migrations) is reported apart from an ordinary start.
      const { applied } = this.opened.migrated;
      logInfo(`database opened in ${Math.round(performance.now() - started)} ms${applied > 0 ? ` (upgrade: ${applied} migration(s) and the backup before them)` : ''}`);
      this.failure = null;
      this.failureRestoreBy = null;
      this.backups.resetIntegrity();
      this.scheduleIntegrityCheck();
    } catch (error) {
      this.opened = null;
      this.failure =
        error instanceof DatabaseOpenError ? error : new DatabaseOpenError(String(error), null, error);
      this.failureRestoreBy = this.failure.backupToRestore ? this.restoreRoleFor(this.failure.backupToRestore) : null;
      logError('open database', error);
    }
  }

  /** The full integrity check, on a worker thread, a little after start: start-up does not wait for it. */
  private scheduleIntegrityCheck(): void {
    const delay = this.options.integrityCheckDelayMs === undefined ? 5000 : this.options.integrityCheckDelayMs;
    if (delay === null) return;
    this.integrityTimer = setTimeout(() => {
      this.integrityTimer = null;
      if (this.opened) void this.backups.checkIntegrity();
    }, delay);
    this.integrityTimer.unref?.();
  }

  /** A backup of several homes (a province database) is restored only by a province administrator. */
  private restoreRoleFor(file: string): DatabaseFailure['restoreBy'] {
    try {
      const homesCount = withBackupFile(file, this.options.nativeBinding, (copy) => (copy.prepare('SELECT count(*) AS n FROM homes').get() as { n: number }).n);
      return homesCount > 1 ? 'province_admin' : 'admin';
    } catch {
      return null;
    }
  }

  get db(): AppDb {
    return this.requireOpened().db;
  }

  get migrated() {
    return this.opened?.migrated ?? null;
  }

  requireOpened(): OpenedDatabase {
    if (!this.opened) {
      throw new AppError('DB_UNAVAILABLE', this.failure ? userMessageFor(this.failure) : 'Basis data belum dibuka');
    }
    return this.opened;
  }

  status(needsSetup: () => boolean): SystemStatus {
    const base = { mode: this.options.mode, version: this.options.version };
    if (!this.opened) {
      const failure = this.failure ?? new DatabaseOpenError('Basis data sedang ditutup.', null);
      return {
        ...base,
        state: 'failed',
        needsSetup: false,
        failure: {
          message: userMessageFor(failure),
          backupToRestore: failure.backupToRestore,
          dataDir: this.options.dataDir,
          databaseFile: this.databaseFile,
          restoreBy: failure.backupToRestore ? this.failureRestoreBy : null,
        },
      };
    }
    return { ...base, state: 'ready', needsSetup: needsSetup(), failure: null };
  }

  private resolveSession(
    key: string,
    channel: ChannelName,
  ): { session: ReturnType<SessionStore['signIn']>; actor: Actor; mustChangePassword: boolean } | undefined {
    if (!this.opened) return undefined;
    const current = this.sessions.get(key);
    if (!current) return undefined;
    const user = this.db.select().from(users).where(eq(users.id, current.userId)).get();
    // The idle lock of the home the session works on.
    const homeId = user?.role === 'province_admin' ? current.activeHomeId : (user?.homeId ?? null);
    const session = this.sessions.touch(key, readSetting(this.db, 'idleLockMinutes', homeId));
    if (!session) return undefined;
    if (!user || !user.active) {
      this.sessions.signOut(key);
      return undefined;
    }
    if (!session.locked) this.backups.autoIfDue();
    const actor: Actor = {
      userId: user.id,
      username: user.username,
      role: user.role as Role,
      homeId: user.role === 'province_admin' ? session.activeHomeId : user.homeId,
      channel,
    };
    return { session, actor, mustChangePassword: user.mustChangePassword };
  }

  /**
   * Replaces the database with a verified backup. The current database is first copied aside, and put
   * back if the restored copy will not open. Everyone is signed out: the restored users may differ.
   */
  restore(fileName: string, actor: Actor): { restoredFrom: string; keptAside: string } {
    const source = this.backups.verify(fileName);
    const keptAside = this.backups.snapshot('pre-restore');
    const staging = `${this.databaseFile}.restoring`;
    fs.copyFileSync(source, staging);
    this.close();
    this.replaceDatabaseFile(staging);
    this.open();
    if (!this.opened) {
      const failure = this.failure;
      fs.copyFileSync(keptAside, staging);
      this.replaceDatabaseFile(staging);
      this.open();
      throw new AppError(
        'VALIDATION',
        `Cadangan tidak dapat dibuka (${failure?.message ?? 'tidak diketahui'}). Basis data sebelumnya dikembalikan.`,
      );
    }
    this.sessions.signOutWhere(() => true);
    const sameUser = this.db.select({ id: users.id }).from(users).where(eq(users.username, actor.username)).get();
    const sameHome = actor.homeId == null ? undefined : findHomeSummary(this.db, actor.homeId);
    recordAudit(this.db, sameUser ? { ...actor, userId: sameUser.id } : null, {
      entity: 'database',
      action: 'restore',
      after: { restoredFrom: path.basename(source), keptAside: path.basename(keptAside), by: actor.username },
      homeId: sameHome?.id ?? null,
    }, actor.channel);
    return { restoredFrom: path.basename(source), keptAside: path.basename(keptAside) };
  }

  /**
   * The failure page's one-click restore of the backup it names. Nobody can sign in to a database that does not
   * open, so the credentials are checked against the accounts in that backup: an active administrator of its home,
   * or a province administrator (the only one allowed when it holds several homes). The unusable files are moved
   * aside into `damaged-<time>/` in the data folder, never deleted.
   */
  restoreAfterFailure(username: string, password: string): { restoredFrom: string; keptAside: string } {
    if (this.opened || !this.failure) throw new AppError('CONFLICT', 'Basis data terbuka dengan baik; pemulihan dilakukan dari Pengaturan → Cadangan.');
    const source = this.failure.backupToRestore;
    if (!source) throw new AppError('NOT_FOUND', 'Tidak ada cadangan sah yang dapat dipulihkan.');
    if (nowMs() < this.restoreWaitUntilMs) {
      throw new AppError('UNAUTHENTICATED', 'Terlalu banyak percobaan gagal. Coba lagi setelah 15 menit.');
    }
    const restoreBy = this.failureRestoreBy;
    const user = withBackupFile(source, this.options.nativeBinding, (copy) =>
      copy.prepare('SELECT id, username, role, home_id AS homeId, active, password_hash AS passwordHash FROM users WHERE username = ?').get(username),
    ) as { id: number; username: string; role: Role; homeId: number | null; active: number; passwordHash: string } | undefined;
    const allowed = restoreBy === 'province_admin' ? ['province_admin'] : ['province_admin', 'admin'];
    const passwordOk = user ? verifyPassword(password, user.passwordHash) : (verifyPassword(password, hashPassword('sipanti-dummy-password-1')), false);
    if (!user || !passwordOk) {
      this.failedRestoreAttempts++;
      if (this.failedRestoreAttempts >= FAILURE_RESTORE_ATTEMPTS) {
        this.failedRestoreAttempts = 0;
        this.restoreWaitUntilMs = nowMs() + FAILURE_RESTORE_WAIT_MS;
      }
      throw new AppError('UNAUTHENTICATED', 'Nama pengguna atau kata sandi salah (akun diperiksa pada cadangan yang akan dipulihkan).');
    }
    this.failedRestoreAttempts = 0;
    if (!user.active || !allowed.includes(user.role)) {
      throw new AppError(
        'FORBIDDEN',
        restoreBy === 'province_admin'
          ? 'Cadangan ini memuat beberapa panti: hanya administrator provinsi yang boleh memulihkannya.'
          : 'Hanya administrator yang boleh memulihkan cadangan.',
      );
    }
    const aside = path.join(this.options.dataDir, `damaged-${fileStamp()}`);
    fs.mkdirSync(aside, { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) {
      const file = `${this.databaseFile}${suffix}`;
      if (fs.existsSync(file)) fs.renameSync(file, path.join(aside, path.basename(file)));
    }
    const staging = `${this.databaseFile}.restoring`;
    fs.copyFileSync(source, staging);
    this.replaceDatabaseFile(staging);
    this.open();
    if (!this.opened) {
      throw new AppError('VALIDATION', `Cadangan tidak dapat dibuka (${this.failure?.message ?? 'tidak diketahui'}). Berkas yang rusak tetap di ${aside}.`);
    }
    const actor: Actor = { userId: user.id, username: user.username, role: user.role, homeId: user.homeId, channel: 'system.restoreAfterFailure' };
    recordAudit(this.db, actor, {
      entity: 'database',
      action: 'restore',
      after: { restoredFrom: path.basename(source), keptAside: path.basename(aside), by: user.username, afterFailure: true },
      homeId: user.homeId,
    });
    return { restoredFrom: path.basename(source), keptAside: aside };
  }

  private replaceDatabaseFile(staging: string): void {
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${this.databaseFile}${suffix}`, { force: true });
    fs.renameSync(staging, this.databaseFile);
  }

  close(): void {
    if (this.integrityTimer) clearTimeout(this.integrityTimer);
    this.integrityTimer = null;
    if (this.opened) closeDatabase(this.opened.sqlite);
    this.opened = null;
  }
}

export function createCore(options: CoreOptions): Core {
  return new Core(options);
}
