import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { FUNDING_SOURCES, LineInput, splitEvenly, type BudgetActivity, type BudgetLine, type BudgetStructure } from '@contract';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { accountsQuery, useSaveLine } from '../hooks';
import { MoneyInput } from '../money';
import { PlanInputs } from './PlanInputs';

const FIELDS = ['activityId', 'accountId', 'fundingSource', 'allocation', 'plan', 'note'] as const;

/** Adds or edits a budget line: account, funding source, allocation and its monthly plan. */
export function LineModal({ structure, sub, line, onClose, onAccounts }: { structure: BudgetStructure; sub: BudgetActivity | null; line: BudgetLine | null; onClose: () => void; onAccounts: () => void }) {
  const { t } = useTranslation();
  const save = useSaveLine();
  const accounts = useQuery(accountsQuery());
  const [formError, setFormError] = useState<string[]>([]);
  const locked = line !== null && (line.spendingCount > 0 || line.revisionCount > 0);
  const form = useForm<LineInput>({
    resolver: zodResolver(LineInput),
    defaultValues: {
      id: line?.id,
      activityId: line?.activityId ?? sub?.id,
      accountId: line?.accountId,
      fundingSource: line?.fundingSource ?? 'apbd',
      allocation: line?.allocation ?? 0,
      plan: line?.plan ?? splitEvenly(0),
      note: line?.note ?? '',
    },
  });
  const [allocation, plan] = useWatch({ control: form.control, name: ['allocation', 'plan'] });
  const errors = form.formState.errors;
  const subs = structure.activities.filter((a) => a.level === 'subkegiatan');

  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      const saved = await save.mutateAsync(values);
      notifySuccess(t('budget.line.saved', { code: saved.accountCode }));
      onClose();
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError, { fields: FIELDS, mapKey: (k) => (k.startsWith('plan') ? 'plan' : k) }).unmatched);
    }
  });

  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{t(line ? 'budget.line.editTitle' : 'budget.line.createTitle')}</Text>} size="xl" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert messages={formError} />
          <Controller
            control={form.control}
            name="activityId"
            render={({ field, fieldState }) => (
              <Select
                label={t('budget.line.sub')}
                withAsterisk
                searchable
                data={subs.map((s) => ({ value: String(s.id), label: `${s.code} ${s.name}` }))}
                value={field.value ? String(field.value) : null}
                onChange={(v) => field.onChange(v ? Number(v) : undefined)}
                error={fieldState.error?.message}
                disabled={locked}
              />
            )}
          />
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <Controller
              control={form.control}
              name="accountId"
              render={({ field, fieldState }) => (
                <Select
                  style={{ flex: 1 }}
                  label={t('budget.line.account')}
                  placeholder={t('budget.line.accountPlaceholder')}
                  withAsterisk
                  searchable
                  nothingFoundMessage="—"
                  data={(accounts.data ?? []).map((a) => ({ value: String(a.id), label: `${a.code} · ${a.name}` }))}
                  value={field.value ? String(field.value) : null}
                  onChange={(v) => field.onChange(v ? Number(v) : undefined)}
                  error={fieldState.error?.message}
                  disabled={locked && line!.spendingCount > 0}
                  data-autofocus
                />
              )}
            />
            <Button variant="default" leftSection={<IconPlus size={14} />} onClick={onAccounts}>
              {t('budget.line.newAccount')}
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="fundingSource"
              render={({ field, fieldState }) => (
                <Select
                  label={t('budget.line.source')}
                  withAsterisk
                  allowDeselect={false}
                  data={FUNDING_SOURCES.map((s) => ({ value: s, label: t(`budget.sources.${s}`) }))}
                  value={field.value ?? 'apbd'}
                  onChange={(v) => field.onChange(v)}
                  error={fieldState.error?.message}
                  disabled={locked && line!.spendingCount > 0}
                />
              )}
            />
            <Controller
              control={form.control}
              name="allocation"
              render={({ field, fieldState }) => (
                <MoneyInput
                  label={t('budget.line.allocation')}
                  withAsterisk
                  value={field.value}
                  onChange={(v) => {
                    const next = typeof v === 'number' ? v : 0;
                    // A plan still spread evenly follows the allocation; one typed by hand is left alone.
                    const even = splitEvenly(field.value ?? 0);
                    if ((plan ?? even).every((x, i) => x === even[i])) form.setValue('plan', splitEvenly(next));
                    field.onChange(next);
                  }}
                  error={fieldState.error?.message}
                  disabled={locked}
                />
              )}
            />
          </SimpleGrid>
          {locked ? (
            <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
              {t('budget.line.locked')}
            </Alert>
          ) : null}
          <PlanInputs value={plan ?? splitEvenly(0)} onChange={(p) => form.setValue('plan', p, { shouldDirty: true })} allocation={allocation ?? 0} disabled={locked} error={errors.plan?.message} />
          <TextInput label={t('budget.line.note')} {...form.register('note')} error={errors.note?.message} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
