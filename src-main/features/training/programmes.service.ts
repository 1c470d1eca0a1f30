import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { HomeCourseType, CourseTypeInput, Programme, ProgrammeDetail, ProgrammeInput, ProgrammeListInput, TrainingSession } from '../../contract';
import { COURSE_TYPES } from '../../contract';
import type { AppDb } from '../../db/client';
import { trainingCourseTypes, trainingProgrammes } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { AppError, fieldError, notFound } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { loadLine } from '../budget/budget-common';
import { attendanceRate, loadProgramme, queryEnrolments, queryProgrammes } from './training-common';

export function listCourseTypes(db: AppDb, actor: Actor): HomeCourseType[] {
  const homeId = requireHome(actor);
  return db
    .select({ id: trainingCourseTypes.id, name: trainingCourseTypes.name, active: trainingCourseTypes.active })
    .from(trainingCourseTypes)
    .where(eq(trainingCourseTypes.homeId, homeId))
    .orderBy(asc(trainingCourseTypes.name))
    .all();
}

/** A course type the home adds ("others the home adds"); deactivated rather than removed once used. */
export function saveCourseType(db: AppDb, actor: Actor, input: z.output<typeof CourseTypeInput>): HomeCourseType {
  const homeId = requireHome(actor);
  return db.transaction((tx) => {
    const clash = tx
      .select({ id: trainingCourseTypes.id })
      .from(trainingCourseTypes)
      .where(and(eq(trainingCourseTypes.homeId, homeId), sql`lower(${trainingCourseTypes.name}) = lower(${input.name})`))
      .get();
    if (clash && clash.id !== input.id) throw fieldError('name', `Jenis pelatihan "${input.name}" sudah ada`);
    if (input.id) {
      const before = tx.select().from(trainingCourseTypes).where(and(eq(trainingCourseTypes.id, input.id), eq(trainingCourseTypes.homeId, homeId))).get();
      if (!before) throw notFound('Jenis pelatihan');
      const after = tx.update(trainingCourseTypes).set({ name: input.name, active: input.active }).where(eq(trainingCourseTypes.id, input.id)).returning().get();
      recordAudit(tx, actor, { entity: 'training_course_type', entityId: after.id, action: 'update', before, after });
      return { id: after.id, name: after.name, active: after.active };
    }
    const row = tx.insert(trainingCourseTypes).values({ homeId, name: input.name, active: input.active, createdAt: nowIso() }).returning().get();
    recordAudit(tx, actor, { entity: 'training_course_type', entityId: row.id, action: 'create', after: row });
    return { id: row.id, name: row.name, active: row.active };
  });
}

export function listProgrammes(db: AppDb, actor: Actor, input: z.output<typeof ProgrammeListInput>): Programme[] {
  const homeId = requireHome(actor);
  const where = [sql`1 = 1`];
  if (input?.status) where.push(sql`p.status = ${input.status}`);
  if (input?.kind) where.push(sql`p.kind = ${input.kind}`);
  return queryProgrammes(db, homeId, sql.join(where, sql` AND `));
}

export function getProgramme(db: AppDb, actor: Actor, id: number): Programme {
  const programme = queryProgrammes(db, requireHome(actor), sql`p.id = ${id}`)[0];
  if (!programme) throw notFound('Program');
  return programme;
}

/** The course type columns from the form's value: a built-in code or `custom:<id>` of this home. */
function courseTypeColumns(db: AppDb, homeId: number, input: z.output<typeof ProgrammeInput>) {
  if (input.kind !== 'vocational' || !input.courseType) return { courseType: null, customTypeId: null };
  if ((COURSE_TYPES as readonly string[]).includes(input.courseType)) return { courseType: input.courseType, customTypeId: null };
  const id = Number(/^custom:(\d+)$/.exec(input.courseType)?.[1]);
  const custom = id ? db.select().from(trainingCourseTypes).where(and(eq(trainingCourseTypes.id, id), eq(trainingCourseTypes.homeId, homeId))).get() : undefined;
  if (!custom) throw fieldError('courseType', 'Jenis pelatihan tidak dikenal');
  return { courseType: null, customTypeId: custom.id };
}

export function saveProgramme(db: AppDb, actor: Actor, input: z.output<typeof ProgrammeInput>): Programme {
  const homeId = requireHome(actor);
  const id = db.transaction((tx) => {
    if (input.budgetLineId != null) loadLine(tx, actor, input.budgetLineId);
    const values = {
      name: input.name,
      kind: input.kind,
      ...courseTypeColumns(tx, homeId, input),
      instructorName: input.instructorName,
      instructorSource: input.instructorSource,
      scheduleDays: [...new Set(input.scheduleDays)].sort().join(','),
      startTime: input.startTime,
      endTime: input.endTime,
      startDate: input.startDate,
      endDate: input.endDate,
      capacity: input.capacity,
      budgetLineId: input.budgetLineId,
      minAttendancePercent: input.minAttendancePercent,
      assessmentType: input.assessmentType,
      passingGrade: input.assessmentType === 'grade' ? input.passingGrade : null,
      status: input.status,
      note: input.note,
    };
    if (input.id) {
      const before = loadProgramme(tx, actor, input.id);
      const enrolled = tx.get<{ n: number }>(sql`SELECT count(*) AS n FROM training_enrolments WHERE programme_id = ${before.id} AND status <> 'withdrawn'`)!.n;
      if (input.capacity < enrolled) throw fieldError('capacity', `Kapasitas tidak boleh kurang dari jumlah peserta sekarang (${enrolled})`);
      const firstSession = tx.get<{ d: string | null }>(sql`SELECT min(held_on) AS d, max(held_on) AS last FROM training_sessions WHERE programme_id = ${before.id}`);
      if (firstSession?.d && firstSession.d < input.startDate) throw fieldError('startDate', 'Sudah ada sesi sebelum tanggal mulai ini');
      const after = tx.update(trainingProgrammes).set({ ...values, updatedAt: nowIso() }).where(eq(trainingProgrammes.id, before.id)).returning().get();
      recordAudit(tx, actor, { entity: 'training_programme', entityId: after.id, action: 'update', before, after });
      return after.id;
    }
    const row = tx.insert(trainingProgrammes).values({ ...values, homeId, createdBy: actor.userId, createdAt: nowIso(), updatedAt: nowIso() }).returning().get();
    recordAudit(tx, actor, { entity: 'training_programme', entityId: row.id, action: 'create', after: row });
    return row.id;
  });
  return getProgramme(db, actor, id);
}

interface SessionQueryRow {
  id: number;
  heldOn: string;
  topic: string;
  durationMinutes: number;
  note: string | null;
  recordedBy: string | null;
}

export function programmeDetail(db: AppDb, actor: Actor, id: number): ProgrammeDetail {
  const programme = getProgramme(db, actor, id);
  const enrolments = queryEnrolments(db, sql`e.programme_id = ${id}`);
  const sessionRows = db.all<SessionQueryRow>(sql`
    SELECT s.id, s.held_on AS heldOn, s.topic, s.duration_minutes AS durationMinutes, s.note, u.full_name AS recordedBy
    FROM training_sessions s LEFT JOIN users u ON u.id = s.recorded_by
    WHERE s.programme_id = ${id} ORDER BY s.held_on DESC, s.id DESC`);
  const marks = db.all<{ sessionId: number; enrolmentId: number; status: TrainingSession['attendance'][number]['status']; note: string | null }>(sql`
    SELECT t.session_id AS sessionId, t.enrolment_id AS enrolmentId, t.status, t.note FROM training_attendance t
    JOIN training_sessions s ON s.id = t.session_id WHERE s.programme_id = ${id}`);
  const bySession = new Map<number, TrainingSession['attendance']>();
  for (const m of marks) {
    const list = bySession.get(m.sessionId) ?? [];
    list.push({ enrolmentId: m.enrolmentId, status: m.status, note: m.note });
    bySession.set(m.sessionId, list);
  }
  const sessions = sessionRows.map((s) => {
    const attendance = bySession.get(s.id) ?? [];
    return { ...s, attendance, marked: attendance.length, present: attendance.filter((a) => a.status === 'present').length };
  });
  const present = enrolments.reduce((n, e) => n + e.present, 0);
  const held = enrolments.reduce((n, e) => n + e.sessionsHeld, 0);
  return { programme, enrolments, sessions, rate: attendanceRate(present, held) };
}

export function assertProgrammeOpen(programme: { status: string }): void {
  if (programme.status === 'cancelled') throw new AppError('CONFLICT', 'Program ini dibatalkan');
  if (programme.status === 'closed') throw new AppError('CONFLICT', 'Program ini sudah selesai');
}
