import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { createCore } from '../../core';
import { runAuditVerify } from '../../server/audit-verify';
import { MIGRATIONS, makeCore, ok, sampleHome, setupAndLogin, STRONG_PASSWORD } from '../../../tests/helpers/temp-core';

const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

/** A province database with two homes, changes in both, and a home administrator in the second. */
async function twoHomes() {
  const core = makeCore({ integrityCheckDelayMs: null });
  cores.push(core);
  await setupAndLogin(core, 'prov', 'province');
  const second = await ok(core, 'prov', 'homes.create', sampleHome({ name: 'UPTD PSTW Sabai Nan Aluih' }));
  for (let i = 1; i <= 3; i++) {
    await ok(core, 'prov', 'homes.update', { id: 1, profile: sampleHome({ name: `Panti Satu ${i}` }) });
    await ok(core, 'prov', 'homes.update', { id: second.id, profile: sampleHome({ name: `Panti Dua ${i}` }) });
  }
  await ok(core, 'prov', 'settings.update', { idleLockMinutes: 20 });
  return { core, secondId: second.id };
}

/** Another connection on the same file: what someone with the file and a SQLite tool could do. */
function outside(core: Core, sql: string, ...params: unknown[]): void {
  const raw = new Database(core.databaseFile);
  raw.prepare(sql).run(...params);
  raw.close();
}

const rowsOf = (core: Core, homeId: number) =>
  core.requireOpened().sqlite.prepare('SELECT id FROM audit_log WHERE home_id = ? ORDER BY id').all(homeId) as { id: number }[];

describe('the audit trail is a hash chain per home', () => {
  it('verifies, then finds an UPDATE made outside the app at the right row', async () => {
    const { core, secondId } = await twoHomes();
    const clean = await ok(core, 'prov', 'audit.verify');
    expect(clean).toMatchObject({ ok: true, firstBroken: null });
    expect(clean.chains).toBeGreaterThanOrEqual(3); // two homes and the province level
    expect(runAuditVerify(['--file', core.databaseFile]).code).toBe(0);

    const target = rowsOf(core, secondId)[2]!.id;
    outside(core, "UPDATE audit_log SET after_json = replace(after_json, 'Panti Dua', 'Panti Palsu') WHERE id = ?", target);

    const broken = await ok(core, 'prov', 'audit.verify');
    expect(broken.ok).toBe(false);
    expect(broken.firstBroken).toMatchObject({ id: target, homeId: secondId, reason: 'changed' });
    const cli = runAuditVerify(['--file', core.databaseFile]);
    expect(cli.code).toBe(1);
    expect(cli.text).toContain(`catatan #${target}`);

    // a home's own administrator verifies that home's chain only: the first home is intact
    await ok(core, 'prov', 'users.create', { username: 'adminsatu', fullName: 'Admin Satu', role: 'admin', password: STRONG_PASSWORD });
    core.requireOpened().sqlite.prepare("UPDATE users SET must_change_password = 0 WHERE username = 'adminsatu'").run();
    await ok(core, 'a1', 'auth.login', { username: 'adminsatu', password: STRONG_PASSWORD });
    expect(await ok(core, 'a1', 'audit.verify')).toMatchObject({ ok: true });
  });

  it('a row removed from the middle breaks the chain at the row after it; a row without its hash is named', async () => {
    const { core } = await twoHomes();
    const ids = rowsOf(core, 1).map((r) => r.id);
    outside(core, 'DELETE FROM audit_log WHERE id = ?', ids[1]);
    expect((await ok(core, 'prov', 'audit.verify')).firstBroken).toMatchObject({ id: ids[2], reason: 'changed' });

    const { core: other } = await twoHomes();
    const otherIds = rowsOf(other, 1).map((r) => r.id);
    outside(other, 'UPDATE audit_log SET hash = NULL WHERE id = ?', otherIds[2]);
    expect((await ok(other, 'prov', 'audit.verify')).firstBroken).toMatchObject({ id: otherIds[2], reason: 'missing' });
  });

  it('rows from before the chain existed are sealed once, on the first open after the upgrade', async () => {
    const { core } = await twoHomes();
    outside(core, 'UPDATE audit_log SET hash = NULL');
    const dataDir = core.options.dataDir;
    core.close();
    const again = createCore({ dataDir, migrationsFolder: MIGRATIONS, mode: 'browser', version: 'test', integrityCheckDelayMs: null });
    cores.push(again);
    expect(runAuditVerify(['--file', again.databaseFile])).toMatchObject({ code: 0 });
    // new rows chain on from the sealed ones
    await ok(again, 'prov', 'auth.login', { username: 'admin', password: STRONG_PASSWORD });
    await ok(again, 'prov', 'homes.update', { id: 1, profile: sampleHome({ name: 'Sesudah' }) });
    expect((await ok(again, 'prov', 'audit.verify')).ok).toBe(true);
  });
});
