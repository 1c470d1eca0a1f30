import { Badge, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import type { AuditRow } from '@contract';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../lib/format';
import { ACTION_COLORS, actionLabel, recordText } from '../../audit/labels';
import { DashboardCard } from './DashboardCard';

export function RecentAuditCard({ rows, loading }: { rows: AuditRow[] | undefined; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <DashboardCard
      title={t('dashboard.audit.title')}
      icon={<IconHistory size={18} />}
      action={
        <Button component={Link} to="/audit" variant="subtle" size="compact-sm">
          {t('dashboard.audit.all')}
        </Button>
      }
    >
      {loading ? (
        <Center h={120}>
          <Loader size="sm" />
        </Center>
      ) : !rows?.length ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.audit.empty')}
        </Text>
      ) : (
        <Stack gap={0}>
          {rows.map((row, i) => (
            <Group
              key={row.id}
              justify="space-between"
              wrap="nowrap"
              py={8}
              style={i > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}
            >
              <Group gap="sm" wrap="nowrap">
                <Badge variant="light" color={ACTION_COLORS[row.action] ?? 'gray'} radius="sm" tt="none" w={130}>
                  {actionLabel(t, row.action)}
                </Badge>
                <Text size="sm" truncate>
                  {recordText(t, row)}
                  <Text span c="dimmed" size="sm">
                    {' · '}
                    {row.username ?? t('audit.system')}
                  </Text>
                </Text>
              </Group>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(row.at)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </DashboardCard>
  );
}
