import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import type { Actor } from '../../lib/actor';
import { sampleBudget, spend } from '../../../tests/helpers/budget';
import { sampleResident } from '../../../tests/helpers/residents';
import { makeCore, ok, setupAndLogin, STRONG_PASSWORD, userWithRole } from '../../../tests/helpers/temp-core';
import { recordSpending, voidSpending } from './spending.service';

describe('spending (realisasi)', () => {
  let core: Core;
  let finance: string;
  let head: string;
  let b: Awaited<ReturnType<typeof sampleBudget>>;
  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'admin');
    finance = await userWithRole(core, 'admin', 'finance', 'bendahara');
    head = await userWithRole(core, 'admin', 'head', 'kepala');
    b = await sampleBudget(core, finance);
  });
  afterEach(() => core.close());

  const call = (session: string, channel: Parameters<Core['router']['call']>[0], input: unknown) => core.router.call(channel, input, { sessionKey: session });
  const actorOf = async (session: string, channel: string): Promise<Actor> => {
    const info = await ok(core, session, 'auth.session');
    return { userId: info!.user.id, username: info!.user.username, role: info!.user.role, homeId: info!.activeHome!.id, channel };
  };

  it('records finance’s entry with its proof and payee, in whole rupiah, audited', async () => {
    const row = await spend(core, finance, b.lines.food.id, '2025-01-15', 1_250_000.5, 'Beras 250 kg');
    expect(row).toMatchObject({ amount: 1_250_001, spentOn: '2025-01-15', proofNo: 'BKU-2025-01-15', payee: 'CV Sumber Rezeki', source: { type: 'manual', id: null }, override: null });
    const audit = await ok(core, 'admin', 'audit.list', { entity: 'spending' });
    expect(audit.rows[0]).toMatchObject({ action: 'create', entityId: String(row.id), username: 'bendahara' });
    for (const [input, field] of [
      [{ spentOn: '2024-12-31' }, 'spentOn'],
      [{ amount: 0.4 }, 'amount'],
      [{ spentOn: '2099-01-01' }, 'spentOn'],
    ] as const) {
      const base = { lineId: b.lines.food.id, spentOn: '2025-01-15', amount: 1000, description: 'x' };
      const result = await call(finance, 'spending.record', { ...base, ...input });
      expect(result.ok ? null : Object.keys(result.error.fieldErrors ?? {})).toContain(field);
    }
  });

  it('refuses spending past the remaining allocation; the head’s approval overrides it and is audited', async () => {
    await spend(core, finance, b.lines.atk.id, '2025-03-01', 1_000_000);
    const refused = await call(finance, 'spending.record', { lineId: b.lines.atk.id, spentOn: '2025-03-02', amount: 250_000, description: 'Kertas' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { kind: 'over-allocation', allocation: 1_200_000, realised: 1_000_000, remaining: 200_000, excess: 50_000 } },
    });
    expect(refused.ok ? '' : refused.error.message).toMatch(/melebihi sisa pagu Rp 200\.000 \(lebih Rp 50\.000\)/);
    // Exactly the remainder is allowed.
    const exact = { lineId: b.lines.atk.id, spentOn: '2025-03-02', amount: 200_000, description: 'Tinta' };
    const wrongPassword = await call(finance, 'spending.record', { ...exact, amount: 250_000, override: { reason: 'Darurat', headUsername: 'kepala', headPassword: 'salah-sekali-1' } });
    expect(wrongPassword).toMatchObject({ ok: false, error: { fieldErrors: { 'override.headPassword': expect.any(String) } } });
    const notHead = await call(finance, 'spending.record', { ...exact, amount: 250_000, override: { reason: 'Darurat', headUsername: 'bendahara', headPassword: STRONG_PASSWORD } });
    expect(notHead).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const approved = await ok(core, finance, 'spending.record', { ...exact, amount: 250_000, override: { reason: 'Kebutuhan ujian sekolah', headUsername: 'kepala', headPassword: STRONG_PASSWORD } });
    expect(approved.override).toEqual({ by: 'Pengguna head', reason: 'Kebutuhan ujian sekolah' });
    // The head, signed in, overrides with a reason alone.
    const byHead = await ok(core, head, 'spending.record', { ...exact, amount: 10_000, override: { reason: 'Tambahan' } });
    expect(byHead.override?.reason).toBe('Tambahan');
    const audit = await ok(core, 'admin', 'audit.list', { entity: 'spending' });
    const overrides = audit.rows.filter((r) => r.action === 'override');
    expect(overrides).toHaveLength(2);
    expect(overrides[1]!.after).toMatchObject({ reason: 'Kebutuhan ujian sekolah', remainingBefore: 200_000, excess: 50_000, amount: 250_000 });
    const lines = (await ok(core, finance, 'budget.structure', { yearId: b.year.id })).lines;
    expect(lines.find((l) => l.id === b.lines.atk.id)).toMatchObject({ realised: 1_260_000, remaining: -60_000 });
    const dashboard = await ok(core, finance, 'budget.dashboard', { yearId: b.year.id });
    expect(dashboard.overrides).toBe(2);
  });

  it('links a cost created by another feature to its source record, inside that feature’s transaction', async () => {
    const resident = await ok(core, 'admin', 'residents.create', { resident: sampleResident({ admissionDate: '2024-05-01', nik: null }) });
    const actor = await actorOf(finance, 'exits.recordFuneral');
    const source = { type: 'funeral', id: 42, label: `Pemakaman ${resident.fullName}` };
    // A failing caller leaves nothing behind.
    expect(() =>
      core.db.transaction((tx) => {
        recordSpending(tx, actor, { lineId: b.lines.drugs.id, date: '2025-04-03', amount: 750_000, description: 'Kain kafan', source, residentId: resident.id });
        throw new Error('the funeral record failed');
      }),
    ).toThrow('the funeral record failed');
    expect((await ok(core, finance, 'spending.list', { yearId: b.year.id })).count).toBe(0);

    const row = core.db.transaction((tx) =>
      recordSpending(tx, actor, { lineId: b.lines.drugs.id, date: '2025-04-03', amount: 750_000.4, description: 'Kain kafan dan pemakaman', payee: 'Pengurus TPU', source, residentId: resident.id }),
    );
    expect(row).toMatchObject({ amount: 750_000, source, residentId: resident.id, residentName: resident.fullName });
    const drill = await ok(core, 'admin', 'budget.lineSpending', { lineId: b.lines.drugs.id, from: '2025-04-01', to: '2025-04-30' });
    expect(drill.rows.map((r) => [r.source.type, r.source.id, r.source.label])).toEqual([['funeral', 42, `Pemakaman ${resident.fullName}`]]);
    expect(drill.total).toBe(750_000);
    const listed = await ok(core, finance, 'spending.list', { yearId: b.year.id, sourceType: 'funeral' });
    expect(listed.rows.map((r) => r.id)).toEqual([row.id]);
    expect(() => core.db.transaction((tx) => recordSpending(tx, actor, { lineId: b.lines.drugs.id, date: '2025-04-03', amount: 1, description: 'x', source: { type: 'funeral', id: null, label: null } }))).toThrow(/catatan sumbernya/);
  });

  it('voids by a reversal dated on the void day: never deleted, once only, audited', async () => {
    const row = await spend(core, finance, b.lines.food.id, '2025-01-20', 400_000, 'Sayur');
    const voided = await ok(core, finance, 'spending.void', { id: row.id, voidedOn: '2025-02-03', reason: 'Salah rekening' });
    expect(voided.reversedBy).toMatchObject({ spentOn: '2025-02-03', reason: 'Salah rekening' });
    const again = await call(finance, 'spending.void', { id: row.id, voidedOn: '2025-02-03', reason: 'lagi' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const early = await spend(core, finance, b.lines.food.id, '2025-03-20', 100_000);
    const before = await call(finance, 'spending.void', { id: early.id, voidedOn: '2025-03-19', reason: 'x' });
    expect(before).toMatchObject({ ok: false, error: { fieldErrors: { voidedOn: expect.any(String) } } });
    const all = await ok(core, finance, 'spending.list', { yearId: b.year.id });
    expect(all.rows.map((r) => r.amount).sort()).toEqual([-400_000, 100_000, 400_000].sort());
    expect(all.total).toBe(100_000);
    const reversal = all.rows.find((r) => r.amount < 0)!;
    const actor = await actorOf(finance, 'spending.void');
    expect(() => core.db.transaction((tx) => voidSpending(tx, actor, { id: reversal.id, voidedOn: '2025-02-04', reason: 'x' }))).toThrow(/pembatalan/);
    const audit = await ok(core, 'admin', 'audit.list', { entity: 'spending' });
    expect(audit.rows.find((r) => r.action === 'void')).toMatchObject({ entityId: String(row.id), after: { amount: -400_000, reason: 'Salah rekening' } });
  });
});
