import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { CapacityOverride, DecideInput, Decision, IntakeOverview, OverCapacityDetails, OverQuotaDetails, QuotaFacts, RoundDetail, RoundEntry, RoundInput, RoundSummary } from '../../contract';
import { APPLICATION_STATUSES, INTAKE_DECIDERS, REFERRAL_LABELS, ResidentInput, formatLongDate } from '../../contract';
import type { AppDb } from '../../db/client';
import { homes, intakeApplications, intakeDecisions, intakeDocuments, intakeRounds, residentDocuments, residents, users } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { AppError, fieldError, forbidden, notFound } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { headApproval } from '../budget/spending.service';
import { createResident } from '../residents/residents.service';
import { assertNotFuture } from '../homes/home-clock';
import { criteriaFor, decisionsOf, latestScores, openRoundOf, type ApplicationRecord } from './applications.service';
import { loadCriteria } from './intake-criteria';
import { ageOn } from '../residents/residents-list.service';

type RoundRecord = typeof intakeRounds.$inferSelect;

/** Places: the home's capacity, residents active now, and what is free (capacity − active; negative = over capacity). */
export function quotaFacts(db: AppDb, homeId: number): QuotaFacts {
  const capacity = db.select({ capacity: homes.capacity }).from(homes).where(eq(homes.id, homeId)).get()?.capacity ?? null;
  const activeResidents = db.select({ n: sql<number>`count(*)` }).from(residents).where(and(eq(residents.homeId, homeId), eq(residents.status, 'active'))).get()?.n ?? 0;
  return { capacity, activeResidents, free: capacity == null ? null : capacity - activeResidents };
}

function loadRound(db: AppDb, actor: Actor, id: number): RoundRecord {
  const homeId = requireHome(actor);
  const row = db.select().from(intakeRounds).where(and(eq(intakeRounds.id, id), eq(intakeRounds.homeId, homeId))).get();
  if (!row) throw notFound('Periode seleksi');
  return row;
}

/** Applicants in a round: those placed in it, and those it decided on (the wait-listed have since moved on). */
function roundApplications(db: AppDb, roundId: number): ApplicationRecord[] {
  const decided = db.select({ id: intakeDecisions.applicationId }).from(intakeDecisions).where(eq(intakeDecisions.roundId, roundId));
  return db
    .select()
    .from(intakeApplications)
    .where(or(eq(intakeApplications.roundId, roundId), inArray(intakeApplications.id, decided)))
    .orderBy(asc(intakeApplications.applicationDate), asc(intakeApplications.id))
    .all();
}

function acceptedCount(db: AppDb, roundId: number, exceptApplicationId = -1): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(intakeDecisions)
      .where(and(eq(intakeDecisions.roundId, roundId), eq(intakeDecisions.decision, 'accepted'), sql`${intakeDecisions.applicationId} <> ${exceptApplicationId}`))
      .get()?.n ?? 0
  );
}

function summaryOf(db: AppDb, round: RoundRecord): RoundSummary {
  return {
    id: round.id,
    name: round.name,
    startDate: round.startDate,
    endDate: round.endDate,
    status: round.status as RoundSummary['status'],
    quota: round.quota,
    applicants: roundApplications(db, round.id).length,
    accepted: acceptedCount(db, round.id),
    approvedOn: round.approvedOn,
  };
}

export function listRounds(db: AppDb, actor: Actor): RoundSummary[] {
  const homeId = requireHome(actor);
  return db.select().from(intakeRounds).where(eq(intakeRounds.homeId, homeId)).orderBy(desc(intakeRounds.startDate), desc(intakeRounds.id)).all().map((r) => summaryOf(db, r));
}

/** The round with its applicants ranked by score (highest first; not yet assessed last). */
export function roundDetail(db: AppDb, actor: Actor, id: number): RoundDetail {
  const round = loadRound(db, actor, id);
  const scores = latestScores(db, round.homeId);
  const criteria = loadCriteria(db, round.homeId);
  const decisions = new Map(decisionsOf(db, eq(intakeDecisions.roundId, id)).map((d) => [d.id, d]));
  const byApplication = new Map(
    db
      .select({ id: intakeDecisions.id, applicationId: intakeDecisions.applicationId, score: intakeDecisions.score })
      .from(intakeDecisions)
      .where(eq(intakeDecisions.roundId, id))
      .all()
      .map((d) => [d.applicationId, d]),
  );
  const entries: RoundEntry[] = roundApplications(db, id).map((a) => {
    const decided = byApplication.get(a.id);
    const results = criteriaFor(db, a, criteria);
    // An approved round keeps the score its decision was made on.
    const score = round.status === 'approved' && decided ? (decided.score == null ? null : decided.score / 10) : (scores.get(a.id) ?? null);
    return {
      rank: 0,
      applicationId: a.id,
      applicationNo: a.applicationNo,
      fullName: a.fullName,
      sex: a.sex as 'L' | 'P',
      age: ageOn(a.birthDate, a.applicationDate),
      pmksCategory: a.pmksCategory,
      score,
      assessed: scores.has(a.id),
      criteriaPass: results.every((r) => r.pass),
      failedCriteria: results.filter((r) => !r.pass).map((r) => r.reason),
      decision: decided ? (decisions.get(decided.id) ?? null) : null,
      residentId: a.residentId,
    };
  });
  entries.sort((x, y) => (y.score ?? -1) - (x.score ?? -1) || x.applicationNo.localeCompare(y.applicationNo));
  entries.forEach((e, i) => (e.rank = i + 1));
  const approver = round.approvedBy ? db.select({ name: users.fullName }).from(users).where(eq(users.id, round.approvedBy)).get() : undefined;
  return {
    ...summaryOf(db, round),
    minutesNo: round.minutesNo,
    chairName: round.chairName,
    chairNip: round.chairNip,
    members: JSON.parse(round.members) as RoundDetail['members'],
    computedQuota: round.computedQuota,
    quotaReason: round.quotaReason,
    quotaFacts: quotaFacts(db, round.homeId),
    approvedBy: approver?.name ?? null,
    capacityOverride: round.capacityOverride ? (JSON.parse(round.capacityOverride) as CapacityOverride) : null,
    entries,
    undecided: entries.filter((e) => !e.decision).length,
  };
}

/** Opens a round: the quota is the free places; every applicant waiting (new or wait-listed) joins it. */
export function createRound(db: AppDb, actor: Actor, input: z.output<typeof RoundInput>): RoundDetail {
  const homeId = requireHome(actor);
  return db.transaction((tx) => {
    const open = openRoundOf(tx, homeId);
    if (open) throw new AppError('CONFLICT', `Periode "${open.name}" masih berjalan: mintalah persetujuan Kepala UPTD dulu`);
    const facts = quotaFacts(tx, homeId);
    if (facts.free == null && input.quota == null) throw fieldError('quota', 'Kapasitas panti belum diatur: isi kuota, atau atur kapasitas di Pengaturan → Panti');
    // An overflow (negative free places) opens a round with no place: accepting then needs the head.
    const quota = facts.free == null ? input.quota! : Math.max(0, facts.free);
    const row = tx
      .insert(intakeRounds)
      .values({
        homeId,
        name: input.name,
        startDate: input.startDate,
        endDate: input.endDate,
        computedQuota: facts.free,
        quota,
        quotaReason: facts.free == null ? 'Kapasitas panti belum diatur; kuota diisi petugas' : null,
        minutesNo: input.minutesNo,
        chairName: input.chairName,
        chairNip: input.chairNip,
        members: JSON.stringify(input.members),
        createdBy: actor.userId,
        createdAt: nowIso(),
      })
      .returning()
      .get();
    const joined = tx
      .update(intakeApplications)
      .set({ roundId: row.id, updatedAt: nowIso() })
      .where(and(eq(intakeApplications.homeId, homeId), isNull(intakeApplications.roundId), inArray(intakeApplications.status, ['registered', 'waitlisted'])))
      .returning({ id: intakeApplications.id })
      .all();
    recordAudit(tx, actor, { entity: 'intake-round', entityId: row.id, action: 'create', after: { ...row, applicants: joined.map((j) => j.id) } });
    return roundDetail(tx, actor, row.id);
  });
}

export function setQuota(db: AppDb, actor: Actor, id: number, quota: number, reason: string): RoundDetail {
  return db.transaction((tx) => {
    const round = loadRound(tx, actor, id);
    if (round.status !== 'open') throw new AppError('CONFLICT', 'Periode ini sudah disetujui; kuotanya tidak dapat diubah');
    const accepted = acceptedCount(tx, id);
    if (quota < accepted) throw fieldError('quota', `Sudah ${accepted} calon diterima: kuota tidak boleh kurang dari itu`);
    tx.update(intakeRounds).set({ quota, quotaReason: reason }).where(eq(intakeRounds.id, id)).run();
    recordAudit(tx, actor, { entity: 'intake-round', entityId: id, action: 'quota', before: { quota: round.quota, reason: round.quotaReason }, after: { quota, reason } });
    return roundDetail(tx, actor, id);
  });
}

/**
 * The committee's decision on one applicant. Accepting past the quota needs the head's override (the head signed
 * in, or the head's credentials typed here), recorded on the decision and audited. A decision can be changed
 * until the head approves the round.
 */
export function decide(db: AppDb, actor: Actor, input: z.output<typeof DecideInput>): RoundDetail {
  if (!(INTAKE_DECIDERS as readonly string[]).includes(actor.role)) throw forbidden('Keputusan seleksi dicatat oleh administrator (tim seleksi), bukan petugas pendamping');
  const round = loadRound(db, actor, input.roundId);
  if (round.status !== 'open') throw new AppError('CONFLICT', 'Periode ini sudah disetujui Kepala UPTD; keputusan tidak dapat diubah');
  const application = db.select().from(intakeApplications).where(and(eq(intakeApplications.id, input.applicationId), eq(intakeApplications.roundId, round.id))).get();
  if (!application) throw notFound('Calon dalam periode ini');
  if (input.decision === 'referred' && !input.referredTo) throw fieldError('referredTo', 'Sebutkan lembaga tujuan rujukan');
  const score = latestScores(db, round.homeId).get(application.id) ?? null;
  if (input.decision === 'accepted' && score == null) throw fieldError('decision', 'Calon belum diases: isi asesmen sebelum menerima');
  let override: { headUserId: number; reason: string } | null = null;
  if (input.decision === 'accepted') {
    const accepted = acceptedCount(db, round.id, application.id);
    if (accepted + 1 > round.quota) {
      if (!input.override) {
        const details: OverQuotaDetails = { kind: 'over-quota', quota: round.quota, accepted };
        const message = `Kuota periode ini ${round.quota} orang dan sudah ${accepted} diterima. Menerima melebihi kuota memerlukan persetujuan Kepala UPTD.`;
        throw new AppError('CONFLICT', message, { decision: message }, details);
      }
      override = { headUserId: headApproval(db, actor, input.override, 'Penerimaan melebihi kuota hanya dapat disetujui oleh Kepala UPTD panti ini'), reason: input.override.reason };
    }
  }
  return db.transaction((tx) => {
    const before = tx.select().from(intakeDecisions).where(and(eq(intakeDecisions.roundId, round.id), eq(intakeDecisions.applicationId, application.id))).get();
    const values = {
      decision: input.decision,
      reason: input.reason,
      referredTo: input.decision === 'referred' ? input.referredTo : null,
      score: score == null ? null : Math.round(score * 10),
      overrideBy: override?.headUserId ?? null,
      overrideReason: override?.reason ?? null,
      decidedBy: actor.userId,
      decidedAt: nowIso(),
    };
    const row = before
      ? tx.update(intakeDecisions).set(values).where(eq(intakeDecisions.id, before.id)).returning().get()
      : tx.insert(intakeDecisions).values({ homeId: round.homeId, roundId: round.id, applicationId: application.id, ...values }).returning().get();
    recordAudit(tx, actor, { entity: 'intake-decision', entityId: row.id, action: before ? 'update' : 'create', before: before ?? undefined, after: row });
    if (override) {
      recordAudit(tx, actor, {
        entity: 'intake-decision',
        entityId: row.id,
        action: 'override',
        after: { approvedBy: override.headUserId, reason: override.reason, quota: round.quota, acceptedBefore: acceptedCount(tx, round.id, application.id), applicationId: application.id },
      });
    }
    return roundDetail(tx, actor, round.id);
  });
}

function referralNoteOf(a: ApplicationRecord): string {
  const parts = [`Seleksi ${a.applicationNo}`, `rujukan ${REFERRAL_LABELS[a.referralSource as keyof typeof REFERRAL_LABELS] ?? a.referralSource}`];
  if (a.referrerName) parts.push(`perujuk ${a.referrerName}`);
  if (a.referralLetterNo) parts.push(`surat No. ${a.referralLetterNo}${a.referralLetterDate ? ` tanggal ${formatLongDate(a.referralLetterDate)}` : ''}`);
  return parts.join('; ');
}

/** Every field of the application as a resident, nothing retyped. */
export function residentValuesOf(a: ApplicationRecord, admissionDate: string) {
  return ResidentInput.parse({
    fullName: a.fullName,
    nickname: a.nickname,
    nik: a.nik,
    kkNumber: a.kkNumber,
    birthPlace: a.birthPlace,
    birthDate: a.birthDate,
    birthDateEstimated: a.birthDateEstimated,
    sex: a.sex,
    religion: a.religion,
    education: a.education,
    maritalStatus: a.maritalStatus,
    originProvince: a.originProvince,
    originRegency: a.originRegency,
    originDistrict: a.originDistrict,
    originVillage: a.originVillage,
    originAddress: a.originAddress,
    pmksCategory: a.pmksCategory,
    disabilityType: a.disabilityType,
    disabilityDegree: a.disabilityDegree,
    referralSource: a.referralSource,
    referralNote: referralNoteOf(a),
    admissionDate,
    healthNotes: a.healthNotes,
    notes: a.notes,
    guardians: JSON.parse(a.guardians),
  });
}

/** The applicant's documents become the resident's: new rows pointing to the same stored files (nothing copied or lost). */
function carryDocuments(tx: AppDb, applicationId: number, residentId: number): number {
  const docs = tx.select().from(intakeDocuments).where(and(eq(intakeDocuments.applicationId, applicationId), isNull(intakeDocuments.removedAt))).all();
  for (const d of docs) {
    tx.insert(residentDocuments)
      .values({ homeId: d.homeId, residentId, docType: d.docType, title: d.title, fileName: d.fileName, mimeType: d.mimeType, sizeBytes: d.sizeBytes, sha256: d.sha256, storageKey: d.storageKey, uploadedBy: d.uploadedBy, uploadedAt: d.uploadedAt })
      .run();
  }
  return docs.length;
}

const STATUS_AFTER: Record<Decision, 'admitted' | 'waitlisted' | 'rejected' | 'referred'> = { accepted: 'admitted', waitlisted: 'waitlisted', rejected: 'rejected', referred: 'referred' };

/**
 * The head approves the round: in one transaction every accepted applicant becomes a resident through the real
 * registration (number, NIK guard, first stage, audit), the wait-listed wait for the next round, and every
 * decision gets its letter number.
 */
export function approveRound(db: AppDb, actor: Actor, id: number, approvedOn: string, capacityOverride: { reason: string } | null = null): RoundDetail {
  if (actor.role !== 'head') throw forbidden('Hanya Kepala UPTD yang menyetujui hasil seleksi');
  return db.transaction((tx) => {
    const round = loadRound(tx, actor, id);
    if (round.status !== 'open') throw new AppError('CONFLICT', 'Periode ini sudah disetujui');
    if (approvedOn < round.startDate) throw fieldError('approvedOn', 'Tanggal persetujuan tidak boleh sebelum periode dimulai');
    assertNotFuture(db, actor, approvedOn, 'approvedOn', 'Tanggal persetujuan tidak boleh di masa depan');
    const applications = roundApplications(tx, id);
    const decisions = tx.select().from(intakeDecisions).where(eq(intakeDecisions.roundId, id)).orderBy(asc(intakeDecisions.id)).all();
    const undecided = applications.filter((a) => !decisions.some((d) => d.applicationId === a.id));
    if (undecided.length) throw new AppError('CONFLICT', `${undecided.length} calon belum diputuskan: ${undecided.map((a) => a.fullName).join(', ')}`);
    if (applications.length === 0) throw new AppError('CONFLICT', 'Periode ini belum memuat calon');
    // Capacity is checked again now, against the residents present at this moment (the quota was set when the
    // round opened; residents may have arrived since). Going past it is the head's explicit decision, with a reason.
    const accepted = decisions.filter((d) => d.decision === 'accepted').length;
    const facts = quotaFacts(tx, round.homeId);
    let overCapacity: CapacityOverride | null = null;
    if (facts.capacity != null && accepted > 0 && facts.activeResidents + accepted > facts.capacity) {
      const excess = facts.activeResidents + accepted - facts.capacity;
      if (!capacityOverride) {
        const details: OverCapacityDetails = { kind: 'over-capacity', capacity: facts.capacity, present: facts.activeResidents, accepted, excess };
        throw new AppError(
          'CONFLICT',
          `Kapasitas panti ${facts.capacity} orang, saat ini ${facts.activeResidents} penerima manfaat tinggal di panti; menerima ${accepted} calon melebihi kapasitas ${excess} orang. Menyetujui melebihi kapasitas memerlukan alasan Kepala UPTD.`,
          undefined,
          details,
        );
      }
      overCapacity = { capacity: facts.capacity, present: facts.activeResidents, accepted, reason: capacityOverride.reason };
    }
    const year = approvedOn.slice(0, 4);
    const admitted: { applicationId: number; residentId: number; documents: number }[] = [];
    decisions.forEach((d, i) => {
      const application = applications.find((a) => a.id === d.applicationId)!;
      const letterNo = `${String(i + 1).padStart(3, '0')}/SK-SEL/${round.id}/${year}`;
      tx.update(intakeDecisions).set({ letterNo }).where(eq(intakeDecisions.id, d.id)).run();
      const status = STATUS_AFTER[d.decision as Decision];
      let residentId: number | null = null;
      if (status === 'admitted') {
        try {
          residentId = createResident(tx, actor, residentValuesOf(application, approvedOn), true, { applicationId: application.id }).id;
        } catch (error) {
          if (error instanceof AppError) throw new AppError(error.code, `${application.fullName} (${application.applicationNo}): ${error.message}`, undefined, error.details);
          throw error;
        }
        admitted.push({ applicationId: application.id, residentId, documents: carryDocuments(tx, application.id, residentId) });
      }
      tx.update(intakeApplications)
        .set({ status, residentId, roundId: status === 'waitlisted' ? null : application.roundId, updatedAt: nowIso() })
        .where(eq(intakeApplications.id, application.id))
        .run();
    });
    tx.update(intakeRounds)
      .set({ status: 'approved', approvedOn, approvedBy: actor.userId, approvedAt: nowIso(), capacityOverride: overCapacity ? JSON.stringify(overCapacity) : null })
      .where(eq(intakeRounds.id, id))
      .run();
    recordAudit(tx, actor, { entity: 'intake-round', entityId: id, action: 'approve', after: { approvedOn, decisions: decisions.map((d) => ({ applicationId: d.applicationId, decision: d.decision })), admitted } });
    if (overCapacity) recordAudit(tx, actor, { entity: 'intake-round', entityId: id, action: 'override', after: { kind: 'over-capacity', ...overCapacity } });
    return roundDetail(tx, actor, id);
  });
}

export function intakeOverview(db: AppDb, actor: Actor): IntakeOverview {
  const homeId = requireHome(actor);
  const counts = db
    .select({ status: intakeApplications.status, n: sql<number>`count(*)` })
    .from(intakeApplications)
    .where(eq(intakeApplications.homeId, homeId))
    .groupBy(intakeApplications.status)
    .all();
  const byStatus = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, counts.find((c) => c.status === s)?.n ?? 0])) as IntakeOverview['byStatus'];
  const open = openRoundOf(db, homeId);
  const openRound = open ? summaryOf(db, open) : null;
  const undecided = open ? roundApplications(db, open.id).length - db.select({ n: sql<number>`count(*)` }).from(intakeDecisions).where(eq(intakeDecisions.roundId, open.id)).get()!.n : 0;
  return { byStatus, quotaFacts: quotaFacts(db, homeId), openRound, pendingApproval: Boolean(openRound && openRound.applicants > 0 && undecided === 0) };
}
