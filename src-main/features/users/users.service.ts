import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ResetPasswordInput, Role, UserCreateInput, UserRow, UserUpdateInput } from '../../contract';
import { HOME_ROLES, passwordProblem } from '../../contract';
import type { AppDb } from '../../db/client';
import { homes, users } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { isProvinceAdmin, requireHome } from '../../lib/actor';
import { AppError, fieldError, forbidden, notFound } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { hashPassword } from '../auth/password';

type UserRecord = typeof users.$inferSelect;

const columns = {
  id: users.id,
  username: users.username,
  fullName: users.fullName,
  role: users.role,
  homeId: users.homeId,
  homeName: homes.name,
  active: users.active,
  lockedUntil: users.lockedUntil,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

function selectRows(db: AppDb) {
  return db.select(columns).from(users).leftJoin(homes, eq(users.homeId, homes.id));
}

const toRow = (r: { role: string } & Omit<UserRow, 'role'>): UserRow => ({ ...r, role: r.role as Role });

/** Auditable view of a user: never the password hash. */
const publicFields = (u: UserRecord) => ({
  id: u.id,
  username: u.username,
  fullName: u.fullName,
  role: u.role,
  homeId: u.homeId,
  active: u.active,
});

/** The users of the active home; a province administrator also sees the province administrators. */
export function listUsers(db: AppDb, actor: Actor): UserRow[] {
  const homeId = actor.homeId ?? -1;
  const scope = isProvinceAdmin(actor) ? or(eq(users.homeId, homeId), isNull(users.homeId)) : eq(users.homeId, homeId);
  return selectRows(db).where(scope).orderBy(asc(users.fullName)).all().map(toRow);
}

function assertRoleAllowed(actor: Actor, role: Role): void {
  if (role === 'province_admin' && !isProvinceAdmin(actor)) {
    throw fieldError('role', 'Hanya administrator provinsi yang dapat memberi peran administrator provinsi');
  }
  if (role !== 'province_admin' && !(HOME_ROLES as readonly string[]).includes(role)) {
    throw fieldError('role', 'Peran tidak dikenal');
  }
}

function loadManageable(db: Pick<AppDb, 'select'>, actor: Actor, id: number): UserRecord {
  const user = db.select().from(users).where(eq(users.id, id)).get();
  if (!user) throw notFound('Pengguna');
  if (!isProvinceAdmin(actor) && (user.homeId !== actor.homeId || user.role === 'province_admin')) {
    throw forbidden('Anda hanya dapat mengelola pengguna panti Anda sendiri');
  }
  return user;
}

function getRow(db: AppDb, id: number): UserRow {
  return toRow(selectRows(db).where(eq(users.id, id)).get()!);
}

export function createUser(db: AppDb, actor: Actor, input: z.output<typeof UserCreateInput>): UserRow {
  assertRoleAllowed(actor, input.role);
  const homeId = input.role === 'province_admin' ? null : requireHome(actor);
  return db.transaction((tx) => {
    const taken = tx.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get();
    if (taken) throw fieldError('username', 'Nama pengguna sudah dipakai');
    const user = tx
      .insert(users)
      .values({
        homeId,
        username: input.username,
        fullName: input.fullName,
        role: input.role,
        passwordHash: hashPassword(input.password),
        mustChangePassword: true,
      })
      .returning()
      .get();
    recordAudit(tx, actor, { entity: 'user', entityId: user.id, action: 'create', after: publicFields(user), homeId });
    return getRow(tx, user.id);
  });
}

function countActiveAdmins(db: Pick<AppDb, 'select'>, homeId: number | null): number {
  const scope = homeId == null ? eq(users.role, 'province_admin') : and(eq(users.homeId, homeId), eq(users.role, 'admin'));
  return db.select({ n: sql<number>`count(*)` }).from(users).where(and(scope, eq(users.active, true))).get()?.n ?? 0;
}

/** A home must keep an active administrator, and the province its province administrator. */
function assertKeepsAnAdmin(db: Pick<AppDb, 'select'>, user: UserRecord, next: { role: string; active: boolean }): void {
  const isAdmin = (role: string, active: boolean) => active && (role === 'admin' || role === 'province_admin');
  if (isAdmin(user.role, user.active) && !(isAdmin(next.role, next.active) && next.role === user.role)) {
    if (countActiveAdmins(db, user.homeId) <= 1) {
      throw new AppError('CONFLICT', 'Harus tetap ada minimal satu administrator aktif');
    }
  }
}

export function updateUser(db: AppDb, actor: Actor, input: z.output<typeof UserUpdateInput>): UserRow {
  assertRoleAllowed(actor, input.role);
  return db.transaction((tx) => {
    const before = loadManageable(tx, actor, input.id);
    if ((before.role === 'province_admin') !== (input.role === 'province_admin')) {
      throw fieldError('role', 'Administrator provinsi tidak dapat diubah menjadi peran panti, atau sebaliknya');
    }
    assertKeepsAnAdmin(tx, before, { role: input.role, active: before.active });
    const after = tx
      .update(users)
      .set({ fullName: input.fullName, role: input.role, updatedAt: nowIso() })
      .where(eq(users.id, input.id))
      .returning()
      .get();
    recordAudit(tx, actor, {
      entity: 'user',
      entityId: after.id,
      action: 'update',
      before: publicFields(before),
      after: publicFields(after),
      homeId: after.homeId,
    });
    return getRow(tx, after.id);
  });
}

export function setUserActive(db: AppDb, actor: Actor, id: number, active: boolean): UserRow {
  if (id === actor.userId && !active) throw new AppError('CONFLICT', 'Anda tidak dapat menonaktifkan akun Anda sendiri');
  return db.transaction((tx) => {
    const before = loadManageable(tx, actor, id);
    assertKeepsAnAdmin(tx, before, { role: before.role, active });
    const after = tx.update(users).set({ active, updatedAt: nowIso() }).where(eq(users.id, id)).returning().get();
    recordAudit(tx, actor, {
      entity: 'user',
      entityId: id,
      action: active ? 'activate' : 'deactivate',
      before: publicFields(before),
      after: publicFields(after),
      homeId: after.homeId,
    });
    return getRow(tx, id);
  });
}

/** Sets a temporary password the user must change at next log-in; also lifts a lockout. */
export function resetPassword(db: AppDb, actor: Actor, input: z.output<typeof ResetPasswordInput>): UserRow {
  return db.transaction((tx) => {
    const user = loadManageable(tx, actor, input.id);
    const problem = passwordProblem(input.password, user.username);
    if (problem) throw fieldError('password', problem);
    tx.update(users)
      .set({
        passwordHash: hashPassword(input.password),
        mustChangePassword: true,
        failedAttempts: 0,
        lockedUntil: null,
        updatedAt: nowIso(),
      })
      .where(eq(users.id, user.id))
      .run();
    recordAudit(tx, actor, { entity: 'user', entityId: user.id, action: 'reset-password', homeId: user.homeId });
    return getRow(tx, user.id);
  });
}
