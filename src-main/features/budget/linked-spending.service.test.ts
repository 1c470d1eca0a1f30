import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName } from '../../contract';
import type { Core } from '../../core';
import { sampleBudget } from '../../../tests/helpers/budget';
import { sampleResident } from '../../../tests/helpers/residents';
import { makeCore, ok, setupAndLogin, userWithRole } from '../../../tests/helpers/temp-core';

/**
 * Every feature that charges a cost to the budget, walked through create → cancel: after each step every
 * source has exactly one live spending (or one reversed pair once cancelled), no spending is orphaned, and
 * `spending.void` refuses linked spending with the name of its source.
 */
describe('linked spending: a source and its spending always agree', () => {
  let core: Core;
  let finance: string;
  let head: string;
  let b: Awaited<ReturnType<typeof sampleBudget>>;
  let residentId: number;
  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'admin');
    finance = await userWithRole(core, 'admin', 'finance', 'bendahara');
    head = await userWithRole(core, 'admin', 'head', 'kepala');
    b = await sampleBudget(core, finance);
    residentId = (await ok(core, 'admin', 'residents.create', { resident: sampleResident({ admissionDate: '2025-01-02' }) })).id;
  });
  afterEach(() => core.close());

  const call = <C extends ChannelName>(session: string, channel: C, input: ChannelInput<C>) => core.router.call(channel, input, { sessionKey: session });
  const all = <T>(q: string) => core.requireOpened().sqlite.prepare(q).all() as T[];

  /** The sources that carry a spending_id: [source type, table, cancelled column]. */
  const SOURCES = [
    ['meal_purchase', 'food_purchases', 'cancelled_on'],
    ['medicine_receipt', 'medicine_batches', 'cancelled_on'],
    ['doctor_fee', 'doctor_visits', 'cancelled_on'],
    ['education_fee', 'school_fees', 'voided_on'],
  ] as const;

  /** Asserts the invariant; returns the state of each source ('live' | 'reversed') keyed `type#id`. */
  const invariant = () => {
    const state: Record<string, 'live' | 'reversed'> = {};
    const claimed = new Set<number>();
    const check = (key: string, spendingId: number, sourceType: string, sourceId: number, cancelled: boolean) => {
      const rows = all<{ id: number; amount: number; reversal_of: number | null; source_type: string; source_id: number }>(
        `SELECT id, amount, reversal_of, source_type, source_id FROM spending WHERE id = ${spendingId} OR reversal_of = ${spendingId}`,
      );
      const original = rows.filter((r) => r.reversal_of == null);
      const reversals = rows.filter((r) => r.reversal_of != null);
      expect(original, `${key}: one original spending`).toHaveLength(1);
      expect(original[0]).toMatchObject({ source_type: sourceType, source_id: sourceId });
      expect(reversals.length, `${key}: reversed exactly when cancelled`).toBe(cancelled ? 1 : 0);
      if (cancelled) expect(reversals[0]!.amount).toBe(-original[0]!.amount);
      for (const r of rows) claimed.add(r.id);
      state[key] = cancelled ? 'reversed' : 'live';
    };
    for (const [type, table, column] of SOURCES) {
      for (const s of all<{ id: number; spending_id: number | null; cancelled: string | null }>(`SELECT id, spending_id, ${column} AS cancelled FROM ${table}`)) {
        if (s.spending_id != null) check(`${type}#${s.id}`, s.spending_id, type, s.id, s.cancelled != null);
      }
    }
    const items = all<{ id: number; spending_id: number; exit_id: number; kind: string; cost_state: string }>(
      `SELECT i.id, i.spending_id, i.exit_id, e.kind, e.cost_state FROM exit_cost_items i JOIN resident_exits e ON e.id = i.exit_id WHERE i.spending_id IS NOT NULL`,
    );
    for (const i of items) check(`exit-cost#${i.id}`, i.spending_id, i.kind === 'death' ? 'funeral' : 'repatriation', i.exit_id, i.cost_state === 'voided');
    // Nothing orphaned: every spending row that is not manual belongs to one of the sources above.
    const linked = all<{ id: number }>(`SELECT id FROM spending WHERE source_type <> 'manual'`);
    expect(linked.filter((r) => !claimed.has(r.id)), 'orphaned linked spending').toEqual([]);
    return state;
  };

  const refusedDirectVoid = async (spendingId: number, name: RegExp) => {
    const refused = await call(finance, 'spending.void', { id: spendingId, voidedOn: '2025-08-01', reason: 'Coba langsung' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { kind: 'linked-source' } } });
    expect(refused.ok ? '' : refused.error.message).toMatch(name);
    expect(refused.ok ? '' : refused.error.message).toMatch(/hanya dapat dibatalkan melalui catatan sumbernya/);
  };

  it('walks every costed source through create → cancel; spending.void refuses each linked spending', async () => {
    expect(invariant()).toEqual({});

    // Food purchase.
    const purchase = await ok(core, finance, 'meals.recordPurchase', {
      purchasedOn: '2025-03-03', supplier: 'UD Beras Solok', proofNo: 'BL-1', lineId: b.lines.food.id, items: [{ name: 'Beras', quantity: 100, unit: 'kg', unitPrice: 12_500 }],
    });
    expect(invariant()[`meal_purchase#${purchase.id}`]).toBe('live');
    await refusedDirectVoid(purchase.spending!.id, new RegExp(`pembelian bahan makanan #${purchase.id}`));

    // Medicine receipt.
    const medicine = await ok(core, finance, 'medicine.save', { genericName: 'Parasetamol', form: 'tablet', strength: '500 mg', unit: 'tablet' });
    const batch = await ok(core, finance, 'medicine.receive', {
      medicineId: medicine.id, batchNo: 'B-1', expiryDate: '2027-06-30', receivedOn: '2025-03-04', quantity: 100, unitCost: 500, supplier: 'Apotek', lineId: b.lines.drugs.id,
    });
    expect(invariant()[`medicine_receipt#${batch.id}`]).toBe('live');
    await refusedDirectVoid(batch.spendingId!, /penerimaan obat/);

    // Doctor visit.
    const visit = await ok(core, finance, 'visit.create', {
      visitedOn: '2025-03-05', kind: 'doctor', practitioner: 'dr. Rina', residents: [{ residentId }], fee: 300_000, lineId: b.lines.drugs.id,
    });
    expect(invariant()[`doctor_fee#${visit.id}`]).toBe('live');
    await refusedDirectVoid(visit.spendingId!, /kunjungan dokter/);

    // School fee.
    const school = await ok(core, 'admin', 'school.saveRecord', { residentId, schoolName: 'SMP Negeri 2', level: 'smp', grade: 'Kelas 8', schoolYear: '2024/2025' });
    const paid = await ok(core, finance, 'school.payFee', { schoolRecordId: school.id, lineId: b.lines.atk.id, kind: 'uniform', paidOn: '2025-03-06', amount: 450_000, description: 'Seragam' });
    const fee = paid.fees[0]!;
    expect(invariant()[`education_fee#${fee.id}`]).toBe('live');
    await refusedDirectVoid(fee.spendingId!, /biaya pendidikan/);

    // Approved exit costs (a death and its funeral).
    const other = (await ok(core, 'admin', 'residents.create', { resident: sampleResident({ fullName: 'Budi Hartono', nik: null, kkNumber: null, admissionDate: '2025-01-02', sex: 'L' }) })).id;
    const exit = await ok(core, 'admin', 'exits.recordDeath', {
      residentId: other, exitDate: '2025-03-10', reason: 'Sakit',
      details: { deathTime: '04:30', deathPlace: 'RSUD', causeOfDeath: 'Sakit', certificateNo: 'SKK/1', notifiedName: 'Keluarga', notifiedAt: '2025-03-10 06:00', notifiedHow: 'phone', burialPlace: 'TPU', burialDate: '2025-03-10', rites: 'Islam' },
    });
    for (const [category, amount] of [['coffin', 1_500_000], ['shroud', 350_000]] as const) {
      await ok(core, finance, 'exits.saveCost', { exitId: exit.id, category, description: category, amount, spentOn: '2025-03-10' });
    }
    await ok(core, finance, 'exits.submitCosts', { id: exit.id });
    await ok(core, head, 'exits.decideCosts', { id: exit.id, approve: true, lineId: b.lines.food.id });
    const afterCosts = invariant();
    expect(Object.entries(afterCosts).filter(([k, v]) => k.startsWith('exit-cost#') && v === 'live')).toHaveLength(2);
    const funeralSpending = all<{ id: number }>(`SELECT id FROM spending WHERE source_type = 'funeral'`)[0]!;
    await refusedDirectVoid(funeralSpending.id, /biaya pemakaman/);
    // The head may not void it directly either.
    expect(await call(head, 'spending.void', { id: funeralSpending.id, voidedOn: '2025-08-01', reason: 'x' })).toMatchObject({ ok: false, error: { details: { kind: 'linked-source' } } });
    expect(invariant()).toEqual(afterCosts); // the refusals changed nothing

    // Cancel each through its source.
    await ok(core, finance, 'meals.cancelPurchase', { id: purchase.id, cancelledOn: '2025-04-02', reason: 'Barang dikembalikan' });
    expect(invariant()[`meal_purchase#${purchase.id}`]).toBe('reversed');
    await ok(core, finance, 'medicine.cancelReceipt', { batchId: batch.id, cancelledOn: '2025-04-02', reason: 'Salah input' });
    expect(invariant()[`medicine_receipt#${batch.id}`]).toBe('reversed');
    await ok(core, finance, 'visit.cancel', { id: visit.id, cancelledOn: '2025-04-02', reason: 'Dicatat dua kali' });
    expect(invariant()[`doctor_fee#${visit.id}`]).toBe('reversed');
    await ok(core, finance, 'school.voidFee', { id: fee.id, voidedOn: '2025-04-02', reason: 'Dibantu donatur' });
    expect(invariant()[`education_fee#${fee.id}`]).toBe('reversed');
    const history = await ok(core, 'admin', 'residents.statusHistory', { id: other });
    await ok(core, head, 'residents.undoExit', { changeId: history.at(-1)!.id, reason: 'Salah input', voidedOn: '2025-04-02' });
    const end = invariant();
    expect(Object.values(end).every((v) => v === 'reversed')).toBe(true);
    expect(Object.keys(end)).toHaveLength(6);
    // Nothing is left on the budget; a manual spending is still voided directly.
    const lra = await ok(core, finance, 'budget.realisationData', { yearId: b.year.id, from: '2025-01-01', to: '2025-12-31' });
    expect(lra.total.toDate).toBe(0);
    const manual = await ok(core, finance, 'spending.record', { lineId: b.lines.atk.id, spentOn: '2025-05-01', amount: 10_000, description: 'Kertas' });
    expect((await ok(core, finance, 'spending.void', { id: manual.id, voidedOn: '2025-05-02', reason: 'Salah' })).reversedBy).not.toBeNull();
  });

  it('a source whose spending was voided directly before the rule can still be cancelled, without a second reversal', async () => {
    const purchase = await ok(core, finance, 'meals.recordPurchase', {
      purchasedOn: '2025-03-03', supplier: 'UD Beras Solok', proofNo: 'BL-1', lineId: b.lines.food.id, items: [{ name: 'Beras', quantity: 10, unit: 'kg', unitPrice: 12_500 }],
    });
    // What an older version allowed: the spending reversed on its own, the purchase left live.
    const { voidSpending } = await import('./spending.service');
    const info = await ok(core, finance, 'auth.session');
    const actor = { userId: info!.user.id, username: info!.user.username, role: info!.user.role, homeId: info!.activeHome!.id, channel: 'spending.void' };
    core.db.transaction((tx) => voidSpending(tx, actor, { id: purchase.spending!.id, voidedOn: '2025-03-05', reason: 'Lama' }));
    await ok(core, finance, 'meals.cancelPurchase', { id: purchase.id, cancelledOn: '2025-03-06', reason: 'Menyelaraskan' });
    expect(invariant()[`meal_purchase#${purchase.id}`]).toBe('reversed');
  });
});
