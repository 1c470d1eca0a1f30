import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { homes } from './homes';
import { residents } from './residents';
import { users } from './users';
import { nowIso } from '../../lib/time';

/** Daily care notes written by caregivers, per resident. */
export const careNotes = sqliteTable(
  'care_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    residentId: integer('resident_id').notNull().references(() => residents.id, { onDelete: 'restrict' }),
    notedOn: text('noted_on').notNull(),
    notedTime: text('noted_time'),
    shift: text('shift').notNull(),
    category: text('category').notNull(),
    note: text('note').notNull(),
    recordedBy: integer('recorded_by').references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: text('recorded_at').notNull().$defaultFn(() => nowIso()),
  },
  (t) => [
    index('care_notes_home_day_idx').on(t.homeId, t.notedOn, t.shift),
    index('care_notes_resident_idx').on(t.residentId, t.notedOn),
  ],
);

export const incidents = sqliteTable(
  'incidents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    residentId: integer('resident_id').notNull().references(() => residents.id, { onDelete: 'restrict' }),
    occurredOn: text('occurred_on').notNull(),
    occurredTime: text('occurred_time'),
    severity: text('severity').notNull(),
    description: text('description').notNull(),
    actionTaken: text('action_taken').notNull(),
    followUp: text('follow_up'),
    followUpDue: text('follow_up_due'),
    resolvedOn: text('resolved_on'),
    recordedBy: integer('recorded_by').references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: text('recorded_at').notNull().$defaultFn(() => nowIso()),
  },
  (t) => [
    index('incidents_home_day_idx').on(t.homeId, t.occurredOn),
    index('incidents_resident_idx').on(t.residentId, t.occurredOn),
    check('incidents_severity_check', sql`${t.severity} in ('low','medium','high','critical')`),
  ],
);
