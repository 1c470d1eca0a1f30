import { Grid, Select, TextInput } from '@mantine/core';
import { REFERRAL_SOURCES } from '@contract';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { optionsOf, useReference } from '../../residents/labels';
import type { ApplicationFormValues } from '../application-form';
import { homeToday } from '../../../lib/home-clock';

/** When the applicant applied, who referred them, and the referral letter's number and date. */
export function ReferralFields() {
  const { t } = useTranslation();
  const ref = useReference();
  const { register, control, formState } = useFormContext<ApplicationFormValues>();
  const date = (name: 'applicationDate' | 'referralLetterDate', required: boolean) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateField label={t(`intake.form.${name}`)} withAsterisk={required} clearable={!required} maxDate={homeToday()} value={field.value ?? null} onChange={field.onChange} onBlur={field.onBlur} ref={field.ref} name={field.name} error={fieldState.error?.message} />
      )}
    />
  );
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 4 }}>{date('applicationDate', true)}</Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Controller
          control={control}
          name="referralSource"
          render={({ field, fieldState }) => (
            <Select
              label={t('intake.form.referralSource')}
              withAsterisk
              data={optionsOf(ref.referral, REFERRAL_SOURCES)}
              value={field.value ?? null}
              onChange={(v) => field.onChange(v)}
              onBlur={field.onBlur}
              ref={field.ref}
              name={field.name}
              error={fieldState.error?.message}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <TextInput label={t('intake.form.referrerName')} {...register('referrerName')} error={formState.errors.referrerName?.message} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 3 }}>
        <TextInput label={t('intake.form.referralLetterNo')} {...register('referralLetterNo')} error={formState.errors.referralLetterNo?.message} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 3 }}>{date('referralLetterDate', false)}</Grid.Col>
    </Grid>
  );
}
