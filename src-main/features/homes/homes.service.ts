import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Home, HomeProfileInput, HomeSummary, HomeType } from '../../contract';
import type { HomeProfileInput as HomeProfileSchema } from '../../contract';
import type { AppDb } from '../../db/client';
import { homes } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { isProvinceAdmin } from '../../lib/actor';
import { AppError, forbidden, notFound } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { DEFAULT_TIME_ZONE, isHomeTimeZone } from '../../contract/clock';
import { forgetHomeZone } from './home-clock';

export type HomeProfile = z.output<typeof HomeProfileSchema>;
type HomeRecord = typeof homes.$inferSelect;
type Tx = Pick<AppDb, 'insert' | 'select' | 'update'>;

export function toHome(r: HomeRecord): Home {
  return { ...r, type: r.type as HomeType, timeZone: isHomeTimeZone(r.timeZone) ? r.timeZone : DEFAULT_TIME_ZONE };
}

const toSummary = (r: Pick<HomeRecord, 'id' | 'name' | 'type' | 'regency' | 'active'>): HomeSummary => ({
  id: r.id,
  name: r.name,
  type: r.type as HomeType,
  regency: r.regency,
  active: r.active,
});

function profileValues(profile: HomeProfile) {
  return {
    name: profile.name,
    type: profile.type,
    address: profile.address,
    province: profile.province,
    regency: profile.regency,
    phone: profile.phone ?? null,
    email: profile.email ?? null,
    headName: profile.headName,
    headNip: profile.headNip,
    financeName: profile.financeName,
    financeNip: profile.financeNip,
    logoDataUrl: profile.logoDataUrl ?? null,
    capacity: profile.capacity ?? null,
    timeZone: profile.timeZone,
  };
}

/** Inserts a home; used by the setup wizard and by province administrators. */
export function insertHome(tx: Tx, actor: Actor | null, profile: HomeProfile, channel: string): Home {
  const row = tx.insert(homes).values(profileValues(profile)).returning().get();
  forgetHomeZone(row.id);
  recordAudit(tx, actor, { entity: 'home', entityId: row.id, action: 'create', after: row, homeId: row.id }, channel);
  return toHome(row);
}

function assertCanSee(actor: Actor, homeId: number): void {
  if (!isProvinceAdmin(actor) && actor.homeId !== homeId) throw forbidden('Anda hanya dapat melihat panti Anda sendiri');
}

export function findHomeSummary(db: AppDb, id: number): HomeSummary | null {
  const row = db.select().from(homes).where(eq(homes.id, id)).get();
  return row ? toSummary(row) : null;
}

export function listHomes(db: AppDb, actor: Actor): HomeSummary[] {
  const query = db
    .select({ id: homes.id, name: homes.name, type: homes.type, regency: homes.regency, active: homes.active })
    .from(homes);
  const rows = isProvinceAdmin(actor)
    ? query.orderBy(asc(homes.name)).all()
    : query.where(eq(homes.id, actor.homeId ?? -1)).all();
  return rows.map(toSummary);
}

export function getHome(db: AppDb, actor: Actor, id: number): Home {
  assertCanSee(actor, id);
  const row = db.select().from(homes).where(eq(homes.id, id)).get();
  if (!row) throw notFound('Panti');
  return toHome(row);
}

export function createHome(db: AppDb, actor: Actor, profile: HomeProfile): Home {
  if (!isProvinceAdmin(actor)) throw forbidden('Hanya administrator provinsi yang dapat menambah panti');
  return db.transaction((tx) => insertHome(tx, actor, profile, actor.channel));
}

export function updateHome(db: AppDb, actor: Actor, id: number, profile: HomeProfile): Home {
  if (!isProvinceAdmin(actor) && actor.homeId !== id) throw forbidden('Anda hanya dapat mengubah profil panti Anda sendiri');
  return db.transaction((tx) => {
    const before = tx.select().from(homes).where(eq(homes.id, id)).get();
    if (!before) throw notFound('Panti');
    const after = tx
      .update(homes)
      .set({ ...profileValues(profile), updatedAt: nowIso() })
      .where(eq(homes.id, id))
      .returning()
      .get();
    recordAudit(tx, actor, { entity: 'home', entityId: id, action: 'update', before, after, homeId: id });
    forgetHomeZone(id);
    return toHome(after);
  });
}

export function setHomeActive(db: AppDb, actor: Actor, id: number, active: boolean, reason: string | null): Home {
  return db.transaction((tx) => {
    const before = tx.select().from(homes).where(eq(homes.id, id)).get();
    if (!before) throw notFound('Panti');
    if (!active && actor.homeId === id) {
      throw new AppError('CONFLICT', 'Pindah ke panti lain sebelum menonaktifkan panti yang sedang dibuka');
    }
    const after = tx.update(homes).set({ active, updatedAt: nowIso() }).where(eq(homes.id, id)).returning().get();
    recordAudit(tx, actor, {
      entity: 'home',
      entityId: id,
      action: active ? 'activate' : 'deactivate',
      before: { active: before.active },
      after: { active, reason },
      homeId: id,
    });
    return toHome(after);
  });
}

export type { HomeProfileInput };
