import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { PrescriptionInput, ROUTES, type AllergyWarningDetails } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { ApiError } from '../../../lib/api';
import { medicinesQuery, usePrescribe } from '../hooks';
import { homeToday } from '../../../lib/home-clock';

/** "07.00, 19.00" ↔ ["07:00", "19:00"]. */
const parseTimes = (text: string) => text.split(/[,;\s]+/).map((s) => s.trim()).filter(Boolean).map((s) => (/^\d{1,2}$/.test(s) ? `${s.padStart(2, '0')}:00` : s.replace('.', ':').padStart(5, '0')));

/** A prescription; against a recorded allergy main warns, and saving needs an explicit confirmation (recorded). */
export function PrescriptionModal({ residentId, allergies, onClose }: { residentId: number; allergies: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const medicines = useQuery(medicinesQuery());
  const prescribe = usePrescribe();
  const [formError, setFormError] = useState<string[]>([]);
  const [warning, setWarning] = useState<string | null>(null);
  const [timesText, setTimesText] = useState('07.00, 19.00');
  const form = useForm<PrescriptionInput>({
    resolver: zodResolver(PrescriptionInput),
    defaultValues: { residentId, route: 'oral', times: ['07:00', '19:00'], prn: false, prnMaxPerDay: null, startDate: homeToday(), endDate: null, prescriber: '', instructions: '', confirmAllergy: false },
  });
  const [prn, medicineId] = useWatch({ control: form.control, name: ['prn', 'medicineId'] });
  const unit = medicines.data?.find((m) => m.id === medicineId)?.unit ?? '';
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      const row = await prescribe.mutateAsync(values);
      notifySuccess(t('medicine.prescriptions.saved', { medicine: row.medicineLabel }));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && (error.details as AllergyWarningDetails | undefined)?.kind === 'allergy') {
        setWarning(error.message);
        return;
      }
      setFormError(applyFieldErrors(error, form.setError).unmatched);
    }
  });
  const confirm = () => {
    form.setValue('confirmAllergy', true);
    void submit();
  };
  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{t('medicine.prescriptions.add')}</Text>} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {allergies ? <Text size="sm" c="red">{t('medicine.prescriptions.allergies', { allergies })}</Text> : null}
          <FormAlert messages={formError} />
          <Controller
            control={form.control}
            name="medicineId"
            render={({ field, fieldState }) => (
              <Select label={t('medicine.prescriptions.medicine')} withAsterisk searchable data-autofocus value={field.value ? String(field.value) : null} onChange={(v) => (field.onChange(v ? Number(v) : undefined), setWarning(null), form.setValue('confirmAllergy', false))} error={fieldState.error?.message} data={(medicines.data ?? []).map((m) => ({ value: String(m.id), label: m.label }))} comboboxProps={{ withinPortal: true }} />
            )}
          />
          <SimpleGrid cols={3}>
            <Controller control={form.control} name="dose" render={({ field, fieldState }) => <NumberInput label={t('medicine.prescriptions.dose', { unit })} withAsterisk allowDecimal={false} allowNegative={false} value={field.value ?? ''} onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)} error={fieldState.error?.message} />} />
            <Controller control={form.control} name="route" render={({ field }) => <Select label={t('medicine.prescriptions.route')} withAsterisk value={field.value} onChange={field.onChange} data={ROUTES.map((r) => ({ value: r, label: t(`medicine.routes.${r}`) }))} comboboxProps={{ withinPortal: true }} />} />
            <Controller control={form.control} name="prn" render={({ field }) => <Switch mt={30} label={t('medicine.prescriptions.prn')} checked={!!field.value} onChange={(e) => (field.onChange(e.currentTarget.checked), form.setValue('prnMaxPerDay', e.currentTarget.checked ? 3 : null))} />} />
          </SimpleGrid>
          {prn ? (
            <Controller control={form.control} name="prnMaxPerDay" render={({ field, fieldState }) => <NumberInput label={t('medicine.prescriptions.prnMax')} withAsterisk allowDecimal={false} min={1} value={field.value ?? ''} onChange={(v) => field.onChange(typeof v === 'number' ? v : null)} error={fieldState.error?.message} />} />
          ) : (
            <TextInput label={t('medicine.prescriptions.times')} description={t('medicine.prescriptions.timesHint')} withAsterisk value={timesText} onChange={(e) => (setTimesText(e.currentTarget.value), form.setValue('times', parseTimes(e.currentTarget.value)))} error={errors.times?.message ?? (Array.isArray(errors.times) ? errors.times.find(Boolean)?.message : undefined)} />
          )}
          <SimpleGrid cols={2}>
            <Controller control={form.control} name="startDate" render={({ field, fieldState }) => <DateField label={t('medicine.prescriptions.start')} withAsterisk value={field.value} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} />} />
            <Controller control={form.control} name="endDate" render={({ field, fieldState }) => <DateField label={t('medicine.prescriptions.end')} value={field.value} onChange={(v) => field.onChange(v)} error={fieldState.error?.message} clearable />} />
          </SimpleGrid>
          <TextInput label={t('medicine.prescriptions.prescriber')} withAsterisk {...form.register('prescriber')} error={errors.prescriber?.message} />
          <Textarea label={t('medicine.prescriptions.instructions')} autosize minRows={2} {...form.register('instructions')} />
          {warning ? (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('medicine.prescriptions.allergyTitle')} data-testid="allergy-warning">
              <Text size="sm">{warning}</Text>
              <Text size="xs" mt={4}>{t('medicine.prescriptions.allergyHint')}</Text>
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            {warning ? (
              <Button color="red" onClick={confirm} loading={prescribe.isPending}>{t('medicine.prescriptions.confirmAllergy')}</Button>
            ) : (
              <Button type="submit" loading={prescribe.isPending}>{t('common.save')}</Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
