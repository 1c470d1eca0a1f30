import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { CareNote, Incident } from '@contract';
import { IconAlertTriangle, IconCircleCheck, IconMessageForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatShortDate } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { showTime } from '../shift';
import { CATEGORY_COLORS, SEVERITY_COLORS } from '../colors';
import { homeToday } from '../../../lib/home-clock';

/** One care note as a line: category, the text as written, then shift, time and who wrote it. */
export function NoteLine({ note }: { note: CareNote }) {
  const { t } = useTranslation();
  const time = showTime(note.notedTime, currentLanguage());
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="care-note">
      <Badge color={CATEGORY_COLORS[note.category]} variant="light" tt="none" w={150} style={{ flexShrink: 0 }} mt={1}>
        {t(`carenotes.categories.${note.category}`)}
      </Badge>
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {note.note}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`carenotes.shiftsShort.${note.shift}`)}
          {time ? ` · ${time}` : ''} · {note.recordedBy ?? '—'}
        </Text>
      </Stack>
    </Group>
  );
}

/** Is the follow-up past its due date and still open? */
export const isOverdue = (incident: Incident) => !incident.resolvedOn && !!incident.followUpDue && incident.followUpDue < homeToday();

interface IncidentCardProps {
  incident: Incident;
  showResident?: boolean;
  /** Shorter: the description and follow-up on two lines at most, without the action taken (lists of many). */
  compact?: boolean;
  onFollowUp?: (incident: Incident, resolve: boolean) => void;
}

/** An incident: severity, what happened, what was done, the follow-up and whether it is closed. */
export function IncidentCard({ incident, showResident, compact, onFollowUp }: IncidentCardProps) {
  const { t } = useTranslation();
  const time = showTime(incident.occurredTime, currentLanguage());
  const overdue = isOverdue(incident);
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      data-testid="incident"
      style={{ borderLeft: `4px solid var(--mantine-color-${SEVERITY_COLORS[incident.severity]}-${incident.severity === 'low' ? 5 : 6})` }}
    >
      <Group justify="space-between" gap="xs" align="flex-start">
        <Group gap={6} wrap="nowrap">
          <IconAlertTriangle size={16} color={`var(--mantine-color-${SEVERITY_COLORS[incident.severity]}-7)`} aria-hidden />
          <Badge color={SEVERITY_COLORS[incident.severity]} variant="light" tt="none" style={{ flexShrink: 0 }}>
            {t('carenotes.incident')} · {t(`carenotes.severities.${incident.severity}`)}
          </Badge>
          {incident.resolvedOn ? (
            <Badge color="teal" variant="light" tt="none" leftSection={<IconCircleCheck size={12} />} style={{ flexShrink: 0 }}>
              {t('carenotes.resolvedOn', { date: formatShortDate(incident.resolvedOn) })}
            </Badge>
          ) : (
            <Badge color={overdue ? 'red' : 'orange'} variant={overdue ? 'filled' : 'light'} tt="none" style={{ flexShrink: 0 }}>
              {overdue ? t('carenotes.overdue') : t('carenotes.open')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {formatDate(incident.occurredOn)}
          {time ? ` · ${time}` : ''}
        </Text>
      </Group>
      {showResident ? (
        <Text size="sm" fw={650} mt={6}>
          {incident.residentName}
          {incident.room ? <Text span size="xs" c="dimmed" fw={400}> · {incident.room}</Text> : null}
        </Text>
      ) : null}
      <Stack gap={4} mt={6}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} lineClamp={compact ? 2 : undefined}>
          {incident.description}
        </Text>
        {compact ? null : (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            <Text span fw={600} size="sm" c="dark.4">{t('carenotes.fields.actionTaken')}: </Text>
            {incident.actionTaken}
          </Text>
        )}
        {incident.followUp || incident.followUpDue ? (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }} lineClamp={compact ? 2 : undefined}>
            <Text span fw={600} size="sm" c="dark.4">{t('carenotes.fields.followUp')}: </Text>
            {incident.followUp ?? '—'}
            {incident.followUpDue ? (
              <Text span size="sm" c={overdue ? 'red.7' : 'dimmed'} fw={overdue ? 600 : 400}>
                {' '}
                ({t('carenotes.dueBy', { date: formatDate(incident.followUpDue) })})
              </Text>
            ) : null}
          </Text>
        ) : null}
      </Stack>
      <Group justify="space-between" mt={6} gap="xs">
        <Text size="xs" c="dimmed">
          {t('carenotes.by', { name: incident.recordedBy ?? '—' })}
        </Text>
        {onFollowUp && !incident.resolvedOn ? (
          <Group gap={6}>
            <Button size="compact-sm" variant="default" leftSection={<IconMessageForward size={14} />} onClick={() => onFollowUp(incident, false)}>
              {t('carenotes.followUpAction')}
            </Button>
            <Button size="compact-sm" variant="light" color="teal" leftSection={<IconCircleCheck size={14} />} onClick={() => onFollowUp(incident, true)}>
              {t('carenotes.resolveAction')}
            </Button>
          </Group>
        ) : null}
      </Group>
    </Paper>
  );
}
