import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { SchoolFee, SchoolFeeInput, SchoolListInput, SchoolRecord, SchoolRecordInput, SchoolReport, SchoolReportInput, VoidSchoolFeeInput } from '../../contract';
import { SCHOOL_FEE_LABELS, SCHOOL_FEE_SOURCE } from '../../contract';
import type { AppDb } from '../../db/client';
import { schoolFees, schoolRecords, schoolReports } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { AppError, fieldError, notFound } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { recordSpending, resolveOverride, voidSourceSpending } from '../budget/spending.service';
import { loadResident } from '../residents/residents.service';

type RecordRow = typeof schoolRecords.$inferSelect & { residentName: string; registrationNo: string };

function loadRecord(db: AppDb, actor: Actor, id: number) {
  const homeId = requireHome(actor);
  const row = db.select().from(schoolRecords).where(and(eq(schoolRecords.id, id), eq(schoolRecords.homeId, homeId))).get();
  if (!row) throw notFound('Catatan sekolah');
  return row;
}

function queryRecords(db: AppDb, where: SQL): SchoolRecord[] {
  const rows = db.all<RecordRow>(sql`
    SELECT s.id, s.home_id AS homeId, s.resident_id AS residentId, s.school_name AS schoolName, s.level, s.grade, s.school_year AS schoolYear,
           s.note, r.full_name AS residentName, r.registration_no AS registrationNo
    FROM school_records s JOIN residents r ON r.id = s.resident_id WHERE ${where}
    ORDER BY s.school_year DESC, r.name_key`);
  if (rows.length === 0) return [];
  const ids = sql.join(rows.map((r) => sql`${r.id}`), sql`, `);
  const fees = db.all<SchoolFee & { schoolRecordId: number }>(sql`
    SELECT f.id, f.school_record_id AS schoolRecordId, f.kind, f.paid_on AS paidOn, f.amount, f.description, f.spending_id AS spendingId,
           f.voided_on AS voidedOn, f.void_reason AS voidReason, a.code || ' ' || a.name AS lineLabel
    FROM school_fees f LEFT JOIN spending sp ON sp.id = f.spending_id LEFT JOIN budget_lines l ON l.id = sp.line_id
    LEFT JOIN budget_accounts a ON a.id = l.account_id
    WHERE f.school_record_id IN (${ids}) ORDER BY f.paid_on DESC, f.id DESC`);
  const reports = db.all<SchoolReport & { schoolRecordId: number }>(sql`
    SELECT id, school_record_id AS schoolRecordId, term, average, rank, class_size AS classSize, notes FROM school_reports
    WHERE school_record_id IN (${ids}) ORDER BY term`);
  return rows.map((r) => {
    const own = fees.filter((f) => f.schoolRecordId === r.id).map(({ schoolRecordId: _, ...f }) => f);
    return {
      id: r.id,
      residentId: r.residentId,
      residentName: r.residentName,
      registrationNo: r.registrationNo,
      schoolName: r.schoolName,
      level: r.level as SchoolRecord['level'],
      grade: r.grade,
      schoolYear: r.schoolYear,
      note: r.note,
      feesTotal: own.filter((f) => !f.voidedOn).reduce((n, f) => n + f.amount, 0),
      fees: own,
      reports: reports.filter((p) => p.schoolRecordId === r.id).map(({ schoolRecordId: _, ...p }) => p),
    };
  });
}

export function listSchoolRecords(db: AppDb, actor: Actor, input: z.output<typeof SchoolListInput>): SchoolRecord[] {
  const where = [sql`s.home_id = ${requireHome(actor)}`];
  if (input?.schoolYear) where.push(sql`s.school_year = ${input.schoolYear}`);
  if (input?.residentId) where.push(sql`s.resident_id = ${input.residentId}`);
  return queryRecords(db, sql.join(where, sql` AND `));
}

export function getSchoolRecord(db: AppDb, actor: Actor, id: number): SchoolRecord {
  const row = queryRecords(db, sql`s.id = ${id} AND s.home_id = ${requireHome(actor)}`)[0];
  if (!row) throw notFound('Catatan sekolah');
  return row;
}

export function saveSchoolRecord(db: AppDb, actor: Actor, input: z.output<typeof SchoolRecordInput>): SchoolRecord {
  const homeId = requireHome(actor);
  const id = db.transaction((tx) => {
    loadResident(tx, actor, input.residentId);
    const clash = tx.select({ id: schoolRecords.id }).from(schoolRecords).where(and(eq(schoolRecords.residentId, input.residentId), eq(schoolRecords.schoolYear, input.schoolYear))).get();
    if (clash && clash.id !== input.id) throw fieldError('schoolYear', `Sudah ada catatan sekolah tahun ajaran ${input.schoolYear} untuk penerima manfaat ini`);
    const values = { residentId: input.residentId, schoolName: input.schoolName, level: input.level, grade: input.grade, schoolYear: input.schoolYear, note: input.note };
    if (input.id) {
      const before = loadRecord(tx, actor, input.id);
      if (before.residentId !== input.residentId) throw fieldError('residentId', 'Penerima manfaat catatan sekolah tidak dapat diganti');
      const after = tx.update(schoolRecords).set({ ...values, updatedAt: nowIso() }).where(eq(schoolRecords.id, before.id)).returning().get();
      recordAudit(tx, actor, { entity: 'school_record', entityId: after.id, action: 'update', before, after });
      return after.id;
    }
    const row = tx.insert(schoolRecords).values({ ...values, homeId, createdBy: actor.userId, createdAt: nowIso(), updatedAt: nowIso() }).returning().get();
    recordAudit(tx, actor, { entity: 'school_record', entityId: row.id, action: 'create', after: row });
    return row.id;
  });
  return getSchoolRecord(db, actor, id);
}

/**
 * A fee or supplies paid (biaya pendidikan): the spending against the chosen budget line, linked to this
 * fee and to the child (so it counts in the cost per resident), written in the same transaction.
 * Past the line's remaining allocation it needs the head's approval, as any spending does.
 */
export function paySchoolFee(db: AppDb, actor: Actor, input: z.output<typeof SchoolFeeInput>): SchoolRecord {
  const homeId = requireHome(actor);
  const override = resolveOverride(db, actor, input.override);
  db.transaction((tx) => {
    const record = loadRecord(tx, actor, input.schoolRecordId);
    const resident = loadResident(tx, actor, record.residentId);
    const fee = tx
      .insert(schoolFees)
      .values({ homeId, schoolRecordId: record.id, kind: input.kind, paidOn: input.paidOn, amount: input.amount, description: input.description, createdBy: actor.userId, createdAt: nowIso() })
      .returning()
      .get();
    const spent = recordSpending(tx, actor, {
      lineId: input.lineId,
      date: input.paidOn,
      amount: input.amount,
      description: input.description,
      payee: input.payee ?? record.schoolName,
      proofNo: input.proofNo,
      source: { type: SCHOOL_FEE_SOURCE, id: fee.id, label: `${SCHOOL_FEE_LABELS[input.kind]} · ${resident.fullName} · ${record.schoolName}` },
      residentId: resident.id,
      override,
    });
    tx.update(schoolFees).set({ spendingId: spent.id }).where(eq(schoolFees.id, fee.id)).run();
    recordAudit(tx, actor, { entity: 'school_fee', entityId: fee.id, action: 'create', after: { ...fee, spendingId: spent.id } });
  });
  return getSchoolRecord(db, actor, input.schoolRecordId);
}

/** Cancels a fee: its spending is voided (a reversal row), the fee keeps the date and reason. */
export function voidSchoolFee(db: AppDb, actor: Actor, input: z.output<typeof VoidSchoolFeeInput>): SchoolRecord {
  const homeId = requireHome(actor);
  const recordId = db.transaction((tx) => {
    const fee = tx.select().from(schoolFees).where(and(eq(schoolFees.id, input.id), eq(schoolFees.homeId, homeId))).get();
    if (!fee) throw notFound('Biaya pendidikan');
    if (fee.voidedOn) throw new AppError('CONFLICT', 'Biaya ini sudah dibatalkan');
    if (fee.spendingId != null) voidSourceSpending(tx, actor, { id: fee.spendingId, voidedOn: input.voidedOn, reason: input.reason });
    const after = tx.update(schoolFees).set({ voidedOn: input.voidedOn, voidReason: input.reason }).where(eq(schoolFees.id, fee.id)).returning().get();
    recordAudit(tx, actor, { entity: 'school_fee', entityId: fee.id, action: 'void', before: fee, after });
    return fee.schoolRecordId;
  });
  return getSchoolRecord(db, actor, recordId);
}

/** Report-card results of a term; entering a term again corrects it (audited with the old values). */
export function saveSchoolReport(db: AppDb, actor: Actor, input: z.output<typeof SchoolReportInput>): SchoolRecord {
  const homeId = requireHome(actor);
  db.transaction((tx) => {
    const record = loadRecord(tx, actor, input.schoolRecordId);
    if (input.rank != null && input.classSize != null && input.rank > input.classSize) throw fieldError('rank', 'Peringkat tidak boleh lebih dari jumlah siswa');
    const values = { average: input.average, rank: input.rank, classSize: input.classSize, notes: input.notes, recordedBy: actor.userId, recordedAt: nowIso() };
    const before = tx.select().from(schoolReports).where(and(eq(schoolReports.schoolRecordId, record.id), eq(schoolReports.term, input.term))).get();
    if (before) {
      const after = tx.update(schoolReports).set(values).where(eq(schoolReports.id, before.id)).returning().get();
      recordAudit(tx, actor, { entity: 'school_report', entityId: after.id, action: 'update', before, after });
    } else {
      const row = tx.insert(schoolReports).values({ ...values, homeId, schoolRecordId: record.id, term: input.term }).returning().get();
      recordAudit(tx, actor, { entity: 'school_report', entityId: row.id, action: 'create', after: row });
    }
  });
  return getSchoolRecord(db, actor, input.schoolRecordId);
}
