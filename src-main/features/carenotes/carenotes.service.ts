import { and, asc, desc, eq, gte, isNull, lte, notInArray, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { CareDay, CareNote, CareNoteInput, Incident, IncidentFollowUpInput, IncidentInput } from '../../contract';
import type { AppDb } from '../../db/client';
import { careNotes, incidents, residents, users } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { AppError, fieldError, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { assertNotFuture, homeToday } from '../homes/home-clock';
import { loadResident } from '../residents/residents.service';

const noteColumns = {
  id: careNotes.id,
  residentId: careNotes.residentId,
  residentName: residents.fullName,
  room: residents.room,
  notedOn: careNotes.notedOn,
  notedTime: careNotes.notedTime,
  shift: careNotes.shift,
  category: careNotes.category,
  note: careNotes.note,
  recordedBy: users.fullName,
  recordedAt: careNotes.recordedAt,
};

const incidentColumns = {
  id: incidents.id,
  residentId: incidents.residentId,
  residentName: residents.fullName,
  room: residents.room,
  occurredOn: incidents.occurredOn,
  occurredTime: incidents.occurredTime,
  severity: incidents.severity,
  description: incidents.description,
  actionTaken: incidents.actionTaken,
  followUp: incidents.followUp,
  followUpDue: incidents.followUpDue,
  resolvedOn: incidents.resolvedOn,
  recordedBy: users.fullName,
  recordedAt: incidents.recordedAt,
};

const notesQuery = (db: AppDb) =>
  db.select(noteColumns).from(careNotes).innerJoin(residents, eq(residents.id, careNotes.residentId)).leftJoin(users, eq(users.id, careNotes.recordedBy));
const incidentsQuery = (db: AppDb) =>
  db.select(incidentColumns).from(incidents).innerJoin(residents, eq(residents.id, incidents.residentId)).leftJoin(users, eq(users.id, incidents.recordedBy));

const asNote = (r: Record<string, unknown>) => r as unknown as CareNote;
const asIncident = (r: Record<string, unknown>) => r as unknown as Incident;

/** Notes are written about residents in the home on that day, never about the future. */
function assertDateFits(today: string, resident: { admissionDate: string; exitDate: string | null; status: string }, date: string, field: string): void {
  if (date > today) throw fieldError(field, 'Tanggal tidak boleh di masa depan');
  if (date < resident.admissionDate) throw fieldError(field, 'Tanggal sebelum penerima manfaat masuk panti');
  if (resident.exitDate && date > resident.exitDate) throw fieldError(field, 'Tanggal sesudah penerima manfaat keluar panti');
}

/** Care notes are append-only: a correction is a new note, so what a shift wrote stays as written. */
export function addCareNote(db: AppDb, actor: Actor, input: z.output<typeof CareNoteInput>): CareNote {
  return db.transaction((tx) => {
    const resident = loadResident(tx, actor, input.residentId);
    assertDateFits(homeToday(tx, actor), resident, input.notedOn, 'notedOn');
    const row = tx.insert(careNotes).values({ ...input, homeId: resident.homeId, recordedBy: actor.userId }).returning().get();
    recordAudit(tx, actor, { entity: 'care-note', entityId: row.id, action: 'create', after: row });
    return asNote(notesQuery(tx).where(eq(careNotes.id, row.id)).get()!);
  });
}

export function addIncident(db: AppDb, actor: Actor, input: z.output<typeof IncidentInput>): Incident {
  return db.transaction((tx) => {
    const resident = loadResident(tx, actor, input.residentId);
    assertDateFits(homeToday(tx, actor), resident, input.occurredOn, 'occurredOn');
    if (input.followUpDue && input.followUpDue < input.occurredOn) throw fieldError('followUpDue', 'Batas tindak lanjut sebelum tanggal kejadian');
    const row = tx.insert(incidents).values({ ...input, homeId: resident.homeId, recordedBy: actor.userId }).returning().get();
    recordAudit(tx, actor, { entity: 'incident', entityId: row.id, action: 'create', after: row });
    return asIncident(incidentsQuery(tx).where(eq(incidents.id, row.id)).get()!);
  });
}

export function followUpIncident(db: AppDb, actor: Actor, input: z.output<typeof IncidentFollowUpInput>): Incident {
  const homeId = requireHome(actor);
  return db.transaction((tx) => {
    const before = tx.select().from(incidents).where(and(eq(incidents.id, input.id), eq(incidents.homeId, homeId))).get();
    if (!before) throw notFound('Insiden');
    if (before.resolvedOn) throw new AppError('CONFLICT', 'Insiden ini sudah selesai ditangani');
    if (input.resolvedOn && input.resolvedOn < before.occurredOn) throw fieldError('resolvedOn', 'Tanggal selesai sebelum tanggal kejadian');
    if (input.resolvedOn) assertNotFuture(tx, actor, input.resolvedOn, 'resolvedOn');
    const after = tx
      .update(incidents)
      .set({ followUp: input.followUp, followUpDue: input.followUpDue, resolvedOn: input.resolvedOn })
      .where(eq(incidents.id, input.id))
      .returning()
      .get();
    recordAudit(tx, actor, { entity: 'incident', entityId: input.id, action: input.resolvedOn ? 'resolve' : 'follow-up', before, after });
    return asIncident(incidentsQuery(tx).where(eq(incidents.id, input.id)).get()!);
  });
}

export function notesForResident(db: AppDb, actor: Actor, input: { residentId: number; from?: string; to?: string }) {
  loadResident(db, actor, input.residentId);
  const noteWhere: SQL[] = [eq(careNotes.residentId, input.residentId)];
  const incidentWhere: SQL[] = [eq(incidents.residentId, input.residentId)];
  if (input.from) {
    noteWhere.push(gte(careNotes.notedOn, input.from));
    incidentWhere.push(gte(incidents.occurredOn, input.from));
  }
  if (input.to) {
    noteWhere.push(lte(careNotes.notedOn, input.to));
    incidentWhere.push(lte(incidents.occurredOn, input.to));
  }
  return {
    notes: notesQuery(db).where(and(...noteWhere)).orderBy(desc(careNotes.notedOn), desc(careNotes.id)).limit(500).all().map(asNote),
    incidents: incidentsQuery(db).where(and(...incidentWhere)).orderBy(desc(incidents.occurredOn), desc(incidents.id)).limit(200).all().map(asIncident),
  };
}

/** One day (optionally one shift) across all residents: what was written, and who has no note yet. */
export function careDay(db: AppDb, actor: Actor, input: { date: string; shift?: CareNote['shift'] }): CareDay {
  const homeId = requireHome(actor);
  const noteWhere: SQL[] = [eq(careNotes.homeId, homeId), eq(careNotes.notedOn, input.date)];
  if (input.shift) noteWhere.push(eq(careNotes.shift, input.shift));
  const notes = notesQuery(db).where(and(...noteWhere)).orderBy(asc(residents.nameKey), asc(careNotes.id)).all().map(asNote);
  const dayIncidents = incidentsQuery(db)
    .where(and(eq(incidents.homeId, homeId), eq(incidents.occurredOn, input.date)))
    .orderBy(asc(incidents.occurredTime), asc(incidents.id))
    .all()
    .map(asIncident);
  const seen = [...new Set(notes.map((n) => n.residentId))];
  const present = and(
    eq(residents.homeId, homeId),
    lte(residents.admissionDate, input.date),
    sql`(${residents.status} = 'active' or ${residents.exitDate} >= ${input.date})`,
    seen.length ? notInArray(residents.id, seen) : undefined,
  );
  const residentsWithoutNote = db
    .select({ id: residents.id, fullName: residents.fullName, room: residents.room })
    .from(residents)
    .where(present)
    .orderBy(asc(residents.room), asc(residents.nameKey))
    .all();
  return { date: input.date, shift: input.shift ?? null, notes, incidents: dayIncidents, residentsWithoutNote };
}

export function openIncidents(db: AppDb, actor: Actor): Incident[] {
  const homeId = requireHome(actor);
  return incidentsQuery(db)
    .where(and(eq(incidents.homeId, homeId), isNull(incidents.resolvedOn)))
    .orderBy(desc(incidents.occurredOn))
    .limit(200)
    .all()
    .map(asIncident);
}
