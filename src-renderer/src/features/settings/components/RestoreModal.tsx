import { Alert, List, Stack, Text, TextInput } from '@mantine/core';
import type { BackupFile } from '@contract';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { FormAlert } from '../../../components/FormAlert';
import { notifySuccess } from '../../../components/notify';
import { formatDateTime } from '../../../lib/format';
import { clearUserData, SESSION_KEY, STATUS_KEY } from '../../../lib/query';
import { useRestoreBackup } from '../hooks';

/** Restoring replaces every home's data: the modal says what happens and asks for a typed confirmation. */
export function RestoreModal({ backup, onClose }: { backup: BackupFile | null; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const restore = useRestoreBackup();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string[]>([]);
  const word = t('backups.restore.word');

  const close = () => {
    setTyped('');
    setError([]);
    onClose();
  };

  const confirm = () => {
    if (!backup) return;
    setError([]);
    restore.mutate(backup.fileName, {
      onSuccess: (result) => {
        notifySuccess(t('backups.restore.done', { from: result.restoredFrom, aside: result.keptAside }), t('backups.restore.doneTitle'));
        // Everyone was signed out by main: go back to the log-in page with nothing cached.
        clearUserData();
        qc.setQueryData(SESSION_KEY, null);
        void qc.invalidateQueries({ queryKey: STATUS_KEY });
      },
      onError: (e) => setError([e.message]),
    });
  };

  return (
    <ConfirmModal
      opened={backup !== null}
      title={t('backups.restore.title')}
      message={
        <Stack gap="sm">
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
            {t('backups.restore.warning', { date: backup ? formatDateTime(backup.createdAt) : '' })}
          </Alert>
          <List size="sm" spacing={4}>
            <List.Item>{t('backups.restore.step1')}</List.Item>
            <List.Item>{t('backups.restore.step2')}</List.Item>
            <List.Item>{t('backups.restore.step3')}</List.Item>
            <List.Item>{t('backups.restore.step4')}</List.Item>
          </List>
          <Text size="xs" c="dimmed" ff="monospace">
            {backup?.fileName}
          </Text>
        </Stack>
      }
      confirmLabel={t('backups.restore.confirm')}
      loading={restore.isPending}
      confirmDisabled={typed.trim().toUpperCase() !== word}
      onConfirm={confirm}
      onClose={close}
    >
      <FormAlert messages={error} />
      <TextInput
        label={t('backups.restore.typeLabel', { word })}
        value={typed}
        onChange={(e) => setTyped(e.currentTarget.value)}
        autoComplete="off"
        data-autofocus
      />
    </ConfirmModal>
  );
}
