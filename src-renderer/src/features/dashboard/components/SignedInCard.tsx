import { Avatar, Group, Stack, Text } from '@mantine/core';
import type { SessionInfo } from '@contract';
import { IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { InfoList } from '../../../components/InfoList';
import { RoleBadge } from '../../../components/RoleBadge';
import { initials } from '../../auth/names';
import { DashboardCard } from './DashboardCard';

export function SignedInCard({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const { user } = session;
  return (
    <DashboardCard title={t('dashboard.user.title')} icon={<IconUserCircle size={18} />}>
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap">
          <Avatar color="initials" name={user.fullName} radius="xl" size={44}>
            {initials(user.fullName)}
          </Avatar>
          <Stack gap={4}>
            <Text fw={600} data-testid="signed-in-name">
              {user.fullName}
            </Text>
            <RoleBadge role={user.role} />
          </Stack>
        </Group>
        <InfoList
          cols={1}
          items={[
            { label: t('auth.username'), value: user.username },
            {
              label: t('dashboard.user.scope'),
              value: user.role === 'province_admin' ? t('dashboard.user.allHomes') : (session.activeHome?.name ?? '—'),
            },
            { label: t('dashboard.user.idleLock'), value: t('dashboard.user.idleLockValue', { count: session.idleLockMinutes }) },
          ]}
        />
      </Stack>
    </DashboardCard>
  );
}
