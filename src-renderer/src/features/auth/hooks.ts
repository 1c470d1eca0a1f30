import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '@contract';
import { call } from '../../lib/api';
import { clearUserData, SESSION_KEY } from '../../lib/query';
import { syncHomeClock } from '../../lib/home-clock';

export function useSession(enabled = true) {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async () => {
      const session = await call('auth.session');
      if (session) {
        lastUserId = session.user.id;
        syncHomeClock(session);
      }
      return session;
    },
    enabled,
    staleTime: Infinity,
  });
}

/** The signed-in, unlocked session; only use inside the app shell, where one always exists. */
export function useCurrentSession(): SessionInfo {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentSession outside a signed-in session');
  return data;
}

/** The last user signed in on this window: someone else starts at the dashboard, not at the last user's page. */
let lastUserId: number | null = null;

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) => call('auth.login', input),
    onSuccess: (session) => {
      clearUserData();
      if (lastUserId !== null && lastUserId !== session.user.id) window.location.hash = '#/';
      lastUserId = session.user.id;
      syncHomeClock(session);
      qc.setQueryData(SESSION_KEY, session);
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call('auth.logout'),
    onSettled: () => {
      clearUserData();
      qc.setQueryData(SESSION_KEY, null);
    },
  });
}

export function useLock() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call('auth.lock'),
    onSettled: () => qc.setQueryData<SessionInfo | null>(SESSION_KEY, (s) => (s ? { ...s, locked: true } : s)),
  });
}

export function useUnlock() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => call('auth.unlock', { password }),
    onSuccess: (session) => {
      syncHomeClock(session);
      qc.setQueryData(SESSION_KEY, session);
    },
  });
}

export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) => call('auth.changePassword', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: SESSION_KEY }),
  });
}

export function useSwitchHome() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (homeId: number) => call('auth.switchHome', { homeId }),
    onSuccess: (session) => {
      syncHomeClock(session);
      clearUserData(['homes.list']);
      qc.setQueryData(SESSION_KEY, session);
    },
  });
}
