import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AllergyWarningDetails, PrescriptionInput, PrescriptionRow, StopPrescriptionInput } from '../../contract';
import { nameKey } from '../../contract';
import type { AppDb } from '../../db/client';
import { prescriptions } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { AppError, fieldError, notFound } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { loadResident } from '../residents/residents.service';
import { loadMedicine, medicineLabel } from './medicine-common';

/**
 * The allergy of `allergies` (the resident's free text: "Udang, amoksisilin; debu") that the medicine's
 * generic or brand name matches, or null. Compared without case, accents or punctuation.
 */
export function matchAllergy(allergies: string | null, names: (string | null)[]): string | null {
  if (!allergies) return null;
  const keys = names.filter((n): n is string => !!n).map(nameKey).filter(Boolean);
  for (const raw of allergies.split(/[,;/\n]|\bdan\b/i)) {
    const allergy = nameKey(raw).replace(/^alergi\s+/, '');
    if (allergy.length < 3) continue;
    for (const key of keys) {
      const words = key.split(' ');
      if (key.includes(allergy) || words.some((w) => w.length >= 4 && allergy.split(' ').includes(w))) return raw.trim();
    }
  }
  return null;
}

interface PrescriptionJoin {
  id: number;
  residentId: number;
  residentName: string;
  medicineId: number;
  genericName: string;
  brandName: string | null;
  form: string;
  strength: string;
  unit: string;
  dose: number;
  route: PrescriptionRow['route'];
  times: string;
  prn: number;
  prnMaxPerDay: number | null;
  startDate: string;
  endDate: string | null;
  prescriber: string;
  instructions: string | null;
  allergyWarning: string | null;
  stoppedOn: string | null;
  stopReason: string | null;
  createdAt: string;
}

export function queryPrescriptions(db: AppDb, homeId: number, where: ReturnType<typeof sql>): PrescriptionRow[] {
  return db
    .all<PrescriptionJoin>(sql`
      SELECT p.id, p.resident_id AS residentId, r.full_name AS residentName, p.medicine_id AS medicineId, m.generic_name AS genericName,
             m.brand_name AS brandName, m.form, m.strength, m.unit, p.dose, p.route, p.times, p.prn, p.prn_max_per_day AS prnMaxPerDay,
             p.start_date AS startDate, p.end_date AS endDate, p.prescriber, p.instructions, p.allergy_warning AS allergyWarning,
             p.stopped_on AS stoppedOn, p.stop_reason AS stopReason, p.created_at AS createdAt
      FROM prescriptions p JOIN medicines m ON m.id = p.medicine_id JOIN residents r ON r.id = p.resident_id
      WHERE p.home_id = ${homeId} AND ${where}
      ORDER BY r.full_name, p.prn, m.generic_name, p.id`)
    .map((p) => ({
      id: p.id,
      residentId: p.residentId,
      residentName: p.residentName,
      medicineId: p.medicineId,
      medicineLabel: medicineLabel(p),
      unit: p.unit,
      dose: p.dose,
      route: p.route,
      times: JSON.parse(p.times) as string[],
      prn: !!p.prn,
      prnMaxPerDay: p.prnMaxPerDay,
      startDate: p.startDate,
      endDate: p.endDate,
      prescriber: p.prescriber,
      instructions: p.instructions,
      allergyWarning: p.allergyWarning,
      stopped: p.stoppedOn ? { on: p.stoppedOn, reason: p.stopReason ?? '' } : null,
      createdAt: p.createdAt,
    }));
}

/** Prescriptions in force on `date`: started, not ended and not stopped by then. */
export const activeOn = (date: string) =>
  sql`p.start_date <= ${date} AND (p.end_date IS NULL OR p.end_date >= ${date}) AND (p.stopped_on IS NULL OR p.stopped_on > ${date})`;

export function listPrescriptions(db: AppDb, actor: Actor, input: { residentId?: number; activeOn?: string }): PrescriptionRow[] {
  const homeId = requireHome(actor);
  const where = [sql`1 = 1`];
  if (input.residentId) where.push(sql`p.resident_id = ${input.residentId}`);
  if (input.activeOn) where.push(activeOn(input.activeOn));
  return queryPrescriptions(db, homeId, sql.join(where, sql` AND `));
}

/**
 * Records a prescription. When the medicine matches the resident's recorded allergy the first call is refused
 * with the warning (CONFLICT, details kind 'allergy'); with `confirmAllergy` it is saved, and the warning and
 * who confirmed it are kept on the prescription and in the audit log.
 */
export function createPrescription(db: AppDb, actor: Actor, input: z.output<typeof PrescriptionInput>): PrescriptionRow {
  const homeId = requireHome(actor);
  return db.transaction((tx) => {
    const resident = loadResident(tx, actor, input.residentId);
    if (resident.status !== 'active') throw fieldError('residentId', 'Resep hanya untuk penerima manfaat yang masih di panti');
    const medicine = loadMedicine(tx, actor, input.medicineId);
    if (!medicine.active) throw fieldError('medicineId', 'Obat ini sudah tidak aktif di katalog');
    const matched = matchAllergy(resident.allergies, [medicine.genericName, medicine.brandName]);
    if (matched && !input.confirmAllergy) {
      const details: AllergyWarningDetails = { kind: 'allergy', allergies: resident.allergies ?? '', matched };
      throw new AppError('CONFLICT', `Peringatan alergi: ${resident.fullName} tercatat alergi "${matched}". Periksa kembali resep ${medicineLabel(medicine)}.`, undefined, details);
    }
    const times = [...input.times].sort();
    const row = tx
      .insert(prescriptions)
      .values({
        homeId,
        residentId: resident.id,
        medicineId: medicine.id,
        dose: input.dose,
        route: input.route,
        times: JSON.stringify(input.prn ? [] : times),
        prn: input.prn,
        prnMaxPerDay: input.prn ? input.prnMaxPerDay : null,
        startDate: input.startDate,
        endDate: input.endDate,
        prescriber: input.prescriber,
        instructions: input.instructions,
        allergyWarning: matched ? `Alergi tercatat: ${matched}` : null,
        allergyConfirmedBy: matched ? actor.userId : null,
        createdBy: actor.userId,
        createdAt: nowIso(),
      })
      .returning()
      .get();
    recordAudit(tx, actor, { entity: 'prescription', entityId: row.id, action: 'create', after: row });
    if (matched) recordAudit(tx, actor, { entity: 'prescription', entityId: row.id, action: 'allergy_confirmed', after: { allergy: matched, medicine: medicineLabel(medicine) } });
    return queryPrescriptions(tx, homeId, sql`p.id = ${row.id}`)[0]!;
  });
}

export function stopPrescription(db: AppDb, actor: Actor, input: z.output<typeof StopPrescriptionInput>): PrescriptionRow {
  const homeId = requireHome(actor);
  return db.transaction((tx) => {
    const row = tx.select().from(prescriptions).where(and(eq(prescriptions.id, input.id), eq(prescriptions.homeId, homeId))).get();
    if (!row) throw notFound('Resep');
    if (row.stoppedOn) throw new AppError('CONFLICT', 'Resep ini sudah dihentikan');
    if (input.stoppedOn < row.startDate) throw fieldError('stoppedOn', 'Tanggal penghentian tidak boleh sebelum tanggal mulai');
    tx.update(prescriptions).set({ stoppedOn: input.stoppedOn, stopReason: input.reason }).where(eq(prescriptions.id, row.id)).run();
    recordAudit(tx, actor, { entity: 'prescription', entityId: row.id, action: 'stop', before: { stoppedOn: null }, after: { stoppedOn: input.stoppedOn, reason: input.reason } });
    return queryPrescriptions(tx, homeId, sql`p.id = ${row.id}`)[0]!;
  });
}
