import { Autocomplete, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { HOME_TIME_ZONES, HOME_TYPE_NAMES, HOME_TYPES, ZONE_ABBREVIATION } from '@contract';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PROVINCES, type HomeFormValues } from '../home-form';
import { LogoInput } from './LogoInput';

const TYPE_OPTIONS = HOME_TYPES.map((value) => ({ value, label: HOME_TYPE_NAMES[value] }));

/** Name, type, address, region, contacts and logo of a home: shared by the wizard, settings and province admin. */
export function HomeIdentityFields() {
  const { t } = useTranslation();
  const { register, control, formState } = useFormContext<HomeFormValues>();
  const errors = formState.errors.home;
  return (
    <Stack gap="md">
      <TextInput
        label={t('home.name')}
        placeholder={t('home.namePlaceholder')}
        withAsterisk
        {...register('home.name')}
        error={errors?.name?.message}
      />
      <Controller
        control={control}
        name="home.type"
        render={({ field, fieldState }) => (
          <Select
            label={t('home.type')}
            placeholder={t('home.typePlaceholder')}
            data={TYPE_OPTIONS}
            withAsterisk
            allowDeselect={false}
            value={field.value ?? null}
            onChange={(v) => field.onChange(v ?? undefined)}
            onBlur={field.onBlur}
            ref={field.ref}
            name={field.name}
            error={fieldState.error?.message}
          />
        )}
      />
      <Textarea
        label={t('home.address')}
        placeholder={t('home.addressPlaceholder')}
        withAsterisk
        autosize
        minRows={2}
        {...register('home.address')}
        error={errors?.address?.message}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Controller
          control={control}
          name="home.province"
          render={({ field, fieldState }) => (
            <Autocomplete
              label={t('home.province')}
              data={PROVINCES}
              withAsterisk
              value={field.value ?? ''}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              name={field.name}
              error={fieldState.error?.message}
            />
          )}
        />
        <TextInput
          label={t('home.regency')}
          placeholder={t('home.regencyPlaceholder')}
          withAsterisk
          {...register('home.regency')}
          error={errors?.regency?.message}
        />
        <TextInput label={t('home.phone')} placeholder="0752-82345" {...register('home.phone')} error={errors?.phone?.message} />
        <TextInput
          label={t('home.email')}
          placeholder="uptd.panti@provinsi.go.id"
          type="email"
          {...register('home.email')}
          error={errors?.email?.message}
        />
        <Controller
          control={control}
          name="home.capacity"
          render={({ field, fieldState }) => (
            <NumberInput
              label={t('home.capacity')}
              description={t('home.capacityHint')}
              min={1}
              max={5000}
              allowDecimal={false}
              value={field.value ?? ''}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
              onBlur={field.onBlur}
              name={field.name}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="home.timeZone"
          render={({ field, fieldState }) => (
            <Select
              label={t('home.timeZone')}
              description={t('home.timeZoneHint')}
              withAsterisk
              allowDeselect={false}
              data={HOME_TIME_ZONES.map((zone) => ({ value: zone, label: t(`home.zones.${ZONE_ABBREVIATION[zone]}`) }))}
              value={field.value ?? null}
              onChange={(v) => field.onChange(v)}
              onBlur={field.onBlur}
              name={field.name}
              error={fieldState.error?.message}
            />
          )}
        />
      </SimpleGrid>
      <LogoInput />
    </Stack>
  );
}
