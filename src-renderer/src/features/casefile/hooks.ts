import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssessmentInput, CaseFile, DecidePlanInput, InterventionPlan, PlanInput, ProgressInput, SetStageInput, StagesSaveInput } from '@contract';
import { ApiError, call } from '../../lib/api';

// ---- the home's stages
export const stagesQuery = () => queryOptions({ queryKey: ['stages.list'], queryFn: () => call('stages.list') });

export function useSaveStages() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: StagesSaveInput) => call('stages.save', input),
    onSuccess: (stages) => {
      qc.setQueryData(['stages.list'], stages);
      void qc.invalidateQueries({ queryKey: ['casefile.get'] });
      void qc.invalidateQueries({ queryKey: ['audit.list'] });
    },
  });
}

// ---- one resident's case file
export const caseFileQuery = (residentId: number) =>
  queryOptions({ queryKey: ['casefile.get', residentId], queryFn: () => call('casefile.get', { residentId }) });

/**
 * Mutations answer with the changed record: it is put into the cached case file instead of reloading it,
 * because every load of a case file is an audited "view".
 */
function useUpdateCaseFile() {
  const qc = useQueryClient();
  return (residentId: number, change: (file: CaseFile) => CaseFile) => {
    qc.setQueryData<CaseFile>(['casefile.get', residentId], (file) => (file ? change(file) : file));
    void qc.invalidateQueries({ queryKey: ['audit.list'] });
  };
}

function useUpdatePlan() {
  const update = useUpdateCaseFile();
  return (plan: InterventionPlan) =>
    update(plan.residentId, (file) => ({
      ...file,
      plans: file.plans.some((p) => p.id === plan.id) ? file.plans.map((p) => (p.id === plan.id ? plan : p)) : [plan, ...file.plans],
    }));
}

/** Someone else changed the file meanwhile (e.g. the head decided the plan): load it again to show what is true now. */
function useReloadOnConflict() {
  const qc = useQueryClient();
  return (error: unknown) => {
    if (error instanceof ApiError && error.code === 'CONFLICT') void qc.invalidateQueries({ queryKey: ['casefile.get'] });
  };
}

export function useSetStage() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: SetStageInput) => call('casefile.setStage', input),
    onSuccess: (file: CaseFile) => {
      qc.setQueryData(['casefile.get', file.residentId], file);
      void qc.invalidateQueries({ queryKey: ['stages.list'] });
      void qc.invalidateQueries({ queryKey: ['audit.list'] });
    },
  });
}

export function useAddAssessment() {
  const update = useUpdateCaseFile();
  return useMutation({
    mutationFn: (input: AssessmentInput) => call('casefile.addAssessment', input),
    onSuccess: (a) =>
      update(a.residentId, (file) => ({
        ...file,
        assessments: [a, ...file.assessments].sort((x, y) => y.assessedOn.localeCompare(x.assessedOn) || y.id - x.id),
      })),
  });
}

export function useSavePlan() {
  const update = useUpdatePlan();
  const reload = useReloadOnConflict();
  return useMutation({ mutationFn: (input: PlanInput) => call('casefile.savePlan', input), onSuccess: update, onError: reload });
}

export function useSubmitPlan() {
  const update = useUpdatePlan();
  const reload = useReloadOnConflict();
  return useMutation({ mutationFn: (id: number) => call('casefile.submitPlan', { id }), onSuccess: update, onError: reload });
}

export function useDecidePlan() {
  const update = useUpdatePlan();
  const reload = useReloadOnConflict();
  return useMutation({ mutationFn: (input: DecidePlanInput) => call('casefile.decidePlan', input), onSuccess: update, onError: reload });
}

export function useAddProgress() {
  const update = useUpdatePlan();
  const reload = useReloadOnConflict();
  return useMutation({ mutationFn: (input: ProgressInput) => call('casefile.addProgress', input), onSuccess: update, onError: reload });
}
