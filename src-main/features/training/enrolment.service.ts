import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { TrainingAssessmentInput, CompleteInput, EnrolInput, Enrolment, SessionInput, TrainingSession, WithdrawInput } from '../../contract';
import { formatLongDate } from '../../contract';
import type { AppDb } from '../../db/client';
import { residents, trainingAssessments, trainingAttendance, trainingEnrolments, trainingSessions } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { AppError, fieldError } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { presentOn } from '../census/census.service';
import { assertNotFuture } from '../homes/home-clock';
import { assertProgrammeOpen, programmeDetail } from './programmes.service';
import { getEnrolment, loadEnrolment, loadProgramme, queryEnrolments } from './training-common';


/**
 * Enrols residents: only residents active in the home on the enrolment date, never twice, and never past
 * the programme's capacity (active and completed participants hold a place; a withdrawal frees it).
 */
export function enrol(db: AppDb, actor: Actor, input: z.output<typeof EnrolInput>): Enrolment[] {
  const homeId = requireHome(actor);
  const ids = db.transaction((tx) => {
    const programme = loadProgramme(tx, actor, input.programmeId);
    assertProgrammeOpen(programme);
    assertNotFuture(db, actor, input.enrolledOn, 'enrolledOn');
    if (input.enrolledOn > programme.endDate) throw fieldError('enrolledOn', `Program berakhir ${formatLongDate(programme.endDate)}`);
    const wanted = [...new Set(input.residentIds)];
    const present = new Set(presentOn(tx, homeId, input.enrolledOn).map((r) => r.id));
    const people = tx.select({ id: residents.id, name: residents.fullName }).from(residents).where(and(eq(residents.homeId, homeId), inArray(residents.id, wanted))).all();
    const nameOf = new Map(people.map((p) => [p.id, p.name]));
    const absent = wanted.filter((id) => !present.has(id));
    if (absent.length) {
      throw fieldError('residentIds', `${absent.map((id) => nameOf.get(id) ?? `#${id}`).join(', ')} tidak tercatat aktif di panti pada ${formatLongDate(input.enrolledOn)}`);
    }
    const current = tx
      .select({ residentId: trainingEnrolments.residentId })
      .from(trainingEnrolments)
      .where(and(eq(trainingEnrolments.programmeId, programme.id), sql`${trainingEnrolments.status} <> 'withdrawn'`))
      .all();
    const already = wanted.filter((id) => current.some((c) => c.residentId === id));
    if (already.length) throw fieldError('residentIds', `${already.map((id) => nameOf.get(id)).join(', ')} sudah terdaftar di program ini`);
    const free = programme.capacity - current.length;
    if (wanted.length > free) {
      throw fieldError('residentIds', `Kapasitas program ${programme.capacity} peserta, sudah terisi ${current.length}: sisa ${free} tempat, dipilih ${wanted.length}`);
    }
    return wanted.map((residentId) => {
      const row = tx.insert(trainingEnrolments).values({ homeId, programmeId: programme.id, residentId, enrolledOn: input.enrolledOn, createdBy: actor.userId, createdAt: nowIso() }).returning().get();
      recordAudit(tx, actor, { entity: 'training_enrolment', entityId: row.id, action: 'create', after: row });
      return row.id;
    });
  });
  return queryEnrolments(db, sql`e.id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
}

/** A withdrawal keeps the enrolment and its attendance, with the date and the reason. */
export function withdraw(db: AppDb, actor: Actor, input: z.output<typeof WithdrawInput>): Enrolment {
  db.transaction((tx) => {
    const before = loadEnrolment(tx, actor, input.enrolmentId);
    if (before.status !== 'active') throw new AppError('CONFLICT', before.status === 'completed' ? 'Peserta ini sudah lulus' : 'Peserta ini sudah mengundurkan diri');
    assertNotFuture(db, actor, input.withdrawnOn, 'withdrawnOn');
    if (input.withdrawnOn < before.enrolledOn) throw fieldError('withdrawnOn', 'Tanggal mengundurkan diri sebelum tanggal mendaftar');
    const after = tx
      .update(trainingEnrolments)
      .set({ status: 'withdrawn', withdrawnOn: input.withdrawnOn, withdrawReason: input.reason })
      .where(eq(trainingEnrolments.id, before.id))
      .returning()
      .get();
    recordAudit(tx, actor, { entity: 'training_enrolment', entityId: before.id, action: 'withdraw', before, after });
  });
  return getEnrolment(db, actor, input.enrolmentId);
}

/**
 * One session with the whole group's attendance, in one transaction. The group is every participant
 * enrolled on that day (enrolled on or before it, not withdrawn or completed before it): each must be marked.
 */
export function recordSession(db: AppDb, actor: Actor, input: z.output<typeof SessionInput>): TrainingSession {
  const homeId = requireHome(actor);
  const sessionId = db.transaction((tx) => {
    const programme = loadProgramme(tx, actor, input.programmeId);
    if (programme.status === 'cancelled') throw new AppError('CONFLICT', 'Program ini dibatalkan');
    assertNotFuture(db, actor, input.heldOn, 'heldOn');
    if (input.heldOn < programme.startDate || input.heldOn > programme.endDate) {
      throw fieldError('heldOn', `Tanggal sesi harus di antara ${formatLongDate(programme.startDate)} dan ${formatLongDate(programme.endDate)}`);
    }
    const group = tx.all<{ id: number; name: string }>(sql`
      SELECT e.id, r.full_name AS name FROM training_enrolments e JOIN residents r ON r.id = e.resident_id
      WHERE e.programme_id = ${programme.id} AND e.enrolled_on <= ${input.heldOn}
        AND coalesce(e.withdrawn_on, e.completed_on, '9999-12-31') >= ${input.heldOn}`);
    if (group.length === 0) throw fieldError('heldOn', 'Belum ada peserta yang terdaftar pada tanggal itu');
    const marked = new Map(input.attendance.map((a) => [a.enrolmentId, a]));
    const missing = group.filter((g) => !marked.has(g.id));
    if (missing.length) throw fieldError('attendance', `Kehadiran belum diisi untuk ${missing.map((m) => m.name).join(', ')}`);
    const strangers = input.attendance.filter((a) => !group.some((g) => g.id === a.enrolmentId));
    if (strangers.length) throw fieldError('attendance', 'Ada peserta yang tidak terdaftar di program ini pada tanggal sesi');
    const session = tx
      .insert(trainingSessions)
      .values({ homeId, programmeId: programme.id, heldOn: input.heldOn, topic: input.topic, durationMinutes: input.durationMinutes, note: input.note, recordedBy: actor.userId, recordedAt: nowIso() })
      .returning()
      .get();
    tx.insert(trainingAttendance)
      .values(input.attendance.map((a) => ({ sessionId: session.id, enrolmentId: a.enrolmentId, status: a.status, note: a.note })))
      .run();
    recordAudit(tx, actor, { entity: 'training_session', entityId: session.id, action: 'create', after: { ...session, attendance: input.attendance } });
    return session.id;
  });
  return programmeDetail(db, actor, input.programmeId).sessions.find((s) => s.id === sessionId)!;
}

/** Competency (kompeten / belum kompeten) or a 0–100 grade, as the programme assesses; the latest one counts. */
export function assess(db: AppDb, actor: Actor, input: z.output<typeof TrainingAssessmentInput>): Enrolment {
  const homeId = requireHome(actor);
  db.transaction((tx) => {
    const enrolment = loadEnrolment(tx, actor, input.enrolmentId);
    if (enrolment.status !== 'active') throw new AppError('CONFLICT', enrolment.status === 'completed' ? 'Peserta ini sudah lulus' : 'Peserta ini sudah mengundurkan diri');
    const programme = loadProgramme(tx, actor, enrolment.programmeId);
    assertNotFuture(db, actor, input.assessedOn, 'assessedOn');
    if (input.assessedOn < enrolment.enrolledOn) throw fieldError('assessedOn', 'Tanggal penilaian sebelum tanggal mendaftar');
    const competency = programme.assessmentType === 'competency';
    if (competency && input.competent == null) throw fieldError('competent', 'Pilih kompeten atau belum kompeten');
    if (!competency && input.grade == null) throw fieldError('grade', 'Nilai wajib diisi');
    const row = tx
      .insert(trainingAssessments)
      .values({ homeId, enrolmentId: enrolment.id, assessedOn: input.assessedOn, competent: competency ? input.competent : null, grade: competency ? null : input.grade, note: input.note, assessedBy: actor.userId, createdAt: nowIso() })
      .returning()
      .get();
    recordAudit(tx, actor, { entity: 'training_assessment', entityId: row.id, action: 'create', after: row });
  });
  return getEnrolment(db, actor, input.enrolmentId);
}

/** The next certificate number of the home in a year: 001/SERT-PLT/2026. */
function nextCertificateNo(db: AppDb, homeId: number, year: string): string {
  const last = db.get<{ n: number | null }>(sql`
    SELECT max(CAST(substr(certificate_no, 1, instr(certificate_no, '/') - 1) AS INTEGER)) AS n FROM training_enrolments
    WHERE home_id = ${homeId} AND certificate_no LIKE ${`%/SERT-PLT/${year}`}`);
  return `${String((last?.n ?? 0) + 1).padStart(3, '0')}/SERT-PLT/${year}`;
}

/** Completion follows the rules (see `completionBlockers`) and numbers the certificate. */
export function complete(db: AppDb, actor: Actor, input: z.output<typeof CompleteInput>): Enrolment {
  const homeId = requireHome(actor);
  db.transaction((tx) => {
    const current = getEnrolment(tx, actor, input.enrolmentId);
    assertNotFuture(db, actor, input.completedOn, 'completedOn');
    if (input.completedOn < current.enrolledOn) throw fieldError('completedOn', 'Tanggal lulus sebelum tanggal mendaftar');
    if (current.blockers.length) throw new AppError('CONFLICT', `Belum memenuhi syarat kelulusan: ${current.blockers.join('; ')}`);
    const certificateNo = nextCertificateNo(tx, homeId, input.completedOn.slice(0, 4));
    const after = tx
      .update(trainingEnrolments)
      .set({ status: 'completed', completedOn: input.completedOn, certificateNo })
      .where(eq(trainingEnrolments.id, current.id))
      .returning()
      .get();
    recordAudit(tx, actor, { entity: 'training_enrolment', entityId: current.id, action: 'complete', before: { status: current.status }, after });
  });
  return getEnrolment(db, actor, input.enrolmentId);
}
