import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { homes } from './homes';
import { users } from './users';

/** Append-only: who changed what, through which channel, with the record before and after. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'restrict' }),
    username: text('username'),
    homeId: integer('home_id').references(() => homes.id, { onDelete: 'restrict' }),
    channel: text('channel').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    action: text('action').notNull(),
    beforeJson: text('before_json'),
    afterJson: text('after_json'),
    /** SHA-256 over the previous row's hash in the same home and this row's content (see db/audit-chain.ts). */
    hash: text('hash'),
  },
  (t) => [
    index('audit_home_at_idx').on(t.homeId, t.id),
    index('audit_entity_idx').on(t.entity, t.entityId),
    // the province administrator's date filter across all homes
    index('audit_at_idx').on(t.at),
    // the audit page's filters (issue 19): one user, one channel, one kind of record (a rare one must not scan
    // the whole log); the equality column first and the home second, so both a home's page and all homes use
    // them. No (home, at) index: with it SQLite sorts a whole year of rows instead of walking the newest 101 by id.
    index('audit_user_idx').on(t.username, t.homeId),
    index('audit_channel_idx').on(t.channel, t.homeId),
    index('audit_entity_home_idx').on(t.entity, t.homeId),
  ],
);
