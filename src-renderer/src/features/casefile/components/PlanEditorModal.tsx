import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Alert, Badge, Button, Grid, Group, Modal, Paper, SimpleGrid, Stack, Text, TextInput, Textarea, Tooltip } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { GOAL_DOMAINS, PlanInput, type GoalDomain, type InterventionPlan } from '@contract';
import { IconArrowBackUp, IconCalendar, IconPlus, IconSend, IconTrash } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { useSavePlan, useSubmitPlan } from '../hooks';
import { homeToday } from '../../../lib/home-clock';

interface PlanEditorModalProps {
  /** `null` closed; `{ plan: undefined }` a new plan. */
  editing: { plan?: InterventionPlan } | null;
  residentId: number;
  onClose: () => void;
}

/** Writes a plan (or edits one still draft or returned): period, summary and goals per guidance domain. */
export function PlanEditorModal({ editing, residentId, onClose }: PlanEditorModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={<Text fw={650}>{editing?.plan ? t('casefile.plan.editTitle') : t('casefile.plan.newTitle')}</Text>}
      size="xl"
      centered
      closeOnClickOutside={false}
    >
      {editing ? <PlanForm plan={editing.plan} residentId={residentId} onClose={onClose} /> : null}
    </Modal>
  );
}

function PlanForm({ plan, residentId, onClose }: { plan?: InterventionPlan; residentId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSavePlan();
  const submitPlan = useSubmitPlan();
  const [formError, setFormError] = useState<string[]>([]);
  const start = homeToday();
  const form = useForm<PlanInput>({
    resolver: zodResolver(PlanInput),
    // Not 'onTouched': the field array would then validate on every added goal and flag the new, empty one.
    mode: 'onSubmit',
    reValidateMode: 'onBlur',
    defaultValues: plan
      ? {
          id: plan.id,
          residentId,
          periodStart: plan.periodStart,
          periodEnd: plan.periodEnd,
          summary: plan.summary ?? '',
          goals: plan.goals.map((g) => ({ id: g.id, domain: g.domain, goal: g.goal, indicator: g.indicator ?? '', targetDate: g.targetDate })),
        }
      : { residentId, periodStart: start, periodEnd: dayjs(start).add(6, 'month').subtract(1, 'day').format('YYYY-MM-DD'), summary: '', goals: [] },
  });
  // `id` belongs to the goal (kept on edit), so the field array keys its rows under another name.
  const goals = useFieldArray({ control: form.control, name: 'goals', keyName: 'key' });
  const [periodStart, periodEnd, goalValues] = useWatch({ control: form.control, name: ['periodStart', 'periodEnd', 'goals'] });
  const errors = form.formState.errors;
  const goalsError = errors.goals?.message ?? errors.goals?.root?.message;

  const run = (thenSubmit: boolean) =>
    form.handleSubmit(async (values) => {
      setFormError([]);
      try {
        const saved = await save.mutateAsync(values);
        // Saved now: a second press (e.g. after a failed submission) edits this plan instead of adding another.
        form.setValue('id', saved.id);
        if (thenSubmit) {
          await submitPlan.mutateAsync(saved.id);
          notifySuccess(t('casefile.plan.submitted'));
        } else {
          notifySuccess(t('casefile.plan.saved'));
        }
        onClose();
      } catch (error) {
        setFormError(applyFieldErrors(error, form.setError).unmatched);
      }
    });

  const addGoal = (domain: GoalDomain) =>
    goals.append({ domain, goal: '', indicator: '', targetDate: null }, { shouldFocus: true, focusName: `goals.${goals.fields.length}.goal` });

  return (
    <form onSubmit={run(false)} noValidate>
      <Stack gap="md">
        {plan?.status === 'returned' && plan.decisionNote ? (
          <Alert color="orange" variant="light" icon={<IconArrowBackUp size={18} />} title={t('casefile.plan.returnedBy', { name: plan.decidedBy ?? '—' })}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {plan.decisionNote}
            </Text>
          </Alert>
        ) : null}
        <FormAlert messages={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {(['periodStart', 'periodEnd'] as const).map((name) => (
            <Controller
              key={name}
              control={form.control}
              name={name}
              render={({ field, fieldState }) => (
                <DatePickerInput
                  label={t(`casefile.plan.${name}`)}
                  withAsterisk
                  value={field.value ?? null}
                  onChange={(v) => field.onChange(v ?? '')}
                  minDate={name === 'periodEnd' ? periodStart : undefined}
                  valueFormat="D MMMM YYYY"
                  leftSection={<IconCalendar size={16} />}
                  error={fieldState.error?.message}
                />
              )}
            />
          ))}
        </SimpleGrid>
        <Textarea label={t('casefile.plan.summary')} placeholder={t('casefile.plan.summaryHint')} autosize minRows={2} {...form.register('summary')} error={errors.summary?.message} />

        <Stack gap={4}>
          <Text fw={650}>{t('casefile.plan.goals')}</Text>
          <Text size="xs" c="dimmed">
            {t('casefile.plan.goalsHint')}
          </Text>
          {goalsError ? (
            <Text size="sm" c="red.7" role="alert">
              {goalsError}
            </Text>
          ) : null}
        </Stack>
        {GOAL_DOMAINS.map((domain) => {
          const indexes = goals.fields.map((f, i) => (f.domain === domain ? i : -1)).filter((i) => i >= 0);
          return (
            <Paper key={domain} withBorder radius="md" p="sm" bg={indexes.length ? undefined : 'gray.0'} data-testid={`domain-${domain}`}>
              <Group justify="space-between" gap="xs">
                <Group gap={8}>
                  <Text size="sm" fw={650}>
                    {t(`casefile.domains.${domain}`)}
                  </Text>
                  {indexes.length ? <Badge variant="light">{indexes.length}</Badge> : null}
                </Group>
                <Button size="compact-sm" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => addGoal(domain)} aria-label={t('casefile.plan.addGoalTo', { domain: t(`casefile.domains.${domain}`) })}>
                  {t('casefile.plan.addGoal')}
                </Button>
              </Group>
              {indexes.map((i) => (
                <Grid key={goals.fields[i]!.key} gap="sm" mt="sm" align="flex-start">
                  <Grid.Col span={{ base: 12, md: 5 }}>
                    <Textarea label={t('casefile.plan.goal')} withAsterisk autosize minRows={1} {...form.register(`goals.${i}.goal`)} error={errors.goals?.[i]?.goal?.message} />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
                    <TextInput label={t('casefile.plan.indicator')} {...form.register(`goals.${i}.indicator`)} error={errors.goals?.[i]?.indicator?.message} />
                  </Grid.Col>
                  <Grid.Col span={{ base: 10, sm: 5, md: 2.5 }}>
                    <Controller
                      control={form.control}
                      name={`goals.${i}.targetDate`}
                      render={({ field, fieldState }) => (
                        <DatePickerInput
                          label={t('casefile.plan.targetDate')}
                          value={field.value ?? null}
                          onChange={field.onChange}
                          minDate={periodStart || undefined}
                          maxDate={periodEnd || undefined}
                          clearable
                          valueFormat="D MMM YYYY"
                          error={fieldState.error?.message}
                        />
                      )}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 2, sm: 1, md: 0.5 }} pt={30}>
                    <Tooltip label={t('casefile.plan.removeGoal')} openDelay={400}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('casefile.plan.removeGoalNamed', { goal: goalValues?.[i]?.goal || t('casefile.plan.goal') })}
                        onClick={() => goals.remove(i)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Grid.Col>
                </Grid>
              ))}
            </Paper>
          );
        })}

        <Group justify="space-between" gap="sm">
          <Text size="xs" c="dimmed" maw={420}>
            {t('casefile.plan.submitHint')}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" variant="light" loading={save.isPending && !submitPlan.isPending}>
              {t('casefile.plan.saveDraft')}
            </Button>
            <Button leftSection={<IconSend size={16} />} loading={submitPlan.isPending} onClick={() => void run(true)()}>
              {t('casefile.plan.saveSubmit')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
