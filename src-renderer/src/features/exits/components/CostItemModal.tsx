import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { COST_CATEGORIES_BY_KIND, CostItemInput, EXIT_COST_CATEGORY_LABELS, type ExitCostItem, type ExitDetail } from '@contract';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { MoneyInput } from '../../budget/money';
import { useSaveCost } from '../hooks';
import { homeToday } from '../../../lib/home-clock';

/** Adds or edits one cost item (category, description, amount, date, payee, proof number). */
export function CostItemModal({ exit, item, onClose }: { exit: ExitDetail; item: ExitCostItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveCost();
  const [formError, setFormError] = useState<string[]>([]);
  const today = homeToday();
  const form = useForm<CostItemInput>({
    resolver: zodResolver(CostItemInput),
    defaultValues: item
      ? { exitId: exit.id, id: item.id, category: item.category, description: item.description, amount: item.amount, spentOn: item.spentOn, payee: item.payee ?? '', proofNo: item.proofNo ?? '' }
      : { exitId: exit.id, description: '', spentOn: exit.exitDate > today ? today : exit.exitDate, payee: '', proofNo: '' },
  });
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      await save.mutateAsync(values);
      onClose();
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError).unmatched);
    }
  });
  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{t('exits.costs.itemTitle')}</Text>} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert messages={formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="category"
              render={({ field, fieldState }) => (
                <Select
                  label={t('exits.costs.category')}
                  withAsterisk
                  data-autofocus
                  data={COST_CATEGORIES_BY_KIND[exit.kind].map((c) => ({ value: c, label: EXIT_COST_CATEGORY_LABELS[c] }))}
                  value={field.value ?? null}
                  onChange={(v) => field.onChange(v ?? undefined)}
                  error={fieldState.error?.message}
                  comboboxProps={{ withinPortal: true }}
                />
              )}
            />
            <Controller
              control={form.control}
              name="amount"
              render={({ field, fieldState }) => (
                <MoneyInput label={t('exits.costs.amount')} withAsterisk value={field.value ?? ''} onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)} error={fieldState.error?.message} />
              )}
            />
          </SimpleGrid>
          <TextInput label={t('exits.costs.description')} withAsterisk {...form.register('description')} error={errors.description?.message} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Controller
              control={form.control}
              name="spentOn"
              render={({ field, fieldState }) => <DateField label={t('exits.costs.spentOn')} withAsterisk value={field.value} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} popoverProps={{ withinPortal: true }} />}
            />
            <TextInput label={t('exits.costs.payee')} {...form.register('payee')} error={errors.payee?.message} />
            <TextInput label={t('exits.costs.proofNo')} {...form.register('proofNo')} error={errors.proofNo?.message} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
