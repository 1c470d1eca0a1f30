import { Badge, Button, Center, Group, Loader, Paper, Stack, Text, Timeline } from '@mantine/core';
import type { ResidentDetail, StatusChange } from '@contract';
import { IconArrowBackUp, IconCheck, IconClockPause, IconDoorExit, IconFlower, IconLogin, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useCurrentSession } from '../../auth/hooks';
import { UndoExitModal } from '../../exits/components/UndoExitModal';
import { statusHistoryQuery } from '../hooks';
import { useReference } from '../labels';

const STATE_COLORS = { pending: 'yellow', approved: 'teal', rejected: 'red', undone: 'gray' } as const;

function titleKey(c: StatusChange) {
  if (c.toStatus === 'deceased') return 'death' as const;
  if (c.toStatus === 'discharged') return 'discharge' as const;
  return c.fromStatus ? ('readmission' as const) : ('admission' as const);
}

function bullet(c: StatusChange) {
  if (c.state === 'pending') return <IconClockPause size={14} />;
  if (c.state === 'rejected') return <IconX size={14} />;
  if (c.state === 'undone') return <IconArrowBackUp size={14} />;
  if (c.toStatus === 'deceased') return <IconFlower size={14} />;
  if (c.toStatus === 'discharged') return <IconDoorExit size={14} />;
  return <IconLogin size={14} />;
}

/** Every status change of the resident: what, from when, why, who asked and who decided. */
export function StatusHistoryTab({ resident }: { resident: ResidentDetail }) {
  const { t } = useTranslation();
  const ref = useReference();
  const history = useQuery(statusHistoryQuery(resident.id));
  const isHead = useCurrentSession().user.role === 'head';
  const [undoing, setUndoing] = useState<number | null>(null);

  if (history.isLoading) {
    return (
      <Center h={200}>
        <Loader size="sm" />
      </Center>
    );
  }
  if (history.error) return <FormAlert messages={[history.error.message]} />;
  const changes = history.data ?? [];
  // Only the exit that made the current status can be undone (by the head).
  const latest = [...changes].reverse().find((c) => c.state === 'approved');
  const undoable = isHead && latest && latest.toStatus !== 'active' && latest.toStatus === resident.status ? latest.id : null;

  return (
    <Paper withBorder radius="md" p="xl">
      {changes.length === 0 ? (
        <Text c="dimmed" size="sm">{t('residents.history.empty')}</Text>
      ) : (
        <Timeline active={changes.length - 1} bulletSize={28} lineWidth={2} data-testid="status-history">
          {changes.map((c) => {
            const color = c.state === 'approved' ? (c.toStatus === 'active' ? 'teal' : c.toStatus === 'deceased' ? 'dark' : 'gray') : STATE_COLORS[c.state];
            return (
              <Timeline.Item
                key={c.id}
                bullet={bullet(c)}
                color={color}
                data-testid="history-item"
                title={
                  <Group gap={8} wrap="wrap">
                    <Text fw={650} size="sm" td={c.state === 'rejected' || c.state === 'undone' ? 'line-through' : undefined}>
                      {t(`residents.history.${titleKey(c)}`)}
                      {c.exitType ? ` · ${ref.exitType[c.exitType]}` : ''}
                    </Text>
                    {c.state !== 'approved' || c.decidedBy !== c.requestedBy ? (
                      <Badge size="sm" variant="light" color={STATE_COLORS[c.state]} tt="none" leftSection={c.state === 'approved' ? <IconCheck size={11} /> : undefined}>
                        {t(`residents.history.state.${c.state}`)}
                      </Badge>
                    ) : null}
                  </Group>
                }
              >
                <Stack gap={2} mt={4} mb="md">
                  <Text size="sm" fw={500}>{t('residents.history.effective', { date: formatDate(c.effectiveDate) })}</Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{t('residents.history.reason', { reason: c.reason })}</Text>
                  <Text size="xs" c="dimmed">{t('residents.history.requested', { by: c.requestedBy ?? '—', at: formatDateTime(c.requestedAt) })}</Text>
                  {c.decidedAt && c.state !== 'pending' && c.decidedBy !== c.requestedBy ? (
                    <Text size="xs" c="dimmed">
                      {t('residents.history.decided', { state: t(`residents.history.state.${c.state}`), by: c.decidedBy ?? '—', at: formatDateTime(c.decidedAt) })}
                    </Text>
                  ) : null}
                  {c.decisionNote ? <Text size="xs" fs="italic">{t('residents.history.note', { note: c.decisionNote })}</Text> : null}
                  {c.state === 'undone' ? (
                    <>
                      <Text size="xs" c="orange.8">{t('residents.history.undone', { by: c.undoneBy ?? '—', at: formatDateTime(c.undoneAt), reason: c.undoReason ?? '' })}</Text>
                      {c.undoChangedPeriods?.length ? (
                        <Text size="xs" c="dimmed" data-testid="history-changed-periods">
                          {t('residents.history.changedPeriods', { periods: c.undoChangedPeriods.map((p) => `${formatDate(p.from)} – ${formatDate(p.to)}`).join('; ') })}
                        </Text>
                      ) : null}
                    </>
                  ) : null}
                  {c.id === undoable ? (
                    <Group mt={4}>
                      <Button size="compact-xs" variant="light" color="orange" leftSection={<IconArrowBackUp size={12} />} onClick={() => setUndoing(c.id)}>
                        {t('residents.history.undo')}
                      </Button>
                    </Group>
                  ) : null}
                </Stack>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
      {undoing ? <UndoExitModal changeId={undoing} residentName={resident.fullName} onClose={() => setUndoing(null)} /> : null}
    </Paper>
  );
}
