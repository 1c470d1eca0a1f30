import { and, asc, eq } from 'drizzle-orm';
import type { Criteria, CriterionResult, ScoreItem, ScoreItemsInput } from '../../contract';
import { DISABILITY_LABELS, DOCUMENT_TYPE_LABELS, PMKS_CATEGORIES, SCORE_MAX, SEX_LABELS } from '../../contract';
import type { z } from 'zod';
import type { AppDb } from '../../db/client';
import { intakeCriteria, intakeScoreItems } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { ageOn } from '../residents/residents-list.service';

/** What the criteria look at in an applicant. */
export interface CriteriaSubject {
  birthDate: string | null;
  sex: 'L' | 'P';
  pmksCategory: number;
  disabilityType: string;
  /** Document types on file (not removed). */
  documentTypes: string[];
}

export const NO_CRITERIA: Criteria = { minAge: null, maxAge: null, sexes: [], pmksCategories: [], disabilityTypes: [], requiredDocuments: [] };

const list = <T>(values: T[], label: (v: T) => string) => values.map(label).join(', ');

/**
 * Each admission criterion, passed or not, with the reason in words. Age is counted on `asOf` (the application
 * date); an unknown birth date fails the age criterion when there is one (the committee needs it to decide).
 */
export function evaluateCriteria(criteria: Criteria, subject: CriteriaSubject, asOf: string): CriterionResult[] {
  const results: CriterionResult[] = [];
  const age = ageOn(subject.birthDate, asOf);
  const { minAge, maxAge } = criteria;
  if (minAge != null || maxAge != null) {
    const range = minAge != null && maxAge != null ? `${minAge}–${maxAge} tahun` : minAge != null ? `paling rendah ${minAge} tahun` : `paling tinggi ${maxAge} tahun`;
    if (age == null) results.push({ key: 'age', label: 'Umur', pass: false, reason: `Tanggal lahir belum diisi; umur yang diterima ${range}` });
    else if (minAge != null && age < minAge) results.push({ key: 'age', label: 'Umur', pass: false, reason: `Umur ${age} tahun di bawah batas (${range})` });
    else if (maxAge != null && age > maxAge) results.push({ key: 'age', label: 'Umur', pass: false, reason: `Umur ${age} tahun di atas batas (${range})` });
    else results.push({ key: 'age', label: 'Umur', pass: true, reason: `Umur ${age} tahun, dalam batas ${range}` });
  }
  if (criteria.sexes.length > 0) {
    const pass = criteria.sexes.includes(subject.sex);
    const accepted = list(criteria.sexes, (s) => SEX_LABELS[s]);
    results.push({ key: 'sex', label: 'Jenis kelamin', pass, reason: pass ? `${SEX_LABELS[subject.sex]} diterima` : `${SEX_LABELS[subject.sex]} tidak diterima (hanya ${accepted})` });
  }
  if (criteria.pmksCategories.length > 0) {
    const pass = criteria.pmksCategories.includes(subject.pmksCategory);
    const name = `${subject.pmksCategory}. ${PMKS_CATEGORIES[subject.pmksCategory] ?? ''}`;
    results.push({ key: 'pmks', label: 'Kategori PMKS', pass, reason: pass ? `${name} termasuk yang dilayani` : `${name} bukan kategori yang dilayani panti ini` });
  }
  if (criteria.disabilityTypes.length > 0) {
    const pass = (criteria.disabilityTypes as string[]).includes(subject.disabilityType);
    const name = DISABILITY_LABELS[subject.disabilityType as keyof typeof DISABILITY_LABELS] ?? subject.disabilityType;
    results.push({ key: 'disability', label: 'Jenis disabilitas', pass, reason: pass ? `${name}: diterima` : `${name}: tidak termasuk yang diterima (${list(criteria.disabilityTypes, (d) => DISABILITY_LABELS[d])})` });
  }
  if (criteria.requiredDocuments.length > 0) {
    const missing = criteria.requiredDocuments.filter((d) => !subject.documentTypes.includes(d));
    results.push({
      key: 'documents',
      label: 'Dokumen wajib',
      pass: missing.length === 0,
      reason: missing.length === 0 ? 'Semua dokumen wajib sudah ada' : `Belum ada: ${list(missing, (d) => DOCUMENT_TYPE_LABELS[d])}`,
    });
  }
  return results;
}

const parse = <T>(json: string): T[] => JSON.parse(json) as T[];

export function loadCriteria(db: AppDb, homeId: number): Criteria {
  const row = db.select().from(intakeCriteria).where(eq(intakeCriteria.homeId, homeId)).get();
  if (!row) return NO_CRITERIA;
  return {
    minAge: row.minAge,
    maxAge: row.maxAge,
    sexes: parse(row.sexes),
    pmksCategories: parse(row.pmksCategories),
    disabilityTypes: parse(row.disabilityTypes),
    requiredDocuments: parse(row.requiredDocuments),
  };
}

export function getCriteria(db: AppDb, actor: Actor): Criteria {
  return loadCriteria(db, requireHome(actor));
}

export function saveCriteria(db: AppDb, actor: Actor, input: Criteria): Criteria {
  const homeId = requireHome(actor);
  return db.transaction((tx) => {
    const before = loadCriteria(tx, homeId);
    const values = {
      minAge: input.minAge,
      maxAge: input.maxAge,
      sexes: JSON.stringify(input.sexes),
      pmksCategories: JSON.stringify([...input.pmksCategories].sort((a, b) => a - b)),
      disabilityTypes: JSON.stringify(input.disabilityTypes),
      requiredDocuments: JSON.stringify(input.requiredDocuments),
      updatedBy: actor.userId,
      updatedAt: nowIso(),
    };
    tx.insert(intakeCriteria).values({ homeId, ...values }).onConflictDoUpdate({ target: intakeCriteria.homeId, set: values }).run();
    const after = loadCriteria(tx, homeId);
    recordAudit(tx, actor, { entity: 'intake-criteria', entityId: homeId, action: 'update', before, after });
    return after;
  });
}

const toItem = (r: typeof intakeScoreItems.$inferSelect): ScoreItem => ({ id: r.id, name: r.name, description: r.description, weight: r.weight, active: r.active });

export function listScoreItems(db: AppDb, actor: Actor, activeOnly = false): ScoreItem[] {
  const homeId = requireHome(actor);
  const where = activeOnly ? and(eq(intakeScoreItems.homeId, homeId), eq(intakeScoreItems.active, true)) : eq(intakeScoreItems.homeId, homeId);
  return db.select().from(intakeScoreItems).where(where).orderBy(asc(intakeScoreItems.active), asc(intakeScoreItems.position), asc(intakeScoreItems.id)).all().map(toItem).sort((a, b) => Number(b.active) - Number(a.active));
}

/** Saves the scoring form: items listed are kept in that order; items left out are retired (old assessments keep them). */
export function saveScoreItems(db: AppDb, actor: Actor, input: z.output<typeof ScoreItemsInput>): ScoreItem[] {
  const homeId = requireHome(actor);
  return db.transaction((tx) => {
    const before = listScoreItems(tx, actor);
    const kept = new Set<number>();
    input.items.forEach((item, position) => {
      const values = { name: item.name, description: item.description, weight: item.weight, position, active: true };
      if (item.id && before.some((b) => b.id === item.id)) {
        tx.update(intakeScoreItems).set(values).where(eq(intakeScoreItems.id, item.id)).run();
        kept.add(item.id);
      } else {
        tx.insert(intakeScoreItems).values({ homeId, ...values }).run();
      }
    });
    for (const old of before) if (old.active && !kept.has(old.id)) tx.update(intakeScoreItems).set({ active: false }).where(eq(intakeScoreItems.id, old.id)).run();
    const after = listScoreItems(tx, actor);
    recordAudit(tx, actor, { entity: 'intake-score-items', entityId: homeId, action: 'update', before, after });
    return after;
  });
}

/** The weighted score on 0–100 (one decimal): Σ weight × value ÷ Σ weight × 5 × 100. */
export function computeScore(scores: { weight: number; value: number }[]): number {
  const max = scores.reduce((n, s) => n + s.weight * SCORE_MAX, 0);
  if (max === 0) return 0;
  const got = scores.reduce((n, s) => n + s.weight * s.value, 0);
  return Math.round((got / max) * 1000) / 10;
}
