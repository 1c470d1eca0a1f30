import { AuditListInput, type AuditRow, type Role } from '../../../src-main/contract';
import { listAudit } from '../../../src-main/features/audit/audit.service';
import type { Actor } from '../../../src-main/lib/actor';
import type { BenchContext, BenchModule, Benchmark } from '../harness';

/**
 * The audit log's first page (100 rows, newest first) with the filters the screen offers: the app's
 * listAudit (zod-parsed input, drizzle query, JSON before/after parsed) against the same SELECT by hand.
 */

interface RawRow {
  id: number;
  at: string;
  user_id: number | null;
  username: string | null;
  home_id: number | null;
  channel: string;
  entity: string;
  entity_id: string | null;
  action: string;
  before_json: string | null;
  after_json: string | null;
}

const toRow = (r: RawRow): AuditRow => ({
  id: r.id,
  at: r.at,
  userId: r.user_id,
  username: r.username,
  homeId: r.home_id,
  channel: r.channel,
  entity: r.entity,
  entityId: r.entity_id,
  action: r.action,
  before: r.before_json ? JSON.parse(r.before_json) : null,
  after: r.after_json ? JSON.parse(r.after_json) : null,
});

function actorOf(ctx: BenchContext, where: string): Actor {
  const u = ctx.raw.prepare(`SELECT id, username, role, home_id FROM users WHERE ${where} ORDER BY id LIMIT 1`).get() as {
    id: number;
    username: string;
    role: Role;
    home_id: number | null;
  };
  return { userId: u.id, username: u.username, role: u.role, homeId: u.home_id ?? 1, channel: 'audit.list' };
}

/** A month (YYYY-MM-DD bounds) `monthsAgo` before the newest audit row. */
function monthBack(ctx: BenchContext, monthsAgo: number): { from: string; to: string } {
  const newest = (ctx.raw.prepare('SELECT max(at) AS at FROM audit_log').get() as { at: string }).at;
  const d = new Date(newest);
  d.setUTCMonth(d.getUTCMonth() - monthsAgo, 1);
  const from = d.toISOString().slice(0, 10);
  d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return { from, to: d.toISOString().slice(0, 10) };
}

export const auditBench: BenchModule = {
  name: 'audit',
  benchmarks(ctx) {
    const LIMIT = 100;
    const homeAdmin = actorOf(ctx, "role = 'admin' AND active = 1");
    const caregiver = ctx.raw
      .prepare("SELECT username FROM users WHERE role = 'caregiver' AND home_id = ? ORDER BY id LIMIT 1")
      .get(homeAdmin.homeId) as { username: string };
    const cols = 'id, at, user_id, username, home_id, channel, entity, entity_id, action, before_json, after_json';
    const yearAgo = monthBack(ctx, 12);
    const longAgo = monthBack(ctx, ctx.scale === 'province' ? 24 : 6);
    const isProvince = ctx.scale === 'province';

    const bench = (name: string, actor: Actor, input: Record<string, string>, sql: string, params: unknown[]): Benchmark => {
      const statement = ctx.raw.prepare(`SELECT ${cols} FROM audit_log WHERE ${sql} ORDER BY id DESC LIMIT ?`);
      return {
        name,
        note: `app: listAudit(${JSON.stringify(input)}) as ${actor.role}; raw: SELECT … WHERE ${sql} ORDER BY id DESC LIMIT ${LIMIT + 1}`,
        kind: 'fast',
        app: () => listAudit(ctx.app.db, actor, AuditListInput.parse({ ...input, limit: LIMIT })),
        raw: () => {
          const rows = statement.all(...params, LIMIT + 1) as RawRow[];
          return { hasMore: rows.length > LIMIT, rows: rows.slice(0, LIMIT).map(toRow) };
        },
      };
    };

    const list = [
      bench('audit page: home, no filter', homeAdmin, {}, 'home_id = ?', [homeAdmin.homeId]),
      bench('audit page: home + user', homeAdmin, { username: caregiver.username }, 'home_id = ? AND username = ?', [
        homeAdmin.homeId,
        caregiver.username,
      ]),
      bench('audit page: home + month a year ago', homeAdmin, yearAgo, 'home_id = ? AND at >= ? AND at <= ?', [
        homeAdmin.homeId,
        `${yearAgo.from}T00:00:00`,
        `${yearAgo.to}T23:59:59.999Z`,
      ]),
    ];
    const rare = ctx.raw
      .prepare('SELECT channel FROM audit_log WHERE home_id = ? GROUP BY channel ORDER BY count(*), channel LIMIT 1')
      .get(homeAdmin.homeId) as { channel: string } | undefined;
    if (rare) {
      list.push(
        bench(`audit page: home + rare channel (${rare.channel})`, homeAdmin, { channel: rare.channel }, 'home_id = ? AND channel = ?', [homeAdmin.homeId, rare.channel]),
      );
    }
    if (isProvince) {
      const province = actorOf(ctx, "role = 'province_admin'");
      list.push(
        bench('audit page: all homes + entity=home', province, { entity: 'home' }, 'entity = ?', ['home']),
        bench(`audit page: all homes + month 2 years ago`, province, longAgo, 'at >= ? AND at <= ?', [
          `${longAgo.from}T00:00:00`,
          `${longAgo.to}T23:59:59.999Z`,
        ]),
      );
    }
    return list;
  },
};
