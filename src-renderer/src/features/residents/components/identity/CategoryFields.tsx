import { Grid, Select } from '@mantine/core';
import { DISABILITY_DEGREES, DISABILITY_TYPES, PMKS_WOMEN_ONLY } from '@contract';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { optionsOf, PMKS_NUMBERS, pmksLabel, useReference } from '../../labels';
import type { PersonIdentityValues } from './person-identity';

/** PMKS category (23 only for women, as main also insists), disability type and degree. */
export function CategoryFields() {
  const { t } = useTranslation();
  const ref = useReference();
  const { control, setValue } = useFormContext<PersonIdentityValues>();
  const [sex, pmks, disability] = useWatch({ control, name: ['sex', 'pmksCategory', 'disabilityType'] });
  const womenOnlyConflict = sex === 'L' && pmks != null && PMKS_WOMEN_ONLY.has(pmks);
  const pmksOptions = PMKS_NUMBERS.map((n) => ({ value: String(n), label: pmksLabel(ref, n), disabled: sex === 'L' && PMKS_WOMEN_ONLY.has(n) }));

  return (
    <Grid gap="md">
      <Grid.Col span={12}>
        <Controller
          control={control}
          name="pmksCategory"
          render={({ field, fieldState }) => (
            <Select
              label={t('residents.fields.pmksCategory')}
              placeholder={t('residents.placeholders.select')}
              withAsterisk
              searchable
              data={pmksOptions}
              maxDropdownHeight={320}
              value={field.value != null ? String(field.value) : null}
              onChange={(v) => field.onChange(v ? Number(v) : undefined)}
              onBlur={field.onBlur}
              ref={field.ref}
              name={field.name}
              nothingFoundMessage="—"
              error={fieldState.error?.message ?? (womenOnlyConflict ? t('residents.hints.pmks23') : undefined)}
            />
          )}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Controller
          control={control}
          name="disabilityType"
          render={({ field, fieldState }) => (
            <Select
              label={t('residents.fields.disabilityType')}
              data={optionsOf(ref.disability, DISABILITY_TYPES)}
              allowDeselect={false}
              value={field.value ?? 'none'}
              onChange={(v) => {
                field.onChange(v ?? 'none');
                if (!v || v === 'none') setValue('disabilityDegree', null);
              }}
              onBlur={field.onBlur}
              ref={field.ref}
              name={field.name}
              error={fieldState.error?.message}
            />
          )}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Controller
          control={control}
          name="disabilityDegree"
          render={({ field, fieldState }) => (
            <Select
              label={t('residents.fields.disabilityDegree')}
              placeholder={disability && disability !== 'none' ? t('residents.placeholders.select') : t('residents.hints.degreeNone')}
              data={optionsOf(ref.degree, DISABILITY_DEGREES)}
              clearable
              disabled={!disability || disability === 'none'}
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
    </Grid>
  );
}
