import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { AssessmentInput, PlanInput, SetStageInput } from '../../../src-main/contract';
import { addAssessment, setStage } from '../../../src-main/features/casefile/casefile.service';
import { decidePlan, savePlan, submitPlan } from '../../../src-main/features/casefile/plans.service';
import type { AppDb } from '../../../src-main/db/client';
import type { Actor } from '../../../src-main/lib/actor';
import type { AuditDraft } from '../context';

/**
 * The case-file steps of the demo (stage changes, assessments, intervention plans: draft, revision,
 * submission, the head's decision), written either through the real services or, where there are too many
 * for the services' pace (province scale: tens of thousands), in bulk with prepared statements that write
 * the same rows and the same audit rows. residents-demo.test.ts runs one scenario both ways and compares.
 */

export interface PlanSaved {
  id: number;
  goalIds: number[];
}

export interface CaseWriter {
  /** Whether calls must run with the app's clock set (timeline.at) and their SQL-default stamps fixed after. */
  readonly viaServices: boolean;
  setStage(actor: Actor, input: z.output<typeof SetStageInput>, at: string): void;
  addAssessment(actor: Actor, input: z.output<typeof AssessmentInput>, at: string): void;
  /** Creates a plan (no `id`) or revises a draft/returned one (`id` and goal ids given). */
  savePlan(actor: Actor, input: z.output<typeof PlanInput>, at: string): PlanSaved;
  submitPlan(actor: Actor, id: number, at: string): string;
  decidePlan(actor: Actor, input: { id: number; approve: boolean; note: string | null }, at: string): string;
}

export function serviceCaseWriter(db: AppDb): CaseWriter {
  return {
    viaServices: true,
    setStage: (actor, input) => void setStage(db, actor, input),
    addAssessment: (actor, input) => void addAssessment(db, actor, input),
    savePlan(actor, input) {
      const saved = savePlan(db, actor, input);
      return { id: saved.id, goalIds: saved.goals.map((g) => g.id) };
    },
    submitPlan: (actor, id) => submitPlan(db, actor, id).status,
    decidePlan: (actor, input) => decidePlan(db, actor, input).status,
  };
}

interface StageRow {
  id: number;
  residentId: number;
  stageId: number;
  startedOn: string;
  endedOn: string | null;
  note: string | null;
  recordedBy: number | null;
  recordedAt: string;
}

interface PlanRow {
  id: number;
  homeId: number;
  residentId: number;
  periodStart: string;
  periodEnd: string;
  summary: string | null;
  status: string;
  createdBy: number | null;
  createdAt: string;
  submittedAt: string | null;
  decidedBy: number | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

const STAGE_COLUMNS = 'id, resident_id AS residentId, stage_id AS stageId, started_on AS startedOn, ended_on AS endedOn, note, recorded_by AS recordedBy, recorded_at AS recordedAt';
const PLAN_COLUMNS =
  'id, home_id AS homeId, resident_id AS residentId, period_start AS periodStart, period_end AS periodEnd, summary, status, created_by AS createdBy, created_at AS createdAt, ' +
  'submitted_at AS submittedAt, decided_by AS decidedBy, decided_at AS decidedAt, decision_note AS decisionNote';
const GOAL_COLUMNS = 'id, plan_id AS planId, domain, goal, indicator, target_date AS targetDate, status, position';

/**
 * The same rows and audit rows as the services, by prepared statements. It checks what the planner must
 * get right (stage order, plan states) and fails loudly otherwise; the services' other checks (home,
 * active resident, roles) hold by construction of the demo.
 */
export function bulkCaseWriter(sqlite: Database.Database, audit: (row: AuditDraft) => void): CaseWriter {
  const q = {
    stageName: sqlite.prepare('SELECT name FROM rehab_stages WHERE id = ?').pluck(),
    open: sqlite.prepare(`SELECT ${STAGE_COLUMNS} FROM resident_stages WHERE resident_id = ? AND ended_on IS NULL ORDER BY started_on DESC, id DESC`),
    latest: sqlite.prepare(`SELECT started_on FROM resident_stages WHERE resident_id = ? ORDER BY started_on DESC, id DESC LIMIT 1`).pluck(),
    close: sqlite.prepare('UPDATE resident_stages SET ended_on = ? WHERE resident_id = ? AND ended_on IS NULL'),
    insertStage: sqlite.prepare('INSERT INTO resident_stages (resident_id, stage_id, started_on, ended_on, note, recorded_by, recorded_at) VALUES (?, ?, ?, NULL, ?, ?, ?)'),
    homeOf: sqlite.prepare('SELECT home_id FROM residents WHERE id = ?').pluck(),
    insertAssessment: sqlite.prepare(
      `INSERT INTO assessments (home_id, resident_id, assessed_on, problems, needs, strengths, family_situation, recommendation, assessor_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    plan: sqlite.prepare(`SELECT ${PLAN_COLUMNS} FROM intervention_plans WHERE id = ?`),
    insertPlan: sqlite.prepare(
      `INSERT INTO intervention_plans (home_id, resident_id, period_start, period_end, summary, status, created_by, created_at) VALUES (?, ?, ?, ?, ?, 'draft', ?, ?)`,
    ),
    updatePlan: sqlite.prepare('UPDATE intervention_plans SET period_start = ?, period_end = ?, summary = ? WHERE id = ?'),
    goals: sqlite.prepare(`SELECT ${GOAL_COLUMNS} FROM plan_goals WHERE plan_id = ? ORDER BY position`),
    insertGoal: sqlite.prepare('INSERT INTO plan_goals (plan_id, domain, goal, indicator, target_date, position) VALUES (?, ?, ?, ?, ?, ?)'),
    updateGoal: sqlite.prepare('UPDATE plan_goals SET domain = ?, goal = ?, indicator = ?, target_date = ?, position = ? WHERE id = ?'),
    submit: sqlite.prepare("UPDATE intervention_plans SET status = 'submitted', submitted_at = ? WHERE id = ?"),
    decide: sqlite.prepare('UPDATE intervention_plans SET status = ?, decided_by = ?, decided_at = ?, decision_note = ? WHERE id = ?'),
  };
  const row = (actor: Actor, at: string, entity: string, entityId: number, action: string, before: unknown, after: unknown): AuditDraft => ({
    at,
    userId: actor.userId,
    username: actor.username,
    homeId: actor.homeId,
    channel: actor.channel,
    entity,
    entityId,
    action,
    before,
    after,
  });
  const plan = (id: number) => {
    const found = q.plan.get(id) as PlanRow | undefined;
    if (!found) throw new Error(`plan ${id} not found`);
    return found;
  };

  return {
    viaServices: false,
    setStage(actor, input, at) {
      const open = q.open.all(input.residentId) as StageRow[];
      const latest = q.latest.get(input.residentId) as string | undefined;
      if (open[0]?.stageId === input.stageId) throw new Error(`resident ${input.residentId} is already in stage ${input.stageId}`);
      if (latest && input.startedOn < latest) throw new Error(`stage of resident ${input.residentId} on ${input.startedOn} before ${latest}`);
      q.close.run(input.startedOn, input.residentId);
      const id = Number(q.insertStage.run(input.residentId, input.stageId, input.startedOn, input.note, actor.userId, at).lastInsertRowid);
      const inserted: StageRow = { id, residentId: input.residentId, stageId: input.stageId, startedOn: input.startedOn, endedOn: null, note: input.note, recordedBy: actor.userId, recordedAt: at };
      audit(
        row(
          actor,
          at,
          'resident-stage',
          id,
          'change',
          open.length ? { residentId: input.residentId, open: open.map((o) => ({ id: o.id, stageId: o.stageId, startedOn: o.startedOn, endedOn: null })) } : null,
          { ...inserted, stageName: q.stageName.get(input.stageId) as string, closed: open.map((o) => ({ id: o.id, endedOn: input.startedOn })) },
        ),
      );
    },
    addAssessment(actor, input, at) {
      const homeId = q.homeOf.get(input.residentId) as number;
      const id = Number(
        q.insertAssessment.run(homeId, input.residentId, input.assessedOn, input.problems, input.needs, input.strengths, input.familySituation, input.recommendation, actor.userId, at)
          .lastInsertRowid,
      );
      const after = {
        id,
        homeId,
        residentId: input.residentId,
        assessedOn: input.assessedOn,
        problems: input.problems,
        needs: input.needs,
        strengths: input.strengths,
        familySituation: input.familySituation,
        recommendation: input.recommendation,
        assessorId: actor.userId,
        createdAt: at,
      };
      audit(row(actor, at, 'assessment', id, 'create', undefined, after));
    },
    savePlan(actor, input, at) {
      let id: number;
      let before: (PlanRow & { goals: unknown[] }) | undefined;
      if (input.id === undefined) {
        const homeId = q.homeOf.get(input.residentId) as number;
        id = Number(q.insertPlan.run(homeId, input.residentId, input.periodStart, input.periodEnd, input.summary, actor.userId, at).lastInsertRowid);
      } else {
        id = input.id;
        const existing = plan(id);
        if (existing.status !== 'draft' && existing.status !== 'returned') throw new Error(`plan ${id} is ${existing.status}`);
        before = { ...existing, goals: q.goals.all(id) };
        q.updatePlan.run(input.periodStart, input.periodEnd, input.summary, id);
      }
      input.goals.forEach((g, position) => {
        if (g.id === undefined) q.insertGoal.run(id, g.domain, g.goal, g.indicator, g.targetDate, position);
        else q.updateGoal.run(g.domain, g.goal, g.indicator, g.targetDate, position, g.id);
      });
      const goals = q.goals.all(id) as { id: number }[];
      audit(row(actor, at, 'intervention-plan', id, before ? 'update' : 'create', before, { ...plan(id), goals }));
      return { id, goalIds: goals.map((g) => g.id) };
    },
    submitPlan(actor, id, at) {
      const existing = plan(id);
      if (existing.status !== 'draft' && existing.status !== 'returned') throw new Error(`plan ${id} is ${existing.status}`);
      q.submit.run(at, id);
      audit(row(actor, at, 'intervention-plan', id, 'submit', { status: existing.status }, { status: 'submitted', submittedAt: at }));
      return 'submitted';
    },
    decidePlan(actor, input, at) {
      const existing = plan(input.id);
      if (existing.status !== 'submitted') throw new Error(`plan ${input.id} is ${existing.status}`);
      const status = input.approve ? 'approved' : 'returned';
      q.decide.run(status, actor.userId, at, input.note, input.id);
      audit(
        row(actor, at, 'intervention-plan', input.id, input.approve ? 'approve' : 'return', { status: existing.status, decisionNote: existing.decisionNote }, { status, decisionNote: input.note }),
      );
      return status;
    },
  };
}
