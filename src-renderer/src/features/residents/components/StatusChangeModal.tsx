import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { EXIT_TYPES, residentsChannels, type ResidentDetail } from '@contract';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { areaByKey, canOpen } from '../../../app/areas';
import { useCurrentSession } from '../../auth/hooks';
import type { z } from 'zod';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { useReadmit, useRecordDeath, useRequestExit } from '../hooks';
import { optionsOf, useReference } from '../labels';
import { homeToday } from '../../../lib/home-clock';

export type StatusChangeKind = 'exit' | 'death' | 'readmit';

const ExitSchema = residentsChannels['residents.requestExit'].input;
const DateReasonSchema = residentsChannels['residents.readmit'].input;
type Values = Partial<z.input<typeof ExitSchema>> & z.input<typeof DateReasonSchema>;
const FIELDS = ['exitType', 'effectiveDate', 'reason'] as const;

interface Props {
  kind: StatusChangeKind;
  resident: ResidentDetail;
  /** A head's discharge applies at once; anyone else's waits for the head. */
  byHead: boolean;
  onClose: () => void;
}

/** Discharge (request), death or readmission: a date, a reason and, for a discharge, the exit type. */
export function StatusChangeModal({ kind, resident, byHead, onClose }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const requestExit = useRequestExit();
  const recordDeath = useRecordDeath();
  const readmit = useReadmit();
  const pending = requestExit.isPending || recordDeath.isPending || readmit.isPending;
  const [formError, setFormError] = useState<string[]>([]);
  const form = useForm<Values>({
    resolver: (kind === 'exit' ? zodResolver(ExitSchema) : zodResolver(DateReasonSchema)) as unknown as Resolver<Values>,
    mode: 'onTouched',
    defaultValues: { id: resident.id, effectiveDate: homeToday(), reason: '' },
  });
  const name = resident.fullName;
  // A return to the family or a referral to the district office has its own record (handover, costs) in the exits area.
  const exitType = useWatch({ control: form.control, name: 'exitType' });
  const exitsArea = canOpen(areaByKey('exits'), useCurrentSession().user.role);
  const repatriation = kind === 'exit' && exitsArea && (exitType === 'returned_family' || exitType === 'referred');

  const text = {
    exit: {
      title: t(byHead ? 'residents.actions.dischargeTitle' : 'residents.actions.exitTitle', { name }),
      hint: t(byHead ? 'residents.actions.dischargeHint' : 'residents.actions.exitHint'),
      date: t('residents.actions.exitDate'),
      reason: t('residents.actions.reason'),
      placeholder: t('residents.actions.reasonPlaceholder'),
      submit: t(byHead ? 'residents.actions.submitDischarge' : 'residents.actions.submitExit'),
      color: 'orange',
    },
    death: {
      title: t('residents.actions.deathTitle', { name }),
      hint: t('residents.actions.deathHint'),
      date: t('residents.actions.deathDate'),
      reason: t('residents.actions.deathReason'),
      placeholder: t('residents.actions.deathReasonPlaceholder'),
      submit: t('residents.actions.submitDeath'),
      color: 'dark',
    },
    readmit: {
      title: t('residents.actions.readmitTitle', { name }),
      hint: t('residents.actions.readmitHint'),
      date: t('residents.actions.readmitDate'),
      reason: t('residents.actions.reason'),
      placeholder: '',
      submit: t('residents.actions.submitReadmit'),
      color: 'teal',
    },
  }[kind];

  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      const input = { id: resident.id, effectiveDate: values.effectiveDate, reason: values.reason };
      if (kind === 'exit') {
        const after = await requestExit.mutateAsync({ ...input, exitType: values.exitType! });
        notifySuccess(t(after.status === 'discharged' ? 'residents.actions.discharged' : 'residents.actions.exitRequested', { name }));
      } else if (kind === 'death') {
        await recordDeath.mutateAsync(input);
        notifySuccess(t('residents.actions.deathRecorded', { name }));
      } else {
        await readmit.mutateAsync(input);
        notifySuccess(t('residents.actions.readmitted', { name }));
      }
      onClose();
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError, { fields: FIELDS }).unmatched);
    }
  });

  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{text.title}</Text>} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Alert variant="light" color={kind === 'death' ? 'gray' : 'blue'} icon={<IconInfoCircle size={18} />}>
            {text.hint}
          </Alert>
          <FormAlert messages={formError} />
          {kind === 'exit' ? (
            <Controller
              control={form.control}
              name="exitType"
              render={({ field, fieldState }) => (
                <Select
                  label={t('residents.fields.exitType')}
                  placeholder={t('residents.placeholders.select')}
                  withAsterisk
                  data={optionsOf(ref.exitType, EXIT_TYPES)}
                  allowDeselect={false}
                  value={field.value ?? null}
                  onChange={(v) => field.onChange(v ?? undefined)}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  name={field.name}
                  error={fieldState.error?.message}
                  data-autofocus
                  comboboxProps={{ withinPortal: true }}
                />
              )}
            />
          ) : null}
          {repatriation ? (
            <Alert variant="light" color="blue" data-testid="repatriation-hint">
              {t('residents.actions.repatriationHint')}{' '}
              <Anchor component={Link} to={`/exits/new/repatriation?resident=${resident.id}`} size="sm">
                {t('residents.actions.openRepatriation')}
              </Anchor>
            </Alert>
          ) : null}
          <Controller
            control={form.control}
            name="effectiveDate"
            render={({ field, fieldState }) => (
              <DateField
                label={text.date}
                withAsterisk
                maxDate={kind === 'exit' ? undefined : homeToday()}
                value={field.value}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                ref={field.ref}
                name={field.name}
                error={fieldState.error?.message}
                popoverProps={{ withinPortal: true }}
              />
            )}
          />
          <Textarea
            label={text.reason}
            placeholder={text.placeholder}
            withAsterisk
            autosize
            minRows={3}
            {...form.register('reason')}
            error={form.formState.errors.reason?.message}
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose} disabled={pending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={text.color} loading={pending}>
              {text.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
