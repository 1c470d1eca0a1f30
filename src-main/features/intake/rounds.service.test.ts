import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScoreItem } from '../../contract';
import type { Core } from '../../core';
import { PNG_1PX, sampleApplicant, setUpIntake } from '../../../tests/helpers/intake';
import { sampleResident } from '../../../tests/helpers/residents';
import { makeCore, ok, setupAndLogin, STRONG_PASSWORD, userWithRole } from '../../../tests/helpers/temp-core';

const PDF = Buffer.from('%PDF-1.4\n% surat rujukan\n').toString('base64');

describe('intake selection', () => {
  let core: Core;
  let head: string;
  let caregiver: string;
  let items: ScoreItem[];
  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'admin');
    head = await userWithRole(core, 'admin', 'head', 'kepala');
    caregiver = await userWithRole(core, 'admin', 'caregiver', 'peksos');
    items = await setUpIntake(core, 'admin', 3);
  });
  afterEach(() => core.close());

  const call = (session: string, channel: Parameters<Core['router']['call']>[0], input: unknown) => core.router.call(channel, input, { sessionKey: session });
  const register = async (overrides: Parameters<typeof sampleApplicant>[0] = {}) => ok(core, 'admin', 'intake.register', { application: sampleApplicant(overrides) });
  const assess = (session: string, applicationId: number, value: number) =>
    ok(core, session, 'intake.assess', { applicationId, assessedOn: '2026-06-10', values: items.map((i) => ({ itemId: i.id, value })), notes: 'Kunjungan rumah' });
  const openRound = () => ok(core, 'admin', 'intake.createRound', { name: 'Periode II 2026', startDate: '2026-06-01', endDate: '2026-06-30', chairName: 'Dra. Yusnimar', members: [{ name: 'Andi Saputra', role: 'Pekerja sosial' }] });
  const accept = (roundId: number, applicationId: number, extra: object = {}) =>
    call('admin', 'intake.decide', { roundId, applicationId, decision: 'accepted', reason: 'Memenuhi kriteria, kondisi mendesak', ...extra });

  it('shows each criterion with its reason on the applicant and in the list', async () => {
    const young = await register({ fullName: 'Adik Kecil', nik: null, birthDate: '2022-01-10' });
    expect(young.criteria.find((c) => c.key === 'age')).toMatchObject({ pass: false, reason: expect.stringMatching(/Umur 4 tahun di bawah batas \(6–18 tahun\)/) });
    expect(young.criteria.find((c) => c.key === 'documents')).toMatchObject({ pass: false, reason: 'Belum ada: Kartu Keluarga' });
    await ok(core, 'admin', 'intake.uploadDocument', { applicationId: young.id, docType: 'kk', title: 'KK', fileName: 'kk.pdf', mimeType: 'application/pdf', base64: PDF });
    const after = await ok(core, 'admin', 'intake.get', { id: young.id });
    expect(after.criteria.find((c) => c.key === 'documents')).toMatchObject({ pass: true });
    const [row] = await ok(core, 'admin', 'intake.list', {});
    expect(row).toMatchObject({ id: young.id, criteriaPass: false, failedCriteria: [expect.stringMatching(/di bawah batas/)] });
  });

  it('computes the quota from capacity and active residents; accepting past it needs the head, audited', async () => {
    await ok(core, 'admin', 'residents.create', { resident: sampleResident() });
    const a = await register();
    const b = await register({ fullName: 'Budi Santoso', nik: '1374020101120005', birthDate: '2012-01-01' });
    const c = await register({ fullName: 'Cahya Putra', nik: '1374020202110007', birthDate: '2011-02-02' });
    const round = await openRound();
    expect(round).toMatchObject({ quota: 2, computedQuota: 2, quotaFacts: { capacity: 3, activeResidents: 1, free: 2 }, applicants: 3 });
    for (const [app, value] of [[a, 5], [b, 4], [c, 3]] as const) await assess(caregiver, app.id, value);
    const ranked = await ok(core, 'admin', 'intake.round', { id: round.id });
    expect(ranked.entries.map((e) => [e.fullName, e.score])).toEqual([['Rizky Pratama', 100], ['Budi Santoso', 80], ['Cahya Putra', 60]]);

    expect((await accept(round.id, a.id)).ok).toBe(true);
    expect((await accept(round.id, b.id)).ok).toBe(true);
    const refused = await accept(round.id, c.id);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { kind: 'over-quota', quota: 2, accepted: 2 } } });
    const wrong = await accept(round.id, c.id, { override: { reason: 'Korban kekerasan', headUsername: 'kepala', headPassword: 'salah-sekali-9' } });
    expect(wrong).toMatchObject({ ok: false, error: { fieldErrors: { 'override.headPassword': expect.any(String) } } });
    const notHead = await accept(round.id, c.id, { override: { reason: 'Korban kekerasan', headUsername: 'peksos', headPassword: STRONG_PASSWORD } });
    expect(notHead).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const allowed = await accept(round.id, c.id, { override: { reason: 'Korban kekerasan, tidak ada tempat lain', headUsername: 'kepala', headPassword: STRONG_PASSWORD } });
    expect(allowed.ok).toBe(true);
    const detail = await ok(core, 'admin', 'intake.round', { id: round.id });
    expect(detail.entries.find((e) => e.applicationId === c.id)!.decision).toMatchObject({ decision: 'accepted', override: { by: 'Pengguna head', reason: 'Korban kekerasan, tidak ada tempat lain' } });
    const audit = await ok(core, 'admin', 'audit.list', { entity: 'intake-decision' });
    expect(audit.rows.find((r) => r.action === 'override')).toBeTruthy();

    // The quota is changed with a reason, not below what is already accepted.
    expect(await call('admin', 'intake.setQuota', { id: round.id, quota: 1, reason: 'x' })).toMatchObject({ ok: false, error: { fieldErrors: { quota: expect.any(String) } } });
    expect(await ok(core, 'admin', 'intake.setQuota', { id: round.id, quota: 4, reason: 'Wisma baru dibuka' })).toMatchObject({ quota: 4, quotaReason: 'Wisma baru dibuka' });
  });

  it('caregivers assess but cannot decide or approve; only the head approves', async () => {
    const a = await register();
    const round = await openRound();
    const assessed = await assess(caregiver, a.id, 4);
    expect(assessed.assessments[0]).toMatchObject({ score: 80, assessedBy: 'Pengguna caregiver' });
    expect(await call(caregiver, 'intake.decide', { roundId: round.id, applicationId: a.id, decision: 'accepted', reason: 'x' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await accept(round.id, a.id)).ok).toBe(true);
    expect(await call('admin', 'intake.approveRound', { id: round.id, approvedOn: '2026-06-30' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(caregiver, 'intake.approveRound', { id: round.id, approvedOn: '2026-06-30' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('acceptance makes a resident with every field and document carried over; the wait-listed move to the next round', async () => {
    const a = await register();
    const w = await register({ fullName: 'Wulan Sari', nik: null, sex: 'P', birthDate: '2014-04-04' });
    const doc = await ok(core, 'admin', 'intake.uploadDocument', { applicationId: a.id, docType: 'kk', title: 'Kartu Keluarga', fileName: 'kk.png', mimeType: 'image/png', base64: PNG_1PX });
    const round = await openRound();
    await assess('admin', a.id, 5);
    await assess('admin', w.id, 3);
    await accept(round.id, a.id);
    expect(await call(head, 'intake.approveRound', { id: round.id, approvedOn: '2026-06-30' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/1 calon belum diputuskan: Wulan Sari/) } });
    await ok(core, 'admin', 'intake.decide', { roundId: round.id, applicationId: w.id, decision: 'waitlisted', reason: 'Nilai di bawah calon lain' });
    const approved = await ok(core, head, 'intake.approveRound', { id: round.id, approvedOn: '2026-06-30' });
    expect(approved.status).toBe('approved');
    expect(approved.entries.map((e) => e.decision?.letterNo)).toEqual([`001/SK-SEL/${round.id}/2026`, `002/SK-SEL/${round.id}/2026`]);

    const application = await ok(core, 'admin', 'intake.get', { id: a.id });
    expect(application).toMatchObject({ status: 'admitted', residentId: expect.any(Number), residentRegistrationNo: 'PM-2026-0001' });
    const resident = await ok(core, 'admin', 'residents.get', { id: application.residentId! });
    const input = sampleApplicant();
    for (const key of ['fullName', 'nickname', 'nik', 'kkNumber', 'birthPlace', 'birthDate', 'sex', 'religion', 'education', 'maritalStatus', 'originProvince', 'originRegency', 'originDistrict', 'originVillage', 'originAddress', 'pmksCategory', 'disabilityType', 'referralSource', 'healthNotes', 'notes'] as const) {
      expect(resident[key], key).toEqual(input[key]);
    }
    expect(resident).toMatchObject({ applicationId: a.id, admissionDate: '2026-06-30', status: 'active', registrationNo: 'PM-2026-0001' });
    expect(resident.referralNote).toMatch(/CS-2026-0001.*Dinas Sosial Kota Padang Panjang.*460\/210\/Dinsos\/2026 tanggal 28 Mei 2026/);
    expect(resident.guardians).toMatchObject([{ name: 'Yusuf', relationship: 'Paman', phone: '0812-7700-1234', isPrimary: true }]);
    const caseFile = await ok(core, 'admin', 'casefile.get', { residentId: resident.id });
    expect(caseFile.currentStage).toMatchObject({ startedOn: '2026-06-30' });
    const docs = await ok(core, 'admin', 'documents.list', { residentId: resident.id });
    expect(docs).toMatchObject([{ title: 'Kartu Keluarga', sha256: doc.sha256, fileName: 'kk.png' }]);
    const opened = await ok(core, 'admin', 'documents.get', { id: docs[0]!.id });
    expect(opened.base64).toBe(PNG_1PX);
    expect(fs.readdirSync(path.join(core.documentsDir, String(resident.homeId)), { recursive: true }).filter((f) => String(f).endsWith(doc.sha256))).toHaveLength(1);

    const waiting = await ok(core, 'admin', 'intake.get', { id: w.id });
    expect(waiting).toMatchObject({ status: 'waitlisted', roundId: null, decisions: [{ decision: 'waitlisted', roundApproved: true }] });
    const next = await ok(core, 'admin', 'intake.createRound', { name: 'Periode III 2026', startDate: '2026-07-01', endDate: '2026-07-31', chairName: 'Dra. Yusnimar' });
    expect(next.entries.map((e) => e.fullName)).toEqual(['Wulan Sari']);
    // The approved round still lists the wait-listed applicant it decided on.
    expect((await ok(core, 'admin', 'intake.round', { id: round.id })).entries).toHaveLength(2);
  });

  it('refuses a NIK already registered as a resident, at the field', async () => {
    await ok(core, 'admin', 'residents.create', { resident: sampleResident() });
    const result = await call('admin', 'intake.register', { application: sampleApplicant({ nik: sampleResident().nik, sex: 'P', birthDate: '2012-03-12' }) });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', fieldErrors: { nik: expect.stringMatching(/Siti Rahmawati/) } } });
  });
});
