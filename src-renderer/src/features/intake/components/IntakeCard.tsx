import { Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconUserSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DashboardCard } from '../../dashboard/components/DashboardCard';
import { useOverview } from '../hooks';

/** The dashboard's intake card: applicants waiting, places free, the round in progress. */
export function IntakeCard() {
  const { t } = useTranslation();
  const o = useOverview().data;
  if (!o) return null;
  const waiting = o.byStatus.registered + o.byStatus.waitlisted;
  return (
    <DashboardCard title={t('intake.overview.card')} icon={<IconUserSearch size={18} />}>
      <Stack gap="xs" data-testid="intake-card">
        <SimpleGrid cols={2}>
          <Stack gap={0}><Text fz={24} fw={700}>{waiting}</Text><Text size="xs" c="dimmed">{t('intake.overview.cardApplicants', { count: waiting })}</Text></Stack>
          <Stack gap={0}><Text fz={24} fw={700}>{o.quotaFacts.free ?? '–'}</Text><Text size="xs" c="dimmed">{t('intake.overview.free')}</Text></Stack>
        </SimpleGrid>
        <Group gap="xs">
          {o.openRound ? <Anchor component={Link} to={`/intake/rounds/${o.openRound.id}`} size="sm">{o.openRound.name}</Anchor> : <Anchor component={Link} to="/intake/applicants" size="sm">{t('intake.title')}</Anchor>}
          {o.pendingApproval ? <Text size="xs" c="orange.8">{t('intake.overview.pendingApproval')}</Text> : null}
        </Group>
      </Stack>
    </DashboardCard>
  );
}
