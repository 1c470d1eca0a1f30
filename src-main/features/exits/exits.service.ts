import { aliasedTable, and, asc, desc, eq, gte, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ChangeState, DeathDetails, ExitCostState, ExitDetail, ExitKind, ExitListRow, RepatriationDetails } from '../../contract';
import { DeathDetails as DeathSchema, RepatriationDetails as RepatriationSchema } from '../../contract';
import type { AppDb } from '../../db/client';
import { exitCostItems, residentDocuments, residentExits, residents, residentStatusChanges, statusChangeUndos, users } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { AppError, fieldError, notFound } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { recordDeathIn, requestExitIn } from '../residents/residents-status.service';
import { loadResident } from '../residents/residents.service';
import { linesForYear } from './exit-lines';

type Repatriation = z.output<typeof RepatriationSchema>;
type Death = z.output<typeof DeathSchema>;
export type ExitRecord = typeof residentExits.$inferSelect;

const REPATRIATION_COLUMNS = ['destination', 'receiverName', 'receiverRole', 'receiverInstitution', 'receiverIdNumber', 'receiverPhone', 'destinationAddress', 'escortNames', 'transport', 'handoverNo', 'notes'] as const;
const DEATH_COLUMNS = ['deathTime', 'deathPlace', 'causeOfDeath', 'certificateNo', 'notifiedName', 'notifiedAt', 'notifiedHow', 'burialPlace', 'burialDate', 'rites', 'notes'] as const;
/** Kinds of resident documents that belong to an exit record. */
export const EXIT_DOCUMENT_TYPES = ['death_certificate', 'handover_record'] as const;

const pick = <K extends string>(source: Record<string, unknown>, keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, source[k] ?? null])) as Record<K, never>;

/** An exit record of the actor's home (NOT_FOUND for another home's). */
export function loadExit(db: AppDb, actor: Actor, id: number): ExitRecord {
  const homeId = requireHome(actor);
  const row = db.select().from(residentExits).where(and(eq(residentExits.id, id), eq(residentExits.homeId, homeId))).get();
  if (!row) throw notFound('Catatan keluar');
  return row;
}

/** The state of the linked status change: pending (waiting for the head), approved, rejected or undone. */
export function changeStateOf(db: AppDb, record: ExitRecord): ChangeState {
  return db.select({ state: residentStatusChanges.state }).from(residentStatusChanges).where(eq(residentStatusChanges.id, record.statusChangeId)).get()!.state as ChangeState;
}

/** "001/BAST/2026": the next handover number of the year in the home. */
function nextHandoverNo(tx: AppDb, homeId: number, date: string): string {
  const year = date.slice(0, 4);
  const n = tx.get<{ n: number }>(sql`SELECT count(*) AS n FROM resident_exits WHERE home_id = ${homeId} AND kind = 'repatriation' AND substr(exit_date, 1, 4) = ${year}`)!.n;
  return `${String(n + 1).padStart(3, '0')}/BAST/${year}`;
}

function checkHandoverNo(tx: AppDb, homeId: number, handoverNo: string | null, exceptId?: number) {
  if (!handoverNo) return;
  const other = tx.select({ id: residentExits.id }).from(residentExits).where(and(eq(residentExits.homeId, homeId), eq(residentExits.handoverNo, handoverNo))).get();
  if (other && other.id !== exceptId) throw fieldError('handoverNo', 'Nomor berita acara ini sudah dipakai');
}

/**
 * A repatriation: the discharge (returned to the family, or referred to the district social office) goes
 * through the residents' lifecycle in the same transaction — an administrator's waits for the head's
 * approval like every discharge, the head's applies at once — and the record links to that status change.
 */
export function recordRepatriation(db: AppDb, actor: Actor, input: { residentId: number; exitDate: string; reason: string; details: Repatriation }): ExitDetail {
  const homeId = requireHome(actor);
  const id = db.transaction((tx) => {
    const exitType = input.details.destination === 'family' ? 'returned_family' : 'referred';
    const { changeId } = requestExitIn(tx, actor, { id: input.residentId, exitType, effectiveDate: input.exitDate, reason: input.reason });
    checkHandoverNo(tx, homeId, input.details.handoverNo);
    const values = { ...pick(input.details, REPATRIATION_COLUMNS), handoverNo: input.details.handoverNo ?? nextHandoverNo(tx, homeId, input.exitDate) };
    const row = tx
      .insert(residentExits)
      .values({ homeId, residentId: input.residentId, kind: 'repatriation', statusChangeId: changeId, exitDate: input.exitDate, ...values, createdBy: actor.userId, createdAt: nowIso(), updatedAt: nowIso() })
      .returning()
      .get();
    recordAudit(tx, actor, { entity: 'resident-exit', entityId: row.id, action: 'create', after: row });
    return row.id;
  });
  return getExit(db, actor, id);
}

/** A death: the resident's status changes at once (the residents' death path), with the funeral record. */
export function recordDeathExit(db: AppDb, actor: Actor, input: { residentId: number; exitDate: string; reason: string; details: Death }): ExitDetail {
  const homeId = requireHome(actor);
  const id = db.transaction((tx) => {
    if (input.details.burialDate && input.details.burialDate < input.exitDate) throw fieldError('burialDate', 'Tanggal pemakaman tidak boleh sebelum tanggal meninggal');
    const { changeId } = recordDeathIn(tx, actor, { id: input.residentId, effectiveDate: input.exitDate, reason: input.reason });
    const row = tx
      .insert(residentExits)
      .values({ homeId, residentId: input.residentId, kind: 'death', statusChangeId: changeId, exitDate: input.exitDate, ...pick(input.details, DEATH_COLUMNS), createdBy: actor.userId, createdAt: nowIso(), updatedAt: nowIso() })
      .returning()
      .get();
    recordAudit(tx, actor, { entity: 'resident-exit', entityId: row.id, action: 'create', after: row });
    return row.id;
  });
  return getExit(db, actor, id);
}

/**
 * The record of an exit already in the residents' lifecycle (a death recorded with the short form, or a
 * discharge to the family / district social office made before its repatriation record): links the new
 * record to that status change without touching the status. Used by the demo and for completing records.
 */
export function attachExitRecord(db: AppDb, actor: Actor, input: { changeId: number; details: Repatriation | Death }): ExitDetail {
  const homeId = requireHome(actor);
  const id = db.transaction((tx) => {
    const change = tx.select().from(residentStatusChanges).where(and(eq(residentStatusChanges.id, input.changeId), eq(residentStatusChanges.homeId, homeId))).get();
    if (!change) throw notFound('Perubahan status');
    const kind = change.toStatus === 'deceased' ? 'death' : change.toStatus === 'discharged' && (change.exitType === 'returned_family' || change.exitType === 'referred') ? 'repatriation' : null;
    if (!kind || (change.state !== 'approved' && change.state !== 'pending')) throw new AppError('CONFLICT', 'Perubahan status ini bukan pemulangan atau kematian yang berlaku');
    if (tx.select({ id: residentExits.id }).from(residentExits).where(eq(residentExits.statusChangeId, change.id)).get()) throw new AppError('CONFLICT', 'Catatan keluar untuk perubahan ini sudah ada');
    let values: Record<string, unknown>;
    if (kind === 'repatriation') {
      const details = RepatriationSchema.parse({ ...input.details, destination: change.exitType === 'returned_family' ? 'family' : 'social_office' });
      checkHandoverNo(tx, homeId, details.handoverNo);
      values = { ...pick(details, REPATRIATION_COLUMNS), handoverNo: details.handoverNo ?? nextHandoverNo(tx, homeId, change.effectiveDate) };
    } else {
      values = pick(DeathSchema.parse(input.details), DEATH_COLUMNS);
    }
    const row = tx
      .insert(residentExits)
      .values({ homeId, residentId: change.residentId, kind, statusChangeId: change.id, exitDate: change.effectiveDate, ...values, createdBy: actor.userId, createdAt: nowIso(), updatedAt: nowIso() })
      .returning()
      .get();
    recordAudit(tx, actor, { entity: 'resident-exit', entityId: row.id, action: 'create', after: row });
    return row.id;
  });
  return getExit(db, actor, id);
}

/** Edits the record's details; never the exit date or the resident's status (those change only by undoing the exit). */
export function updateExitDetails(db: AppDb, actor: Actor, kind: ExitKind, input: { id: number; details: RepatriationDetails | DeathDetails }): ExitDetail {
  db.transaction((tx) => {
    const before = loadExit(tx, actor, input.id);
    if (before.kind !== kind) throw new AppError('CONFLICT', 'Jenis catatan keluar tidak sesuai');
    const state = changeStateOf(tx, before);
    if (state === 'undone' || state === 'rejected') throw new AppError('CONFLICT', 'Catatan ini sudah dibatalkan dan tidak dapat diubah lagi');
    let values: Record<string, unknown>;
    if (kind === 'repatriation') {
      const details = RepatriationSchema.parse(input.details);
      checkHandoverNo(tx, before.homeId, details.handoverNo, before.id);
      values = { ...pick(details, REPATRIATION_COLUMNS), handoverNo: details.handoverNo ?? before.handoverNo };
    } else {
      const details = DeathSchema.parse(input.details);
      if (details.burialDate && details.burialDate < before.exitDate) throw fieldError('burialDate', 'Tanggal pemakaman tidak boleh sebelum tanggal meninggal');
      values = pick(details, DEATH_COLUMNS);
    }
    const after = tx.update(residentExits).set({ ...values, updatedAt: nowIso() }).where(eq(residentExits.id, before.id)).returning().get();
    recordAudit(tx, actor, { entity: 'resident-exit', entityId: before.id, action: 'update', before, after });
  });
  return getExit(db, actor, input.id);
}

const submitter = aliasedTable(users, 'submitter');
const decider = aliasedTable(users, 'decider');
const undoer = aliasedTable(users, 'undoer');

function costTotals(db: AppDb, exitIds: number[]): Map<number, number> {
  if (exitIds.length === 0) return new Map();
  const rows = db
    .select({ exitId: exitCostItems.exitId, total: sql<number>`coalesce(sum(${exitCostItems.amount}), 0)` })
    .from(exitCostItems)
    .where(and(isNull(exitCostItems.removedAt), sql`${exitCostItems.exitId} in ${exitIds}`))
    .groupBy(exitCostItems.exitId)
    .all();
  return new Map(rows.map((r) => [r.exitId, r.total]));
}

const summaryOf = (r: ExitRecord) => (r.kind === 'repatriation' ? [r.receiverName, r.receiverRole].filter(Boolean).join(', ') : (r.burialPlace ?? r.deathPlace ?? ''));

export function listExits(db: AppDb, actor: Actor, input: { from?: string; to?: string; kind?: ExitKind }): ExitListRow[] {
  const homeId = requireHome(actor);
  const where: SQL[] = [eq(residentExits.homeId, homeId)];
  if (input.from) where.push(gte(residentExits.exitDate, input.from));
  if (input.to) where.push(lte(residentExits.exitDate, input.to));
  if (input.kind) where.push(eq(residentExits.kind, input.kind));
  const rows = db
    .select({ exit: residentExits, residentName: residents.fullName, registrationNo: residents.registrationNo, changeState: residentStatusChanges.state })
    .from(residentExits)
    .innerJoin(residents, eq(residents.id, residentExits.residentId))
    .innerJoin(residentStatusChanges, eq(residentStatusChanges.id, residentExits.statusChangeId))
    .where(and(...where))
    .orderBy(desc(residentExits.exitDate), desc(residentExits.id))
    .all();
  const totals = costTotals(db, rows.map((r) => r.exit.id));
  return rows.map((r) => ({
    id: r.exit.id,
    kind: r.exit.kind as ExitKind,
    residentId: r.exit.residentId,
    residentName: r.residentName,
    registrationNo: r.registrationNo,
    exitDate: r.exit.exitDate,
    changeState: r.changeState as ChangeState,
    costState: r.exit.costState as ExitCostState,
    summary: summaryOf(r.exit),
    total: totals.get(r.exit.id) ?? 0,
  }));
}

export function getExit(db: AppDb, actor: Actor, id: number): ExitDetail {
  const record = loadExit(db, actor, id);
  const resident = loadResident(db, actor, record.residentId);
  const change = db
    .select({ state: residentStatusChanges.state, reason: residentStatusChanges.reason, undoneAt: statusChangeUndos.undoneAt, undoReason: statusChangeUndos.reason, undoneBy: undoer.fullName })
    .from(residentStatusChanges)
    .leftJoin(statusChangeUndos, eq(statusChangeUndos.statusChangeId, residentStatusChanges.id))
    .leftJoin(undoer, eq(undoer.id, statusChangeUndos.undoneBy))
    .where(eq(residentStatusChanges.id, record.statusChangeId))
    .get()!;
  const people = db
    .select({ submittedBy: submitter.fullName, decidedBy: decider.fullName })
    .from(residentExits)
    .leftJoin(submitter, eq(submitter.id, residentExits.submittedBy))
    .leftJoin(decider, eq(decider.id, residentExits.decidedBy))
    .where(eq(residentExits.id, id))
    .get()!;
  const costs = db
    .select({ id: exitCostItems.id, category: exitCostItems.category, description: exitCostItems.description, amount: exitCostItems.amount, spentOn: exitCostItems.spentOn, payee: exitCostItems.payee, proofNo: exitCostItems.proofNo, spendingId: exitCostItems.spendingId })
    .from(exitCostItems)
    .where(and(eq(exitCostItems.exitId, id), isNull(exitCostItems.removedAt)))
    .orderBy(asc(exitCostItems.spentOn), asc(exitCostItems.id))
    .all() as ExitDetail['costs'];
  const documents = db
    .select({ id: residentDocuments.id, title: residentDocuments.title, docType: residentDocuments.docType })
    .from(residentDocuments)
    .where(and(eq(residentDocuments.residentId, record.residentId), isNull(residentDocuments.removedAt), sql`${residentDocuments.docType} in ${EXIT_DOCUMENT_TYPES}`))
    .orderBy(asc(residentDocuments.id))
    .all();
  const hideHealth = actor.role === 'finance';
  const repatriation = record.kind === 'repatriation' ? ({ ...pick(record, REPATRIATION_COLUMNS), handoverNo: record.handoverNo ?? '' } as ExitDetail['repatriation']) : null;
  const death = record.kind === 'death' ? ({ ...pick(record, DEATH_COLUMNS), causeOfDeath: hideHealth ? '' : record.causeOfDeath } as ExitDetail['death']) : null;
  const origin = [resident.originVillage, resident.originDistrict, resident.originRegency, resident.originProvince].filter(Boolean).join(', ');
  return {
    id: record.id,
    kind: record.kind as ExitKind,
    residentId: record.residentId,
    residentName: resident.fullName,
    registrationNo: resident.registrationNo,
    exitDate: record.exitDate,
    changeState: change.state as ChangeState,
    costState: record.costState as ExitCostState,
    summary: summaryOf(record),
    total: costs.reduce((s, c) => s + c.amount, 0),
    changeId: record.statusChangeId,
    reason: hideHealth && record.kind === 'death' ? '' : change.reason,
    residentSex: resident.sex as 'L' | 'P',
    residentReligion: resident.religion,
    residentBirthDate: resident.birthDate,
    residentNik: resident.nik,
    residentOrigin: origin || null,
    repatriation,
    death,
    proposedLineId: record.proposedLineId,
    submittedBy: people.submittedBy,
    submittedAt: record.submittedAt,
    decidedBy: people.decidedBy,
    decidedAt: record.decidedAt,
    decisionNote: record.decisionNote,
    undoneBy: change.undoneBy,
    undoneAt: change.undoneAt,
    undoReason: change.undoReason,
    costs,
    lines: linesForYear(db, record.homeId, Number(record.exitDate.slice(0, 4))),
    documents,
  };
}
