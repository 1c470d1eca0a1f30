import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { homes } from './homes';
import { residents } from './residents';
import { users } from './users';
import { nowIso } from '../../lib/time';

/*
 * The budget of a home (anggaran) and its spending (realisasi). Money is whole rupiah in INTEGER columns.
 * Nothing cascades: a line with spending cannot be removed, spending is never deleted (a void is a
 * reversal row with the negative amount, dated when the void happened).
 */

const stamp = (name: string) => text(name).notNull().$defaultFn(() => nowIso());

/** A fiscal year (tahun anggaran) of a home: 1 January – 31 December. */
export const budgetYears = sqliteTable(
  'budget_years',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: stamp('created_at'),
  },
  (t) => [uniqueIndex('budget_years_home_year_unique').on(t.homeId, t.year), check('budget_years_year_check', sql`${t.year} between 2000 and 2100`)],
);

/** Programme / kegiatan / sub-kegiatan of one fiscal year, as a tree (parent_id). */
export const budgetActivities = sqliteTable(
  'budget_activities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    yearId: integer('year_id').notNull().references(() => budgetYears.id, { onDelete: 'restrict' }),
    parentId: integer('parent_id').references((): AnySQLiteColumn => budgetActivities.id, { onDelete: 'restrict' }),
    level: text('level').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    uniqueIndex('budget_activities_year_code_unique').on(t.yearId, t.code),
    index('budget_activities_parent_idx').on(t.parentId),
    check('budget_activities_level_check', sql`${t.level} in ('program','kegiatan','subkegiatan')`),
    check('budget_activities_parent_check', sql`(${t.level} = 'program') = (${t.parentId} is null)`),
  ],
);

/** The home's chart of expense accounts (kode rekening belanja); names are the finance officer's. */
export const budgetAccounts = sqliteTable(
  'budget_accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [uniqueIndex('budget_accounts_home_code_unique').on(t.homeId, t.code)],
);

const plan = (month: number) => integer(`plan_${String(month).padStart(2, '0')}`).notNull().default(0);

/**
 * A budget line: one expense account under one sub-kegiatan, from one funding source, with its current
 * allocation (pagu, after every revision) and its monthly disbursement plan, which always sums to it.
 */
export const budgetLines = sqliteTable(
  'budget_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    yearId: integer('year_id').notNull().references(() => budgetYears.id, { onDelete: 'restrict' }),
    activityId: integer('activity_id').notNull().references(() => budgetActivities.id, { onDelete: 'restrict' }),
    accountId: integer('account_id').notNull().references(() => budgetAccounts.id, { onDelete: 'restrict' }),
    fundingSource: text('funding_source').notNull(),
    allocation: integer('allocation').notNull(),
    plan01: plan(1),
    plan02: plan(2),
    plan03: plan(3),
    plan04: plan(4),
    plan05: plan(5),
    plan06: plan(6),
    plan07: plan(7),
    plan08: plan(8),
    plan09: plan(9),
    plan10: plan(10),
    plan11: plan(11),
    plan12: plan(12),
    note: text('note'),
    /** The account's name as this fiscal year prints it (kept when the chart or a later year's import renames it). */
    accountName: text('account_name'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    uniqueIndex('budget_lines_unique').on(t.activityId, t.accountId, t.fundingSource),
    index('budget_lines_year_idx').on(t.yearId),
    check('budget_lines_source_check', sql`${t.fundingSource} in ('apbd','apbn_dekon','apbn_tp','other')`),
    check('budget_lines_allocation_check', sql`${t.allocation} >= 0`),
    check(
      'budget_lines_plan_check',
      sql`min(${t.plan01}, ${t.plan02}, ${t.plan03}, ${t.plan04}, ${t.plan05}, ${t.plan06}, ${t.plan07}, ${t.plan08}, ${t.plan09}, ${t.plan10}, ${t.plan11}, ${t.plan12}) >= 0
        and ${t.plan01} + ${t.plan02} + ${t.plan03} + ${t.plan04} + ${t.plan05} + ${t.plan06} + ${t.plan07} + ${t.plan08} + ${t.plan09} + ${t.plan10} + ${t.plan11} + ${t.plan12} = ${t.allocation}`,
    ),
  ],
);

/** A revision (perubahan / pergeseran) of one line: allocation and plan before and after, dated, with why. */
export const budgetRevisions = sqliteTable(
  'budget_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    lineId: integer('line_id').notNull().references(() => budgetLines.id, { onDelete: 'restrict' }),
    revisedOn: text('revised_on').notNull(),
    allocationBefore: integer('allocation_before').notNull(),
    allocationAfter: integer('allocation_after').notNull(),
    /** JSON arrays of the 12 monthly amounts. */
    planBefore: text('plan_before').notNull(),
    planAfter: text('plan_after').notNull(),
    reference: text('reference'),
    reason: text('reason').notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: stamp('created_at'),
  },
  (t) => [
    index('budget_revisions_line_idx').on(t.lineId, t.revisedOn),
    check('budget_revisions_allocation_check', sql`${t.allocationBefore} >= 0 and ${t.allocationAfter} >= 0`),
  ],
);

/**
 * One spending (realisasi) against a line. Entered by finance (`source_type` 'manual') or created by
 * another feature inside its own transaction, linked to its record (`source_type`, `source_id`).
 * A void is a second row: the negative amount, `reversal_of` pointing at the original.
 */
export const spending = sqliteTable(
  'spending',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    lineId: integer('line_id').notNull().references(() => budgetLines.id, { onDelete: 'restrict' }),
    spentOn: text('spent_on').notNull(),
    amount: integer('amount').notNull(),
    description: text('description').notNull(),
    payee: text('payee'),
    proofNo: text('proof_no'),
    sourceType: text('source_type').notNull().default('manual'),
    sourceId: integer('source_id'),
    sourceLabel: text('source_label'),
    /** The resident a cost belongs to (funeral, school fee, …), for the cost per resident. */
    residentId: integer('resident_id').references(() => residents.id, { onDelete: 'restrict' }),
    reversalOf: integer('reversal_of').references((): AnySQLiteColumn => spending.id, { onDelete: 'restrict' }),
    /** The head who approved spending past the line's remaining allocation, and why. */
    overrideBy: integer('override_by').references(() => users.id, { onDelete: 'restrict' }),
    overrideReason: text('override_reason'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: stamp('created_at'),
  },
  (t) => [
    index('spending_home_date_idx').on(t.homeId, t.spentOn, t.lineId, t.amount),
    index('spending_line_idx').on(t.lineId, t.spentOn, t.amount),
    index('spending_source_idx').on(t.sourceType, t.sourceId),
    index('spending_override_idx').on(t.homeId, t.spentOn).where(sql`${t.overrideBy} is not null`),
    index('spending_resident_idx').on(t.residentId).where(sql`${t.residentId} is not null`),
    uniqueIndex('spending_reversal_unique').on(t.reversalOf).where(sql`${t.reversalOf} is not null`),
    check('spending_amount_check', sql`(${t.amount} > 0 and ${t.reversalOf} is null) or (${t.amount} < 0 and ${t.reversalOf} is not null)`),
    check('spending_override_check', sql`(${t.overrideBy} is null) = (${t.overrideReason} is null)`),
  ],
);
