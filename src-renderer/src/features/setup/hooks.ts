import { useMutation, useQuery } from '@tanstack/react-query';
import type { SetupInput } from '@contract';
import { call } from '../../lib/api';
import { STATUS_KEY } from '../../lib/query';

export function useSystemStatus() {
  return useQuery({ queryKey: STATUS_KEY, queryFn: () => call('system.status'), staleTime: Infinity, retry: 1 });
}

export function useCompleteSetup() {
  return useMutation({ mutationFn: (input: SetupInput) => call('setup.complete', input) });
}
