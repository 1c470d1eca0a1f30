import { eq } from 'drizzle-orm';
import { DEFAULT_TIME_ZONE, isHomeTimeZone, shiftDayIn, type HomeTimeZone } from '../../contract/clock';
import type { AppDb } from '../../db/client';
import { homes } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { nowMs, todayIn } from '../../lib/clock';
import { fieldError } from '../../lib/errors';

/** Zones change only through the home profile, which forgets them here; a home's zone is read once. */
const zones = new Map<number, HomeTimeZone>();

export function forgetHomeZone(homeId?: number): void {
  if (homeId === undefined) zones.clear();
  else zones.delete(homeId);
}

/** The home's time zone; a province administrator with no home chosen works in WIB. */
export function homeZone(db: Pick<AppDb, 'select'>, homeId: number | null): HomeTimeZone {
  if (homeId == null) return DEFAULT_TIME_ZONE;
  const known = zones.get(homeId);
  if (known) return known;
  const row = db.select({ timeZone: homes.timeZone }).from(homes).where(eq(homes.id, homeId)).get();
  const zone = isHomeTimeZone(row?.timeZone) ? row.timeZone : DEFAULT_TIME_ZONE;
  if (row) zones.set(homeId, zone);
  return zone;
}

/** The home's calendar day now (YYYY-MM-DD): "today" for every guard, default and report date. */
export const homeToday = (db: Pick<AppDb, 'select'>, actor: Pick<Actor, 'homeId'>): string => todayIn(homeZone(db, actor.homeId));

/** The day the current care shift began in the home (the night shift belongs to the evening it started). */
export const homeShiftDay = (db: Pick<AppDb, 'select'>, actor: Pick<Actor, 'homeId'>): string =>
  shiftDayIn(homeZone(db, actor.homeId), nowMs());

/** Refuses a day after the home's today, at the field where it was typed. */
export function assertNotFuture(
  db: Pick<AppDb, 'select'>,
  actor: Pick<Actor, 'homeId'>,
  day: string,
  field: string,
  message = 'Tanggal tidak boleh di masa depan',
): void {
  if (day > homeToday(db, actor)) throw fieldError(field, message);
}
