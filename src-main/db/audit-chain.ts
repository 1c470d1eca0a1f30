import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

/**
 * The audit log is a hash chain per home: each row's `hash` is SHA-256 over the previous row's hash in the same
 * home (the province level, home_id NULL, is a chain of its own) and the row's own content, id included. The
 * hash is written in the same transaction as the row. Editing a row, deleting one from the middle, or inserting
 * one out of order breaks the chain at that row; only rewriting every hash after the change goes unnoticed,
 * which the chain's last hash (shown by the verification, to be noted down or printed) makes detectable.
 */
export const AUDIT_CHAIN_VERSION = 'sipanti-audit-v1';

/** The columns the hash covers, as stored. */
export interface AuditChainRow {
  id: number;
  at: string;
  userId: number | null;
  username: string | null;
  homeId: number | null;
  channel: string;
  entity: string;
  entityId: string | null;
  action: string;
  beforeJson: string | null;
  afterJson: string | null;
}

/** The hash a chain starts from (before its first row). */
export const genesisHash = (homeId: number | null): string =>
  createHash('sha256').update(`${AUDIT_CHAIN_VERSION}:genesis:${homeId ?? 'province'}`).digest('hex');

export function auditRowHash(previous: string, row: AuditChainRow): string {
  const content = JSON.stringify([
    row.id,
    row.at,
    row.userId,
    row.username,
    row.homeId,
    row.channel,
    row.entity,
    row.entityId,
    row.action,
    row.beforeJson,
    row.afterJson,
  ]);
  return createHash('sha256').update(`${AUDIT_CHAIN_VERSION}\n${previous}\n${content}`).digest('hex');
}

const SELECT_COLUMNS = `id, at, user_id AS userId, username, home_id AS homeId, channel, entity, entity_id AS entityId,
  action, before_json AS beforeJson, after_json AS afterJson, hash`;

/** The hash of the newest row in a home's chain (its genesis when the chain is empty). */
export function chainHead(sqlite: Database.Database, homeId: number | null): string {
  const row = (
    homeId == null
      ? sqlite.prepare('SELECT hash FROM audit_log WHERE home_id IS NULL ORDER BY id DESC LIMIT 1').get()
      : sqlite.prepare('SELECT hash FROM audit_log WHERE home_id = ? ORDER BY id DESC LIMIT 1').get(homeId)
  ) as { hash: string | null } | undefined;
  return row?.hash ?? genesisHash(homeId);
}

/**
 * Seals the rows written before the chain existed, once: only while no row has a hash yet. After that a row
 * without a hash is a break, never something to seal.
 */
export function sealAuditChain(sqlite: Database.Database): number {
  const sealed = sqlite.prepare('SELECT 1 FROM audit_log WHERE hash IS NOT NULL LIMIT 1').get();
  if (sealed) return 0;
  const rows = sqlite.prepare(`SELECT ${SELECT_COLUMNS} FROM audit_log ORDER BY id`).all() as AuditChainRow[];
  if (rows.length === 0) return 0;
  const update = sqlite.prepare('UPDATE audit_log SET hash = ? WHERE id = ?');
  const heads = new Map<number | null, string>();
  sqlite.transaction(() => {
    for (const row of rows) {
      const hash = auditRowHash(heads.get(row.homeId) ?? genesisHash(row.homeId), row);
      heads.set(row.homeId, hash);
      update.run(hash, row.id);
    }
  })();
  return rows.length;
}

export interface AuditChainBreak {
  id: number;
  at: string;
  homeId: number | null;
  entity: string;
  action: string;
  /** `changed`: the row's content or its place in the chain differs from what was hashed; `missing`: no hash. */
  reason: 'changed' | 'missing';
}

export interface AuditChainReport {
  ok: boolean;
  rowsChecked: number;
  chains: number;
  /** The first row (lowest id) where a chain breaks; null when every chain holds. */
  firstBroken: AuditChainBreak | null;
  /** The newest hash of each chain checked: note it down (or print it) to detect a rewrite of the whole chain. */
  heads: { homeId: number | null; lastId: number; hash: string }[];
}

/**
 * Recomputes the chains row by row (streaming, so memory does not grow with the log). `homeId` limits the check to
 * one home's chain; undefined checks every chain. After a break the chain goes on from the stored hash, so one
 * edited row is reported once, not as every row after it.
 */
export function verifyAuditChain(sqlite: Database.Database, homeId?: number | null): AuditChainReport {
  const where = homeId === undefined ? '' : homeId === null ? 'WHERE home_id IS NULL' : 'WHERE home_id = ?';
  const statement = sqlite.prepare(`SELECT ${SELECT_COLUMNS} FROM audit_log ${where} ORDER BY id`);
  const rows = (homeId == null ? statement.iterate() : statement.iterate(homeId)) as IterableIterator<AuditChainRow & { hash: string | null }>;
  const heads = new Map<number | null, { lastId: number; hash: string }>();
  let firstBroken: AuditChainBreak | null = null;
  let rowsChecked = 0;
  for (const row of rows) {
    rowsChecked++;
    const previous = heads.get(row.homeId)?.hash ?? genesisHash(row.homeId);
    const expected = auditRowHash(previous, row);
    if (row.hash !== expected && !firstBroken) {
      firstBroken = { id: row.id, at: row.at, homeId: row.homeId, entity: row.entity, action: row.action, reason: row.hash ? 'changed' : 'missing' };
    }
    heads.set(row.homeId, { lastId: row.id, hash: row.hash ?? expected });
  }
  return {
    ok: firstBroken === null,
    rowsChecked,
    chains: heads.size,
    firstBroken,
    heads: [...heads].map(([id, head]) => ({ homeId: id, ...head })),
  };
}
