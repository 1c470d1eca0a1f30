import { Autocomplete, Grid, Select, Textarea } from '@mantine/core';
import { REFERRAL_SOURCES } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { roomsQuery } from '../hooks';
import { optionsOf, useReference } from '../labels';
import type { ResidentFormValues } from '../resident-form';
import { homeToday } from '../../../lib/home-clock';

/** Who referred the resident, when they were admitted, and where they sleep. */
export function AdmissionFields() {
  const { t } = useTranslation();
  const ref = useReference();
  const rooms = useQuery(roomsQuery());
  const { register, control, formState } = useFormContext<ResidentFormValues>();
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Controller
          control={control}
          name="referralSource"
          render={({ field, fieldState }) => (
            <Select
              label={t('residents.fields.referralSource')}
              placeholder={t('residents.placeholders.select')}
              data={optionsOf(ref.referral, REFERRAL_SOURCES)}
              clearable
              value={field.value ?? null}
              onChange={(v) => field.onChange(v)}
              onBlur={field.onBlur}
              ref={field.ref}
              name={field.name}
              error={fieldState.error?.message}
            />
          )}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Controller
          control={control}
          name="admissionDate"
          render={({ field, fieldState }) => (
            <DateField
              label={t('residents.fields.admissionDate')}
              placeholder={t('residents.hints.date')}
              withAsterisk
              maxDate={homeToday()}
              value={field.value}
              onChange={(v) => field.onChange(v ?? '')}
              onBlur={field.onBlur}
              ref={field.ref}
              name={field.name}
              error={fieldState.error?.message}
            />
          )}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea
          label={t('residents.fields.referralNote')}
          placeholder={t('residents.hints.referralNote')}
          autosize
          minRows={2}
          {...register('referralNote')}
          error={formState.errors.referralNote?.message}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Controller
          control={control}
          name="room"
          render={({ field, fieldState }) => (
            <Autocomplete
              label={t('residents.fields.room')}
              placeholder={t('residents.placeholders.room')}
              description={t('residents.hints.room')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              data={rooms.data ?? []}
              value={field.value ?? ''}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              name={field.name}
              error={fieldState.error?.message}
            />
          )}
        />
      </Grid.Col>
    </Grid>
  );
}
