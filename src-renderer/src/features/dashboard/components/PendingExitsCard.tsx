import { Anchor, Badge, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import type { PendingExit } from '@contract';
import { IconCheck, IconDoorExit, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../lib/format';
import { useCurrentSession } from '../../auth/hooks';
import { DecideExitModal } from '../../residents/components/DecideExitModal';
import { pendingExitsQuery } from '../../residents/hooks';
import { useReference } from '../../residents/labels';
import { DashboardCard } from './DashboardCard';

/** The head's queue of discharge requests, each approved or rejected from here. Renders nothing for other roles. */
export function PendingExitsCard() {
  const isHead = useCurrentSession().user.role === 'head';
  return isHead ? <PendingExitsList /> : null;
}

function PendingExitsList() {
  const { t } = useTranslation();
  const ref = useReference();
  const pending = useQuery(pendingExitsQuery());
  const [deciding, setDeciding] = useState<{ change: PendingExit; approve: boolean } | null>(null);
  const rows = pending.data ?? [];

  return (
    <DashboardCard
      title={t('residents.pending.title')}
      icon={<IconDoorExit size={18} />}
      action={rows.length ? <Badge color="yellow" variant="filled" circle>{rows.length}</Badge> : undefined}
    >
      {pending.isLoading ? (
        <Center h={60}>
          <Loader size="sm" />
        </Center>
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('residents.pending.none')}
        </Text>
      ) : (
        <Stack gap="sm" data-testid="pending-exits">
          {rows.map((p) => (
            <Group key={p.id} justify="space-between" wrap="nowrap" gap="sm" p="sm" bg="yellow.0" style={{ borderRadius: 8 }} data-testid="pending-exit-row">
              <Stack gap={2} miw={0}>
                <Anchor component={Link} to={`/residents/${p.residentId}/profile`} size="sm" fw={600} truncate>
                  {p.residentName} <Text span size="xs" c="dimmed">({p.registrationNo})</Text>
                </Anchor>
                <Text size="xs" c="dimmed" truncate>
                  {t('residents.pending.line', { type: p.exitType ? ref.exitType[p.exitType] : '—', date: formatDate(p.effectiveDate), by: p.requestedBy ?? '—' })}
                </Text>
              </Stack>
              <Group gap={6} wrap="nowrap">
                <Button size="compact-sm" color="teal" leftSection={<IconCheck size={14} />} onClick={() => setDeciding({ change: p, approve: true })}>
                  {t('residents.detail.approve')}
                </Button>
                <Button size="compact-sm" color="red" variant="light" leftSection={<IconX size={14} />} onClick={() => setDeciding({ change: p, approve: false })}>
                  {t('residents.detail.reject')}
                </Button>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
      {deciding ? (
        <DecideExitModal change={deciding.change} residentName={deciding.change.residentName} approve={deciding.approve} onClose={() => setDeciding(null)} />
      ) : null}
    </DashboardCard>
  );
}
