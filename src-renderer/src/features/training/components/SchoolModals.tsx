import { zodResolver } from '@hookform/resolvers/zod';
import { NumberInput, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { formatRupiah, SCHOOL_FEE_LABELS, SCHOOL_LEVEL_LABELS, SchoolFeeInput, SchoolRecordInput, SchoolReportInput, VoidSchoolFeeInput, type SchoolFee, type SchoolRecord } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { notifySuccess } from '../../../components/notify';
import { call } from '../../../lib/api';
import { OverrideFields } from '../../budget/components/OverrideFields';
import { MoneyInput } from '../../budget/money';
import { useTrainingMutation } from '../hooks';
import { BudgetLineSelect } from '../../budget/components/BudgetLineSelect';
import { FormModal } from './ParticipantModals';
import { isOverAllocation } from '../../budget/over-allocation';
import { homeToday } from '../../../lib/home-clock';

const today = () => homeToday();
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The school year a date falls in (July starts a new one). */
export const schoolYearOf = (date: string) => {
  const y = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 7 ? `${y}/${y + 1}` : `${y - 1}/${y}`;
};

export function SchoolRecordModal({ record, onClose }: { record?: SchoolRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useTrainingMutation('school.saveRecord');
  const residents = useQuery({ queryKey: ['residents.list', { statuses: ['active'] }], queryFn: () => call('residents.list', { statuses: ['active'] }), enabled: !record });
  const form = useForm<SchoolRecordInput>({
    resolver: zodResolver(SchoolRecordInput),
    defaultValues: record ? { ...record } : { schoolYear: schoolYearOf(today()), schoolName: '', grade: '' },
  });
  const errors = form.formState.errors;
  return (
    <FormModal title={record ? t('training.school.edit') : t('training.school.new')} form={form} onClose={onClose} pending={save.isPending} onSubmit={async (v) => void (await save.mutateAsync(v), notifySuccess(t('training.school.saved')))}>
      <Controller
        control={form.control}
        name="residentId"
        render={({ field, fieldState }) => (
          <Select
            label={t('training.school.resident')}
            withAsterisk
            searchable
            disabled={Boolean(record)}
            data={record ? [{ value: String(record.residentId), label: record.residentName }] : (residents.data?.rows ?? []).map((r) => ({ value: String(r.id), label: `${r.fullName} (${r.registrationNo})` }))}
            value={field.value ? String(field.value) : null}
            onChange={(v) => field.onChange(v ? Number(v) : undefined)}
            error={fieldState.error?.message}
            comboboxProps={{ withinPortal: true }}
          />
        )}
      />
      <TextInput label={t('training.school.school')} withAsterisk {...form.register('schoolName')} error={errors.schoolName?.message} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Controller control={form.control} name="level" render={({ field, fieldState }) => <Select label={t('training.school.level')} withAsterisk data={options(SCHOOL_LEVEL_LABELS)} value={field.value ?? null} onChange={field.onChange} error={fieldState.error?.message} comboboxProps={{ withinPortal: true }} />} />
        <TextInput label={t('training.school.grade')} withAsterisk placeholder="Kelas 7" {...form.register('grade')} error={errors.grade?.message} />
        <TextInput label={t('training.school.year')} withAsterisk placeholder="2025/2026" {...form.register('schoolYear')} error={errors.schoolYear?.message} />
      </SimpleGrid>
      <Textarea label={t('training.school.note')} autosize minRows={2} {...form.register('note')} />
    </FormModal>
  );
}

/** A fee paid: recorded as spending on a budget line; past the remaining allocation the head approves it. */
export function SchoolFeeModal({ record, onClose }: { record: SchoolRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const pay = useTrainingMutation('school.payFee');
  const [overrun, setOverrun] = useState<string | null>(null);
  const form = useForm<SchoolFeeInput>({ resolver: zodResolver(SchoolFeeInput), defaultValues: { schoolRecordId: record.id, paidOn: today(), description: '', payee: record.schoolName, proofNo: '', override: null } });
  const paidOn = useWatch({ control: form.control, name: 'paidOn' });
  const errors = form.formState.errors;
  return (
    <FormModal
      title={t('training.school.payTitle', { name: record.residentName })}
      form={form}
      onClose={onClose}
      pending={pay.isPending}
      submitLabel={overrun ? t('budget.override.approve') : undefined}
      onSubmit={async (values) => {
        try {
          await pay.mutateAsync(values);
        } catch (error) {
          if (isOverAllocation(error) && !values.override) {
            setOverrun(error.message);
            form.setValue('override', { reason: '', headUsername: '', headPassword: '' });
          }
          throw error;
        }
        notifySuccess(t('training.school.paid', { amount: formatRupiah(values.amount) }));
      }}
    >
      <Controller control={form.control} name="lineId" render={({ field, fieldState }) => <BudgetLineSelect label={t('training.school.line')} description={t('training.school.lineHint')} withAsterisk date={paidOn} value={field.value} onChange={(v) => field.onChange(v ?? undefined)} error={fieldState.error?.message} inputWrapperOrder={['label', 'input', 'description', 'error']} />} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Controller control={form.control} name="kind" render={({ field, fieldState }) => <Select label={t('training.school.feeKind')} withAsterisk data={options(SCHOOL_FEE_LABELS)} value={field.value ?? null} onChange={field.onChange} error={fieldState.error?.message} comboboxProps={{ withinPortal: true }} />} />
        <Controller control={form.control} name="paidOn" render={({ field, fieldState }) => <DateField label={t('training.school.feeDate')} withAsterisk value={field.value} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message ?? errors.override?.message} />} />
        <Controller control={form.control} name="amount" render={({ field, fieldState }) => <MoneyInput label={t('training.school.amount')} withAsterisk value={field.value ?? ''} onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)} error={overrun ? undefined : fieldState.error?.message} />} />
      </SimpleGrid>
      <TextInput label={t('training.school.description')} withAsterisk {...form.register('description')} error={errors.description?.message} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('training.school.payee')} {...form.register('payee')} />
        <TextInput label={t('training.school.proofNo')} {...form.register('proofNo')} />
      </SimpleGrid>
      {overrun ? (
        <OverrideFields message={overrun} reason={form.register('override.reason')} headUsername={form.register('override.headUsername')} headPassword={form.register('override.headPassword')} errors={errors.override ?? undefined} />
      ) : null}
    </FormModal>
  );
}

export function VoidFeeModal({ fee, onClose }: { fee: SchoolFee; onClose: () => void }) {
  const { t } = useTranslation();
  const voidFee = useTrainingMutation('school.voidFee');
  const form = useForm<VoidSchoolFeeInput>({ resolver: zodResolver(VoidSchoolFeeInput), defaultValues: { id: fee.id, voidedOn: today(), reason: '' } });
  return (
    <FormModal title={t('training.school.voidTitle', { amount: formatRupiah(fee.amount) })} form={form} onClose={onClose} pending={voidFee.isPending} onSubmit={async (v) => void (await voidFee.mutateAsync(v), notifySuccess(t('training.school.voided')))}>
      <Controller control={form.control} name="voidedOn" render={({ field, fieldState }) => <DateField label={t('training.school.voidDate')} withAsterisk value={field.value} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} />} />
      <Textarea label={t('training.school.voidReason')} withAsterisk autosize minRows={2} {...form.register('reason')} error={form.formState.errors.reason?.message} />
    </FormModal>
  );
}

export function SchoolReportModal({ record, onClose }: { record: SchoolRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useTrainingMutation('school.saveReport');
  const form = useForm<SchoolReportInput>({ resolver: zodResolver(SchoolReportInput), defaultValues: { schoolRecordId: record.id, term: 1, rank: null, classSize: null, notes: '' } });
  const num = (name: 'average' | 'rank' | 'classSize', label: string, required = false) => (
    <Controller control={form.control} name={name} render={({ field, fieldState }) => <NumberInput label={label} withAsterisk={required} decimalScale={name === 'average' ? 2 : 0} min={0} value={field.value ?? ''} onChange={(v) => field.onChange(typeof v === 'number' ? v : name === 'average' ? undefined : null)} error={fieldState.error?.message} />} />
  );
  return (
    <FormModal title={t('training.school.reportTitle', { name: record.residentName })} form={form} onClose={onClose} pending={save.isPending} onSubmit={async (v) => void (await save.mutateAsync(v), notifySuccess(t('training.school.reportSaved')))}>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Controller control={form.control} name="term" render={({ field }) => <Select label={t('training.school.term')} data={['1', '2']} value={String(field.value)} onChange={(v) => field.onChange(Number(v))} comboboxProps={{ withinPortal: true }} />} />
        {num('average', t('training.school.average'), true)}
        {num('rank', t('training.school.rank'))}
        {num('classSize', t('training.school.classSize'))}
      </SimpleGrid>
      <Textarea label={t('training.school.reportNotes')} autosize minRows={2} {...form.register('notes')} />
    </FormModal>
  );
}
