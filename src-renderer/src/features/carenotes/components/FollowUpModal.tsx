import { Alert, Button, Grid, Group, Modal, Stack, Switch, Text, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import type { Incident } from '@contract';
import { IconCalendar, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { formatDate } from '../../../lib/format';
import { useIncidentFollowUp } from '../hooks';
import { homeToday } from '../../../lib/home-clock';

interface Values {
  followUp: string;
  followUpDue: string | null;
  resolved: boolean;
  resolvedOn: string | null;
}

const FIELDS = ['followUp', 'followUpDue', 'resolvedOn'] as const;

/** Updates what is being done about an incident, or closes it as handled. */
export function FollowUpModal({ incident, onClose, resolve }: { incident: Incident | null; onClose: () => void; resolve?: boolean }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={incident !== null}
      onClose={onClose}
      size="lg"
      centered
      title={<Text fw={650}>{t('carenotes.followUpForm.title', { name: incident?.residentName ?? '' })}</Text>}
    >
      {incident ? <FollowUpForm key={incident.id} incident={incident} onClose={onClose} resolve={resolve ?? false} /> : null}
    </Modal>
  );
}

function FollowUpForm({ incident, onClose, resolve }: { incident: Incident; onClose: () => void; resolve: boolean }) {
  const { t } = useTranslation();
  const followUp = useIncidentFollowUp();
  const [formError, setFormError] = useState<string[]>([]);
  const today = homeToday();
  const form = useForm<Values>({
    defaultValues: { followUp: incident.followUp ?? '', followUpDue: incident.followUpDue, resolved: resolve, resolvedOn: today },
  });
  const resolved = useWatch({ control: form.control, name: 'resolved' });

  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      await followUp.mutateAsync({
        id: incident.id,
        followUp: values.followUp,
        followUpDue: values.followUpDue,
        resolvedOn: values.resolved ? values.resolvedOn : null,
      });
      notifySuccess(t(values.resolved ? 'carenotes.followUpForm.resolved' : 'carenotes.followUpForm.saved'));
      onClose();
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError, { fields: FIELDS }).unmatched);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Alert variant="light" color="gray" p="sm">
          <Text size="xs" c="dimmed">
            {formatDate(incident.occurredOn)} · {t(`carenotes.severities.${incident.severity}`)}
          </Text>
          <Text size="sm">{incident.description}</Text>
          <Text size="sm" c="dimmed" mt={4}>
            {t('carenotes.fields.actionTaken')}: {incident.actionTaken}
          </Text>
        </Alert>
        <FormAlert messages={formError} />
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <Textarea
              label={t('carenotes.fields.followUp')}
              placeholder={t('carenotes.incidentForm.followUpHint')}
              autosize
              minRows={3}
              data-autofocus
              {...form.register('followUp')}
              error={form.formState.errors.followUp?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Controller
              control={form.control}
              name="followUpDue"
              render={({ field, fieldState }) => (
                <DatePickerInput
                  label={t('carenotes.fields.followUpDue')}
                  value={field.value}
                  onChange={field.onChange}
                  minDate={incident.occurredOn}
                  clearable
                  valueFormat="D MMM YYYY"
                  leftSection={<IconCalendar size={16} />}
                  error={fieldState.error?.message}
                />
              )}
            />
          </Grid.Col>
        </Grid>
        <Controller
          control={form.control}
          name="resolved"
          render={({ field }) => (
            <Switch
              label={t('carenotes.followUpForm.markResolved')}
              description={t('carenotes.followUpForm.markResolvedHint')}
              checked={field.value}
              onChange={(e) => field.onChange(e.currentTarget.checked)}
              onBlur={field.onBlur}
              ref={field.ref}
              name={field.name}
            />
          )}
        />
        {resolved ? (
          <Controller
            control={form.control}
            name="resolvedOn"
            render={({ field, fieldState }) => (
              <DatePickerInput
                label={t('carenotes.fields.resolvedOn')}
                withAsterisk
                value={field.value}
                onChange={field.onChange}
                minDate={incident.occurredOn}
                maxDate={today}
                valueFormat="D MMM YYYY"
                leftSection={<IconCalendar size={16} />}
                error={fieldState.error?.message}
                maw={240}
              />
            )}
          />
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={followUp.isPending} color={resolved ? 'teal' : undefined} leftSection={resolved ? <IconCircleCheck size={16} /> : undefined}>
            {t(resolved ? 'carenotes.followUpForm.submitResolve' : 'carenotes.followUpForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
