import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Center, Group, Loader, NumberInput, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { AppSettingsInput } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { currentLanguage, setLanguage, type Language } from '../../../lib/i18n';
import { settingsQuery, useUpdateSettings } from '../hooks';

type Values = z.input<typeof AppSettingsInput>;

/** Settings of the whole installation (the idle lock) and of this computer (the language). */
export function PreferencesTab() {
  const { t } = useTranslation();
  const settings = useQuery(settingsQuery());
  const update = useUpdateSettings();
  const [formError, setFormError] = useState<string[]>([]);
  const form = useForm<Values>({ resolver: zodResolver(AppSettingsInput), mode: 'onTouched' });

  useEffect(() => {
    if (settings.data) form.reset(settings.data);
  }, [settings.data, form]);

  const save = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      await update.mutateAsync(values);
      notifySuccess(t('settings.preferences.saved'));
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError, { fields: ['idleLockMinutes'] }).unmatched);
    }
  });

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <Stack gap={2} mb="md">
          <Title order={3} fz="lg" fw={650}>{t('settings.preferences.security')}</Title>
          <Text size="sm" c="dimmed">{t('settings.preferences.securityHint')}</Text>
        </Stack>
        {!settings.data ? (
          <Center h={80}><Loader size="sm" /></Center>
        ) : (
          <form onSubmit={save} noValidate>
            <Stack gap="md" maw={420}>
              <FormAlert messages={formError} />
              <Controller
                control={form.control}
                name="idleLockMinutes"
                render={({ field, fieldState }) => (
                  <NumberInput
                    label={t('settings.preferences.idleLock')}
                    description={t('settings.preferences.idleLockHint')}
                    min={1}
                    max={240}
                    allowDecimal={false}
                    suffix={` ${t('settings.preferences.minutes')}`}
                    value={field.value ?? ''}
                    onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <Group>
                <Button type="submit" loading={update.isPending} disabled={!form.formState.isDirty}>
                  {t('common.saveChanges')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Paper>
      <Paper withBorder radius="md" p="lg">
        <Stack gap={2} mb="md">
          <Title order={3} fz="lg" fw={650}>{t('settings.preferences.language')}</Title>
          <Text size="sm" c="dimmed">{t('settings.preferences.languageHint')}</Text>
        </Stack>
        <SegmentedControl
          value={currentLanguage()}
          onChange={(v) => setLanguage(v as Language)}
          data={[
            { value: 'id', label: t('language.id') },
            { value: 'en', label: t('language.en') },
          ]}
        />
      </Paper>
    </Stack>
  );
}
