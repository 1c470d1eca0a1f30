import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { formatRupiah, SpendingInput, type BudgetStructure, type BudgetYear } from '@contract';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { useRecordSpending } from '../hooks';
import { MoneyInput } from '../money';
import { OverrideFields } from './OverrideFields';
import { isOverAllocation } from '../over-allocation';
import { homeToday } from '../../../lib/home-clock';

const FIELDS = ['lineId', 'spentOn', 'amount', 'description', 'payee', 'proofNo', 'override.reason', 'override.headUsername', 'override.headPassword'] as const;

/**
 * Records a spending. Past the line's remaining allocation main refuses it; the form then asks for the
 * head's approval (the head's own reason; from finance, the head types their credentials) and retries.
 */
export function SpendingModal({ year, structure, onClose, onSaved }: { year: BudgetYear; structure: BudgetStructure; onClose: () => void; onSaved: (id: number) => void }) {
  const { t } = useTranslation();
  const record = useRecordSpending();
  const [formError, setFormError] = useState<string[]>([]);
  const [overrun, setOverrun] = useState<string | null>(null);
  const today = homeToday();
  const form = useForm<SpendingInput>({
    resolver: zodResolver(SpendingInput),
    defaultValues: { spentOn: today.startsWith(String(year.year)) ? today : `${year.year}-12-31`, description: '', payee: '', proofNo: '', override: null },
  });
  const [lineId, amountValue] = useWatch({ control: form.control, name: ['lineId', 'amount'] });
  const errors = form.formState.errors;
  const line = structure.lines.find((l) => l.id === lineId);
  const subOf = (activityId: number) => structure.activities.find((a) => a.id === activityId);

  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      const saved = await record.mutateAsync(values);
      notifySuccess(t('budget.spending.saved', { amount: formatRupiah(saved.amount) }));
      onClose();
      onSaved(saved.id);
    } catch (error) {
      if (isOverAllocation(error) && !values.override) {
        setOverrun(error.message);
        form.setValue('override', { reason: '', headUsername: '', headPassword: '' });
        return;
      }
      setFormError(applyFieldErrors(error, form.setError, { fields: FIELDS }).unmatched);
    }
  });

  const cancelOverride = () => {
    setOverrun(null);
    form.setValue('override', null);
  };

  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{t('budget.spending.recordTitle')}</Text>} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert messages={formError} />
          <Controller
            control={form.control}
            name="lineId"
            render={({ field, fieldState }) => (
              <Select
                label={t('budget.spending.line')}
                placeholder={t('budget.spending.linePlaceholder')}
                withAsterisk
                searchable
                data-autofocus
                data={structure.lines.map((l) => ({
                  value: String(l.id),
                  label: t('budget.spending.lineOption', { code: l.accountCode, name: l.accountName, sub: subOf(l.activityId)?.name ?? '', remaining: formatRupiah(l.remaining) }),
                }))}
                value={field.value ? String(field.value) : null}
                onChange={(v) => (field.onChange(v ? Number(v) : undefined), cancelOverride())}
                error={fieldState.error?.message}
                description={line ? t('budget.spending.remaining', { amount: formatRupiah(line.remaining) }) : undefined}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                comboboxProps={{ withinPortal: true }}
              />
            )}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="spentOn"
              render={({ field, fieldState }) => <DateField label={t('budget.spending.date')} withAsterisk value={field.value} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} />}
            />
            <Controller
              control={form.control}
              name="amount"
              render={({ field, fieldState }) => (
                <MoneyInput label={t('budget.spending.amount')} withAsterisk value={field.value ?? ''} onChange={(v) => (field.onChange(typeof v === 'number' ? v : undefined), cancelOverride())} error={fieldState.error?.message} />
              )}
            />
          </SimpleGrid>
          <Textarea label={t('budget.spending.description')} placeholder={t('budget.spending.descriptionPlaceholder')} withAsterisk autosize minRows={2} {...form.register('description')} error={errors.description?.message} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('budget.spending.payee')} {...form.register('payee')} error={errors.payee?.message} />
            <TextInput label={t('budget.spending.proofNo')} {...form.register('proofNo')} error={errors.proofNo?.message} />
          </SimpleGrid>
          {overrun ? (
            <OverrideFields
              message={overrun}
              figures={
                line ? (
                  <Text size="xs" mt={4}>
                    {t('budget.override.figures', {
                      allocation: formatRupiah(line.allocation),
                      realised: formatRupiah(line.realised),
                      remaining: formatRupiah(line.remaining),
                      amount: formatRupiah(amountValue ?? 0),
                      excess: formatRupiah((amountValue ?? 0) - line.remaining),
                    })}
                  </Text>
                ) : null
              }
              reason={form.register('override.reason')}
              headUsername={form.register('override.headUsername')}
              headPassword={form.register('override.headPassword')}
              errors={errors.override}
            />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={record.isPending} color={overrun ? 'orange' : undefined}>
              {overrun ? t('budget.override.approve') : t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
