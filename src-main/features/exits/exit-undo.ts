import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { AppDb } from '../../db/client';
import { exitCostItems, residentExits } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { voidSourceSpending } from '../budget/spending.service';

/**
 * Called by `undoExit` (residents) in its transaction: the exit record linked to the undone status change,
 * if any, is closed. Costs that became spending are voided (reversal rows dated `voidedOn`, with the reason);
 * costs not yet approved are voided too, so they can never be approved. Returns what it did, for the audit.
 */
export function undoExitRecord(tx: AppDb, actor: Actor, statusChangeId: number, reason: string, voidedOn: string): { exitId: number; voidedSpending: number[] } | null {
  const record = tx.select().from(residentExits).where(eq(residentExits.statusChangeId, statusChangeId)).get();
  if (!record) return null;
  const spent = tx
    .select({ id: exitCostItems.id, spendingId: exitCostItems.spendingId })
    .from(exitCostItems)
    .where(and(eq(exitCostItems.exitId, record.id), isNull(exitCostItems.removedAt), isNotNull(exitCostItems.spendingId)))
    .all();
  const voided: number[] = [];
  for (const item of spent) {
    voidSourceSpending(tx, actor, { id: item.spendingId!, voidedOn, reason: `Keluarnya penerima manfaat dibatalkan: ${reason}` });
    voided.push(item.spendingId!);
  }
  tx.update(residentExits).set({ costState: 'voided', updatedAt: nowIso() }).where(eq(residentExits.id, record.id)).run();
  recordAudit(tx, actor, { entity: 'resident-exit', entityId: record.id, action: 'undo', before: { costState: record.costState }, after: { costState: 'voided', reason, voidedSpending: voided } });
  return { exitId: record.id, voidedSpending: voided };
}
