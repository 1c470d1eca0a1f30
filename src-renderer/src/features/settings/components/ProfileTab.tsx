import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { useCurrentSession } from '../../auth/hooks';
import { HomeIdentityFields } from '../../homes/components/HomeIdentityFields';
import { HomeOfficialsFields } from '../../homes/components/HomeOfficialsFields';
import { HOME_FIELDS, HomeForm, homeKeyMapper, homeToProfile, type HomeFormValues } from '../../homes/home-form';
import { homeQuery, useUpdateHome } from '../../homes/hooks';

function Section({ title, description, children }: { title: string; description: string; children: React.ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap={2} mb="md">
        <Title order={3} fz="lg" fw={650}>
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
      </Stack>
      {children}
    </Paper>
  );
}

/** The active home's profile, edited with the same field components as the setup wizard. */
export function ProfileTab() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const homeId = session.activeHome?.id ?? null;
  const home = useQuery({ ...homeQuery(homeId ?? 0), enabled: homeId !== null });
  const update = useUpdateHome();
  const [formError, setFormError] = useState<string[]>([]);
  const form = useForm<HomeFormValues>({ resolver: zodResolver(HomeForm), mode: 'onTouched' });

  useEffect(() => {
    if (home.data) form.reset({ home: homeToProfile(home.data) });
  }, [home.data, form]);

  if (homeId === null) {
    return <Text c="dimmed">{t('shell.noActiveHome')}</Text>;
  }
  if (!home.data) {
    return (
      <Center h={200}>
        <Loader size="sm" />
      </Center>
    );
  }

  const save = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      await update.mutateAsync({ id: homeId, profile: values.home });
      notifySuccess(t('settings.profile.saved'));
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError, { mapKey: homeKeyMapper('profile.'), fields: HOME_FIELDS }).unmatched);
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={save} noValidate>
        <Stack gap="lg">
          <FormAlert messages={formError} />
          <Section title={t('settings.profile.identity')} description={t('settings.profile.identityHint')}>
            <HomeIdentityFields />
          </Section>
          <Section title={t('settings.profile.officials')} description={t('settings.profile.officialsHint')}>
            <HomeOfficialsFields />
          </Section>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" disabled={!form.formState.isDirty || update.isPending} onClick={() => form.reset()}>
              {t('common.discard')}
            </Button>
            <Button type="submit" loading={update.isPending} disabled={!form.formState.isDirty}>
              {t('common.saveChanges')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
