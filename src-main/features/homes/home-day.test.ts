import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { freezeClock } from '../../lib/clock';
import { sampleBudget } from '../../../tests/helpers/budget';
import { sampleResident } from '../../../tests/helpers/residents';
import { makeCore, ok, sampleHome, setupAndLogin, STRONG_PASSWORD, userWithRole } from '../../../tests/helpers/temp-core';

/**
 * The server runs in UTC (vitest sets TZ=UTC, as most servers are set); the home's day comes from its own zone.
 * 22:30 UTC on 7 December is 05:30 WIB (07:30 WIT) on 8 December: the home's today is the 8th.
 */
const EARLY_MORNING = '2026-12-07T22:30:00.000Z';

describe("the home's day on a server set to UTC", () => {
  let core: Core;
  let restoreClock: () => void;
  afterEach(() => {
    core.close();
    restoreClock();
  });

  async function homeIn(timeZone: 'Asia/Jakarta' | 'Asia/Jayapura') {
    restoreClock = freezeClock('2026-11-02T03:00:00.000Z');
    core = makeCore();
    await setupAndLogin(core, 'admin');
    if (timeZone !== 'Asia/Jakarta') await ok(core, 'admin', 'homes.update', { id: 1, profile: sampleHome({ timeZone }) });
    const carer = await userWithRole(core, 'admin', 'caregiver', 'pengasuh');
    const finance = await userWithRole(core, 'admin', 'finance', 'bendahara');
    const budget = await sampleBudget(core, finance, 2026);
    const resident = await ok(core, 'admin', 'residents.create', { resident: sampleResident({ admissionDate: '2026-11-01' }) });
    const medicine = await ok(core, finance, 'medicine.save', { genericName: 'Parasetamol', form: 'tablet', strength: '500 mg', unit: 'tablet', lowStockThreshold: 1 });
    await ok(core, finance, 'medicine.receive', { medicineId: medicine.id, batchNo: 'B-1', expiryDate: '2027-12-31', receivedOn: '2026-11-02', quantity: 50, unitCost: 0, supplier: 'Puskesmas' });
    const rx = await ok(core, carer, 'prescription.create', { residentId: resident.id, medicineId: medicine.id, dose: 1, route: 'oral', times: ['05:00'], startDate: '2026-11-02', prescriber: 'dr. Rina' });
    restoreClock();
    restoreClock = freezeClock(EARLY_MORNING);
    // Five weeks later every session has been locked for idleness: each signs in again.
    for (const [session, username] of [['admin', 'admin'], [carer, 'pengasuh'], [finance, 'bendahara']]) {
      await ok(core, session!, 'auth.unlock', { password: STRONG_PASSWORD }).catch(() => ok(core, session!, 'auth.login', { username: username!, password: STRONG_PASSWORD }));
    }
    return { carer, finance, budget, resident, rx };
  }

  for (const [zone, label, late] of [['Asia/Jakarta', '05.30 WIB', false], ['Asia/Jayapura', '07.30 WIT', true]] as const) {
    it(`at ${label} a caregiver and finance save today's note, dose and spending; tomorrow is refused`, async () => {
      const { carer, finance, budget, resident, rx } = await homeIn(zone);
      const session = await ok(core, carer, 'auth.session');
      expect(session).toMatchObject({ timeZone: zone, serverNow: EARLY_MORNING });

      const note = { residentId: resident.id, shift: 'night' as const, category: 'health' as const, note: 'Tidur nyenyak' };
      expect(await ok(core, carer, 'carenotes.add', { ...note, notedOn: '2026-12-08' })).toMatchObject({ notedOn: '2026-12-08' });
      const dose = { prescriptionId: rx.id, scheduledTime: '05:00', status: 'given' as const, atTime: '05:20', prnReason: null, note: null };
      expect(await ok(core, carer, 'mar.save', { date: '2026-12-08', entries: [dose] })).toMatchObject({ saved: 1 });
      const spent = { lineId: budget.lines.food.id, amount: 150_000, description: 'Sayur pagi', payee: 'Pasar', proofNo: 'BKU-1' };
      expect(await ok(core, finance, 'spending.record', { ...spent, spentOn: '2026-12-08' })).toMatchObject({ spentOn: '2026-12-08' });

      const future = { ok: false, error: { code: 'VALIDATION' } };
      expect(await core.router.call('carenotes.add', { ...note, notedOn: '2026-12-09' }, { sessionKey: carer })).toMatchObject({
        ...future,
        error: { fieldErrors: { notedOn: 'Tanggal tidak boleh di masa depan' } },
      });
      expect(await core.router.call('mar.save', { date: '2026-12-09', entries: [dose] }, { sessionKey: carer })).toMatchObject({
        ...future,
        error: { fieldErrors: { date: 'Pemberian obat tidak dapat dicatat untuk hari esok' } },
      });
      expect(await core.router.call('spending.record', { ...spent, spentOn: '2026-12-09' }, { sessionKey: finance })).toMatchObject({
        ...future,
        error: { fieldErrors: { spentOn: 'Tanggal tidak boleh di masa depan' } },
      });
      // Entered at 05.30 WIB the 05.00 dose is on time; at 07.30 WIT it is 150 minutes late. In UTC it would be neither.
      const day = await ok(core, carer, 'mar.day', { date: '2026-12-08' });
      expect(day.residents[0]!.doses[0]!.entries[0]).toMatchObject({ status: 'given', late });
    });
  }

  it("filters the audit log by the home's days, not the server's", async () => {
    await homeIn('Asia/Jakarta');
    await ok(core, 'admin', 'settings.update', { idleLockMinutes: 20 }); // written at 05:30 WIB on the 8th (the 7th in UTC)
    const onThe8th = await ok(core, 'admin', 'audit.list', { from: '2026-12-08', to: '2026-12-08', entity: 'settings' });
    expect(onThe8th.rows).toHaveLength(1);
    expect((await ok(core, 'admin', 'audit.list', { from: '2026-12-07', to: '2026-12-07', entity: 'settings' })).rows).toHaveLength(0);
  });
});
