import { Alert, Badge, Button, Checkbox, Code, Group, Paper, Stack, Text } from '@mantine/core';
import type { IntegrityStatus } from '@contract';
import { IconShieldCheck, IconTool } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { FormAlert } from '../../../components/FormAlert';
import { notifyError, notifySuccess } from '../../../components/notify';
import { formatDateTime } from '../../../lib/format';
import { integrityQuery, useCheckIntegrity, useRepairIndexes } from '../hooks';

const STATE_COLORS: Record<IntegrityStatus['state'], string> = { unchecked: 'gray', checking: 'blue', ok: 'teal', damaged: 'red' };

/** The full integrity check of the open database: its last result, a check on demand, and the index repair. */
export function IntegrityPanel() {
  const { t } = useTranslation();
  const status = useQuery({
    ...integrityQuery(),
    // while a check runs in main, ask again now and then
    refetchInterval: (q) => (q.state.data?.state === 'checking' ? 1000 : false),
  });
  const check = useCheckIntegrity();
  const repair = useRepairIndexes();
  const [repairing, setRepairing] = useState(false);
  const [consent, setConsent] = useState(false);
  const [error, setError] = useState<string[]>([]);
  const data = check.isPending ? ({ ...(status.data ?? { checkedAt: null, problems: [], indexOnly: false }), state: 'checking' } as IntegrityStatus) : status.data;
  const at = data?.checkedAt ? formatDateTime(data.checkedAt) : '';

  const close = () => {
    setRepairing(false);
    setConsent(false);
    setError([]);
  };
  const confirmRepair = () => {
    setError([]);
    repair.mutate(undefined, {
      onSuccess: (result) => {
        notifySuccess(t('recovery.integrity.repaired', { file: result.backupFile }));
        close();
      },
      onError: (e) => setError([e.message]),
    });
  };

  return (
    <Paper withBorder radius="md" p="lg" data-testid="integrity-panel">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={650}>{t('recovery.integrity.title')}</Text>
            {data ? (
              <Badge variant="light" color={STATE_COLORS[data.state]} radius="sm" tt="none">
                {t(`recovery.integrity.state.${data.state}`, { at })}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed" maw={640}>
            {t('recovery.integrity.hint')}
          </Text>
        </Stack>
        <Button variant="default" leftSection={<IconShieldCheck size={18} />} loading={check.isPending} onClick={() => check.mutate(undefined, { onError: notifyError })}>
          {t('recovery.integrity.check')}
        </Button>
      </Group>
      {data?.state === 'damaged' ? (
        <Alert color="red" variant="light" mt="md">
          <Stack gap="xs">
            <Text size="sm">{data.indexOnly ? t('recovery.integrity.indexOnly') : t('recovery.integrity.notIndexOnly')}</Text>
            <Code block>{data.problems.slice(0, 5).join('\n')}</Code>
            {data.indexOnly ? (
              <Button color="red" leftSection={<IconTool size={16} />} w="fit-content" onClick={() => setRepairing(true)}>
                {t('recovery.integrity.repair')}
              </Button>
            ) : null}
          </Stack>
        </Alert>
      ) : null}
      <ConfirmModal
        opened={repairing}
        title={t('recovery.integrity.repairTitle')}
        message={t('recovery.integrity.repairSteps')}
        confirmLabel={t('recovery.integrity.repairSubmit')}
        loading={repair.isPending}
        confirmDisabled={!consent}
        onConfirm={confirmRepair}
        onClose={close}
      >
        <Checkbox label={t('recovery.integrity.consent')} checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} />
        <FormAlert messages={error} />
      </ConfirmModal>
    </Paper>
  );
}
