import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { FundingSource, OverrideInput, SpendingInput, SpendingList, SpendingListInput, SpendingRecord } from '../../contract';
import { formatRupiah, roundRupiah } from '../../contract';
import type { AppDb } from '../../db/client';
import { residents, spending, users } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { AppError, fieldError, forbidden, notFound } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { authenticateApproval } from '../auth/auth.service';
import { assertNotFuture } from '../homes/home-clock';
import { loadLine, loadYear, realisedOnLine, yearEnd, yearStart } from './budget-common';

/** What another feature passes to charge a cost to the budget (inside its own transaction). */
export interface RecordSpendingInput {
  lineId: number;
  date: string;
  /** Rupiah; a fraction is rounded to whole rupiah. */
  amount: number;
  description: string;
  payee?: string | null;
  proofNo?: string | null;
  /** The record the cost comes from: `{ type: 'funeral', id: 12, label: 'Pemakaman Alm. Sutan' }`; manual: `{ type: 'manual', id: null, label: null }`. */
  source: { type: string; id: number | null; label: string | null };
  /** The resident the cost belongs to, if any (for the cost per resident). */
  residentId?: number | null;
  /** The head who approved spending past the line's remaining allocation (an active head of the home), and why. */
  override?: { headUserId: number; reason: string } | null;
}

/** Refusal of spending past the remaining allocation: the UI offers the head's approval. */
export interface OverAllocationDetails {
  kind: 'over-allocation';
  allocation: number;
  realised: number;
  remaining: number;
  amount: number;
  excess: number;
}

const SOURCE_TYPE = /^[a-z][a-z_]{1,39}$/;

function checkHead(db: AppDb, homeId: number, userId: number, refusal = 'Pelampauan pagu hanya dapat disetujui oleh Kepala UPTD panti ini') {
  const head = db.select().from(users).where(eq(users.id, userId)).get();
  if (!head || head.role !== 'head' || head.homeId !== homeId || !head.active) throw forbidden(refusal);
  return head;
}

/**
 * The head's approval of an exception (spending past the allocation, an acceptance past the intake quota):
 * the head signed in, or the head's own credentials typed at the same desk (failures are counted and audited as
 * approval attempts, apart from the head's log-in).
 * Returns the approving head's user id; `refusal` is the message when the approver is not this home's head.
 */
export function headApproval(db: AppDb, actor: Actor, override: { headUsername?: string; headPassword?: string }, refusal?: string): number {
  if (actor.role === 'head') return actor.userId;
  const { headUsername, headPassword } = override;
  if (!headUsername) throw fieldError('override.headUsername', 'Nama pengguna Kepala UPTD wajib diisi');
  if (!headPassword) throw fieldError('override.headPassword', 'Kata sandi Kepala UPTD wajib diisi');
  let headUserId: number;
  try {
    // Its own attempt counter: the head's password cannot be guessed here, and failures never lock the head's log-in.
    headUserId = authenticateApproval(db, actor, headUsername, headPassword).id;
  } catch (error) {
    if (error instanceof AppError) throw new AppError('VALIDATION', error.message, { 'override.headPassword': error.message });
    throw error;
  }
  checkHead(db, requireHome(actor), headUserId, refusal);
  return headUserId;
}

/**
 * Records one spending against a budget line, linked to its source record, inside the caller's
 * transaction. Refuses spending past the line's remaining allocation unless the head approved it.
 */
export function recordSpending(tx: AppDb, actor: Actor, input: RecordSpendingInput): SpendingRecord {
  const homeId = requireHome(actor);
  const line = loadLine(tx, actor, input.lineId);
  const amount = roundRupiah(input.amount);
  if (!Number.isFinite(amount) || amount <= 0) throw fieldError('amount', 'Jumlah harus lebih dari 0');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date) || Number(input.date.slice(0, 4)) !== line.year) {
    throw fieldError('spentOn', `Tanggal harus dalam tahun anggaran ${line.year}`);
  }
  assertNotFuture(tx, actor, input.date, 'spentOn');
  if (!SOURCE_TYPE.test(input.source.type)) throw new AppError('VALIDATION', `Jenis sumber ${input.source.type} tidak sah`);
  if (input.source.type !== 'manual' && input.source.id == null) throw new AppError('VALIDATION', 'Pengeluaran dari fitur lain harus menunjuk catatan sumbernya');
  if (input.residentId != null) {
    const resident = tx.select({ id: residents.id }).from(residents).where(and(eq(residents.id, input.residentId), eq(residents.homeId, homeId))).get();
    if (!resident) throw notFound('Penerima manfaat');
  }
  const realised = realisedOnLine(tx, line.id);
  const remaining = line.allocation - realised;
  let override: { by: number; reason: string } | null = null;
  if (amount > remaining) {
    if (!input.override) {
      const details: OverAllocationDetails = { kind: 'over-allocation', allocation: line.allocation, realised, remaining, amount, excess: amount - remaining };
      const message = `Jumlah ${formatRupiah(amount)} melebihi sisa pagu ${formatRupiah(remaining)} (lebih ${formatRupiah(amount - remaining)}). Pelampauan memerlukan persetujuan Kepala UPTD.`;
      throw new AppError('CONFLICT', message, { amount: message }, details);
    }
    checkHead(tx, homeId, input.override.headUserId);
    override = { by: input.override.headUserId, reason: input.override.reason };
  }
  const row = tx
    .insert(spending)
    .values({
      homeId,
      lineId: line.id,
      spentOn: input.date,
      amount,
      description: input.description,
      payee: input.payee ?? null,
      proofNo: input.proofNo ?? null,
      sourceType: input.source.type,
      sourceId: input.source.id,
      sourceLabel: input.source.label,
      residentId: input.residentId ?? null,
      overrideBy: override?.by ?? null,
      overrideReason: override?.reason ?? null,
      createdBy: actor.userId,
      createdAt: nowIso(),
    })
    .returning()
    .get();
  recordAudit(tx, actor, { entity: 'spending', entityId: row.id, action: 'create', after: { ...row, createdAt: undefined } });
  if (override) {
    recordAudit(tx, actor, {
      entity: 'spending',
      entityId: row.id,
      action: 'override',
      after: { approvedBy: override.by, reason: override.reason, allocation: line.allocation, remainingBefore: remaining, amount, excess: amount - remaining },
    });
  }
  return getSpendingRecord(tx, homeId, row.id);
}

/**
 * Cancels a spending: never deleted, a reversal row with the negative amount is recorded on the day of
 * the void (so a month already reported keeps its figures) and audited. Other features call it too.
 */
export function voidSpending(tx: AppDb, actor: Actor, input: { id: number; voidedOn: string; reason: string }): SpendingRecord {
  const homeId = requireHome(actor);
  const original = tx.select().from(spending).where(and(eq(spending.id, input.id), eq(spending.homeId, homeId))).get();
  if (!original) throw notFound('Realisasi');
  if (original.reversalOf != null) throw new AppError('CONFLICT', 'Baris ini adalah pembatalan; tidak dapat dibatalkan lagi');
  const already = tx.select({ id: spending.id }).from(spending).where(eq(spending.reversalOf, original.id)).get();
  if (already) throw new AppError('CONFLICT', 'Realisasi ini sudah dibatalkan');
  const line = loadLine(tx, actor, original.lineId);
  if (input.voidedOn < original.spentOn) throw fieldError('voidedOn', 'Tanggal pembatalan tidak boleh sebelum tanggal realisasi');
  if (input.voidedOn > yearEnd(line.year)) throw fieldError('voidedOn', `Tanggal pembatalan harus dalam tahun anggaran ${line.year}`);
  assertNotFuture(tx, actor, input.voidedOn, 'voidedOn');
  const row = tx
    .insert(spending)
    .values({
      homeId,
      lineId: original.lineId,
      spentOn: input.voidedOn,
      amount: -original.amount,
      description: `Pembatalan: ${input.reason}`,
      payee: original.payee,
      proofNo: original.proofNo,
      sourceType: original.sourceType,
      sourceId: original.sourceId,
      sourceLabel: original.sourceLabel,
      residentId: original.residentId,
      reversalOf: original.id,
      createdBy: actor.userId,
      createdAt: nowIso(),
    })
    .returning()
    .get();
  recordAudit(tx, actor, {
    entity: 'spending',
    entityId: original.id,
    action: 'void',
    before: { amount: original.amount, spentOn: original.spentOn, description: original.description },
    after: { reversalId: row.id, amount: row.amount, voidedOn: input.voidedOn, reason: input.reason },
  });
  return getSpendingRecord(tx, homeId, original.id);
}

/**
 * The features whose records charge costs to the budget, and how each is cancelled: a spending linked to
 * one of them is voided only by cancelling that record (which voids it in the same transaction), never by
 * `spending.void`, so the record and its spending always agree. Any other non-manual source is refused too.
 */
export const LINKED_SOURCES: Record<string, { name: string; how: string }> = {
  meal_purchase: { name: 'pembelian bahan makanan', how: 'Batalkan pembelian di Permakanan → Pembelian' },
  medicine_receipt: { name: 'penerimaan obat', how: 'Batalkan penerimaan di Obat → Stok' },
  doctor_fee: { name: 'kunjungan dokter', how: 'Batalkan kunjungan di Obat → Kunjungan dokter' },
  education_fee: { name: 'biaya pendidikan', how: 'Batalkan biaya di Pelatihan → Sekolah' },
  funeral: { name: 'biaya pemakaman', how: 'Biaya yang sudah disetujui hanya batal bila Kepala UPTD membatalkan keluarnya penerima manfaat' },
  repatriation: { name: 'biaya pemulangan', how: 'Biaya yang sudah disetujui hanya batal bila Kepala UPTD membatalkan keluarnya penerima manfaat' },
};

/** The refusal of a direct void of linked spending: names the source; the UI links to it. */
export interface LinkedSourceDetails {
  kind: 'linked-source';
  source: { type: string; id: number | null; label: string | null };
}

/**
 * `spending.void`: finance cancels a spending it entered by hand. Spending recorded by another feature is
 * refused with the name of its source and the way to cancel it there.
 */
export function voidManualSpending(tx: AppDb, actor: Actor, input: { id: number; voidedOn: string; reason: string }): SpendingRecord {
  const homeId = requireHome(actor);
  const original = tx.select().from(spending).where(and(eq(spending.id, input.id), eq(spending.homeId, homeId))).get();
  if (!original) throw notFound('Realisasi');
  if (original.sourceType !== 'manual') {
    const known = LINKED_SOURCES[original.sourceType];
    const what = `${known?.name ?? original.sourceType}${original.sourceId != null ? ` #${original.sourceId}` : ''}${original.sourceLabel ? ` (${original.sourceLabel})` : ''}`;
    const message = `Realisasi ini berasal dari ${what} dan hanya dapat dibatalkan melalui catatan sumbernya. ${known?.how ?? 'Batalkan catatan sumbernya'}.`;
    const details: LinkedSourceDetails = { kind: 'linked-source', source: { type: original.sourceType, id: original.sourceId, label: original.sourceLabel } };
    throw new AppError('CONFLICT', message, undefined, details);
  }
  return voidSpending(tx, actor, input);
}

/**
 * A source record is cancelled: its spending is voided in the same transaction. A spending already voided
 * directly (before this rule, `spending.void` allowed it) keeps that reversal, so the source can still be
 * cancelled and the two agree again; it is never reversed twice.
 */
export function voidSourceSpending(tx: AppDb, actor: Actor, input: { id: number; voidedOn: string; reason: string }): void {
  const already = tx.select({ id: spending.id }).from(spending).where(eq(spending.reversalOf, input.id)).get();
  if (already) return;
  voidSpending(tx, actor, input);
}

type SpendingParsed = z.output<typeof SpendingInput>;

/**
 * Turns the override a form sent (reason, and the head's credentials when someone else records it) into the
 * approving head; other features that charge costs call it before their transaction.
 */
export function resolveOverride(db: AppDb, actor: Actor, input: z.output<typeof OverrideInput> | null): RecordSpendingInput['override'] {
  if (!input) return null;
  return { headUserId: headApproval(db, actor, input), reason: input.reason };
}

export function createSpending(db: AppDb, actor: Actor, input: SpendingParsed): SpendingRecord {
  const override = resolveOverride(db, actor, input.override);
  return db.transaction((tx) =>
    recordSpending(tx, actor, {
      lineId: input.lineId,
      date: input.spentOn,
      amount: input.amount,
      description: input.description,
      payee: input.payee,
      proofNo: input.proofNo,
      source: { type: 'manual', id: null, label: null },
      override,
    }),
  );
}

interface SpendingRow {
  id: number;
  lineId: number;
  subActivityCode: string;
  subActivityName: string;
  accountCode: string;
  accountName: string;
  fundingSource: FundingSource;
  spentOn: string;
  amount: number;
  description: string;
  payee: string | null;
  proofNo: string | null;
  sourceType: string;
  sourceId: number | null;
  sourceLabel: string | null;
  residentId: number | null;
  residentName: string | null;
  reversalOf: number | null;
  reversedById: number | null;
  reversedOn: string | null;
  reversedDescription: string | null;
  overrideByName: string | null;
  overrideReason: string | null;
  createdBy: string | null;
  createdAt: string;
}

export const SPENDING_SELECT = sql`
  SELECT s.id, s.line_id AS lineId, sub.code AS subActivityCode, sub.name AS subActivityName, a.code AS accountCode,
         coalesce(l.account_name, a.name) AS accountName, l.funding_source AS fundingSource, s.spent_on AS spentOn, s.amount, s.description, s.payee,
         s.proof_no AS proofNo, s.source_type AS sourceType, s.source_id AS sourceId, s.source_label AS sourceLabel,
         s.resident_id AS residentId, r.full_name AS residentName, s.reversal_of AS reversalOf, rev.id AS reversedById,
         rev.spent_on AS reversedOn, rev.description AS reversedDescription, ou.full_name AS overrideByName,
         s.override_reason AS overrideReason, cu.full_name AS createdBy, s.created_at AS createdAt
  FROM spending s
  JOIN budget_lines l ON l.id = s.line_id
  JOIN budget_activities sub ON sub.id = l.activity_id
  JOIN budget_accounts a ON a.id = l.account_id
  LEFT JOIN residents r ON r.id = s.resident_id
  LEFT JOIN spending rev ON rev.reversal_of = s.id
  LEFT JOIN users ou ON ou.id = s.override_by
  LEFT JOIN users cu ON cu.id = s.created_by`;

export function toSpendingRecord(r: SpendingRow): SpendingRecord {
  return {
    id: r.id,
    lineId: r.lineId,
    subActivityCode: r.subActivityCode,
    subActivityName: r.subActivityName,
    accountCode: r.accountCode,
    accountName: r.accountName,
    fundingSource: r.fundingSource,
    spentOn: r.spentOn,
    amount: r.amount,
    description: r.description,
    payee: r.payee,
    proofNo: r.proofNo,
    source: { type: r.sourceType, id: r.sourceId, label: r.sourceLabel },
    residentId: r.residentId,
    residentName: r.residentName,
    reversalOf: r.reversalOf,
    reversedBy: r.reversedById == null ? null : { id: r.reversedById, spentOn: r.reversedOn!, reason: r.reversedDescription!.replace(/^Pembatalan: /, '') },
    override: r.overrideByName == null ? null : { by: r.overrideByName, reason: r.overrideReason ?? '' },
    createdBy: r.createdBy,
    createdAt: r.createdAt,
  };
}

export function querySpending(db: AppDb, where: SQL, limit = -1): SpendingRecord[] {
  return db.all<SpendingRow>(sql`${SPENDING_SELECT} WHERE ${where} ORDER BY s.spent_on DESC, s.id DESC LIMIT ${limit}`).map(toSpendingRecord);
}

function getSpendingRecord(db: AppDb, homeId: number, id: number): SpendingRecord {
  const row = querySpending(db, sql`s.id = ${id} AND s.home_id = ${homeId}`)[0];
  if (!row) throw notFound('Realisasi');
  return row;
}

export function getSpending(db: AppDb, actor: Actor, id: number): SpendingRecord {
  return getSpendingRecord(db, requireHome(actor), id);
}

type ListParsed = z.output<typeof SpendingListInput>;

export function listSpending(db: AppDb, actor: Actor, input: ListParsed): SpendingList {
  const year = loadYear(db, actor, input.yearId);
  const where: SQL[] = [
    sql`s.home_id = ${year.homeId}`,
    sql`s.spent_on BETWEEN ${input.from ?? yearStart(year.year)} AND ${input.to ?? yearEnd(year.year)}`,
  ];
  if (input.lineId) where.push(sql`s.line_id = ${input.lineId}`);
  if (input.sourceType) where.push(sql`s.source_type = ${input.sourceType}`);
  const q = input.q?.trim().toLowerCase();
  if (q) {
    const pattern = `%${q.replace(/[%_]/g, '')}%`;
    where.push(sql`(lower(s.description) LIKE ${pattern} OR lower(coalesce(s.payee, '')) LIKE ${pattern} OR lower(coalesce(s.proof_no, '')) LIKE ${pattern} OR a.code LIKE ${pattern})`);
  }
  const condition = sql.join(where, sql` AND `);
  const totals = db.get<{ n: number; total: number }>(sql`
    SELECT count(*) AS n, coalesce(sum(s.amount), 0) AS total FROM spending s JOIN budget_lines l ON l.id = s.line_id
    JOIN budget_accounts a ON a.id = l.account_id WHERE ${condition}`)!;
  const rows = querySpending(db, condition, input.limit);
  return { rows, count: totals.n, total: totals.total, hasMore: totals.n > rows.length };
}
