import { Autocomplete, Grid, Textarea, TextInput } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PROVINCES } from '../../../homes/home-form';
import type { PersonIdentityValues } from './person-identity';

/** Where the person comes from: province, regency or city, district, village and address. */
export function OriginFields() {
  const { t } = useTranslation();
  const { register, control, formState } = useFormContext<PersonIdentityValues>();
  const errors = formState.errors;
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Controller
          control={control}
          name="originProvince"
          render={({ field, fieldState }) => (
            <Autocomplete
              label={t('residents.fields.originProvince')}
              placeholder={t('residents.placeholders.province')}
              data={PROVINCES}
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
      <Grid.Col span={{ base: 12, md: 6 }}>
        <TextInput
          label={t('residents.fields.originRegency')}
          placeholder={t('residents.placeholders.regency')}
          {...register('originRegency')}
          error={errors.originRegency?.message}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <TextInput label={t('residents.fields.originDistrict')} {...register('originDistrict')} error={errors.originDistrict?.message} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <TextInput label={t('residents.fields.originVillage')} {...register('originVillage')} error={errors.originVillage?.message} />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea
          label={t('residents.fields.originAddress')}
          autosize
          minRows={2}
          {...register('originAddress')}
          error={errors.originAddress?.message}
        />
      </Grid.Col>
    </Grid>
  );
}
