import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { budgetLines, spending } from './budget';
import { homes } from './homes';
import { residents, residentStatusChanges } from './residents';
import { users } from './users';
import { nowIso } from '../../lib/time';

const stamp = (name: string) => text(name).notNull().$defaultFn(() => nowIso());

/**
 * A resident's exit with its own record: a repatriation (pemulangan) or a death and funeral (pemakaman).
 * The status change itself lives in `resident_status_changes` (one lifecycle); this row links to it.
 * Kind-specific columns are null for the other kind. Never deleted: an undo marks it (`undone_at`).
 */
export const residentExits = sqliteTable(
  'resident_exits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    residentId: integer('resident_id').notNull().references(() => residents.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    statusChangeId: integer('status_change_id').notNull().references(() => residentStatusChanges.id, { onDelete: 'restrict' }),
    /** The exit date (= the status change's effective date). Changed only by undoing the exit. */
    exitDate: text('exit_date').notNull(),
    notes: text('notes'),
    // Repatriation
    destination: text('destination'),
    receiverName: text('receiver_name'),
    receiverRole: text('receiver_role'),
    receiverInstitution: text('receiver_institution'),
    receiverIdNumber: text('receiver_id_number'),
    receiverPhone: text('receiver_phone'),
    destinationAddress: text('destination_address'),
    escortNames: text('escort_names'),
    transport: text('transport'),
    handoverNo: text('handover_no'),
    // Death and funeral
    deathTime: text('death_time'),
    deathPlace: text('death_place'),
    causeOfDeath: text('cause_of_death'),
    certificateNo: text('certificate_no'),
    notifiedName: text('notified_name'),
    notifiedAt: text('notified_at'),
    notifiedHow: text('notified_how'),
    burialPlace: text('burial_place'),
    burialDate: text('burial_date'),
    rites: text('rites'),
    // Costs: draft → submitted → approved (spending) | returned (back to draft with the head's note)
    costState: text('cost_state').notNull().default('draft'),
    proposedLineId: integer('proposed_line_id').references(() => budgetLines.id, { onDelete: 'restrict' }),
    submittedBy: integer('submitted_by').references(() => users.id, { onDelete: 'restrict' }),
    submittedAt: text('submitted_at'),
    decidedBy: integer('decided_by').references(() => users.id, { onDelete: 'restrict' }),
    decidedAt: text('decided_at'),
    decisionNote: text('decision_note'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    index('resident_exits_home_date_idx').on(t.homeId, t.exitDate),
    index('resident_exits_resident_idx').on(t.residentId),
    uniqueIndex('resident_exits_change_unique').on(t.statusChangeId),
    uniqueIndex('resident_exits_handover_unique').on(t.homeId, t.handoverNo).where(sql`${t.handoverNo} is not null`),
    check('resident_exits_kind_check', sql`${t.kind} in ('repatriation','death')`),
    check('resident_exits_destination_check', sql`${t.destination} is null or ${t.destination} in ('family','social_office')`),
    check('resident_exits_cost_state_check', sql`${t.costState} in ('draft','submitted','approved','returned','voided')`),
  ],
);

/** One cost item of an exit; `spending_id` is set when the head's approval turned it into spending. */
export const exitCostItems = sqliteTable(
  'exit_cost_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    exitId: integer('exit_id').notNull().references(() => residentExits.id, { onDelete: 'restrict' }),
    category: text('category').notNull(),
    description: text('description').notNull(),
    amount: integer('amount').notNull(),
    spentOn: text('spent_on').notNull(),
    payee: text('payee'),
    proofNo: text('proof_no'),
    spendingId: integer('spending_id').references(() => spending.id, { onDelete: 'restrict' }),
    /** Removed before approval (kept for the audit trail, never counted). */
    removedAt: text('removed_at'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: stamp('created_at'),
  },
  (t) => [index('exit_cost_items_exit_idx').on(t.exitId), check('exit_cost_items_amount_check', sql`${t.amount} > 0`)],
);

/** The undo of an applied exit (its status change is then in state 'undone'): who, when and why. */
export const statusChangeUndos = sqliteTable(
  'status_change_undos',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    statusChangeId: integer('status_change_id').notNull().references(() => residentStatusChanges.id, { onDelete: 'restrict' }),
    reason: text('reason').notNull(),
    undoneBy: integer('undone_by').notNull().references(() => users.id, { onDelete: 'restrict' }),
    undoneAt: stamp('undone_at'),
    /** JSON: the printed census periods the undo changed ([{ from, to, printedAt }]), confirmed by the head; null = none. */
    changedPeriods: text('changed_periods'),
  },
  (t) => [uniqueIndex('status_change_undos_change_unique').on(t.statusChangeId)],
);
