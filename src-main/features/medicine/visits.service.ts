import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { CancelVisitInput, HealthEntryInput, HealthEntryRow, HealthRecord, VisitInput, VisitRow } from '../../contract';
import { VISIT_KIND_LABELS } from '../../contract';
import type { AppDb } from '../../db/client';
import { doctorVisitResidents, doctorVisits, healthEntries } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { AppError, fieldError, notFound } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { recordSpending, resolveOverride, voidSourceSpending } from '../budget/spending.service';
import { presentOn } from '../census/census.service';
import { loadResident } from '../residents/residents.service';
import { assertNotFuture, homeToday } from '../homes/home-clock';
import { queryAdministrations, toMarEntry } from './mar.service';
import { queryPrescriptions } from './prescriptions.service';

interface VisitJoin {
  id: number;
  visitedOn: string;
  kind: VisitRow['kind'];
  practitioner: string;
  findings: string | null;
  fee: number;
  lineId: number | null;
  spendingId: number | null;
  cancelledOn: string | null;
  cancelReason: string | null;
}

function queryVisits(db: AppDb, homeId: number, where: ReturnType<typeof sql>): VisitRow[] {
  const visits = db.all<VisitJoin>(sql`
    SELECT v.id, v.visited_on AS visitedOn, v.kind, v.practitioner, v.findings, v.fee, v.line_id AS lineId, v.spending_id AS spendingId,
           v.cancelled_on AS cancelledOn, v.cancel_reason AS cancelReason
    FROM doctor_visits v WHERE v.home_id = ${homeId} AND ${where} ORDER BY v.visited_on DESC, v.id DESC`);
  if (!visits.length) return [];
  const seen = db.all<{ visitId: number; residentId: number; fullName: string; note: string | null }>(sql`
    SELECT vr.visit_id AS visitId, vr.resident_id AS residentId, r.full_name AS fullName, vr.note
    FROM doctor_visit_residents vr JOIN residents r ON r.id = vr.resident_id
    WHERE vr.visit_id IN (${sql.join(visits.map((v) => sql`${v.id}`), sql`, `)}) ORDER BY r.full_name`);
  return visits.map((v) => ({
    id: v.id,
    visitedOn: v.visitedOn,
    kind: v.kind,
    practitioner: v.practitioner,
    findings: v.findings,
    fee: v.fee,
    lineId: v.lineId,
    spendingId: v.spendingId,
    residents: seen.filter((s) => s.visitId === v.id).map(({ residentId, fullName, note }) => ({ residentId, fullName, note })),
    cancelled: v.cancelledOn ? { on: v.cancelledOn, reason: v.cancelReason ?? '' } : null,
  }));
}

export function listVisits(db: AppDb, actor: Actor, input: { from?: string; to?: string; residentId?: number }): VisitRow[] {
  const where = [sql`1 = 1`];
  if (input.from) where.push(sql`v.visited_on >= ${input.from}`);
  if (input.to) where.push(sql`v.visited_on <= ${input.to}`);
  if (input.residentId) where.push(sql`v.id IN (SELECT visit_id FROM doctor_visit_residents WHERE resident_id = ${input.residentId})`);
  return queryVisits(db, requireHome(actor), sql.join(where, sql` AND `));
}

/** A visit with the residents seen; its fee (if any) is spending on the chosen budget line, in the same transaction. */
export function createVisit(db: AppDb, actor: Actor, input: z.output<typeof VisitInput>): VisitRow {
  const homeId = requireHome(actor);
  assertNotFuture(db, actor, input.visitedOn, 'visitedOn');
  if (input.fee > 0 && !input.lineId) throw fieldError('lineId', 'Pilih baris anggaran untuk honor/biaya kunjungan');
  const override = resolveOverride(db, actor, input.override);
  return db.transaction((tx) => {
    const present = new Set(presentOn(tx, homeId, input.visitedOn).map((r) => r.id));
    input.residents.forEach((r, i) => {
      loadResident(tx, actor, r.residentId);
      if (!present.has(r.residentId)) throw fieldError(`residents.${i}.residentId`, 'Penerima manfaat ini tidak berada di panti pada tanggal kunjungan');
    });
    if (new Set(input.residents.map((r) => r.residentId)).size !== input.residents.length) throw fieldError('residents', 'Penerima manfaat tercantum dua kali');
    const visit = tx
      .insert(doctorVisits)
      .values({
        homeId,
        visitedOn: input.visitedOn,
        kind: input.kind,
        practitioner: input.practitioner,
        findings: input.findings,
        fee: input.fee,
        lineId: input.fee > 0 ? input.lineId : null,
        createdBy: actor.userId,
        createdAt: nowIso(),
      })
      .returning()
      .get();
    for (const r of input.residents) tx.insert(doctorVisitResidents).values({ visitId: visit.id, residentId: r.residentId, note: r.note }).run();
    if (input.fee > 0) {
      const label = `${VISIT_KIND_LABELS[input.kind]} ${input.practitioner}, ${input.residents.length} penerima manfaat`;
      const spent = recordSpending(tx, actor, {
        lineId: input.lineId!,
        date: input.visitedOn,
        amount: input.fee,
        description: `Jasa ${label}`,
        payee: input.practitioner,
        source: { type: 'doctor_fee', id: visit.id, label },
        override,
      });
      tx.update(doctorVisits).set({ spendingId: spent.id }).where(eq(doctorVisits.id, visit.id)).run();
    }
    recordAudit(tx, actor, { entity: 'doctor_visit', entityId: visit.id, action: 'create', after: { ...visit, residents: input.residents } });
    return queryVisits(tx, homeId, sql`v.id = ${visit.id}`)[0]!;
  });
}

export function cancelVisit(db: AppDb, actor: Actor, input: z.output<typeof CancelVisitInput>): VisitRow {
  const homeId = requireHome(actor);
  return db.transaction((tx) => {
    const visit = tx.select().from(doctorVisits).where(and(eq(doctorVisits.id, input.id), eq(doctorVisits.homeId, homeId))).get();
    if (!visit) throw notFound('Kunjungan');
    if (visit.cancelledOn) throw new AppError('CONFLICT', 'Kunjungan ini sudah dibatalkan');
    if (input.cancelledOn < visit.visitedOn) throw fieldError('cancelledOn', 'Tanggal pembatalan tidak boleh sebelum tanggal kunjungan');
    if (visit.spendingId) voidSourceSpending(tx, actor, { id: visit.spendingId, voidedOn: input.cancelledOn, reason: input.reason });
    tx.update(doctorVisits).set({ cancelledOn: input.cancelledOn, cancelReason: input.reason }).where(eq(doctorVisits.id, visit.id)).run();
    recordAudit(tx, actor, { entity: 'doctor_visit', entityId: visit.id, action: 'cancel', before: visit, after: { cancelledOn: input.cancelledOn, reason: input.reason } });
    return queryVisits(tx, homeId, sql`v.id = ${visit.id}`)[0]!;
  });
}

type EntryRow = Omit<HealthEntryRow, 'createdBy'> & { createdBy: string | null };

export function addHealthEntry(db: AppDb, actor: Actor, input: z.output<typeof HealthEntryInput>): HealthEntryRow {
  const homeId = requireHome(actor);
  assertNotFuture(db, actor, input.date, 'date');
  return db.transaction((tx) => {
    loadResident(tx, actor, input.residentId);
    const row = tx
      .insert(healthEntries)
      .values({ ...input, title: input.kind === 'vitals' ? null : input.title, homeId, createdBy: actor.userId, createdAt: nowIso() })
      .returning()
      .get();
    recordAudit(tx, actor, { entity: 'health_entry', entityId: row.id, action: 'create', after: row });
    return entries(tx, sql`h.id = ${row.id}`)[0]!;
  });
}

function entries(db: AppDb, where: ReturnType<typeof sql>): HealthEntryRow[] {
  return db.all<EntryRow>(sql`
    SELECT h.id, h.kind, h.date, h.title, h.detail, h.note, h.weight_kg AS weightKg, h.height_cm AS heightCm, h.systolic, h.diastolic,
           h.pulse, h.temperature, u.full_name AS createdBy
    FROM health_entries h LEFT JOIN users u ON u.id = h.created_by WHERE ${where} ORDER BY h.date DESC, h.id DESC`);
}

/** The resident's health record: entries, visits, prescriptions and the last 30 days of the MAR. */
export function healthRecord(db: AppDb, actor: Actor, residentId: number, today = homeToday(db, actor)): HealthRecord {
  const homeId = requireHome(actor);
  const resident = loadResident(db, actor, residentId);
  const prescriptions = queryPrescriptions(db, homeId, sql`p.resident_id = ${resident.id}`);
  const labels = new Map(prescriptions.map((p) => [p.id, p.medicineLabel]));
  const since = new Date(Date.parse(`${today}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10);
  const recentMar = queryAdministrations(db, sql`a.resident_id = ${resident.id} AND a.date >= ${since}`)
    .reverse()
    .map((a) => ({ ...toMarEntry(a), date: a.date, scheduledTime: a.scheduledTime, medicineLabel: labels.get(a.prescriptionId) ?? '' }));
  return {
    residentId: resident.id,
    allergies: resident.allergies,
    entries: entries(db, sql`h.resident_id = ${resident.id}`),
    visits: listVisits(db, actor, { residentId: resident.id }),
    prescriptions,
    recentMar,
  };
}
