import { aliasedTable, and, asc, desc, eq } from 'drizzle-orm';
import type { ExitType, PendingExit, ResidentDetail, StatusChange } from '../../contract';
import type { AppDb } from '../../db/client';
import { residents, residentStatusChanges, users } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { AppError, notFound } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { closeOpenStage, enterFirstStage } from '../casefile/stages.service';
import { loadResident, toDetail } from './residents.service';

const requester = aliasedTable(users, 'requester');
const decider = aliasedTable(users, 'decider');

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
};

function changesQuery(db: AppDb) {
  return db
    .select(changeColumns)
    .from(residentStatusChanges)
    .leftJoin(requester, eq(requester.id, residentStatusChanges.requestedBy))
    .leftJoin(decider, eq(decider.id, residentStatusChanges.decidedBy));
}

type ChangeRow = Awaited<ReturnType<ReturnType<typeof changesQuery>['all']>>[number];
const toChange = ({ residentId: _r, ...c }: ChangeRow): StatusChange => c as StatusChange;

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

/** A discharge: pending until the head approves the termination; the head's own request applies at once. */
export function requestExit(db: AppDb, actor: Actor, input: { id: number; exitType: ExitType; effectiveDate: string; reason: string }): ResidentDetail {
  return db.transaction((tx) => {
    const before = loadResident(tx, actor, input.id);
    if (before.status !== 'active') throw new AppError('CONFLICT', 'Hanya penerima manfaat aktif yang dapat dikeluarkan');
    if (pendingExitOf(tx, input.id)) throw new AppError('CONFLICT', 'Sudah ada pengajuan keluar yang menunggu persetujuan kepala');
    if (input.effectiveDate < before.admissionDate) throw dateError('Tanggal keluar tidak boleh sebelum tanggal masuk');
    const byHead = actor.role === 'head';
    tx.insert(residentStatusChanges)
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
      .run();
    const after = byHead ? applyExit(tx, actor, input.id, 'discharged', input.effectiveDate, input.exitType) : before;
    recordAudit(tx, actor, {
      entity: 'resident',
      entityId: input.id,
      action: byHead ? 'discharge' : 'request-discharge',
      before: { status: before.status },
      after: { status: after.status, exitType: input.exitType, effectiveDate: input.effectiveDate, reason: input.reason },
    });
    return toDetail(tx, actor, after);
  });
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

export function recordDeath(db: AppDb, actor: Actor, input: { id: number; effectiveDate: string; reason: string }): ResidentDetail {
  return db.transaction((tx) => {
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
    tx.insert(residentStatusChanges)
      .values({ homeId: before.homeId, residentId: input.id, fromStatus: 'active', toStatus: 'deceased', effectiveDate: input.effectiveDate, reason: input.reason, requestedBy: actor.userId, decidedBy: actor.userId, decidedAt: nowIso() })
      .run();
    const after = applyExit(tx, actor, input.id, 'deceased', input.effectiveDate, null);
    recordAudit(tx, actor, { entity: 'resident', entityId: input.id, action: 'death', before: { status: before.status }, after: { status: 'deceased', effectiveDate: input.effectiveDate, reason: input.reason } });
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
