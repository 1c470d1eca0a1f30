import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, Center, Code, Divider, List, Paper, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { FailureRestoreInput, type SystemStatus } from '@contract';
import { IconDatabaseImport, IconDatabaseOff } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Brand } from '../../../components/Brand';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { PasswordField } from '../../../components/PasswordField';
import { call } from '../../../lib/api';
import { clearUserData, SESSION_KEY, STATUS_KEY } from '../../../lib/query';

type Failure = NonNullable<SystemStatus['failure']>;
type RestoreValues = z.input<typeof FailureRestoreInput>;

/** The file name at the end of a path written with / or \ (the data folder may be on Windows). */
const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** The one-click restore of the named backup, for an administrator whose account is in that backup. */
function OneClickRestore({ failure }: { failure: Failure }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [formError, setFormError] = useState<string[]>([]);
  const form = useForm<RestoreValues>({ resolver: zodResolver(FailureRestoreInput), defaultValues: { username: '', password: '' } });
  const restore = useMutation({ mutationFn: (values: RestoreValues) => call('system.restoreAfterFailure', values) });
  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      const result = await restore.mutateAsync(values);
      notifySuccess(t('recovery.oneClick.done', { from: result.restoredFrom, aside: result.keptAside }), t('recovery.oneClick.doneTitle'));
      clearUserData();
      qc.setQueryData(SESSION_KEY, null);
      await qc.invalidateQueries({ queryKey: STATUS_KEY });
    } catch (error) {
      const { unmatched } = applyFieldErrors(error, form.setError, { fields: ['username', 'password'] });
      setFormError(unmatched);
      form.setValue('password', '');
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="one-click-restore">
      <Stack gap="sm">
        <Text size="sm" fw={600}>
          {t('recovery.oneClick.title')}
        </Text>
        <Text size="sm" c="dimmed">
          {failure.restoreBy === 'province_admin' ? t('recovery.oneClick.hintProvince') : t('recovery.oneClick.hintAdmin')}
        </Text>
        <FormAlert messages={formError} />
        <TextInput label={t('auth.username')} autoComplete="username" {...form.register('username')} error={form.formState.errors.username?.message} />
        <PasswordField label={t('auth.password')} autoComplete="current-password" {...form.register('password')} error={form.formState.errors.password?.message} />
        <Button type="submit" color="red" leftSection={<IconDatabaseImport size={18} />} loading={restore.isPending} w="fit-content">
          {t('recovery.oneClick.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** The database could not be opened safely: what happened, the newest valid backup, the exact steps, and a restore. */
export function DatabaseFailedPage({ failure }: { failure: Failure }) {
  const { t } = useTranslation();
  const db = baseName(failure.databaseFile);
  return (
    <Box mih="100vh" bg="gray.0">
      <Center mih="100vh" p="md">
        <Stack w={720} maw="100%" gap="lg">
          <Brand withTagline />
          <Paper withBorder shadow="sm" radius="md" p={32} data-testid="database-failed">
            <Stack gap="lg">
              <Stack gap="sm" align="flex-start">
                <ThemeIcon color="red" variant="light" size={48} radius="md">
                  <IconDatabaseOff size={28} />
                </ThemeIcon>
                <Title order={1} fz={24} fw={650}>
                  {t('failed.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('failed.intro')}
                </Text>
              </Stack>
              <Alert color="red" variant="light" title={t('failed.whatHappened')}>
                {failure.message}
              </Alert>
              <Stack gap={6}>
                <Text size="sm" fw={600}>
                  {t('failed.backup')}
                </Text>
                {failure.backupToRestore ? (
                  <Code block data-testid="backup-to-restore">{failure.backupToRestore}</Code>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('failed.noBackup')}
                  </Text>
                )}
              </Stack>
              <Stack gap={6}>
                <Text size="sm" fw={600}>
                  {t('failed.dataDir')}
                </Text>
                <Code block>{failure.dataDir}</Code>
              </Stack>
              <Stack gap={6}>
                <Text size="sm" fw={600}>
                  {t('failed.steps')}
                </Text>
                {failure.backupToRestore ? (
                  <List type="ordered" size="sm" spacing={4}>
                    <List.Item>{t('recovery.steps.close')}</List.Item>
                    <List.Item>{t('recovery.steps.copy', { dataDir: failure.dataDir })}</List.Item>
                    <List.Item>{t('recovery.steps.moveAside', { db })}</List.Item>
                    <List.Item>{t('recovery.steps.copyBackup', { backup: failure.backupToRestore, name: db })}</List.Item>
                    <List.Item>{t('recovery.steps.reopen')}</List.Item>
                    <List.Item>{t('recovery.steps.itSupport')}</List.Item>
                  </List>
                ) : (
                  <Stack gap={6}>
                    <Text size="sm">{t('recovery.steps.noBackup')}</Text>
                    <Text size="sm" c="dimmed">{t('recovery.steps.firstRun', { db })}</Text>
                  </Stack>
                )}
              </Stack>
              {failure.backupToRestore && failure.restoreBy ? (
                <>
                  <Divider />
                  <OneClickRestore failure={failure} />
                </>
              ) : null}
            </Stack>
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
