import { ActionIcon, Button, Group, Modal, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import type { BudgetAccount } from '@contract';
import { IconCheck, IconPencil, IconPlus, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { notifySuccess } from '../../../components/notify';
import { accountsQuery, useSaveAccount } from '../hooks';

interface Draft {
  id?: number;
  code: string;
  name: string;
}

function errorsOf(error: unknown): { code?: string; name?: string; other?: string } {
  if (error instanceof ApiError) return { code: error.fieldErrors.code, name: error.fieldErrors.name, other: error.fieldErrors.code || error.fieldErrors.name ? undefined : error.message };
  return error ? { other: String(error) } : {};
}

/** The home's chart of expense accounts: add one, or rename one (a code in use stays). */
export function AccountsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const accounts = useQuery({ ...accountsQuery(), enabled: opened });
  const save = useSaveAccount();
  const [draft, setDraft] = useState<Draft>({ code: '', name: '' });
  const [editing, setEditing] = useState<Draft | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = (value: Draft, done: () => void) => {
    setError(null);
    save.mutate(value, {
      onSuccess: (a: BudgetAccount) => {
        notifySuccess(t('budget.accounts.saved', { code: a.code }));
        done();
      },
      onError: setError,
    });
  };
  const e = errorsOf(error);

  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={650}>{t('budget.accounts.title')}</Text>} size="xl" centered>
      <Stack gap="md">
        <Text size="sm" c="dimmed">{t('budget.accounts.hint')}</Text>
        <form
          onSubmit={(ev) => {
            ev.preventDefault();
            submit(draft, () => setDraft({ code: '', name: '' }));
          }}
        >
          <Group align="flex-start" gap="xs" wrap="nowrap">
            <TextInput w={190} styles={{ input: { fontVariantNumeric: 'tabular-nums' } }} label={t('budget.accounts.code')} placeholder="5.1.02.01.01.0052" value={draft.code} onChange={(ev) => setDraft({ ...draft, code: ev.currentTarget.value })} error={!editing ? e.code : undefined} />
            <TextInput style={{ flex: 1 }} label={t('budget.accounts.name')} value={draft.name} onChange={(ev) => setDraft({ ...draft, name: ev.currentTarget.value })} error={!editing ? e.name : undefined} />
            <Button type="submit" mt={25} leftSection={<IconPlus size={16} />} loading={save.isPending && !editing}>
              {t('budget.accounts.add')}
            </Button>
          </Group>
        </form>
        {e.other ? <Text size="sm" c="red.7">{e.other}</Text> : null}
        <ScrollArea.Autosize mah={420}>
          <Table verticalSpacing={6} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={190}>{t('budget.accounts.code')}</Table.Th>
                <Table.Th>{t('budget.accounts.name')}</Table.Th>
                <Table.Th w={80} ta="right">{t('budget.accounts.lines')}</Table.Th>
                <Table.Th w={80} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(accounts.data ?? []).map((a) =>
                editing?.id === a.id ? (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <TextInput size="xs" value={editing.code} disabled={a.lineCount > 0} onChange={(ev) => setEditing({ ...editing, code: ev.currentTarget.value })} error={e.code} />
                    </Table.Td>
                    <Table.Td>
                      <TextInput size="xs" value={editing.name} onChange={(ev) => setEditing({ ...editing, name: ev.currentTarget.value })} error={e.name} data-autofocus />
                    </Table.Td>
                    <Table.Td ta="right">{a.lineCount}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon variant="light" aria-label={t('common.save')} onClick={() => submit(editing, () => setEditing(null))} loading={save.isPending}>
                          <IconCheck size={14} />
                        </ActionIcon>
                        <ActionIcon variant="subtle" color="gray" aria-label={t('common.cancel')} onClick={() => (setEditing(null), setError(null))}>
                          <IconX size={14} />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ) : (
                  <Table.Tr key={a.id}>
                    <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>{a.code}</Table.Td>
                    <Table.Td fz="sm">{a.name}</Table.Td>
                    <Table.Td ta="right">{a.lineCount}</Table.Td>
                    <Table.Td>
                      <ActionIcon variant="subtle" color="gray" aria-label={`${t('common.edit')} ${a.code}`} onClick={() => (setEditing({ id: a.id, code: a.code, name: a.name }), setError(null))}>
                        <IconPencil size={14} />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ),
              )}
            </Table.Tbody>
          </Table>
          {accounts.data?.length === 0 ? <Text size="sm" c="dimmed" ta="center" py="md">{t('budget.accounts.empty')}</Text> : null}
        </ScrollArea.Autosize>
      </Stack>
    </Modal>
  );
}
