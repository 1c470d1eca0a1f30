import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { APPLICATION_STATUSES } from '@contract';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../lib/format';
import { useOverview } from '../hooks';

export const STATUS_COLORS = { registered: 'blue', waitlisted: 'yellow', rejected: 'gray', referred: 'grape', admitted: 'teal' } as const;

function Stat({ label, value, testId }: { label: string; value: string | number; testId?: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fz={26} fw={700}>{value}</Text>
    </Paper>
  );
}

/** Applicants by status and places free (capacity − active residents), with the round in progress. */
export function OverviewStats() {
  const { t } = useTranslation();
  const overview = useOverview();
  const o = overview.data;
  if (!o) return null;
  const f = o.quotaFacts;
  return (
    <Stack gap="sm" mb="lg">
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 8 }} spacing="sm">
        {APPLICATION_STATUSES.map((s) => (
          <Stat key={s} label={t(`intake.status.${s}`)} value={o.byStatus[s]} testId={`count-${s}`} />
        ))}
        <Stat label={t('intake.overview.capacity')} value={f.capacity ?? t('intake.overview.notSet')} />
        <Stat label={t('intake.overview.active')} value={f.activeResidents} />
        <Stat label={t('intake.overview.free')} value={f.free ?? '–'} testId="places-free" />
      </SimpleGrid>
      {f.capacity == null ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>{t('intake.overview.capacityMissing')}</Alert>
      ) : null}
      <Paper withBorder radius="md" p="sm">
        {o.openRound ? (
          <Group gap="sm">
            <Text size="sm" fw={600}>{t('intake.overview.openRound')}:</Text>
            <Anchor component={Link} to={`/intake/rounds/${o.openRound.id}`} size="sm">{o.openRound.name}</Anchor>
            <Text size="sm" c="dimmed">{formatDate(o.openRound.startDate)} – {formatDate(o.openRound.endDate)}</Text>
            <Badge variant="light">{t('intake.round.acceptedOf', { accepted: o.openRound.accepted, quota: o.openRound.quota })}</Badge>
            {o.pendingApproval ? <Badge color="orange">{t('intake.overview.pendingApproval')}</Badge> : null}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">{t('intake.overview.noOpenRound')}</Text>
        )}
      </Paper>
    </Stack>
  );
}
