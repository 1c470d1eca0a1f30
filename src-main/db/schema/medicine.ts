import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { budgetLines, spending } from './budget';
import { homes } from './homes';
import { residents } from './residents';
import { users } from './users';
import { nowIso } from '../../lib/time';

/*
 * Medicine and health. Stock is a ledger: every batch (one per receipt) keeps its quantity on hand, changed only
 * together with a movement row in the same transaction, and a CHECK keeps it from going below zero.
 * Quantities are whole base units of the medicine (tablets, capsules, ml, …). Nothing is deleted: receipts and
 * visits are cancelled with a reason (their spending voided), prescriptions are stopped.
 */

const stamp = (name: string) => text(name).notNull().$defaultFn(() => nowIso());
const home = () => integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' });
const by = (name: string) => integer(name).references(() => users.id, { onDelete: 'restrict' });

/** The home's medicine catalogue: generic name, brand, form, strength and the base unit stock is counted in. */
export const medicines = sqliteTable(
  'medicines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: home(),
    genericName: text('generic_name').notNull(),
    brandName: text('brand_name'),
    form: text('form').notNull(),
    strength: text('strength').notNull(),
    unit: text('unit').notNull(),
    lowStockThreshold: integer('low_stock_threshold').notNull().default(0),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    note: text('note'),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    index('medicines_home_name_idx').on(t.homeId, t.genericName),
    check('medicines_threshold_check', sql`${t.lowStockThreshold} >= 0`),
  ],
);

/** One receipt = one batch: its number, expiry, quantity, unit cost, supplier and the budget line charged. */
export const medicineBatches = sqliteTable(
  'medicine_batches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: home(),
    medicineId: integer('medicine_id').notNull().references(() => medicines.id, { onDelete: 'restrict' }),
    batchNo: text('batch_no').notNull(),
    expiryDate: text('expiry_date').notNull(),
    receivedOn: text('received_on').notNull(),
    quantityReceived: integer('quantity_received').notNull(),
    onHand: integer('on_hand').notNull(),
    unitCost: integer('unit_cost').notNull(),
    supplier: text('supplier').notNull(),
    proofNo: text('proof_no'),
    lineId: integer('line_id').references(() => budgetLines.id, { onDelete: 'restrict' }),
    spendingId: integer('spending_id').references(() => spending.id, { onDelete: 'restrict' }),
    cancelledOn: text('cancelled_on'),
    cancelReason: text('cancel_reason'),
    createdBy: by('created_by'),
    createdAt: stamp('created_at'),
  },
  (t) => [
    index('medicine_batches_fefo_idx').on(t.medicineId, t.expiryDate, t.id),
    index('medicine_batches_home_expiry_idx').on(t.homeId, t.expiryDate),
    check('medicine_batches_on_hand_check', sql`${t.onHand} >= 0 and ${t.onHand} <= ${t.quantityReceived}`),
    check('medicine_batches_quantity_check', sql`${t.quantityReceived} > 0 and ${t.unitCost} >= 0`),
  ],
);

/** Every change of a batch's quantity, signed: receipt +, dose −, adjustment ±, stock take ±, disposal −, cancel −. */
export const medicineMovements = sqliteTable(
  'medicine_movements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: home(),
    medicineId: integer('medicine_id').notNull().references(() => medicines.id, { onDelete: 'restrict' }),
    batchId: integer('batch_id').notNull().references(() => medicineBatches.id, { onDelete: 'restrict' }),
    movedOn: text('moved_on').notNull(),
    kind: text('kind').notNull(),
    quantity: integer('quantity').notNull(),
    reason: text('reason'),
    administrationId: integer('administration_id'),
    createdBy: by('created_by'),
    createdAt: stamp('created_at'),
  },
  (t) => [
    index('medicine_movements_card_idx').on(t.medicineId, t.movedOn, t.id),
    index('medicine_movements_batch_idx').on(t.batchId),
    index('medicine_movements_admin_idx').on(t.administrationId).where(sql`${t.administrationId} is not null`),
    check('medicine_movements_kind_check', sql`${t.kind} in ('receipt','dose','adjustment','stock_take','disposal','cancel')`),
    check('medicine_movements_quantity_check', sql`${t.quantity} <> 0`),
  ],
);

/** A prescription for one resident: dose in base units, route, times of day (JSON array "HH:MM"), or as needed. */
export const prescriptions = sqliteTable(
  'prescriptions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: home(),
    residentId: integer('resident_id').notNull().references(() => residents.id, { onDelete: 'restrict' }),
    medicineId: integer('medicine_id').notNull().references(() => medicines.id, { onDelete: 'restrict' }),
    dose: integer('dose').notNull(),
    route: text('route').notNull(),
    times: text('times').notNull().default('[]'),
    prn: integer('prn', { mode: 'boolean' }).notNull().default(false),
    prnMaxPerDay: integer('prn_max_per_day'),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    prescriber: text('prescriber').notNull(),
    instructions: text('instructions'),
    /** The allergy the prescriber was warned about and confirmed past, as recorded at the time. */
    allergyWarning: text('allergy_warning'),
    allergyConfirmedBy: by('allergy_confirmed_by'),
    stoppedOn: text('stopped_on'),
    stopReason: text('stop_reason'),
    createdBy: by('created_by'),
    createdAt: stamp('created_at'),
  },
  (t) => [
    index('prescriptions_home_active_idx').on(t.homeId, t.startDate, t.endDate),
    index('prescriptions_resident_idx').on(t.residentId),
    check('prescriptions_dose_check', sql`${t.dose} > 0`),
    check('prescriptions_prn_check', sql`(${t.prn} = 1 and ${t.prnMaxPerDay} >= 1) or (${t.prn} = 0 and ${t.prnMaxPerDay} is null)`),
    check('prescriptions_dates_check', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
  ],
);

/** One line of the medication administration record: a scheduled dose (or a PRN dose) and what happened. */
export const medicationAdministrations = sqliteTable(
  'medication_administrations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: home(),
    prescriptionId: integer('prescription_id').notNull().references(() => prescriptions.id, { onDelete: 'restrict' }),
    residentId: integer('resident_id').notNull().references(() => residents.id, { onDelete: 'restrict' }),
    date: text('date').notNull(),
    /** "HH:MM" of the scheduled dose; null for an as-needed dose. */
    scheduledTime: text('scheduled_time'),
    status: text('status').notNull(),
    /** "HH:MM" the dose was given (or the event happened). */
    atTime: text('at_time').notNull(),
    quantity: integer('quantity').notNull().default(0),
    late: integer('late', { mode: 'boolean' }).notNull().default(false),
    prnReason: text('prn_reason'),
    note: text('note'),
    recordedBy: by('recorded_by'),
    recordedAt: stamp('recorded_at'),
  },
  (t) => [
    uniqueIndex('mar_scheduled_unique').on(t.prescriptionId, t.date, t.scheduledTime).where(sql`${t.scheduledTime} is not null`),
    index('mar_home_date_idx').on(t.homeId, t.date),
    index('mar_resident_date_idx').on(t.residentId, t.date),
    check('mar_status_check', sql`${t.status} in ('given','refused','missed','held')`),
    check('mar_quantity_check', sql`(${t.status} = 'given' and ${t.quantity} > 0) or (${t.status} <> 'given' and ${t.quantity} = 0)`),
  ],
);

/** A visit by a doctor, psychiatrist or medical social worker; its fee charged to a budget line. */
export const doctorVisits = sqliteTable(
  'doctor_visits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: home(),
    visitedOn: text('visited_on').notNull(),
    kind: text('kind').notNull(),
    practitioner: text('practitioner').notNull(),
    findings: text('findings'),
    fee: integer('fee').notNull().default(0),
    lineId: integer('line_id').references(() => budgetLines.id, { onDelete: 'restrict' }),
    spendingId: integer('spending_id').references(() => spending.id, { onDelete: 'restrict' }),
    cancelledOn: text('cancelled_on'),
    cancelReason: text('cancel_reason'),
    createdBy: by('created_by'),
    createdAt: stamp('created_at'),
  },
  (t) => [
    index('doctor_visits_home_date_idx').on(t.homeId, t.visitedOn),
    check('doctor_visits_kind_check', sql`${t.kind} in ('doctor','psychiatrist','medical_social_worker')`),
    check('doctor_visits_fee_check', sql`${t.fee} >= 0`),
  ],
);

export const doctorVisitResidents = sqliteTable(
  'doctor_visit_residents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    visitId: integer('visit_id').notNull().references(() => doctorVisits.id, { onDelete: 'restrict' }),
    residentId: integer('resident_id').notNull().references(() => residents.id, { onDelete: 'restrict' }),
    note: text('note'),
  },
  (t) => [uniqueIndex('doctor_visit_residents_unique').on(t.visitId, t.residentId), index('doctor_visit_residents_resident_idx').on(t.residentId)],
);

/** The resident's health record: diagnoses, measurements (vital signs and weight) and hospital referrals. */
export const healthEntries = sqliteTable(
  'health_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: home(),
    residentId: integer('resident_id').notNull().references(() => residents.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    date: text('date').notNull(),
    /** Diagnosis text, or the hospital of a referral. */
    title: text('title'),
    /** ICD-10 code of a diagnosis, the reason of a referral. */
    detail: text('detail'),
    note: text('note'),
    weightKg: real('weight_kg'),
    heightCm: real('height_cm'),
    systolic: integer('systolic'),
    diastolic: integer('diastolic'),
    pulse: integer('pulse'),
    temperature: real('temperature'),
    visitId: integer('visit_id').references(() => doctorVisits.id, { onDelete: 'restrict' }),
    createdBy: by('created_by'),
    createdAt: stamp('created_at'),
  },
  (t) => [
    index('health_entries_resident_idx').on(t.residentId, t.kind, t.date),
    check('health_entries_kind_check', sql`${t.kind} in ('diagnosis','vitals','referral')`),
    check('health_entries_title_check', sql`${t.kind} = 'vitals' or ${t.title} is not null`),
  ],
);
