import { eq } from 'drizzle-orm';
import type { AppDb } from '../../db/client';
import { homes, users } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { AppError, fieldError } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { passwordProblem } from '../../contract';
import { recordAudit } from '../audit/audit.service';
import { hashPassword, verifyPassword } from './password';
import { timeIn, ZONE_ABBREVIATION } from '../../contract/clock';
import { now as clockNow } from '../../lib/clock';
import { homeZone } from '../homes/home-clock';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;

export type UserRecord = typeof users.$inferSelect;

// Verifying against a real hash for unknown names keeps their response time the same as for known ones.
let dummyHash: string | null = null;
const wrongCredentials = () => new AppError('UNAUTHENTICATED', 'Nama pengguna atau kata sandi salah');

/** "14.05 WIB": the time on the wall clock of the user's home. */
function formatClock(db: AppDb, homeId: number | null, iso: string): string {
  const zone = homeZone(db, homeId);
  return `${timeIn(zone, Date.parse(iso)).replace(':', '.')} ${ZONE_ABBREVIATION[zone]}`;
}

/** Checks a username and password; counts failures and locks the account after too many. */
export function authenticate(db: AppDb, username: string, password: string, now = clockNow()): UserRecord {
  const user = db.select().from(users).where(eq(users.username, username.toLowerCase())).get();
  if (!user) {
    dummyHash ??= hashPassword('sipanti-dummy-password-1');
    verifyPassword(password, dummyHash);
    throw wrongCredentials();
  }
  if (user.lockedUntil && user.lockedUntil > nowIso(now)) {
    throw new AppError(
      'UNAUTHENTICATED',
      `Akun terkunci karena terlalu banyak percobaan gagal. Coba lagi setelah pukul ${formatClock(db, user.homeId, user.lockedUntil)}.`,
    );
  }
  const actor: Actor = { userId: user.id, username: user.username, role: user.role as Actor['role'], homeId: user.homeId, channel: 'auth.login' };
  if (!verifyPassword(password, user.passwordHash)) {
    const failed = user.failedAttempts + 1;
    const lock = failed >= MAX_FAILED_ATTEMPTS;
    const lockedUntil = lock ? nowIso(new Date(now.getTime() + LOCKOUT_MINUTES * 60_000)) : null;
    db.transaction((tx) => {
      tx.update(users)
        .set({ failedAttempts: lock ? 0 : failed, lockedUntil })
        .where(eq(users.id, user.id))
        .run();
      if (lock) {
        recordAudit(tx, actor, { entity: 'user', entityId: user.id, action: 'lockout', after: { lockedUntil } });
      }
    });
    if (lock) {
      throw new AppError(
        'UNAUTHENTICATED',
        `Terlalu banyak percobaan gagal. Akun dikunci ${LOCKOUT_MINUTES} menit.`,
      );
    }
    throw wrongCredentials();
  }
  if (!user.active) throw new AppError('UNAUTHENTICATED', 'Akun ini dinonaktifkan. Hubungi administrator.');
  if (user.homeId != null) {
    const home = db.select({ active: homes.active }).from(homes).where(eq(homes.id, user.homeId)).get();
    if (!home?.active) throw new AppError('UNAUTHENTICATED', 'Panti akun ini sedang dinonaktifkan.');
  }
  const lastLoginAt = nowIso(now);
  db.transaction((tx) => {
    tx.update(users).set({ failedAttempts: 0, lockedUntil: null, lastLoginAt }).where(eq(users.id, user.id)).run();
    recordAudit(tx, actor, { entity: 'user', entityId: user.id, action: 'login', homeId: user.homeId });
  });
  return { ...user, failedAttempts: 0, lockedUntil: null, lastLoginAt };
}

/** Re-checks the password of a signed-in user (unlocking an idle session); failures count as for log-in. */
export function confirmPassword(db: AppDb, userId: number, password: string): UserRecord {
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) throw wrongCredentials();
  return authenticate(db, user.username, password);
}

export function changePassword(db: AppDb, actor: Actor, currentPassword: string, newPassword: string): void {
  const user = db.select().from(users).where(eq(users.id, actor.userId)).get();
  if (!user || !verifyPassword(currentPassword, user.passwordHash)) {
    throw fieldError('currentPassword', 'Kata sandi lama salah');
  }
  const problem = passwordProblem(newPassword, user.username);
  if (problem) throw fieldError('newPassword', problem);
  if (verifyPassword(newPassword, user.passwordHash)) {
    throw fieldError('newPassword', 'Kata sandi baru harus berbeda dari yang lama');
  }
  db.transaction((tx) => {
    tx.update(users)
      .set({ passwordHash: hashPassword(newPassword), mustChangePassword: false, updatedAt: nowIso() })
      .where(eq(users.id, user.id))
      .run();
    recordAudit(tx, actor, { entity: 'user', entityId: user.id, action: 'change-password', homeId: user.homeId });
  });
}
