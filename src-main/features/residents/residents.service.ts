import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DuplicateMatch, ResidentDetail, ResidentInput, Role, SensitiveField } from '../../contract';
import { HIDDEN_FIELDS_BY_ROLE, nameKey, nikWarnings } from '../../contract';
import type { AppDb } from '../../db/client';
import { homes, residentGuardians, residents, residentStatusChanges } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { AppError, notFound } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { enterFirstStage } from '../casefile/stages.service';
import { pendingExitOf } from './residents-status.service';

export type ResidentValues = z.output<typeof ResidentInput>;
type ResidentRecord = typeof residents.$inferSelect;

export const hiddenFieldsFor = (role: Role): SensitiveField[] => HIDDEN_FIELDS_BY_ROLE[role];

/** Loads a resident of the actor's active home, or fails with NOT_FOUND (other homes' residents do not exist for them). */
export function loadResident(db: AppDb, actor: Actor, id: number): ResidentRecord {
  const homeId = requireHome(actor);
  const row = db.select().from(residents).where(and(eq(residents.id, id), eq(residents.homeId, homeId))).get();
  if (!row) throw notFound('Penerima manfaat');
  return row;
}

export function toDetail(db: AppDb, actor: Actor, row: ResidentRecord): ResidentDetail {
  const hidden = hiddenFieldsFor(actor.role);
  const guardians = db
    .select()
    .from(residentGuardians)
    .where(eq(residentGuardians.residentId, row.id))
    .orderBy(asc(residentGuardians.position))
    .all()
    .map((g) => ({ id: g.id, name: g.name, relationship: g.relationship, phone: g.phone, address: g.address, isPrimary: g.isPrimary }));
  const { nameKey: _key, createdBy: _by, ...rest } = row;
  return {
    ...rest,
    sex: row.sex as 'L' | 'P',
    status: row.status as ResidentDetail['status'],
    exitType: row.exitType as ResidentDetail['exitType'],
    healthNotes: hidden.includes('healthNotes') ? null : row.healthNotes,
    hivStatus: hidden.includes('hivStatus') ? null : row.hivStatus,
    criminalHistory: hidden.includes('criminalHistory') ? null : row.criminalHistory,
    hiddenFields: hidden,
    guardians,
    pendingExit: pendingExitOf(db, row.id),
    nikWarnings: nikWarnings(row.nik, row.birthDate, row.sex as 'L' | 'P'),
  };
}

/** Opening a file is itself recorded: who looked at whose data, and when. */
export function getResident(db: AppDb, actor: Actor, id: number): ResidentDetail {
  const row = loadResident(db, actor, id);
  recordAudit(db, actor, { entity: 'resident', entityId: id, action: 'view' });
  return toDetail(db, actor, row);
}

function match(row: { id: number; registrationNo: string; fullName: string; birthDate: string | null; status: string; homeId: number; homeName: string | null }): DuplicateMatch {
  return { ...row, status: row.status as DuplicateMatch['status'], homeName: row.homeName ?? '' };
}

const matchColumns = {
  id: residents.id,
  registrationNo: residents.registrationNo,
  fullName: residents.fullName,
  birthDate: residents.birthDate,
  status: residents.status,
  homeId: residents.homeId,
  homeName: homes.name,
};

/** The same NIK in this home (refused), and similar names with the same birth date (warned). */
export function findDuplicates(
  db: AppDb,
  homeId: number,
  input: { nik?: string | null; fullName: string; birthDate?: string | null; excludeId?: number },
): { nikMatch: DuplicateMatch | null; similar: DuplicateMatch[] } {
  const exclude = input.excludeId ?? -1;
  const nik = input.nik?.replace(/\s+/g, '') || null;
  const nikRow = nik
    ? db
        .select(matchColumns)
        .from(residents)
        .innerJoin(homes, eq(homes.id, residents.homeId))
        .where(and(eq(residents.homeId, homeId), eq(residents.nik, nik), sql`${residents.id} <> ${exclude}`))
        .get()
    : undefined;
  let similar: DuplicateMatch[] = [];
  const key = nameKey(input.fullName);
  if (input.birthDate && key.length >= 3) {
    const candidates = db
      .select({ ...matchColumns, nameKey: residents.nameKey })
      .from(residents)
      .innerJoin(homes, eq(homes.id, residents.homeId))
      .where(and(eq(residents.homeId, homeId), eq(residents.birthDate, input.birthDate), sql`${residents.id} <> ${exclude}`))
      .all();
    similar = candidates.filter((c) => namesAreSimilar(key, c.nameKey) && c.id !== nikRow?.id).map(match);
  }
  return { nikMatch: nikRow ? match(nikRow) : null, similar };
}

/** Same words in another order, one name inside the other, or a small spelling difference. */
export function namesAreSimilar(a: string, b: string): boolean {
  if (a === b) return true;
  const wordsA = a.split(' ').sort().join(' ');
  const wordsB = b.split(' ').sort().join(' ');
  if (wordsA === wordsB) return true;
  if (a.length >= 4 && b.length >= 4 && (a.includes(b) || b.includes(a))) return true;
  return editDistance(wordsA, wordsB) <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 6));
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

function assertNoDuplicates(db: AppDb, homeId: number, values: ResidentValues, acknowledgeSimilar: boolean, excludeId?: number): void {
  const found = findDuplicates(db, homeId, { nik: values.nik, fullName: values.fullName, birthDate: values.birthDate, excludeId });
  if (found.nikMatch) {
    const m = found.nikMatch;
    throw new AppError('CONFLICT', `NIK ini sudah terdaftar atas nama ${m.fullName} (${m.registrationNo})`, { nik: `NIK sudah terdaftar: ${m.fullName} (${m.registrationNo})` }, { nikMatch: m });
  }
  if (found.similar.length > 0 && !acknowledgeSimilar) {
    throw new AppError(
      'CONFLICT',
      `Ada ${found.similar.length} penerima manfaat dengan nama mirip dan tanggal lahir sama. Periksa dulu; bila memang orang berbeda, simpan lagi.`,
      undefined,
      { similar: found.similar },
    );
  }
}

function assertConsistent(values: ResidentValues): void {
  if (values.pmksCategory === 23 && values.sex !== 'P') {
    throw new AppError('VALIDATION', 'Kategori PMKS 23 hanya untuk perempuan', { pmksCategory: 'Kategori PMKS 23 hanya untuk perempuan' });
  }
  if (values.birthDate && values.birthDate > values.admissionDate) {
    throw new AppError('VALIDATION', 'Tanggal masuk tidak boleh sebelum tanggal lahir', { admissionDate: 'Tanggal masuk tidak boleh sebelum tanggal lahir' });
  }
  if (values.disabilityType === 'none' && values.disabilityDegree) values.disabilityDegree = null;
}

function columnsOf(values: ResidentValues) {
  const { guardians: _g, ...fields } = values;
  return { ...fields, nameKey: nameKey(values.fullName) };
}

function writeGuardians(db: AppDb, residentId: number, guardians: ResidentValues['guardians']): void {
  db.delete(residentGuardians).where(eq(residentGuardians.residentId, residentId)).run();
  guardians.forEach((g, position) => {
    db.insert(residentGuardians)
      .values({ residentId, name: g.name, relationship: g.relationship, phone: g.phone ?? null, address: g.address ?? null, isPrimary: g.isPrimary, position })
      .run();
  });
}

/** The next registration number of the home for the admission year: PM-2026-0001, PM-2026-0002, … */
function nextRegistrationNo(db: AppDb, homeId: number, admissionDate: string): string {
  const prefix = `PM-${admissionDate.slice(0, 4)}-`;
  const last = db
    .select({ no: residents.registrationNo })
    .from(residents)
    .where(and(eq(residents.homeId, homeId), like(residents.registrationNo, `${prefix}%`)))
    .orderBy(sql`${residents.registrationNo} desc`)
    .limit(1)
    .get();
  const next = last ? Number(last.no.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(next).padStart(4, '0')}`;
}

export function createResident(db: AppDb, actor: Actor, values: ResidentValues, acknowledgeSimilar: boolean, extra: { applicationId?: number } = {}): ResidentDetail {
  const homeId = requireHome(actor);
  assertConsistent(values);
  return db.transaction((tx) => {
    assertNoDuplicates(tx, homeId, values, acknowledgeSimilar);
    const row = tx
      .insert(residents)
      .values({
        ...columnsOf(values),
        homeId,
        registrationNo: nextRegistrationNo(tx, homeId, values.admissionDate),
        applicationId: extra.applicationId ?? null,
        createdBy: actor.userId,
      })
      .returning()
      .get();
    writeGuardians(tx, row.id, values.guardians);
    tx.insert(residentStatusChanges)
      .values({ homeId, residentId: row.id, fromStatus: null, toStatus: 'active', effectiveDate: values.admissionDate, reason: 'Penerimaan', requestedBy: actor.userId, decidedBy: actor.userId, decidedAt: nowIso() })
      .run();
    enterFirstStage(tx, actor, homeId, row.id, values.admissionDate);
    const { photoDataUrl: _p, ...audited } = row;
    recordAudit(tx, actor, { entity: 'resident', entityId: row.id, action: 'create', after: { ...audited, guardians: values.guardians } });
    return toDetail(tx, actor, row);
  });
}

export function updateResident(db: AppDb, actor: Actor, id: number, values: ResidentValues, acknowledgeSimilar: boolean): ResidentDetail {
  assertConsistent(values);
  return db.transaction((tx) => {
    const before = loadResident(tx, actor, id);
    assertNoDuplicates(tx, before.homeId, values, acknowledgeSimilar, id);
    const beforeGuardians = tx.select().from(residentGuardians).where(eq(residentGuardians.residentId, id)).all();
    // A field the role may not see is not the role's to change: keep what is stored.
    const kept = Object.fromEntries(hiddenFieldsFor(actor.role).map((field) => [field, before[field]]));
    const after = tx
      .update(residents)
      .set({ ...columnsOf(values), ...kept, updatedAt: nowIso() })
      .where(eq(residents.id, id))
      .returning()
      .get();
    writeGuardians(tx, id, values.guardians);
    const strip = ({ photoDataUrl: _p, nameKey: _k, ...r }: ResidentRecord) => r;
    recordAudit(tx, actor, {
      entity: 'resident',
      entityId: id,
      action: 'update',
      before: { ...strip(before), photoChanged: before.photoDataUrl !== after.photoDataUrl, guardians: beforeGuardians },
      after: { ...strip(after), guardians: values.guardians },
    });
    return toDetail(tx, actor, after);
  });
}
