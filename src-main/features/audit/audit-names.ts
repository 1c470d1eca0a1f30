import { sql, type SQL } from 'drizzle-orm';
import type { AuditRecordRef, AuditRow } from '../../contract';
import type { AppDb } from '../../db/client';

/**
 * The audit log stores an entity kind and an id; people read names. For each kind this resolves the record's
 * human name (a resident's name, an account's code and name, a purchase's supplier and date) and where it can
 * be opened (`ref`: a page kind and id the renderer turns into a link). Kinds without a record of their own
 * (settings, a report) have no name; the screen then shows the kind alone. Ids are resolved in one query per kind.
 */
interface Resolved {
  name: string | null;
  refKind: AuditRecordRef['kind'] | null;
  refId: number | null;
}

const resident = (column: string) => `(SELECT full_name FROM residents WHERE id = ${column})`;

/** name: SQL expression over alias t; ref: the page it opens (kind, id expression); refKind: a kind computed per row. */
const KINDS: Record<string, { table: string; name: string; ref?: [AuditRecordRef['kind'] | 'exit', string]; refKind?: string }> = {
  resident: { table: 'residents', name: 't.full_name', ref: ['resident', 't.id'] },
  casefile: { table: 'residents', name: 't.full_name', ref: ['resident', 't.id'] },
  user: { table: 'users', name: "t.full_name || ' (' || t.username || ')'", ref: ['user', 't.id'] },
  home: { table: 'homes', name: 't.name' },
  'resident-document': { table: 'resident_documents', name: `t.title || ' · ' || ${resident('t.resident_id')}`, ref: ['resident', 't.resident_id'] },
  'resident-stage': { table: 'resident_stages', name: resident('t.resident_id'), ref: ['resident', 't.resident_id'] },
  'rehab-stage': { table: 'rehab_stages', name: 't.name' },
  assessment: { table: 'assessments', name: resident('t.resident_id'), ref: ['resident', 't.resident_id'] },
  'intervention-plan': { table: 'intervention_plans', name: resident('t.resident_id'), ref: ['resident', 't.resident_id'] },
  'plan-goal': { table: 'plan_goals', name: `t.goal || ' · ' || (SELECT ${resident('p.resident_id')} FROM intervention_plans p WHERE p.id = t.plan_id)`, ref: ['resident', '(SELECT resident_id FROM intervention_plans p WHERE p.id = t.plan_id)'] },
  'care-note': { table: 'care_notes', name: resident('t.resident_id'), ref: ['resident', 't.resident_id'] },
  incident: { table: 'incidents', name: resident('t.resident_id'), ref: ['resident', 't.resident_id'] },
  'resident-exit': { table: 'resident_exits', name: resident('t.resident_id'), ref: ['exit', 't.id'], refKind: "CASE t.kind WHEN 'death' THEN 'funeral' ELSE 'repatriation' END" },
  'exit-cost': {
    table: 'exit_cost_items',
    name: `t.description || ' · ' || (SELECT ${resident('e.resident_id')} FROM resident_exits e WHERE e.id = t.exit_id)`,
    ref: ['exit', 't.exit_id'],
    refKind: "(SELECT CASE e.kind WHEN 'death' THEN 'funeral' ELSE 'repatriation' END FROM resident_exits e WHERE e.id = t.exit_id)",
  },
  'intake-application': { table: 'intake_applications', name: "t.full_name || ' (' || t.application_no || ')'", ref: ['application', 't.id'] },
  'intake-document': { table: 'intake_documents', name: "t.title || ' · ' || (SELECT full_name FROM intake_applications a WHERE a.id = t.application_id)", ref: ['application', 't.application_id'] },
  'intake-decision': { table: 'intake_decisions', name: '(SELECT full_name FROM intake_applications a WHERE a.id = t.application_id)', ref: ['round', 't.round_id'] },
  'intake-round': { table: 'intake_rounds', name: 't.name', ref: ['round', 't.id'] },
  'budget-year': { table: 'budget_years', name: "'TA ' || t.year" },
  'budget-activity': { table: 'budget_activities', name: "t.code || ' ' || t.name" },
  'budget-account': { table: 'budget_accounts', name: "t.code || ' ' || t.name" },
  'budget-line': { table: 'budget_lines', name: "(SELECT a.code || ' ' || coalesce(t.account_name, a.name) FROM budget_accounts a WHERE a.id = t.account_id) || ' · TA ' || (SELECT y.year FROM budget_years y WHERE y.id = t.year_id)" },
  spending: { table: 'spending', name: 't.description', ref: ['spending', 't.id'] },
  food_purchase: { table: 'food_purchases', name: 't.supplier', ref: ['meal_purchase', 't.id'] },
  meal_menu: { table: 'meal_menus', name: 't.date' },
  meal_service: { table: 'meal_services', name: 't.date' },
  meal_cost_index: { table: 'meal_cost_indexes', name: "'' || t.year" },
  medicine: { table: 'medicines', name: 't.generic_name' },
  medicine_batch: { table: 'medicine_batches', name: "(SELECT generic_name FROM medicines m WHERE m.id = t.medicine_id) || ' · ' || t.batch_no", ref: ['medicine_batch', 't.id'] },
  prescription: { table: 'prescriptions', name: `(SELECT generic_name FROM medicines m WHERE m.id = t.medicine_id) || ' · ' || ${resident('t.resident_id')}`, ref: ['resident', 't.resident_id'] },
  doctor_visit: { table: 'doctor_visits', name: 't.practitioner', ref: ['doctor_visit', 't.id'] },
  health_entry: { table: 'health_entries', name: resident('t.resident_id'), ref: ['resident', 't.resident_id'] },
  training_course_type: { table: 'training_course_types', name: 't.name' },
  training_programme: { table: 'training_programmes', name: 't.name', ref: ['programme', 't.id'] },
  training_enrolment: { table: 'training_enrolments', name: `${resident('t.resident_id')} || ' · ' || (SELECT name FROM training_programmes p WHERE p.id = t.programme_id)`, ref: ['programme', 't.programme_id'] },
  training_session: { table: 'training_sessions', name: "(SELECT name FROM training_programmes p WHERE p.id = t.programme_id) || ' · ' || t.held_on", ref: ['programme', 't.programme_id'] },
  training_assessment: { table: 'training_assessments', name: `(SELECT ${resident('e.resident_id')} FROM training_enrolments e WHERE e.id = t.enrolment_id)`, ref: ['programme', '(SELECT programme_id FROM training_enrolments e WHERE e.id = t.enrolment_id)'] },
  school_record: { table: 'school_records', name: `t.school_name || ' · ' || ${resident('t.resident_id')}`, ref: ['resident', 't.resident_id'] },
  school_fee: { table: 'school_fees', name: `t.description || ' · ' || (SELECT ${resident('s.resident_id')} FROM school_records s WHERE s.id = t.school_record_id)`, ref: ['school', 't.id'] },
  school_report: { table: 'school_reports', name: `(SELECT ${resident('s.resident_id')} FROM school_records s WHERE s.id = t.school_record_id)`, ref: ['school', 't.id'] },
};

function resolveKind(db: AppDb, entity: string, ids: number[]): Map<number, Resolved> {
  const kind = KINDS[entity];
  const found = new Map<number, Resolved>();
  if (!kind || ids.length === 0) return found;
  const ref = kind.ref;
  const refKind = kind.refKind ?? (ref ? `'${ref[0]}'` : 'NULL');
  // Ids are integers checked by the caller; every other part is this module's own text.
  const query: SQL = sql.raw(
    `SELECT t.id AS id, ${kind.name} AS name, ${ref ? ref[1] : 'NULL'} AS refId, ${refKind} AS refKind FROM ${kind.table} t WHERE t.id IN (${ids.join(',')})`,
  );
  try {
    for (const r of db.all<{ id: number; name: string | null; refId: number | null; refKind: AuditRecordRef['kind'] | null }>(query)) {
      found.set(r.id, { name: r.name, refKind: r.refId != null ? r.refKind : null, refId: r.refId });
    }
  } catch {
    // A name is a convenience: a schema this version does not know leaves the kind without names, never the log.
  }
  return found;
}

/** Adds each row's record name and link (where the record exists and can be opened). */
export function withRecordNames(db: AppDb, rows: AuditRow[]): AuditRow[] {
  const byEntity = new Map<string, Set<number>>();
  for (const r of rows) {
    const id = Number(r.entityId);
    if (r.entityId && Number.isSafeInteger(id) && KINDS[r.entity]) byEntity.set(r.entity, (byEntity.get(r.entity) ?? new Set()).add(id));
  }
  const resolved = new Map([...byEntity].map(([entity, ids]) => [entity, resolveKind(db, entity, [...ids])]));
  return rows.map((r) => {
    const hit = resolved.get(r.entity)?.get(Number(r.entityId));
    const report = r.entity === 'report' && r.after && typeof r.after === 'object' ? ((r.after as { report?: unknown }).report as string | undefined) : undefined;
    return {
      ...r,
      recordName: hit?.name ?? null,
      recordRef: hit?.refKind && hit.refId != null ? { kind: hit.refKind, id: hit.refId } : null,
      reportKind: typeof report === 'string' ? report : null,
    };
  });
}
