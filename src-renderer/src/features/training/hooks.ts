import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput, ChannelName, ChannelOutput } from '@contract';
import { call } from '../../lib/api';

// ---- queries: every key starts with its channel name

export const programmesQuery = () => queryOptions({ queryKey: ['training.programmes'], queryFn: () => call('training.programmes', {}) });
export const programmeQuery = (id: number) => queryOptions({ queryKey: ['training.programme', id], queryFn: () => call('training.programme', { id }) });
export const courseTypesQuery = () => queryOptions({ queryKey: ['training.courseTypes'], queryFn: () => call('training.courseTypes') });
export const schoolRecordsQuery = (schoolYear?: string) =>
  queryOptions({ queryKey: ['school.records', schoolYear ?? null], queryFn: () => call('school.records', schoolYear ? { schoolYear } : {}), placeholderData: keepPreviousData });
export const residentTrainingQuery = (residentId: number) =>
  queryOptions({ queryKey: ['training.residentSummary', residentId], queryFn: () => call('training.residentSummary', { residentId }) });

// ---- mutations: a change refreshes every training, school, budget and spending query, and the audit log

/** A mutation of one channel that refreshes what it may have changed. */
export function useTrainingMutation<C extends ChannelName>(channel: C) {
  const qc = useQueryClient();
  return useMutation<ChannelOutput<C>, Error, ChannelInput<C>>({
    mutationFn: (input) => (call as (c: ChannelName, i: unknown) => Promise<ChannelOutput<C>>)(channel, input),
    onSuccess: () =>
      qc.invalidateQueries({
        predicate: (q) => /^(training|school|budget|spending)\./.test(String(q.queryKey[0])) || q.queryKey[0] === 'audit.list',
      }),
  });
}
