import { desc, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName } from '../../contract';
import type { Core } from '../../core';
import { auditLog, users } from '../../db/schema';
import { makeCore, ok, sampleHome, setupAndLogin, STRONG_PASSWORD, passwordAlreadyChanged } from '../../../tests/helpers/temp-core';
import { nowMs, todayIn } from '../../lib/clock';

type Change = { [C in ChannelName]: [C, (ids: { user: number }) => ChannelInput<C>, string, string, boolean] }[ChannelName];

/** Every channel that changes data: [channel, input, entity, action, has a "before"]. */
const CHANGES: Change[] = [
  ['homes.update', () => ({ id: 1, profile: sampleHome({ name: 'Panti Baru' }) }), 'home', 'update', true],
  ['homes.create', () => sampleHome({ name: 'Panti Kedua', type: 'PSTW' }), 'home', 'create', false],
  ['homes.setActive', () => ({ id: 2, active: false, reason: 'Ditutup' }), 'home', 'deactivate', true],
  ['users.create', () => ({ username: 'baru', fullName: 'Pengguna Baru', role: 'finance' as const, password: STRONG_PASSWORD }), 'user', 'create', false],
  ['users.update', ({ user }) => ({ id: user, fullName: 'Nama Diubah', role: 'head' as const }), 'user', 'update', true],
  ['users.setActive', ({ user }) => ({ id: user, active: false }), 'user', 'deactivate', true],
  ['users.resetPassword', ({ user }) => ({ id: user, password: 'Sementara-9876' }), 'user', 'reset-password', false],
  ['settings.update', () => ({ idleLockMinutes: 30 }), 'settings', 'update', true],
  ['auth.changePassword', () => ({ currentPassword: STRONG_PASSWORD, newPassword: 'Baru-Sekali-2027' }), 'user', 'change-password', false],
];

describe('audit log', () => {
  const rowCount = (table: SQLiteTable) => core.db.select({ n: sql<number>`count(*)` }).from(table).get()!.n;
  let core: Core;
  let ids: { user: number };
  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'prov', 'province');
    await ok(core, 'prov', 'homes.create', sampleHome({ name: 'Panti Cadangan' }));
    const target = await ok(core, 'prov', 'users.create', { username: 'sasaran', fullName: 'Sasaran', role: 'caregiver', password: STRONG_PASSWORD });
    ids = { user: target.id };
  });
  afterEach(() => core.close());

  for (const [channel, input, entity, action, hasBefore] of CHANGES) {
    it(`${channel} writes who, when, which record, before and after`, async () => {
      const count = rowCount(auditLog);
      await ok(core, 'prov', channel, input(ids) as never);
      expect(rowCount(auditLog)).toBe(count + 1);
      const row = core.db.select().from(auditLog).orderBy(desc(auditLog.id)).get()!;
      expect(row).toMatchObject({ channel, entity, action, username: 'admin', userId: 1 });
      expect(nowMs() - Date.parse(row.at)).toBeLessThan(60_000);
      expect(row.entityId === null && entity !== 'settings').toBe(false);
      if (hasBefore) expect(row.beforeJson).not.toBeNull();
      expect(`${row.beforeJson}${row.afterJson}`).not.toMatch(/scrypt\$|Sementara-9876|Baru-Sekali|Sipanti-Kuat/);
    });
  }

  it('a refused change writes no audit row and changes nothing', async () => {
    const count = rowCount(auditLog);
    const result = await core.router.call('users.create', { username: 'sasaran', fullName: 'Ganda', role: 'caregiver', password: STRONG_PASSWORD }, { sessionKey: 'prov' });
    expect(result).toMatchObject({ ok: false, error: { fieldErrors: { username: 'Nama pengguna sudah dipakai' } } });
    expect(rowCount(auditLog)).toBe(count);
    expect(rowCount(users)).toBe(2);
  });

  it('is filtered by user, entity and date, newest first, with paging', async () => {
    await ok(core, 'prov', 'settings.update', { idleLockMinutes: 20 });
    await ok(core, 'prov', 'settings.update', { idleLockMinutes: 25 });
    const page = await ok(core, 'prov', 'audit.list', { entity: 'settings', limit: 1 });
    expect(page.hasMore).toBe(true);
    expect(page.rows[0]!.after).toMatchObject({ idleLockMinutes: 25 });
    const next = await ok(core, 'prov', 'audit.list', { entity: 'settings', limit: 1, beforeId: page.rows[0]!.id });
    expect(next.rows[0]!.after).toMatchObject({ idleLockMinutes: 20 });
    const today = todayIn('Asia/Jakarta');
    expect((await ok(core, 'prov', 'audit.list', { from: today, to: today, username: 'admin' })).rows.length).toBeGreaterThan(3);
    expect((await ok(core, 'prov', 'audit.list', { to: '2000-01-01' })).rows).toHaveLength(0);
  });

  it("a home's head sees only that home's entries", async () => {
    await ok(core, 'prov', 'auth.switchHome', { homeId: 2 });
    await ok(core, 'prov', 'users.create', { username: 'kepala2', fullName: 'Kepala Dua', role: 'head', password: STRONG_PASSWORD });
    passwordAlreadyChanged(core, 'kepala2');
    await ok(core, 'head', 'auth.login', { username: 'kepala2', password: STRONG_PASSWORD });
    const seen = await ok(core, 'head', 'audit.list', {});
    expect(seen.rows.length).toBeGreaterThan(0);
    expect(new Set(seen.rows.map((r) => r.homeId))).toEqual(new Set([2]));
  });
});
