import { Alert, Badge, Button, Center, Code, Group, Loader, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import type { BackupFile, BackupKind } from '@contract';
import { IconDatabaseExport, IconDatabaseImport, IconFolder } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { notifyError, notifySuccess } from '../../../components/notify';
import { formatBytes, formatDateTime } from '../../../lib/format';
import { backupsQuery, useBackupJob } from '../hooks';
import { IntegrityPanel } from './IntegrityPanel';
import { RestoreModal } from './RestoreModal';

const KIND_COLORS: Record<BackupKind, string> = {
  manual: 'blue',
  auto: 'teal',
  'pre-migration': 'grape',
  'pre-restore': 'orange',
  'pre-repair': 'yellow',
};

/** Copies of the database: made on demand with progress, daily automatically, and before risky steps. */
export function BackupsTab() {
  const { t } = useTranslation();
  const list = useQuery(backupsQuery());
  const backup = useBackupJob((done) => {
    if (!done.error) notifySuccess(t('backups.done', { file: done.fileName ?? '' }));
  });
  const [restoring, setRestoring] = useState<BackupFile | null>(null);
  const job = backup.job;

  const start = () => {
    backup.start().catch(notifyError);
  };

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="lg">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Text fw={650}>{t('backups.nowTitle')}</Text>
            <Text size="sm" c="dimmed" maw={640}>
              {t('backups.nowHint')}
            </Text>
            {list.data ? (
              <Group gap={6} mt={4} wrap="nowrap">
                <IconFolder size={14} color="var(--mantine-color-gray-6)" />
                <Text size="xs" c="dimmed">{t('backups.folder')}</Text>
                <Code>{list.data.folder}</Code>
              </Group>
            ) : null}
          </Stack>
          <Button leftSection={<IconDatabaseExport size={18} />} onClick={start} loading={backup.starting} disabled={backup.running}>
            {t('backups.now')}
          </Button>
        </Group>
        {backup.running && job ? (
          <Stack gap={4} mt="md">
            <Group justify="space-between">
              <Text size="sm">{t('backups.running', { file: job.fileName ?? '' })}</Text>
              <Text size="sm" fw={600}>{job.percent}%</Text>
            </Group>
            <Progress value={job.percent} animated size="lg" radius="xl" aria-label={t('backups.progress')} />
          </Stack>
        ) : null}
        {job?.error ? (
          <Alert color="red" variant="light" mt="md" withCloseButton onClose={backup.dismiss}>
            {job.error}
          </Alert>
        ) : null}
        {backup.error ? <FormAlert messages={[backup.error.message]} /> : null}
      </Paper>

      <IntegrityPanel />

      <Paper withBorder radius="md">
        {list.isLoading ? (
          <Center h={140}><Loader size="sm" /></Center>
        ) : list.error ? (
          <Stack p="lg"><FormAlert messages={[list.error.message]} /></Stack>
        ) : list.data?.files.length === 0 ? (
          <Text c="dimmed" size="sm" ta="center" py="xl">{t('backups.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={820} type="native">
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  {[t('backups.created'), t('backups.kind'), t('backups.size'), t('backups.file'), ''].map((h, i) => (
                    <Table.Th key={i} fz="xs" c="dimmed" tt="uppercase" style={{ letterSpacing: 0.3 }}>{h}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data?.files.map((file) => (
                  <Table.Tr key={file.fileName}>
                    <Table.Td><Text size="sm" fw={500}>{formatDateTime(file.createdAt)}</Text></Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Badge variant="light" color={KIND_COLORS[file.kind]} radius="sm" tt="none">{t(`backups.kinds.${file.kind}`)}</Badge>
                        {file.readable ? null : (
                          <Badge variant="filled" color="red" radius="sm" tt="none" title={t('recovery.unreadableHint')}>{t('recovery.unreadable')}</Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td><Text size="sm">{formatBytes(file.sizeBytes)}</Text></Table.Td>
                    <Table.Td><Text size="xs" c="dimmed" ff="monospace">{file.fileName}</Text></Table.Td>
                    <Table.Td ta="right">
                      <Button variant="subtle" color="red" size="compact-sm" leftSection={<IconDatabaseImport size={14} />} onClick={() => setRestoring(file)} disabled={!file.readable}>
                        {t('backups.restore.action')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <RestoreModal backup={restoring} onClose={() => setRestoring(null)} />
    </Stack>
  );
}
