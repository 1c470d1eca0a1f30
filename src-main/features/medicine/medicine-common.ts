import { and, eq, sql } from 'drizzle-orm';
import type { BatchRow, MedicineRow } from '../../contract';
import { MEDICINE_FORM_LABELS } from '../../contract';
import type { AppDb } from '../../db/client';
import { medicineBatches, medicines } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { notFound } from '../../lib/errors';

export type MedicineRecord = typeof medicines.$inferSelect;
export type BatchRecord = typeof medicineBatches.$inferSelect;

/** "Parasetamol 500 mg tablet (Sanmol)": how a medicine is named on screens and in print. */
export function medicineLabel(m: Pick<MedicineRecord, 'genericName' | 'brandName' | 'form' | 'strength'>): string {
  const form = MEDICINE_FORM_LABELS[m.form as keyof typeof MEDICINE_FORM_LABELS]?.toLowerCase() ?? m.form;
  return `${m.genericName} ${m.strength} ${form}${m.brandName ? ` (${m.brandName})` : ''}`;
}

export function loadMedicine(db: AppDb, actor: Actor, id: number): MedicineRecord {
  const row = db.select().from(medicines).where(and(eq(medicines.id, id), eq(medicines.homeId, requireHome(actor)))).get();
  if (!row) throw notFound('Obat');
  return row;
}

export function loadBatch(db: AppDb, actor: Actor, id: number): BatchRecord {
  const row = db.select().from(medicineBatches).where(and(eq(medicineBatches.id, id), eq(medicineBatches.homeId, requireHome(actor)))).get();
  if (!row) throw notFound('Batch obat');
  return row;
}

/** A batch can be given up to and including its expiry date. */
export const isExpired = (expiryDate: string, on: string) => expiryDate < on;

interface StockSums {
  medicineId: number;
  usable: number;
  expired: number;
  nextExpiry: string | null;
}

/** Usable (not expired on `asOf`) and expired quantity on hand per medicine of a home. */
export function stockSums(db: AppDb, homeId: number, asOf: string): Map<number, StockSums> {
  const rows = db.all<StockSums>(sql`
    SELECT medicine_id AS medicineId,
           coalesce(sum(CASE WHEN expiry_date >= ${asOf} THEN on_hand END), 0) AS usable,
           coalesce(sum(CASE WHEN expiry_date < ${asOf} THEN on_hand END), 0) AS expired,
           min(CASE WHEN expiry_date >= ${asOf} AND on_hand > 0 THEN expiry_date END) AS nextExpiry
    FROM medicine_batches WHERE home_id = ${homeId} AND on_hand > 0 GROUP BY medicine_id`);
  return new Map(rows.map((r) => [r.medicineId, r]));
}

export function toMedicineRow(m: MedicineRecord, sums: StockSums | undefined): MedicineRow {
  const usable = sums?.usable ?? 0;
  return {
    id: m.id,
    genericName: m.genericName,
    brandName: m.brandName,
    form: m.form as MedicineRow['form'],
    strength: m.strength,
    unit: m.unit,
    lowStockThreshold: m.lowStockThreshold,
    active: m.active,
    note: m.note,
    label: medicineLabel(m),
    usable,
    expired: sums?.expired ?? 0,
    low: m.active && usable <= m.lowStockThreshold,
    nextExpiry: sums?.nextExpiry ?? null,
  };
}

interface BatchJoin extends BatchRecord {
  genericName: string;
  brandName: string | null;
  form: string;
  strength: string;
  unit: string;
}

export function toBatchRow(b: BatchJoin, asOf: string): BatchRow {
  return {
    id: b.id,
    medicineId: b.medicineId,
    medicineLabel: medicineLabel(b),
    unit: b.unit,
    batchNo: b.batchNo,
    expiryDate: b.expiryDate,
    receivedOn: b.receivedOn,
    quantityReceived: b.quantityReceived,
    onHand: b.onHand,
    unitCost: b.unitCost,
    supplier: b.supplier,
    proofNo: b.proofNo,
    lineId: b.lineId,
    spendingId: b.spendingId,
    expired: isExpired(b.expiryDate, asOf),
    cancelled: b.cancelledOn ? { on: b.cancelledOn, reason: b.cancelReason ?? '' } : null,
  };
}

/** Batches of the home (with their medicine), filtered by a condition over `b` (batches) and `m` (medicines). */
export function queryBatches(db: AppDb, homeId: number, where: ReturnType<typeof sql>, asOf: string): BatchRow[] {
  return db
    .all<BatchJoin>(sql`
      SELECT b.id, b.home_id AS homeId, b.medicine_id AS medicineId, b.batch_no AS batchNo, b.expiry_date AS expiryDate,
             b.received_on AS receivedOn, b.quantity_received AS quantityReceived, b.on_hand AS onHand, b.unit_cost AS unitCost,
             b.supplier, b.proof_no AS proofNo, b.line_id AS lineId, b.spending_id AS spendingId, b.cancelled_on AS cancelledOn,
             b.cancel_reason AS cancelReason, b.created_by AS createdBy, b.created_at AS createdAt,
             m.generic_name AS genericName, m.brand_name AS brandName, m.form, m.strength, m.unit
      FROM medicine_batches b JOIN medicines m ON m.id = b.medicine_id
      WHERE b.home_id = ${homeId} AND ${where}
      ORDER BY m.generic_name, b.expiry_date, b.id`)
    .map((b) => toBatchRow(b, asOf));
}
