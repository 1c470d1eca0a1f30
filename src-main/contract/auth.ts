import type { HomeTimeZone } from './clock';
import { z } from 'zod';
import { channel, NoInput, Role } from './common';
import type { HomeSummary } from './homes';

export interface SessionUser {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  /** The user's own home; null for a province-level administrator. */
  homeId: number | null;
  mustChangePassword: boolean;
}

export interface SessionInfo {
  user: SessionUser;
  /** The home whose records this session works on. */
  activeHome: HomeSummary | null;
  idleLockMinutes: number;
  locked: boolean;
  /** The home's zone (WIB when none is chosen): the renderer's "today" and shifts follow it, not the workstation's. */
  timeZone: HomeTimeZone;
  /** The server's clock when this was answered, so a workstation whose own clock is off still agrees with main. */
  serverNow: string;
}

export const LoginInput = z.object({
  username: z.string().trim().toLowerCase().min(1, 'Nama pengguna wajib diisi'),
  password: z.string().min(1, 'Kata sandi wajib diisi'),
});

export const UnlockInput = z.object({ password: z.string().min(1, 'Kata sandi wajib diisi') });

export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1, 'Kata sandi lama wajib diisi'),
  newPassword: z.string().min(1, 'Kata sandi baru wajib diisi'),
});

export const authChannels = {
  'auth.login': channel<SessionInfo>()(LoginInput, 'public'),
  'auth.logout': channel<null>()(NoInput, 'public'),
  /** The current session, or null when nobody is signed in. Works while locked. */
  'auth.session': channel<SessionInfo | null>()(NoInput, 'public'),
  'auth.lock': channel<null>()(NoInput, 'any'),
  'auth.unlock': channel<SessionInfo>()(UnlockInput, 'public'),
  'auth.changePassword': channel<null>()(ChangePasswordInput, 'any'),
  'auth.switchHome': channel<SessionInfo>()(z.object({ homeId: z.number().int().positive() }), ['province_admin']),
} as const;
