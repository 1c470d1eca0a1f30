import { useQuery } from '@tanstack/react-query';
import { recentAuditQuery } from '../audit/hooks';
import { homeQuery } from '../homes/hooks';
import { backupsQuery } from '../settings/hooks';

export function useActiveHomeProfile(homeId: number | null) {
  return useQuery({ ...homeQuery(homeId ?? 0), enabled: homeId !== null });
}

export function useLastBackup(enabled: boolean) {
  return useQuery({ ...backupsQuery(), enabled, select: (data) => ({ folder: data.folder, last: data.files[0] ?? null }) });
}

export function useRecentAudit(enabled: boolean) {
  return useQuery({ ...recentAuditQuery(6), enabled });
}
