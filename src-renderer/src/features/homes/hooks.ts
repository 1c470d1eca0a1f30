import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { HomeProfileInput } from '@contract';
import { call } from '../../lib/api';
import { SESSION_KEY } from '../../lib/query';

export const homesListQuery = () => queryOptions({ queryKey: ['homes.list'], queryFn: () => call('homes.list') });

export const homeQuery = (id: number) => queryOptions({ queryKey: ['homes.get', id], queryFn: () => call('homes.get', { id }) });

/** A home's name and status also appear in the session (header) and the home switcher. */
function useRefreshHomes() {
  const qc = useQueryClient();
  return async () => {
    await Promise.all([
      qc.invalidateQueries({ queryKey: ['homes.list'] }),
      qc.invalidateQueries({ queryKey: ['homes.get'] }),
      qc.invalidateQueries({ queryKey: SESSION_KEY }),
      qc.invalidateQueries({ queryKey: ['audit.list'] }),
    ]);
  };
}

export function useUpdateHome() {
  const refresh = useRefreshHomes();
  return useMutation({
    mutationFn: (input: { id: number; profile: HomeProfileInput }) => call('homes.update', input),
    onSuccess: refresh,
  });
}

export function useCreateHome() {
  const refresh = useRefreshHomes();
  return useMutation({ mutationFn: (profile: HomeProfileInput) => call('homes.create', profile), onSuccess: refresh });
}

export function useSetHomeActive() {
  const refresh = useRefreshHomes();
  return useMutation({
    mutationFn: (input: { id: number; active: boolean; reason?: string }) => call('homes.setActive', input),
    onSuccess: refresh,
  });
}
