import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { homes, users, auditLog } from '../../db/schema';
import { makeCore, ok, sampleHome, STRONG_PASSWORD } from '../../../tests/helpers/temp-core';

const admin = { scope: 'home' as const, username: 'admin', fullName: 'Administrator', password: STRONG_PASSWORD, passwordConfirm: STRONG_PASSWORD };

describe('first-run setup wizard', () => {
  let core: Core;
  beforeEach(() => {
    core = makeCore();
  });
  afterEach(() => core.close());

  it('reports that setup is needed on an empty database', async () => {
    expect(await ok(core, 's', 'system.status')).toMatchObject({ state: 'ready', needsSetup: true, failure: null });
  });

  it('creates the home, its administrator and audit rows in one go', async () => {
    const result = await ok(core, 's', 'setup.complete', { home: sampleHome(), admin });
    expect(result).toEqual({ homeId: 1, username: 'admin' });
    expect(core.db.select().from(homes).all()).toHaveLength(1);
    const [user] = core.db.select().from(users).all();
    expect(user).toMatchObject({ username: 'admin', role: 'admin', homeId: 1, active: true });
    expect(user!.passwordHash).toMatch(/^scrypt\$/);
    expect(user!.passwordHash).not.toContain(STRONG_PASSWORD);
    const audit = core.db.select().from(auditLog).all();
    expect(audit.map((a) => `${a.channel}:${a.entity}:${a.action}`)).toEqual([
      'setup.complete:home:create',
      'setup.complete:user:create',
    ]);
    expect(audit[1]!.afterJson).not.toContain('scrypt$');
    expect(await ok(core, 's', 'system.status')).toMatchObject({ needsSetup: false });
  });

  it('a province administrator has no home of their own but works on the first home', async () => {
    await ok(core, 's', 'setup.complete', { home: sampleHome(), admin: { ...admin, scope: 'province' } });
    const session = await ok(core, 's', 'auth.login', { username: 'admin', password: STRONG_PASSWORD });
    expect(session.user).toMatchObject({ role: 'province_admin', homeId: null });
    expect(session.activeHome).toMatchObject({ id: 1, name: 'UPTD PSAA Tri Murni' });
  });

  it.each([
    ['a NIP of the wrong length', { headNip: '19700315199503100' }, 'home.headNip', 'NIP harus 18 digit'],
    ['a NIP with an impossible birth date', { headNip: '197013451995031002' }, 'home.headNip', 'tanggal lahir'],
    ['a NIP with a bad sex digit', { financeNip: '198505122010013003' }, 'home.financeNip', 'jenis kelamin'],
    ['a NIP appointed before age 15', { financeNip: '198505121995012003' }, 'home.financeNip', 'pengangkatan'],
    ['letters in a NIP', { headNip: '1970O3151995031002' }, 'home.headNip', 'hanya boleh berisi angka'],
    ['an unknown home type', { type: 'XYZ' }, 'home.type', 'Pilih jenis panti'],
  ])('refuses %s at the field and saves nothing', async (_name, override, field, message) => {
    const result = await core.router.call('setup.complete', { home: { ...sampleHome(), ...override }, admin }, { sessionKey: 's' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fieldErrors?.[field]).toContain(message);
    expect(core.db.select().from(homes).all()).toHaveLength(0);
    expect(core.db.select().from(users).all()).toHaveLength(0);
  });

  it.each([
    ['too short', 'Ab1defgh', 'minimal 10'],
    ['no digits', 'abcdefghijkl', 'huruf dan angka'],
    ['containing the username', 'admin123456xyz', 'nama pengguna'],
    ['a common one', 'Password123', 'terlalu umum'],
  ])('refuses a weak password (%s)', async (_name, password, message) => {
    const result = await core.router.call('setup.complete', { home: sampleHome(), admin: { ...admin, password, passwordConfirm: password } }, { sessionKey: 's' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.fieldErrors?.['admin.password']).toContain(message);
    expect(core.db.select().from(users).all()).toHaveLength(0);
  });

  it('can only run once', async () => {
    await ok(core, 's', 'setup.complete', { home: sampleHome(), admin });
    const again = await core.router.call('setup.complete', { home: sampleHome({ name: 'Panti Lain' }), admin: { ...admin, username: 'other' } }, { sessionKey: 's' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(core.db.select().from(homes).all()).toHaveLength(1);
  });
});
