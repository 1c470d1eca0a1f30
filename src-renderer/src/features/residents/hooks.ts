import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput, ResidentListInput } from '@contract';
import { call } from '../../lib/api';

export const residentsListQuery = (input: ResidentListInput) =>
  queryOptions({ queryKey: ['residents.list', input], queryFn: () => call('residents.list', input) });

export const roomsQuery = () => queryOptions({ queryKey: ['residents.rooms'], queryFn: () => call('residents.rooms') });

export const residentQuery = (id: number) =>
  queryOptions({ queryKey: ['residents.get', id], queryFn: () => call('residents.get', { id }), enabled: Number.isInteger(id) && id > 0 });

export const statusHistoryQuery = (id: number) =>
  queryOptions({ queryKey: ['residents.statusHistory', id], queryFn: () => call('residents.statusHistory', { id }) });

export const pendingExitsQuery = () => queryOptions({ queryKey: ['residents.pendingExits'], queryFn: () => call('residents.pendingExits') });

/** While the next search answers, the previous rows stay on screen instead of a spinner. */
export function useResidentsList(input: ResidentListInput) {
  return useQuery({ ...residentsListQuery(input), placeholderData: keepPreviousData, staleTime: 5_000 });
}

/** A resident's change touches the list, the file, the history, the pending approvals, the case file and the audit log. */
function useRefreshResidents() {
  const qc = useQueryClient();
  return () =>
    qc.invalidateQueries({
      predicate: (q) => {
        const key = String(q.queryKey[0]);
        return key.startsWith('residents.') || key.startsWith('casefile.') || key.startsWith('audit.') || key.startsWith('exits.');
      },
    });
}

export function useCreateResident() {
  const refresh = useRefreshResidents();
  return useMutation({ mutationFn: (input: ChannelInput<'residents.create'>) => call('residents.create', input), onSuccess: refresh });
}

export function useUpdateResident() {
  const refresh = useRefreshResidents();
  return useMutation({ mutationFn: (input: ChannelInput<'residents.update'>) => call('residents.update', input), onSuccess: refresh });
}

export function useRequestExit() {
  const refresh = useRefreshResidents();
  return useMutation({ mutationFn: (input: ChannelInput<'residents.requestExit'>) => call('residents.requestExit', input), onSuccess: refresh });
}

export function useDecideExit() {
  const refresh = useRefreshResidents();
  return useMutation({ mutationFn: (input: ChannelInput<'residents.decideExit'>) => call('residents.decideExit', input), onSuccess: refresh });
}

export function useRecordDeath() {
  const refresh = useRefreshResidents();
  return useMutation({ mutationFn: (input: ChannelInput<'residents.recordDeath'>) => call('residents.recordDeath', input), onSuccess: refresh });
}

export function useReadmit() {
  const refresh = useRefreshResidents();
  return useMutation({ mutationFn: (input: ChannelInput<'residents.readmit'>) => call('residents.readmit', input), onSuccess: refresh });
}

export function useExportResidents() {
  return useMutation({ mutationFn: (input: ResidentListInput) => call('residents.exportXlsx', input) });
}

export function useCheckDuplicates() {
  return useMutation({ mutationFn: (input: ChannelInput<'residents.checkDuplicates'>) => call('residents.checkDuplicates', input) });
}
