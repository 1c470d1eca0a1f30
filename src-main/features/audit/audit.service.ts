import { addDays, instantOf } from '../../contract/clock';
import { homeZone } from '../homes/home-clock';
import { and, desc, eq, gte, like, lt, or, type SQL } from 'drizzle-orm';
import type { AuditListInput, AuditRow } from '../../contract';
import type { AppDb } from '../../db/client';
import { auditLog } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { isProvinceAdmin } from '../../lib/actor';
import { nowIso } from '../../lib/time';

export interface AuditEntry {
  entity: string;
  entityId?: string | number | null;
  action: string;
  before?: unknown;
  after?: unknown;
  /** The home the record belongs to; defaults to the actor's active home. */
  homeId?: number | null;
}

const SECRET_KEYS = new Set(['passwordHash', 'password', 'passwordConfirm', 'newPassword', 'currentPassword']);

function redact(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (key, v) => (SECRET_KEYS.has(key) ? '[disembunyikan]' : v));
}

/** Writes one audit row; call it inside the transaction that makes the change. */
export function recordAudit(db: Pick<AppDb, 'insert'>, actor: Actor | null, entry: AuditEntry, channel?: string): void {
  db.insert(auditLog)
    .values({
      at: nowIso(),
      userId: actor?.userId ?? null,
      username: actor?.username ?? null,
      homeId: entry.homeId === undefined ? (actor?.homeId ?? null) : entry.homeId,
      channel: channel ?? actor?.channel ?? 'system',
      entity: entry.entity,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      action: entry.action,
      beforeJson: redact(entry.before),
      afterJson: redact(entry.after),
    })
    .run();
}

const parse = (json: string | null): unknown => (json ? JSON.parse(json) : null);

/** Newest first. A home's administrator and head see their home only; a province administrator sees all. */
export function listAudit(db: AppDb, actor: Actor, input: AuditListInput): { rows: AuditRow[]; hasMore: boolean } {
  const limit = input.limit ?? 100;
  const where: SQL[] = [];
  if (!isProvinceAdmin(actor)) where.push(eq(auditLog.homeId, actor.homeId ?? -1));
  // Dates are the home's calendar days (its own zone, whatever the server's); stored times are UTC.
  const zone = homeZone(db, actor.homeId);
  if (input.from) where.push(gte(auditLog.at, instantOf(zone, input.from).toISOString()));
  if (input.to) where.push(lt(auditLog.at, instantOf(zone, addDays(input.to, 1)).toISOString()));
  if (input.homeId && isProvinceAdmin(actor)) where.push(eq(auditLog.homeId, input.homeId));
  if (input.username) where.push(eq(auditLog.username, input.username.toLowerCase()));
  if (input.entity) where.push(eq(auditLog.entity, input.entity));
  if (input.entityId) where.push(eq(auditLog.entityId, input.entityId));
  // "area.*": every channel of a feature area (the screen names areas, never raw channel names).
  const area = input.channel?.endsWith('.*') ? input.channel.slice(0, -2) : null;
  if (area) where.push(or(eq(auditLog.channel, area), like(auditLog.channel, `${area}.%`))!);
  else if (input.channel) where.push(eq(auditLog.channel, input.channel));
  if (input.beforeId) where.push(lt(auditLog.id, input.beforeId));
  const rows = db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(limit + 1)
    .all();
  return {
    hasMore: rows.length > limit,
    rows: rows.slice(0, limit).map((r) => ({
      id: r.id,
      at: r.at,
      userId: r.userId,
      username: r.username,
      homeId: r.homeId,
      channel: r.channel,
      entity: r.entity,
      entityId: r.entityId,
      action: r.action,
      before: parse(r.beforeJson),
      after: parse(r.afterJson),
    })),
  };
}
