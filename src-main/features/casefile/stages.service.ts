import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { RehabStage, StagesSaveInput } from '../../contract';
import { CHILDREN_HOME_TYPES, CHILDREN_STAGES, DEFAULT_STAGES } from '../../contract';
import type { AppDb } from '../../db/client';
import { homes, rehabStages, residents, residentStages } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { AppError, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';

type StageRecord = typeof rehabStages.$inferSelect;

/** The stages a new home starts with: children's homes follow the care sequence, the others the rehabilitation one. */
export function defaultStagesFor(homeType: string): string[] {
  return CHILDREN_HOME_TYPES.has(homeType) ? CHILDREN_STAGES : DEFAULT_STAGES;
}

/** The home's stages in order, seeding them from the home type's defaults the first time they are needed. */
export function ensureStages(db: AppDb, actor: Actor, homeId: number): StageRecord[] {
  const existing = db.select().from(rehabStages).where(eq(rehabStages.homeId, homeId)).orderBy(asc(rehabStages.position), asc(rehabStages.id)).all();
  if (existing.length > 0) return existing;
  const home = db.select({ type: homes.type }).from(homes).where(eq(homes.id, homeId)).get();
  if (!home) throw notFound('Panti');
  const seeded = defaultStagesFor(home.type).map((name, i) =>
    db.insert(rehabStages).values({ homeId, position: i + 1, name, active: true }).returning().get(),
  );
  recordAudit(db, actor, {
    entity: 'rehab-stage',
    action: 'seed',
    homeId,
    after: { homeType: home.type, stages: seeded.map((s) => ({ id: s.id, position: s.position, name: s.name })) },
  });
  return seeded;
}

function toStages(db: AppDb, rows: StageRecord[]): RehabStage[] {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const used = new Set(
    db.selectDistinct({ stageId: residentStages.stageId }).from(residentStages).where(inArray(residentStages.stageId, ids)).all().map((r) => r.stageId),
  );
  const current = new Map(
    db
      .select({ stageId: residentStages.stageId, n: sql<number>`count(*)` })
      .from(residentStages)
      .innerJoin(residents, eq(residents.id, residentStages.residentId))
      .where(and(inArray(residentStages.stageId, ids), isNull(residentStages.endedOn), eq(residents.status, 'active')))
      .groupBy(residentStages.stageId)
      .all()
      .map((r) => [r.stageId, r.n]),
  );
  return rows.map((r) => ({ id: r.id, position: r.position, name: r.name, active: r.active, inUse: used.has(r.id), currentResidents: current.get(r.id) ?? 0 }));
}

export function listStages(db: AppDb, actor: Actor): RehabStage[] {
  const homeId = requireHome(actor);
  return db.transaction((tx) => toStages(tx, ensureStages(tx, actor, homeId)));
}

/** A stage of the actor's home (active or not), or undefined. */
export function findStage(db: AppDb, homeId: number, stageId: number): StageRecord | undefined {
  return db.select().from(rehabStages).where(and(eq(rehabStages.id, stageId), eq(rehabStages.homeId, homeId))).get();
}

const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Saves the full ordered list: rename, reorder, add, deactivate; a stage left out is deleted unless a resident has used it. */
export function saveStages(db: AppDb, actor: Actor, input: z.output<typeof StagesSaveInput>): RehabStage[] {
  const homeId = requireHome(actor);
  return db.transaction((tx) => {
    const existing = new Map(ensureStages(tx, actor, homeId).map((s) => [s.id, s]));
    const fieldErrors: Record<string, string> = {};
    const seenIds = new Set<number>();
    const seenNames = new Map<string, number>();
    input.stages.forEach((s, i) => {
      if (s.id !== undefined) {
        if (!existing.has(s.id) || seenIds.has(s.id)) fieldErrors[`stages.${i}.name`] = 'Tahap ini tidak ditemukan di panti ini';
        seenIds.add(s.id);
      }
      const key = nameKey(s.name);
      if (seenNames.has(key)) fieldErrors[`stages.${i}.name`] = `Nama tahap "${s.name}" sudah dipakai`;
      else seenNames.set(key, i);
    });
    if (Object.keys(fieldErrors).length > 0) throw new AppError('VALIDATION', Object.values(fieldErrors)[0]!, fieldErrors);
    if (!input.stages.some((s) => s.active)) {
      throw new AppError('VALIDATION', 'Paling sedikit satu tahap harus aktif: penerima manfaat baru masuk ke tahap aktif pertama');
    }

    const removed = [...existing.values()].filter((s) => !seenIds.has(s.id));
    for (const stage of removed) {
      const used = tx.select({ id: residentStages.id }).from(residentStages).where(eq(residentStages.stageId, stage.id)).limit(1).get();
      if (used) {
        throw new AppError('CONFLICT', `Tahap "${stage.name}" sudah dipakai dalam riwayat penerima manfaat sehingga tidak dapat dihapus. Nonaktifkan saja.`, undefined, {
          stageId: stage.id,
        });
      }
      tx.delete(rehabStages).where(eq(rehabStages.id, stage.id)).run();
      recordAudit(tx, actor, { entity: 'rehab-stage', entityId: stage.id, action: 'delete', before: stage });
    }

    input.stages.forEach((s, i) => {
      const position = i + 1;
      const before = s.id === undefined ? undefined : existing.get(s.id)!;
      if (!before) {
        const row = tx.insert(rehabStages).values({ homeId, position, name: s.name, active: s.active }).returning().get();
        recordAudit(tx, actor, { entity: 'rehab-stage', entityId: row.id, action: 'create', after: row });
        return;
      }
      if (before.name === s.name && before.active === s.active && before.position === position) return;
      const after = tx.update(rehabStages).set({ name: s.name, active: s.active, position }).where(eq(rehabStages.id, before.id)).returning().get();
      recordAudit(tx, actor, { entity: 'rehab-stage', entityId: before.id, action: 'update', before, after });
    });
    return toStages(tx, ensureStages(tx, actor, homeId));
  });
}

/**
 * A newly registered resident enters the home's first active stage on the admission date.
 * Call inside the registration's transaction.
 */
export function enterFirstStage(tx: AppDb, actor: Actor, homeId: number, residentId: number, admissionDate: string, note = 'Otomatis saat registrasi'): void {
  const first = ensureStages(tx, actor, homeId).find((s) => s.active);
  if (!first) return;
  const row = tx
    .insert(residentStages)
    .values({ residentId, stageId: first.id, startedOn: admissionDate, note, recordedBy: actor.userId })
    .returning()
    .get();
  recordAudit(tx, actor, { entity: 'resident-stage', entityId: row.id, action: 'create', homeId, after: { ...row, stageName: first.name } });
}

/** An exit (discharge, death) ends the stage the resident was in on the exit date. Call inside its transaction. */
export function closeOpenStage(tx: AppDb, actor: Actor, residentId: number, endedOn: string): void {
  const open = tx
    .select()
    .from(residentStages)
    .where(and(eq(residentStages.residentId, residentId), isNull(residentStages.endedOn)))
    .get();
  if (!open) return;
  const after = tx
    .update(residentStages)
    .set({ endedOn: endedOn < open.startedOn ? open.startedOn : endedOn })
    .where(eq(residentStages.id, open.id))
    .returning()
    .get();
  recordAudit(tx, actor, { entity: 'resident-stage', entityId: open.id, action: 'close', before: open, after });
}
