import fs from 'node:fs';
import path from 'node:path';
import { homes, users } from '../../src-main/db/schema';
import { createCore } from '../../src-main/core';
import { hashPassword } from '../../src-main/features/auth/password';
import { needsSetup } from '../../src-main/features/setup/setup.service';
import type { Actor } from '../../src-main/lib/actor';
import { projectRoot } from '../../src-main/lib/paths';
import { sql } from 'drizzle-orm';
import type { AuditDraft, DemoContext, DemoScale, DemoUser } from './context';
import { addDays, monthsBefore, startOfDayWib, TimelineRunner } from './context';
import { planFoundation } from './foundation';
import { DEMO_MODULES } from './modules';
import { Rng } from './rng';
import { now, nowMs } from '../../src-main/lib/clock';

/** Every demo account signs in with this password (shown at the end of `npm run demo`). */
export const DEMO_PASSWORD = 'DemoPanti2026';
export const DEFAULT_SEED = 20_260_101;

export interface DemoOptions {
  dataDir: string;
  scale: DemoScale;
  /** The demo's "today" (YYYY-MM-DD, WIB); history ends the day before. Default: the real today. */
  today?: string;
  seed?: number;
  /** Progress lines. */
  log?: (line: string) => void;
}

export interface DemoResult {
  dataDir: string;
  databaseFile: string;
  scale: DemoScale;
  today: string;
  elapsedMs: number;
  /** Rows per table. */
  counts: Record<string, number>;
  events: number;
  password: string;
  homes: { id: number; name: string; regency: string }[];
  /** Accounts that can sign in today. */
  accounts: Pick<DemoUser, 'username' | 'fullName' | 'role' | 'job' | 'homeId'>[];
}

/** Parses `YYYY-MM-DD` as midnight WIB; without it, the start of the real today in WIB. */
export function demoToday(text?: string): Date {
  if (!text) return startOfDayWib(now());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new Error(`--today must be YYYY-MM-DD, not ${text}`);
  const day = new Date(`${text}T00:00:00+07:00`);
  if (Number.isNaN(day.getTime())) throw new Error(`--today is not a date: ${text}`);
  if (day.getTime() > nowMs()) throw new Error('--today cannot be in the future: the demo only holds history');
  return day;
}

/** Row counts of every table of the app (not SQLite's or drizzle's own). */
export function tableCounts(db: { prepare(sql: string): { all(): unknown[]; get(): unknown } }): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name")
    .all() as { name: string }[];
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n;
  return counts;
}

/**
 * Fills an empty data folder with the demo: opens it through the app's core (real migrations), plans the
 * foundation and every module, then runs the timeline in one transaction.
 */
export function generateDemo(options: DemoOptions): DemoResult {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const root = projectRoot(__dirname);
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const core = createCore({ dataDir: options.dataDir, migrationsFolder: path.join(root, 'drizzle'), mode: 'browser', version });
  try {
    const opened = core.requireOpened();
    const { db, sqlite } = opened;
    const existing = db.select({ n: sql<number>`count(*)` }).from(homes).get()?.n ?? 0;
    if (!needsSetup(db) || existing > 0) throw new Error(`${opened.file} already holds data; the demo only fills an empty database`);

    const today = demoToday(options.today);
    const years = options.scale === 'home' ? 1 : 3;
    const rootRng = new Rng(options.seed ?? DEFAULT_SEED);
    const timeline = new TimelineRunner(today);
    const insertAudit = sqlite.prepare(
      `INSERT INTO audit_log (at, user_id, username, home_id, channel, entity, entity_id, action, before_json, after_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
    const base: DemoContext = {
      db,
      sqlite,
      scale: options.scale,
      today,
      start: addDays(monthsBefore(today, 12 * years), 1),
      homes: [],
      users: [],
      rng: rootRng.fork('foundation'),
      timeline,
      audit: (r: AuditDraft) =>
        insertAudit.run(r.at, r.userId, r.username, r.homeId, r.channel, r.entity, r.entityId == null ? null : String(r.entityId), r.action, json(r.before), json(r.after)),
      password: DEMO_PASSWORD,
      passwordHash: hashPassword(DEMO_PASSWORD),
      staffOn(homeId, role, when) {
        const t = when.getTime();
        return this.users.filter(
          (u) => u.homeId === homeId && u.role === role && u.activeFrom.getTime() <= t && (u.activeUntil === null || u.activeUntil.getTime() > t),
        );
      },
      actorFor(user, channel, activeHomeId): Actor {
        const homeId = user.role === 'province_admin' ? (activeHomeId ?? this.homes[0]?.id ?? null) : user.homeId;
        return { userId: user.id, username: user.username, role: user.role, homeId, channel };
      },
    };

    planFoundation(base);
    log(`  rencana dasar: ${base.homes.length} panti, ${base.users.length} akun`);
    const modules = DEMO_MODULES.map((module) => ({ module, ctx: { ...base, rng: rootRng.fork(module.name) } }));
    for (const { module, ctx } of modules) {
      const before = timeline.size;
      module.plan(ctx);
      log(`  modul ${module.name}: ${timeline.size - before} peristiwa (${module.description})`);
    }
    log(`  menjalankan ${timeline.size} peristiwa dalam satu transaksi…`);
    let events = 0;
    sqlite.transaction(() => {
      events = timeline.runAll();
      for (const { module, ctx } of modules) module.finish?.(ctx);
    })();
    sqlite.pragma('wal_checkpoint(TRUNCATE)');

    const todayText = new Date(today.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
    const activeUsers = db.select().from(users).all().filter((u) => u.active);
    const activeIds = new Set(activeUsers.map((u) => u.id));
    return {
      dataDir: options.dataDir,
      databaseFile: opened.file,
      scale: options.scale,
      today: todayText,
      elapsedMs: performance.now() - started,
      counts: tableCounts(sqlite),
      events,
      password: DEMO_PASSWORD,
      homes: base.homes.map((h) => ({ id: h.id, name: h.profile.name, regency: h.regency })),
      accounts: base.users
        .filter((u) => activeIds.has(u.id))
        .map((u) => ({ username: u.username, fullName: u.fullName, role: u.role, job: u.job, homeId: u.homeId })),
    };
  } finally {
    core.close();
  }
}
