import { Button, Center, EmptyState, Group, Loader, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconHistory, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useCurrentSession } from '../../auth/hooks';
import { homesListQuery } from '../../homes/hooks';
import { AuditChainCheck } from '../components/AuditChainCheck';
import { AuditFiltersBar } from '../components/AuditFiltersBar';
import { AuditTable } from '../components/AuditTable';
import { useAuditLog, type AuditFilters } from '../hooks';

/** Who changed what, when, through which channel: filterable, newest first. */
export function AuditPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilters>({});
  const log = useAuditLog(filters);
  const rows = log.data?.pages.flatMap((p) => p.rows) ?? [];
  // A province administrator sees every home's entries, so the table names the home of each.
  const provinceAdmin = useCurrentSession().user.role === 'province_admin';
  const homes = useQuery({ ...homesListQuery(), enabled: provinceAdmin });
  const homeNames = useMemo(
    () => (provinceAdmin && homes.data ? new Map(homes.data.map((h) => [h.id, h.name])) : undefined),
    [provinceAdmin, homes.data],
  );

  return (
    <>
      <PageHeader
        title={t('areas.audit.title')}
        description={t('audit.description')}
        icon={
          <ThemeIcon variant="light" size={40} radius="md">
            <IconHistory size={22} stroke={1.6} />
          </ThemeIcon>
        }
      />
      <AuditChainCheck />
      <AuditFiltersBar value={filters} onChange={setFilters} />
      <Paper withBorder radius="md">
        {log.isLoading ? (
          <Center h={240}><Loader size="sm" /></Center>
        ) : log.error ? (
          <Paper p="lg"><FormAlert messages={[log.error.message]} /></Paper>
        ) : rows.length === 0 ? (
          <EmptyState py={48} icon={<IconSearch size={26} />} withIndicatorBackground title={t('audit.emptyTitle')} description={t('audit.empty')} />
        ) : (
          <AuditTable rows={rows} homeNames={homeNames} />
        )}
        {rows.length > 0 ? (
          <Group justify="space-between" px="md" py="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
            <Text size="sm" c="dimmed" data-testid="audit-count">
              {t('audit.shown', { count: rows.length })}
              {log.hasNextPage ? '' : ` · ${t('audit.allLoaded')}`}
            </Text>
            {log.hasNextPage ? (
              <Button variant="default" size="xs" onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
                {t('audit.loadMore')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Paper>
    </>
  );
}
