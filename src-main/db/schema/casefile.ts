import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { homes } from './homes';
import { residents } from './residents';
import { users } from './users';
import { nowIso } from '../../lib/time';

const stamp = (name: string) => text(name).notNull().$defaultFn(() => nowIso());

/** The rehabilitation stages a home uses, in order; seeded from its home type's defaults. */
export const rehabStages = sqliteTable(
  'rehab_stages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [index('rehab_stages_home_idx').on(t.homeId, t.position)],
);

/** A resident's passage through the stages: the open row (no end date) is the current stage. */
export const residentStages = sqliteTable(
  'resident_stages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    residentId: integer('resident_id').notNull().references(() => residents.id, { onDelete: 'restrict' }),
    stageId: integer('stage_id').notNull().references(() => rehabStages.id, { onDelete: 'restrict' }),
    startedOn: text('started_on').notNull(),
    endedOn: text('ended_on'),
    note: text('note'),
    recordedBy: integer('recorded_by').references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: stamp('recorded_at'),
  },
  (t) => [index('resident_stages_resident_idx').on(t.residentId, t.startedOn)],
);

export const assessments = sqliteTable(
  'assessments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    residentId: integer('resident_id').notNull().references(() => residents.id, { onDelete: 'restrict' }),
    assessedOn: text('assessed_on').notNull(),
    problems: text('problems').notNull(),
    needs: text('needs').notNull(),
    strengths: text('strengths').notNull(),
    familySituation: text('family_situation').notNull(),
    recommendation: text('recommendation'),
    assessorId: integer('assessor_id').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: stamp('created_at'),
  },
  (t) => [index('assessments_resident_idx').on(t.residentId, t.assessedOn)],
);

/** An intervention plan: drafted, submitted, and approved (or returned) by the head. */
export const interventionPlans = sqliteTable(
  'intervention_plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    residentId: integer('resident_id').notNull().references(() => residents.id, { onDelete: 'restrict' }),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    summary: text('summary'),
    status: text('status').notNull().default('draft'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: stamp('created_at'),
    submittedAt: text('submitted_at'),
    decidedBy: integer('decided_by').references(() => users.id, { onDelete: 'restrict' }),
    decidedAt: text('decided_at'),
    decisionNote: text('decision_note'),
  },
  (t) => [
    index('plans_resident_idx').on(t.residentId),
    index('plans_home_status_idx').on(t.homeId, t.status),
    check('plans_status_check', sql`${t.status} in ('draft','submitted','approved','returned')`),
  ],
);

export const planGoals = sqliteTable(
  'plan_goals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id').notNull().references(() => interventionPlans.id, { onDelete: 'restrict' }),
    domain: text('domain').notNull(),
    goal: text('goal').notNull(),
    indicator: text('indicator'),
    targetDate: text('target_date'),
    status: text('status').notNull().default('open'),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    index('goals_plan_idx').on(t.planId),
    check('goals_status_check', sql`${t.status} in ('open','achieved','not_achieved')`),
  ],
);

export const goalProgress = sqliteTable(
  'goal_progress',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    goalId: integer('goal_id').notNull().references(() => planGoals.id, { onDelete: 'restrict' }),
    notedOn: text('noted_on').notNull(),
    note: text('note').notNull(),
    progressPercent: integer('progress_percent'),
    recordedBy: integer('recorded_by').references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: stamp('recorded_at'),
  },
  (t) => [index('progress_goal_idx').on(t.goalId, t.notedOn)],
);
