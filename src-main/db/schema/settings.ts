import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { homes } from './homes';

/** Province-wide settings as key/value pairs (JSON values): the defaults every home starts from. */
export const appSettings = sqliteTable('app_settings', {
  key: text('key').primaryKey(),
  valueJson: text('value_json').notNull(),
});

/** One home's own settings (JSON values), over the province-wide ones; only that home's administrators change them. */
export const homeSettings = sqliteTable(
  'home_settings',
  {
    homeId: integer('home_id')
      .notNull()
      .references(() => homes.id, { onDelete: 'restrict' }),
    key: text('key').notNull(),
    valueJson: text('value_json').notNull(),
  },
  (t) => [primaryKey({ columns: [t.homeId, t.key] })],
);
