import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Grid, Group, Modal, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { INCIDENT_SEVERITIES, IncidentInput } from '@contract';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { SEVERITY_COLORS } from '../colors';
import { useAddIncident } from '../hooks';
import type { CareSubject } from './CareNoteModal';
import { ChoiceButtons } from './ChoiceButtons';
import { TimeField } from './TimeField';
import { homeTime, homeToday } from '../../../lib/home-clock';

const FIELDS = ['occurredOn', 'occurredTime', 'severity', 'description', 'actionTaken', 'followUp', 'followUpDue'] as const;

/** Records what happened, what was done at once, and what still has to be done by when. */
export function IncidentModal({ subject, onClose, date }: { subject: CareSubject | null; onClose: () => void; date?: string }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={subject !== null}
      onClose={onClose}
      size="lg"
      centered
      title={
        <Stack gap={0}>
          <Text fw={650}>{t('carenotes.incidentForm.title', { name: subject?.fullName ?? '' })}</Text>
          {subject?.room ? <Text size="xs" c="dimmed">{subject.room}</Text> : null}
        </Stack>
      }
    >
      {subject ? <IncidentForm key={subject.id} subject={subject} onClose={onClose} date={date} /> : null}
    </Modal>
  );
}

function IncidentForm({ subject, onClose, date }: { subject: CareSubject; onClose: () => void; date?: string }) {
  const { t } = useTranslation();
  const add = useAddIncident();
  const [formError, setFormError] = useState<string[]>([]);
  const today = homeToday();
  const maxDate = subject.exitDate && subject.exitDate < today ? subject.exitDate : today;
  const initialDate = date ?? maxDate;
  const form = useForm<IncidentInput>({
    resolver: zodResolver(IncidentInput),
    mode: 'onTouched',
    defaultValues: {
      residentId: subject.id,
      occurredOn: initialDate,
      occurredTime: initialDate === today ? homeTime().replace(':', '.') : '',
      description: '',
      actionTaken: '',
      followUp: '',
      followUpDue: null,
    },
  });
  const errors = form.formState.errors;
  const occurredOn = useWatch({ control: form.control, name: 'occurredOn' });

  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      await add.mutateAsync(values);
      notifySuccess(t('carenotes.incidentForm.saved', { name: subject.fullName }));
      onClose();
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError, { fields: FIELDS }).unmatched);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert messages={formError} />
        <Controller
          control={form.control}
          name="severity"
          render={({ field, fieldState }) => (
            <ChoiceButtons
              label={t('carenotes.fields.severity')}
              required
              autoFocus
              testId="incident-severity"
              firstRef={field.ref}
              options={INCIDENT_SEVERITIES.map((s) => ({ value: s, label: t(`carenotes.severities.${s}`), color: SEVERITY_COLORS[s] }))}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Controller
            control={form.control}
            name="occurredOn"
            render={({ field, fieldState }) => (
              <DatePickerInput
                label={t('carenotes.fields.occurredOn')}
                withAsterisk
                value={field.value ?? null}
                onChange={(v) => field.onChange(v ?? '')}
                minDate={subject.admissionDate}
                maxDate={maxDate}
                valueFormat="D MMM YYYY"
                leftSection={<IconCalendar size={16} />}
                error={fieldState.error?.message}
              />
            )}
          />
          <TimeField
            label={t('carenotes.fields.time')}
            {...form.register('occurredTime')} error={errors.occurredTime?.message} />
        </SimpleGrid>
        <Textarea
          label={t('carenotes.fields.description')}
          placeholder={t('carenotes.incidentForm.descriptionHint')}
          withAsterisk
          autosize
          minRows={3}
          {...form.register('description')}
          error={errors.description?.message}
        />
        <Textarea
          label={t('carenotes.fields.actionTaken')}
          placeholder={t('carenotes.incidentForm.actionHint')}
          withAsterisk
          autosize
          minRows={2}
          {...form.register('actionTaken')}
          error={errors.actionTaken?.message}
        />
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 8 }}>
          <Textarea
            label={t('carenotes.fields.followUp')}
            placeholder={t('carenotes.incidentForm.followUpHint')}
            autosize
            minRows={2}
            {...form.register('followUp')}
            error={errors.followUp?.message}
          />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
          <Controller
            control={form.control}
            name="followUpDue"
            render={({ field, fieldState }) => (
              <DatePickerInput
                label={t('carenotes.fields.followUpDue')}
                value={field.value ?? null}
                onChange={(v) => field.onChange(v)}
                minDate={occurredOn || undefined}
                clearable
                valueFormat="D MMM YYYY"
                leftSection={<IconCalendar size={16} />}
                error={fieldState.error?.message}
              />
            )}
          />
          </Grid.Col>
        </Grid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="orange" loading={add.isPending}>
            {t('carenotes.incidentForm.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
