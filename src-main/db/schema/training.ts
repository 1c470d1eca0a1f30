import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { budgetLines, spending } from './budget';
import { homes } from './homes';
import { residents } from './residents';
import { users } from './users';
import { nowIso } from '../../lib/time';

/*
 * Education and skills training: programmes (vocational courses, guidance, school education), enrolment,
 * sessions with attendance, assessments and completion; children's school records with fees paid through
 * the budget (spending rows) and report-card results. Nothing here is deleted: withdrawals and voided fees
 * keep their reason.
 */

const stamp = (name: string) => text(name).notNull().$defaultFn(() => nowIso());

/** Course types a home adds beyond the built-in list (e.g. "Sablon", "Pangkas rambut"). */
export const trainingCourseTypes = sqliteTable(
  'training_course_types',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: stamp('created_at'),
  },
  (t) => [uniqueIndex('training_course_types_home_name_unique').on(t.homeId, t.name)],
);

export const trainingProgrammes = sqliteTable(
  'training_programmes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    /** A built-in course type (vocational only) … */
    courseType: text('course_type'),
    /** … or one the home added. */
    customTypeId: integer('custom_type_id').references(() => trainingCourseTypes.id, { onDelete: 'restrict' }),
    instructorName: text('instructor_name').notNull(),
    instructorSource: text('instructor_source').notNull(),
    /** ISO weekdays, comma separated: "1,3,5" = Senin, Rabu, Jumat. */
    scheduleDays: text('schedule_days').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    capacity: integer('capacity').notNull(),
    budgetLineId: integer('budget_line_id').references(() => budgetLines.id, { onDelete: 'restrict' }),
    minAttendancePercent: integer('min_attendance_percent').notNull().default(75),
    assessmentType: text('assessment_type').notNull(),
    passingGrade: integer('passing_grade'),
    status: text('status').notNull().default('open'),
    note: text('note'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    index('training_programmes_home_idx').on(t.homeId, t.status, t.startDate),
    check('training_programmes_kind_check', sql`${t.kind} in ('vocational','guidance_physical','guidance_mental','guidance_social','school')`),
    check('training_programmes_type_check', sql`(${t.kind} = 'vocational') = (${t.courseType} is not null or ${t.customTypeId} is not null)`),
    check('training_programmes_one_type_check', sql`${t.courseType} is null or ${t.customTypeId} is null`),
    check('training_programmes_instructor_check', sql`${t.instructorSource} in ('staff','external')`),
    check('training_programmes_capacity_check', sql`${t.capacity} between 1 and 500`),
    check('training_programmes_dates_check', sql`${t.endDate} >= ${t.startDate}`),
    check('training_programmes_attendance_check', sql`${t.minAttendancePercent} between 0 and 100`),
    check('training_programmes_assessment_check', sql`${t.assessmentType} in ('competency','grade')`),
    check('training_programmes_status_check', sql`${t.status} in ('open','closed','cancelled')`),
  ],
);

export const trainingEnrolments = sqliteTable(
  'training_enrolments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    programmeId: integer('programme_id').notNull().references(() => trainingProgrammes.id, { onDelete: 'restrict' }),
    residentId: integer('resident_id').notNull().references(() => residents.id, { onDelete: 'restrict' }),
    enrolledOn: text('enrolled_on').notNull(),
    status: text('status').notNull().default('active'),
    withdrawnOn: text('withdrawn_on'),
    withdrawReason: text('withdraw_reason'),
    completedOn: text('completed_on'),
    certificateNo: text('certificate_no'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: stamp('created_at'),
  },
  (t) => [
    uniqueIndex('training_enrolments_current_unique').on(t.programmeId, t.residentId).where(sql`${t.status} <> 'withdrawn'`),
    uniqueIndex('training_enrolments_certificate_unique').on(t.homeId, t.certificateNo).where(sql`${t.certificateNo} is not null`),
    index('training_enrolments_resident_idx').on(t.residentId),
    check('training_enrolments_status_check', sql`${t.status} in ('active','completed','withdrawn')`),
    check('training_enrolments_withdraw_check', sql`(${t.status} = 'withdrawn') = (${t.withdrawnOn} is not null and ${t.withdrawReason} is not null)`),
    check('training_enrolments_complete_check', sql`(${t.status} = 'completed') = (${t.completedOn} is not null and ${t.certificateNo} is not null)`),
  ],
);

export const trainingSessions = sqliteTable(
  'training_sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    programmeId: integer('programme_id').notNull().references(() => trainingProgrammes.id, { onDelete: 'restrict' }),
    heldOn: text('held_on').notNull(),
    topic: text('topic').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    note: text('note'),
    recordedBy: integer('recorded_by').references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: stamp('recorded_at'),
  },
  (t) => [
    index('training_sessions_programme_idx').on(t.programmeId, t.heldOn),
    check('training_sessions_duration_check', sql`${t.durationMinutes} between 1 and 1440`),
  ],
);

export const trainingAttendance = sqliteTable(
  'training_attendance',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: integer('session_id').notNull().references(() => trainingSessions.id, { onDelete: 'restrict' }),
    enrolmentId: integer('enrolment_id').notNull().references(() => trainingEnrolments.id, { onDelete: 'restrict' }),
    status: text('status').notNull(),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('training_attendance_unique').on(t.sessionId, t.enrolmentId),
    index('training_attendance_enrolment_idx').on(t.enrolmentId, t.status),
    check('training_attendance_status_check', sql`${t.status} in ('present','absent','excused','sick')`),
  ],
);

/** An assessment of one enrolment: competency (kompeten / belum kompeten) or a 0–100 grade; the latest counts. */
export const trainingAssessments = sqliteTable(
  'training_assessments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    enrolmentId: integer('enrolment_id').notNull().references(() => trainingEnrolments.id, { onDelete: 'restrict' }),
    assessedOn: text('assessed_on').notNull(),
    competent: integer('competent', { mode: 'boolean' }),
    grade: integer('grade'),
    note: text('note'),
    assessedBy: integer('assessed_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: stamp('created_at'),
  },
  (t) => [
    index('training_assessments_enrolment_idx').on(t.enrolmentId, t.assessedOn),
    check('training_assessments_result_check', sql`(${t.competent} is null) <> (${t.grade} is null)`),
    check('training_assessments_grade_check', sql`${t.grade} is null or ${t.grade} between 0 and 100`),
  ],
);

/** A child's schooling for one school year: school, level, grade. */
export const schoolRecords = sqliteTable(
  'school_records',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    residentId: integer('resident_id').notNull().references(() => residents.id, { onDelete: 'restrict' }),
    schoolName: text('school_name').notNull(),
    level: text('level').notNull(),
    grade: text('grade').notNull(),
    schoolYear: text('school_year').notNull(),
    note: text('note'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    uniqueIndex('school_records_resident_year_unique').on(t.residentId, t.schoolYear),
    index('school_records_home_idx').on(t.homeId, t.schoolYear),
    check('school_records_level_check', sql`${t.level} in ('tk','sd','smp','sma','smk','slb','paket','pt')`),
    check('school_records_year_check', sql`${t.schoolYear} glob '[0-9][0-9][0-9][0-9]/[0-9][0-9][0-9][0-9]'`),
  ],
);

/** A fee or supplies paid for a child's schooling: the spending row is the money; this says what for. */
export const schoolFees = sqliteTable(
  'school_fees',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    schoolRecordId: integer('school_record_id').notNull().references(() => schoolRecords.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    paidOn: text('paid_on').notNull(),
    amount: integer('amount').notNull(),
    description: text('description').notNull(),
    spendingId: integer('spending_id').references(() => spending.id, { onDelete: 'restrict' }),
    voidedOn: text('voided_on'),
    voidReason: text('void_reason'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: stamp('created_at'),
  },
  (t) => [
    index('school_fees_record_idx').on(t.schoolRecordId, t.paidOn),
    check('school_fees_kind_check', sql`${t.kind} in ('tuition','registration','uniform','books','supplies','exam','transport','other')`),
    check('school_fees_amount_check', sql`${t.amount} > 0`),
    check('school_fees_void_check', sql`(${t.voidedOn} is null) = (${t.voidReason} is null)`),
  ],
);

/** Report-card results of one term (semester 1 or 2) of a school year. */
export const schoolReports = sqliteTable(
  'school_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    schoolRecordId: integer('school_record_id').notNull().references(() => schoolRecords.id, { onDelete: 'restrict' }),
    term: integer('term').notNull(),
    average: real('average').notNull(),
    rank: integer('rank'),
    classSize: integer('class_size'),
    notes: text('notes'),
    recordedBy: integer('recorded_by').references(() => users.id, { onDelete: 'restrict' }),
    recordedAt: stamp('recorded_at'),
  },
  (t) => [
    uniqueIndex('school_reports_term_unique').on(t.schoolRecordId, t.term),
    check('school_reports_term_check', sql`${t.term} in (1, 2)`),
    check('school_reports_average_check', sql`${t.average} between 0 and 100`),
  ],
);
