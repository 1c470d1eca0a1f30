import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChannelInput, ChannelName, ChannelOutput, HomeProfileInput } from '../../src-main/contract';
import { createCore, type Core, type CoreOptions } from '../../src-main/core';

export const MIGRATIONS = path.resolve(__dirname, '../../drizzle');
export const STRONG_PASSWORD = 'Sipanti-Kuat-2026';

export function tempDir(prefix = 'sipanti-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A core on a fresh data folder with the real migrations. */
export function makeCore(options: Partial<CoreOptions> = {}): Core {
  return createCore({ dataDir: tempDir(), migrationsFolder: MIGRATIONS, mode: 'browser', version: 'test', ...options });
}

export const sampleHome = (overrides: Partial<HomeProfileInput> = {}): HomeProfileInput => ({
  name: 'UPTD PSAA Tri Murni',
  type: 'PSAA',
  address: 'Jl. Syekh Ibrahim Musa No. 12',
  province: 'Sumatera Barat',
  regency: 'Kota Padang Panjang',
  phone: '0752-82345',
  email: 'psaa.trimurni@sumbarprov.go.id',
  headName: 'Drs. Hendra Saputra, M.Si',
  headNip: '197003151995031002',
  financeName: 'Sri Wahyuni, S.E.',
  financeNip: '198505122010012003',
  ...overrides,
});

/** Calls a channel and returns the value, failing the test with the error if the call failed. */
export async function ok<C extends ChannelName>(core: Core, sessionKey: string, channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await core.router.call(channel, input, { sessionKey });
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as ChannelOutput<C>;
}

/** Runs the first-run wizard and signs the administrator in on `sessionKey`. */
export async function setupAndLogin(core: Core, sessionKey = 'admin-session', scope: 'home' | 'province' = 'home') {
  await ok(core, sessionKey, 'setup.complete', {
    home: sampleHome(),
    admin: { scope, username: 'admin', fullName: 'Administrator Panti', password: STRONG_PASSWORD, passwordConfirm: STRONG_PASSWORD },
  });
  return ok(core, sessionKey, 'auth.login', { username: 'admin', password: STRONG_PASSWORD });
}

/**
 * Marks a user as having changed the first password an administrator gave them (a new account must do that
 * before anything else works): the same state as after `auth.changePassword`, without changing the password.
 */
export function passwordAlreadyChanged(core: Core, username: string): void {
  core.requireOpened().sqlite.prepare('UPDATE users SET must_change_password = 0 WHERE username = ?').run(username);
}

/**
 * Creates a user of `role` in the admin's active home and signs them in on their own session, as someone who has
 * already changed the first password.
 */
export async function userWithRole(core: Core, adminSession: string, role: 'admin' | 'head' | 'caregiver' | 'finance' | 'province_admin', username = `${role.replace('_', '')}1`) {
  await ok(core, adminSession, 'users.create', { username, fullName: `Pengguna ${role}`, role, password: STRONG_PASSWORD });
  passwordAlreadyChanged(core, username);
  const sessionKey = `${username}-session`;
  await ok(core, sessionKey, 'auth.login', { username, password: STRONG_PASSWORD });
  return sessionKey;
}
