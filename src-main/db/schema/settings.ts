import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Installation-wide settings as key/value pairs (JSON values). */
export const appSettings = sqliteTable('app_settings', {
  key: text('key').primaryKey(),
  valueJson: text('value_json').notNull(),
});
