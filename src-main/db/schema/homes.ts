import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { HomeTimeZone } from '../../contract/clock';
import { nowIso } from '../../lib/time';

export const homes = sqliteTable('homes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  type: text('type').notNull(),
  address: text('address').notNull(),
  province: text('province').notNull(),
  regency: text('regency').notNull(),
  phone: text('phone'),
  email: text('email'),
  headName: text('head_name').notNull(),
  headNip: text('head_nip').notNull(),
  financeName: text('finance_name').notNull(),
  financeNip: text('finance_nip').notNull(),
  logoDataUrl: text('logo_data_url'),
  /** Places for residents; null until set (the intake quota then cannot be computed). */
  capacity: integer('capacity'),
  /** WIB, WITA or WIT: the home's calendar day, shifts and report dates follow it (null only until the first open after the upgrade). */
  timeZone: text('time_zone').$type<HomeTimeZone>(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull().$defaultFn(() => nowIso()),
  updatedAt: text('updated_at').notNull().$defaultFn(() => nowIso()),
});
