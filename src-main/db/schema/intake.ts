import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { homes } from './homes';
import { residents } from './residents';
import { users } from './users';
import { nowIso } from '../../lib/time';

/*
 * Intake selection (seleksi calon penerima manfaat): applicants, the home's admission criteria, the scoring
 * form, assessments, selection rounds and the committee's decisions. Nothing is deleted: an applicant who is
 * not taken keeps the decision that said so.
 */

const stamp = (name: string) => text(name).notNull().$defaultFn(() => nowIso());

/** The admission criteria of a home (one row per home). Lists are JSON arrays; an empty list accepts every value. */
export const intakeCriteria = sqliteTable('intake_criteria', {
  homeId: integer('home_id').primaryKey().references(() => homes.id, { onDelete: 'restrict' }),
  minAge: integer('min_age'),
  maxAge: integer('max_age'),
  sexes: text('sexes').notNull().default('[]'),
  pmksCategories: text('pmks_categories').notNull().default('[]'),
  disabilityTypes: text('disability_types').notNull().default('[]'),
  requiredDocuments: text('required_documents').notNull().default('[]'),
  updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'restrict' }),
  updatedAt: stamp('updated_at'),
});

/** One criterion of the scoring form (urgency, family condition…), scored 1–5 and weighted. Retired, never deleted. */
export const intakeScoreItems = sqliteTable(
  'intake_score_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    description: text('description'),
    weight: integer('weight').notNull(),
    position: integer('position').notNull().default(0),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [index('intake_score_items_home_idx').on(t.homeId, t.position), check('intake_score_items_weight_check', sql`${t.weight} between 1 and 100`)],
);

/** A selection round (periode seleksi) with its quota and committee; the head's approval closes it. */
export const intakeRounds = sqliteTable(
  'intake_rounds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    /** Capacity minus active residents when the round opened. */
    computedQuota: integer('computed_quota'),
    quota: integer('quota').notNull(),
    quotaReason: text('quota_reason'),
    minutesNo: text('minutes_no'),
    chairName: text('chair_name').notNull(),
    chairNip: text('chair_nip'),
    /** JSON array of {name, nip, role}. */
    members: text('members').notNull().default('[]'),
    status: text('status').notNull().default('open'),
    approvedOn: text('approved_on'),
    approvedBy: integer('approved_by').references(() => users.id, { onDelete: 'restrict' }),
    approvedAt: text('approved_at'),
    /** JSON { capacity, present, accepted, reason }: the head approved the round past the home's capacity. */
    capacityOverride: text('capacity_override'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: stamp('created_at'),
  },
  (t) => [
    index('intake_rounds_home_idx').on(t.homeId, t.startDate),
    check('intake_rounds_status_check', sql`${t.status} in ('open','approved')`),
    check('intake_rounds_quota_check', sql`${t.quota} >= 0`),
    check('intake_rounds_dates_check', sql`${t.endDate} >= ${t.startDate}`),
  ],
);

/** An applicant (calon penerima manfaat): the same identity as a resident, the referral, and where selection stands. */
export const intakeApplications = sqliteTable(
  'intake_applications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    applicationNo: text('application_no').notNull(),
    applicationDate: text('application_date').notNull(),
    fullName: text('full_name').notNull(),
    nickname: text('nickname'),
    nik: text('nik'),
    kkNumber: text('kk_number'),
    birthPlace: text('birth_place'),
    birthDate: text('birth_date'),
    birthDateEstimated: integer('birth_date_estimated', { mode: 'boolean' }).notNull().default(false),
    sex: text('sex').notNull(),
    religion: text('religion'),
    education: text('education'),
    maritalStatus: text('marital_status'),
    originProvince: text('origin_province'),
    originRegency: text('origin_regency'),
    originDistrict: text('origin_district'),
    originVillage: text('origin_village'),
    originAddress: text('origin_address'),
    pmksCategory: integer('pmks_category').notNull(),
    disabilityType: text('disability_type').notNull().default('none'),
    disabilityDegree: text('disability_degree'),
    referralSource: text('referral_source').notNull(),
    referrerName: text('referrer_name'),
    referralLetterNo: text('referral_letter_no'),
    referralLetterDate: text('referral_letter_date'),
    healthNotes: text('health_notes'),
    notes: text('notes'),
    /** JSON array of guardians, the resident's guardian shape. */
    guardians: text('guardians').notNull().default('[]'),
    /** registered → accepted/waitlisted/rejected/referred (by the approved round); accepted → admitted as resident. */
    status: text('status').notNull().default('registered'),
    /** The round the applicant is in; null while waiting for the next round. */
    roundId: integer('round_id').references(() => intakeRounds.id, { onDelete: 'restrict' }),
    residentId: integer('resident_id').references(() => residents.id, { onDelete: 'restrict' }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    uniqueIndex('intake_applications_no_unique').on(t.homeId, t.applicationNo),
    index('intake_applications_status_idx').on(t.homeId, t.status),
    index('intake_applications_round_idx').on(t.roundId),
    check('intake_applications_sex_check', sql`${t.sex} in ('L','P')`),
    check('intake_applications_status_check', sql`${t.status} in ('registered','waitlisted','rejected','referred','admitted')`),
    check('intake_applications_nik_check', sql`${t.nik} is null or (length(${t.nik}) = 16 and ${t.nik} not glob '*[^0-9]*')`),
  ],
);

/** A social worker's assessment: each item's value (1–5) with the weights of the day, and the computed score (0–100). */
export const intakeAssessments = sqliteTable(
  'intake_assessments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    applicationId: integer('application_id').notNull().references(() => intakeApplications.id, { onDelete: 'restrict' }),
    assessedOn: text('assessed_on').notNull(),
    /** JSON array of {itemId, name, weight, value}. */
    scores: text('scores').notNull(),
    score: integer('score_x10').notNull(),
    notes: text('notes'),
    assessedBy: integer('assessed_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: stamp('created_at'),
  },
  (t) => [index('intake_assessments_application_idx').on(t.applicationId, t.id)],
);

/** The committee's decision on one applicant in one round; the quota override names the head who allowed it. */
export const intakeDecisions = sqliteTable(
  'intake_decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    roundId: integer('round_id').notNull().references(() => intakeRounds.id, { onDelete: 'restrict' }),
    applicationId: integer('application_id').notNull().references(() => intakeApplications.id, { onDelete: 'restrict' }),
    decision: text('decision').notNull(),
    reason: text('reason').notNull(),
    referredTo: text('referred_to'),
    /** The score (×10) the decision was made on. */
    score: integer('score_x10'),
    overrideBy: integer('override_by').references(() => users.id, { onDelete: 'restrict' }),
    overrideReason: text('override_reason'),
    letterNo: text('letter_no'),
    decidedBy: integer('decided_by').references(() => users.id, { onDelete: 'restrict' }),
    decidedAt: stamp('decided_at'),
  },
  (t) => [
    uniqueIndex('intake_decisions_round_application_unique').on(t.roundId, t.applicationId),
    check('intake_decisions_decision_check', sql`${t.decision} in ('accepted','waitlisted','rejected','referred')`),
  ],
);

/** Files of an applicant, in the same checksum store as residents' documents. */
export const intakeDocuments = sqliteTable(
  'intake_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    applicationId: integer('application_id').notNull().references(() => intakeApplications.id, { onDelete: 'restrict' }),
    docType: text('doc_type').notNull(),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'restrict' }),
    uploadedAt: stamp('uploaded_at'),
    removedAt: text('removed_at'),
    removedBy: integer('removed_by').references(() => users.id, { onDelete: 'restrict' }),
  },
  (t) => [index('intake_documents_application_idx').on(t.applicationId)],
);
