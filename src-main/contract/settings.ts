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

export const settingsChannels = {
  'settings.get': channel<AppSettings>()(NoInput, 'any'),
  'settings.update': channel<AppSettings>()(AppSettingsInput, ['province_admin', 'admin']),
} as const;
