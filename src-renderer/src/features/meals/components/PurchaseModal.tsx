import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { formatRupiah, PurchaseInput } from '@contract';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { OverrideFields } from '../../budget/components/OverrideFields';
import { structureQuery, yearsQuery } from '../../budget/hooks';
import { MoneyInput } from '../../budget/money';
import { useRecordPurchase } from '../hooks';
import { isOverAllocation } from '../../budget/over-allocation';
import { homeToday } from '../../../lib/home-clock';

const FIELDS = ['purchasedOn', 'supplier', 'proofNo', 'lineId', 'items', 'note', 'override.reason', 'override.headUsername', 'override.headPassword'] as const;

/** A food purchase: its items, and the budget line it is charged to (past the remaining allocation: the head's approval). */
export function PurchaseModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordPurchase();
  const [formError, setFormError] = useState<string[]>([]);
  const [overrun, setOverrun] = useState<string | null>(null);
  const form = useForm<PurchaseInput>({
    resolver: zodResolver(PurchaseInput),
    defaultValues: { purchasedOn: homeToday(), supplier: '', proofNo: '', items: [{ name: '', quantity: 1, unit: 'kg', unitPrice: 0 }], override: null },
  });
  const items = useFieldArray({ control: form.control, name: 'items' });
  const [date, watched] = useWatch({ control: form.control, name: ['purchasedOn', 'items'] });
  const years = useQuery(yearsQuery());
  const year = years.data?.find((y) => y.year === Number((date ?? '').slice(0, 4)));
  const structure = useQuery({ ...structureQuery(year?.id ?? 0), enabled: Boolean(year) });
  const subOf = (id: number) => structure.data?.activities.find((a) => a.id === id)?.name ?? '';
  const total = (watched ?? []).reduce((n, i) => n + Math.round((Number(i?.quantity) || 0) * (Number(i?.unitPrice) || 0)), 0);
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      const saved = await record.mutateAsync(values);
      notifySuccess(t('meals.purchases.saved', { amount: formatRupiah(saved.total) }));
      onClose();
    } catch (error) {
      if (isOverAllocation(error) && !values.override) {
        setOverrun(error.message);
        form.setValue('override', { reason: '', headUsername: '', headPassword: '' });
        return;
      }
      setFormError(applyFieldErrors(error, form.setError, { fields: FIELDS }).unmatched);
    }
  });

  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{t('meals.purchases.recordTitle')}</Text>} size="xl" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert messages={formError} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Controller control={form.control} name="purchasedOn" render={({ field, fieldState }) => <DateField label={t('meals.purchases.date')} withAsterisk value={field.value} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} />} />
            <TextInput label={t('meals.purchases.supplier')} withAsterisk data-autofocus {...form.register('supplier')} error={errors.supplier?.message} />
            <TextInput label={t('meals.purchases.proofNo')} {...form.register('proofNo')} error={errors.proofNo?.message} />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="lineId"
            render={({ field, fieldState }) => (
              <Select
                label={t('meals.purchases.line')}
                withAsterisk
                searchable
                placeholder={year ? t('meals.purchases.linePlaceholder') : t('meals.purchases.noYear')}
                data={(structure.data?.lines ?? []).map((l) => ({ value: String(l.id), label: `${l.accountCode} ${l.accountName} — ${subOf(l.activityId)} (${t('meals.purchases.remaining', { amount: formatRupiah(l.remaining) })})` }))}
                value={field.value ? String(field.value) : null}
                onChange={(v) => (field.onChange(v ? Number(v) : undefined), setOverrun(null), form.setValue('override', null))}
                error={fieldState.error?.message}
                comboboxProps={{ withinPortal: true }}
                data-testid="purchase-line"
              />
            )}
          />
          <Table withTableBorder verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('meals.purchases.item')}</Table.Th>
                <Table.Th w={100}>{t('meals.purchases.quantity')}</Table.Th>
                <Table.Th w={90}>{t('meals.purchases.unit')}</Table.Th>
                <Table.Th w={150}>{t('meals.purchases.unitPrice')}</Table.Th>
                <Table.Th w={130} ta="right">{t('meals.purchases.amount')}</Table.Th>
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.fields.map((f, i) => (
                <Table.Tr key={f.id}>
                  <Table.Td><TextInput size="xs" aria-label={t('meals.purchases.item')} {...form.register(`items.${i}.name`)} error={errors.items?.[i]?.name?.message} /></Table.Td>
                  <Table.Td>
                    <Controller control={form.control} name={`items.${i}.quantity`} render={({ field, fieldState }) => <NumberInput size="xs" aria-label={t('meals.purchases.quantity')} decimalSeparator="," hideControls value={field.value} onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)} error={fieldState.error?.message} />} />
                  </Table.Td>
                  <Table.Td><TextInput size="xs" aria-label={t('meals.purchases.unit')} {...form.register(`items.${i}.unit`)} error={errors.items?.[i]?.unit?.message} /></Table.Td>
                  <Table.Td>
                    <Controller control={form.control} name={`items.${i}.unitPrice`} render={({ field, fieldState }) => <MoneyInput size="xs" aria-label={t('meals.purchases.unitPrice')} value={field.value} onChange={(v) => field.onChange(typeof v === 'number' ? v : 0)} error={fieldState.error?.message} />} />
                  </Table.Td>
                  <Table.Td ta="right"><Text size="sm">{formatRupiah(Math.round((Number(watched?.[i]?.quantity) || 0) * (Number(watched?.[i]?.unitPrice) || 0)))}</Text></Table.Td>
                  <Table.Td><ActionIcon variant="subtle" color="red" onClick={() => items.remove(i)} disabled={items.fields.length === 1} aria-label={t('meals.purchases.removeItem')}><IconTrash size={16} /></ActionIcon></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="space-between">
            <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={() => items.append({ name: '', quantity: 1, unit: 'kg', unitPrice: 0 })}>{t('meals.purchases.addItem')}</Button>
            <Text fw={650} data-testid="purchase-total">{t('meals.purchases.total')}: {formatRupiah(total)}</Text>
          </Group>
          {errors.items?.message ? <Text c="red" size="sm">{errors.items.message}</Text> : null}
          {overrun ? (
            <OverrideFields message={overrun} reason={form.register('override.reason')} headUsername={form.register('override.headUsername')} headPassword={form.register('override.headPassword')} errors={errors.override} />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={record.isPending} color={overrun ? 'orange' : undefined}>{overrun ? t('budget.override.approve') : t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
