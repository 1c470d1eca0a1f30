import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { makeCore, ok, passwordAlreadyChanged, sampleHome, setupAndLogin, STRONG_PASSWORD } from '../../../tests/helpers/temp-core';

describe('users and homes: each home sees only its own', () => {
  let core: Core;
  beforeEach(async () => {
    core = makeCore();
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

  it('a home administrator lists, sees and edits only their own home and users', async () => {
    expect((await ok(core, 'a1', 'homes.list')).map((h) => h.id)).toEqual([1]);
    expect((await ok(core, 'prov', 'homes.list')).map((h) => h.id).sort()).toEqual([1, 2]);
    expect(await core.router.call('homes.get', { id: 2 }, { sessionKey: 'a1' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await core.router.call('homes.update', { id: 2, profile: sampleHome() }, { sessionKey: 'a1' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await ok(core, 'a1', 'users.list')).map((u) => u.username)).toEqual(['admin1']);
    const other = (await ok(core, 'a2', 'users.list'))[0]!;
    expect(await core.router.call('users.setActive', { id: other.id, active: false }, { sessionKey: 'a1' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await core.router.call('users.resetPassword', { id: other.id, password: 'Curian-123456' }, { sessionKey: 'a1' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('a home administrator cannot create a province administrator; users they create join their home', async () => {
    const refused = await core.router.call('users.create', { username: 'naik', fullName: 'Naik Pangkat', role: 'province_admin', password: STRONG_PASSWORD }, { sessionKey: 'a1' });
    expect(refused).toMatchObject({ ok: false, error: { fieldErrors: { role: expect.any(String) } } });
    const created = await ok(core, 'a1', 'users.create', { username: 'pengasuh1', fullName: 'Pengasuh', role: 'caregiver', password: STRONG_PASSWORD });
    expect(created).toMatchObject({ homeId: 1, homeName: 'UPTD PSAA Tri Murni' });
  });

  it('keeps at least one active administrator, and nobody deactivates themselves', async () => {
    const me = (await ok(core, 'a1', 'users.list'))[0]!;
    expect(await core.router.call('users.setActive', { id: me.id, active: false }, { sessionKey: 'a1' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await core.router.call('users.update', { id: me.id, fullName: 'Admin Satu', role: 'caregiver' }, { sessionKey: 'prov' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('minimal satu administrator') },
    });
  });

  it('a deactivated home refuses its users at log-in', async () => {
    await ok(core, 'prov', 'auth.switchHome', { homeId: 1 });
    await ok(core, 'prov', 'homes.setActive', { id: 2, active: false, reason: 'Digabung' });
    expect(await core.router.call('auth.login', { username: 'admin2', password: STRONG_PASSWORD }, { sessionKey: 'x' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('dinonaktifkan') },
    });
  });
});
