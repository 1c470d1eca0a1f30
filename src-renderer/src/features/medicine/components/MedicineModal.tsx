import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { MEDICINE_FORMS, MedicineInput, type MedicineRow } from '@contract';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { useSaveMedicine } from '../hooks';

export function MedicineModal({ medicine, onClose }: { medicine?: MedicineRow; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveMedicine();
  const [formError, setFormError] = useState<string[]>([]);
  const form = useForm<MedicineInput>({
    resolver: zodResolver(MedicineInput),
    defaultValues: medicine
      ? { id: medicine.id, genericName: medicine.genericName, brandName: medicine.brandName ?? '', form: medicine.form, strength: medicine.strength, unit: medicine.unit, lowStockThreshold: medicine.lowStockThreshold, active: medicine.active, note: medicine.note ?? '' }
      : { genericName: '', brandName: '', form: 'tablet', strength: '', unit: 'tablet', lowStockThreshold: 0, active: true, note: '' },
  });
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      const row = await save.mutateAsync(values);
      notifySuccess(t('medicine.catalogue.saved', { name: row.label }));
      onClose();
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError).unmatched);
    }
  });
  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{medicine ? t('medicine.catalogue.edit') : t('medicine.catalogue.add')}</Text>} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormAlert messages={formError} />
          <SimpleGrid cols={2}>
            <TextInput label={t('medicine.catalogue.genericName')} withAsterisk data-autofocus {...form.register('genericName')} error={errors.genericName?.message} />
            <TextInput label={t('medicine.catalogue.brandName')} {...form.register('brandName')} error={errors.brandName?.message} />
            <Controller control={form.control} name="form" render={({ field }) => <Select label={t('medicine.catalogue.form')} withAsterisk value={field.value} onChange={(v) => field.onChange(v)} data={MEDICINE_FORMS.map((f) => ({ value: f, label: t(`medicine.forms.${f}`) }))} comboboxProps={{ withinPortal: true }} />} />
            <TextInput label={t('medicine.catalogue.strength')} placeholder="500 mg" withAsterisk {...form.register('strength')} error={errors.strength?.message} />
            <TextInput label={t('medicine.catalogue.unit')} description={t('medicine.catalogue.unitHint')} withAsterisk {...form.register('unit')} error={errors.unit?.message} />
            <Controller control={form.control} name="lowStockThreshold" render={({ field, fieldState }) => <NumberInput label={t('medicine.catalogue.threshold')} allowDecimal={false} allowNegative={false} value={field.value ?? 0} onChange={(v) => field.onChange(typeof v === 'number' ? v : 0)} error={fieldState.error?.message} />} />
          </SimpleGrid>
          <Textarea label={t('medicine.catalogue.note')} autosize minRows={2} {...form.register('note')} />
          {medicine ? <Controller control={form.control} name="active" render={({ field }) => <Switch label={t('medicine.catalogue.active')} checked={!!field.value} onChange={(e) => field.onChange(e.currentTarget.checked)} />} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
