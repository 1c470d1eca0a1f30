import { Badge, Button, Center, Group, Loader, Paper, Stack, Table, Text, Textarea } from '@mantine/core';
import { HOME_TYPE_NAMES, type HomeSummary } from '@contract';
import { IconBuildingPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notifyError, notifySuccess } from '../../../components/notify';
import { useCurrentSession } from '../../auth/hooks';
import { homesListQuery, useSetHomeActive } from '../hooks';
import { HomeCreateModal } from './HomeCreateModal';

/** The province's homes: add one, activate or deactivate one. */
export function HomesTab() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const homes = useQuery(homesListQuery());
  const setActive = useSetHomeActive();
  const [creating, setCreating] = useState(false);
  const [toggling, setToggling] = useState<HomeSummary | null>(null);
  const [reason, setReason] = useState('');

  const confirm = () => {
    if (!toggling) return;
    const active = !toggling.active;
    setActive.mutate(
      { id: toggling.id, active, reason: reason.trim() || undefined },
      {
        onSuccess: (home) => notifySuccess(t(active ? 'homes.activated' : 'homes.deactivated', { name: home.name })),
        onError: notifyError,
        onSettled: () => {
          setToggling(null);
          setReason('');
        },
      },
    );
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={680}>{t('homes.hint')}</Text>
        <Button leftSection={<IconBuildingPlus size={18} />} onClick={() => setCreating(true)}>
          {t('homes.create')}
        </Button>
      </Group>
      <Paper withBorder radius="md">
        {homes.isLoading ? (
          <Center h={140}><Loader size="sm" /></Center>
        ) : (
          <Table.ScrollContainer minWidth={820} type="native">
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  {[t('home.name'), t('home.type'), t('home.regency'), t('users.status'), ''].map((h, i) => (
                    <Table.Th key={i} fz="xs" c="dimmed" tt="uppercase" style={{ letterSpacing: 0.3 }}>{h}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {homes.data?.map((home) => (
                  <Table.Tr key={home.id}>
                    <Table.Td>
                      <Text size="sm" fw={600}>{home.name}</Text>
                      {home.id === session.activeHome?.id ? <Text size="xs" c="blue.7">{t('homes.current')}</Text> : null}
                    </Table.Td>
                    <Table.Td><Text size="sm">{HOME_TYPE_NAMES[home.type]}</Text></Table.Td>
                    <Table.Td><Text size="sm">{home.regency}</Text></Table.Td>
                    <Table.Td>
                      <Badge color={home.active ? 'teal' : 'gray'} variant="light" radius="sm" tt="none">
                        {home.active ? t('common.active') : t('common.inactive')}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        color={home.active ? 'red' : 'teal'}
                        disabled={home.active && home.id === session.activeHome?.id}
                        onClick={() => setToggling(home)}
                      >
                        {home.active ? t('homes.deactivate') : t('homes.activate')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <HomeCreateModal opened={creating} onClose={() => setCreating(false)} />
      <ConfirmModal
        opened={toggling !== null}
        title={toggling?.active ? t('homes.deactivateTitle') : t('homes.activateTitle')}
        message={t(toggling?.active ? 'homes.deactivateMessage' : 'homes.activateMessage', { name: toggling?.name ?? '' })}
        confirmLabel={toggling?.active ? t('homes.deactivate') : t('homes.activate')}
        color={toggling?.active ? 'red' : 'teal'}
        loading={setActive.isPending}
        onConfirm={confirm}
        onClose={() => {
          setToggling(null);
          setReason('');
        }}
      >
        <Textarea label={t('homes.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} />
      </ConfirmModal>
    </Stack>
  );
}
