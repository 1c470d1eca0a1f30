import { Alert, Box, Center, Code, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { SystemStatus } from '@contract';
import { IconDatabaseOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Brand } from '../../../components/Brand';

/** The database could not be opened safely: say what happened and what to restore; offer nothing else. */
export function DatabaseFailedPage({ failure }: { failure: NonNullable<SystemStatus['failure']> }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0">
      <Center mih="100vh" p="md">
        <Stack w={680} maw="100%" gap="lg">
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
                  <Code block>{failure.backupToRestore}</Code>
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
                <List type="ordered" size="sm" spacing={4}>
                  <List.Item>{t('failed.step1')}</List.Item>
                  <List.Item>{t('failed.step2')}</List.Item>
                  <List.Item>{t('failed.step3')}</List.Item>
                  <List.Item>{t('failed.step4')}</List.Item>
                </List>
              </Stack>
            </Stack>
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
