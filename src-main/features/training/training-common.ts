import { and, eq, inArray, sql } from 'drizzle-orm';
import type { TrainingAssessment, Enrolment, Programme } from '../../contract';
import { COURSE_TYPE_LABELS, type CourseTypeCode } from '../../contract';
import type { AppDb } from '../../db/client';
import { trainingAssessments, trainingEnrolments, trainingProgrammes, users } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { notFound } from '../../lib/errors';

export type ProgrammeRow = typeof trainingProgrammes.$inferSelect;
export type EnrolmentRow = typeof trainingEnrolments.$inferSelect;

export function loadProgramme(db: AppDb, actor: Actor, id: number): ProgrammeRow {
  const homeId = requireHome(actor);
  const row = db.select().from(trainingProgrammes).where(and(eq(trainingProgrammes.id, id), eq(trainingProgrammes.homeId, homeId))).get();
  if (!row) throw notFound('Program');
  return row;
}

export function loadEnrolment(db: AppDb, actor: Actor, id: number): EnrolmentRow {
  const homeId = requireHome(actor);
  const row = db.select().from(trainingEnrolments).where(and(eq(trainingEnrolments.id, id), eq(trainingEnrolments.homeId, homeId))).get();
  if (!row) throw notFound('Peserta');
  return row;
}

/** Attendance rate in percent with one decimal: present ÷ sessions held while enrolled; null before any session. */
export function attendanceRate(present: number, held: number): number | null {
  if (held <= 0) return null;
  return Math.round((present / held) * 1000) / 10;
}

/** Did an assessment pass: competency → kompeten; grade → at least the programme's passing grade. */
export function passed(a: { competent: boolean | null; grade: number | null }, passingGrade: number | null): boolean {
  if (a.competent != null) return a.competent;
  return a.grade != null && a.grade >= (passingGrade ?? 0);
}

interface ProgrammeCounts {
  enrolled: number;
  completed: number;
  sessions: number;
}

export function toProgramme(row: ProgrammeRow, counts: ProgrammeCounts, customName: string | null, lineLabel: string | null): Programme {
  const courseType = row.courseType ?? (row.customTypeId != null ? `custom:${row.customTypeId}` : null);
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as Programme['kind'],
    courseType,
    courseTypeLabel: row.courseType ? (COURSE_TYPE_LABELS[row.courseType as CourseTypeCode] ?? row.courseType) : customName,
    instructorName: row.instructorName,
    instructorSource: row.instructorSource as Programme['instructorSource'],
    scheduleDays: row.scheduleDays.split(',').filter(Boolean).map(Number),
    startTime: row.startTime,
    endTime: row.endTime,
    startDate: row.startDate,
    endDate: row.endDate,
    capacity: row.capacity,
    budgetLineId: row.budgetLineId,
    budgetLineLabel: lineLabel,
    minAttendancePercent: row.minAttendancePercent,
    assessmentType: row.assessmentType as Programme['assessmentType'],
    passingGrade: row.passingGrade,
    status: row.status as Programme['status'],
    note: row.note,
    enrolledCount: counts.enrolled,
    completedCount: counts.completed,
    sessionCount: counts.sessions,
  };
}

/** Programmes of the home with their counts, names of custom types and budget lines. */
export function queryProgrammes(db: AppDb, homeId: number, where = sql`1 = 1`): Programme[] {
  const rows = db.all<ProgrammeRow & { enrolled: number; completed: number; sessions: number; customName: string | null; lineLabel: string | null }>(sql`
    SELECT p.id, p.home_id AS homeId, p.name, p.kind, p.course_type AS courseType, p.custom_type_id AS customTypeId,
           p.instructor_name AS instructorName, p.instructor_source AS instructorSource, p.schedule_days AS scheduleDays,
           p.start_time AS startTime, p.end_time AS endTime, p.start_date AS startDate, p.end_date AS endDate, p.capacity,
           p.budget_line_id AS budgetLineId, p.min_attendance_percent AS minAttendancePercent, p.assessment_type AS assessmentType,
           p.passing_grade AS passingGrade, p.status, p.note,
           (SELECT count(*) FROM training_enrolments e WHERE e.programme_id = p.id AND e.status <> 'withdrawn') AS enrolled,
           (SELECT count(*) FROM training_enrolments e WHERE e.programme_id = p.id AND e.status = 'completed') AS completed,
           (SELECT count(*) FROM training_sessions s WHERE s.programme_id = p.id) AS sessions,
           ct.name AS customName,
           CASE WHEN l.id IS NULL THEN NULL ELSE a.code || ' ' || a.name || ' · ' || y.year END AS lineLabel
    FROM training_programmes p
    LEFT JOIN training_course_types ct ON ct.id = p.custom_type_id
    LEFT JOIN budget_lines l ON l.id = p.budget_line_id
    LEFT JOIN budget_accounts a ON a.id = l.account_id
    LEFT JOIN budget_years y ON y.id = l.year_id
    WHERE p.home_id = ${homeId} AND ${where}
    ORDER BY CASE p.status WHEN 'open' THEN 0 ELSE 1 END, p.start_date DESC, p.id DESC`);
  return rows.map((r) => toProgramme(r, { enrolled: r.enrolled, completed: r.completed, sessions: r.sessions }, r.customName, r.lineLabel));
}

interface EnrolmentQueryRow extends EnrolmentRow {
  residentName: string;
  registrationNo: string;
  held: number;
  present: number;
  minutesPresent: number;
  minAttendancePercent: number;
  passingGrade: number | null;
}

/** The window of sessions that count for an enrolment: from enrolment to withdrawal or completion. */
const WINDOW = sql`s.held_on >= e.enrolled_on AND s.held_on <= coalesce(e.withdrawn_on, e.completed_on, '9999-12-31')`;

/** Enrolments with their attendance figures, latest assessment and completion blockers. */
export function queryEnrolments(db: AppDb, where: ReturnType<typeof sql>): Enrolment[] {
  const rows = db.all<EnrolmentQueryRow>(sql`
    SELECT e.id, e.home_id AS homeId, e.programme_id AS programmeId, e.resident_id AS residentId, e.enrolled_on AS enrolledOn,
           e.status, e.withdrawn_on AS withdrawnOn, e.withdraw_reason AS withdrawReason, e.completed_on AS completedOn,
           e.certificate_no AS certificateNo, r.full_name AS residentName, r.registration_no AS registrationNo,
           p.min_attendance_percent AS minAttendancePercent, p.passing_grade AS passingGrade,
           (SELECT count(*) FROM training_sessions s WHERE s.programme_id = e.programme_id AND ${WINDOW}) AS held,
           (SELECT count(*) FROM training_attendance t JOIN training_sessions s ON s.id = t.session_id
             WHERE t.enrolment_id = e.id AND t.status = 'present' AND ${WINDOW}) AS present,
           (SELECT coalesce(sum(s.duration_minutes), 0) FROM training_attendance t JOIN training_sessions s ON s.id = t.session_id
             WHERE t.enrolment_id = e.id AND t.status = 'present' AND ${WINDOW}) AS minutesPresent
    FROM training_enrolments e
    JOIN residents r ON r.id = e.resident_id
    JOIN training_programmes p ON p.id = e.programme_id
    WHERE ${where}
    ORDER BY CASE e.status WHEN 'withdrawn' THEN 1 ELSE 0 END, r.name_key, e.id`);
  const ids = rows.map((r) => r.id);
  const assessments = ids.length
    ? db
        .select({ row: trainingAssessments, by: users.fullName })
        .from(trainingAssessments)
        .leftJoin(users, eq(users.id, trainingAssessments.assessedBy))
        .where(inArray(trainingAssessments.enrolmentId, ids))
        .all()
    : [];
  const latest = new Map<number, (typeof assessments)[number]>();
  for (const a of assessments) {
    const current = latest.get(a.row.enrolmentId);
    if (!current || a.row.assessedOn > current.row.assessedOn || (a.row.assessedOn === current.row.assessedOn && a.row.id > current.row.id)) latest.set(a.row.enrolmentId, a);
  }
  return rows.map((r) => {
    const a = latest.get(r.id);
    const last: TrainingAssessment | null = a
      ? { id: a.row.id, assessedOn: a.row.assessedOn, competent: a.row.competent, grade: a.row.grade, passed: passed(a.row, r.passingGrade), note: a.row.note, assessedBy: a.by }
      : null;
    const rate = attendanceRate(r.present, r.held);
    return {
      id: r.id,
      programmeId: r.programmeId,
      residentId: r.residentId,
      residentName: r.residentName,
      registrationNo: r.registrationNo,
      enrolledOn: r.enrolledOn,
      status: r.status as Enrolment['status'],
      withdrawnOn: r.withdrawnOn,
      withdrawReason: r.withdrawReason,
      completedOn: r.completedOn,
      certificateNo: r.certificateNo,
      sessionsHeld: r.held,
      present: r.present,
      minutesPresent: r.minutesPresent,
      rate,
      latest: last,
      blockers: completionBlockers(r.status, r.held, rate, r.minAttendancePercent, last),
    };
  });
}

/**
 * The completion rules: an active participant, at least one session held while enrolled, an attendance rate
 * of at least the programme's minimum, and a latest assessment that passed.
 */
export function completionBlockers(status: string, held: number, rate: number | null, minPercent: number, latest: TrainingAssessment | null): string[] {
  if (status === 'completed') return ['Peserta ini sudah lulus'];
  if (status === 'withdrawn') return ['Peserta ini sudah mengundurkan diri'];
  const blockers: string[] = [];
  if (held === 0 || rate === null) blockers.push('Belum ada sesi yang diikuti');
  else if (rate < minPercent) blockers.push(`Kehadiran ${rate.toLocaleString('id-ID')}% di bawah minimal ${minPercent}%`);
  if (!latest) blockers.push('Belum ada penilaian');
  else if (!latest.passed) blockers.push(latest.competent === false ? 'Penilaian terakhir: belum kompeten' : `Nilai terakhir ${latest.grade} di bawah nilai lulus`);
  return blockers;
}

export function getEnrolment(db: AppDb, actor: Actor, id: number): Enrolment {
  const homeId = requireHome(actor);
  const row = queryEnrolments(db, sql`e.id = ${id} AND e.home_id = ${homeId}`)[0];
  if (!row) throw notFound('Peserta');
  return row;
}
