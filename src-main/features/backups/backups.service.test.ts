import { eq } from 'drizzle-orm';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupJob } from '../../contract';
import type { Core } from '../../core';
import { homes } from '../../db/schema';
import { makeCore, ok, sampleHome, setupAndLogin } from '../../../tests/helpers/temp-core';
import { AUTO_BACKUPS_KEPT } from './backups.service';
import { nowIso } from '../../lib/time';

async function finished(core: Core, session: string, job: BackupJob): Promise<BackupJob> {
  for (let i = 0; i < 200 && !job.done; i++) {
    await new Promise((r) => setTimeout(r, 20));
    job = await ok(core, session, 'backups.progress', { jobId: job.jobId });
  }
  return job;
}

describe('backup and restore', () => {
  let core: Core;
  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'admin');
  });
  afterEach(() => core.close());

  it('round trip: back up, change, restore; the current database is kept aside first', async () => {
    const done = await finished(core, 'admin', await ok(core, 'admin', 'backups.create'));
    expect(done).toMatchObject({ done: true, percent: 100, error: null });
    const listed = await ok(core, 'admin', 'backups.list');
    expect(listed.files.find((f) => f.fileName === done.fileName)).toMatchObject({ kind: 'manual' });

    await ok(core, 'admin', 'homes.update', { id: 1, profile: sampleHome({ name: 'Nama Sesudah Cadangan' }) });
    const restored = await ok(core, 'admin', 'backups.restore', { fileName: done.fileName! });
    expect(restored.restoredFrom).toBe(done.fileName);
    expect(restored.keptAside).toMatch(/pre-restore\.db$/);

    expect(core.db.select().from(homes).where(eq(homes.id, 1)).get()!.name).toBe('UPTD PSAA Tri Murni');
    // everyone is signed out: the restored accounts may differ from the ones in memory
    expect(await ok(core, 'admin', 'auth.session')).toBeNull();
    // the copy kept aside still has the newer name
    const Database = (await import('better-sqlite3')).default;
    const keptAside = new Database(path.join(core.backupsDir, restored.keptAside), { readonly: true });
    expect(keptAside.prepare('SELECT name FROM homes').get()).toEqual({ name: 'Nama Sesudah Cadangan' });
    keptAside.close();
    // the restore itself is in the audit log of the restored database
    await ok(core, 'again', 'auth.login', { username: 'admin', password: 'Sipanti-Kuat-2026' });
    const audit = await ok(core, 'again', 'audit.list', { entity: 'database' });
    expect(audit.rows[0]).toMatchObject({ action: 'restore', username: 'admin', channel: 'backups.restore' });
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const done = await finished(core, 'admin', await ok(core, 'admin', 'backups.create'));
    const file = path.join(core.backupsDir, done.fileName!);
    const bytes = fs.readFileSync(file);
    bytes.fill(0x33, 4096 + 50, bytes.length - 10);
    fs.writeFileSync(file, bytes);
    await ok(core, 'admin', 'homes.update', { id: 1, profile: sampleHome({ name: 'Tetap' }) });
    const result = await core.router.call('backups.restore', { fileName: done.fileName! }, { sessionKey: 'admin' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(core.db.select().from(homes).get()!.name).toBe('Tetap');
    expect((await ok(core, 'admin', 'backups.list')).files.filter((f) => f.kind === 'pre-restore')).toHaveLength(0);
  });

  it('refuses names outside the backup folder', async () => {
    const result = await core.router.call('backups.restore', { fileName: '../sipanti.db' }, { sessionKey: 'admin' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { fileName: expect.any(String) } } });
  });

  it('in a database of several homes only a province administrator may restore', async () => {
    const province = makeCore();
    await setupAndLogin(province, 'prov', 'province');
    await ok(province, 'prov', 'homes.create', sampleHome({ name: 'Panti Kedua' }));
    await ok(province, 'prov', 'users.create', { username: 'adminpanti', fullName: 'Admin Panti', role: 'admin', password: 'Sipanti-Kuat-2026' });
    await ok(province, 'home-admin', 'auth.login', { username: 'adminpanti', password: 'Sipanti-Kuat-2026' });
    const done = await finished(province, 'prov', await ok(province, 'prov', 'backups.create'));
    const refused = await province.router.call('backups.restore', { fileName: done.fileName! }, { sessionKey: 'home-admin' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    province.close();
  });

  it('writes one automatic backup a day while used, and keeps the newest ones', async () => {
    const template = core.backups.snapshot('pre-restore');
    for (let i = 0; i < AUTO_BACKUPS_KEPT + 3; i++) {
      const name = `sipanti-202610${String(i + 1).padStart(2, '0')}T080000-auto.db`;
      fs.copyFileSync(template, path.join(core.backupsDir, name));
    }
    // an unreadable automatic backup is neither counted nor deleted
    fs.writeFileSync(path.join(core.backupsDir, 'sipanti-20260930T080000-auto.db'), 'x');
    await ok(core, 'admin', 'settings.get'); // any signed-in call triggers the daily check
    for (let i = 0; i < 400; i++) {
      const autos = core.backups.list().filter((b) => b.kind === 'auto' && b.readable);
      if (autos.length === AUTO_BACKUPS_KEPT && autos[0]!.createdAt.startsWith(nowIso().slice(0, 10))) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const autos = core.backups.list().filter((b) => b.kind === 'auto' && b.readable);
    expect(autos).toHaveLength(AUTO_BACKUPS_KEPT);
    expect(fs.existsSync(path.join(core.backupsDir, 'sipanti-20260930T080000-auto.db'))).toBe(true);
    expect(autos[0]!.createdAt.slice(0, 10)).toBe(nowIso().slice(0, 10));
    expect(autos.at(-1)!.fileName).toBe('sipanti-20261005T080000-auto.db');
    await ok(core, 'admin', 'settings.get');
    expect(core.backups.list().filter((b) => b.kind === 'auto' && b.readable)).toHaveLength(AUTO_BACKUPS_KEPT);
  });
});

describe('backup files', () => {
  it('are self-contained: verifying or restoring leaves no -wal/-shm files beside them', async () => {
    const core = makeCore();
    await setupAndLogin(core, 'admin');
    const done = await finished(core, 'admin', await ok(core, 'admin', 'backups.create'));
    await ok(core, 'admin', 'backups.restore', { fileName: done.fileName! });
    const leftovers = fs.readdirSync(core.backupsDir).filter((f) => f.endsWith('-wal') || f.endsWith('-shm'));
    expect(leftovers).toEqual([]);
    core.close();
  });
});
