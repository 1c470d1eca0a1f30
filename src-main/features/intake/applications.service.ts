import { and, asc, desc, eq, isNull, like, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  ApplicationDetail,
  ApplicationDocument,
  ApplicationDocumentUploadInput,
  ApplicationInput,
  ApplicationListInput,
  ApplicationRow,
  ApplicationStatus,
  IntakeAssessment,
  IntakeAssessmentInput,
  Decision,
  DecisionRecord,
} from '../../contract';
import { nikWarnings } from '../../contract';
import type { AppDb } from '../../db/client';
import { intakeApplications, intakeAssessments, intakeDecisions, intakeDocuments, intakeRounds, residents, users } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { AppError, fieldError, notFound } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { checkedContent, readStoredContent, storeThenSave } from '../documents/documents.service';
import { ageOn } from '../residents/residents-list.service';
import { assertNotFuture, homeToday } from '../homes/home-clock';
import { computeScore, evaluateCriteria, listScoreItems, loadCriteria } from './intake-criteria';
import { safeDocumentName } from '../documents/document-names';

export type ApplicationValues = z.output<typeof ApplicationInput>;
export type ApplicationRecord = typeof intakeApplications.$inferSelect;

export function loadApplication(db: AppDb, actor: Actor, id: number): ApplicationRecord {
  const homeId = requireHome(actor);
  const row = db.select().from(intakeApplications).where(and(eq(intakeApplications.id, id), eq(intakeApplications.homeId, homeId))).get();
  if (!row) throw notFound('Calon penerima manfaat');
  return row;
}

function assertConsistent(today: string, values: ApplicationValues): void {
  if (values.pmksCategory === 23 && values.sex !== 'P') throw fieldError('pmksCategory', 'Kategori PMKS 23 hanya untuk perempuan');
  if (values.birthDate && values.birthDate > values.applicationDate) throw fieldError('applicationDate', 'Tanggal pendaftaran tidak boleh sebelum tanggal lahir');
  if (values.applicationDate > today) throw fieldError('applicationDate', 'Tanggal pendaftaran tidak boleh di masa depan');
  if (values.disabilityType === 'none') values.disabilityDegree = null;
}

/** An applicant whose NIK is already a resident of this home (or another open application) is refused at the field. */
function assertNikFree(db: AppDb, homeId: number, nik: string | null, excludeId?: number): void {
  if (!nik) return;
  const resident = db.select({ name: residents.fullName, no: residents.registrationNo }).from(residents).where(and(eq(residents.homeId, homeId), eq(residents.nik, nik))).get();
  if (resident) throw new AppError('CONFLICT', `NIK ini sudah terdaftar sebagai penerima manfaat ${resident.name} (${resident.no})`, { nik: `NIK sudah terdaftar: ${resident.name} (${resident.no})` });
  const open = db
    .select({ name: intakeApplications.fullName, no: intakeApplications.applicationNo })
    .from(intakeApplications)
    .where(and(eq(intakeApplications.homeId, homeId), eq(intakeApplications.nik, nik), or(eq(intakeApplications.status, 'registered'), eq(intakeApplications.status, 'waitlisted')), sql`${intakeApplications.id} <> ${excludeId ?? -1}`))
    .get();
  if (open) throw new AppError('CONFLICT', `NIK ini sudah didaftarkan sebagai calon ${open.name} (${open.no})`, { nik: `NIK sudah didaftarkan: ${open.name} (${open.no})` });
}

function columnsOf(values: ApplicationValues) {
  const { guardians, ...fields } = values;
  return { ...fields, guardians: JSON.stringify(guardians) };
}

/** CS-2026-0001, CS-2026-0002, … per home and application year. */
function nextApplicationNo(db: AppDb, homeId: number, date: string): string {
  const prefix = `CS-${date.slice(0, 4)}-`;
  const last = db
    .select({ no: intakeApplications.applicationNo })
    .from(intakeApplications)
    .where(and(eq(intakeApplications.homeId, homeId), like(intakeApplications.applicationNo, `${prefix}%`)))
    .orderBy(desc(intakeApplications.applicationNo))
    .get();
  return `${prefix}${String(last ? Number(last.no.slice(prefix.length)) + 1 : 1).padStart(4, '0')}`;
}

/** The open round of a home, if any: new applicants join it. */
export function openRoundOf(db: AppDb, homeId: number) {
  return db.select().from(intakeRounds).where(and(eq(intakeRounds.homeId, homeId), eq(intakeRounds.status, 'open'))).get() ?? null;
}

export function registerApplication(db: AppDb, actor: Actor, values: ApplicationValues): ApplicationDetail {
  const homeId = requireHome(actor);
  assertConsistent(homeToday(db, actor), values);
  return db.transaction((tx) => {
    assertNikFree(tx, homeId, values.nik);
    const row = tx
      .insert(intakeApplications)
      .values({ ...columnsOf(values), homeId, applicationNo: nextApplicationNo(tx, homeId, values.applicationDate), roundId: openRoundOf(tx, homeId)?.id ?? null, createdBy: actor.userId, createdAt: nowIso(), updatedAt: nowIso() })
      .returning()
      .get();
    recordAudit(tx, actor, { entity: 'intake-application', entityId: row.id, action: 'create', after: row });
    return toDetail(tx, actor, row);
  });
}

export function updateApplication(db: AppDb, actor: Actor, id: number, values: ApplicationValues): ApplicationDetail {
  assertConsistent(homeToday(db, actor), values);
  return db.transaction((tx) => {
    const before = loadApplication(tx, actor, id);
    if (before.status === 'admitted') throw new AppError('CONFLICT', 'Calon ini sudah menjadi penerima manfaat: ubah datanya di berkas penerima manfaat');
    assertNikFree(tx, before.homeId, values.nik, id);
    const after = tx.update(intakeApplications).set({ ...columnsOf(values), updatedAt: nowIso() }).where(eq(intakeApplications.id, id)).returning().get();
    recordAudit(tx, actor, { entity: 'intake-application', entityId: id, action: 'update', before, after });
    return toDetail(tx, actor, after);
  });
}

const documentColumns = {
  id: intakeDocuments.id,
  applicationId: intakeDocuments.applicationId,
  docType: intakeDocuments.docType,
  title: intakeDocuments.title,
  fileName: intakeDocuments.fileName,
  mimeType: intakeDocuments.mimeType,
  sizeBytes: intakeDocuments.sizeBytes,
  sha256: intakeDocuments.sha256,
  uploadedBy: users.fullName,
  uploadedAt: intakeDocuments.uploadedAt,
};

export function applicationDocuments(db: AppDb, applicationId: number): ApplicationDocument[] {
  return db
    .select(documentColumns)
    .from(intakeDocuments)
    .leftJoin(users, eq(users.id, intakeDocuments.uploadedBy))
    .where(and(eq(intakeDocuments.applicationId, applicationId), isNull(intakeDocuments.removedAt)))
    .orderBy(asc(intakeDocuments.docType), asc(intakeDocuments.id))
    .all()
    .map((d) => ({ ...d, docType: d.docType as ApplicationDocument['docType'] }));
}

export function uploadApplicationDocument(db: AppDb, actor: Actor, documentsDir: string, input: z.output<typeof ApplicationDocumentUploadInput>): ApplicationDocument {
  const homeId = requireHome(actor);
  const application = loadApplication(db, actor, input.applicationId);
  const file = checkedContent(homeId, input);
  return storeThenSave(db, documentsDir, file, () =>
    db.transaction((tx) => {
      const row = tx
        .insert(intakeDocuments)
        .values({
          homeId,
          applicationId: application.id,
          docType: input.docType,
          title: input.title,
          fileName: safeDocumentName(input.fileName, input.mimeType),
          mimeType: input.mimeType,
          sizeBytes: file.content.length,
          sha256: file.sha256,
          storageKey: file.storageKey,
          uploadedBy: actor.userId,
          uploadedAt: nowIso(),
        })
        .returning()
        .get();
      const { storageKey: _k, ...audited } = row;
      recordAudit(tx, actor, { entity: 'intake-document', entityId: row.id, action: 'upload', after: audited });
      return applicationDocuments(tx, application.id).find((d) => d.id === row.id)!;
    }),
  );
}

function loadDocument(db: AppDb, actor: Actor, id: number) {
  const homeId = requireHome(actor);
  const row = db.select().from(intakeDocuments).where(and(eq(intakeDocuments.id, id), eq(intakeDocuments.homeId, homeId), isNull(intakeDocuments.removedAt))).get();
  if (!row) throw notFound('Dokumen');
  return row;
}

export function readApplicationDocument(db: AppDb, actor: Actor, documentsDir: string, id: number): ApplicationDocument & { base64: string } {
  const row = loadDocument(db, actor, id);
  const content = readStoredContent(documentsDir, row.storageKey, row.sha256);
  recordAudit(db, actor, { entity: 'intake-document', entityId: id, action: 'view' });
  const document = applicationDocuments(db, row.applicationId).find((d) => d.id === id)!;
  return { ...document, base64: content.toString('base64') };
}

/** Hides the document from the application; the file and the record stay. */
export function removeApplicationDocument(db: AppDb, actor: Actor, id: number, reason: string): null {
  return db.transaction((tx) => {
    const row = loadDocument(tx, actor, id);
    tx.update(intakeDocuments).set({ removedAt: nowIso(), removedBy: actor.userId }).where(eq(intakeDocuments.id, id)).run();
    recordAudit(tx, actor, { entity: 'intake-document', entityId: id, action: 'remove', before: { title: row.title, docType: row.docType }, after: { reason } });
    return null;
  });
}

function assessmentsOf(db: AppDb, applicationId: number): IntakeAssessment[] {
  return db
    .select({ a: intakeAssessments, by: users.fullName })
    .from(intakeAssessments)
    .leftJoin(users, eq(users.id, intakeAssessments.assessedBy))
    .where(eq(intakeAssessments.applicationId, applicationId))
    .orderBy(desc(intakeAssessments.assessedOn), desc(intakeAssessments.id))
    .all()
    .map(({ a, by }) => ({ id: a.id, assessedOn: a.assessedOn, scores: JSON.parse(a.scores) as IntakeAssessment['scores'], score: a.score / 10, notes: a.notes, assessedBy: by }));
}

/** The latest assessment's score (0–100), per application. */
export function latestScores(db: AppDb, homeId: number): Map<number, number> {
  const rows = db.all<{ applicationId: number; score: number }>(sql`
    SELECT a.application_id AS applicationId, a.score_x10 AS score FROM intake_assessments a
    WHERE a.home_id = ${homeId} AND a.id = (SELECT b.id FROM intake_assessments b WHERE b.application_id = a.application_id ORDER BY b.assessed_on DESC, b.id DESC LIMIT 1)`);
  return new Map(rows.map((r) => [r.applicationId, r.score / 10]));
}

/** A social worker's assessment: every active item of the scoring form must be scored; the score is computed here. */
export function assessApplication(db: AppDb, actor: Actor, input: z.output<typeof IntakeAssessmentInput>): ApplicationDetail {
  return db.transaction((tx) => {
    const application = loadApplication(tx, actor, input.applicationId);
    if (application.status === 'admitted' || application.status === 'rejected' || application.status === 'referred') {
      throw new AppError('CONFLICT', 'Seleksi calon ini sudah selesai; asesmen tidak dapat ditambah');
    }
    assertNotFuture(tx, actor, input.assessedOn, 'assessedOn', 'Tanggal asesmen tidak boleh di masa depan');
    if (input.assessedOn < application.applicationDate) throw fieldError('assessedOn', 'Tanggal asesmen tidak boleh sebelum tanggal pendaftaran');
    const items = listScoreItems(tx, actor, true);
    if (items.length === 0) throw new AppError('CONFLICT', 'Formulir penilaian belum diatur. Administrator mengaturnya di Seleksi → Pengaturan.');
    const values = new Map(input.values.map((v) => [v.itemId, v.value]));
    const missing = items.filter((i) => !values.has(i.id));
    if (missing.length) throw new AppError('VALIDATION', `Nilai belum diisi: ${missing.map((m) => m.name).join(', ')}`);
    const scores = items.map((i) => ({ itemId: i.id, name: i.name, weight: i.weight, value: values.get(i.id)! }));
    const score = computeScore(scores);
    const row = tx
      .insert(intakeAssessments)
      .values({ homeId: application.homeId, applicationId: application.id, assessedOn: input.assessedOn, scores: JSON.stringify(scores), score: Math.round(score * 10), notes: input.notes, assessedBy: actor.userId, createdAt: nowIso() })
      .returning()
      .get();
    recordAudit(tx, actor, { entity: 'intake-application', entityId: application.id, action: 'assess', after: { assessmentId: row.id, scores, score } });
    return toDetail(tx, actor, application);
  });
}

export function decisionsOf(db: AppDb, where: ReturnType<typeof eq>): DecisionRecord[] {
  const overrideUsers = sql<string | null>`(SELECT full_name FROM users WHERE id = ${intakeDecisions.overrideBy})`;
  return db
    .select({ d: intakeDecisions, roundName: intakeRounds.name, roundStatus: intakeRounds.status, by: users.fullName, overrideName: overrideUsers })
    .from(intakeDecisions)
    .innerJoin(intakeRounds, eq(intakeRounds.id, intakeDecisions.roundId))
    .leftJoin(users, eq(users.id, intakeDecisions.decidedBy))
    .where(where)
    .orderBy(asc(intakeDecisions.id))
    .all()
    .map(({ d, roundName, roundStatus, by, overrideName }) => ({
      id: d.id,
      roundId: d.roundId,
      roundName,
      decision: d.decision as Decision,
      reason: d.reason,
      referredTo: d.referredTo,
      score: d.score == null ? null : d.score / 10,
      override: d.overrideBy ? { by: overrideName ?? '', reason: d.overrideReason ?? '' } : null,
      letterNo: d.letterNo,
      decidedBy: by,
      decidedAt: d.decidedAt,
      roundApproved: roundStatus === 'approved',
    }));
}

function documentTypesOf(db: AppDb, applicationId: number): string[] {
  return applicationDocuments(db, applicationId).map((d) => d.docType);
}

export function criteriaFor(db: AppDb, row: ApplicationRecord, criteria = loadCriteria(db, row.homeId)) {
  return evaluateCriteria(criteria, { birthDate: row.birthDate, sex: row.sex as 'L' | 'P', pmksCategory: row.pmksCategory, disabilityType: row.disabilityType, documentTypes: documentTypesOf(db, row.id) }, row.applicationDate);
}

export function toDetail(db: AppDb, _actor: Actor, row: ApplicationRecord): ApplicationDetail {
  const round = row.roundId ? db.select({ name: intakeRounds.name }).from(intakeRounds).where(eq(intakeRounds.id, row.roundId)).get() : undefined;
  const resident = row.residentId ? db.select({ no: residents.registrationNo }).from(residents).where(eq(residents.id, row.residentId)).get() : undefined;
  const { homeId: _h, createdBy: _c, updatedAt: _u, guardians, ...rest } = row;
  return {
    ...rest,
    sex: row.sex as 'L' | 'P',
    status: row.status as ApplicationStatus,
    religion: row.religion as ApplicationDetail['religion'],
    education: row.education as ApplicationDetail['education'],
    maritalStatus: row.maritalStatus as ApplicationDetail['maritalStatus'],
    disabilityType: row.disabilityType as ApplicationDetail['disabilityType'],
    disabilityDegree: row.disabilityDegree as ApplicationDetail['disabilityDegree'],
    referralSource: row.referralSource as ApplicationDetail['referralSource'],
    guardians: JSON.parse(guardians) as ApplicationDetail['guardians'],
    roundName: round?.name ?? null,
    residentRegistrationNo: resident?.no ?? null,
    criteria: criteriaFor(db, row),
    nikWarnings: nikWarnings(row.nik, row.birthDate, row.sex as 'L' | 'P'),
    assessments: assessmentsOf(db, row.id),
    documents: applicationDocuments(db, row.id),
    decisions: decisionsOf(db, eq(intakeDecisions.applicationId, row.id)),
  };
}

export function getApplication(db: AppDb, actor: Actor, id: number): ApplicationDetail {
  const row = loadApplication(db, actor, id);
  recordAudit(db, actor, { entity: 'intake-application', entityId: id, action: 'view' });
  return toDetail(db, actor, row);
}

export function toRow(db: AppDb, row: ApplicationRecord, scores: Map<number, number>, criteria: ReturnType<typeof loadCriteria>, roundName: string | null, pending: Decision | null): ApplicationRow {
  const results = criteriaFor(db, row, criteria);
  return {
    id: row.id,
    applicationNo: row.applicationNo,
    applicationDate: row.applicationDate,
    fullName: row.fullName,
    sex: row.sex as 'L' | 'P',
    birthDate: row.birthDate,
    age: ageOn(row.birthDate, row.applicationDate),
    pmksCategory: row.pmksCategory,
    referralSource: row.referralSource,
    status: row.status as ApplicationStatus,
    roundId: row.roundId,
    roundName,
    score: scores.get(row.id) ?? null,
    criteriaPass: results.every((r) => r.pass),
    failedCriteria: results.filter((r) => !r.pass).map((r) => r.reason),
    pendingDecision: pending,
    residentId: row.residentId,
  };
}

export function listApplications(db: AppDb, actor: Actor, input: z.output<typeof ApplicationListInput>): ApplicationRow[] {
  const homeId = requireHome(actor);
  const conditions = [eq(intakeApplications.homeId, homeId)];
  if (input.status) conditions.push(eq(intakeApplications.status, input.status));
  if (input.roundId) conditions.push(eq(intakeApplications.roundId, input.roundId));
  if (input.q) conditions.push(or(like(intakeApplications.fullName, `%${input.q}%`), like(intakeApplications.applicationNo, `%${input.q}%`), like(intakeApplications.nik, `%${input.q}%`))!);
  const rows = db
    .select({ a: intakeApplications, roundName: intakeRounds.name, roundStatus: intakeRounds.status, pending: intakeDecisions.decision })
    .from(intakeApplications)
    .leftJoin(intakeRounds, eq(intakeRounds.id, intakeApplications.roundId))
    .leftJoin(intakeDecisions, and(eq(intakeDecisions.roundId, intakeApplications.roundId), eq(intakeDecisions.applicationId, intakeApplications.id)))
    .where(and(...conditions))
    .orderBy(desc(intakeApplications.applicationDate), desc(intakeApplications.id))
    .all();
  const scores = latestScores(db, homeId);
  const criteria = loadCriteria(db, homeId);
  return rows.map((r) => toRow(db, r.a, scores, criteria, r.roundName, (r.pending as Decision | null) ?? null));
}
