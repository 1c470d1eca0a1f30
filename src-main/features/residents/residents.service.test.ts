import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nikWarnings, parseNik } from '../../contract';
import type { Core } from '../../core';
import { auditLog, residents } from '../../db/schema';
import { makeCore, ok, setupAndLogin, userWithRole } from '../../../tests/helpers/temp-core';
import { sampleResident } from '../../../tests/helpers/residents';
import { namesAreSimilar } from './residents.service';

describe('NIK rules', () => {
  it('reads a valid NIK: region, birth date, sex, serial', () => {
    expect(parseNik('3374011705800001', 2026)).toEqual({
      ok: true,
      parts: { province: '33', regency: '74', district: '01', birthDate: '1980-05-17', sex: 'L', serial: '0001' },
    });
  });
  it('a woman’s birth day carries +40', () => {
    const parsed = parseNik('1374025203120003', 2026);
    expect(parsed).toMatchObject({ ok: true, parts: { birthDate: '2012-03-12', sex: 'P' } });
  });
  it.each([
    ['137402520312000', 'harus 16 digit (sekarang 15)'],
    ['13740252031200031', 'harus 16 digit (sekarang 17)'],
    ['13740252031200O3', 'hanya boleh berisi angka'],
    ['1374027203120003', 'tanggal lahir yang sah'], // day 72 - 40 = 32
    ['1374023113120003', 'tanggal lahir yang sah'], // month 13
    ['0074025203120003', 'provinsi/kabupaten'],
    ['1374025203120000', 'tidak boleh 0000'],
  ])('refuses %s', (nik, message) => {
    const parsed = parseNik(nik, 2026);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });
  it('a mismatch with the recorded birth date or sex warns, never blocks', () => {
    expect(nikWarnings('1374025203120003', '2012-03-12', 'P')).toEqual([]);
    expect(nikWarnings('1374025203120003', '2012-03-13', 'P')[0]).toContain('berbeda dengan tanggal lahir');
    expect(nikWarnings('1374025203120003', '2012-03-12', 'L')[0]).toContain('perempuan');
  });
});

describe('residents', () => {
  let core: Core;
  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'admin');
  });
  afterEach(() => core.close());

  it('registers a resident with guardians, a registration number and an admission in the history', async () => {
    const created = await ok(core, 'admin', 'residents.create', { resident: sampleResident() });
    expect(created).toMatchObject({ registrationNo: 'PM-2026-0001', status: 'active', nikWarnings: [], guardians: [{ name: 'Nurhayati', isPrimary: true }] });
    const second = await ok(core, 'admin', 'residents.create', { resident: sampleResident({ fullName: 'Rudi Hartono', nik: null, sex: 'L', birthDate: '2011-01-02' }) });
    expect(second.registrationNo).toBe('PM-2026-0002');
    const history = await ok(core, 'admin', 'residents.statusHistory', { id: created.id });
    expect(history).toMatchObject([{ fromStatus: null, toStatus: 'active', effectiveDate: '2026-07-15', reason: 'Penerimaan', requestedBy: 'Administrator Panti' }]);
  });

  it('saves with a NIK that disagrees with the birth date, and reports the warning', async () => {
    const created = await ok(core, 'admin', 'residents.create', { resident: sampleResident({ birthDate: '2012-04-12' }) });
    expect(created.nikWarnings).toHaveLength(1);
  });

  it('refuses an invalid NIK at the field and saves nothing', async () => {
    const result = await core.router.call('residents.create', { resident: sampleResident({ nik: '137402520312' }) }, { sessionKey: 'admin' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { 'resident.nik': 'NIK harus 16 digit (sekarang 12)' } } });
    expect(core.db.select().from(residents).all()).toHaveLength(0);
  });

  it('refuses the same NIK with a link to the existing record', async () => {
    const first = await ok(core, 'admin', 'residents.create', { resident: sampleResident() });
    const again = await core.router.call('residents.create', { resident: sampleResident({ fullName: 'Orang Lain' }) }, { sessionKey: 'admin' });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fieldErrors: { nik: expect.stringContaining('PM-2026-0001') }, details: { nikMatch: { id: first.id, fullName: 'Siti Rahmawati' } } },
    });
    expect(core.db.select().from(residents).all()).toHaveLength(1);
  });

  it('warns about a similar name with the same birth date, and saves once acknowledged', async () => {
    await ok(core, 'admin', 'residents.create', { resident: sampleResident() });
    const similar = sampleResident({ fullName: 'Rahmawati, Siti', nik: null });
    const check = await ok(core, 'admin', 'residents.checkDuplicates', { fullName: similar.fullName, birthDate: similar.birthDate });
    expect(check.similar).toHaveLength(1);
    const warned = await core.router.call('residents.create', { resident: similar }, { sessionKey: 'admin' });
    expect(warned).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { similar: [{ fullName: 'Siti Rahmawati' }] } } });
    expect(core.db.select().from(residents).all()).toHaveLength(1);
    await ok(core, 'admin', 'residents.create', { resident: similar, acknowledgeSimilar: true });
    expect(core.db.select().from(residents).all()).toHaveLength(2);
  });

  it('similar names: reordered words, small spelling differences, but not different people', () => {
    expect(namesAreSimilar('siti rahmawati', 'rahmawati siti')).toBe(true);
    expect(namesAreSimilar('muhammad rizki', 'muhamad rizki')).toBe(true);
    expect(namesAreSimilar('siti rahmawati', 'siti rahma')).toBe(true);
    expect(namesAreSimilar('siti rahmawati', 'budi santoso')).toBe(false);
  });

  it('refuses PMKS 23 for a man and an admission before birth, at the field', async () => {
    const man = await core.router.call('residents.create', { resident: sampleResident({ sex: 'L', pmksCategory: 23, nik: null }) }, { sessionKey: 'admin' });
    expect(man).toMatchObject({ ok: false, error: { fieldErrors: { pmksCategory: expect.any(String) } } });
    const early = await core.router.call('residents.create', { resident: sampleResident({ admissionDate: '2010-01-01' }) }, { sessionKey: 'admin' });
    expect(early).toMatchObject({ ok: false, error: { fieldErrors: { admissionDate: expect.any(String) } } });
  });

  describe('status lifecycle', () => {
    let id: number;
    let head: string;
    beforeEach(async () => {
      id = (await ok(core, 'admin', 'residents.create', { resident: sampleResident() })).id;
      head = await userWithRole(core, 'admin', 'head', 'kepala');
    });

    it('a discharge waits for the head, then applies with its date and type', async () => {
      const requested = await ok(core, 'admin', 'residents.requestExit', { id, exitType: 'returned_family', effectiveDate: '2026-11-20', reason: 'Keluarga sanggup mengasuh' });
      expect(requested).toMatchObject({ status: 'active', pendingExit: { state: 'pending', exitType: 'returned_family' } });
      const again = await core.router.call('residents.requestExit', { id, exitType: 'independent', effectiveDate: '2026-11-21', reason: 'x' }, { sessionKey: 'admin' });
      expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(await core.router.call('residents.decideExit', { changeId: requested.pendingExit!.id, approve: true }, { sessionKey: 'admin' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      const pending = await ok(core, head, 'residents.pendingExits');
      expect(pending).toMatchObject([{ residentId: id, residentName: 'Siti Rahmawati' }]);
      const decided = await ok(core, head, 'residents.decideExit', { changeId: pending[0]!.id, approve: true, note: 'Disetujui' });
      expect(decided).toMatchObject({ status: 'discharged', exitDate: '2026-11-20', exitType: 'returned_family', pendingExit: null });
    });

    it('a rejected discharge leaves the resident active', async () => {
      const requested = await ok(core, 'admin', 'residents.requestExit', { id, exitType: 'independent', effectiveDate: '2026-11-20', reason: 'Sudah bekerja' });
      const decided = await ok(core, head, 'residents.decideExit', { changeId: requested.pendingExit!.id, approve: false, note: 'Belum siap' });
      expect(decided).toMatchObject({ status: 'active', pendingExit: null });
      const history = await ok(core, 'admin', 'residents.statusHistory', { id });
      expect(history.at(-1)).toMatchObject({ state: 'rejected', decisionNote: 'Belum siap', decidedBy: 'Pengguna head' });
    });

    it('readmission after a discharge; refused for an active or deceased resident', async () => {
      expect(await core.router.call('residents.readmit', { id, effectiveDate: '2026-11-22', reason: 'x' }, { sessionKey: 'admin' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      await ok(core, head, 'residents.requestExit', { id, exitType: 'ran_away', effectiveDate: '2026-10-01', reason: 'Tidak kembali setelah izin' });
      const early = await core.router.call('residents.readmit', { id, effectiveDate: '2026-09-30', reason: 'x' }, { sessionKey: 'admin' });
      expect(early).toMatchObject({ ok: false, error: { fieldErrors: { effectiveDate: expect.any(String) } } });
      const back = await ok(core, 'admin', 'residents.readmit', { id, effectiveDate: '2026-10-05', reason: 'Ditemukan dan diantar kembali' });
      expect(back).toMatchObject({ status: 'active', exitDate: null, exitType: null, admissionDate: '2026-10-05' });
      await ok(core, 'admin', 'residents.recordDeath', { id, effectiveDate: '2026-11-01', reason: 'Sakit' });
      expect(await core.router.call('residents.readmit', { id, effectiveDate: '2026-11-02', reason: 'x' }, { sessionKey: 'admin' })).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('meninggal') },
      });
      const history = await ok(core, 'admin', 'residents.statusHistory', { id });
      expect(history.map((h) => `${h.fromStatus}->${h.toStatus}`)).toEqual(['null->active', 'active->discharged', 'discharged->active', 'active->deceased']);
    });

    it('a death cancels a pending discharge; an exit before admission is refused', async () => {
      expect(await core.router.call('residents.requestExit', { id, exitType: 'independent', effectiveDate: '2026-01-01', reason: 'x' }, { sessionKey: 'admin' })).toMatchObject({
        ok: false,
        error: { fieldErrors: { effectiveDate: expect.any(String) } },
      });
      await ok(core, 'admin', 'residents.requestExit', { id, exitType: 'independent', effectiveDate: '2026-11-20', reason: 'x' });
      const dead = await ok(core, 'admin', 'residents.recordDeath', { id, effectiveDate: '2026-11-10', reason: 'Gagal jantung' });
      expect(dead).toMatchObject({ status: 'deceased', exitDate: '2026-11-10', pendingExit: null });
    });
  });

  describe('sensitive data', () => {
    it('a caregiver sees health notes but not HIV status or criminal history; every opening is audited', async () => {
      const { id } = await ok(core, 'admin', 'residents.create', { resident: sampleResident({ hivStatus: 'positive', criminalHistory: 'Putusan PN 2024' }) });
      const caregiver = await userWithRole(core, 'admin', 'caregiver', 'pengasuh');
      const seen = await ok(core, caregiver, 'residents.get', { id });
      expect(seen).toMatchObject({ healthNotes: 'Asma ringan, inhaler bila sesak', hivStatus: null, criminalHistory: null, hiddenFields: ['hivStatus', 'criminalHistory'] });
      const byAdmin = await ok(core, 'admin', 'residents.get', { id });
      expect(byAdmin).toMatchObject({ hivStatus: 'positive', criminalHistory: 'Putusan PN 2024', hiddenFields: [] });
      const views = core.db.select().from(auditLog).where(eq(auditLog.action, 'view')).all();
      expect(views.map((v) => [v.username, v.entityId])).toEqual([
        ['pengasuh', String(id)],
        ['admin', String(id)],
      ]);
    });

    it('finance has no access to resident files at all', async () => {
      const { id } = await ok(core, 'admin', 'residents.create', { resident: sampleResident() });
      const finance = await userWithRole(core, 'admin', 'finance', 'bendahara');
      expect(await core.router.call('residents.get', { id }, { sessionKey: finance })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    });

    it("another home's resident does not exist for this home's users", async () => {
      const { id } = await ok(core, 'admin', 'residents.create', { resident: sampleResident() });
      const other = makeCore();
      await setupAndLogin(other, 'x');
      core.close();
      core = other;
      expect(await core.router.call('residents.get', { id: id + 100 }, { sessionKey: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });
  });
});

describe('stages follow the lifecycle', () => {
  it('an exit closes the open stage on the exit date; a readmission starts again at the first stage', async () => {
    const core = makeCore();
    await setupAndLogin(core, 'admin');
    const head = await userWithRole(core, 'admin', 'head', 'kepala');
    const { id } = await ok(core, 'admin', 'residents.create', { resident: sampleResident() });
    await ok(core, head, 'residents.requestExit', { id, exitType: 'returned_family', effectiveDate: '2026-10-01', reason: 'Reunifikasi' });
    let file = await ok(core, 'admin', 'casefile.get', { residentId: id });
    expect(file.currentStage).toBeNull();
    expect(file.stageHistory.at(-1)).toMatchObject({ endedOn: '2026-10-01' });
    await ok(core, 'admin', 'residents.readmit', { id, effectiveDate: '2026-11-01', reason: 'Kembali' });
    file = await ok(core, 'admin', 'casefile.get', { residentId: id });
    expect(file.currentStage).toMatchObject({ startedOn: '2026-11-01', endedOn: null, stageName: 'Rujukan' });
    core.close();
  });
});
