import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AppSettings, BackupJob, UserCreateInput } from '@contract';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../lib/api';
import { SESSION_KEY } from '../../lib/query';

// ---- users
export const usersQuery = () => queryOptions({ queryKey: ['users.list'], queryFn: () => call('users.list') });

function useRefreshUsers() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: ['users.list'] }), qc.invalidateQueries({ queryKey: ['audit.list'] })]);
}

export function useCreateUser() {
  const refresh = useRefreshUsers();
  return useMutation({ mutationFn: (input: UserCreateInput) => call('users.create', input), onSuccess: refresh });
}

export function useUpdateUser() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (input: { id: number; fullName: string; role: UserCreateInput['role'] }) => call('users.update', input),
    onSuccess: refresh,
  });
}

export function useSetUserActive() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (input: { id: number; active: boolean }) => call('users.setActive', input),
    onSuccess: refresh,
  });
}

export function useResetPassword() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (input: { id: number; password: string }) => call('users.resetPassword', input),
    onSuccess: refresh,
  });
}

// ---- backups
export const backupsQuery = () => queryOptions({ queryKey: ['backups.list'], queryFn: () => call('backups.list') });

/** Starts a backup and polls its progress every 300 ms until it is done. */
export function useBackupJob(onFinished: (job: BackupJob) => void) {
  const qc = useQueryClient();
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  });
  const [started, setStarted] = useState<BackupJob | null>(null);
  const start = useMutation({ mutationFn: () => call('backups.create'), onSuccess: setStarted });
  const progress = useQuery({
    queryKey: ['backups.progress', started?.jobId ?? null],
    queryFn: () => call('backups.progress', { jobId: started!.jobId }),
    enabled: started !== null && !started.done,
    refetchInterval: (q) => (q.state.data?.done ? false : 300),
    gcTime: 0,
  });
  const job = progress.data ?? started;
  const done = job?.done ?? false;
  useEffect(() => {
    if (!done || !job) return;
    void qc.invalidateQueries({ queryKey: ['backups.list'] });
    finished.current(job);
    // Only once per job: when it turns done.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [done, job?.jobId, qc]);
  return {
    job,
    start: () => start.mutateAsync(),
    starting: start.isPending,
    running: start.isPending || (job !== null && !job.done),
    error: start.error ?? progress.error,
    dismiss: () => setStarted(null),
  };
}

export function useRestoreBackup() {
  return useMutation({ mutationFn: (fileName: string) => call('backups.restore', { fileName }) });
}

// ---- preferences
export const settingsQuery = () => queryOptions({ queryKey: ['settings.get'], queryFn: () => call('settings.get') });

export function useUpdateSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: AppSettings) => call('settings.update', input),
    onSuccess: (value) => {
      qc.setQueryData(['settings.get'], value);
      // The idle lock the shell applies comes with the session.
      void qc.invalidateQueries({ queryKey: SESSION_KEY });
      void qc.invalidateQueries({ queryKey: ['audit.list'] });
    },
  });
}

// ---- integrity
export const integrityQuery = () => queryOptions({ queryKey: ['backups.integrity'], queryFn: () => call('backups.integrity') });

/** Runs the full integrity check now (on main's worker thread); the answer comes when it is done. */
export function useCheckIntegrity() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call('backups.checkIntegrity'),
    onSuccess: (status) => qc.setQueryData(['backups.integrity'], status),
  });
}

/** Index-only damage: a verified backup, REINDEX, and the check again. */
export function useRepairIndexes() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call('backups.repairIndexes', { confirm: true }),
    onSuccess: (result) => {
      qc.setQueryData(['backups.integrity'], result.integrity);
      void qc.invalidateQueries({ queryKey: ['backups.list'] });
      void qc.invalidateQueries({ queryKey: ['audit.list'] });
    },
  });
}
