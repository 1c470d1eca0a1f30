import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Divider, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { emptyHomeProfile, HOME_FIELDS, HomeForm, homeKeyMapper, type HomeFormValues } from '../home-form';
import { useCreateHome } from '../hooks';
import { HomeIdentityFields } from './HomeIdentityFields';
import { HomeOfficialsFields } from './HomeOfficialsFields';

/** A province administrator adds a home (UPTD) with the same form parts as the setup wizard. */
export function HomeCreateModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateHome();
  const [formError, setFormError] = useState<string[]>([]);
  const form = useForm<HomeFormValues>({
    resolver: zodResolver(HomeForm),
    mode: 'onTouched',
    defaultValues: { home: emptyHomeProfile() },
  });

  const close = () => {
    form.reset({ home: emptyHomeProfile() });
    setFormError([]);
    onClose();
  };

  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      const home = await create.mutateAsync(values.home);
      notifySuccess(t('homes.created', { name: home.name }));
      close();
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError, { mapKey: homeKeyMapper(''), fields: HOME_FIELDS }).unmatched);
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={<Text fw={650}>{t('homes.createTitle')}</Text>} size={760} centered>
      <FormProvider {...form}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormAlert messages={formError} />
            <HomeIdentityFields />
            <Divider label={t('settings.profile.officials')} labelPosition="left" my="xs" />
            <HomeOfficialsFields />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('homes.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </FormProvider>
    </Modal>
  );
}
