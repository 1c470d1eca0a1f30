import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { makeCore, ok, passwordAlreadyChanged, sampleHome, setupAndLogin, STRONG_PASSWORD } from '../../../tests/helpers/temp-core';

describe('settings belong to their scope', () => {
  let core: Core;
  beforeEach(async () => {
    core = makeCore({ integrityCheckDelayMs: null });
    await setupAndLogin(core, 'prov', 'province');
    await ok(core, 'prov', 'homes.create', sampleHome({ name: 'PSTW Sabai Nan Aluih', type: 'PSTW' }));
    await ok(core, 'prov', 'users.create', { username: 'admin1', fullName: 'Admin Satu', role: 'admin', password: STRONG_PASSWORD });
    await ok(core, 'prov', 'auth.switchHome', { homeId: 2 });
    await ok(core, 'prov', 'users.create', { username: 'admin2', fullName: 'Admin Dua', role: 'admin', password: STRONG_PASSWORD });
    passwordAlreadyChanged(core, 'admin1');
    passwordAlreadyChanged(core, 'admin2');
    await ok(core, 'a1', 'auth.login', { username: 'admin1', password: STRONG_PASSWORD });
    await ok(core, 'a2', 'auth.login', { username: 'admin2', password: STRONG_PASSWORD });
  });
  afterEach(() => core.close());

  it("a home's administrator changes that home's settings only, never another home's", async () => {
    expect(await ok(core, 'a1', 'settings.update', { idleLockMinutes: 5 })).toEqual({ idleLockMinutes: 5 });
    expect(await ok(core, 'a1', 'settings.get')).toEqual({ idleLockMinutes: 5 });
    expect(await ok(core, 'a2', 'settings.get')).toEqual({ idleLockMinutes: 15 });
    expect((await ok(core, 'a2', 'auth.session'))!.idleLockMinutes).toBe(15);
    expect((await ok(core, 'a1', 'auth.session'))!.idleLockMinutes).toBe(5);
    // the province-wide defaults are the province administrator's
    const refused = await core.router.call('settings.update', { idleLockMinutes: 1, scope: 'province' }, { sessionKey: 'a1' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await ok(core, 'a2', 'settings.get')).toEqual({ idleLockMinutes: 15 });
  });

  it('the province-wide default applies to every home that has not set its own', async () => {
    await ok(core, 'a1', 'settings.update', { idleLockMinutes: 5 });
    await ok(core, 'prov', 'settings.update', { idleLockMinutes: 30, scope: 'province' });
    expect(await ok(core, 'a2', 'settings.get')).toEqual({ idleLockMinutes: 30 });
    expect(await ok(core, 'a1', 'settings.get')).toEqual({ idleLockMinutes: 5 });
    // a province administrator working in home 2 changes home 2's own setting
    await ok(core, 'prov', 'settings.update', { idleLockMinutes: 20 });
    expect(await ok(core, 'a2', 'settings.get')).toEqual({ idleLockMinutes: 20 });
    expect(await ok(core, 'a1', 'settings.get')).toEqual({ idleLockMinutes: 5 });
    const audit = await ok(core, 'prov', 'audit.list', { entity: 'settings' });
    expect(audit.rows[0]).toMatchObject({ homeId: 2, after: { scope: 'home', idleLockMinutes: 20 } });
  });
});
