import { z } from 'zod';
import { channel, NoInput, trimmed } from './common';
import { HomeProfileInput } from './homes';
import { passwordProblem, UsernameSchema } from './validators';

export interface SystemStatus {
  /** `failed`: the database could not be opened safely; nothing else works until it is restored. */
  state: 'ready' | 'failed';
  needsSetup: boolean;
  failure: { message: string; backupToRestore: string | null; dataDir: string } | null;
  mode: 'electron' | 'browser';
  version: string;
}

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
  'setup.complete': channel<{ homeId: number; username: string }>()(SetupInput, 'public'),
} as const;
