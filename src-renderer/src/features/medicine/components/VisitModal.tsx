import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { VISIT_KINDS, VisitInput } from '@contract';
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
import { presentResidentsQuery, useCreateVisit } from '../hooks';
import { BudgetLineSelect } from '../../budget/components/BudgetLineSelect';
import { isOverAllocation } from '../../budget/over-allocation';
import { homeToday } from '../../../lib/home-clock';

const FIELDS = ['visitedOn', 'kind', 'practitioner', 'findings', 'residents', 'fee', 'lineId', 'override.reason', 'override.headUsername', 'override.headPassword'] as const;

/** A visit by a doctor, psychiatrist or medical social worker: who was seen, the findings, and the fee charged to the budget. */
export function VisitModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateVisit();
  const [formError, setFormError] = useState<string[]>([]);
  const [overrun, setOverrun] = useState<string | null>(null);
  const form = useForm<VisitInput>({
    resolver: zodResolver(VisitInput),
    defaultValues: { visitedOn: homeToday(), kind: 'doctor', practitioner: '', findings: '', residents: [], fee: 0, lineId: null, override: null },
  });
  const [visitedOn, fee] = useWatch({ control: form.control, name: ['visitedOn', 'fee'] });
  const present = useQuery({ ...presentResidentsQuery(visitedOn ?? ''), enabled: !!visitedOn });
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      await create.mutateAsync(values);
      notifySuccess(t('medicine.visits.saved'));
      onClose();
    } catch (error) {
      if (isOverAllocation(error) && !values.override) {
        setOverrun(error.message);
        form.setValue('override', { reason: '', headUsername: '', headPassword: '' });
        return;
      }
      setFormError(applyFieldErrors(error, form.setError, { fields: FIELDS, mapKey: (k) => (k.startsWith('residents.') ? 'residents' : k) }).unmatched);
    }
  });
  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{t('medicine.visits.add')}</Text>} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormAlert messages={formError} />
          <SimpleGrid cols={2}>
            <Controller control={form.control} name="visitedOn" render={({ field, fieldState }) => <DateField label={t('medicine.visits.date')} withAsterisk value={field.value} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} />} />
            <Controller control={form.control} name="kind" render={({ field }) => <Select label={t('medicine.visits.kind')} withAsterisk value={field.value} onChange={field.onChange} data={VISIT_KINDS.map((k) => ({ value: k, label: t(`medicine.visitKinds.${k}`) }))} comboboxProps={{ withinPortal: true }} />} />
          </SimpleGrid>
          <TextInput label={t('medicine.visits.practitioner')} withAsterisk {...form.register('practitioner')} error={errors.practitioner?.message} />
          <Controller
            control={form.control}
            name="residents"
            render={({ field, fieldState }) => (
              <MultiSelect
                label={t('medicine.visits.residents')}
                withAsterisk
                searchable
                value={(field.value ?? []).map((r) => String(r.residentId))}
                onChange={(ids) => field.onChange(ids.map((id) => ({ residentId: Number(id), note: null })))}
                data={(present.data ?? []).map((r) => ({ value: String(r.id), label: `${r.fullName} (${r.registrationNo})` }))}
                error={fieldState.error?.message}
                comboboxProps={{ withinPortal: true }}
              />
            )}
          />
          <Textarea label={t('medicine.visits.findings')} autosize minRows={3} {...form.register('findings')} error={errors.findings?.message} />
          <SimpleGrid cols={2}>
            <Controller control={form.control} name="fee" render={({ field, fieldState }) => <MoneyInput label={t('medicine.visits.fee')} value={field.value ?? 0} onChange={(v) => field.onChange(typeof v === 'number' ? v : 0)} error={fieldState.error?.message} />} />
            {fee ? <Controller control={form.control} name="lineId" render={({ field, fieldState }) => <BudgetLineSelect prefer={/obat|kesehatan|dokter/i} label={t('medicine.receipt.line')} date={visitedOn} value={field.value} onChange={(v) => (field.onChange(v), setOverrun(null))} error={fieldState.error?.message} />} /> : null}
          </SimpleGrid>
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
            <Button type="submit" loading={create.isPending} color={overrun ? 'orange' : undefined}>{overrun ? t('budget.override.approve') : t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
