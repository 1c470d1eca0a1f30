import { Alert, Grid, SegmentedControl, Input, Textarea, TextInput } from '@mantine/core';
import { HIV_STATUSES, type SensitiveField } from '@contract';
import { IconLock } from '@tabler/icons-react';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { optionsOf, useReference } from '../labels';
import type { ResidentFormValues } from '../resident-form';

/** Allergies and diet for everyone; health notes, HIV status and criminal history only for roles that may see them. */
export function HealthFields({ hidden }: { hidden: readonly SensitiveField[] }) {
  const { t } = useTranslation();
  const ref = useReference();
  const { register, control, formState } = useFormContext<ResidentFormValues>();
  const errors = formState.errors;
  const shows = (f: SensitiveField) => !hidden.includes(f);
  const anySensitive = shows('healthNotes') || shows('hivStatus') || shows('criminalHistory');
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Textarea
          label={t('residents.fields.allergies')}
          description={t('residents.hints.allergies')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          autosize
          minRows={2}
          {...register('allergies')}
          error={errors.allergies?.message}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <TextInput
          label={t('residents.fields.specialDiet')}
          description={t('residents.hints.specialDiet')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...register('specialDiet')}
          error={errors.specialDiet?.message}
        />
      </Grid.Col>
      {anySensitive ? (
        <Grid.Col span={12}>
          <Alert variant="light" color="grape" icon={<IconLock size={16} />} py={8}>
            {t('residents.hints.sensitive')}
          </Alert>
        </Grid.Col>
      ) : null}
      {shows('healthNotes') ? (
        <Grid.Col span={12}>
          <Textarea label={t('residents.fields.healthNotes')} autosize minRows={3} {...register('healthNotes')} error={errors.healthNotes?.message} />
        </Grid.Col>
      ) : null}
      {shows('hivStatus') ? (
        <Grid.Col span={12}>
          <Controller
            control={control}
            name="hivStatus"
            render={({ field, fieldState }) => (
              <Input.Wrapper label={t('residents.fields.hivStatus')} error={fieldState.error?.message}>
                <div>
                  <SegmentedControl
                    mt={4}
                    data={optionsOf(ref.hiv, HIV_STATUSES)}
                    value={field.value ?? 'unknown'}
                    onChange={field.onChange}
                    aria-label={t('residents.fields.hivStatus')}
                  />
                </div>
              </Input.Wrapper>
            )}
          />
        </Grid.Col>
      ) : null}
      {shows('criminalHistory') ? (
        <Grid.Col span={12}>
          <Textarea
            label={t('residents.fields.criminalHistory')}
            autosize
            minRows={2}
            {...register('criminalHistory')}
            error={errors.criminalHistory?.message}
          />
        </Grid.Col>
      ) : null}
    </Grid>
  );
}
