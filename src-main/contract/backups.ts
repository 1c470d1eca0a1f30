import { z } from 'zod';
import { channel, NoInput } from './common';

export const BACKUP_KINDS = ['manual', 'auto', 'pre-migration', 'pre-restore', 'pre-repair'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupFile {
  fileName: string;
  kind: BackupKind;
  createdAt: string;
  sizeBytes: number;
  /** The file starts with a SQLite header. An unreadable one is listed (nothing is hidden) but never restored. */
  readable: boolean;
}

export interface BackupJob {
  jobId: string;
  done: boolean;
  percent: number;
  fileName: string | null;
  error: string | null;
}

/** The last full integrity check of the open database (run in the background after start and before backups). */
export interface IntegrityStatus {
  state: 'unchecked' | 'checking' | 'ok' | 'damaged';
  checkedAt: string | null;
  /** The first problems `PRAGMA integrity_check` reported (at most 20). */
  problems: string[];
  /** Only indexes are damaged: REINDEX (after a backup) repairs it without losing anything. */
  indexOnly: boolean;
}

export const BackupFileName = z
  .string()
  .regex(/^sipanti-[0-9T-]+-(manual|auto|pre-migration|pre-restore|pre-repair)(-\d+)?\.db$/, 'Nama berkas cadangan tidak dikenal');

const BACKUP_ROLES = ['province_admin', 'admin'] as const;

export const backupsChannels = {
  'backups.list': channel<{ folder: string; files: BackupFile[] }>()(NoInput, BACKUP_ROLES),
  'backups.create': channel<BackupJob>()(NoInput, BACKUP_ROLES),
  'backups.progress': channel<BackupJob>()(z.object({ jobId: z.string().uuid() }), BACKUP_ROLES),
  'backups.restore': channel<{ restoredFrom: string; keptAside: string }>()(
    z.object({ fileName: BackupFileName }),
    BACKUP_ROLES,
  ),
  'backups.integrity': channel<IntegrityStatus>()(NoInput, BACKUP_ROLES),
  /** Runs the full integrity check now (in the background) and answers when it is done. */
  'backups.checkIntegrity': channel<IntegrityStatus>()(NoInput, BACKUP_ROLES),
  /** Index-only damage: writes a verified backup first, then REINDEX, then checks again. */
  'backups.repairIndexes': channel<{ backupFile: string; integrity: IntegrityStatus }>()(
    z.object({ confirm: z.literal(true, { error: 'Setujui perbaikan terlebih dahulu' }) }),
    BACKUP_ROLES,
  ),
} as const;
