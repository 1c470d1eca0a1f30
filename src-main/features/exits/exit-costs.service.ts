import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { CostItemInput, DecideCostsInput, ExitDetail } from '../../contract';
import { COST_CATEGORIES_BY_KIND, EXIT_COST_CATEGORY_LABELS, type ExitCostCategory, type ExitKind } from '../../contract';
import type { AppDb } from '../../db/client';
import { exitCostItems, residentExits, residents } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { AppError, fieldError, forbidden, notFound } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { loadLine, realisedOnLine } from '../budget/budget-common';
import { recordSpending } from '../budget/spending.service';
import { assertNotFuture } from '../homes/home-clock';
import { changeStateOf, getExit, loadExit, type ExitRecord } from './exits.service';

type CostInput = z.output<typeof CostItemInput>;
type DecideInput = z.output<typeof DecideCostsInput>;

/** Cost items can change while the costs are a draft or were returned, and the exit still stands. */
function editable(db: AppDb, record: ExitRecord) {
  const state = changeStateOf(db, record);
  if (state === 'undone' || state === 'rejected' || record.costState === 'voided') throw new AppError('CONFLICT', 'Keluarnya penerima manfaat ini sudah dibatalkan; biayanya tidak dapat diubah');
  if (record.costState === 'submitted') throw new AppError('CONFLICT', 'Biaya sedang menunggu persetujuan kepala; tidak dapat diubah');
  if (record.costState === 'approved') throw new AppError('CONFLICT', 'Biaya sudah disetujui dan tercatat di realisasi; tidak dapat diubah');
}

export function saveCostItem(db: AppDb, actor: Actor, input: CostInput): ExitDetail {
  db.transaction((tx) => {
    const record = loadExit(tx, actor, input.exitId);
    editable(tx, record);
    if (!COST_CATEGORIES_BY_KIND[record.kind as ExitKind].includes(input.category)) throw fieldError('category', 'Jenis biaya ini tidak berlaku untuk catatan ini');
    if (input.spentOn < record.exitDate) throw fieldError('spentOn', 'Tanggal biaya tidak boleh sebelum tanggal keluar');
    assertNotFuture(db, actor, input.spentOn, 'spentOn');
    const values = { category: input.category, description: input.description, amount: input.amount, spentOn: input.spentOn, payee: input.payee, proofNo: input.proofNo };
    if (input.id) {
      const before = tx.select().from(exitCostItems).where(and(eq(exitCostItems.id, input.id), eq(exitCostItems.exitId, record.id), isNull(exitCostItems.removedAt))).get();
      if (!before) throw notFound('Rincian biaya');
      const after = tx.update(exitCostItems).set(values).where(eq(exitCostItems.id, before.id)).returning().get();
      recordAudit(tx, actor, { entity: 'exit-cost', entityId: before.id, action: 'update', before, after });
    } else {
      const row = tx.insert(exitCostItems).values({ homeId: record.homeId, exitId: record.id, ...values, createdBy: actor.userId, createdAt: nowIso() }).returning().get();
      recordAudit(tx, actor, { entity: 'exit-cost', entityId: row.id, action: 'create', after: row });
    }
  });
  return getExit(db, actor, input.exitId);
}

/** Removes an item before approval (kept, marked removed, for the audit trail). */
export function removeCostItem(db: AppDb, actor: Actor, id: number): ExitDetail {
  const exitId = db.transaction((tx) => {
    const item = tx.select().from(exitCostItems).where(and(eq(exitCostItems.id, id), isNull(exitCostItems.removedAt))).get();
    if (!item) throw notFound('Rincian biaya');
    const record = loadExit(tx, actor, item.exitId);
    editable(tx, record);
    tx.update(exitCostItems).set({ removedAt: nowIso() }).where(eq(exitCostItems.id, id)).run();
    recordAudit(tx, actor, { entity: 'exit-cost', entityId: id, action: 'remove', before: item });
    return record.id;
  });
  return getExit(db, actor, exitId);
}

const liveItems = (db: AppDb, exitId: number) =>
  db.select().from(exitCostItems).where(and(eq(exitCostItems.exitId, exitId), isNull(exitCostItems.removedAt))).orderBy(asc(exitCostItems.spentOn), asc(exitCostItems.id)).all();

/** Sends the cost items to the head; whoever prepares them (finance usually) may propose the budget line. */
export function submitCosts(db: AppDb, actor: Actor, input: { id: number; proposedLineId?: number | null }): ExitDetail {
  db.transaction((tx) => {
    const record = loadExit(tx, actor, input.id);
    editable(tx, record);
    if (liveItems(tx, record.id).length === 0) throw new AppError('VALIDATION', 'Tambahkan paling sedikit satu rincian biaya sebelum diajukan');
    if (input.proposedLineId) loadLine(tx, actor, input.proposedLineId);
    tx.update(residentExits)
      .set({ costState: 'submitted', proposedLineId: input.proposedLineId ?? null, submittedBy: actor.userId, submittedAt: nowIso(), decidedBy: null, decidedAt: null, decisionNote: null, updatedAt: nowIso() })
      .where(eq(residentExits.id, record.id))
      .run();
    recordAudit(tx, actor, { entity: 'resident-exit', entityId: record.id, action: 'submit-costs', before: { costState: record.costState }, after: { costState: 'submitted', proposedLineId: input.proposedLineId ?? null } });
  });
  return getExit(db, actor, input.id);
}

/**
 * The head's decision on submitted costs. Approval needs the exit itself in force (a pending discharge is
 * approved first) and a budget line; every item then becomes one spending on that line, linked to this
 * record, in this transaction. Past the line's remaining allocation the head confirms with a reason
 * (the override is the head's own). A return sends the items back with the head's note.
 */
export function decideCosts(db: AppDb, actor: Actor, input: DecideInput): ExitDetail {
  if (actor.role !== 'head') throw forbidden('Hanya Kepala UPTD yang dapat menyetujui biaya');
  db.transaction((tx) => {
    const record = loadExit(tx, actor, input.id);
    if (record.costState !== 'submitted') throw new AppError('CONFLICT', 'Biaya ini tidak sedang menunggu persetujuan');
    if (!input.approve) {
      if (!input.note) throw fieldError('note', 'Tuliskan apa yang perlu diperbaiki');
      tx.update(residentExits).set({ costState: 'returned', decidedBy: actor.userId, decidedAt: nowIso(), decisionNote: input.note, updatedAt: nowIso() }).where(eq(residentExits.id, record.id)).run();
      recordAudit(tx, actor, { entity: 'resident-exit', entityId: record.id, action: 'return-costs', before: { costState: 'submitted' }, after: { costState: 'returned', note: input.note } });
      return;
    }
    const state = changeStateOf(tx, record);
    if (state === 'pending') throw new AppError('CONFLICT', 'Setujui dulu pengajuan keluarnya penerima manfaat ini, baru biayanya');
    if (state !== 'approved') throw new AppError('CONFLICT', 'Keluarnya penerima manfaat ini sudah dibatalkan atau ditolak');
    const lineId = input.lineId ?? record.proposedLineId;
    if (!lineId) throw fieldError('lineId', 'Pilih baris anggaran');
    const resident = tx.select({ fullName: residents.fullName }).from(residents).where(eq(residents.id, record.residentId)).get()!;
    const label = record.kind === 'death' ? `Pemakaman Alm. ${resident.fullName}` : `Pemulangan ${resident.fullName}`;
    const items = liveItems(tx, record.id);
    const total = items.reduce((s, i) => s + i.amount, 0);
    const line = loadLine(tx, actor, lineId);
    let remaining = line.allocation - realisedOnLine(tx, lineId);
    const override = input.overrideReason ? { headUserId: actor.userId, reason: input.overrideReason } : null;
    for (const item of items) {
      const spent = recordSpending(tx, actor, {
        lineId,
        date: item.spentOn,
        amount: item.amount,
        description: `${EXIT_COST_CATEGORY_LABELS[item.category as ExitCostCategory]}: ${item.description}`,
        payee: item.payee,
        proofNo: item.proofNo,
        source: { type: record.kind === 'death' ? 'funeral' : 'repatriation', id: record.id, label },
        residentId: record.residentId,
        // Only the items past the remaining allocation carry the head's override.
        override: item.amount > remaining ? override : null,
      });
      remaining -= item.amount;
      tx.update(exitCostItems).set({ spendingId: spent.id }).where(eq(exitCostItems.id, item.id)).run();
    }
    tx.update(residentExits).set({ costState: 'approved', proposedLineId: lineId, decidedBy: actor.userId, decidedAt: nowIso(), decisionNote: input.note, updatedAt: nowIso() }).where(eq(residentExits.id, record.id)).run();
    recordAudit(tx, actor, { entity: 'resident-exit', entityId: record.id, action: 'approve-costs', before: { costState: 'submitted' }, after: { costState: 'approved', lineId, total, note: input.note } });
  });
  return getExit(db, actor, input.id);
}
