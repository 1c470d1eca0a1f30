import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountInput, ActivityInput, ChannelInput, LineInput, RealisationInput, RevisionInput, SpendingInput, SpendingListInput, VoidSpendingInput } from '@contract';
import type { PaperSize } from '../../components/PrintPreview';
import { call } from '../../lib/api';

// ---- queries: every key starts with its channel name

export const yearsQuery = () => queryOptions({ queryKey: ['budget.years'], queryFn: () => call('budget.years') });

export const structureQuery = (yearId: number) =>
  queryOptions({ queryKey: ['budget.structure', yearId], queryFn: () => call('budget.structure', { yearId }), placeholderData: keepPreviousData });

export const accountsQuery = () => queryOptions({ queryKey: ['budget.accounts'], queryFn: () => call('budget.accounts') });

export const revisionsQuery = (yearId: number) => queryOptions({ queryKey: ['budget.revisions', yearId], queryFn: () => call('budget.revisions', { yearId }) });

export const dashboardQuery = (yearId: number) =>
  queryOptions({ queryKey: ['budget.dashboard', yearId], queryFn: () => call('budget.dashboard', { yearId }), placeholderData: keepPreviousData });

export const costQuery = (yearId: number) =>
  queryOptions({ queryKey: ['budget.costPerResident', yearId], queryFn: () => call('budget.costPerResident', { yearId }), placeholderData: keepPreviousData });

export const spendingListQuery = (input: SpendingListInput) =>
  queryOptions({ queryKey: ['spending.list', input], queryFn: () => call('spending.list', input), placeholderData: keepPreviousData });

export const spendingQuery = (id: number) => queryOptions({ queryKey: ['spending.get', id], queryFn: () => call('spending.get', { id }) });

type Period = Pick<RealisationInput, 'yearId' | 'from' | 'to' | 'details'>;

export const realisationDataQuery = (input: Period) =>
  queryOptions({ queryKey: ['budget.realisationData', input], queryFn: () => call('budget.realisationData', { ...input, details: false }), placeholderData: keepPreviousData });

export const realisationReportQuery = (input: Period, paper: PaperSize) =>
  queryOptions({
    queryKey: ['budget.realisationReport', { ...input, paper }],
    queryFn: () => call('budget.realisationReport', { ...input, paper }),
    placeholderData: keepPreviousData,
  });

export const lineSpendingQuery = (input: ChannelInput<'budget.lineSpending'>) =>
  queryOptions({ queryKey: ['budget.lineSpending', input], queryFn: () => call('budget.lineSpending', input) });

// ---- mutations: a change refreshes every budget and spending query, and the audit log

function useRefresh() {
  const qc = useQueryClient();
  return () =>
    qc.invalidateQueries({
      predicate: (q) => {
        const key = String(q.queryKey[0]);
        return key.startsWith('budget.') || key.startsWith('spending.') || key === 'audit.list';
      },
    });
}

function useChange<I, O>(fn: (input: I) => Promise<O>) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: fn, onSuccess: refresh });
}

export const useCreateYear = () => useChange((year: number) => call('budget.createYear', { year }));
export const useSaveActivity = () => useChange((input: ActivityInput) => call('budget.saveActivity', input));
export const useRemoveActivity = () => useChange((id: number) => call('budget.removeActivity', { id }));
export const useSaveAccount = () => useChange((input: AccountInput) => call('budget.saveAccount', input));
export const useSaveLine = () => useChange((input: LineInput) => call('budget.saveLine', input));
export const useRemoveLine = () => useChange((id: number) => call('budget.removeLine', { id }));
export const useReviseLine = () => useChange((input: RevisionInput) => call('budget.reviseLine', input));
export const useRecordSpending = () => useChange((input: SpendingInput) => call('spending.record', input));
export const useVoidSpending = () => useChange((input: VoidSpendingInput) => call('spending.void', input));
export const useImportCommit = () => useChange((input: ChannelInput<'budget.importCommit'>) => call('budget.importCommit', input));

export const useImportPreview = () => useMutation({ mutationFn: (input: ChannelInput<'budget.importPreview'>) => call('budget.importPreview', input) });
export const useImportTemplate = () => useMutation({ mutationFn: (year: number) => call('budget.importTemplate', { year }) });
export const useRealisationXlsx = () => useMutation({ mutationFn: (input: Period & { paper: PaperSize }) => call('budget.realisationXlsx', input) });
