import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, MultiSelect, NumberInput, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { EnrolInput, TrainingAssessmentInput, WithdrawInput, CompleteInput, type Enrolment, type Programme } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Controller, useForm, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { call } from '../../../lib/api';
import { useTrainingMutation } from '../hooks';
import { homeToday } from '../../../lib/home-clock';

const today = () => homeToday();

/** A small modal form: fields, a general alert for errors without a field, cancel / save. */
export function FormModal<T extends FieldValues>({ title, form, onSubmit, onClose, pending, children, submitLabel, closeOnSuccess = true }: { title: string; form: UseFormReturn<T>; onSubmit: (values: T) => Promise<void>; onClose: () => void; pending: boolean; children: ReactNode; submitLabel?: string; closeOnSuccess?: boolean }) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string[]>([]);
  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      await onSubmit(values);
      if (closeOnSuccess) onClose();
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError).unmatched);
    }
  });
  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{title}</Text>} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert messages={formError} />
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={pending}>{submitLabel ?? t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function EnrolModal({ programme, onClose }: { programme: Programme; onClose: () => void }) {
  const { t } = useTranslation();
  const enrol = useTrainingMutation('training.enrol');
  const residents = useQuery({ queryKey: ['residents.list', { statuses: ['active'] }], queryFn: () => call('residents.list', { statuses: ['active'] }) });
  const form = useForm<EnrolInput>({ resolver: zodResolver(EnrolInput), defaultValues: { programmeId: programme.id, residentIds: [], enrolledOn: today() } });
  return (
    <FormModal
      title={t('training.enrol.title')}
      form={form}
      onClose={onClose}
      pending={enrol.isPending}
      onSubmit={async (values) => {
        const rows = await enrol.mutateAsync(values);
        notifySuccess(t('training.enrol.saved', { count: rows.length }));
      }}
    >
      <Controller
        control={form.control}
        name="residentIds"
        render={({ field, fieldState }) => (
          <MultiSelect
            label={t('training.enrol.residents')}
            description={t('training.enrol.residentsHint', { free: Math.max(0, programme.capacity - programme.enrolledCount) })}
            withAsterisk
            searchable
            data-autofocus
            data={(residents.data?.rows ?? []).map((r) => ({ value: String(r.id), label: `${r.fullName} (${r.registrationNo})` }))}
            value={field.value.map(String)}
            onChange={(v) => field.onChange(v.map(Number))}
            error={fieldState.error?.message}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            comboboxProps={{ withinPortal: true }}
          />
        )}
      />
      <Controller control={form.control} name="enrolledOn" render={({ field, fieldState }) => <DateField label={t('training.enrol.date')} withAsterisk value={field.value} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} />} />
    </FormModal>
  );
}

export function WithdrawModal({ enrolment, onClose }: { enrolment: Enrolment; onClose: () => void }) {
  const { t } = useTranslation();
  const withdraw = useTrainingMutation('training.withdraw');
  const form = useForm<WithdrawInput>({ resolver: zodResolver(WithdrawInput), defaultValues: { enrolmentId: enrolment.id, withdrawnOn: today(), reason: '' } });
  return (
    <FormModal
      title={t('training.enrol.withdrawTitle', { name: enrolment.residentName })}
      form={form}
      onClose={onClose}
      pending={withdraw.isPending}
      onSubmit={async (values) => {
        await withdraw.mutateAsync(values);
        notifySuccess(t('training.enrol.withdrawn', { name: enrolment.residentName }));
      }}
    >
      <Controller control={form.control} name="withdrawnOn" render={({ field, fieldState }) => <DateField label={t('training.enrol.withdrawDate')} withAsterisk value={field.value} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} />} />
      <Textarea label={t('training.enrol.withdrawReason')} withAsterisk autosize minRows={2} {...form.register('reason')} error={form.formState.errors.reason?.message} />
    </FormModal>
  );
}

export function AssessModal({ programme, enrolment, onClose }: { programme: Programme; enrolment: Enrolment; onClose: () => void }) {
  const { t } = useTranslation();
  const assess = useTrainingMutation('training.assess');
  const form = useForm<TrainingAssessmentInput>({ resolver: zodResolver(TrainingAssessmentInput), defaultValues: { enrolmentId: enrolment.id, assessedOn: today(), competent: programme.assessmentType === 'competency' ? true : null, grade: null, note: '' } });
  return (
    <FormModal
      title={t('training.assess.title', { name: enrolment.residentName })}
      form={form}
      onClose={onClose}
      pending={assess.isPending}
      onSubmit={async (values) => {
        await assess.mutateAsync(values);
        notifySuccess(t('training.assess.saved', { name: enrolment.residentName }));
      }}
    >
      <Controller control={form.control} name="assessedOn" render={({ field, fieldState }) => <DateField label={t('training.assess.date')} withAsterisk value={field.value} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} />} />
      {programme.assessmentType === 'competency' ? (
        <Controller
          control={form.control}
          name="competent"
          render={({ field, fieldState }) => (
            <Stack gap={4}>
              <Text size="sm" fw={500}>{t('training.assess.result')}</Text>
              <SegmentedControl data={[{ value: 'yes', label: t('training.assess.competent') }, { value: 'no', label: t('training.assess.notCompetent') }]} value={field.value === false ? 'no' : 'yes'} onChange={(v) => field.onChange(v === 'yes')} />
              {fieldState.error ? <Text size="xs" c="red">{fieldState.error.message}</Text> : null}
            </Stack>
          )}
        />
      ) : (
        <Controller control={form.control} name="grade" render={({ field, fieldState }) => <NumberInput label={t('training.assess.grade')} withAsterisk min={0} max={100} value={field.value ?? ''} onChange={(v) => field.onChange(typeof v === 'number' ? v : null)} error={fieldState.error?.message} />} />
      )}
      <Textarea label={t('training.assess.note')} autosize minRows={2} {...form.register('note')} />
    </FormModal>
  );
}

export function CompleteModal({ enrolment, onClose, onDone }: { enrolment: Enrolment; onClose: () => void; onDone: (e: Enrolment) => void }) {
  const { t } = useTranslation();
  const complete = useTrainingMutation('training.complete');
  const form = useForm<CompleteInput>({ resolver: zodResolver(CompleteInput), defaultValues: { enrolmentId: enrolment.id, completedOn: today() } });
  return (
    <FormModal
      title={t('training.complete.title', { name: enrolment.residentName })}
      form={form}
      onClose={onClose}
      pending={complete.isPending}
      submitLabel={t('training.complete.button')}
      closeOnSuccess={false}
      onSubmit={async (values) => {
        const done = await complete.mutateAsync(values);
        notifySuccess(t('training.complete.saved', { name: done.residentName, no: done.certificateNo }));
        onDone(done);
      }}
    >
      <Text size="sm" c="dimmed">{t('training.complete.explain')}</Text>
      <Controller control={form.control} name="completedOn" render={({ field, fieldState }) => <DateField label={t('training.complete.date')} withAsterisk value={field.value} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} />} />
    </FormModal>
  );
}
