import { z } from 'zod';
import { channel, NoInput, trimmed } from './common';
import { HomeProfileInput } from './homes';
import { passwordProblem, UsernameSchema } from './validators';

export interface SystemStatus {
  /** `failed`: the database could not be opened safely; nothing else works until it is restored. */
  state: 'ready' | 'failed';
  needsSetup: boolean;
  failure: DatabaseFailure | null;
  mode: 'electron' | 'browser';
  version: string;
}

export interface DatabaseFailure {
  message: string;
  /** Full path of the newest backup that passed a full integrity check; null when there is none. */
  backupToRestore: string | null;
  dataDir: string;
  /** Full path of the database file (the -wal and -shm files beside it carry the same name). */
  databaseFile: string;
  /**
   * Who may restore that backup with one click here: an administrator of the backup's home, or only a province
   * administrator when the backup holds several homes. Null when there is no valid backup.
   */
  restoreBy: 'admin' | 'province_admin' | null;
}

/** One-click restore from the failure page: the credentials are checked against the accounts in the backup. */
export const FailureRestoreInput = z.object({
  username: z.string().trim().toLowerCase().min(1, 'Nama pengguna wajib diisi'),
  password: z.string().min(1, 'Kata sandi wajib diisi'),
});

export const SetupInput = z.object({
  home: HomeProfileInput,
  admin: z
    .object({
      scope: z.enum(['home', 'province']),
      username: UsernameSchema,
      fullName: trimmed('Nama lengkap', 150),
      password: z.string().min(1, 'Kata sandi wajib diisi'),
      passwordConfirm: z.string().min(1, 'Ulangi kata sandi'),
    })
    .superRefine((v, ctx) => {
      const problem = passwordProblem(v.password, v.username);
      if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
      if (v.password !== v.passwordConfirm) {
        ctx.addIssue({ code: 'custom', path: ['passwordConfirm'], message: 'Kata sandi tidak sama' });
      }
    }),
});
export type SetupInput = z.input<typeof SetupInput>;

export const setupChannels = {
  'system.status': channel<SystemStatus>()(NoInput, 'public'),
  'system.restoreAfterFailure': channel<{ restoredFrom: string; keptAside: string }>()(FailureRestoreInput, 'public'),
  'setup.complete': channel<{ homeId: number; username: string }>()(SetupInput, 'public'),
} as const;
