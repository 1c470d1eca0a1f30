import { Checkbox, Grid, Group, Radio, Select, TextInput } from '@mantine/core';
import { EDUCATION_LEVELS, MARITAL_STATUSES, RELIGIONS } from '@contract';
import type { ReactNode } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../../components/DateField';
import { optionsOf, useReference } from '../../labels';
import { NikInput } from './NikInput';
import type { PersonIdentityValues } from './person-identity';
import { homeToday } from '../../../../lib/home-clock';

type OptionalEnumField = 'religion' | 'education' | 'maritalStatus';

/** Name, NIK, family card, birth, sex, religion, education and marital status of a person. */
export function IdentityFields({ nikConflict }: { nikConflict?: ReactNode }) {
  const { t } = useTranslation();
  const ref = useReference();
  const { register, control, formState } = useFormContext<PersonIdentityValues>();
  const errors = formState.errors;

  const enumSelect = (name: OptionalEnumField, data: { value: string; label: string }[]) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          label={t(`residents.fields.${name}`)}
          placeholder={t('residents.placeholders.select')}
          data={data}
          clearable
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
  );

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <TextInput
          label={t('residents.fields.fullName')}
          placeholder={t('residents.placeholders.fullName')}
          withAsterisk
          autoComplete="off"
          {...register('fullName')}
          error={errors.fullName?.message}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <TextInput label={t('residents.fields.nickname')} autoComplete="off" {...register('nickname')} error={errors.nickname?.message} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <NikInput conflict={nikConflict} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <TextInput
          label={t('residents.fields.kkNumber')}
          placeholder={t('residents.placeholders.kkNumber')}
          description={t('residents.hints.kkNumber')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          inputMode="numeric"
          autoComplete="off"
          maxLength={22}
          {...register('kkNumber')}
          error={errors.kkNumber?.message}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: 0.5 } }}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 3 }}>
        <TextInput label={t('residents.fields.birthPlace')} {...register('birthPlace')} error={errors.birthPlace?.message} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Controller
          control={control}
          name="birthDate"
          render={({ field, fieldState }) => (
            <DateField
              label={t('residents.fields.birthDate')}
              placeholder={t('residents.hints.date')}
              clearable
              maxDate={homeToday()}
              defaultLevel="decade"
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              name={field.name}
              error={fieldState.error?.message}
            />
          )}
        />
        <Checkbox mt={8} size="xs" label={t('residents.fields.birthDateEstimated')} title={t('residents.hints.birthDateEstimated')} {...register('birthDateEstimated')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Controller
          control={control}
          name="sex"
          render={({ field, fieldState }) => (
            <Radio.Group
              label={t('residents.fields.sex')}
              withAsterisk
              value={field.value ?? null}
              onChange={(v) => field.onChange(v)}
              name={field.name}
              error={fieldState.error?.message}
            >
              <Group gap="lg" mt={10}>
                <Radio value="L" label={ref.sex.L} ref={field.ref} onBlur={field.onBlur} />
                <Radio value="P" label={ref.sex.P} onBlur={field.onBlur} />
              </Group>
            </Radio.Group>
          )}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>{enumSelect('religion', optionsOf(ref.religion, RELIGIONS))}</Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>{enumSelect('education', optionsOf(ref.education, EDUCATION_LEVELS))}</Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>{enumSelect('maritalStatus', optionsOf(ref.marital, MARITAL_STATUSES))}</Grid.Col>
    </Grid>
  );
}
