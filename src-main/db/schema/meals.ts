import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { budgetLines, spending } from './budget';
import { homes } from './homes';
import { residents } from './residents';
import { users } from './users';
import { nowIso } from '../../lib/time';

/*
 * Meals (permakanan). A served meal is stored as one header per home, day and meal with its counts, plus
 * one row per resident who did NOT simply eat it (the exceptions): everyone else listed that day ate.
 * 200 residents × 3 meals a day is then one header and a handful of rows, not 600 rows a day.
 */

const stamp = (name: string) => text(name).notNull().$defaultFn(() => nowIso());

/** The meals a home serves (comma-separated keys, in order: breakfast,lunch,dinner,snack). */
export const mealSettings = sqliteTable('meal_settings', {
  homeId: integer('home_id').primaryKey().references(() => homes.id, { onDelete: 'restrict' }),
  meals: text('meals').notNull(),
  updatedAt: stamp('updated_at'),
});

/** The daily meal cost index per resident for a year (indeks biaya makan per orang per hari), rupiah. */
export const mealCostIndexes = sqliteTable(
  'meal_cost_indexes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    amount: integer('amount').notNull(),
    reference: text('reference'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [uniqueIndex('meal_cost_indexes_home_year_unique').on(t.homeId, t.year), check('meal_cost_indexes_amount_check', sql`${t.amount} > 0`)],
);

/** The menu of one day and meal. */
export const mealMenus = sqliteTable(
  'meal_menus',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    date: text('date').notNull(),
    meal: text('meal').notNull(),
    dishes: text('dishes').notNull(),
    notes: text('notes'),
    energyKcal: integer('energy_kcal'),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'restrict' }),
    updatedAt: stamp('updated_at'),
  },
  (t) => [uniqueIndex('meal_menus_home_date_meal_unique').on(t.homeId, t.date, t.meal)],
);

/** One meal served on one day: who was listed (present) and how many in each status. */
export const mealServices = sqliteTable(
  'meal_services',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    date: text('date').notNull(),
    meal: text('meal').notNull(),
    listed: integer('listed').notNull(),
    eaten: integer('eaten').notNull(),
    partly: integer('partly').notNull(),
    refused: integer('refused').notNull(),
    absent: integer('absent').notNull(),
    sick: integer('sick').notNull(),
    fasting: integer('fasting').notNull(),
    note: text('note'),
    recordedBy: integer('recorded_by').references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: stamp('recorded_at'),
  },
  (t) => [
    uniqueIndex('meal_services_home_date_meal_unique').on(t.homeId, t.date, t.meal),
    check('meal_services_counts_check', sql`${t.eaten} + ${t.partly} + ${t.refused} + ${t.absent} + ${t.sick} + ${t.fasting} = ${t.listed}`),
  ],
);

/** A resident who did not simply eat a served meal: partly, refused, absent, sick/hospital or fasting. */
export const mealExceptions = sqliteTable(
  'meal_exceptions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    serviceId: integer('service_id').notNull().references(() => mealServices.id, { onDelete: 'restrict' }),
    residentId: integer('resident_id').notNull().references(() => residents.id, { onDelete: 'restrict' }),
    status: text('status').notNull(),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('meal_exceptions_service_resident_unique').on(t.serviceId, t.residentId),
    index('meal_exceptions_resident_idx').on(t.residentId),
    check('meal_exceptions_status_check', sql`${t.status} in ('partly','refused','absent','sick','fasting')`),
  ],
);

/** A food purchase (belanja bahan makanan), charged to a budget line through its spending row. */
export const foodPurchases = sqliteTable(
  'food_purchases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    purchasedOn: text('purchased_on').notNull(),
    supplier: text('supplier').notNull(),
    proofNo: text('proof_no'),
    lineId: integer('line_id').notNull().references(() => budgetLines.id, { onDelete: 'restrict' }),
    total: integer('total').notNull(),
    spendingId: integer('spending_id').references(() => spending.id, { onDelete: 'restrict' }),
    note: text('note'),
    cancelledOn: text('cancelled_on'),
    cancelReason: text('cancel_reason'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: stamp('created_at'),
  },
  (t) => [
    index('food_purchases_home_date_idx').on(t.homeId, t.purchasedOn),
    check('food_purchases_total_check', sql`${t.total} > 0`),
    check('food_purchases_cancel_check', sql`(${t.cancelledOn} is null) = (${t.cancelReason} is null)`),
  ],
);

/** One item of a purchase: quantity × unit price = amount (whole rupiah). */
export const foodPurchaseItems = sqliteTable(
  'food_purchase_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    purchaseId: integer('purchase_id').notNull().references(() => foodPurchases.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    quantity: real('quantity').notNull(),
    unit: text('unit').notNull(),
    unitPrice: integer('unit_price').notNull(),
    amount: integer('amount').notNull(),
  },
  (t) => [index('food_purchase_items_purchase_idx').on(t.purchaseId), check('food_purchase_items_check', sql`${t.quantity} > 0 and ${t.unitPrice} >= 0 and ${t.amount} >= 0`)],
);
