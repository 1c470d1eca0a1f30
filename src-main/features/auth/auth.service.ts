import { eq } from 'drizzle-orm';
import type { AppDb } from '../../db/client';
import { homes, users } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { AppError, fieldError } from '../../lib/errors';
import { now, nowMs } from '../../lib/clock';
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
export function authenticate(db: AppDb, username: string, password: string, at = clockNow()): UserRecord {
  const user = db.select().from(users).where(eq(users.username, username.toLowerCase())).get();
  if (!user) {
    dummyHash ??= hashPassword('sipanti-dummy-password-1');
    verifyPassword(password, dummyHash);
    throw wrongCredentials();
  }
  if (user.lockedUntil && user.lockedUntil > nowIso(at)) {
    throw new AppError(
      'UNAUTHENTICATED',
      `Akun terkunci karena terlalu banyak percobaan gagal. Coba lagi setelah pukul ${formatClock(db, user.homeId, user.lockedUntil)}.`,
    );
  }
  const actor: Actor = { userId: user.id, username: user.username, role: user.role as Actor['role'], homeId: user.homeId, channel: 'auth.login' };
  if (!verifyPassword(password, user.passwordHash)) {
    const failed = user.failedAttempts + 1;
    const lock = failed >= MAX_FAILED_ATTEMPTS;
    const lockedUntil = lock ? nowIso(new Date(at.getTime() + LOCKOUT_MINUTES * 60_000)) : null;
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
  const lastLoginAt = nowIso(at);
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

/**
 * The head's approval typed at another user's desk (spending past the allocation, acceptance past the quota).
 * It has its own attempt counter: failures are audited as approval attempts, lock approvals by that account for
 * LOCKOUT_MINUTES after MAX_FAILED_ATTEMPTS, and never touch the head's own log-in. A head whose log-in is locked
 * cannot approve either. Returns the approving user (the caller checks that it is this home's head).
 */
export function authenticateApproval(db: AppDb, desk: Actor, username: string, password: string): UserRecord {
  const user = db.select().from(users).where(eq(users.username, username.toLowerCase())).get();
  if (!user) {
    dummyHash ??= hashPassword('sipanti-dummy-password-1');
    verifyPassword(password, dummyHash);
    throw wrongCredentials();
  }
  const at = nowIso(now());
  const lockedUntil = [user.lockedUntil, user.approvalLockedUntil].filter((v): v is string => v != null && v > at).sort().at(-1);
  if (lockedUntil) {
    throw new AppError('UNAUTHENTICATED', `Persetujuan dengan akun ini dikunci karena terlalu banyak percobaan gagal. Coba lagi setelah pukul ${formatClock(db, user.homeId, lockedUntil)}.`);
  }
  if (!verifyPassword(password, user.passwordHash)) {
    const failed = user.approvalFailedAttempts + 1;
    const lock = failed >= MAX_FAILED_ATTEMPTS;
    const approvalLockedUntil = lock ? nowIso(new Date(nowMs() + LOCKOUT_MINUTES * 60_000)) : null;
    db.transaction((tx) => {
      tx.update(users).set({ approvalFailedAttempts: lock ? 0 : failed, approvalLockedUntil }).where(eq(users.id, user.id)).run();
      recordAudit(tx, desk, {
        entity: 'user',
        entityId: user.id,
        action: lock ? 'approval-lockout' : 'approval-failed',
        after: { approver: user.username, attempt: failed, ...(lock ? { lockedUntil: approvalLockedUntil } : {}) },
      });
    });
    if (lock) throw new AppError('UNAUTHENTICATED', `Terlalu banyak percobaan persetujuan gagal. Persetujuan dengan akun ini dikunci ${LOCKOUT_MINUTES} menit.`);
    throw wrongCredentials();
  }
  if (!user.active) throw new AppError('UNAUTHENTICATED', 'Akun ini dinonaktifkan.');
  if (user.approvalFailedAttempts > 0 || user.approvalLockedUntil) {
    db.update(users).set({ approvalFailedAttempts: 0, approvalLockedUntil: null }).where(eq(users.id, user.id)).run();
  }
  return user;
}

/**
 * Changes the signed-in user's own password. A wrong current password counts toward the lockout exactly as a
 * failed log-in does (someone at an unlocked desk cannot guess it); the answer says when the account locked, and
 * the caller ends that user's sessions then.
 */
export function changePassword(db: AppDb, actor: Actor, currentPassword: string, newPassword: string): void {
  const user = db.select().from(users).where(eq(users.id, actor.userId)).get();
  if (!user) throw fieldError('currentPassword', 'Kata sandi lama salah');
  if (user.lockedUntil && user.lockedUntil > nowIso(now())) {
    throw new AppError('UNAUTHENTICATED', `Akun terkunci karena terlalu banyak percobaan gagal. Coba lagi setelah pukul ${formatClock(db, user.homeId, user.lockedUntil)}.`);
  }
  if (!verifyPassword(currentPassword, user.passwordHash)) {
    const failed = user.failedAttempts + 1;
    const lock = failed >= MAX_FAILED_ATTEMPTS;
    const lockedUntil = lock ? nowIso(new Date(nowMs() + LOCKOUT_MINUTES * 60_000)) : null;
    db.transaction((tx) => {
      tx.update(users).set({ failedAttempts: lock ? 0 : failed, lockedUntil }).where(eq(users.id, user.id)).run();
      recordAudit(tx, actor, { entity: 'user', entityId: user.id, action: lock ? 'lockout' : 'change-password-failed', after: lock ? { lockedUntil } : { attempt: failed }, homeId: user.homeId });
    });
    if (lock) throw new AccountLockedError(`Terlalu banyak percobaan gagal. Akun dikunci ${LOCKOUT_MINUTES} menit.`);
    throw fieldError('currentPassword', 'Kata sandi lama salah');
  }
  const problem = passwordProblem(newPassword, user.username);
  if (problem) throw fieldError('newPassword', problem);
  if (verifyPassword(newPassword, user.passwordHash)) {
    throw fieldError('newPassword', 'Kata sandi baru harus berbeda dari yang lama');
  }
  db.transaction((tx) => {
    tx.update(users)
      .set({ passwordHash: hashPassword(newPassword), mustChangePassword: false, failedAttempts: 0, updatedAt: nowIso() })
      .where(eq(users.id, user.id))
      .run();
    recordAudit(tx, actor, { entity: 'user', entityId: user.id, action: 'change-password', homeId: user.homeId });
  });
}

/** The account just locked: its sessions end. */
export class AccountLockedError extends AppError {
  constructor(message: string) {
    super('UNAUTHENTICATED', message);
  }
}
