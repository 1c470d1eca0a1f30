import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, ProgrammeInput } from '../../contract';
import type { Core } from '../../core';
import { sampleBudget } from '../../../tests/helpers/budget';
import { sampleResident } from '../../../tests/helpers/residents';
import { makeCore, ok, setupAndLogin, STRONG_PASSWORD, userWithRole } from '../../../tests/helpers/temp-core';

const course = (overrides: Partial<ProgrammeInput> = {}): ProgrammeInput => ({
  name: 'Menjahit Dasar Angkatan I',
  kind: 'vocational',
  courseType: 'sewing',
  instructorName: 'Ibu Lestari',
  instructorSource: 'external',
  scheduleDays: [1, 3],
  startTime: '09:00',
  endTime: '11:00',
  startDate: '2026-08-03',
  endDate: '2026-10-30',
  capacity: 3,
  minAttendancePercent: 75,
  assessmentType: 'competency',
  ...overrides,
});

describe('education and skills training', () => {
  let core: Core;
  let caregiver: string;
  let head: string;
  const residents: number[] = [];
  const call = (session: string, channel: ChannelName, input: unknown) => core.router.call(channel, input as never, { sessionKey: session });
  const errorOf = async (session: string, channel: ChannelName, input: unknown) => {
    const result = await call(session, channel, input);
    if (result.ok) throw new Error(`${channel} should have failed`);
    return result.error;
  };

  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'admin');
    caregiver = await userWithRole(core, 'admin', 'caregiver', 'pengasuh');
    head = await userWithRole(core, 'admin', 'head', 'kepala');
    residents.length = 0;
    const names = ['Siti Rahmawati', 'Rudi Hartono', 'Dewi Sartika', 'Andi Saputra'];
    for (const [i, fullName] of names.entries()) {
      const r = await ok(core, 'admin', 'residents.create', { resident: sampleResident({ fullName, nik: null, sex: i % 2 ? 'L' : 'P', admissionDate: '2026-07-15' }) });
      residents.push(r.id);
    }
  });
  afterEach(() => core.close());
  /** Enrolments come back sorted by name: put them in the order of `residents`. */
  const inOrder = <T extends { residentId: number }>(list: T[]) => [...list].sort((x, y) => residents.indexOf(x.residentId) - residents.indexOf(y.residentId));

  it('enforces capacity at the field, refuses residents not in the home and double enrolment; a withdrawal frees a place', async () => {
    const p = await ok(core, 'admin', 'training.saveProgramme', course());
    expect(p).toMatchObject({ courseTypeLabel: 'Menjahit', scheduleDays: [1, 3], enrolledCount: 0 });
    const tooMany = await errorOf('admin', 'training.enrol', { programmeId: p.id, residentIds: residents, enrolledOn: '2026-08-03' });
    expect(tooMany.fieldErrors?.residentIds).toBe('Kapasitas program 3 peserta, sudah terisi 0: sisa 3 tempat, dipilih 4');
    const enrolled = await ok(core, 'admin', 'training.enrol', { programmeId: p.id, residentIds: residents.slice(0, 3), enrolledOn: '2026-08-03' });
    expect(enrolled).toHaveLength(3);
    const full = await errorOf('admin', 'training.enrol', { programmeId: p.id, residentIds: [residents[3]], enrolledOn: '2026-08-04' });
    expect(full.fieldErrors?.residentIds).toMatch(/sisa 0 tempat, dipilih 1/);
    const twice = await errorOf('admin', 'training.enrol', { programmeId: p.id, residentIds: [residents[0]], enrolledOn: '2026-08-04' });
    expect(twice.fieldErrors?.residentIds).toMatch(/Siti Rahmawati sudah terdaftar/);
    // Before admission the resident was not in the home.
    const other = await ok(core, 'admin', 'training.saveProgramme', course({ name: 'Komputer', courseType: 'computer', startDate: '2026-07-01' }));
    const early = await errorOf('admin', 'training.enrol', { programmeId: other.id, residentIds: [residents[3]], enrolledOn: '2026-07-10' });
    expect(early.fieldErrors?.residentIds).toMatch(/Andi Saputra tidak tercatat aktif di panti pada 10 Juli 2026/);

    const w = await ok(core, 'admin', 'training.withdraw', { enrolmentId: enrolled[2]!.id, withdrawnOn: '2026-08-10', reason: 'Pindah ke panti lain' });
    expect(w).toMatchObject({ status: 'withdrawn', withdrawReason: 'Pindah ke panti lain' });
    await ok(core, 'admin', 'training.enrol', { programmeId: p.id, residentIds: [residents[3]!], enrolledOn: '2026-08-11' });
    const detail = await ok(core, 'admin', 'training.programme', { id: p.id });
    expect(detail.programme.enrolledCount).toBe(3);
    expect(detail.enrolments).toHaveLength(4); // the withdrawn one is kept
    // A caregiver may not set up enrolment.
    expect((await errorOf(caregiver, 'training.enrol', { programmeId: p.id, residentIds: [residents[2]], enrolledOn: '2026-08-12' })).code).toBe('FORBIDDEN');
  });

  it('records attendance for the whole group at once and computes rates: present ÷ sessions held while enrolled', async () => {
    const p = await ok(core, 'admin', 'training.saveProgramme', course({ capacity: 5 }));
    const [a, b] = inOrder(await ok(core, 'admin', 'training.enrol', { programmeId: p.id, residentIds: residents.slice(0, 2), enrolledOn: '2026-08-03' }));
    const session = (heldOn: string, marks: [number, 'present' | 'absent' | 'sick' | 'excused'][]) =>
      call(caregiver, 'training.recordSession', { programmeId: p.id, heldOn, topic: `Materi ${heldOn}`, durationMinutes: 120, attendance: marks.map(([enrolmentId, status]) => ({ enrolmentId, status })) });
    const missing = await session('2026-08-03', [[a!.id, 'present']]);
    expect(missing.ok ? null : missing.error.fieldErrors?.attendance).toBe('Kehadiran belum diisi untuk Rudi Hartono');
    expect((await session('2026-08-03', [[a!.id, 'present'], [b!.id, 'present']])).ok).toBe(true);
    expect((await session('2026-08-05', [[a!.id, 'present'], [b!.id, 'sick']])).ok).toBe(true);
    // A third resident joins later: the sessions before do not count against them.
    const [c] = await ok(core, 'admin', 'training.enrol', { programmeId: p.id, residentIds: [residents[2]!], enrolledOn: '2026-08-06' });
    const notInGroup = await session('2026-08-10', [[a!.id, 'present'], [b!.id, 'absent']]);
    expect(notInGroup.ok ? null : notInGroup.error.fieldErrors?.attendance).toMatch(/Dewi Sartika/);
    expect((await session('2026-08-10', [[a!.id, 'excused'], [b!.id, 'absent'], [c!.id, 'present']])).ok).toBe(true);
    expect((await session('2026-08-12', [[a!.id, 'present'], [b!.id, 'present'], [c!.id, 'absent']])).ok).toBe(true);

    const detail = await ok(core, 'admin', 'training.programme', { id: p.id });
    const byName = Object.fromEntries(detail.enrolments.map((e) => [e.residentName, e]));
    expect(byName['Siti Rahmawati']).toMatchObject({ sessionsHeld: 4, present: 3, rate: 75, minutesPresent: 360 });
    expect(byName['Rudi Hartono']).toMatchObject({ sessionsHeld: 4, present: 2, rate: 50 });
    expect(byName['Dewi Sartika']).toMatchObject({ sessionsHeld: 2, present: 1, rate: 50 });
    // Programme: (3 + 2 + 1) ÷ (4 + 4 + 2) = 60 %.
    expect(detail.rate).toBe(60);
    expect(detail.sessions[0]).toMatchObject({ heldOn: '2026-08-12', present: 2, marked: 3 });

    const recap = await ok(core, 'admin', 'training.recapData', { programmeId: p.id, month: '2026-08' });
    expect(recap.sessions).toHaveLength(4);
    expect(recap.rows.find((r) => r.residentName === 'Dewi Sartika')).toMatchObject({ marks: [null, null, 'present', 'absent'], present: 1, held: 2, rate: 50 });
    expect(recap.totals).toMatchObject({ present: 6, held: 10, rate: 60, perSession: [2, 1, 1, 2] });
    // The XLSX: the marks, and present/rate as formulas with their results.
    const file = await ok(core, 'admin', 'training.recapXlsx', { programmeId: p.id, month: '2026-08', paper: 'A4' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Rekap')!;
    const rowOf = (name: string) => sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(2).value === name)!;
    expect(rowOf('Dewi Sartika').getCell(5).value).toBe('H');
    expect(rowOf('Dewi Sartika').getCell(7).value).toMatchObject({ formula: expect.stringMatching(/^COUNTIF\(C\d+:F\d+,"H"\)$/), result: 1 });
    expect(rowOf('Jumlah hadir').getCell(7).value).toMatchObject({ formula: expect.stringMatching(/^SUM\(G\d+:G\d+\)$/), result: 6 });
    expect(rowOf('Jumlah hadir').getCell(9).value).toMatchObject({ result: 0.6 });
    // Outside the programme's dates and in the future are refused at the field.
    const late = await session('2026-11-02', [[a!.id, 'present'], [b!.id, 'present'], [c!.id, 'present']]);
    expect(late.ok ? null : Object.keys(late.error.fieldErrors ?? {})).toEqual(['heldOn']);
  });

  it('completes only with enough attendance and a passing assessment, numbers the certificate and prints it', async () => {
    const p = await ok(core, 'admin', 'training.saveProgramme', course({ assessmentType: 'grade', passingGrade: 70, minAttendancePercent: 60 }));
    const [a, b] = inOrder(await ok(core, 'admin', 'training.enrol', { programmeId: p.id, residentIds: residents.slice(0, 2), enrolledOn: '2026-08-03' }));
    const marks = [
      ['2026-08-03', 'present', 'present'],
      ['2026-08-05', 'present', 'absent'],
      ['2026-08-10', 'absent', 'absent'],
    ] as const;
    for (const [heldOn, sa, sb] of marks) {
      await ok(core, caregiver, 'training.recordSession', { programmeId: p.id, heldOn, topic: 'Pola dasar', durationMinutes: 90, attendance: [{ enrolmentId: a!.id, status: sa }, { enrolmentId: b!.id, status: sb }] });
    }
    const notAssessed = await errorOf(head, 'training.complete', { enrolmentId: a!.id, completedOn: '2026-10-30' });
    expect(notAssessed).toMatchObject({ code: 'CONFLICT', message: 'Belum memenuhi syarat kelulusan: Belum ada penilaian' });
    const competencyOnGrade = await errorOf(caregiver, 'training.assess', { enrolmentId: a!.id, assessedOn: '2026-10-28', competent: true });
    expect(competencyOnGrade.fieldErrors?.grade).toBe('Nilai wajib diisi');
    await ok(core, caregiver, 'training.assess', { enrolmentId: a!.id, assessedOn: '2026-10-28', grade: 65 });
    expect((await errorOf(head, 'training.complete', { enrolmentId: a!.id, completedOn: '2026-10-30' })).message).toMatch(/Nilai terakhir 65 di bawah nilai lulus/);
    const reassessed = await ok(core, caregiver, 'training.assess', { enrolmentId: a!.id, assessedOn: '2026-10-29', grade: 82 });
    expect(reassessed).toMatchObject({ rate: 66.7, latest: { grade: 82, passed: true }, blockers: [] });
    await ok(core, caregiver, 'training.assess', { enrolmentId: b!.id, assessedOn: '2026-10-29', grade: 90 });
    const lowAttendance = await errorOf(head, 'training.complete', { enrolmentId: b!.id, completedOn: '2026-10-30' });
    expect(lowAttendance.message).toBe('Belum memenuhi syarat kelulusan: Kehadiran 33,3% di bawah minimal 60%');
    // Caregivers assess; they do not issue certificates.
    expect((await errorOf(caregiver, 'training.complete', { enrolmentId: a!.id, completedOn: '2026-10-30' })).code).toBe('FORBIDDEN');

    const done = await ok(core, head, 'training.complete', { enrolmentId: a!.id, completedOn: '2026-10-30' });
    expect(done).toMatchObject({ status: 'completed', certificateNo: '001/SERT-PLT/2026', completedOn: '2026-10-30' });
    expect((await errorOf(head, 'training.complete', { enrolmentId: a!.id, completedOn: '2026-10-30' })).message).toMatch(/sudah lulus/);
    const certificate = await ok(core, 'admin', 'training.certificate', { enrolmentId: a!.id, paper: 'A4' });
    expect(certificate).toMatchObject({ landscape: true, fileName: 'sertifikat-001-SERT-PLT-2026.pdf' });
    for (const text of ['Nomor: 001/SERT-PLT/2026', 'SITI RAHMAWATI', 'Menjahit Dasar Angkatan I', 'NILAI 82', '2 dari 3 sesi (66,7%), 3 jam pelajaran', 'Drs. Hendra Saputra, M.Si']) {
      expect(certificate.html).toContain(text);
    }
    expect((await errorOf('admin', 'training.certificate', { enrolmentId: b!.id, paper: 'A4' })).code).toBe('CONFLICT');
    const list = await ok(core, 'admin', 'training.completionsReport', { from: '2026-10-01', to: '2026-10-31', paper: 'A4' });
    expect(list.html).toContain('001/SERT-PLT/2026');
  });

  it('records school fees as spending linked to the child, with the head’s override past the allocation, and voids them', async () => {
    const finance = await userWithRole(core, 'admin', 'finance', 'bendahara');
    const budget = await sampleBudget(core, finance);
    const record = await ok(core, 'admin', 'school.saveRecord', { residentId: residents[0]!, schoolName: 'SMP Negeri 2 Padang Panjang', level: 'smp', grade: 'Kelas 8', schoolYear: '2025/2026' });
    const dup = await errorOf('admin', 'school.saveRecord', { residentId: residents[0]!, schoolName: 'SMP Negeri 1', level: 'smp', grade: 'Kelas 8', schoolYear: '2025/2026' });
    expect(dup.fieldErrors?.schoolYear).toMatch(/Sudah ada catatan sekolah/);

    const paid = await ok(core, finance, 'school.payFee', { schoolRecordId: record.id, lineId: budget.lines.atk.id, kind: 'uniform', paidOn: '2025-07-14', amount: 450_000, description: 'Seragam SMP 2 stel', proofNo: 'BKU-0714' });
    expect(paid).toMatchObject({ feesTotal: 450_000, fees: [{ kind: 'uniform', amount: 450_000, voidedOn: null }] });
    const spent = await ok(core, finance, 'spending.get', { id: paid.fees[0]!.spendingId! });
    expect(spent).toMatchObject({ amount: 450_000, lineId: budget.lines.atk.id, residentId: residents[0], residentName: 'Siti Rahmawati', payee: 'SMP Negeri 2 Padang Panjang', source: { type: 'education_fee', id: paid.fees[0]!.id } });
    const cost = await ok(core, finance, 'budget.costPerResident', { yearId: budget.year.id, asOf: '2025-12-31' });
    expect(cost.linked).toEqual([expect.objectContaining({ residentId: residents[0], amount: 450_000, count: 1 })]);

    // 1.200.000 − 450.000 = 750.000 left: 800.000 needs the head.
    const over = { schoolRecordId: record.id, lineId: budget.lines.atk.id, kind: 'books' as const, paidOn: '2025-07-20', amount: 800_000, description: 'Buku paket semester 1' };
    const refused = await errorOf(finance, 'school.payFee', over);
    expect(refused).toMatchObject({ code: 'CONFLICT', details: { kind: 'over-allocation', remaining: 750_000, excess: 50_000 } });
    const schoolFeesAfterRefusal = (core.requireOpened().sqlite.prepare('SELECT count(*) AS n FROM school_fees').get() as { n: number }).n;
    expect(schoolFeesAfterRefusal).toBe(1); // the refused fee was rolled back with its spending
    const approved = await ok(core, finance, 'school.payFee', { ...over, override: { reason: 'Buku wajib semester', headUsername: 'kepala', headPassword: STRONG_PASSWORD } });
    expect(approved.feesTotal).toBe(1_250_000);

    const voided = await ok(core, finance, 'school.voidFee', { id: paid.fees[0]!.id, voidedOn: '2025-07-21', reason: 'Seragam dibantu donatur' });
    expect(voided.feesTotal).toBe(800_000);
    expect(voided.fees.find((f) => f.kind === 'uniform')).toMatchObject({ voidedOn: '2025-07-21', voidReason: 'Seragam dibantu donatur' });
    const rows = await ok(core, finance, 'spending.list', { yearId: budget.year.id, sourceType: 'education_fee' });
    expect(rows.total).toBe(800_000);
    expect(rows.count).toBe(3); // two fees and the reversal

    const report = await ok(core, caregiver, 'school.saveReport', { schoolRecordId: record.id, term: 1, average: 84.5, rank: 5, classSize: 32, notes: 'Rajin' });
    expect(report.reports).toEqual([expect.objectContaining({ term: 1, average: 84.5, rank: 5 })]);
    const summary = await ok(core, 'admin', 'training.residentSummary', { residentId: residents[0]! });
    expect(summary.schools[0]).toMatchObject({ schoolName: 'SMP Negeri 2 Padang Panjang', feesTotal: 800_000 });
  });
});
