import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { SESSION_MAX_HOURS } from '../../api/sessions';
import { setClock } from '../../lib/clock';
import { makeCore, ok, setupAndLogin, STRONG_PASSWORD, userWithRole } from '../../../tests/helpers/temp-core';
import { sampleBudget } from '../../../tests/helpers/budget';
import { LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS } from './auth.service';

describe('account controls enforced in main', () => {
  let core: Core;
  let clockMs: number;
  let restoreClock: () => void;
  beforeEach(async () => {
    clockMs = Date.parse('2026-03-02T01:00:00Z');
    restoreClock = setClock(() => clockMs);
    core = makeCore({ integrityCheckDelayMs: null, clock: () => clockMs });
    await setupAndLogin(core, 'admin');
  });
  afterEach(() => {
    core.close();
    restoreClock();
  });

  it('"must change password" refuses every channel but changing it, the session and logging out', async () => {
    await ok(core, 'admin', 'users.create', { username: 'pengasuh1', fullName: 'Pengasuh', role: 'caregiver', password: STRONG_PASSWORD });
    const info = await ok(core, 'p', 'auth.login', { username: 'pengasuh1', password: STRONG_PASSWORD });
    expect(info.user.mustChangePassword).toBe(true);
    for (const [channel, input] of [
      ['residents.list', {}],
      ['settings.get', undefined],
      ['homes.list', undefined],
      ['meals.settings', undefined],
      ['budget.years', undefined],
      ['audit.list', {}],
    ] as const) {
      const result = await core.router.call(channel, input, { sessionKey: 'p' });
      expect({ channel, result }).toMatchObject({ channel, result: { ok: false, error: { code: 'FORBIDDEN' } } });
    }
    expect(await ok(core, 'p', 'auth.session')).toMatchObject({ user: { username: 'pengasuh1', mustChangePassword: true } });
    await ok(core, 'p', 'auth.changePassword', { currentPassword: STRONG_PASSWORD, newPassword: 'Sandi-Baru-2026' });
    expect(Array.isArray(await ok(core, 'p', 'homes.list'))).toBe(true);
    // an administrator's reset forces it again
    const users = await ok(core, 'admin', 'users.list');
    await ok(core, 'admin', 'users.resetPassword', { id: users.find((u) => u.username === 'pengasuh1')!.id, password: 'Sandi-Reset-2026' });
    await ok(core, 'p2', 'auth.login', { username: 'pengasuh1', password: 'Sandi-Reset-2026' });
    expect((await core.router.call('homes.list', undefined, { sessionKey: 'p2' })).ok).toBe(false);
    await ok(core, 'p2', 'auth.logout');
  });

  it("the head's approval at another desk has its own counter: failures are audited as approval attempts and never lock the head's log-in", async () => {
    const finance = await userWithRole(core, 'admin', 'finance', 'bendahara');
    await userWithRole(core, 'admin', 'head', 'kepala');
    const budget = await sampleBudget(core, finance);
    const over = (headPassword: string, sessionKey = finance) =>
      core.router.call(
        'spending.record',
        { lineId: budget.lines.atk.id, spentOn: '2025-06-02', amount: 1_300_000, description: 'ATK', payee: 'CV', proofNo: 'BKU-1', override: { reason: 'Darurat', headUsername: 'kepala', headPassword } },
        { sessionKey },
      );
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) expect((await over('bukan-sandi-kepala-1')).ok).toBe(false);
    // approvals with this account are locked now, even with the right password …
    const locked = await over(STRONG_PASSWORD);
    expect(locked).toMatchObject({ ok: false });
    expect(JSON.stringify(locked)).toMatch(/Persetujuan dengan akun ini dikunci/);
    // … but the head's own log-in is not
    await ok(core, 'head-desk', 'auth.login', { username: 'kepala', password: STRONG_PASSWORD });
    const audit = await ok(core, 'admin', 'audit.list', { entity: 'user' });
    const actions = audit.rows.map((r) => r.action);
    expect(actions.filter((a) => a === 'approval-failed')).toHaveLength(MAX_FAILED_ATTEMPTS - 1);
    expect(actions.filter((a) => a === 'approval-lockout')).toHaveLength(1);
    expect(actions).not.toContain('lockout');
    // the attempts are written as the desk's user's, naming the approver
    expect(audit.rows.find((r) => r.action === 'approval-lockout')).toMatchObject({ username: 'bendahara', after: { approver: 'kepala' } });
    // after the wait the approval goes through, and is no log-in
    clockMs += (LOCKOUT_MINUTES + 1) * 60_000;
    await ok(core, 'finance-again', 'auth.login', { username: 'bendahara', password: STRONG_PASSWORD });
    const approved = await over(STRONG_PASSWORD, 'finance-again');
    expect(approved).toMatchObject({ ok: true });
    await ok(core, 'admin-again', 'auth.login', { username: 'admin', password: STRONG_PASSWORD });
    const logins = (await ok(core, 'admin-again', 'audit.list', { entity: 'user' })).rows.filter((r) => r.action === 'login' && r.username === 'kepala');
    // the head's own two log-ins (at set-up and at the head's desk); the approvals added none
    expect(logins).toHaveLength(2);
  });

  it('guessing the current password in "change password" locks the account and ends its sessions', async () => {
    const caregiver = await userWithRole(core, 'admin', 'caregiver', 'pengasuh1');
    for (let i = 0; i < MAX_FAILED_ATTEMPTS - 1; i++) {
      const wrong = await core.router.call('auth.changePassword', { currentPassword: `tebakan-${i}-xx`, newPassword: 'Sandi-Baru-2026' }, { sessionKey: caregiver });
      expect(wrong).toMatchObject({ ok: false, error: { fieldErrors: { currentPassword: expect.any(String) } } });
    }
    const last = await core.router.call('auth.changePassword', { currentPassword: 'tebakan-akhir-x', newPassword: 'Sandi-Baru-2026' }, { sessionKey: caregiver });
    expect(last).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await ok(core, caregiver, 'auth.session')).toBeNull();
    const login = await core.router.call('auth.login', { username: 'pengasuh1', password: STRONG_PASSWORD }, { sessionKey: 'again' });
    expect(login).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(JSON.stringify(login)).toMatch(/terkunci/);
  });

  it(`a session ends ${SESSION_MAX_HOURS} hours after log-in however active it is, and is removed`, async () => {
    const caregiver = await userWithRole(core, 'admin', 'caregiver', 'pengasuh1');
    // active every ten minutes, so the idle lock never comes
    for (let m = 0; m < SESSION_MAX_HOURS * 6 - 1; m++) {
      clockMs += 10 * 60_000;
      await ok(core, caregiver, 'homes.list');
    }
    clockMs += 11 * 60_000;
    const expired = await core.router.call('homes.list', undefined, { sessionKey: caregiver });
    expect(expired).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(core.sessions.get(caregiver)).toBeUndefined();
  });
});
