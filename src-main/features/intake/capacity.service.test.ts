import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScoreItem } from '../../contract';
import type { Core } from '../../core';
import { sampleApplicant, setUpIntake } from '../../../tests/helpers/intake';
import { sampleResident } from '../../../tests/helpers/residents';
import { makeCore, ok, setupAndLogin, userWithRole } from '../../../tests/helpers/temp-core';

describe('intake: capacity holds at approval', () => {
  let core: Core;
  let head: string;
  let items: ScoreItem[];
  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'admin');
    head = await userWithRole(core, 'admin', 'head', 'kepala');
    items = await setUpIntake(core, 'admin', 3);
  });
  afterEach(() => core.close());

  let born = 0;
  const resident = () =>
    ok(core, 'admin', 'residents.create', { resident: sampleResident({ fullName: `Penghuni ${++born}`, nik: null, kkNumber: null, birthDate: `2012-03-${String(born).padStart(2, '0')}` }) });
  const applicant = async (n: number) => {
    const a = await ok(core, 'admin', 'intake.register', { application: sampleApplicant({ fullName: `Calon ${n}`, nik: null, kkNumber: null, birthDate: `2013-05-${String(n).padStart(2, '0')}` }) });
    await ok(core, 'admin', 'intake.assess', { applicationId: a.id, assessedOn: '2026-06-10', values: items.map((i) => ({ itemId: i.id, value: 4 })) });
    return a;
  };

  it('re-checks capacity against the residents present at approval; past it only with the head’s reason, shown and audited', async () => {
    await resident(); // 1 of 3 places taken: the round's quota is 2
    const a = await applicant(1);
    const b = await applicant(2);
    const round = await ok(core, 'admin', 'intake.createRound', { name: 'Periode II', startDate: '2026-06-01', endDate: '2026-06-30', chairName: 'Dra. Yusnimar', members: [] });
    expect(round.quota).toBe(2);
    for (const app of [a, b]) await ok(core, 'admin', 'intake.decide', { roundId: round.id, applicationId: app.id, decision: 'accepted', reason: 'Memenuhi kriteria' });
    // Meanwhile another resident arrived (an emergency placement): 2 present + 2 accepted > 3.
    await resident();
    const input = { id: round.id, approvedOn: '2026-07-01' };
    const refused = await core.router.call('intake.approveRound', input, { sessionKey: head });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { kind: 'over-capacity', capacity: 3, present: 2, accepted: 2, excess: 1 } } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/Kapasitas panti 3 orang, saat ini 2 penerima manfaat/);
    expect((await ok(core, 'admin', 'intake.round', { id: round.id })).status).toBe('open'); // nothing admitted

    const approved = await ok(core, head, 'intake.approveRound', { ...input, capacityOverride: { reason: 'Dua kamar tambahan disiapkan; rujukan darurat' } });
    expect(approved).toMatchObject({ status: 'approved', capacityOverride: { capacity: 3, present: 2, accepted: 2, reason: 'Dua kamar tambahan disiapkan; rujukan darurat' } });
    // The quota facts show the overflow as negative free places.
    expect(await ok(core, 'admin', 'intake.quotaFacts')).toEqual({ capacity: 3, activeResidents: 4, free: -1 });
    const audit = await ok(core, 'admin', 'audit.list', { entity: 'intake-round' });
    expect(audit.rows.find((r) => r.action === 'override')).toMatchObject({ username: 'kepala', after: { kind: 'over-capacity', present: 2, accepted: 2, reason: expect.stringMatching(/kamar tambahan/) } });
    // A round opened while over capacity has no place: its quota is 0, the computed quota shows the overflow.
    await applicant(3);
    const next = await ok(core, 'admin', 'intake.createRound', { name: 'Periode III', startDate: '2026-07-02', endDate: '2026-07-31', chairName: 'Dra. Yusnimar', members: [] });
    expect(next).toMatchObject({ quota: 0, computedQuota: -1 });
  });

  it('approves within capacity without an override', async () => {
    const a = await applicant(1);
    const round = await ok(core, 'admin', 'intake.createRound', { name: 'Periode II', startDate: '2026-06-01', endDate: '2026-06-30', chairName: 'Dra. Yusnimar', members: [] });
    await ok(core, 'admin', 'intake.decide', { roundId: round.id, applicationId: a.id, decision: 'accepted', reason: 'Memenuhi kriteria' });
    const approved = await ok(core, head, 'intake.approveRound', { id: round.id, approvedOn: '2026-07-01' });
    expect(approved).toMatchObject({ status: 'approved', capacityOverride: null });
  });
});
