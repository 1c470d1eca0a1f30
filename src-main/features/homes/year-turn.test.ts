import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { freezeClock } from '../../lib/clock';
import { sampleBudget, spend } from '../../../tests/helpers/budget';
import { sampleResident } from '../../../tests/helpers/residents';
import { makeCore, ok, setupAndLogin, STRONG_PASSWORD, userWithRole } from '../../../tests/helpers/temp-core';

/** Moments on the home's wall clock (WIB, UTC+7), as UTC instants; the server runs in UTC. */
const DEC_20_1000 = '2026-12-20T03:00:00.000Z';
const DEC_31_2330 = '2026-12-31T16:30:00.000Z';
const JAN_01_0800 = '2027-01-01T01:00:00.000Z';
const JAN_02_0800 = '2027-01-02T01:00:00.000Z';

/**
 * A home that works through the turn of the year: what ran in December carries on in January, numbering starts the
 * new year's sequence, and last year's reports give the same figures after the turn as before it.
 */
describe('the turn of the year', () => {
  let core: Core;
  let restoreClock = () => {};
  let carer: string;
  let finance: string;
  let yearId: number;
  let residentId: number;
  let rxId: number;
  let programmeId: number;
  let enrolmentId: number;
  const lastYear: Record<string, unknown> = {};

  /** Moves the clock; sessions idle past the lock sign in again. */
  async function at(instant: string) {
    restoreClock();
    restoreClock = freezeClock(instant);
    for (const [session, username] of [['admin', 'admin'], [carer, 'pengasuh'], [finance, 'bendahara']] as const) {
      const locked = await core.router.call('auth.unlock', { password: STRONG_PASSWORD }, { sessionKey: session });
      if (!locked.ok) await ok(core, session, 'auth.login', { username, password: STRONG_PASSWORD });
    }
  }

  const reportsOf2026 = async () => ({
    lra: await ok(core, finance, 'budget.realisationData', { yearId, from: '2026-12-01', to: '2026-12-31', paper: 'A4' }),
    census: await ok(core, 'admin', 'reports.censusData', { from: '2026-01-01', to: '2026-12-31', paper: 'A4' }),
    meals: await ok(core, 'admin', 'meals.report', { month: '2026-12', paper: 'A4' }),
  });

  beforeAll(async () => {
    restoreClock = freezeClock(DEC_20_1000);
    core = makeCore();
    await setupAndLogin(core, 'admin');
    carer = await userWithRole(core, 'admin', 'caregiver', 'pengasuh');
    finance = await userWithRole(core, 'admin', 'finance', 'bendahara');
    yearId = (await sampleBudget(core, finance, 2026)).year.id;
    const lines = (await ok(core, finance, 'budget.structure', { yearId })).lines;
    await spend(core, finance, lines[0]!.id, '2026-12-20', 250_000);
    const resident = await ok(core, 'admin', 'residents.create', { resident: sampleResident({ admissionDate: '2026-12-01' }) });
    residentId = resident.id;
    expect(resident.registrationNo).toBe('PM-2026-0001');
    const medicine = await ok(core, finance, 'medicine.save', { genericName: 'Amlodipin', form: 'tablet', strength: '5 mg', unit: 'tablet', lowStockThreshold: 1 });
    await ok(core, finance, 'medicine.receive', { medicineId: medicine.id, batchNo: 'A-1', expiryDate: '2028-01-31', receivedOn: '2026-12-20', quantity: 60, unitCost: 0, supplier: 'Puskesmas' });
    rxId = (await ok(core, carer, 'prescription.create', { residentId, medicineId: medicine.id, dose: 1, route: 'oral', times: ['07:00'], startDate: '2026-12-20', prescriber: 'dr. Rina' })).id;
    const programme = await ok(core, 'admin', 'training.saveProgramme', {
      name: 'Menjahit dasar',
      kind: 'vocational',
      courseType: 'sewing',
      instructorName: 'Ibu Yanti',
      instructorSource: 'external',
      scheduleDays: [1, 2, 3, 4, 5, 6],
      startTime: '09:00',
      endTime: '11:00',
      startDate: '2026-12-01',
      endDate: '2027-02-28',
      capacity: 10,
      assessmentType: 'competency',
    });
    programmeId = programme.id;
    enrolmentId = (await ok(core, 'admin', 'training.enrol', { programmeId, residentIds: [residentId], enrolledOn: '2026-12-01' }))[0]!.id;
    await at(DEC_31_2330);
    Object.assign(lastYear, await reportsOf2026());
  });
  afterAll(() => {
    core.close();
    restoreClock();
  });

  it('on 1 January: numbering starts the new sequence; the prescription and the stage carry on', async () => {
    await at(JAN_01_0800);
    const next = await ok(core, 'admin', 'residents.create', { resident: sampleResident({ fullName: 'Dewi Lestari', nik: null, kkNumber: null, admissionDate: '2027-01-01' }) });
    expect(next.registrationNo).toBe('PM-2027-0001');
    const mar = await ok(core, carer, 'mar.day', { date: '2027-01-01' });
    expect(mar.residents.find((r) => r.residentId === residentId)?.doses.map((d) => d.prescriptionId)).toEqual([rxId]);
    const dose = { prescriptionId: rxId, scheduledTime: '07:00', status: 'given' as const, atTime: '07:30', prnReason: null, note: null };
    expect(await ok(core, carer, 'mar.save', { date: '2027-01-01', entries: [dose] })).toMatchObject({ saved: 1, late: 0 });
    const file = await ok(core, 'admin', 'casefile.get', { residentId });
    expect(file.currentStage).toMatchObject({ endedOn: null });
    expect(file.stageHistory).toHaveLength(1);
    await ok(core, carer, 'carenotes.add', { residentId, notedOn: '2027-01-01', shift: 'morning', category: 'activity', note: 'Tahun baru' });
    const meal = await ok(core, carer, 'meals.saveService', { date: '2027-01-01', meal: 'breakfast', exceptions: [] });
    expect(meal).toMatchObject({ date: '2027-01-01', listed: 2, counts: { eaten: 2 } });
  });

  it('on 2 January: the course that runs across the turn records a session', async () => {
    await at(JAN_02_0800);
    const session = await ok(core, carer, 'training.recordSession', {
      programmeId,
      heldOn: '2027-01-02',
      topic: 'Pola dasar',
      durationMinutes: 120,
      attendance: [{ enrolmentId, status: 'present' }],
    });
    expect(session).toMatchObject({ heldOn: '2027-01-02' });
  });

  it("without the new year's budget, spending is refused plainly, and last year's reports keep their figures", async () => {
    await at(JAN_02_0800);
    expect((await ok(core, finance, 'budget.years')).map((y) => y.year)).toEqual([2026]);
    const lines = (await ok(core, finance, 'budget.structure', { yearId })).lines;
    const refused = await core.router.call('spending.record', { lineId: lines[0]!.id, spentOn: '2027-01-02', amount: 1000, description: 'x', payee: 'y', proofNo: 'z' }, { sessionKey: finance });
    expect(refused).toMatchObject({ ok: false, error: { fieldErrors: { spentOn: 'Tanggal harus dalam tahun anggaran 2026' } } });
    expect(await reportsOf2026()).toEqual(lastYear);
  });
});
