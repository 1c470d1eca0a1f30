import { Anchor, Badge, Button, Collapse, Group, Paper, Text, Timeline } from '@mantine/core';
import type { CaseFile, RehabStage, StageEntry } from '@contract';
import { IconArrowRightCircle, IconCheck, IconFlag } from '@tabler/icons-react';
import { useState } from 'react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatShortDate } from '../../../lib/format';
import { homeToday } from '../../../lib/home-clock';

const daysBetween = (from: string, to: string) => Math.max(0, dayjs(to).diff(dayjs(from), 'day'));

/** Where the resident is on the home's path: the stages passed (dates, who), the current one, and those ahead. */
export function StagePath({ file, stages, onMove, compact }: { file: CaseFile; stages: RehabStage[] | undefined; onMove?: () => void; compact?: boolean }) {
  const { t } = useTranslation();
  // On a narrow window the current stage is enough at first; the path opens on request.
  const [expanded, setExpanded] = useState(false);
  const history = file.stageHistory;
  const current = file.currentStage;
  const position = new Map((stages ?? []).map((s) => [s.id, s.position]));
  const currentPos = current ? (position.get(current.stageId) ?? 0) : Infinity;
  const ahead = (stages ?? []).filter((s) => s.active && s.position > currentPos);
  const today = homeToday();

  const entryText = (e: StageEntry) => {
    if (e.endedOn === null) return t('casefile.stage.since', { date: formatShortDate(e.startedOn), count: daysBetween(e.startedOn, today) });
    return t('casefile.stage.range', { from: formatShortDate(e.startedOn), to: formatShortDate(e.endedOn), count: daysBetween(e.startedOn, e.endedOn) });
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="stage-path-title" data-testid="stage-path">
      <Group justify="space-between" mb={compact ? 'xs' : 'md'} gap="xs">
        <Text id="stage-path-title" fw={650}>
          {t('casefile.stage.title')}
        </Text>
        {onMove ? (
          <Button size="compact-sm" variant="light" leftSection={<IconArrowRightCircle size={16} />} onClick={onMove}>
            {t('casefile.stage.move')}
          </Button>
        ) : null}
      </Group>
      {compact && current ? (
        <Group gap="xs" justify="space-between" mb={expanded ? 'md' : 0}>
          <Group gap={8}>
            <IconFlag size={16} color="var(--mantine-color-brand-7)" aria-hidden />
            <Text size="sm" fw={700} c="brand.8">
              {current.stageName}
            </Text>
            <Text size="xs" c="dimmed">
              {entryText(current)}
            </Text>
          </Group>
          <Anchor component="button" type="button" size="sm" onClick={() => setExpanded((v) => !v)} aria-expanded={expanded}>
            {expanded ? t('casefile.stage.hidePath') : t('casefile.stage.showPath', { count: history.length + ahead.length })}
          </Anchor>
        </Group>
      ) : null}
      {history.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('casefile.stage.none')}
        </Text>
      ) : (
        <Collapse expanded={!compact || !current || expanded}>
        <Timeline active={history.length - 1} bulletSize={22} lineWidth={2} color="brand">
          {history.map((e) => {
            const isCurrent = e.endedOn === null;
            return (
              <Timeline.Item
                key={e.id}
                bullet={isCurrent ? <IconFlag size={12} /> : <IconCheck size={12} />}
                title={
                  <Group gap={6} wrap="wrap">
                    <Text size="sm" fw={isCurrent ? 700 : 600} c={isCurrent ? 'brand.8' : undefined}>
                      {e.stageName}
                    </Text>
                    {isCurrent ? (
                      <Badge size="sm" variant="filled" tt="none">
                        {t('casefile.stage.current')}
                      </Badge>
                    ) : null}
                  </Group>
                }
                data-current={isCurrent || undefined}
              >
                <Text size="xs" c="dimmed">
                  {entryText(e)}
                </Text>
                {e.note ? (
                  <Text size="xs" mt={2} style={{ whiteSpace: 'pre-wrap' }}>
                    {e.note}
                  </Text>
                ) : null}
                <Text size="xs" c="dimmed" mt={2}>
                  {t('casefile.recordedBy', { name: e.recordedBy ?? '—' })}
                </Text>
              </Timeline.Item>
            );
          })}
          {ahead.map((s) => (
            <Timeline.Item key={`ahead-${s.id}`} title={<Text size="sm" c="dimmed">{s.name}</Text>} lineVariant="dashed">
              <Text size="xs" c="dimmed">
                {t('casefile.stage.ahead')}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
        </Collapse>
      )}
      {!current && history.length > 0 ? (
        <Text size="xs" c="dimmed" mt="sm">
          {t('casefile.stage.closed')}
        </Text>
      ) : null}
    </Paper>
  );
}
