import { aliasedTable, and, asc, desc, eq, sql } from 'drizzle-orm';
import type { ExitType, PendingExit, PrintedPeriod, PrintedPeriodsDetails, ResidentDetail, StatusChange } from '../../contract';
import { formatLongDate } from '../../contract';
import type { AppDb } from '../../db/client';
import { residents, residentStatusChanges, statusChangeUndos, users } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { AppError, forbidden, notFound } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { closeOpenStage, enterFirstStage } from '../casefile/stages.service';
import { undoExitRecord } from '../exits/exit-undo';
import { loadResident, toDetail } from './residents.service';

const requester = aliasedTable(users, 'requester');
const decider = aliasedTable(users, 'decider');
const undoer = aliasedTable(users, 'undoer');

const changeColumns = {
  id: residentStatusChanges.id,
  residentId: residentStatusChanges.residentId,
  fromStatus: residentStatusChanges.fromStatus,
  toStatus: residentStatusChanges.toStatus,
  exitType: residentStatusChanges.exitType,
  effectiveDate: residentStatusChanges.effectiveDate,
  reason: residentStatusChanges.reason,
  state: residentStatusChanges.state,
  requestedBy: requester.fullName,
  requestedAt: residentStatusChanges.requestedAt,
  decidedBy: decider.fullName,
  decidedAt: residentStatusChanges.decidedAt,
  decisionNote: residentStatusChanges.decisionNote,
  undoneBy: undoer.fullName,
  undoneAt: statusChangeUndos.undoneAt,
  undoReason: statusChangeUndos.reason,
  undoChangedPeriods: statusChangeUndos.changedPeriods,
};

function changesQuery(db: AppDb) {
  return db
    .select(changeColumns)
    .from(residentStatusChanges)
    .leftJoin(requester, eq(requester.id, residentStatusChanges.requestedBy))
    .leftJoin(decider, eq(decider.id, residentStatusChanges.decidedBy))
    .leftJoin(statusChangeUndos, eq(statusChangeUndos.statusChangeId, residentStatusChanges.id))
    .leftJoin(undoer, eq(undoer.id, statusChangeUndos.undoneBy));
}

type ChangeRow = Awaited<ReturnType<ReturnType<typeof changesQuery>['all']>>[number];
const toChange = ({ residentId: _r, undoChangedPeriods, ...c }: ChangeRow): StatusChange =>
  ({ ...c, undoChangedPeriods: undoChangedPeriods ? (JSON.parse(undoChangedPeriods) as PrintedPeriod[]) : null }) as StatusChange;

/**
 * The census periods of the home already printed or exported (the audit log's print and export entries) whose
 * figures include `date`: a period ending on or after it (its exits list, or its start and end counts).
 */
export function printedCensusPeriods(db: AppDb, homeId: number, date: string): PrintedPeriod[] {
  return db.all<PrintedPeriod>(sql`
    WITH printed AS (
      SELECT json_extract(a.after_json, '$.from') AS "from", json_extract(a.after_json, '$.to') AS "to", min(a.id) AS firstId
      FROM audit_log a
      WHERE a.home_id = ${homeId} AND a.entity = 'report' AND a.action IN ('print', 'export')
        AND json_extract(a.after_json, '$.report') = 'census' AND json_extract(a.after_json, '$.to') >= ${date}
      GROUP BY 1, 2
    )
    SELECT p."from", p."to", b.at AS printedAt, u.full_name AS printedBy
    FROM printed p JOIN audit_log b ON b.id = p.firstId LEFT JOIN users u ON u.id = b.user_id
    ORDER BY p."from", p."to"`);
}

const periodText = (p: PrintedPeriod) => `${formatLongDate(p.from)} – ${formatLongDate(p.to)}`;

export function pendingExitOf(db: AppDb, residentId: number): StatusChange | null {
  const row = changesQuery(db)
    .where(and(eq(residentStatusChanges.residentId, residentId), eq(residentStatusChanges.state, 'pending')))
    .get();
  return row ? toChange(row) : null;
}

export function statusHistory(db: AppDb, actor: Actor, residentId: number): StatusChange[] {
  loadResident(db, actor, residentId);
  return changesQuery(db).where(eq(residentStatusChanges.residentId, residentId)).orderBy(asc(residentStatusChanges.id)).all().map(toChange);
}

export function listPendingExits(db: AppDb, actor: Actor): PendingExit[] {
  const homeId = requireHome(actor);
  return changesQuery(db)
    .where(and(eq(residentStatusChanges.homeId, homeId), eq(residentStatusChanges.state, 'pending')))
    .orderBy(desc(residentStatusChanges.id))
    .all()
    .map((row) => {
      const resident = db.select({ fullName: residents.fullName, registrationNo: residents.registrationNo }).from(residents).where(eq(residents.id, row.residentId)).get()!;
      return { ...toChange(row), residentId: row.residentId, residentName: resident.fullName, registrationNo: resident.registrationNo };
    });
}

const dateError = (message: string) => new AppError('VALIDATION', message, { effectiveDate: message });

function applyExit(db: AppDb, actor: Actor, residentId: number, toStatus: 'discharged' | 'deceased', date: string, exitType: ExitType | null) {
  closeOpenStage(db, actor, residentId, date);
  return db.update(residents).set({ status: toStatus, exitDate: date, exitType, updatedAt: nowIso() }).where(eq(residents.id, residentId)).returning().get();
}

type ExitRequest = { id: number; exitType: ExitType; effectiveDate: string; reason: string };

/** A discharge: pending until the head approves the termination; the head's own request applies at once. */
export function requestExit(db: AppDb, actor: Actor, input: ExitRequest): ResidentDetail {
  return db.transaction((tx) => requestExitIn(tx, actor, input).detail);
}

/** `requestExit` inside the caller's transaction (a repatriation records its discharge through it). */
export function requestExitIn(tx: AppDb, actor: Actor, input: ExitRequest): { detail: ResidentDetail; changeId: number } {
  const before = loadResident(tx, actor, input.id);
  if (before.status !== 'active') throw new AppError('CONFLICT', 'Hanya penerima manfaat aktif yang dapat dikeluarkan');
  if (pendingExitOf(tx, input.id)) throw new AppError('CONFLICT', 'Sudah ada pengajuan keluar yang menunggu persetujuan kepala');
  if (input.effectiveDate < before.admissionDate) throw dateError('Tanggal keluar tidak boleh sebelum tanggal masuk');
  const byHead = actor.role === 'head';
  const change = tx.insert(residentStatusChanges)
    .values({
      homeId: before.homeId,
      residentId: input.id,
      fromStatus: 'active',
      toStatus: 'discharged',
      exitType: input.exitType,
      effectiveDate: input.effectiveDate,
      reason: input.reason,
      state: byHead ? 'approved' : 'pending',
      requestedBy: actor.userId,
      decidedBy: byHead ? actor.userId : null,
      decidedAt: byHead ? nowIso() : null,
    })
    .returning({ id: residentStatusChanges.id })
    .get();
  const after = byHead ? applyExit(tx, actor, input.id, 'discharged', input.effectiveDate, input.exitType) : before;
  recordAudit(tx, actor, {
    entity: 'resident',
    entityId: input.id,
    action: byHead ? 'discharge' : 'request-discharge',
    before: { status: before.status },
    after: { status: after.status, changeId: change.id, exitType: input.exitType, effectiveDate: input.effectiveDate, reason: input.reason },
  });
  return { detail: toDetail(tx, actor, after), changeId: change.id };
}

export function decideExit(db: AppDb, actor: Actor, input: { changeId: number; approve: boolean; note: string | null }): ResidentDetail {
  const homeId = requireHome(actor);
  return db.transaction((tx) => {
    const change = tx
      .select()
      .from(residentStatusChanges)
      .where(and(eq(residentStatusChanges.id, input.changeId), eq(residentStatusChanges.homeId, homeId)))
      .get();
    if (!change) throw notFound('Pengajuan keluar');
    if (change.state !== 'pending') throw new AppError('CONFLICT', 'Pengajuan ini sudah diputuskan');
    const before = loadResident(tx, actor, change.residentId);
    tx.update(residentStatusChanges)
      .set({ state: input.approve ? 'approved' : 'rejected', decidedBy: actor.userId, decidedAt: nowIso(), decisionNote: input.note })
      .where(eq(residentStatusChanges.id, change.id))
      .run();
    const after = input.approve
      ? applyExit(tx, actor, change.residentId, 'discharged', change.effectiveDate, change.exitType as ExitType)
      : before;
    recordAudit(tx, actor, {
      entity: 'resident',
      entityId: change.residentId,
      action: input.approve ? 'approve-discharge' : 'reject-discharge',
      before: { status: before.status },
      after: { status: after.status, changeId: change.id, note: input.note },
    });
    return toDetail(tx, actor, after);
  });
}

type DeathInput = { id: number; effectiveDate: string; reason: string };

export function recordDeath(db: AppDb, actor: Actor, input: DeathInput): ResidentDetail {
  return db.transaction((tx) => recordDeathIn(tx, actor, input).detail);
}

/** `recordDeath` inside the caller's transaction (the death-and-funeral record goes through it). */
export function recordDeathIn(tx: AppDb, actor: Actor, input: DeathInput): { detail: ResidentDetail; changeId: number } {
  const before = loadResident(tx, actor, input.id);
  if (before.status !== 'active') throw new AppError('CONFLICT', 'Hanya penerima manfaat aktif yang dapat dicatat meninggal');
  if (input.effectiveDate < before.admissionDate) throw dateError('Tanggal meninggal tidak boleh sebelum tanggal masuk');
  const pending = pendingExitOf(tx, input.id);
  if (pending) {
    tx.update(residentStatusChanges)
      .set({ state: 'rejected', decidedBy: actor.userId, decidedAt: nowIso(), decisionNote: 'Dibatalkan: penerima manfaat meninggal' })
      .where(eq(residentStatusChanges.id, pending.id))
      .run();
  }
  const change = tx.insert(residentStatusChanges)
    .values({ homeId: before.homeId, residentId: input.id, fromStatus: 'active', toStatus: 'deceased', effectiveDate: input.effectiveDate, reason: input.reason, requestedBy: actor.userId, decidedBy: actor.userId, decidedAt: nowIso() })
    .returning({ id: residentStatusChanges.id })
    .get();
  const after = applyExit(tx, actor, input.id, 'deceased', input.effectiveDate, null);
  recordAudit(tx, actor, { entity: 'resident', entityId: input.id, action: 'death', before: { status: before.status }, after: { status: 'deceased', changeId: change.id, effectiveDate: input.effectiveDate, reason: input.reason } });
  return { detail: toDetail(tx, actor, after), changeId: change.id };
}

/**
 * Takes back an applied exit (discharge or death) recorded in error — the head only, with a reason.
 * The change becomes 'undone' (so the census and every count ignore it), the resident is active again
 * with no exit date, and an exit record linked to it is closed: costs already spent are voided on
 * `voidedOn` (reversal rows in the budget), costs not yet approved can no longer be approved.
 * The rehabilitation stage the exit closed stays closed: the case worker opens the next stage.
 */
export function undoExit(db: AppDb, actor: Actor, input: { changeId: number; reason: string; voidedOn: string; confirmPrinted?: boolean }): ResidentDetail {
  const homeId = requireHome(actor);
  if (actor.role !== 'head') throw forbidden('Hanya Kepala UPTD yang dapat membatalkan keluarnya penerima manfaat');
  return db.transaction((tx) => {
    const change = tx.select().from(residentStatusChanges).where(and(eq(residentStatusChanges.id, input.changeId), eq(residentStatusChanges.homeId, homeId))).get();
    if (!change) throw notFound('Perubahan status');
    if (change.state !== 'approved' || change.toStatus === 'active') throw new AppError('CONFLICT', 'Hanya keluar atau kematian yang sudah berlaku yang dapat dibatalkan');
    const before = loadResident(tx, actor, change.residentId);
    const latest = tx
      .select({ id: residentStatusChanges.id })
      .from(residentStatusChanges)
      .where(and(eq(residentStatusChanges.residentId, change.residentId), eq(residentStatusChanges.state, 'approved')))
      .orderBy(desc(residentStatusChanges.effectiveDate), desc(residentStatusChanges.id))
      .get();
    if (before.status !== change.toStatus || latest?.id !== change.id) throw new AppError('CONFLICT', 'Hanya perubahan status terakhir yang dapat dibatalkan');
    // A census already printed counted this exit: the undo changes it, so it says which, and needs the head's confirmation.
    const printed = printedCensusPeriods(tx, homeId, change.effectiveDate);
    if (printed.length > 0 && !input.confirmPrinted) {
      const details: PrintedPeriodsDetails = { kind: 'printed-periods', periods: printed };
      throw new AppError(
        'CONFLICT',
        `Pembatalan ini mengubah rekap penerima manfaat yang sudah dicetak: ${printed.map(periodText).join('; ')}. Konfirmasi untuk melanjutkan; riwayat status menyimpan keluarnya dan pembatalannya.`,
        undefined,
        details,
      );
    }
    tx.update(residentStatusChanges).set({ state: 'undone' }).where(eq(residentStatusChanges.id, change.id)).run();
    tx.insert(statusChangeUndos)
      .values({ homeId, statusChangeId: change.id, reason: input.reason, undoneBy: actor.userId, undoneAt: nowIso(), changedPeriods: printed.length ? JSON.stringify(printed) : null })
      .run();
    const after = tx.update(residents).set({ status: 'active', exitDate: null, exitType: null, updatedAt: nowIso() }).where(eq(residents.id, change.residentId)).returning().get();
    const record = undoExitRecord(tx, actor, change.id, input.reason, input.voidedOn);
    recordAudit(tx, actor, {
      entity: 'resident',
      entityId: change.residentId,
      action: 'undo-exit',
      before: { status: before.status, exitDate: before.exitDate, exitType: before.exitType },
      after: { status: 'active', changeId: change.id, reason: input.reason, exitRecord: record, changedPrintedPeriods: printed.length ? printed : undefined },
    });
    return toDetail(tx, actor, after);
  });
}

export function readmit(db: AppDb, actor: Actor, input: { id: number; effectiveDate: string; reason: string }): ResidentDetail {
  return db.transaction((tx) => {
    const before = loadResident(tx, actor, input.id);
    if (before.status === 'deceased') throw new AppError('CONFLICT', 'Penerima manfaat yang sudah meninggal tidak dapat diterima kembali');
    if (before.status !== 'discharged') throw new AppError('CONFLICT', 'Penerima manfaat ini masih aktif');
    if (before.exitDate && input.effectiveDate < before.exitDate) throw dateError('Tanggal diterima kembali tidak boleh sebelum tanggal keluar');
    tx.insert(residentStatusChanges)
      .values({ homeId: before.homeId, residentId: input.id, fromStatus: 'discharged', toStatus: 'active', effectiveDate: input.effectiveDate, reason: input.reason, requestedBy: actor.userId, decidedBy: actor.userId, decidedAt: nowIso() })
      .run();
    const after = tx
      .update(residents)
      .set({ status: 'active', exitDate: null, exitType: null, admissionDate: input.effectiveDate, updatedAt: nowIso() })
      .where(eq(residents.id, input.id))
      .returning()
      .get();
    enterFirstStage(tx, actor, before.homeId, input.id, input.effectiveDate, 'Otomatis saat diterima kembali');
    recordAudit(tx, actor, {
      entity: 'resident',
      entityId: input.id,
      action: 'readmit',
      before: { status: before.status, exitDate: before.exitDate, exitType: before.exitType, admissionDate: before.admissionDate },
      after: { status: 'active', admissionDate: input.effectiveDate, reason: input.reason },
    });
    return toDetail(tx, actor, after);
  });
}
