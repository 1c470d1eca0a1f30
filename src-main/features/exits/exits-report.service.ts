import { and, asc, between, eq, inArray, isNull } from 'drizzle-orm';
import type { ExitCostCategory, ExitCostState, ExitKind, ExitReportData, ExitReportRow } from '../../contract';
import { REPATRIATION_DESTINATION_LABELS } from '../../contract';
import type { AppDb } from '../../db/client';
import { exitCostItems, residentExits, residents, residentStatusChanges } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';

/**
 * Exits dated in the period that stand (approved, or a discharge still waiting for the head), with their
 * cost items; undone and rejected exits are left out. "Approved" amounts are the items that became spending.
 */
export function buildExitsReport(db: AppDb, actor: Actor, from: string, to: string): ExitReportData {
  const homeId = requireHome(actor);
  const records = db
    .select({ exit: residentExits, residentName: residents.fullName, registrationNo: residents.registrationNo, sex: residents.sex, changeState: residentStatusChanges.state })
    .from(residentExits)
    .innerJoin(residents, eq(residents.id, residentExits.residentId))
    .innerJoin(residentStatusChanges, eq(residentStatusChanges.id, residentExits.statusChangeId))
    .where(and(eq(residentExits.homeId, homeId), between(residentExits.exitDate, from, to), inArray(residentStatusChanges.state, ['approved', 'pending'])))
    .orderBy(asc(residentExits.exitDate), asc(residentExits.id))
    .all();
  const items = records.length
    ? db
        .select()
        .from(exitCostItems)
        .where(and(inArray(exitCostItems.exitId, records.map((r) => r.exit.id)), isNull(exitCostItems.removedAt)))
        .orderBy(asc(exitCostItems.id))
        .all()
    : [];
  const rows: ExitReportRow[] = records.map(({ exit, ...r }) => {
    const own = items.filter((i) => i.exitId === exit.id);
    const detail =
      exit.kind === 'repatriation'
        ? `${REPATRIATION_DESTINATION_LABELS[exit.destination as keyof typeof REPATRIATION_DESTINATION_LABELS] ?? ''}: ${exit.receiverName ?? ''} (${exit.receiverRole ?? ''}), ${exit.destinationAddress ?? ''}`
        : `Meninggal di ${exit.deathPlace ?? '-'}; dimakamkan di ${exit.burialPlace ?? '-'}`;
    return {
      kind: exit.kind as ExitKind,
      exitDate: exit.exitDate,
      registrationNo: r.registrationNo,
      residentName: r.residentName,
      sex: r.sex as 'L' | 'P',
      detail,
      changeState: r.changeState as ExitReportRow['changeState'],
      costState: exit.costState as ExitCostState,
      items: own.map((i) => ({ category: i.category as ExitCostCategory, description: i.description, amount: i.amount, approved: i.spendingId != null })),
      total: own.reduce((s, i) => s + i.amount, 0),
      approvedTotal: own.filter((i) => i.spendingId != null).reduce((s, i) => s + i.amount, 0),
    };
  });
  return {
    from,
    to,
    rows,
    repatriations: rows.filter((r) => r.kind === 'repatriation').length,
    deaths: rows.filter((r) => r.kind === 'death').length,
    total: rows.reduce((s, r) => s + r.total, 0),
    approvedTotal: rows.reduce((s, r) => s + r.approvedTotal, 0),
  };
}
