import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A failed call is a real answer from main (forbidden, not found...): retrying only hides it.
      retry: (count, error) => !(error instanceof ApiError) && count < 1,
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
    mutations: { retry: false },
  },
});

/** Query keys start with the channel name, so a change can invalidate every query of a channel. */
export const STATUS_KEY = ['system.status'] as const;
export const SESSION_KEY = ['auth.session'] as const;

/**
 * Forgets everything loaded for the previous user or home, keeping only the system status and the session.
 * Called on log-in, log-out, restore and home switch so no data leaks from one user or home to another.
 */
export function clearUserData(keep: readonly string[] = []): void {
  const kept = new Set<string>([STATUS_KEY[0], SESSION_KEY[0], ...keep]);
  queryClient.removeQueries({ predicate: (q) => !kept.has(String(q.queryKey[0])) });
}
