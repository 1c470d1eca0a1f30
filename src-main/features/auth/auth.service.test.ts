import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { auditLog, users } from '../../db/schema';
import { makeCore, ok, setupAndLogin, STRONG_PASSWORD, userWithRole } from '../../../tests/helpers/temp-core';
import { authenticate, LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS } from './auth.service';
import { now as clockNow, nowMs } from '../../lib/clock';

describe('log-in, lockout and idle lock', () => {
  let core: Core;
  let clockMs = nowMs();
  beforeEach(async () => {
    clockMs = nowMs();
    core = makeCore({ clock: () => clockMs });
    await setupAndLogin(core, 'admin');
  });
  afterEach(() => core.close());

  it('logs in with the right password and records it', async () => {
    const session = await ok(core, 'other', 'auth.login', { username: 'ADMIN', password: STRONG_PASSWORD });
    expect(session.user.username).toBe('admin');
    expect(await ok(core, 'other', 'auth.session')).toMatchObject({ user: { username: 'admin' }, locked: false });
    const logins = core.db.select().from(auditLog).where(eq(auditLog.action, 'login')).all();
    expect(logins.length).toBe(2);
  });

  it('refuses a wrong password with the same message as an unknown user', async () => {
    const wrong = await core.router.call('auth.login', { username: 'admin', password: 'salah-sekali-1' }, { sessionKey: 'x' });
    const unknown = await core.router.call('auth.login', { username: 'siapa', password: 'salah-sekali-1' }, { sessionKey: 'x' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Nama pengguna atau kata sandi salah' } });
    expect(unknown).toEqual(wrong);
    expect(await ok(core, 'x', 'auth.session')).toBeNull();
  });

  it(`locks the account after ${MAX_FAILED_ATTEMPTS} failures, even against the right password, until the lock expires`, async () => {
    const now = clockNow();
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) {
      expect(() => authenticate(core.db, 'admin', 'salah-sekali-1', now)).toThrow();
    }
    expect(() => authenticate(core.db, 'admin', STRONG_PASSWORD, now)).toThrow(/Akun terkunci/);
    const lockRow = core.db.select().from(auditLog).where(eq(auditLog.action, 'lockout')).all();
    expect(lockRow).toHaveLength(1);
    const later = new Date(now.getTime() + (LOCKOUT_MINUTES + 1) * 60_000);
    expect(authenticate(core.db, 'admin', STRONG_PASSWORD, later).username).toBe('admin');
    expect(core.db.select().from(users).where(eq(users.username, 'admin')).get()).toMatchObject({ failedAttempts: 0, lockedUntil: null });
  });

  it('an administrator reset lifts a lockout and forces a password change', async () => {
    const caregiver = await userWithRole(core, 'admin', 'caregiver', 'pengasuh');
    await ok(core, caregiver, 'auth.logout');
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) {
      await core.router.call('auth.login', { username: 'pengasuh', password: 'salah-sekali-1' }, { sessionKey: 'c' });
    }
    const id = core.db.select().from(users).where(eq(users.username, 'pengasuh')).get()!.id;
    await ok(core, 'admin', 'users.resetPassword', { id, password: 'Sementara-2026' });
    const session = await ok(core, 'c', 'auth.login', { username: 'pengasuh', password: 'Sementara-2026' });
    expect(session.user.mustChangePassword).toBe(true);
    const weak = await core.router.call('auth.changePassword', { currentPassword: 'Sementara-2026', newPassword: 'pendek1' }, { sessionKey: 'c' });
    expect(weak).toMatchObject({ ok: false, error: { fieldErrors: { newPassword: expect.stringContaining('minimal') } } });
    await ok(core, 'c', 'auth.changePassword', { currentPassword: 'Sementara-2026', newPassword: 'Baru-Sekali-2027' });
    expect((await ok(core, 'c', 'auth.session'))!.user.mustChangePassword).toBe(false);
  });

  it('a deactivated user cannot log in and loses open sessions', async () => {
    const caregiver = await userWithRole(core, 'admin', 'caregiver', 'pengasuh');
    const id = core.db.select().from(users).where(eq(users.username, 'pengasuh')).get()!.id;
    await ok(core, 'admin', 'users.setActive', { id, active: false });
    expect(await core.router.call('settings.get', {}, { sessionKey: caregiver })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await core.router.call('auth.login', { username: 'pengasuh', password: STRONG_PASSWORD }, { sessionKey: 'c' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('dinonaktifkan') },
    });
  });

  it('an idle session locks and unlocks only with the password', async () => {
    await ok(core, 'admin', 'settings.update', { idleLockMinutes: 5 });
    clockMs += 6 * 60_000;
    expect(await core.router.call('users.list', {}, { sessionKey: 'admin' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect((await ok(core, 'admin', 'auth.session'))!.locked).toBe(true);
    const wrong = await core.router.call('auth.unlock', { password: 'salah-sekali-1' }, { sessionKey: 'admin' });
    expect(wrong).toMatchObject({ ok: false, error: { fieldErrors: { password: expect.any(String) } } });
    await ok(core, 'admin', 'auth.unlock', { password: STRONG_PASSWORD });
    expect(await ok(core, 'admin', 'users.list')).toHaveLength(1);
  });

  it('activity keeps a session open', async () => {
    for (let i = 0; i < 4; i++) {
      clockMs += 10 * 60_000;
      await ok(core, 'admin', 'settings.get');
    }
    expect((await ok(core, 'admin', 'auth.session'))!.locked).toBe(false);
  });

  it('lock on demand and log-out', async () => {
    await ok(core, 'admin', 'auth.lock');
    expect(await core.router.call('settings.get', {}, { sessionKey: 'admin' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    await ok(core, 'admin', 'auth.logout');
    expect(await ok(core, 'admin', 'auth.session')).toBeNull();
  });
});
