import { aliasedTable, and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { DecidePlanInput, GoalDomain, GoalStatus, InterventionPlan, PlanGoal, PlanInput, PlanStatus, ProgressInput } from '../../contract';
import type { AppDb } from '../../db/client';
import { goalProgress, interventionPlans, planGoals, users } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { AppError, fieldError, forbidden, notFound } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { loadResident } from '../residents/residents.service';
import { assertActiveResident, canWriteCaseFile, longDate } from './casefile-common';

type PlanRecord = typeof interventionPlans.$inferSelect;
type GoalRecord = typeof planGoals.$inferSelect;

const EDITABLE: ReadonlySet<string> = new Set(['draft', 'returned']);

const author = aliasedTable(users, 'plan_author');
const decider = aliasedTable(users, 'plan_decider');

/** The plans of one resident (or the one plan `planId`), newest first, with goals, progress and what the actor may do. */
export function plansOf(db: AppDb, actor: Actor, residentId: number, residentActive: boolean, planId?: number): InterventionPlan[] {
  const rows = db
    .select({ plan: interventionPlans, createdBy: author.fullName, decidedBy: decider.fullName })
    .from(interventionPlans)
    .leftJoin(author, eq(author.id, interventionPlans.createdBy))
    .leftJoin(decider, eq(decider.id, interventionPlans.decidedBy))
    .where(and(eq(interventionPlans.residentId, residentId), planId === undefined ? undefined : eq(interventionPlans.id, planId)))
    .orderBy(desc(interventionPlans.id))
    .all();
  if (rows.length === 0) return [];
  const goals = db
    .select()
    .from(planGoals)
    .where(inArray(planGoals.planId, rows.map((r) => r.plan.id)))
    .orderBy(asc(planGoals.position), asc(planGoals.id))
    .all();
  const notes = goals.length
    ? db
        .select({ note: goalProgress, recordedBy: users.fullName })
        .from(goalProgress)
        .leftJoin(users, eq(users.id, goalProgress.recordedBy))
        .where(inArray(goalProgress.goalId, goals.map((g) => g.id)))
        .orderBy(desc(goalProgress.notedOn), desc(goalProgress.id))
        .all()
    : [];
  const writer = canWriteCaseFile(actor) && residentActive;
  return rows.map(({ plan, createdBy, decidedBy }) => ({
    id: plan.id,
    residentId: plan.residentId,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    summary: plan.summary,
    status: plan.status as PlanStatus,
    createdBy,
    createdAt: plan.createdAt,
    submittedAt: plan.submittedAt,
    decidedBy,
    decidedAt: plan.decidedAt,
    decisionNote: plan.decisionNote,
    goals: goals
      .filter((g) => g.planId === plan.id)
      .map(
        (g): PlanGoal => ({
          id: g.id,
          domain: g.domain as GoalDomain,
          goal: g.goal,
          indicator: g.indicator,
          targetDate: g.targetDate,
          status: g.status as GoalStatus,
          position: g.position,
          progress: notes
            .filter((n) => n.note.goalId === g.id)
            .map(({ note, recordedBy }) => ({ id: note.id, notedOn: note.notedOn, note: note.note, progressPercent: note.progressPercent, recordedBy, recordedAt: note.recordedAt })),
        }),
      ),
    can: {
      edit: writer && EDITABLE.has(plan.status),
      submit: writer && EDITABLE.has(plan.status),
      decide: actor.role === 'head' && residentActive && plan.status === 'submitted',
      addProgress: writer && plan.status === 'approved',
    },
  }));
}

function onePlan(db: AppDb, actor: Actor, plan: PlanRecord): InterventionPlan {
  const resident = loadResident(db, actor, plan.residentId);
  return plansOf(db, actor, plan.residentId, resident.status === 'active', plan.id)[0]!;
}

/** A plan of the actor's home, or NOT_FOUND. */
function loadPlan(db: AppDb, actor: Actor, id: number): PlanRecord {
  const homeId = requireHome(actor);
  const plan = db.select().from(interventionPlans).where(and(eq(interventionPlans.id, id), eq(interventionPlans.homeId, homeId))).get();
  if (!plan) throw notFound('Rencana intervensi');
  return plan;
}

function assertEditable(plan: PlanRecord): void {
  if (plan.status === 'approved') throw new AppError('CONFLICT', 'Rencana intervensi yang sudah disetujui tidak dapat diubah lagi');
  if (plan.status === 'submitted') throw new AppError('CONFLICT', 'Rencana intervensi sedang menunggu keputusan kepala dan tidak dapat diubah');
}

const goalsOf = (db: AppDb, planId: number) => db.select().from(planGoals).where(eq(planGoals.planId, planId)).orderBy(asc(planGoals.position)).all();

/** Creates a plan, or edits one that is still a draft or was returned; goals are matched by id, new ones added, missing ones removed. */
export function savePlan(db: AppDb, actor: Actor, input: z.output<typeof PlanInput>): InterventionPlan {
  return db.transaction((tx) => {
    const resident = loadResident(tx, actor, input.residentId);
    assertActiveResident(resident, 'Rencana intervensi');
    const fields = { periodStart: input.periodStart, periodEnd: input.periodEnd, summary: input.summary };
    let plan: PlanRecord;
    let before: (PlanRecord & { goals: GoalRecord[] }) | undefined;
    if (input.id === undefined) {
      plan = tx
        .insert(interventionPlans)
        .values({ ...fields, homeId: resident.homeId, residentId: resident.id, status: 'draft', createdBy: actor.userId })
        .returning()
        .get();
    } else {
      const existing = loadPlan(tx, actor, input.id);
      if (existing.residentId !== resident.id) throw notFound('Rencana intervensi');
      assertEditable(existing);
      before = { ...existing, goals: goalsOf(tx, existing.id) };
      plan = tx.update(interventionPlans).set(fields).where(eq(interventionPlans.id, existing.id)).returning().get();
    }

    const current = new Map((before?.goals ?? []).map((g) => [g.id, g]));
    const kept = new Set<number>();
    input.goals.forEach((g, i) => {
      if (g.id === undefined) return;
      if (!current.has(g.id) || kept.has(g.id)) throw fieldError(`goals.${i}.goal`, 'Tujuan ini bukan bagian dari rencana ini');
      kept.add(g.id);
    });
    for (const goal of current.values()) {
      if (kept.has(goal.id)) continue;
      if (tx.select({ id: goalProgress.id }).from(goalProgress).where(eq(goalProgress.goalId, goal.id)).limit(1).get()) {
        throw new AppError('CONFLICT', `Tujuan "${goal.goal}" sudah memiliki catatan perkembangan dan tidak dapat dihapus`);
      }
      tx.delete(planGoals).where(eq(planGoals.id, goal.id)).run();
    }
    input.goals.forEach((g, position) => {
      const values = { domain: g.domain, goal: g.goal, indicator: g.indicator, targetDate: g.targetDate, position };
      if (g.id === undefined) tx.insert(planGoals).values({ ...values, planId: plan.id }).run();
      else tx.update(planGoals).set(values).where(eq(planGoals.id, g.id)).run();
    });

    recordAudit(tx, actor, {
      entity: 'intervention-plan',
      entityId: plan.id,
      action: before ? 'update' : 'create',
      before,
      after: { ...plan, goals: goalsOf(tx, plan.id) },
    });
    return plansOf(tx, actor, resident.id, true, plan.id)[0]!;
  });
}

/** Draft or returned → submitted: the head decides next. */
export function submitPlan(db: AppDb, actor: Actor, id: number): InterventionPlan {
  return db.transaction((tx) => {
    const plan = loadPlan(tx, actor, id);
    assertActiveResident(loadResident(tx, actor, plan.residentId), 'Pengajuan rencana intervensi');
    if (!EDITABLE.has(plan.status)) {
      throw new AppError('CONFLICT', plan.status === 'approved' ? 'Rencana ini sudah disetujui' : 'Rencana ini sudah diajukan dan menunggu keputusan kepala');
    }
    const after = tx.update(interventionPlans).set({ status: 'submitted', submittedAt: nowIso() }).where(eq(interventionPlans.id, id)).returning().get();
    recordAudit(tx, actor, { entity: 'intervention-plan', entityId: id, action: 'submit', before: { status: plan.status }, after: { status: after.status, submittedAt: after.submittedAt } });
    return onePlan(tx, actor, after);
  });
}

const overlaps = (a: Pick<PlanRecord, 'periodStart' | 'periodEnd'>, b: Pick<PlanRecord, 'periodStart' | 'periodEnd'>) =>
  a.periodStart <= b.periodEnd && b.periodStart <= a.periodEnd;

/** The head approves a submitted plan or returns it with a note. An approved plan may not overlap another approved one. */
export function decidePlan(db: AppDb, actor: Actor, input: z.output<typeof DecidePlanInput>): InterventionPlan {
  if (actor.role !== 'head') throw forbidden('Hanya kepala panti yang dapat menyetujui atau mengembalikan rencana intervensi');
  if (!input.approve && !input.note) throw fieldError('note', 'Tulis alasan pengembalian rencana');
  return db.transaction((tx) => {
    const plan = loadPlan(tx, actor, input.id);
    assertActiveResident(loadResident(tx, actor, plan.residentId), 'Keputusan rencana intervensi');
    if (plan.status !== 'submitted') throw new AppError('CONFLICT', 'Hanya rencana yang sudah diajukan yang dapat diputuskan');
    if (input.approve) {
      const clash = tx
        .select()
        .from(interventionPlans)
        .where(and(eq(interventionPlans.residentId, plan.residentId), eq(interventionPlans.status, 'approved'), ne(interventionPlans.id, plan.id)))
        .all()
        .find((other) => overlaps(plan, other));
      if (clash) {
        throw new AppError(
          'CONFLICT',
          `Rencana ini tidak dapat disetujui: periodenya (${longDate(plan.periodStart)} – ${longDate(plan.periodEnd)}) beririsan dengan rencana intervensi lain yang sudah disetujui (${longDate(clash.periodStart)} – ${longDate(clash.periodEnd)}). Kembalikan rencana ini agar periodenya disesuaikan.`,
          undefined,
          { overlappingPlanId: clash.id },
        );
      }
    }
    const after = tx
      .update(interventionPlans)
      .set({ status: input.approve ? 'approved' : 'returned', decidedBy: actor.userId, decidedAt: nowIso(), decisionNote: input.note })
      .where(eq(interventionPlans.id, plan.id))
      .returning()
      .get();
    recordAudit(tx, actor, {
      entity: 'intervention-plan',
      entityId: plan.id,
      action: input.approve ? 'approve' : 'return',
      before: { status: plan.status, decisionNote: plan.decisionNote },
      after: { status: after.status, decisionNote: after.decisionNote },
    });
    return onePlan(tx, actor, after);
  });
}

/** A progress note on a goal of an approved plan; it may also mark the goal achieved or not achieved. */
export function addProgress(db: AppDb, actor: Actor, input: z.output<typeof ProgressInput>): InterventionPlan {
  const homeId = requireHome(actor);
  return db.transaction((tx) => {
    const found = tx
      .select({ goal: planGoals, plan: interventionPlans })
      .from(planGoals)
      .innerJoin(interventionPlans, eq(interventionPlans.id, planGoals.planId))
      .where(and(eq(planGoals.id, input.goalId), eq(interventionPlans.homeId, homeId)))
      .get();
    if (!found) throw notFound('Tujuan rencana intervensi');
    const { goal, plan } = found;
    assertActiveResident(loadResident(tx, actor, plan.residentId), 'Catatan perkembangan');
    if (plan.status !== 'approved') throw new AppError('CONFLICT', 'Catatan perkembangan hanya dapat ditulis pada rencana intervensi yang sudah disetujui kepala');
    if (input.notedOn < plan.periodStart) throw fieldError('notedOn', `Tanggal catatan tidak boleh sebelum awal periode rencana (${longDate(plan.periodStart)})`);
    const note = tx
      .insert(goalProgress)
      .values({ goalId: goal.id, notedOn: input.notedOn, note: input.note, progressPercent: input.progressPercent, recordedBy: actor.userId })
      .returning()
      .get();
    const status = input.goalStatus ?? goal.status;
    if (status !== goal.status) tx.update(planGoals).set({ status }).where(eq(planGoals.id, goal.id)).run();
    recordAudit(tx, actor, {
      entity: 'plan-goal',
      entityId: goal.id,
      action: status !== goal.status ? 'progress-status' : 'progress',
      before: { status: goal.status },
      after: { status, progress: note },
    });
    return onePlan(tx, actor, plan);
  });
}

