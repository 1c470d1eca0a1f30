import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { MarDay, MarDayInput, MarDose, MarEntry, MarMonth, MarMonthInput, MarMonthRow, MarResident, MarSaveInput, MarSaveResult, MarStatus, PrescriptionRow } from '../../contract';
import { MAR_LATE_MINUTES } from '../../contract';
import type { AppDb } from '../../db/client';
import { medicationAdministrations } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { fieldError } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { daysInMonth } from '../budget/budget-common';
import { presentOn } from '../census/census.service';
import { loadResident } from '../residents/residents.service';
import { assertNotFuture, homeToday, homeZone } from '../homes/home-clock';
import { instantOf, type HomeTimeZone } from '../../contract/clock';
import { now as clockNow } from '../../lib/clock';
import { stockSums } from './medicine-common';
import { activeOn, queryPrescriptions } from './prescriptions.service';
import { fefoIssuer } from './stock.service';

type Shift = 'morning' | 'afternoon' | 'night';

/** The shift a time of day falls in: 07–14 pagi, 14–21 siang, otherwise malam (the same calendar day). */
export function shiftOf(time: string): Shift {
  const hour = Number(time.slice(0, 2));
  if (hour >= 7 && hour < 14) return 'morning';
  if (hour >= 14 && hour < 21) return 'afternoon';
  return 'night';
}

/** Entered more than MAR_LATE_MINUTES after the dose's time (`date` + "HH:MM" on the home's wall clock). */
export function isLate(zone: HomeTimeZone, date: string, time: string, recordedAt: Date): boolean {
  return (recordedAt.getTime() - instantOf(zone, date, time).getTime()) / 60_000 > MAR_LATE_MINUTES;
}

interface AdminRow {
  id: number;
  prescriptionId: number;
  scheduledTime: string | null;
  status: MarStatus;
  atTime: string;
  quantity: number;
  late: number;
  prnReason: string | null;
  note: string | null;
  recordedBy: string | null;
  recordedAt: string;
  date: string;
}

function administrations(db: AppDb, where: ReturnType<typeof sql>): AdminRow[] {
  return db.all<AdminRow>(sql`
    SELECT a.id, a.prescription_id AS prescriptionId, a.scheduled_time AS scheduledTime, a.status, a.at_time AS atTime, a.quantity,
           a.late, a.prn_reason AS prnReason, a.note, u.full_name AS recordedBy, a.recorded_at AS recordedAt, a.date
    FROM medication_administrations a LEFT JOIN users u ON u.id = a.recorded_by
    WHERE ${where} ORDER BY a.date, a.at_time, a.id`);
}

const toEntry = (a: AdminRow): MarEntry => ({
  id: a.id,
  status: a.status,
  atTime: a.atTime,
  quantity: a.quantity,
  late: !!a.late,
  prnReason: a.prnReason,
  note: a.note,
  recordedBy: a.recordedBy,
  recordedAt: a.recordedAt,
});

/** Every dose due on a day (optionally one shift) for every resident present, with what is already recorded. */
export function marDay(db: AppDb, actor: Actor, input: z.output<typeof MarDayInput>): MarDay {
  const homeId = requireHome(actor);
  const present = new Set(presentOn(db, homeId, input.date).map((r) => r.id));
  const rx = queryPrescriptions(db, homeId, activeOn(input.date)).filter((p) => present.has(p.residentId));
  const recorded = administrations(db, sql`a.home_id = ${homeId} AND a.date = ${input.date}`);
  const byKey = new Map<string, AdminRow[]>();
  for (const a of recorded) {
    const key = `${a.prescriptionId}|${a.scheduledTime ?? ''}`;
    byKey.set(key, [...(byKey.get(key) ?? []), a]);
  }
  const stock = stockSums(db, homeId, input.date);
  const info = new Map(
    db
      .all<{ id: number; fullName: string; registrationNo: string; room: string | null; allergies: string | null }>(sql`
        SELECT id, full_name AS fullName, registration_no AS registrationNo, room, allergies FROM residents WHERE home_id = ${homeId}`)
      .map((r) => [r.id, r]),
  );
  const residents = new Map<number, MarResident>();
  let due = 0;
  let done = 0;
  const dose = (p: PrescriptionRow, time: string | null): MarDose => ({
    prescriptionId: p.id,
    medicineId: p.medicineId,
    medicineLabel: p.medicineLabel,
    unit: p.unit,
    dose: p.dose,
    route: p.route,
    scheduledTime: time,
    prnMaxPerDay: p.prnMaxPerDay,
    instructions: p.instructions,
    entries: (byKey.get(`${p.id}|${time ?? ''}`) ?? []).map(toEntry),
    usable: stock.get(p.medicineId)?.usable ?? 0,
  });
  for (const p of rx) {
    const doses: MarDose[] = [];
    if (p.prn) doses.push(dose(p, null));
    for (const time of p.times) {
      if (input.shift && shiftOf(time) !== input.shift) continue;
      const d = dose(p, time);
      due += 1;
      if (d.entries.length) done += 1;
      doses.push(d);
    }
    if (!doses.length) continue;
    const r = info.get(p.residentId);
    const entry = residents.get(p.residentId) ?? {
      residentId: p.residentId,
      fullName: r?.fullName ?? p.residentName,
      registrationNo: r?.registrationNo ?? '',
      room: r?.room ?? null,
      allergies: r?.allergies ?? null,
      doses: [],
    };
    entry.doses.push(...doses);
    residents.set(p.residentId, entry);
  }
  const list = [...residents.values()].sort((a, b) => (a.room ?? '').localeCompare(b.room ?? '', 'id') || a.fullName.localeCompare(b.fullName, 'id'));
  for (const r of list) r.doses.sort((a, b) => (a.scheduledTime ?? '99').localeCompare(b.scheduledTime ?? '99') || a.medicineLabel.localeCompare(b.medicineLabel));
  return { date: input.date, shift: input.shift, lateMinutes: MAR_LATE_MINUTES, residents: list, due, recorded: done };
}

/**
 * Saves the entries of a day (or shift) in one transaction: each given dose takes its stock first-expiry-first-out;
 * a dose already recorded, a PRN past its daily maximum or a dose without stock is refused at its row
 * (`entries.<i>.<field>`), and nothing of the save is kept.
 */
export function saveMar(db: AppDb, actor: Actor, input: z.output<typeof MarSaveInput>, now: Date = clockNow()): MarSaveResult {
  const homeId = requireHome(actor);
  assertNotFuture(db, actor, input.date, 'date', 'Pemberian obat tidak dapat dicatat untuk hari esok');
  return db.transaction((tx) => {
    const present = new Set(presentOn(tx, homeId, input.date).map((r) => r.id));
    const ids = [...new Set(input.entries.map((e) => e.prescriptionId))];
    const rx = new Map(queryPrescriptions(tx, homeId, sql`p.id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) AND ${activeOn(input.date)}`).map((p) => [p.id, p]));
    const prnGiven = new Map<number, number>();
    for (const row of tx.all<{ id: number; n: number }>(sql`
      SELECT prescription_id AS id, count(*) AS n FROM medication_administrations
      WHERE home_id = ${homeId} AND date = ${input.date} AND scheduled_time IS NULL AND status = 'given' GROUP BY prescription_id`)) {
      prnGiven.set(row.id, row.n);
    }
    const recordedAt = nowIso(now);
    const issue = fefoIssuer(tx, actor);
    const m = medicationAdministrations;
    const insert = tx
      .insert(m)
      .values({
        homeId,
        prescriptionId: sql.placeholder('prescriptionId'),
        residentId: sql.placeholder('residentId'),
        date: input.date,
        scheduledTime: sql.placeholder('scheduledTime'),
        status: sql.placeholder('status'),
        atTime: sql.placeholder('atTime'),
        quantity: sql.placeholder('quantity'),
        late: sql.placeholder('late'),
        prnReason: sql.placeholder('prnReason'),
        note: sql.placeholder('note'),
        recordedBy: actor.userId,
        recordedAt,
      })
      .returning({ id: m.id })
      .prepare();
    const result: MarSaveResult = { saved: 0, given: 0, late: 0 };
    input.entries.forEach((e, i) => {
      const at = (field: string, message: string) => fieldError(`entries.${i}.${field}`, message);
      const p = rx.get(e.prescriptionId);
      if (!p) throw at('status', 'Resep tidak berlaku pada tanggal ini');
      if (!present.has(p.residentId)) throw at('status', `${p.residentName} tidak berada di panti pada tanggal ini`);
      if (e.scheduledTime) {
        if (!p.times.includes(e.scheduledTime)) throw at('status', `Jam ${e.scheduledTime} tidak ada pada resep ini`);
      } else {
        if (!p.prn) throw at('status', 'Obat terjadwal harus dicatat pada jam pemberiannya');
        if (e.status === 'given' && !e.prnReason) throw at('prnReason', 'Alasan pemberian obat bila perlu wajib diisi');
        if (e.status === 'given') {
          const count = (prnGiven.get(p.id) ?? 0) + 1;
          if (count > p.prnMaxPerDay!) throw at('status', `Maksimal ${p.prnMaxPerDay} kali sehari untuk ${p.medicineLabel} sudah tercapai`);
          prnGiven.set(p.id, count);
        }
      }
      const late = isLate(homeZone(tx, homeId), input.date, e.scheduledTime ?? e.atTime, now);
      const quantity = e.status === 'given' ? p.dose : 0;
      let row;
      try {
        row = insert.get({
          prescriptionId: p.id,
          residentId: p.residentId,
          scheduledTime: e.scheduledTime,
          status: e.status,
          atTime: e.atTime,
          quantity,
          late: late ? 1 : 0,
          prnReason: e.prnReason,
          note: e.note,
        })!;
      } catch (error) {
        if (String(error).includes('UNIQUE')) throw at('status', `Dosis jam ${e.scheduledTime} untuk ${p.residentName} sudah dicatat`);
        throw error;
      }
      if (quantity > 0) issue(p.medicineId, quantity, input.date, row.id, `entries.${i}.status`);
      result.saved += 1;
      if (quantity > 0) result.given += 1;
      if (late) result.late += 1;
    });
    recordAudit(tx, actor, { entity: 'mar', entityId: input.date, action: 'record', after: { date: input.date, ...result } });
    return result;
  });
}

const STATUSES: MarStatus[] = ['given', 'refused', 'missed', 'held'];
const zero = () => ({ given: 0, refused: 0, missed: 0, held: 0 });

/** One resident's month: a row per scheduled time of each prescription (and one per PRN), a cell per day. */
export function marMonth(db: AppDb, actor: Actor, input: z.output<typeof MarMonthInput>, today = homeToday(db, actor)): MarMonth {
  const homeId = requireHome(actor);
  const resident = loadResident(db, actor, input.residentId);
  const days = daysInMonth(Number(input.month.slice(0, 4)), Number(input.month.slice(5, 7)));
  const first = `${input.month}-01`;
  const last = `${input.month}-${String(days).padStart(2, '0')}`;
  const rx = queryPrescriptions(
    db,
    homeId,
    sql`p.resident_id = ${resident.id} AND p.start_date <= ${last} AND (p.end_date IS NULL OR p.end_date >= ${first}) AND (p.stopped_on IS NULL OR p.stopped_on > ${first})`,
  );
  const records = administrations(db, sql`a.resident_id = ${resident.id} AND a.date BETWEEN ${first} AND ${last}`);
  const totals = { ...zero(), due: 0, notRecorded: 0, late: 0, prnGiven: 0 };
  const rows: MarMonthRow[] = [];
  const dayOf = (n: number) => `${input.month}-${String(n).padStart(2, '0')}`;
  const inForce = (p: PrescriptionRow, d: string) => p.startDate <= d && (!p.endDate || p.endDate >= d) && (!p.stopped || p.stopped.on > d);
  for (const p of rx) {
    const mine = records.filter((a) => a.prescriptionId === p.id);
    totals.late += mine.filter((a) => a.late).length;
    const base = { prescriptionId: p.id, medicineLabel: p.medicineLabel, dose: p.dose, unit: p.unit, route: p.route };
    for (const time of p.times) {
      const row: MarMonthRow = { ...base, scheduledTime: time, days: [], totals: zero(), due: 0 };
      for (let n = 1; n <= days; n++) {
        const d = dayOf(n);
        const record = mine.find((a) => a.date === d && a.scheduledTime === time);
        if (record) row.totals[record.status] += 1;
        const due = inForce(p, d) && d <= today;
        if (due) row.due += 1;
        row.days.push(record ? record.status : due ? 'due' : null);
      }
      for (const s of STATUSES) totals[s] += row.totals[s];
      totals.due += row.due;
      totals.notRecorded += row.days.filter((c) => c === 'due').length;
      rows.push(row);
    }
    if (p.prn) {
      const row: MarMonthRow = { ...base, scheduledTime: null, days: [], totals: zero(), due: 0 };
      for (let n = 1; n <= days; n++) {
        const given = mine.filter((a) => a.date === dayOf(n) && a.scheduledTime === null && a.status === 'given').length;
        row.days.push(given ? String(given) : null);
        for (const a of mine.filter((x) => x.date === dayOf(n) && x.scheduledTime === null)) row.totals[a.status] += 1;
      }
      totals.prnGiven += row.totals.given;
      rows.push(row);
    }
  }
  return {
    residentId: resident.id,
    fullName: resident.fullName,
    registrationNo: resident.registrationNo,
    allergies: resident.allergies,
    month: input.month,
    daysInMonth: days,
    rows,
    totals,
  };
}

export { administrations as queryAdministrations, toEntry as toMarEntry };
