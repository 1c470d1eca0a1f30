import { and, eq, gt, gte, lte, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AdjustInput, BatchListInput, BatchRow, CancelReceiptInput, DisposeInput, MedicineInput, MedicineRow, MovementKind, ReceiptInput, StockTakeInput } from '../../contract';
import { formatRupiah } from '../../contract';
import type { AppDb } from '../../db/client';
import { medicineBatches, medicineMovements, medicines } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { AppError, fieldError } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { recordSpending, resolveOverride, voidSourceSpending } from '../budget/spending.service';
import { assertNotFuture, homeToday } from '../homes/home-clock';
import { isExpired, loadBatch, loadMedicine, medicineLabel, queryBatches, stockSums, toMedicineRow } from './medicine-common';

export function listMedicines(db: AppDb, actor: Actor, input: { includeInactive?: boolean } = {}, asOf = homeToday(db, actor)): MedicineRow[] {
  const homeId = requireHome(actor);
  const sums = stockSums(db, homeId, asOf);
  const where = input.includeInactive ? eq(medicines.homeId, homeId) : and(eq(medicines.homeId, homeId), eq(medicines.active, true));
  return db
    .select()
    .from(medicines)
    .where(where)
    .all()
    .map((m) => toMedicineRow(m, sums.get(m.id)))
    .sort((a, b) => a.label.localeCompare(b.label, 'id'));
}

export function saveMedicine(db: AppDb, actor: Actor, input: z.output<typeof MedicineInput>): MedicineRow {
  const homeId = requireHome(actor);
  return db.transaction((tx) => {
    const same = tx
      .select({ id: medicines.id })
      .from(medicines)
      .where(
        and(
          eq(medicines.homeId, homeId),
          sql`lower(${medicines.genericName}) = lower(${input.genericName}) AND lower(${medicines.strength}) = lower(${input.strength})
              AND ${medicines.form} = ${input.form} AND lower(coalesce(${medicines.brandName}, '')) = lower(${input.brandName ?? ''})`,
          input.id ? ne(medicines.id, input.id) : sql`1 = 1`,
        ),
      )
      .get();
    if (same) throw fieldError('genericName', 'Obat dengan nama, bentuk, kekuatan dan merek yang sama sudah ada di katalog');
    const values = { ...input, id: undefined, homeId, updatedAt: nowIso() };
    let row;
    if (input.id) {
      const before = loadMedicine(tx, actor, input.id);
      row = tx.update(medicines).set(values).where(eq(medicines.id, input.id)).returning().get();
      recordAudit(tx, actor, { entity: 'medicine', entityId: row.id, action: 'update', before, after: row });
    } else {
      row = tx.insert(medicines).values({ ...values, createdAt: nowIso() }).returning().get();
      recordAudit(tx, actor, { entity: 'medicine', entityId: row.id, action: 'create', after: row });
    }
    return toMedicineRow(row, stockSums(tx, homeId, homeToday(db, actor)).get(row.id));
  });
}

export function listBatches(db: AppDb, actor: Actor, input: z.output<typeof BatchListInput>): BatchRow[] {
  const homeId = requireHome(actor);
  const conditions = [sql`1 = 1`];
  if (input.medicineId) conditions.push(sql`b.medicine_id = ${input.medicineId}`);
  if (!input.withEmpty) conditions.push(sql`b.on_hand > 0`);
  return queryBatches(db, homeId, sql.join(conditions, sql` AND `), input.asOf ?? homeToday(db, actor));
}

const batchRow = (db: AppDb, actor: Actor, id: number) => queryBatches(db, requireHome(actor), sql`b.id = ${id}`, homeToday(db, actor))[0]!;

/** Writes a movement and moves the batch's quantity by the same amount (the CHECK refuses going below zero). */
function move(tx: AppDb, actor: Actor, batch: { id: number; medicineId: number; homeId: number }, kind: MovementKind, quantity: number, movedOn: string, reason: string | null, administrationId: number | null = null) {
  tx.update(medicineBatches).set({ onHand: sql`${medicineBatches.onHand} + ${quantity}` }).where(eq(medicineBatches.id, batch.id)).run();
  tx.insert(medicineMovements)
    .values({ homeId: batch.homeId, medicineId: batch.medicineId, batchId: batch.id, movedOn, kind, quantity, reason, administrationId, createdBy: actor.userId, createdAt: nowIso() })
    .run();
}


/** A receipt: a new batch, its receipt movement and (when bought) the spending on the budget line, in one transaction. */
export function receiveStock(db: AppDb, actor: Actor, input: z.output<typeof ReceiptInput>): BatchRow {
  const homeId = requireHome(actor);
  const medicine = loadMedicine(db, actor, input.medicineId);
  assertNotFuture(db, actor, input.receivedOn, 'receivedOn');
  if (isExpired(input.expiryDate, input.receivedOn)) throw fieldError('expiryDate', 'Obat sudah kedaluwarsa pada tanggal penerimaan');
  const total = input.quantity * input.unitCost;
  if (total > 0 && !input.lineId) throw fieldError('lineId', 'Pilih baris anggaran yang dibebani (atau isi harga 0 untuk hibah)');
  const override = resolveOverride(db, actor, input.override);
  return db.transaction((tx) => {
    const batch = tx
      .insert(medicineBatches)
      .values({
        homeId,
        medicineId: medicine.id,
        batchNo: input.batchNo,
        expiryDate: input.expiryDate,
        receivedOn: input.receivedOn,
        quantityReceived: input.quantity,
        onHand: 0,
        unitCost: input.unitCost,
        supplier: input.supplier,
        proofNo: input.proofNo,
        lineId: total > 0 ? input.lineId : null,
        createdBy: actor.userId,
        createdAt: nowIso(),
      })
      .returning()
      .get();
    move(tx, actor, batch, 'receipt', input.quantity, input.receivedOn, null);
    let spendingId: number | null = null;
    if (total > 0) {
      const label = `${medicineLabel(medicine)}, batch ${input.batchNo}`;
      spendingId = recordSpending(tx, actor, {
        lineId: input.lineId!,
        date: input.receivedOn,
        amount: total,
        description: `Pembelian obat: ${label}, ${input.quantity} ${medicine.unit} × ${formatRupiah(input.unitCost)}`,
        payee: input.supplier,
        proofNo: input.proofNo,
        source: { type: 'medicine_receipt', id: batch.id, label },
        override,
      }).id;
      tx.update(medicineBatches).set({ spendingId }).where(eq(medicineBatches.id, batch.id)).run();
    }
    recordAudit(tx, actor, { entity: 'medicine_batch', entityId: batch.id, action: 'receive', after: { ...batch, onHand: input.quantity, spendingId } });
    return batchRow(tx, actor, batch.id);
  });
}

/** Cancels a receipt entered by mistake: only while nothing of it has been used; its spending is voided. */
export function cancelReceipt(db: AppDb, actor: Actor, input: z.output<typeof CancelReceiptInput>): BatchRow {
  return db.transaction((tx) => {
    const batch = loadBatch(tx, actor, input.batchId);
    if (batch.cancelledOn) throw new AppError('CONFLICT', 'Penerimaan ini sudah dibatalkan');
    if (batch.onHand !== batch.quantityReceived) throw new AppError('CONFLICT', 'Sebagian obat dari batch ini sudah dipakai atau disesuaikan: catat penyesuaian, bukan pembatalan');
    if (input.cancelledOn < batch.receivedOn) throw fieldError('cancelledOn', 'Tanggal pembatalan tidak boleh sebelum tanggal penerimaan');
    assertNotFuture(db, actor, input.cancelledOn, 'cancelledOn');
    move(tx, actor, batch, 'cancel', -batch.onHand, input.cancelledOn, input.reason);
    if (batch.spendingId) voidSourceSpending(tx, actor, { id: batch.spendingId, voidedOn: input.cancelledOn, reason: input.reason });
    tx.update(medicineBatches).set({ cancelledOn: input.cancelledOn, cancelReason: input.reason }).where(eq(medicineBatches.id, batch.id)).run();
    recordAudit(tx, actor, { entity: 'medicine_batch', entityId: batch.id, action: 'cancel', before: batch, after: { cancelledOn: input.cancelledOn, reason: input.reason } });
    return batchRow(tx, actor, batch.id);
  });
}

function checkQuantity(batch: { onHand: number; quantityReceived: number }, delta: number) {
  if (batch.onHand + delta < 0) throw fieldError('quantity', `Stok tidak boleh negatif: sisa batch ini ${batch.onHand}`);
  if (batch.onHand + delta > batch.quantityReceived) throw fieldError('quantity', `Sisa tidak boleh melebihi jumlah diterima (${batch.quantityReceived})`);
}

export function adjustStock(db: AppDb, actor: Actor, input: z.output<typeof AdjustInput>): BatchRow {
  return db.transaction((tx) => {
    const batch = loadBatch(tx, actor, input.batchId);
    if (batch.cancelledOn) throw new AppError('CONFLICT', 'Penerimaan ini sudah dibatalkan');
    assertNotFuture(db, actor, input.movedOn, 'movedOn');
    checkQuantity(batch, input.quantity);
    move(tx, actor, batch, 'adjustment', input.quantity, input.movedOn, input.reason);
    recordAudit(tx, actor, { entity: 'medicine_batch', entityId: batch.id, action: 'adjust', before: { onHand: batch.onHand }, after: { onHand: batch.onHand + input.quantity, reason: input.reason } });
    return batchRow(tx, actor, batch.id);
  });
}

/** A stock take: the counted quantity of each batch; the differences are recorded, with the reason. */
export function stockTake(db: AppDb, actor: Actor, input: z.output<typeof StockTakeInput>): { changed: number } {
  assertNotFuture(db, actor, input.movedOn, 'movedOn');
  return db.transaction((tx) => {
    let changed = 0;
    input.counts.forEach((count, i) => {
      const batch = loadBatch(tx, actor, count.batchId);
      const delta = count.counted - batch.onHand;
      if (delta === 0) return;
      if (count.counted > batch.quantityReceived) throw fieldError(`counts.${i}.counted`, `Jumlah hitung melebihi jumlah diterima (${batch.quantityReceived})`);
      move(tx, actor, batch, 'stock_take', delta, input.movedOn, input.reason);
      changed += 1;
    });
    recordAudit(tx, actor, { entity: 'medicine_stock_take', action: 'create', after: { ...input, changed } });
    return { changed };
  });
}

/** Disposal of an expired batch's remaining quantity. */
export function disposeBatch(db: AppDb, actor: Actor, input: z.output<typeof DisposeInput>): BatchRow {
  return db.transaction((tx) => {
    const batch = loadBatch(tx, actor, input.batchId);
    if (batch.onHand === 0) throw new AppError('CONFLICT', 'Batch ini sudah habis');
    assertNotFuture(db, actor, input.movedOn, 'movedOn');
    move(tx, actor, batch, 'disposal', -batch.onHand, input.movedOn, input.reason);
    recordAudit(tx, actor, { entity: 'medicine_batch', entityId: batch.id, action: 'dispose', before: { onHand: batch.onHand }, after: { onHand: 0, reason: input.reason } });
    return batchRow(tx, actor, batch.id);
  });
}

/**
 * Takes `quantity` of a medicine for a dose given on `date`, first-expiry-first-out from batches received by
 * then and not expired on that day; throws (with `field`) when there is not enough usable stock. The returned
 * function keeps its prepared statements: the day's MAR issues hundreds of doses with one issuer.
 */
export function fefoIssuer(tx: AppDb, actor: Actor) {
  const homeId = requireHome(actor);
  const b = medicineBatches;
  const select = tx
    .select({ id: b.id, onHand: b.onHand })
    .from(b)
    .where(and(eq(b.medicineId, sql.placeholder('medicineId')), eq(b.homeId, homeId), gt(b.onHand, 0), gte(b.expiryDate, sql.placeholder('date')), lte(b.receivedOn, sql.placeholder('date'))))
    .orderBy(b.expiryDate, b.id)
    .prepare();
  const take = tx.update(b).set({ onHand: sql`${b.onHand} - ${sql.placeholder('take')}` }).where(eq(b.id, sql.placeholder('id'))).prepare();
  const insert = tx
    .insert(medicineMovements)
    .values({
      homeId,
      medicineId: sql.placeholder('medicineId'),
      batchId: sql.placeholder('batchId'),
      movedOn: sql.placeholder('date'),
      kind: 'dose',
      quantity: sql.placeholder('quantity'),
      administrationId: sql.placeholder('administrationId'),
      createdBy: actor.userId,
      createdAt: sql.placeholder('createdAt'),
    })
    .prepare();
  return (medicineId: number, quantity: number, date: string, administrationId: number, field = 'status'): void => {
    const batches = select.all({ medicineId, date });
    const available = batches.reduce((n, x) => n + x.onHand, 0);
    if (available < quantity) {
      throw fieldError(field, available === 0 ? 'Stok obat ini habis (atau hanya tersisa yang kedaluwarsa): tidak dapat dicatat diberikan' : `Stok obat tidak cukup: tersisa ${available}, dibutuhkan ${quantity}`);
    }
    let left = quantity;
    const createdAt = nowIso();
    for (const batch of batches) {
      if (left === 0) break;
      const n = Math.min(left, batch.onHand);
      take.run({ take: n, id: batch.id });
      insert.run({ medicineId, batchId: batch.id, date, quantity: -n, administrationId, createdAt });
      left -= n;
    }
  };
}
