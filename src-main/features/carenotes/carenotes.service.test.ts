import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { makeCore, ok, setupAndLogin, userWithRole } from '../../../tests/helpers/temp-core';
import { sampleResident } from '../../../tests/helpers/residents';
import { addDays } from '../../contract/clock';
import { todayIn } from '../../lib/clock';

const today = todayIn('Asia/Jakarta');

describe('care notes and incidents', () => {
  let core: Core;
  let caregiver: string;
  let siti: number;
  let rudi: number;
  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'admin');
    siti = (await ok(core, 'admin', 'residents.create', { resident: sampleResident({ admissionDate: '2026-01-05' }) })).id;
    rudi = (await ok(core, 'admin', 'residents.create', { resident: sampleResident({ fullName: 'Rudi Hartono', nik: null, sex: 'L', birthDate: '2011-02-03', room: 'Wisma Anggrek', admissionDate: '2026-01-05' }) })).id;
    caregiver = await userWithRole(core, 'admin', 'caregiver', 'pengasuh');
  });
  afterEach(() => core.close());

  it('a caregiver writes a dated note; the shift view shows it and who has no note yet', async () => {
    const note = await ok(core, caregiver, 'carenotes.add', { residentId: siti, notedOn: today, notedTime: '08.30', shift: 'morning', category: 'health', note: 'Batuk sejak pagi, diberi air hangat' });
    expect(note).toMatchObject({ residentName: 'Siti Rahmawati', notedTime: '08:30', recordedBy: 'Pengguna caregiver' });
    const day = await ok(core, caregiver, 'carenotes.day', { date: today, shift: 'morning' });
    expect(day.notes.map((n) => n.residentId)).toEqual([siti]);
    expect(day.residentsWithoutNote.map((r) => r.id)).toEqual([rudi]);
    const afternoon = await ok(core, caregiver, 'carenotes.day', { date: today, shift: 'afternoon' });
    expect(afternoon.notes).toHaveLength(0);
    expect(afternoon.residentsWithoutNote).toHaveLength(2);
  });

  it('refuses notes in the future, before admission, or after the resident left', async () => {
    const future = addDays(today, 1);
    for (const notedOn of [future, '2025-12-31']) {
      const result = await core.router.call('carenotes.add', { residentId: siti, notedOn, shift: 'morning', category: 'activity', note: 'x' }, { sessionKey: caregiver });
      expect(result).toMatchObject({ ok: false, error: { fieldErrors: { notedOn: expect.any(String) } } });
    }
    expect((await ok(core, caregiver, 'carenotes.forResident', { residentId: siti })).notes).toHaveLength(0);
  });

  it('records an incident with follow-up, lists it as open until resolved', async () => {
    const incident = await ok(core, caregiver, 'incidents.add', {
      residentId: rudi,
      occurredOn: today,
      occurredTime: '19:10',
      severity: 'medium',
      description: 'Berkelahi dengan teman sekamar',
      actionTaken: 'Dipisahkan, luka ringan dibersihkan',
      followUp: 'Konseling oleh pekerja sosial',
      followUpDue: today,
    });
    expect(await ok(core, caregiver, 'incidents.open')).toMatchObject([{ id: incident.id, severity: 'medium' }]);
    const bad = await core.router.call('incidents.followUp', { id: incident.id, resolvedOn: '2020-01-01' }, { sessionKey: caregiver });
    expect(bad).toMatchObject({ ok: false, error: { fieldErrors: { resolvedOn: expect.any(String) } } });
    await ok(core, caregiver, 'incidents.followUp', { id: incident.id, followUp: 'Konseling selesai, berdamai', resolvedOn: today });
    expect(await ok(core, caregiver, 'incidents.open')).toHaveLength(0);
    const day = await ok(core, 'admin', 'carenotes.day', { date: today });
    expect(day.incidents).toMatchObject([{ residentName: 'Rudi Hartono', resolvedOn: today }]);
  });

  it('finance cannot read care notes', async () => {
    const finance = await userWithRole(core, 'admin', 'finance', 'bendahara');
    expect(await core.router.call('carenotes.day', { date: today }, { sessionKey: finance })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
