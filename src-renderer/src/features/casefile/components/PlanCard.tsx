import { Alert, Anchor, Badge, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { GOAL_DOMAINS, type InterventionPlan, type PlanGoal, type PlanStatus } from '@contract';
import { IconArrowBackUp, IconCheck, IconClockHour4, IconPencil, IconSend, IconTrendingUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatShortDate } from '../../../lib/format';
import { GOAL_STATUS_COLORS } from './PlanDialogs';

export const PLAN_STATUS_COLORS: Record<PlanStatus, string> = { draft: 'gray', submitted: 'blue', approved: 'teal', returned: 'orange' };

interface PlanCardProps {
  plan: InterventionPlan;
  onEdit: () => void;
  onSubmit: () => void;
  onDecide: (approve: boolean) => void;
  onProgress: (goal: PlanGoal) => void;
}

/** One intervention plan: status, the head's note, goals per domain with their progress, and what may be done now. */
export function PlanCard({ plan, onEdit, onSubmit, onDecide, onProgress }: PlanCardProps) {
  const { t } = useTranslation();
  const domains = GOAL_DOMAINS.filter((d) => plan.goals.some((g) => g.domain === d));
  return (
    <Paper withBorder radius="md" p="md" data-testid="plan-card" data-status={plan.status}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={2}>
          <Text fw={650}>{t('casefile.plan.period', { from: formatDate(plan.periodStart), to: formatDate(plan.periodEnd) })}</Text>
          <Text size="xs" c="dimmed">
            {t('casefile.plan.createdBy', { name: plan.createdBy ?? '—', date: formatShortDate(plan.createdAt) })}
            {plan.submittedAt ? ` · ${t('casefile.plan.submittedOn', { date: formatShortDate(plan.submittedAt) })}` : ''}
          </Text>
        </Stack>
        <Badge color={PLAN_STATUS_COLORS[plan.status]} variant="light" size="lg" tt="none" data-testid="plan-status">
          {t(`casefile.planStatus.${plan.status}`)}
        </Badge>
      </Group>

      {plan.status === 'returned' && plan.decisionNote ? (
        <Alert mt="sm" color="orange" variant="light" icon={<IconArrowBackUp size={18} />} title={t('casefile.plan.returnedBy', { name: plan.decidedBy ?? '—' })}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {plan.decisionNote}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {formatDateTime(plan.decidedAt)}
          </Text>
        </Alert>
      ) : null}
      {plan.status === 'approved' ? (
        <Text size="xs" c="teal.8" mt="xs">
          {t('casefile.plan.approvedBy', { name: plan.decidedBy ?? '—', date: formatDateTime(plan.decidedAt) })}
          {plan.decisionNote ? ` — “${plan.decisionNote}”` : ''}
        </Text>
      ) : null}
      {plan.status === 'submitted' ? (
        <Group gap={6} mt="xs" c="blue.8">
          <IconClockHour4 size={16} />
          <Text size="xs">{t('casefile.plan.waiting')}</Text>
        </Group>
      ) : null}
      {plan.summary ? (
        <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {plan.summary}
        </Text>
      ) : null}

      <Stack gap="sm" mt="md">
        {domains.map((domain) => (
          <div key={domain}>
            <Text size="xs" fw={650} c="dimmed" tt="uppercase" lts={0.3} mb={4}>
              {t(`casefile.domains.${domain}`)}
            </Text>
            <Stack gap={6}>
              {plan.goals
                .filter((g) => g.domain === domain)
                .map((g) => (
                  <GoalRow key={g.id} goal={g} approved={plan.status === 'approved'} canAdd={plan.can.addProgress} onProgress={() => onProgress(g)} />
                ))}
            </Stack>
          </div>
        ))}
      </Stack>

      {plan.can.edit || plan.can.submit || plan.can.decide ? (
        <Group justify="flex-end" gap="sm" mt="md">
          {plan.can.edit ? (
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={onEdit}>
              {t('common.edit')}
            </Button>
          ) : null}
          {plan.can.submit ? (
            <Button variant="light" leftSection={<IconSend size={16} />} onClick={onSubmit}>
              {t('casefile.plan.submit')}
            </Button>
          ) : null}
          {plan.can.decide ? (
            <>
              <Button variant="light" color="orange" leftSection={<IconArrowBackUp size={16} />} onClick={() => onDecide(false)}>
                {t('casefile.decide.return')}
              </Button>
              <Button color="teal" leftSection={<IconCheck size={16} />} onClick={() => onDecide(true)}>
                {t('casefile.decide.approve')}
              </Button>
            </>
          ) : null}
        </Group>
      ) : null}
    </Paper>
  );
}

function GoalRow({ goal, approved, canAdd, onProgress }: { goal: PlanGoal; approved: boolean; canAdd: boolean; onProgress: () => void }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const percent = goal.progress.find((p) => p.progressPercent !== null)?.progressPercent ?? null;
  const shown = all ? goal.progress : goal.progress.slice(0, 1);
  return (
    <Paper radius="md" p="sm" bg="gray.0" data-testid="plan-goal">
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {goal.goal}
          </Text>
          <Text size="xs" c="dimmed">
            {goal.indicator ? `${t('casefile.plan.indicator')}: ${goal.indicator}` : ''}
            {goal.indicator && goal.targetDate ? ' · ' : ''}
            {goal.targetDate ? t('casefile.plan.targetBy', { date: formatShortDate(goal.targetDate) }) : ''}
          </Text>
        </Stack>
        {/* A goal is only under way once the head has approved its plan. */}
        {approved ? (
          <Badge color={GOAL_STATUS_COLORS[goal.status]} variant="light" tt="none" style={{ flexShrink: 0 }}>
            {t(`casefile.goalStatus.${goal.status}`)}
          </Badge>
        ) : null}
      </Group>
      {percent !== null ? (
        <Group gap="xs" mt={6} wrap="nowrap">
          <Progress value={percent} size="sm" radius="xl" color={goal.status === 'achieved' ? 'teal' : 'brand'} style={{ flex: 1 }} aria-label={t('casefile.progress.percent')} />
          <Text size="xs" fw={600} w={40} ta="right">
            {percent}%
          </Text>
        </Group>
      ) : null}
      {shown.map((p) => (
        <Text key={p.id} size="xs" mt={6} style={{ whiteSpace: 'pre-wrap' }}>
          <Text span size="xs" c="dimmed">
            {formatShortDate(p.notedOn)} · {p.recordedBy ?? '—'}
            {p.progressPercent !== null ? ` · ${p.progressPercent}%` : ''}:{' '}
          </Text>
          {p.note}
        </Text>
      ))}
      {(goal.progress.length > 1 || canAdd) ? (
        <Group justify="space-between" mt={6} gap="xs">
          {goal.progress.length > 1 ? (
            <Anchor component="button" type="button" size="xs" onClick={() => setAll((v) => !v)}>
              {all ? t('casefile.progress.showLess') : t('casefile.progress.showAll', { count: goal.progress.length })}
            </Anchor>
          ) : (
            <span />
          )}
          {canAdd ? (
            <Button size="compact-xs" variant="light" leftSection={<IconTrendingUp size={14} />} onClick={onProgress} aria-label={t('casefile.progress.addFor', { goal: goal.goal })}>
              {t('casefile.progress.add')}
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Paper>
  );
}
