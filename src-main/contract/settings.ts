import { z } from 'zod';
import { channel, NoInput } from './common';

export interface AppSettings {
  idleLockMinutes: number;
}

export const AppSettingsInput = z.object({
  idleLockMinutes: z
    .number({ error: 'Isi dengan angka' })
    .int('Isi dengan bilangan bulat')
    .min(1, 'Minimal 1 menit')
    .max(240, 'Maksimal 240 menit'),
});

/**
 * `scope`: `home` (default) changes the active home's settings; `province` the province-wide defaults, which only a
 * province administrator may change.
 */
export const AppSettingsUpdate = AppSettingsInput.extend({ scope: z.enum(['home', 'province']).optional() });
export type AppSettingsUpdate = z.output<typeof AppSettingsUpdate>;

export const settingsChannels = {
  'settings.get': channel<AppSettings>()(NoInput, 'any'),
  'settings.update': channel<AppSettings>()(AppSettingsUpdate, ['province_admin', 'admin']),
} as const;
