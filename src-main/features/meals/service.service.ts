import { and, eq, inArray } from 'drizzle-orm';
import type { Meal, MealException, MealServiceSheet, MealServiceSummary, MealStatus, ServiceResident } from '../../contract';
import { MEAL_LABELS, MEAL_STATUSES } from '../../contract';
import type { AppDb } from '../../db/client';
import { mealExceptions, mealServices, residents, users } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { fieldError } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { presentOn } from '../census/census.service';
import { assertNotFuture } from '../homes/home-clock';
import { menuOf, servedMeals } from './menus.service';

function checkDay(db: AppDb, homeId: number, date: string, meal: Meal) {
  assertNotFuture(db, { homeId }, date, 'date');
  if (!servedMeals(db, homeId).includes(meal)) throw fieldError('meal', `${MEAL_LABELS[meal]} tidak disajikan di panti ini (lihat Pengaturan makan)`);
}

function serviceRow(db: AppDb, homeId: number, date: string, meal: Meal) {
  return db.select().from(mealServices).where(and(eq(mealServices.homeId, homeId), eq(mealServices.date, date), eq(mealServices.meal, meal))).get();
}

/**
 * The service sheet of one day and meal: every resident present that day (census), with their diet and
 * allergies, and the status saved earlier (or "eaten" when nothing was saved for them).
 */
export function serviceSheet(db: AppDb, actor: Actor, input: { date: string; meal: Meal }): MealServiceSheet {
  const homeId = requireHome(actor);
  checkDay(db, homeId, input.date, input.meal);
  const presentIds = presentOn(db, homeId, input.date).map((r) => r.id);
  const people = presentIds.length
    ? db
        .select({ residentId: residents.id, registrationNo: residents.registrationNo, fullName: residents.fullName, room: residents.room, specialDiet: residents.specialDiet, allergies: residents.allergies })
        .from(residents)
        .where(inArray(residents.id, presentIds))
        .orderBy(residents.nameKey)
        .all()
    : [];
  const header = serviceRow(db, homeId, input.date, input.meal);
  const saved = new Map<number, { status: MealStatus; note: string | null }>();
  let recorder: string | null = null;
  if (header) {
    for (const e of db.select().from(mealExceptions).where(eq(mealExceptions.serviceId, header.id)).all()) saved.set(e.residentId, { status: e.status as MealStatus, note: e.note });
    recorder = header.recordedBy ? (db.select({ name: users.fullName }).from(users).where(eq(users.id, header.recordedBy)).get()?.name ?? null) : null;
  }
  const list: ServiceResident[] = people.map((p) => ({ ...p, status: saved.get(p.residentId)?.status ?? 'eaten', note: saved.get(p.residentId)?.note ?? null }));
  return {
    date: input.date,
    meal: input.meal,
    menu: menuOf(db, homeId, input.date, input.meal),
    saved: header ? { recordedAt: header.recordedAt, recordedBy: recorder } : null,
    residents: list,
  };
}

export interface SaveServiceParsed {
  date: string;
  meal: Meal;
  exceptions: { residentId: number; status: MealException; note: string | null }[];
  note: string | null;
}

const emptyCounts = (): Record<MealStatus, number> => Object.fromEntries(MEAL_STATUSES.map((s) => [s, 0])) as Record<MealStatus, number>;

/**
 * Saves one meal for everyone present, in one transaction: a header with the counts and one row per
 * exception. Saving the same day and meal again replaces its records; the audit keeps before and after.
 * All or nothing: one unknown or absent resident refuses the whole save.
 */
export function saveService(db: AppDb, actor: Actor, input: SaveServiceParsed): MealServiceSummary {
  const homeId = requireHome(actor);
  return db.transaction((tx) => {
    checkDay(tx, homeId, input.date, input.meal);
    const present = new Set(presentOn(tx, homeId, input.date).map((r) => r.id));
    const seen = new Set<number>();
    input.exceptions.forEach((e, i) => {
      if (!present.has(e.residentId)) throw fieldError(`exceptions.${i}.residentId`, 'Penerima manfaat ini tidak tercatat berada di panti pada tanggal itu');
      if (seen.has(e.residentId)) throw fieldError(`exceptions.${i}.residentId`, 'Penerima manfaat tercantum dua kali');
      seen.add(e.residentId);
    });
    const counts = emptyCounts();
    for (const e of input.exceptions) counts[e.status]++;
    counts.eaten = present.size - input.exceptions.length;
    const values = { listed: present.size, ...counts, note: input.note, recordedBy: actor.userId, recordedAt: nowIso() };
    const existing = serviceRow(tx, homeId, input.date, input.meal);
    let before: unknown;
    let id: number;
    if (existing) {
      const old = tx.select({ residentId: mealExceptions.residentId, status: mealExceptions.status, note: mealExceptions.note }).from(mealExceptions).where(eq(mealExceptions.serviceId, existing.id)).all();
      before = { listed: existing.listed, counts: countsOf(existing), exceptions: old };
      // The meal's records are replaced by the new save; the audit entry keeps what they were.
      tx.delete(mealExceptions).where(eq(mealExceptions.serviceId, existing.id)).run();
      tx.update(mealServices).set(values).where(eq(mealServices.id, existing.id)).run();
      id = existing.id;
    } else {
      id = tx.insert(mealServices).values({ homeId, date: input.date, meal: input.meal, ...values }).returning({ id: mealServices.id }).get().id;
    }
    if (input.exceptions.length) {
      tx.insert(mealExceptions)
        .values(input.exceptions.map((e) => ({ homeId, serviceId: id, residentId: e.residentId, status: e.status, note: e.note })))
        .run();
    }
    recordAudit(tx, actor, {
      entity: 'meal_service',
      entityId: id,
      action: existing ? 'update' : 'create',
      before,
      after: { date: input.date, meal: input.meal, listed: present.size, counts, exceptions: input.exceptions },
    });
    return { id, date: input.date, meal: input.meal, listed: present.size, counts };
  });
}

export function countsOf(row: Record<MealStatus, number>): Record<MealStatus, number> {
  return Object.fromEntries(MEAL_STATUSES.map((s) => [s, row[s]])) as Record<MealStatus, number>;
}
