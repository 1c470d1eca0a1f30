import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});
