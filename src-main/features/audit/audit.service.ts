import { addDays, instantOf } from '../../contract/clock';
import { homeZone } from '../homes/home-clock';
import type Database from 'better-sqlite3';
import { and, desc, eq, gte, isNull, like, lt, or, type SQL } from 'drizzle-orm';
import type { AuditListInput, AuditRow } from '../../contract';
import type { AppDb } from '../../db/client';
import { auditLog } from '../../db/schema';
import { auditRowHash, genesisHash, verifyAuditChain, type AuditChainReport } from '../../db/audit-chain';
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

/**
 * Writes one audit row; call it inside the transaction that makes the change. The row is chained to the previous
 * row of the same home (its hash covers that row's hash and its own content) in the caller's transaction.
 */
type AuditWriter = Pick<AppDb, 'insert' | 'select' | 'update'>;

export function recordAudit(db: AuditWriter, actor: Actor | null, entry: AuditEntry, channel?: string): void {
  // Inside the caller's transaction this is a savepoint; called on its own, the row and its hash still commit together.
  const withTransaction = (db as Partial<Pick<AppDb, 'transaction'>>).transaction;
  if (typeof withTransaction === 'function') {
    withTransaction.call(db, (tx) => writeAuditRow(tx, actor, entry, channel));
  } else {
    writeAuditRow(db, actor, entry, channel);
  }
}

function writeAuditRow(tx: AuditWriter, actor: Actor | null, entry: AuditEntry, channel?: string): void {
  const homeId = entry.homeId === undefined ? (actor?.homeId ?? null) : entry.homeId;
  {
    const last = tx
      .select({ hash: auditLog.hash })
      .from(auditLog)
      .where(homeId == null ? isNull(auditLog.homeId) : eq(auditLog.homeId, homeId))
      .orderBy(desc(auditLog.id))
      .limit(1)
      .get();
    const row = tx
      .insert(auditLog)
      .values({
        at: nowIso(),
        userId: actor?.userId ?? null,
        username: actor?.username ?? null,
        homeId,
        channel: channel ?? actor?.channel ?? 'system',
        entity: entry.entity,
        entityId: entry.entityId == null ? null : String(entry.entityId),
        action: entry.action,
        beforeJson: redact(entry.before),
        afterJson: redact(entry.after),
      })
      .returning()
      .get();
    const hash = auditRowHash(last?.hash ?? genesisHash(homeId), row);
    tx.update(auditLog).set({ hash }).where(eq(auditLog.id, row.id)).run();
  }
}

/**
 * Verifies the audit hash chain: a home's administrator and head their home's chain, a province administrator
 * every chain. Names the first row where a chain breaks.
 */
export function verifyAudit(sqlite: Database.Database, actor: Actor): AuditChainReport {
  return verifyAuditChain(sqlite, isProvinceAdmin(actor) ? undefined : (actor.homeId ?? -1));
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
