import { Badge, Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { BackupFile } from '@contract';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatBytes, formatDateTime } from '../../../lib/format';
import { DashboardCard } from './DashboardCard';

export function LastBackupCard({ last, loading }: { last: BackupFile | null | undefined; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <DashboardCard
      title={t('dashboard.backup.title')}
      icon={<IconDatabaseExport size={18} />}
      action={
        <Button component={Link} to="/settings/backups" variant="subtle" size="compact-sm">
          {t('dashboard.backup.manage')}
        </Button>
      }
    >
      {loading ? (
        <Center h={60}>
          <Loader size="sm" />
        </Center>
      ) : last ? (
        <Stack gap={6}>
          <Text fw={600} data-testid="last-backup-date">
            {formatDateTime(last.createdAt)}
          </Text>
          <Text size="sm" c="dimmed">
            <Badge variant="light" radius="sm" tt="none" mr={6}>
              {t(`backups.kinds.${last.kind}`)}
            </Badge>
            {formatBytes(last.sizeBytes)}
          </Text>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('dashboard.backup.none')}
        </Text>
      )}
    </DashboardCard>
  );
}
