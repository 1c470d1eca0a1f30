import { z } from 'zod';
import { channel, NoInput } from './common';

export const BACKUP_KINDS = ['manual', 'auto', 'pre-migration', 'pre-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupFile {
  fileName: string;
  kind: BackupKind;
  createdAt: string;
  sizeBytes: number;
}

export interface BackupJob {
  jobId: string;
  done: boolean;
  percent: number;
  fileName: string | null;
  error: string | null;
}

export const BackupFileName = z
  .string()
  .regex(/^sipanti-[0-9T-]+-(manual|auto|pre-migration|pre-restore)(-\d+)?\.db$/, 'Nama berkas cadangan tidak dikenal');

const BACKUP_ROLES = ['province_admin', 'admin'] as const;

export const backupsChannels = {
  'backups.list': channel<{ folder: string; files: BackupFile[] }>()(NoInput, BACKUP_ROLES),
  'backups.create': channel<BackupJob>()(NoInput, BACKUP_ROLES),
  'backups.progress': channel<BackupJob>()(z.object({ jobId: z.string().uuid() }), BACKUP_ROLES),
  'backups.restore': channel<{ restoredFrom: string; keptAside: string }>()(
    z.object({ fileName: BackupFileName }),
    BACKUP_ROLES,
  ),
} as const;
