import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { formatRupiah, RevisionInput, type BudgetLine, type BudgetYear } from '@contract';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { useReviseLine } from '../hooks';
import { MoneyInput } from '../money';
import { PlanInputs } from './PlanInputs';
import { homeToday } from '../../../lib/home-clock';

const FIELDS = ['revisedOn', 'allocation', 'plan', 'reference', 'reason'] as const;

/** A revision of one line (perubahan APBD or pergeseran): new allocation, its plan, the document and why. */
export function RevisionModal({ year, line, onClose }: { year: BudgetYear; line: BudgetLine; onClose: () => void }) {
  const { t } = useTranslation();
  const revise = useReviseLine();
  const [formError, setFormError] = useState<string[]>([]);
  const [mode, setMode] = useState<'auto' | 'manual'>('auto');
  const today = homeToday();
  const form = useForm<RevisionInput>({
    resolver: zodResolver(RevisionInput),
    defaultValues: { lineId: line.id, revisedOn: today.startsWith(String(year.year)) ? today : `${year.year}-12-31`, allocation: line.allocation, plan: null, reference: '', reason: '' },
  });
  const [allocation, plan] = useWatch({ control: form.control, name: ['allocation', 'plan'] });
  const change = (allocation ?? 0) - line.allocation;
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      const saved = await revise.mutateAsync({ ...values, plan: mode === 'auto' ? null : values.plan });
      notifySuccess(t('budget.revision.saved', { code: saved.accountCode, before: formatRupiah(saved.allocationBefore), after: formatRupiah(saved.allocationAfter) }));
      onClose();
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError, { fields: FIELDS, mapKey: (k) => (k.startsWith('plan') ? 'plan' : k) }).unmatched);
    }
  });

  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{t('budget.revision.title')}</Text>} size="xl" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert messages={formError} />
          <Paper withBorder p="sm" radius="md" bg="gray.0">
            <Text size="sm" fw={600}>{line.accountCode} · {line.accountName}</Text>
            <Group gap="xl" mt={6}>
              <Text size="sm"><Text span c="dimmed">{t('budget.revision.current')}: </Text>{formatRupiah(line.allocation)}</Text>
              <Text size="sm"><Text span c="dimmed">{t('budget.revision.realised')}: </Text>{formatRupiah(line.realised)}</Text>
              <Text size="sm" fw={600} c={change > 0 ? 'teal.7' : change < 0 ? 'red.7' : undefined} data-testid="revision-change">
                <Text span c="dimmed" fw={400}>{t('budget.revision.change')}: </Text>
                {change > 0 ? '+' : ''}{formatRupiah(change)}
              </Text>
            </Group>
          </Paper>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="allocation"
              render={({ field, fieldState }) => (
                <MoneyInput label={t('budget.revision.newAllocation')} withAsterisk data-autofocus value={field.value} onChange={(v) => field.onChange(typeof v === 'number' ? v : 0)} error={fieldState.error?.message} />
              )}
            />
            <Controller
              control={form.control}
              name="revisedOn"
              render={({ field, fieldState }) => <DateField label={t('budget.revision.date')} withAsterisk value={field.value} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} />}
            />
          </SimpleGrid>
          <TextInput label={t('budget.revision.reference')} {...form.register('reference')} error={errors.reference?.message} />
          <Textarea label={t('budget.revision.reason')} withAsterisk autosize minRows={2} {...form.register('reason')} error={errors.reason?.message} />
          <div>
            <Text size="sm" fw={500} mb={4}>{t('budget.revision.planMode')}</Text>
            <SegmentedControl
              value={mode}
              onChange={(v) => {
                setMode(v as 'auto' | 'manual');
                form.setValue('plan', v === 'manual' ? (plan ?? line.plan) : null);
              }}
              data={[
                { value: 'auto', label: t('budget.revision.planAuto') },
                { value: 'manual', label: t('budget.revision.planManual') },
              ]}
            />
            {mode === 'auto' ? (
              <Text size="xs" c="dimmed" mt={6}>{t('budget.revision.planAutoHint')}</Text>
            ) : null}
          </div>
          {mode === 'manual' ? (
            <PlanInputs value={plan ?? line.plan} onChange={(p) => form.setValue('plan', p)} allocation={allocation ?? 0} error={errors.plan?.message} />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={revise.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
