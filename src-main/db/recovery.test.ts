import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupJob } from '../contract';
import type { Core } from '../core';
import { makeCore, ok, sampleHome, setupAndLogin, STRONG_PASSWORD, tempDir } from '../../tests/helpers/temp-core';
import { createCore } from '../core';
import { MIGRATIONS } from '../../tests/helpers/temp-core';
import { verifyAuditChain } from './audit-chain';

const cores: Core[] = [];
const track = (core: Core) => (cores.push(core), core);
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

async function finished(core: Core, session: string, job: BackupJob): Promise<BackupJob> {
  for (let i = 0; i < 400 && !job.done; i++) {
    await new Promise((r) => setTimeout(r, 20));
    job = await ok(core, session, 'backups.progress', { jobId: job.jobId });
  }
  return job;
}

/** A set-up home with one complete manual backup; returns the core (still open) and the backup's name. */
async function homeWithBackup(scope: 'home' | 'province' = 'home') {
  const core = track(makeCore({ integrityCheckDelayMs: null }));
  await setupAndLogin(core, 'admin', scope);
  if (scope === 'province') {
    await ok(core, 'admin', 'homes.create', sampleHome({ name: 'UPTD PSTW Sabai Nan Aluih' }));
  }
  const job = await finished(core, 'admin', await ok(core, 'admin', 'backups.create'));
  expect(job.error).toBeNull();
  // the daily automatic backup the first signed-in call started: let it finish too
  for (let i = 0; i < 400 && fs.readdirSync(core.backupsDir).some((f) => f.endsWith('.partial')); i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  return { core, backup: core.backups.list()[0]!.fileName };
}

const reopen = (dataDir: string) =>
  track(createCore({ dataDir, migrationsFolder: MIGRATIONS, mode: 'browser', version: 'test', integrityCheckDelayMs: null }));

const status = (core: Core) => ok(core, 'anyone', 'system.status');

describe('an empty or unreadable database is a failure, not a first run', () => {
  it('a 0-byte sipanti.db next to backups shows the failure page naming the newest valid backup', async () => {
    const { core, backup } = await homeWithBackup();
    const dataDir = core.options.dataDir;
    // a newer backup that is damaged: not the one to name
    const newerDamaged = path.join(core.backupsDir, 'sipanti-29990101T000000-manual.db');
    fs.writeFileSync(newerDamaged, Buffer.alloc(8192, 7));
    core.close();
    fs.writeFileSync(path.join(dataDir, 'sipanti.db'), '');

    const again = reopen(dataDir);
    const s = await status(again);
    expect(s).toMatchObject({ state: 'failed', needsSetup: false });
    expect(s.failure!.message).toMatch(/kosong \(0 bita\)/);
    expect(s.failure!.backupToRestore).toBe(path.join(again.backupsDir, backup));
    expect(s.failure!.databaseFile).toBe(path.join(dataDir, 'sipanti.db'));
    expect(s.failure!.restoreBy).toBe('admin');
    // the empty file is left as it was: nothing is created or overwritten
    expect(fs.statSync(path.join(dataDir, 'sipanti.db')).size).toBe(0);
    // setup cannot run over it
    const setup = await again.router.call('setup.complete', { home: sampleHome(), admin: { scope: 'home', username: 'baru', fullName: 'Baru', password: STRONG_PASSWORD, passwordConfirm: STRONG_PASSWORD } }, { sessionKey: 'x' });
    expect(setup.ok).toBe(false);
  });

  it('a missing sipanti.db is a first run only when there are no backups', async () => {
    const fresh = track(makeCore({ integrityCheckDelayMs: null }));
    expect(await status(fresh)).toMatchObject({ state: 'ready', needsSetup: true });

    const { core } = await homeWithBackup();
    const dataDir = core.options.dataDir;
    core.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(dataDir, `sipanti.db${suffix}`), { force: true });
    const again = reopen(dataDir);
    expect(await status(again)).toMatchObject({ state: 'failed', needsSetup: false });
    expect(fs.existsSync(path.join(dataDir, 'sipanti.db'))).toBe(false);
  });

  it('a file with a damaged header is reported, not replaced', async () => {
    const { core, backup } = await homeWithBackup();
    const dataDir = core.options.dataDir;
    core.close();
    const file = path.join(dataDir, 'sipanti.db');
    const bytes = fs.readFileSync(file);
    bytes.write('Bukan SQLite....', 0, 'latin1');
    fs.writeFileSync(file, bytes);
    const again = reopen(dataDir);
    const s = await status(again);
    expect(s.state).toBe('failed');
    expect(path.basename(s.failure!.backupToRestore!)).toBe(backup);
  });

  it('one-click restore: only an administrator of the backup, checked against its accounts; the damaged files are kept aside', async () => {
    const { core, backup } = await homeWithBackup();
    await ok(core, 'admin', 'users.create', { username: 'pengasuh1', fullName: 'Pengasuh', role: 'caregiver', password: STRONG_PASSWORD });
    const job = await finished(core, 'admin', await ok(core, 'admin', 'backups.create'));
    const dataDir = core.options.dataDir;
    core.close();
    fs.writeFileSync(path.join(dataDir, 'sipanti.db'), '');
    fs.writeFileSync(path.join(dataDir, 'sipanti.db-wal'), 'sisa');

    const again = reopen(dataDir);
    expect(path.basename((await status(again)).failure!.backupToRestore!)).toBe(job.fileName);
    const call = (username: string, password: string) =>
      again.router.call('system.restoreAfterFailure', { username, password }, { sessionKey: 'desk' });
    expect(await call('admin', 'salah-sandi-123')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await call('pengasuh1', STRONG_PASSWORD)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await status(again)).state).toBe('failed');

    const restored = await call('admin', STRONG_PASSWORD);
    expect(restored).toMatchObject({ ok: true, value: { restoredFrom: job.fileName } });
    expect(await status(again)).toMatchObject({ state: 'ready', needsSetup: false });
    // the unusable files were moved aside, not deleted
    const aside = (restored as { value: { keptAside: string } }).value.keptAside;
    expect(fs.readdirSync(aside).sort()).toEqual(['sipanti.db', 'sipanti.db-wal']);
    // the restore is in the audit log, and the chain holds
    await ok(again, 'admin', 'auth.login', { username: 'admin', password: STRONG_PASSWORD });
    const audit = await ok(again, 'admin', 'audit.list', { entity: 'database' });
    expect(audit.rows[0]).toMatchObject({ action: 'restore', username: 'admin', channel: 'system.restoreAfterFailure' });
    expect((await ok(again, 'admin', 'audit.verify')).ok).toBe(true);
    expect(backup).not.toBe(job.fileName);
  });

  it('a province database offers the restore only to a province administrator', async () => {
    const { core } = await homeWithBackup('province');
    await ok(core, 'admin', 'users.create', { username: 'adminpanti', fullName: 'Admin Panti', role: 'admin', password: STRONG_PASSWORD });
    const job = await finished(core, 'admin', await ok(core, 'admin', 'backups.create'));
    const dataDir = core.options.dataDir;
    core.close();
    fs.writeFileSync(path.join(dataDir, 'sipanti.db'), '');
    const again = reopen(dataDir);
    const s = await status(again);
    expect(path.basename(s.failure!.backupToRestore!)).toBe(job.fileName);
    expect(s.failure!.restoreBy).toBe('province_admin');
    const byHomeAdmin = await again.router.call('system.restoreAfterFailure', { username: 'adminpanti', password: STRONG_PASSWORD }, { sessionKey: 'd' });
    expect(byHomeAdmin).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const byProvince = await again.router.call('system.restoreAfterFailure', { username: 'admin', password: STRONG_PASSWORD }, { sessionKey: 'd' });
    expect(byProvince.ok).toBe(true);
  });
});

describe('a backup is complete or absent', () => {
  it('a killed backup (a partial file with its journal) is never listed, named, restored or counted', async () => {
    const { core, backup } = await homeWithBackup();
    const dir = core.backupsDir;
    // what a backup killed half-way leaves: the temporary copy and the journal SQLite was writing
    const partial = path.join(dir, 'sipanti-29991231T235959-manual.db.partial');
    fs.copyFileSync(path.join(dir, backup), partial);
    fs.writeFileSync(`${partial}-journal`, Buffer.alloc(4096, 1));
    // and one from before copies were written under a temporary name: a final name with a hot journal
    const interrupted = path.join(dir, 'sipanti-29991231T235958-auto.db');
    fs.writeFileSync(interrupted, fs.readFileSync(path.join(dir, backup)).subarray(0, 4096));
    fs.writeFileSync(`${interrupted}-journal`, Buffer.alloc(4096, 1));

    const listed = (await ok(core, 'admin', 'backups.list')).files.map((f) => f.fileName);
    expect(listed).toContain(backup);
    expect(listed.filter((f) => f.startsWith('sipanti-2999'))).toEqual([]);
    const restore = await core.router.call('backups.restore', { fileName: path.basename(interrupted) }, { sessionKey: 'admin' });
    expect(restore).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // the rotation counts good automatic backups only, so a partial never takes a good one's place
    core.backups.pruneAuto();
    expect(fs.existsSync(interrupted)).toBe(true);

    const dataDir = core.options.dataDir;
    core.close();
    fs.writeFileSync(path.join(dataDir, 'sipanti.db'), '');
    const again = reopen(dataDir);
    expect(path.basename((await status(again)).failure!.backupToRestore!)).toBe(backup);
  });

  it('a finished backup leaves no temporary file, and the listing marks an unreadable backup', async () => {
    const { core, backup } = await homeWithBackup();
    expect(fs.readdirSync(core.backupsDir).filter((f) => !f.endsWith('.db'))).toEqual([]);
    fs.writeFileSync(path.join(core.backupsDir, 'sipanti-20200101T000000-manual.db'), 'bukan basis data');
    const files = (await ok(core, 'admin', 'backups.list')).files;
    expect(files.find((f) => f.fileName === backup)!.readable).toBe(true);
    expect(files.find((f) => f.fileName === 'sipanti-20200101T000000-manual.db')!.readable).toBe(false);
    const restore = await core.router.call('backups.restore', { fileName: 'sipanti-20200101T000000-manual.db' }, { sessionKey: 'admin' });
    expect(restore).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

/** Changes the last character of `value` inside an index's root page on disk (the table keeps the real value). */
function flipIndexEntry(file: string, indexName: string, value: string): void {
  const raw = new Database(file);
  raw.pragma('wal_checkpoint(TRUNCATE)');
  const { rootpage } = raw.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').get(indexName) as { rootpage: number };
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  raw.close();
  const bytes = fs.readFileSync(file);
  const page = bytes.subarray((rootpage - 1) * pageSize, rootpage * pageSize);
  const at = page.indexOf(Buffer.from(value));
  expect(at).toBeGreaterThan(0);
  page[at + value.length - 1] = page[at + value.length - 1]! + 1;
  fs.writeFileSync(file, bytes);
}

describe('damage is found without slowing start-up', () => {
  it('an index page flipped on disk: start-up opens, the background check finds it, backups stop, REINDEX repairs it after consent', async () => {
    const { core, backup } = await homeWithBackup();
    await ok(core, 'admin', 'users.create', { username: 'pengasuh1', fullName: 'Pengasuh', role: 'caregiver', password: STRONG_PASSWORD });
    const dataDir = core.options.dataDir;
    core.close();
    flipIndexEntry(path.join(dataDir, 'sipanti.db'), 'users_username_unique', 'pengasuh1');

    const again = reopen(dataDir);
    expect((await status(again)).state).toBe('ready');
    await ok(again, 'admin', 'auth.login', { username: 'admin', password: STRONG_PASSWORD });
    expect(await ok(again, 'admin', 'backups.integrity')).toMatchObject({ state: 'unchecked' });
    const before = (await ok(again, 'admin', 'backups.list')).files.map((f) => f.fileName);
    expect(before).toContain(backup);
    const found = await ok(again, 'admin', 'backups.checkIntegrity');
    expect(found).toMatchObject({ state: 'damaged', indexOnly: true });
    expect(found.problems[0]).toMatch(/missing from index users_username_unique/);

    // while damaged, no backup is written and the rotation deletes nothing
    const refused = await finished(again, 'admin', await ok(again, 'admin', 'backups.create'));
    expect(refused.error).toMatch(/kerusakan/);
    // (the daily automatic one the log-in asked for was refused as well)
    expect((await ok(again, 'admin', 'backups.list')).files.map((f) => f.fileName)).toEqual(before);

    // consent is required
    const noConsent = await again.router.call('backups.repairIndexes', {}, { sessionKey: 'admin' });
    expect(noConsent.ok).toBe(false);
    const repaired = await ok(again, 'admin', 'backups.repairIndexes', { confirm: true });
    expect(repaired.integrity).toMatchObject({ state: 'ok', problems: [] });
    expect(repaired.backupFile).toMatch(/-pre-repair\.db$/);
    // the copy taken before the repair is whole (VACUUM INTO rebuilt its indexes) and restorable
    expect(() => again.backups.verify(repaired.backupFile)).not.toThrow();
    const audit = await ok(again, 'admin', 'audit.list', { entity: 'database' });
    expect(audit.rows[0]).toMatchObject({ action: 'reindex' });
    await ok(again, 'p', 'auth.login', { username: 'pengasuh1', password: STRONG_PASSWORD });
  });

  it('start-up does not read the whole file, and the WAL database syncs fully on every commit', async () => {
    const dir = tempDir();
    const core = track(createCore({ dataDir: dir, migrationsFolder: MIGRATIONS, mode: 'browser', version: 'test', integrityCheckDelayMs: null }));
    const sqlite = core.requireOpened().sqlite;
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    // 2 = FULL
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
  });
});

describe('backups and restores keep the audit chain verifiable', () => {
  it('after a restore the chain verifies, the restore row included', async () => {
    const { core, backup } = await homeWithBackup();
    await ok(core, 'admin', 'homes.update', { id: 1, profile: sampleHome({ name: 'Sesudah' }) });
    await ok(core, 'admin', 'backups.restore', { fileName: backup });
    expect(verifyAuditChain(core.requireOpened().sqlite)).toMatchObject({ ok: true, firstBroken: null });
  });
});
