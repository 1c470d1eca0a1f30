import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { formatRupiah, ReceiptInput } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { OverrideFields } from '../../budget/components/OverrideFields';
import { MoneyInput } from '../../budget/money';
import { medicinesQuery, useReceive } from '../hooks';
import { BudgetLineSelect } from '../../budget/components/BudgetLineSelect';
import { isOverAllocation } from '../../budget/over-allocation';
import { homeToday } from '../../../lib/home-clock';

const FIELDS = ['medicineId', 'batchNo', 'expiryDate', 'receivedOn', 'quantity', 'unitCost', 'supplier', 'proofNo', 'lineId', 'override.reason', 'override.headUsername', 'override.headPassword'] as const;

/** A receipt of one batch; its cost is spending on the chosen budget line (the head approves an overrun). */
export function ReceiptModal({ medicineId, onClose }: { medicineId?: number; onClose: () => void }) {
  const { t } = useTranslation();
  const medicines = useQuery(medicinesQuery());
  const receive = useReceive();
  const [formError, setFormError] = useState<string[]>([]);
  const [overrun, setOverrun] = useState<string | null>(null);
  const form = useForm<ReceiptInput>({
    resolver: zodResolver(ReceiptInput),
    defaultValues: { medicineId, receivedOn: homeToday(), batchNo: '', supplier: '', proofNo: '', lineId: null, override: null },
  });
  const [receivedOn, quantity, unitCost, chosen] = useWatch({ control: form.control, name: ['receivedOn', 'quantity', 'unitCost', 'medicineId'] });
  const medicine = medicines.data?.find((m) => m.id === chosen);
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      const batch = await receive.mutateAsync(values);
      notifySuccess(t('medicine.receipt.saved', { medicine: batch.medicineLabel, quantity: batch.quantityReceived, unit: batch.unit }));
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
    <Modal opened onClose={onClose} title={<Text fw={650}>{t('medicine.receipt.title')}</Text>} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormAlert messages={formError} />
          <Controller
            control={form.control}
            name="medicineId"
            render={({ field, fieldState }) => (
              <Select label={t('medicine.receipt.medicine')} withAsterisk searchable data-autofocus value={field.value ? String(field.value) : null} onChange={(v) => field.onChange(v ? Number(v) : undefined)} error={fieldState.error?.message} data={(medicines.data ?? []).map((m) => ({ value: String(m.id), label: m.label }))} comboboxProps={{ withinPortal: true }} />
            )}
          />
          <SimpleGrid cols={2}>
            <TextInput label={t('medicine.receipt.batchNo')} withAsterisk {...form.register('batchNo')} error={errors.batchNo?.message} />
            <Controller control={form.control} name="expiryDate" render={({ field, fieldState }) => <DateField label={t('medicine.receipt.expiryDate')} withAsterisk value={field.value} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} />} />
            <Controller control={form.control} name="receivedOn" render={({ field, fieldState }) => <DateField label={t('medicine.receipt.receivedOn')} withAsterisk value={field.value} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} />} />
            <Controller
              control={form.control}
              name="quantity"
              render={({ field, fieldState }) => (
                <NumberInput label={t('medicine.receipt.quantity', { unit: medicine?.unit ?? '' })} withAsterisk allowDecimal={false} allowNegative={false} thousandSeparator="." decimalSeparator="," value={field.value ?? ''} onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)} error={fieldState.error?.message} />
              )}
            />
            <Controller control={form.control} name="unitCost" render={({ field, fieldState }) => <MoneyInput label={t('medicine.receipt.unitCost')} withAsterisk value={field.value ?? ''} onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)} error={fieldState.error?.message} />} />
            <TextInput label={t('medicine.receipt.supplier')} withAsterisk {...form.register('supplier')} error={errors.supplier?.message} />
            <TextInput label={t('medicine.receipt.proofNo')} {...form.register('proofNo')} error={errors.proofNo?.message} />
          </SimpleGrid>
          <Text size="sm">{t('medicine.receipt.total', { amount: formatRupiah((quantity ?? 0) * (unitCost ?? 0)) })}</Text>
          <Controller control={form.control} name="lineId" render={({ field, fieldState }) => <BudgetLineSelect prefer={/obat|kesehatan|dokter/i} label={t('medicine.receipt.line')} date={receivedOn} value={field.value} onChange={(v) => (field.onChange(v), setOverrun(null), form.setValue('override', null))} error={fieldState.error?.message} />} />
          {overrun ? (
            <OverrideFields
              message={overrun}
              reason={form.register('override.reason')}
              headUsername={form.register('override.headUsername')}
              headPassword={form.register('override.headPassword')}
              errors={errors.override ?? undefined}
            />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={receive.isPending} color={overrun ? 'orange' : undefined}>{overrun ? t('budget.override.approve') : t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
