import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { homes } from './homes';
import { users } from './users';
import { nowIso } from '../../lib/time';

const createdAt = () => text('created_at').notNull().$defaultFn(() => nowIso());

/** A resident (penerima manfaat). Never deleted: exits change the status. */
export const residents = sqliteTable(
  'residents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    registrationNo: text('registration_no').notNull(),
    fullName: text('full_name').notNull(),
    /** Lower-case, accents and punctuation removed: for search and the similar-name guard. */
    nameKey: text('name_key').notNull(),
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
    referralSource: text('referral_source'),
    referralNote: text('referral_note'),
    admissionDate: text('admission_date').notNull(),
    room: text('room'),
    photoDataUrl: text('photo_data_url'),
    allergies: text('allergies'),
    specialDiet: text('special_diet'),
    notes: text('notes'),
    healthNotes: text('health_notes'),
    hivStatus: text('hiv_status').notNull().default('unknown'),
    criminalHistory: text('criminal_history'),
    status: text('status').notNull().default('active'),
    exitDate: text('exit_date'),
    exitType: text('exit_type'),
    /** The intake application this resident came from, when admitted through selection. */
    applicationId: integer('application_id'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull().$defaultFn(() => nowIso()),
  },
  (t) => [
    uniqueIndex('residents_home_registration_unique').on(t.homeId, t.registrationNo),
    uniqueIndex('residents_home_nik_unique').on(t.homeId, t.nik).where(sql`${t.nik} is not null`),
    index('residents_home_status_idx').on(t.homeId, t.status, t.nameKey),
    index('residents_home_name_idx').on(t.homeId, t.nameKey),
    index('residents_birth_idx').on(t.homeId, t.birthDate),
    check('residents_sex_check', sql`${t.sex} in ('L','P')`),
    check('residents_status_check', sql`${t.status} in ('active','discharged','deceased')`),
    check('residents_pmks_check', sql`${t.pmksCategory} between 1 and 26`),
    check('residents_nik_check', sql`${t.nik} is null or (length(${t.nik}) = 16 and ${t.nik} not glob '*[^0-9]*')`),
  ],
);

export const residentGuardians = sqliteTable(
  'resident_guardians',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    residentId: integer('resident_id').notNull().references(() => residents.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    relationship: text('relationship').notNull(),
    phone: text('phone'),
    address: text('address'),
    isPrimary: integer('is_primary', { mode: 'boolean' }).notNull().default(false),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('guardians_resident_idx').on(t.residentId)],
);

/**
 * Every status change (admission, exit, death, readmission), dated, with reason and who.
 * An exit is first `pending` until the head approves it (the termination); then it is applied.
 * An applied exit recorded in error can be undone by the head: state `undone` (no longer counted anywhere);
 * who, when and why are in `status_change_undos`.
 */
export const residentStatusChanges = sqliteTable(
  'resident_status_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    residentId: integer('resident_id').notNull().references(() => residents.id, { onDelete: 'restrict' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    exitType: text('exit_type'),
    effectiveDate: text('effective_date').notNull(),
    reason: text('reason').notNull(),
    state: text('state').notNull().default('approved'),
    requestedBy: integer('requested_by').references(() => users.id, { onDelete: 'restrict' }),
    requestedAt: createdAt(),
    decidedBy: integer('decided_by').references(() => users.id, { onDelete: 'restrict' }),
    decidedAt: text('decided_at'),
    decisionNote: text('decision_note'),
  },
  (t) => [
    index('status_changes_resident_idx').on(t.residentId, t.id),
    index('status_changes_home_date_idx').on(t.homeId, t.effectiveDate),
    check('status_changes_state_check', sql`${t.state} in ('pending','approved','rejected','undone')`),
  ],
);

/** Files attached to a resident: stored under the data folder by checksum, never overwritten. */
export const residentDocuments = sqliteTable(
  'resident_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    homeId: integer('home_id').notNull().references(() => homes.id, { onDelete: 'restrict' }),
    residentId: integer('resident_id').notNull().references(() => residents.id, { onDelete: 'restrict' }),
    docType: text('doc_type').notNull(),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    /** Path relative to the data folder's documents/ directory. */
    storageKey: text('storage_key').notNull(),
    uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'restrict' }),
    uploadedAt: createdAt(),
    removedAt: text('removed_at'),
    removedBy: integer('removed_by').references(() => users.id, { onDelete: 'restrict' }),
  },
  (t) => [index('documents_resident_idx').on(t.residentId)],
);
