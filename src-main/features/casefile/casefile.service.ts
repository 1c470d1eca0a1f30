import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Assessment, AssessmentInput, CaseFile, ResidentStatus, SetStageInput, StageEntry } from '../../contract';
import type { AppDb } from '../../db/client';
import { assessments, rehabStages, residentStages, users } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { fieldError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { loadResident } from '../residents/residents.service';
import { assertActiveResident, canWriteCaseFile, longDate } from './casefile-common';
import { plansOf } from './plans.service';
import { findStage } from './stages.service';

export { enterFirstStage } from './stages.service';

type ResidentRecord = ReturnType<typeof loadResident>;

function stageHistory(db: AppDb, residentId: number): StageEntry[] {
  return db
    .select({
      id: residentStages.id,
      stageId: residentStages.stageId,
      stageName: rehabStages.name,
      startedOn: residentStages.startedOn,
      endedOn: residentStages.endedOn,
      note: residentStages.note,
      recordedBy: users.fullName,
      recordedAt: residentStages.recordedAt,
    })
    .from(residentStages)
    .innerJoin(rehabStages, eq(rehabStages.id, residentStages.stageId))
    .leftJoin(users, eq(users.id, residentStages.recordedBy))
    .where(eq(residentStages.residentId, residentId))
    .orderBy(asc(residentStages.startedOn), asc(residentStages.id))
    .all();
}

const assessmentColumns = {
  id: assessments.id,
  residentId: assessments.residentId,
  assessedOn: assessments.assessedOn,
  problems: assessments.problems,
  needs: assessments.needs,
  strengths: assessments.strengths,
  familySituation: assessments.familySituation,
  recommendation: assessments.recommendation,
  assessor: users.fullName,
  createdAt: assessments.createdAt,
};

function assessmentsQuery(db: AppDb) {
  return db.select(assessmentColumns).from(assessments).leftJoin(users, eq(users.id, assessments.assessorId));
}

function buildCaseFile(db: AppDb, actor: Actor, resident: ResidentRecord): CaseFile {
  const active = resident.status === 'active';
  const writer = canWriteCaseFile(actor) && active;
  const history = stageHistory(db, resident.id);
  return {
    residentId: resident.id,
    residentStatus: resident.status as ResidentStatus,
    admissionDate: resident.admissionDate,
    currentStage: history.filter((h) => h.endedOn === null).at(-1) ?? null,
    stageHistory: history,
    assessments: assessmentsQuery(db).where(eq(assessments.residentId, resident.id)).orderBy(desc(assessments.assessedOn), desc(assessments.id)).all(),
    plans: plansOf(db, actor, resident.id, active),
    can: { setStage: writer, addAssessment: writer, createPlan: writer, decidePlans: actor.role === 'head' && active },
  };
}

/** The resident's whole case file. Opening it is recorded, like opening the resident's record. */
export function getCaseFile(db: AppDb, actor: Actor, residentId: number): CaseFile {
  const resident = loadResident(db, actor, residentId);
  recordAudit(db, actor, { entity: 'casefile', entityId: residentId, action: 'view' });
  return buildCaseFile(db, actor, resident);
}

/**
 * Moves the resident to another stage: the open stage ends on the new stage's start date.
 * Only active stages; not before the current stage began nor before admission; only for active residents.
 */
export function setStage(db: AppDb, actor: Actor, input: z.output<typeof SetStageInput>): CaseFile {
  return db.transaction((tx) => {
    const resident = loadResident(tx, actor, input.residentId);
    assertActiveResident(resident, 'Perubahan tahap rehabilitasi');
    const stage = findStage(tx, resident.homeId, input.stageId);
    if (!stage) throw fieldError('stageId', 'Tahap tidak ditemukan');
    if (!stage.active) throw fieldError('stageId', `Tahap "${stage.name}" sudah dinonaktifkan; pilih tahap yang aktif`);
    if (input.startedOn < resident.admissionDate) {
      throw fieldError('startedOn', `Tanggal mulai tahap tidak boleh sebelum tanggal masuk (${longDate(resident.admissionDate)})`);
    }
    const open = tx
      .select()
      .from(residentStages)
      .where(and(eq(residentStages.residentId, resident.id), isNull(residentStages.endedOn)))
      .orderBy(desc(residentStages.startedOn), desc(residentStages.id))
      .all();
    const latest = tx
      .select()
      .from(residentStages)
      .where(eq(residentStages.residentId, resident.id))
      .orderBy(desc(residentStages.startedOn), desc(residentStages.id))
      .limit(1)
      .get();
    if (open[0]?.stageId === stage.id) throw fieldError('stageId', `Penerima manfaat sudah berada pada tahap "${stage.name}"`);
    if (latest && input.startedOn < latest.startedOn) {
      throw fieldError('startedOn', `Tanggal mulai tidak boleh sebelum tahap sekarang dimulai (${longDate(latest.startedOn)})`);
    }
    tx.update(residentStages)
      .set({ endedOn: input.startedOn })
      .where(and(eq(residentStages.residentId, resident.id), isNull(residentStages.endedOn)))
      .run();
    const row = tx
      .insert(residentStages)
      .values({ residentId: resident.id, stageId: stage.id, startedOn: input.startedOn, note: input.note, recordedBy: actor.userId })
      .returning()
      .get();
    recordAudit(tx, actor, {
      entity: 'resident-stage',
      entityId: row.id,
      action: 'change',
      before: open.length ? { residentId: resident.id, open: open.map((o) => ({ id: o.id, stageId: o.stageId, startedOn: o.startedOn, endedOn: null })) } : null,
      after: { ...row, stageName: stage.name, closed: open.map((o) => ({ id: o.id, endedOn: input.startedOn })) },
    });
    return buildCaseFile(tx, actor, resident);
  });
}

export function addAssessment(db: AppDb, actor: Actor, input: z.output<typeof AssessmentInput>): Assessment {
  return db.transaction((tx) => {
    const resident = loadResident(tx, actor, input.residentId);
    assertActiveResident(resident, 'Asesmen');
    if (input.assessedOn < resident.admissionDate) {
      throw fieldError('assessedOn', `Tanggal asesmen tidak boleh sebelum tanggal masuk (${longDate(resident.admissionDate)})`);
    }
    const row = tx
      .insert(assessments)
      .values({ ...input, homeId: resident.homeId, assessorId: actor.userId })
      .returning()
      .get();
    recordAudit(tx, actor, { entity: 'assessment', entityId: row.id, action: 'create', after: row });
    return assessmentsQuery(tx).where(eq(assessments.id, row.id)).get()!;
  });
}
