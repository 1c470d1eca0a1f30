import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput, PrintableReport } from '@contract';
import { call } from '../../lib/api';

export const overviewQuery = () => queryOptions({ queryKey: ['intake.overview'], queryFn: () => call('intake.overview') });
export const criteriaQuery = () => queryOptions({ queryKey: ['intake.criteria'], queryFn: () => call('intake.criteria') });
export const scoreItemsQuery = () => queryOptions({ queryKey: ['intake.scoreItems'], queryFn: () => call('intake.scoreItems') });
export const applicationsQuery = (input: ChannelInput<'intake.list'>) => queryOptions({ queryKey: ['intake.list', input], queryFn: () => call('intake.list', input) });
export const applicationQuery = (id: number) =>
  queryOptions({ queryKey: ['intake.get', id], queryFn: () => call('intake.get', { id }), enabled: Number.isInteger(id) && id > 0 });
export const roundsQuery = () => queryOptions({ queryKey: ['intake.rounds'], queryFn: () => call('intake.rounds') });
export const roundQuery = (id: number) => queryOptions({ queryKey: ['intake.round', id], queryFn: () => call('intake.round', { id }), enabled: Number.isInteger(id) && id > 0 });
export const quotaFactsQuery = () => queryOptions({ queryKey: ['intake.quotaFacts'], queryFn: () => call('intake.quotaFacts') });

/** Any intake change may move counts, ranks, residents and the audit log. */
function useRefresh() {
  const qc = useQueryClient();
  return () =>
    qc.invalidateQueries({
      predicate: (q) => {
        const key = String(q.queryKey[0]);
        return key.startsWith('intake.') || key.startsWith('residents.') || key.startsWith('audit.') || key.startsWith('documents.');
      },
    });
}

function useIntakeMutation<C extends 'intake.saveCriteria' | 'intake.saveScoreItems' | 'intake.register' | 'intake.update' | 'intake.uploadDocument' | 'intake.removeDocument' | 'intake.assess' | 'intake.createRound' | 'intake.setQuota' | 'intake.decide' | 'intake.approveRound'>(channel: C) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: ChannelInput<C>) => call(channel, input), onSuccess: refresh });
}

export const useSaveCriteria = () => useIntakeMutation('intake.saveCriteria');
export const useSaveScoreItems = () => useIntakeMutation('intake.saveScoreItems');
export const useRegisterApplication = () => useIntakeMutation('intake.register');
export const useUpdateApplication = () => useIntakeMutation('intake.update');
export const useUploadApplicationDocument = () => useIntakeMutation('intake.uploadDocument');
export const useRemoveApplicationDocument = () => useIntakeMutation('intake.removeDocument');
export const useAssess = () => useIntakeMutation('intake.assess');
export const useCreateRound = () => useIntakeMutation('intake.createRound');
export const useSetQuota = () => useIntakeMutation('intake.setQuota');
export const useDecide = () => useIntakeMutation('intake.decide');
export const useApproveRound = () => useIntakeMutation('intake.approveRound');

export type IntakeReportRequest = { kind: 'minutes'; roundId: number } | { kind: 'letter'; roundId: number; applicationId: number };

/** The minutes of a round or one decision letter, as a printable report on the paper chosen. */
export function useIntakeReport(request: IntakeReportRequest | null, paper: PrintableReport['paper']) {
  return useQuery({
    queryKey: ['intake.report', request, paper],
    queryFn: () =>
      request!.kind === 'minutes'
        ? call('intake.minutesReport', { id: request!.roundId, paper })
        : call('intake.letterReport', { roundId: request!.roundId, applicationId: request!.applicationId, paper }),
    enabled: request !== null,
    gcTime: 0,
  });
}

export function useApplicationDocumentContent() {
  return useMutation({ mutationFn: (id: number) => call('intake.getDocument', { id }) });
}

export const useOverview = () => useQuery(overviewQuery());
