import { z } from 'zod';
import { channel, Id, NoInput, optionalText, trimmed } from './common';
import { GOAL_DOMAINS } from './reference';
import type { ResidentStatus } from './residents';
import { IsoDate } from './validators';

/**
 * The rehabilitation case file (DOMAIN.md "Rehabilitation stages"): the home's configurable stages, each
 * resident's passage through them, assessments, and intervention plans the head approves, with goals and
 * progress notes against them.
 */

export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Draf',
  submitted: 'Diajukan',
  approved: 'Disetujui',
  returned: 'Dikembalikan',
};

export const GOAL_STATUSES = ['open', 'achieved', 'not_achieved'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  open: 'Berjalan',
  achieved: 'Tercapai',
  not_achieved: 'Tidak tercapai',
};

export type GoalDomain = (typeof GOAL_DOMAINS)[number];

/** Who reads and who writes the case file (caregivers include the social workers who write assessments and plans). */
export const CASEFILE_READ_ROLES = ['province_admin', 'admin', 'head', 'caregiver'] as const;
export const CASEFILE_WRITE_ROLES = ['province_admin', 'admin', 'head', 'caregiver'] as const;

const optionalDate = IsoDate.optional()
  .nullable()
  .or(z.literal('').transform(() => null))
  .transform((v) => v ?? null);

// ---------------------------------------------------------------------------------------------- stages

export const StageEntryInput = z.object({
  id: Id.optional(),
  name: trimmed('Nama tahap', 100),
  active: z.boolean().default(true),
});
export type StageEntryInput = z.input<typeof StageEntryInput>;

/** The home's full ordered list: rename, reorder, add, deactivate; a stage left out is deleted (only if never used). */
export const StagesSaveInput = z.object({
  stages: z.array(StageEntryInput).min(1, 'Paling sedikit satu tahap').max(30, 'Paling banyak 30 tahap'),
});
export type StagesSaveInput = z.input<typeof StagesSaveInput>;

export interface RehabStage {
  id: number;
  position: number;
  name: string;
  active: boolean;
  /** Some resident has (or had) this stage: it can be deactivated, never deleted. */
  inUse: boolean;
  /** Active residents whose current stage this is. */
  currentResidents: number;
}

// ------------------------------------------------------------------------------------ the resident's file

export const SetStageInput = z.object({
  residentId: Id,
  stageId: Id,
  startedOn: IsoDate,
  note: optionalText('Catatan', 1000),
});
export type SetStageInput = z.input<typeof SetStageInput>;

export const AssessmentInput = z.object({
  residentId: Id,
  assessedOn: IsoDate,
  problems: trimmed('Permasalahan', 4000),
  needs: trimmed('Kebutuhan', 4000),
  strengths: trimmed('Potensi/kekuatan', 4000),
  familySituation: trimmed('Situasi keluarga', 4000),
  recommendation: optionalText('Rekomendasi', 4000),
});
export type AssessmentInput = z.input<typeof AssessmentInput>;

export const PlanGoalInput = z.object({
  id: Id.optional(),
  domain: z.enum(GOAL_DOMAINS, { error: 'Pilih bidang bimbingan' }),
  goal: trimmed('Tujuan', 1000),
  indicator: optionalText('Indikator', 1000),
  targetDate: optionalDate,
});
export type PlanGoalInput = z.input<typeof PlanGoalInput>;

export const PlanInput = z
  .object({
    id: Id.optional(),
    residentId: Id,
    periodStart: IsoDate,
    periodEnd: IsoDate,
    summary: optionalText('Ringkasan', 4000),
    goals: z.array(PlanGoalInput).min(1, 'Paling sedikit satu tujuan').max(30, 'Paling banyak 30 tujuan'),
  })
  .superRefine((plan, ctx) => {
    if (plan.periodEnd < plan.periodStart) {
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'Akhir periode tidak boleh sebelum awal periode' });
      return;
    }
    plan.goals.forEach((goal, i) => {
      if (goal.targetDate && (goal.targetDate < plan.periodStart || goal.targetDate > plan.periodEnd)) {
        ctx.addIssue({ code: 'custom', path: ['goals', i, 'targetDate'], message: 'Target waktu harus di dalam periode rencana' });
      }
    });
  });
export type PlanInput = z.input<typeof PlanInput>;

export const DecidePlanInput = z
  .object({ id: Id, approve: z.boolean({ error: 'Pilih setujui atau kembalikan' }), note: optionalText('Catatan', 1000) })
  .superRefine((d, ctx) => {
    if (!d.approve && !d.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'Tulis alasan pengembalian rencana' });
  });
export type DecidePlanInput = z.input<typeof DecidePlanInput>;

export const ProgressInput = z.object({
  goalId: Id,
  notedOn: IsoDate,
  note: trimmed('Catatan perkembangan', 2000),
  progressPercent: z
    .number()
    .int('Persentase harus bilangan bulat')
    .min(0, 'Persentase 0–100')
    .max(100, 'Persentase 0–100')
    .optional()
    .nullable()
    .transform((v) => v ?? null),
  /** Marks the goal achieved / not achieved (or open again) with this note. */
  goalStatus: z.enum(GOAL_STATUSES).optional(),
});
export type ProgressInput = z.input<typeof ProgressInput>;

export interface StageEntry {
  id: number;
  stageId: number;
  stageName: string;
  startedOn: string;
  /** Null while this is the current stage. */
  endedOn: string | null;
  note: string | null;
  recordedBy: string | null;
  recordedAt: string;
}

export interface Assessment {
  id: number;
  residentId: number;
  assessedOn: string;
  problems: string;
  needs: string;
  strengths: string;
  familySituation: string;
  recommendation: string | null;
  assessor: string | null;
  createdAt: string;
}

export interface GoalProgressNote {
  id: number;
  notedOn: string;
  note: string;
  progressPercent: number | null;
  recordedBy: string | null;
  recordedAt: string;
}

export interface PlanGoal {
  id: number;
  domain: GoalDomain;
  goal: string;
  indicator: string | null;
  targetDate: string | null;
  status: GoalStatus;
  position: number;
  /** Newest first. */
  progress: GoalProgressNote[];
}

export interface InterventionPlan {
  id: number;
  residentId: number;
  periodStart: string;
  periodEnd: string;
  summary: string | null;
  status: PlanStatus;
  createdBy: string | null;
  createdAt: string;
  submittedAt: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  /** The head's note: why it was returned, or a remark on approval. */
  decisionNote: string | null;
  goals: PlanGoal[];
  /** What the caller may do with this plan now. */
  can: { edit: boolean; submit: boolean; decide: boolean; addProgress: boolean };
}

export interface CaseFile {
  residentId: number;
  residentStatus: ResidentStatus;
  admissionDate: string;
  currentStage: StageEntry | null;
  /** Oldest first; the open row is the current stage. */
  stageHistory: StageEntry[];
  /** Newest first. */
  assessments: Assessment[];
  /** Newest first. */
  plans: InterventionPlan[];
  can: { setStage: boolean; addAssessment: boolean; createPlan: boolean; decidePlans: boolean };
}

export const casefileChannels = {
  'stages.list': channel<RehabStage[]>()(NoInput, CASEFILE_READ_ROLES),
  'stages.save': channel<RehabStage[]>()(StagesSaveInput, ['province_admin', 'admin']),
  'casefile.get': channel<CaseFile>()(z.object({ residentId: Id }), CASEFILE_READ_ROLES),
  'casefile.setStage': channel<CaseFile>()(SetStageInput, CASEFILE_WRITE_ROLES),
  'casefile.addAssessment': channel<Assessment>()(AssessmentInput, CASEFILE_WRITE_ROLES),
  'casefile.savePlan': channel<InterventionPlan>()(PlanInput, CASEFILE_WRITE_ROLES),
  'casefile.submitPlan': channel<InterventionPlan>()(z.object({ id: Id }), CASEFILE_WRITE_ROLES),
  'casefile.decidePlan': channel<InterventionPlan>()(DecidePlanInput, ['head']),
  'casefile.addProgress': channel<InterventionPlan>()(ProgressInput, CASEFILE_WRITE_ROLES),
} as const;
