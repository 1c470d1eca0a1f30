import { and, between, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { FoodPurchase, OverrideInput, SpendingRecord } from '../../contract';
import { roundRupiah } from '../../contract';
import type { AppDb } from '../../db/client';
import { foodPurchaseItems, foodPurchases } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { AppError, fieldError, notFound } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { monthEnd } from '../budget/budget-common';
import { querySpending, recordSpending, resolveOverride, voidSourceSpending } from '../budget/spending.service';

export const MEAL_PURCHASE_SOURCE = 'meal_purchase';

export interface PurchaseParsed {
  purchasedOn: string;
  supplier: string;
  proofNo: string | null;
  lineId: number;
  items: { name: string; quantity: number; unit: string; unitPrice: number }[];
  note: string | null;
  override: z.output<typeof OverrideInput> | null;
}

/** The spending guard names its date field `spentOn`; on this form it is the purchase date. */
function asPurchaseError(error: unknown): unknown {
  if (error instanceof AppError && error.fieldErrors) {
    const rename: Record<string, string> = { spentOn: 'purchasedOn', voidedOn: 'cancelledOn', amount: 'items' };
    const fields = Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [rename[k] ?? k, v]));
    return new AppError(error.code, error.message, fields, error.details);
  }
  return error;
}

export const purchaseLabel = (p: { supplier: string; proofNo: string | null }) => `Belanja bahan makanan ${p.supplier}${p.proofNo ? ` (${p.proofNo})` : ''}`;

/**
 * Records a food purchase and, in the same transaction, its spending on the chosen budget line (linked
 * back to the purchase). Past the line's remaining allocation it needs the head's approval.
 */
export function recordPurchase(db: AppDb, actor: Actor, input: PurchaseParsed): FoodPurchase {
  const homeId = requireHome(actor);
  const override = resolveOverride(db, actor, input.override);
  const items = input.items.map((i) => ({ ...i, amount: roundRupiah(i.quantity * i.unitPrice) }));
  const total = items.reduce((n, i) => n + i.amount, 0);
  if (total <= 0) throw fieldError('items', 'Jumlah belanja harus lebih dari 0');
  const id = db.transaction((tx) => {
    const purchase = tx
      .insert(foodPurchases)
      .values({ homeId, purchasedOn: input.purchasedOn, supplier: input.supplier, proofNo: input.proofNo, lineId: input.lineId, total, note: input.note, createdBy: actor.userId, createdAt: nowIso() })
      .returning()
      .get();
    tx.insert(foodPurchaseItems).values(items.map((i) => ({ purchaseId: purchase.id, ...i }))).run();
    let spent: SpendingRecord;
    try {
      spent = recordSpending(tx, actor, {
        lineId: input.lineId,
        date: input.purchasedOn,
        amount: total,
        description: `Belanja bahan makanan: ${items.map((i) => i.name).join(', ')}`.slice(0, 500),
        payee: input.supplier,
        proofNo: input.proofNo,
        source: { type: MEAL_PURCHASE_SOURCE, id: purchase.id, label: purchaseLabel(input) },
        override,
      });
    } catch (error) {
      throw asPurchaseError(error);
    }
    tx.update(foodPurchases).set({ spendingId: spent.id }).where(eq(foodPurchases.id, purchase.id)).run();
    recordAudit(tx, actor, { entity: 'food_purchase', entityId: purchase.id, action: 'create', after: { ...purchase, spendingId: spent.id, items } });
    return purchase.id;
  });
  return getPurchase(db, actor, id);
}

/** Cancels a purchase: never deleted; its spending is voided (a reversal on the cancellation date). */
export function cancelPurchase(db: AppDb, actor: Actor, input: { id: number; cancelledOn: string; reason: string }): FoodPurchase {
  const homeId = requireHome(actor);
  db.transaction((tx) => {
    const purchase = tx.select().from(foodPurchases).where(and(eq(foodPurchases.id, input.id), eq(foodPurchases.homeId, homeId))).get();
    if (!purchase) throw notFound('Pembelian');
    if (purchase.cancelledOn) throw new AppError('CONFLICT', 'Pembelian ini sudah dibatalkan');
    if (input.cancelledOn < purchase.purchasedOn) throw fieldError('cancelledOn', 'Tanggal pembatalan tidak boleh sebelum tanggal pembelian');
    try {
      if (purchase.spendingId) voidSourceSpending(tx, actor, { id: purchase.spendingId, voidedOn: input.cancelledOn, reason: input.reason });
    } catch (error) {
      throw asPurchaseError(error);
    }
    tx.update(foodPurchases).set({ cancelledOn: input.cancelledOn, cancelReason: input.reason }).where(eq(foodPurchases.id, purchase.id)).run();
    recordAudit(tx, actor, { entity: 'food_purchase', entityId: purchase.id, action: 'cancel', before: { cancelledOn: null }, after: { cancelledOn: input.cancelledOn, reason: input.reason } });
  });
  return getPurchase(db, actor, input.id);
}

function toPurchases(db: AppDb, rows: (typeof foodPurchases.$inferSelect)[]): FoodPurchase[] {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const items = db.select().from(foodPurchaseItems).where(inArray(foodPurchaseItems.purchaseId, ids)).orderBy(foodPurchaseItems.id).all();
  const spendingIds = rows.map((r) => r.spendingId).filter((v): v is number => v != null);
  const spent = new Map(spendingIds.length ? querySpending(db, sql`s.id IN (${sql.join(spendingIds, sql`, `)})`).map((s) => [s.id, s]) : []);
  return rows.map((r) => {
    const s = r.spendingId ? (spent.get(r.spendingId) ?? null) : null;
    return {
      id: r.id,
      purchasedOn: r.purchasedOn,
      supplier: r.supplier,
      proofNo: r.proofNo,
      lineId: r.lineId,
      lineLabel: s ? `${s.subActivityName} — ${s.accountCode} ${s.accountName}` : '',
      total: r.total,
      note: r.note,
      items: items.filter((i) => i.purchaseId === r.id).map(({ name, quantity, unit, unitPrice, amount }) => ({ name, quantity, unit, unitPrice, amount })),
      spending: s,
      cancelled: r.cancelledOn ? { on: r.cancelledOn, reason: r.cancelReason ?? '' } : null,
      createdAt: r.createdAt,
    };
  });
}

export function getPurchase(db: AppDb, actor: Actor, id: number): FoodPurchase {
  const row = db.select().from(foodPurchases).where(and(eq(foodPurchases.id, id), eq(foodPurchases.homeId, requireHome(actor)))).get();
  if (!row) throw notFound('Pembelian');
  return toPurchases(db, [row])[0]!;
}

export function listPurchases(db: AppDb, actor: Actor, input: { month: string }): FoodPurchase[] {
  const homeId = requireHome(actor);
  const from = `${input.month}-01`;
  const rows = db
    .select()
    .from(foodPurchases)
    .where(and(eq(foodPurchases.homeId, homeId), between(foodPurchases.purchasedOn, from, monthEnd(from))))
    .orderBy(desc(foodPurchases.purchasedOn), desc(foodPurchases.id))
    .all();
  return toPurchases(db, rows);
}
