import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Chip, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import {
  ASSESSMENT_TYPE_LABELS,
  COURSE_TYPE_LABELS,
  INSTRUCTOR_SOURCE_LABELS,
  PROGRAMME_KIND_LABELS,
  PROGRAMME_STATUS_LABELS,
  ProgrammeInput,
  WEEKDAY_LABELS,
  type Programme,
} from '@contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { courseTypesQuery, useTrainingMutation } from '../hooks';
import { BudgetLineSelect } from '../../budget/components/BudgetLineSelect';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function ProgrammeModal({ programme, onClose, onSaved }: { programme?: Programme; onClose: () => void; onSaved?: (p: Programme) => void }) {
  const { t } = useTranslation();
  const save = useTrainingMutation('training.saveProgramme');
  const types = useQuery(courseTypesQuery());
  const [formError, setFormError] = useState<string[]>([]);
  const form = useForm<ProgrammeInput>({
    resolver: zodResolver(ProgrammeInput),
    defaultValues: programme
      ? { ...programme, id: programme.id }
      : { kind: 'vocational', instructorSource: 'external', scheduleDays: [], startTime: '09:00', endTime: '11:00', minAttendancePercent: 75, assessmentType: 'competency', status: 'open', name: '', instructorName: '' },
  });
  const [kind, assessmentType, startDate] = useWatch({ control: form.control, name: ['kind', 'assessmentType', 'startDate'] });
  const errors = form.formState.errors;
  const courseTypes = [
    ...options(COURSE_TYPE_LABELS),
    ...(types.data ?? []).filter((c) => c.active || programme?.courseType === `custom:${c.id}`).map((c) => ({ value: `custom:${c.id}`, label: c.name })),
  ];

  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      const saved = await save.mutateAsync(values);
      notifySuccess(t('training.programme.saved', { name: saved.name }));
      onClose();
      onSaved?.(saved);
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError).unmatched);
    }
  });

  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{programme ? t('training.programme.edit') : t('training.programme.new')}</Text>} size="xl" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert messages={formError} />
          <TextInput label={t('training.programme.name')} withAsterisk data-autofocus {...form.register('name')} error={errors.name?.message} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller control={form.control} name="kind" render={({ field, fieldState }) => <Select label={t('training.programme.kind')} withAsterisk data={options(PROGRAMME_KIND_LABELS)} value={field.value} onChange={(v) => field.onChange(v)} error={fieldState.error?.message} comboboxProps={{ withinPortal: true }} />} />
            {kind === 'vocational' ? (
              <Controller control={form.control} name="courseType" render={({ field, fieldState }) => <Select label={t('training.programme.courseType')} withAsterisk searchable data={courseTypes} value={field.value ?? null} onChange={(v) => field.onChange(v)} error={fieldState.error?.message} comboboxProps={{ withinPortal: true }} />} />
            ) : <div />}
            <TextInput label={t('training.programme.instructor')} withAsterisk {...form.register('instructorName')} error={errors.instructorName?.message} />
            <Controller control={form.control} name="instructorSource" render={({ field }) => <Select label={t('training.programme.instructorSource')} data={options(INSTRUCTOR_SOURCE_LABELS)} value={field.value} onChange={(v) => field.onChange(v)} comboboxProps={{ withinPortal: true }} />} />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="scheduleDays"
            render={({ field, fieldState }) => (
              <Stack gap={4}>
                <Text size="sm" fw={500}>{t('training.programme.days')}</Text>
                <Chip.Group multiple value={(field.value ?? []).map(String)} onChange={(v) => field.onChange(v.map(Number).sort())}>
                  <Group gap={6}>
                    {Object.entries(WEEKDAY_LABELS).map(([d, label]) => <Chip key={d} value={d} size="sm">{label}</Chip>)}
                  </Group>
                </Chip.Group>
                {fieldState.error ? <Text size="xs" c="red">{fieldState.error.message}</Text> : null}
              </Stack>
            )}
          />
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <TextInput label={t('training.programme.startTime')} type="time" {...form.register('startTime')} error={errors.startTime?.message} />
            <TextInput label={t('training.programme.endTime')} type="time" {...form.register('endTime')} error={errors.endTime?.message} />
            <Controller control={form.control} name="startDate" render={({ field, fieldState }) => <DateField label={t('training.programme.startDate')} withAsterisk value={field.value} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} />} />
            <Controller control={form.control} name="endDate" render={({ field, fieldState }) => <DateField label={t('training.programme.endDate')} withAsterisk value={field.value} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} />} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Controller control={form.control} name="capacity" render={({ field, fieldState }) => <NumberInput label={t('training.programme.capacity')} withAsterisk min={1} value={field.value ?? ''} onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)} error={fieldState.error?.message} />} />
            <Controller control={form.control} name="minAttendancePercent" render={({ field, fieldState }) => <NumberInput label={t('training.programme.minAttendance')} min={0} max={100} value={field.value ?? ''} onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)} error={fieldState.error?.message} />} />
            <Controller control={form.control} name="status" render={({ field }) => <Select label={t('training.programme.status')} data={options(PROGRAMME_STATUS_LABELS)} value={field.value ?? 'open'} onChange={(v) => field.onChange(v)} comboboxProps={{ withinPortal: true }} />} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller control={form.control} name="assessmentType" render={({ field }) => <Select label={t('training.programme.assessmentType')} data={options(ASSESSMENT_TYPE_LABELS)} value={field.value} onChange={(v) => field.onChange(v)} comboboxProps={{ withinPortal: true }} />} />
            {assessmentType === 'grade' ? (
              <Controller control={form.control} name="passingGrade" render={({ field, fieldState }) => <NumberInput label={t('training.programme.passingGrade')} withAsterisk min={0} max={100} value={field.value ?? ''} onChange={(v) => field.onChange(typeof v === 'number' ? v : null)} error={fieldState.error?.message} />} />
            ) : <div />}
          </SimpleGrid>
          <Controller control={form.control} name="budgetLineId" render={({ field, fieldState }) => <BudgetLineSelect label={t('training.programme.budgetLine')} description={t('training.programme.budgetLineHint')} date={startDate} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />} />
          <Textarea label={t('training.programme.note')} autosize minRows={2} {...form.register('note')} error={errors.note?.message} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
