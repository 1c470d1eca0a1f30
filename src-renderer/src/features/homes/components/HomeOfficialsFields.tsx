import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { HomeFormValues } from '../home-form';
import { NipInput } from './NipInput';

/** The two officials who sign the home's documents: the head (Kepala UPTD) and the finance officer. */
export function HomeOfficialsFields() {
  const { t } = useTranslation();
  const { register, formState } = useFormContext<HomeFormValues>();
  const errors = formState.errors.home;
  return (
    <>
      <Fieldset legend={t('home.headLegend')} radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('home.headName')}
            placeholder={t('home.headNamePlaceholder')}
            withAsterisk
            {...register('home.headName')}
            error={errors?.headName?.message}
          />
          <NipInput name="home.headNip" label={t('home.headNip')} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('home.financeLegend')} radius="md" mt="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('home.financeName')}
            placeholder={t('home.financeNamePlaceholder')}
            withAsterisk
            {...register('home.financeName')}
            error={errors?.financeName?.message}
          />
          <NipInput name="home.financeNip" label={t('home.financeNip')} />
        </SimpleGrid>
      </Fieldset>
    </>
  );
}
