import { sql } from 'drizzle-orm';
import type { BatchRow, MovementKind, StockCard, StockCardLine, StockDashboard, StockReport, StockReportRow } from '../../contract';
import { EXPIRY_WARNING_DAYS, MOVEMENT_LABELS } from '../../contract';
import type { AppDb } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { homeToday } from '../homes/home-clock';
import { loadMedicine, medicineLabel, queryBatches, stockSums, toMedicineRow } from './medicine-common';
import { listMedicines } from './stock.service';

const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The dashboard's stock facts: low stock, batches expiring within `days`, expired stock awaiting disposal, today's MAR. */
export function stockDashboard(db: AppDb, actor: Actor, input: { asOf?: string; days?: number } = {}): StockDashboard {
  const homeId = requireHome(actor);
  const asOf = input.asOf ?? homeToday(db, actor);
  const days = input.days ?? EXPIRY_WARNING_DAYS;
  const medicines = listMedicines(db, actor, {}, asOf);
  const mar = db.get<{ recorded: number }>(sql`SELECT count(*) AS recorded FROM medication_administrations WHERE home_id = ${homeId} AND date = ${asOf} AND scheduled_time IS NOT NULL`)!;
  const due = db.get<{ due: number }>(sql`
    SELECT coalesce(sum(json_array_length(p.times)), 0) AS due FROM prescriptions p JOIN residents r ON r.id = p.resident_id
    WHERE p.home_id = ${homeId} AND r.status = 'active' AND p.start_date <= ${asOf} AND (p.end_date IS NULL OR p.end_date >= ${asOf})
      AND (p.stopped_on IS NULL OR p.stopped_on > ${asOf})`)!;
  return {
    asOf,
    days,
    medicines: medicines.length,
    lowStock: medicines.filter((m) => m.low),
    expiring: expiringBatches(db, homeId, asOf, days),
    expired: queryBatches(db, homeId, sql`b.on_hand > 0 AND b.expiry_date < ${asOf}`, asOf),
    dueToday: due.due,
    recordedToday: mar.recorded,
  };
}

export function expiringBatches(db: AppDb, homeId: number, asOf: string, days: number): BatchRow[] {
  return queryBatches(db, homeId, sql`b.on_hand > 0 AND b.expiry_date BETWEEN ${asOf} AND ${plusDays(asOf, days)}`, asOf).sort((a, b) => a.expiryDate.localeCompare(b.expiryDate));
}

interface MovementJoin {
  movedOn: string;
  kind: MovementKind;
  quantity: number;
  reason: string | null;
  batchNo: string;
  expiryDate: string;
  supplier: string;
  residentName: string | null;
  atTime: string | null;
}

/** Every movement of one medicine in a period, with the running balance from the balance before it. */
export function stockCard(db: AppDb, actor: Actor, input: { medicineId: number; from: string; to: string }): StockCard {
  const homeId = requireHome(actor);
  const medicine = loadMedicine(db, actor, input.medicineId);
  const opening = db.get<{ n: number }>(sql`SELECT coalesce(sum(quantity), 0) AS n FROM medicine_movements WHERE medicine_id = ${medicine.id} AND moved_on < ${input.from}`)!.n;
  const moves = db.all<MovementJoin>(sql`
    SELECT mv.moved_on AS movedOn, mv.kind, mv.quantity, mv.reason, b.batch_no AS batchNo, b.expiry_date AS expiryDate, b.supplier,
           r.full_name AS residentName, a.at_time AS atTime
    FROM medicine_movements mv JOIN medicine_batches b ON b.id = mv.batch_id
    LEFT JOIN medication_administrations a ON a.id = mv.administration_id LEFT JOIN residents r ON r.id = a.resident_id
    WHERE mv.medicine_id = ${medicine.id} AND mv.moved_on BETWEEN ${input.from} AND ${input.to}
    ORDER BY mv.moved_on, mv.id`);
  let balance = opening;
  const lines: StockCardLine[] = moves.map((m) => {
    balance += m.quantity;
    const description =
      m.kind === 'receipt' ? `${MOVEMENT_LABELS.receipt} dari ${m.supplier}` : m.kind === 'dose' ? `Diberikan kepada ${m.residentName ?? '-'} pukul ${m.atTime?.replace(':', '.') ?? '-'}` : `${MOVEMENT_LABELS[m.kind]}: ${m.reason ?? ''}`;
    return { date: m.movedOn, kind: m.kind, batchNo: m.batchNo, expiryDate: m.expiryDate, description, in: Math.max(0, m.quantity), out: Math.max(0, -m.quantity), balance };
  });
  const sums = stockSums(db, homeId, homeToday(db, actor));
  return {
    medicine: toMedicineRow(medicine, sums.get(medicine.id)),
    from: input.from,
    to: input.to,
    opening,
    lines,
    totalIn: lines.reduce((n, l) => n + l.in, 0),
    totalOut: lines.reduce((n, l) => n + l.out, 0),
    closing: balance,
  };
}

/** Per medicine: opening, received, given, adjusted (adjustments, stock takes, cancelled receipts), disposed, closing, value. */
export function stockReport(db: AppDb, actor: Actor, input: { from: string; to: string }): StockReport {
  const homeId = requireHome(actor);
  const rows = db.all<StockReportRow & { genericName: string; brandName: string | null; form: string; strength: string }>(sql`
    SELECT m.id AS medicineId, m.generic_name AS genericName, m.brand_name AS brandName, m.form, m.strength, m.unit,
      coalesce(sum(CASE WHEN mv.moved_on < ${input.from} THEN mv.quantity END), 0) AS opening,
      coalesce(sum(CASE WHEN mv.moved_on BETWEEN ${input.from} AND ${input.to} AND mv.kind = 'receipt' THEN mv.quantity END), 0) AS received,
      coalesce(sum(CASE WHEN mv.moved_on BETWEEN ${input.from} AND ${input.to} AND mv.kind = 'dose' THEN -mv.quantity END), 0) AS given,
      coalesce(sum(CASE WHEN mv.moved_on BETWEEN ${input.from} AND ${input.to} AND mv.kind IN ('adjustment','stock_take','cancel') THEN mv.quantity END), 0) AS adjusted,
      coalesce(sum(CASE WHEN mv.moved_on BETWEEN ${input.from} AND ${input.to} AND mv.kind = 'disposal' THEN -mv.quantity END), 0) AS disposed,
      coalesce(sum(CASE WHEN mv.moved_on <= ${input.to} THEN mv.quantity END), 0) AS closing,
      coalesce(sum(CASE WHEN mv.moved_on <= ${input.to} THEN mv.quantity * b.unit_cost END), 0) AS value
    FROM medicines m LEFT JOIN medicine_movements mv ON mv.medicine_id = m.id LEFT JOIN medicine_batches b ON b.id = mv.batch_id
    WHERE m.home_id = ${homeId}
    GROUP BY m.id`);
  return {
    from: input.from,
    to: input.to,
    rows: rows
      .map(({ genericName, brandName, form, strength, ...r }) => ({ ...r, label: medicineLabel({ genericName, brandName, form, strength }) }))
      .sort((a, b) => a.label.localeCompare(b.label, 'id')),
  };
}
