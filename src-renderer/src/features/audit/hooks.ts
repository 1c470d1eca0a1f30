import { queryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { AuditListInput } from '@contract';
import { call } from '../../lib/api';

export type AuditFilters = Pick<AuditListInput, 'from' | 'to' | 'username' | 'entity' | 'channel'>;

const PAGE_SIZE = 100;

/** Newest first; each further page continues below the last row loaded (`beforeId`). */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit.list', 'browse', filters],
    queryFn: ({ pageParam }) => call('audit.list', { ...filters, limit: PAGE_SIZE, beforeId: pageParam }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.hasMore ? last.rows[last.rows.length - 1]?.id : undefined),
  });
}

export const recentAuditQuery = (limit = 6) =>
  queryOptions({ queryKey: ['audit.list', 'recent', limit], queryFn: () => call('audit.list', { limit }) });
