import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { DecidePlanInput, GOAL_STATUSES, ProgressInput, type InterventionPlan, type PlanGoal } from '@contract';
import { IconCalendar, IconCheck, IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { formatDate } from '../../../lib/format';
import { ChoiceButtons } from '../../carenotes/components/ChoiceButtons';
import { useAddProgress, useDecidePlan } from '../hooks';
import { homeToday } from '../../../lib/home-clock';

export const GOAL_STATUS_COLORS = { open: 'blue', achieved: 'teal', not_achieved: 'red' } as const;

/** The head approves a submitted plan (optional remark) or returns it (the reason is required). */
export function DecidePlanModal({ decision, onClose }: { decision: { plan: InterventionPlan; approve: boolean } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const approve = decision?.approve ?? true;
  return (
    <Modal
      opened={decision !== null}
      onClose={onClose}
      centered
      size="md"
      title={<Text fw={650}>{approve ? t('casefile.decide.approveTitle') : t('casefile.decide.returnTitle')}</Text>}
    >
      {decision ? <DecideForm key={`${decision.plan.id}-${approve}`} plan={decision.plan} approve={approve} onClose={onClose} /> : null}
    </Modal>
  );
}

function DecideForm({ plan, approve, onClose }: { plan: InterventionPlan; approve: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const decide = useDecidePlan();
  const [formError, setFormError] = useState<string[]>([]);
  const form = useForm<DecidePlanInput>({ resolver: zodResolver(DecidePlanInput), defaultValues: { id: plan.id, approve, note: '' } });
  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      await decide.mutateAsync(values);
      notifySuccess(approve ? t('casefile.decide.approved') : t('casefile.decide.returned'));
      onClose();
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError, { fields: ['note'] }).unmatched);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {t(approve ? 'casefile.decide.approveIntro' : 'casefile.decide.returnIntro', {
            from: formatDate(plan.periodStart),
            to: formatDate(plan.periodEnd),
            count: plan.goals.length,
          })}
        </Text>
        <FormAlert messages={formError} />
        <Textarea
          label={approve ? t('casefile.decide.remark') : t('casefile.decide.reason')}
          placeholder={approve ? undefined : t('casefile.decide.reasonHint')}
          withAsterisk={!approve}
          data-autofocus
          autosize
          minRows={3}
          {...form.register('note')}
          error={form.formState.errors.note?.message}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color={approve ? 'teal' : 'orange'}
            leftSection={approve ? <IconCheck size={16} /> : <IconArrowBackUp size={16} />}
            loading={decide.isPending}
          >
            {approve ? t('casefile.decide.approve') : t('casefile.decide.return')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A progress note on one goal, with how far it is and, when it is over, whether it was achieved. */
export function ProgressModal({ target, onClose }: { target: { plan: InterventionPlan; goal: PlanGoal } | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={target !== null} onClose={onClose} centered size="lg" title={<Text fw={650}>{t('casefile.progress.title')}</Text>}>
      {target ? <ProgressForm key={target.goal.id} plan={target.plan} goal={target.goal} onClose={onClose} /> : null}
    </Modal>
  );
}

function ProgressForm({ plan, goal, onClose }: { plan: InterventionPlan; goal: PlanGoal; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddProgress();
  const [formError, setFormError] = useState<string[]>([]);
  const today = homeToday();
  const latest = goal.progress.find((p) => p.progressPercent !== null)?.progressPercent ?? null;
  const form = useForm<ProgressInput>({
    resolver: zodResolver(ProgressInput),
    mode: 'onTouched',
    defaultValues: { goalId: goal.id, notedOn: today < plan.periodStart ? plan.periodStart : today, note: '', progressPercent: latest, goalStatus: goal.status },
  });
  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      await add.mutateAsync(values);
      notifySuccess(t('casefile.progress.saved'));
      onClose();
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError, { fields: ['notedOn', 'note', 'progressPercent', 'goalStatus'] }).unmatched);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Alert variant="light" color="gray" p="sm">
          <Text size="xs" c="dimmed">
            {t(`casefile.domains.${goal.domain}`)}
          </Text>
          <Text size="sm" fw={600}>
            {goal.goal}
          </Text>
          {goal.indicator ? (
            <Text size="xs" c="dimmed">
              {t('casefile.plan.indicator')}: {goal.indicator}
            </Text>
          ) : null}
        </Alert>
        <FormAlert messages={formError} />
        <Group grow align="flex-start">
          <Controller
            control={form.control}
            name="notedOn"
            render={({ field, fieldState }) => (
              <DatePickerInput
                label={t('casefile.progress.date')}
                withAsterisk
                value={field.value ?? null}
                onChange={(v) => field.onChange(v ?? '')}
                minDate={plan.periodStart}
                maxDate={today}
                valueFormat="D MMM YYYY"
                leftSection={<IconCalendar size={16} />}
                error={fieldState.error?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="progressPercent"
            render={({ field, fieldState }) => (
              <NumberInput
                label={t('casefile.progress.percent')}
                description={t('casefile.progress.percentHint')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                min={0}
                max={100}
                step={10}
                suffix=" %"
                allowDecimal={false}
                clampBehavior="strict"
                value={field.value ?? ''}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
                onBlur={field.onBlur}
                ref={field.ref}
                error={fieldState.error?.message}
              />
            )}
          />
        </Group>
        <Textarea label={t('casefile.progress.note')} withAsterisk autosize minRows={3} data-autofocus {...form.register('note')} error={form.formState.errors.note?.message} />
        <Controller
          control={form.control}
          name="goalStatus"
          render={({ field, fieldState }) => (
            <ChoiceButtons
              label={t('casefile.progress.goalStatus')}
              options={GOAL_STATUSES.map((s) => ({ value: s, label: t(`casefile.goalStatus.${s}`), color: GOAL_STATUS_COLORS[s] }))}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t('casefile.progress.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
