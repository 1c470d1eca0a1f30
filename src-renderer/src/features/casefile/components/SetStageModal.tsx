import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { SetStageInput, type CaseFile, type RehabStage } from '@contract';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { formatDate } from '../../../lib/format';
import { useSetStage } from '../hooks';
import { homeToday } from '../../../lib/home-clock';

const FIELDS = ['stageId', 'startedOn', 'note'] as const;

/** Moves the resident to another stage; the current stage ends on the new stage's start date. */
export function SetStageModal({ opened, file, stages, onClose }: { opened: boolean; file: CaseFile; stages: RehabStage[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={650}>{t('casefile.stage.move')}</Text>} centered size="md">
      {opened ? <SetStageForm file={file} stages={stages} onClose={onClose} /> : null}
    </Modal>
  );
}

function SetStageForm({ file, stages, onClose }: { file: CaseFile; stages: RehabStage[]; onClose: () => void }) {
  const { t } = useTranslation();
  const setStage = useSetStage();
  const [formError, setFormError] = useState<string[]>([]);
  const current = file.currentStage;
  const latestStart = file.stageHistory.reduce((max, e) => (e.startedOn > max ? e.startedOn : max), file.admissionDate);
  const currentPos = stages.find((s) => s.id === current?.stageId)?.position ?? 0;
  const suggested = stages.find((s) => s.active && s.position > currentPos && s.id !== current?.stageId);
  const today = homeToday();
  const form = useForm<SetStageInput>({
    resolver: zodResolver(SetStageInput),
    mode: 'onTouched',
    defaultValues: { residentId: file.residentId, stageId: suggested?.id, startedOn: today < latestStart ? latestStart : today, note: '' },
  });

  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      const result = await setStage.mutateAsync(values);
      notifySuccess(t('casefile.stage.moved', { stage: result.currentStage?.stageName ?? '' }));
      onClose();
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError, { fields: FIELDS }).unmatched);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {current ? (
          <Text size="sm" c="dimmed">
            {t('casefile.stage.currentIs', { stage: current.stageName, date: formatDate(current.startedOn) })}
          </Text>
        ) : null}
        <FormAlert messages={formError} />
        <Controller
          control={form.control}
          name="stageId"
          render={({ field, fieldState }) => (
            <Select
              label={t('casefile.stage.newStage')}
              placeholder={t('casefile.stage.pick')}
              withAsterisk
              data-autofocus
              allowDeselect={false}
              data={stages
                .filter((s) => s.active)
                .map((s) => ({ value: String(s.id), label: `${s.position}. ${s.name}`, disabled: s.id === current?.stageId }))}
              value={field.value ? String(field.value) : null}
              onChange={(v) => field.onChange(v ? Number(v) : undefined)}
              ref={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="startedOn"
          render={({ field, fieldState }) => (
            <DatePickerInput
              label={t('casefile.stage.startedOn')}
              withAsterisk
              value={field.value ?? null}
              onChange={(v) => field.onChange(v ?? '')}
              minDate={latestStart}
              valueFormat="D MMMM YYYY"
              leftSection={<IconCalendar size={16} />}
              error={fieldState.error?.message}
            />
          )}
        />
        <Textarea label={t('casefile.stage.note')} placeholder={t('casefile.stage.notePlaceholder')} autosize minRows={2} {...form.register('note')} error={form.formState.errors.note?.message} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={setStage.isPending}>
            {t('casefile.stage.moveSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
