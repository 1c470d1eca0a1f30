import type { z } from 'zod';
import { auditChannels } from './audit';
import { authChannels } from './auth';
import { backupsChannels } from './backups';
import { budgetChannels } from './budget';
import { casefileChannels } from './casefile';
import type { ChannelDef } from './common';
import { homesChannels } from './homes';
import { intakeChannels } from './intake';
import { mealsChannels } from './meals';
import { medicineChannels } from './medicine';
import { residentsChannels } from './residents';
import { documentsChannels } from './documents';
import { exitsChannels } from './exits';
import { carenotesChannels } from './carenotes';
import { reportsChannels } from './reports';
import { settingsChannels } from './settings';
import { setupChannels } from './setup';
import { spendingChannels } from './spending';
import { trainingChannels } from './training';
import { usersChannels } from './users';

export * from './audit';
export * from './auth';
export * from './backups';
export * from './budget';
export * from './casefile';
export * from './clock';
export * from './common';
export * from './health';
export * from './homes';
export * from './intake';
export * from './meals';
export * from './medicine';
export * from './reference';
export * from './residents';
export * from './documents';
export * from './exits';
export * from './carenotes';
export * from './format';
export * from './reports';
export * from './settings';
export * from './setup';
export * from './spending';
export * from './training';
export * from './users';
export * from './validators';

/** Every channel of the API. Main registers a handler for each; the preload exposes one function for each. */
export const channels = {
  ...setupChannels,
  ...authChannels,
  ...homesChannels,
  ...usersChannels,
  ...auditChannels,
  ...backupsChannels,
  ...settingsChannels,
  ...residentsChannels,
  ...casefileChannels,
  ...documentsChannels,
  ...carenotesChannels,
  ...reportsChannels,
  ...budgetChannels,
  ...spendingChannels,
  ...exitsChannels,
  ...intakeChannels,
  ...mealsChannels,
  ...medicineChannels,
  ...trainingChannels,
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelParsed<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = Channels[C] extends ChannelDef<z.ZodType, infer O> ? O : never;
export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];
