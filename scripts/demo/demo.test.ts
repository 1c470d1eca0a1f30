import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNip } from '../../src-main/contract/validators';
import { authenticate } from '../../src-main/features/auth/auth.service';
import { makeCore, ok, sampleHome, STRONG_PASSWORD, tempDir } from '../../tests/helpers/temp-core';
import type { DemoUser } from './context';
import { DEMO_PASSWORD, generateDemo, type DemoResult } from './generate';
import { demoLockoutRow, demoLoginRow } from './modules/activity';
import { birthDate, makeNip } from './nip';
import { Rng } from './rng';
import { databaseHasData, moveAside } from './safety';

const dirs: string[] = [];
const newDir = () => {
  const dir = tempDir('sipanti-demo-test-');
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Every row of every table, for comparing two databases. */
function dump(file: string, skipColumns: string[] = []): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
    const out: Record<string, unknown[]> = {};
    for (const { name } of tables) {
      if (name.startsWith('__drizzle')) continue;
      out[name] = (db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all() as Record<string, unknown>[]).map((row) => {
        for (const column of skipColumns) delete row[column];
        return row;
      });
    }
    return out;
  } finally {
    db.close();
  }
}

describe('demo building blocks', () => {
  it('makes NIPs that are valid and match the birth date and sex', () => {
    const rng = new Rng(7);
    const today = new Date('2026-11-24T00:00:00+07:00');
    for (let i = 0; i < 500; i++) {
      const person = { birthDate: birthDate(rng, today, 22, 58), sex: rng.chance(0.5) ? ('L' as const) : ('P' as const) };
      const nip = makeNip(rng, person, today);
      const parsed = parseNip(nip);
      expect(parsed.ok, nip).toBe(true);
      if (parsed.ok) {
        expect(parsed.parts.birthDate).toBe(person.birthDate);
        expect(parsed.parts.sex).toBe(person.sex);
        expect(Number(parsed.parts.appointment.slice(0, 4))).toBeLessThan(2026);
      }
    }
  });

  it('writes sign-in and lockout rows in exactly the shape authenticate writes them', async () => {
    const core = makeCore();
    await ok(core, 's', 'setup.complete', {
      home: sampleHome(),
      admin: { scope: 'home', username: 'admin', fullName: 'Admin', password: STRONG_PASSWORD, passwordConfirm: STRONG_PASSWORD },
    });
    const columns = 'user_id, username, home_id, channel, entity, entity_id, action, before_json, after_json';
    const last = () => core.requireOpened().sqlite.prepare(`SELECT ${columns}, at FROM audit_log ORDER BY id DESC LIMIT 1`).get() as Record<string, unknown>;
    const user = authenticate(core.db, 'admin', STRONG_PASSWORD);
    const demoUser = { id: user.id, username: user.username, homeId: user.homeId } as DemoUser;

    const real = last();
    const draft = demoLoginRow(demoUser, real.at as string);
    expect(real).toEqual({
      user_id: draft.userId,
      username: draft.username,
      home_id: draft.homeId,
      channel: draft.channel,
      entity: draft.entity,
      entity_id: String(draft.entityId),
      action: draft.action,
      before_json: null,
      after_json: null,
      at: draft.at,
    });

    for (let i = 0; i < 5; i++) expect(() => authenticate(core.db, 'admin', 'salah-sekali-1')).toThrow();
    const lockout = last();
    const lockedUntil = (JSON.parse(lockout.after_json as string) as { lockedUntil: string }).lockedUntil;
    const lockDraft = demoLockoutRow(demoUser, lockout.at as string, lockedUntil);
    expect(lockout).toMatchObject({ channel: lockDraft.channel, entity: lockDraft.entity, action: lockDraft.action, home_id: lockDraft.homeId });
    expect(lockout.after_json).toBe(JSON.stringify(lockDraft.after));
    core.close();
  });
});

describe('home-scale demo', () => {
  const today = '2026-06-15';
  const first = newDir();
  let result: DemoResult;
  let file: string;
  // With every feature module a home-scale demo takes several seconds (more on a busy machine).
  beforeAll(() => {
    result = generateDemo({ dataDir: first, scale: 'home', today });
    file = result.databaseFile;
  }, 120_000);

  it('creates one home, staff for every role and a year of history', () => {
    expect(result.counts.homes).toBe(1);
    const roles = new Set(result.accounts.map((a) => a.role));
    expect([...roles].sort()).toEqual(['admin', 'caregiver', 'finance', 'head']);
    expect(result.accounts.filter((a) => a.role === 'caregiver').length).toBeGreaterThanOrEqual(3);
    const db = new Database(file, { readonly: true });
    const span = db.prepare("SELECT min(at) AS first, max(at) AS last FROM audit_log WHERE action = 'login'").get() as { first: string; last: string };
    expect(span.first < '2025-07-01').toBe(true);
    expect(span.last < '2026-06-15').toBe(true);
    expect(span.last > '2026-06-10').toBe(true);
    const actions = (db.prepare('SELECT DISTINCT entity || \':\' || action AS a FROM audit_log').all() as { a: string }[]).map((r) => r.a);
    expect(actions).toEqual(expect.arrayContaining(['user:login', 'settings:update', 'home:update', 'user:create', 'user:deactivate']));
    db.close();
  });

  it('keeps audit rows in time order and every reference valid', () => {
    const db = new Database(file, { readonly: true });
    const unordered = db.prepare('SELECT count(*) AS n FROM (SELECT at, lag(at) OVER (ORDER BY id) AS prev FROM audit_log) WHERE at < prev').get() as { n: number };
    expect(unordered.n).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const home = db.prepare('SELECT head_name, head_nip, finance_name, finance_nip FROM homes').get() as Record<string, string>;
    expect(parseNip(home.head_nip!).ok && parseNip(home.finance_nip!).ok).toBe(true);
    // The officials on the profile are the head's and the (current) treasurer's accounts.
    const active = db.prepare('SELECT full_name, role FROM users WHERE active = 1').all() as { full_name: string; role: string }[];
    expect(active).toContainEqual({ full_name: home.head_name, role: 'head' });
    expect(active).toContainEqual({ full_name: home.finance_name, role: 'finance' });
    expect((db.prepare('SELECT count(DISTINCT password_hash) AS n FROM users').get() as { n: number }).n).toBe(1);
    expect((db.prepare('SELECT count(*) AS n FROM users WHERE active = 1 AND last_login_at IS NULL').get() as { n: number }).n).toBe(0);
    db.close();
  });

  it('lets the demo accounts sign in with the demo password', () => {
    const copyDir = newDir();
    fs.copyFileSync(file, path.join(copyDir, 'sipanti.db'));
    const core = makeCore({ dataDir: copyDir });
    const user = authenticate(core.db, result.accounts.find((a) => a.role === 'caregiver')!.username, DEMO_PASSWORD);
    expect(user.mustChangePassword).toBe(false);
    core.close();
  });

  it('is deterministic: the same seed and today give the same data', () => {
    const second = generateDemo({ dataDir: newDir(), scale: 'home', today });
    // Only the scrypt salt of the shared password hash differs between runs.
    expect(dump(second.databaseFile, ['password_hash'])).toEqual(dump(file, ['password_hash']));
  }, 120_000);

  it('never overwrites a database that holds data; moving it aside keeps every row', () => {
    expect(() => generateDemo({ dataDir: first, scale: 'home', today })).toThrow(/already holds data/);
    const copyDir = newDir();
    const copy = path.join(copyDir, 'sipanti.db');
    fs.copyFileSync(file, copy);
    expect(databaseHasData(copy)).toBe(true);
    const before = dump(copy);
    const kept = moveAside(copy);
    expect(fs.existsSync(copy)).toBe(false);
    expect(path.basename(kept)).toMatch(/^sipanti-before-demo-\d{8}T\d{6}\.db$/);
    expect(dump(kept)).toEqual(before);
    expect(databaseHasData(path.join(newDir(), 'sipanti.db'))).toBe(false);
  });
});
