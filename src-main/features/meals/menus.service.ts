import dayjs from 'dayjs';
import { and, between, eq } from 'drizzle-orm';
import type { Meal, MealSettings, MenuEntry, MenuInput, MenuWeek } from '../../contract';
import { MEALS } from '../../contract';
import type { AppDb } from '../../db/client';
import { mealCostIndexes, mealMenus, mealSettings } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { fieldError } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';

/** A home that has not chosen yet serves three main meals. */
export const DEFAULT_MEALS: Meal[] = ['breakfast', 'lunch', 'dinner'];

export function servedMeals(db: AppDb, homeId: number): Meal[] {
  const row = db.select().from(mealSettings).where(eq(mealSettings.homeId, homeId)).get();
  if (!row) return DEFAULT_MEALS;
  const chosen = row.meals.split(',');
  return MEALS.filter((m) => chosen.includes(m));
}

/** The cost index of a year, or null when none was entered. */
export function costIndexOf(db: AppDb, homeId: number, year: number): number | null {
  return db.select().from(mealCostIndexes).where(and(eq(mealCostIndexes.homeId, homeId), eq(mealCostIndexes.year, year))).get()?.amount ?? null;
}

export function getMealSettings(db: AppDb, actor: Actor): MealSettings {
  const homeId = requireHome(actor);
  const indexes = db
    .select({ year: mealCostIndexes.year, amount: mealCostIndexes.amount, reference: mealCostIndexes.reference })
    .from(mealCostIndexes)
    .where(eq(mealCostIndexes.homeId, homeId))
    .orderBy(mealCostIndexes.year)
    .all();
  return { meals: servedMeals(db, homeId), indexes };
}

export function saveMealSettings(db: AppDb, actor: Actor, input: { meals: Meal[] }): MealSettings {
  const homeId = requireHome(actor);
  db.transaction((tx) => {
    const before = servedMeals(tx, homeId);
    const meals = MEALS.filter((m) => input.meals.includes(m)).join(',');
    tx.insert(mealSettings).values({ homeId, meals, updatedAt: nowIso() }).onConflictDoUpdate({ target: mealSettings.homeId, set: { meals, updatedAt: nowIso() } }).run();
    recordAudit(tx, actor, { entity: 'meal_settings', entityId: homeId, action: 'update', before: { meals: before }, after: { meals: input.meals } });
  });
  return getMealSettings(db, actor);
}

export function saveCostIndex(db: AppDb, actor: Actor, input: { year: number; amount: number; reference: string | null }): MealSettings {
  const homeId = requireHome(actor);
  db.transaction((tx) => {
    const before = tx.select().from(mealCostIndexes).where(and(eq(mealCostIndexes.homeId, homeId), eq(mealCostIndexes.year, input.year))).get();
    const values = { amount: input.amount, reference: input.reference, updatedAt: nowIso() };
    const row = tx
      .insert(mealCostIndexes)
      .values({ homeId, year: input.year, ...values })
      .onConflictDoUpdate({ target: [mealCostIndexes.homeId, mealCostIndexes.year], set: values })
      .returning()
      .get();
    recordAudit(tx, actor, { entity: 'meal_cost_index', entityId: row.id, action: before ? 'update' : 'create', before: before ?? undefined, after: row });
  });
  return getMealSettings(db, actor);
}

const toEntry = (r: typeof mealMenus.$inferSelect): MenuEntry => ({ date: r.date, meal: r.meal as Meal, dishes: r.dishes, notes: r.notes, energyKcal: r.energyKcal });

export function menuOf(db: AppDb, homeId: number, date: string, meal: Meal): MenuEntry | null {
  const row = db.select().from(mealMenus).where(and(eq(mealMenus.homeId, homeId), eq(mealMenus.date, date), eq(mealMenus.meal, meal))).get();
  return row ? toEntry(row) : null;
}

const mondayOf = (date: string) => {
  const d = dayjs(date);
  return d.subtract((d.day() + 6) % 7, 'day').format('YYYY-MM-DD');
};

export function menuWeek(db: AppDb, actor: Actor, input: { monday: string }): MenuWeek {
  const homeId = requireHome(actor);
  const monday = mondayOf(input.monday);
  const days = Array.from({ length: 7 }, (_, i) => dayjs(monday).add(i, 'day').format('YYYY-MM-DD'));
  const entries = db
    .select()
    .from(mealMenus)
    .where(and(eq(mealMenus.homeId, homeId), between(mealMenus.date, days[0]!, days[6]!)))
    .orderBy(mealMenus.date)
    .all()
    .map(toEntry);
  return { monday, days, meals: servedMeals(db, homeId), entries };
}

export function saveMenu(db: AppDb, actor: Actor, input: MenuInput & { notes: string | null; energyKcal: number | null }): MenuEntry {
  const homeId = requireHome(actor);
  return db.transaction((tx) => {
    const before = menuOf(tx, homeId, input.date, input.meal);
    const values = { dishes: input.dishes, notes: input.notes, energyKcal: input.energyKcal, updatedBy: actor.userId, updatedAt: nowIso() };
    const row = tx
      .insert(mealMenus)
      .values({ homeId, date: input.date, meal: input.meal, ...values })
      .onConflictDoUpdate({ target: [mealMenus.homeId, mealMenus.date, mealMenus.meal], set: values })
      .returning()
      .get();
    recordAudit(tx, actor, { entity: 'meal_menu', entityId: row.id, action: before ? 'update' : 'create', before: before ?? undefined, after: toEntry(row) });
    return toEntry(row);
  });
}

/** Copies the week starting `from` onto the week starting `to`, day by day; existing menus stay unless `overwrite`. */
export function copyWeek(db: AppDb, actor: Actor, input: { from: string; to: string; overwrite: boolean }): { copied: number; skipped: number } {
  const homeId = requireHome(actor);
  const from = mondayOf(input.from);
  const to = mondayOf(input.to);
  if (from === to) throw fieldError('to', 'Minggu tujuan harus berbeda dari minggu asal');
  const offset = dayjs(to).diff(dayjs(from), 'day');
  return db.transaction((tx) => {
    const source = menuWeek(tx, actor, { monday: from }).entries;
    let copied = 0;
    let skipped = 0;
    for (const entry of source) {
      const date = dayjs(entry.date).add(offset, 'day').format('YYYY-MM-DD');
      const existing = menuOf(tx, homeId, date, entry.meal);
      if (existing && !input.overwrite) {
        skipped++;
        continue;
      }
      const values = { dishes: entry.dishes, notes: entry.notes, energyKcal: entry.energyKcal, updatedBy: actor.userId, updatedAt: nowIso() };
      tx.insert(mealMenus)
        .values({ homeId, date, meal: entry.meal, ...values })
        .onConflictDoUpdate({ target: [mealMenus.homeId, mealMenus.date, mealMenus.meal], set: values })
        .run();
      copied++;
    }
    recordAudit(tx, actor, { entity: 'meal_menu', action: 'copy_week', after: { from, to, copied, skipped, overwrite: input.overwrite } });
    return { copied, skipped };
  });
}
