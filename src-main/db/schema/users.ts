import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { homes } from './homes';
import { nowIso } from '../../lib/time';

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Null only for a province-level administrator. */
    homeId: integer('home_id').references(() => homes.id, { onDelete: 'restrict' }),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    role: text('role').notNull(),
    passwordHash: text('password_hash').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: text('locked_until'),
    /** The head's approvals typed at another user's desk: counted and locked apart from the head's own log-in. */
    approvalFailedAttempts: integer('approval_failed_attempts').notNull().default(0),
    approvalLockedUntil: text('approval_locked_until'),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    lastLoginAt: text('last_login_at'),
    createdAt: text('created_at').notNull().$defaultFn(() => nowIso()),
    updatedAt: text('updated_at').notNull().$defaultFn(() => nowIso()),
  },
  (t) => [
    uniqueIndex('users_username_unique').on(t.username),
    index('users_home_idx').on(t.homeId),
    check(
      'users_role_check',
      sql`${t.role} in ('province_admin','admin','head','caregiver','finance')`,
    ),
    check('users_home_scope_check', sql`(${t.role} = 'province_admin') = (${t.homeId} is null)`),
  ],
);
