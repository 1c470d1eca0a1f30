import { ActionIcon, Badge, Button, Center, Group, Loader, Menu, Paper, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import type { UserRow } from '@contract';
import { IconDotsVertical, IconKey, IconPencil, IconSearch, IconUserCheck, IconUserOff, IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper, flexRender, getCoreRowModel, getFilteredRowModel, useReactTable } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { RoleBadge } from '../../../components/RoleBadge';
import { notifyError, notifySuccess } from '../../../components/notify';
import { formatDateTime } from '../../../lib/format';
import { useCurrentSession } from '../../auth/hooks';
import { usersQuery, useSetUserActive } from '../hooks';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserCreateModal } from './UserCreateModal';
import { UserEditModal } from './UserEditModal';
import { homeNowMs } from '../../../lib/home-clock';

const column = createColumnHelper<UserRow>();

function StatusBadge({ user }: { user: UserRow }) {
  const { t } = useTranslation();
  if (!user.active) return <Badge color="gray" variant="light" radius="sm" tt="none">{t('common.inactive')}</Badge>;
  if (user.lockedUntil && Date.parse(user.lockedUntil) > homeNowMs()) {
    return <Badge color="red" variant="light" radius="sm" tt="none">{t('users.lockedOut')}</Badge>;
  }
  return <Badge color="teal" variant="light" radius="sm" tt="none">{t('common.active')}</Badge>;
}

/** Accounts of the active home (and, for a province administrator, the province administrators). */
export function UsersTab() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const actorRole = session.user.role;
  const users = useQuery(usersQuery());
  const setActive = useSetUserActive();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const [toggling, setToggling] = useState<UserRow | null>(null);
  const [search, setSearch] = useState('');

  const columns = useMemo(
    () => [
      column.accessor('fullName', {
        header: () => t('users.fullName'),
        cell: (c) => (
          <Stack gap={0}>
            <Text size="sm" fw={600}>{c.getValue()}</Text>
            <Text size="xs" c="dimmed">{c.row.original.username}</Text>
          </Stack>
        ),
      }),
      column.accessor('role', { header: () => t('users.role'), cell: (c) => <RoleBadge role={c.getValue()} /> }),
      ...(actorRole === 'province_admin'
        ? [column.accessor('homeName', { header: () => t('users.home'), cell: (c) => <Text size="sm">{c.getValue() ?? t('users.allHomes')}</Text> })]
        : []),
      column.accessor('active', { header: () => t('users.status'), cell: (c) => <StatusBadge user={c.row.original} /> }),
      column.accessor('lastLoginAt', {
        header: () => t('users.lastLogin'),
        cell: (c) => <Text size="sm" c={c.getValue() ? undefined : 'dimmed'}>{c.getValue() ? formatDateTime(c.getValue()) : t('users.never')}</Text>,
      }),
      column.display({
        id: 'actions',
        header: () => <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
        cell: (c) => {
          const user = c.row.original;
          const self = user.id === session.user.id;
          return (
            <Menu position="bottom-end" shadow="md" width={220}>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={t('users.actionsFor', { username: user.username })}>
                  <IconDotsVertical size={18} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => setEditing(user)}>{t('users.edit')}</Menu.Item>
                <Menu.Item leftSection={<IconKey size={16} />} onClick={() => setResetting(user)}>{t('users.resetPassword')}</Menu.Item>
                <Menu.Divider />
                {user.active ? (
                  <Menu.Item color="red" leftSection={<IconUserOff size={16} />} disabled={self} onClick={() => setToggling(user)}>
                    {t('users.deactivate')}
                  </Menu.Item>
                ) : (
                  <Menu.Item leftSection={<IconUserCheck size={16} />} onClick={() => setToggling(user)}>{t('users.activate')}</Menu.Item>
                )}
              </Menu.Dropdown>
            </Menu>
          );
        },
      }),
    ],
    [t, actorRole, session.user.id],
  );

  // TanStack Table is not memoisable by the React Compiler; this component is simply left uncompiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: users.data ?? [],
    columns,
    state: { globalFilter: search },
    globalFilterFn: (row, _id, value: string) => {
      const q = value.trim().toLowerCase();
      return !q || row.original.fullName.toLowerCase().includes(q) || row.original.username.includes(q);
    },
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });

  const confirmToggle = () => {
    if (!toggling) return;
    const active = !toggling.active;
    setActive.mutate(
      { id: toggling.id, active },
      {
        onSuccess: (row) => {
          notifySuccess(t(active ? 'users.activated' : 'users.deactivated', { name: row.fullName }));
          setToggling(null);
        },
        onError: (e) => {
          notifyError(e);
          setToggling(null);
        },
      },
    );
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <TextInput
          placeholder={t('users.search')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={320}
          aria-label={t('users.search')}
        />
        <Button leftSection={<IconUserPlus size={18} />} onClick={() => setCreating(true)}>
          {t('users.create')}
        </Button>
      </Group>
      <Paper withBorder radius="md">
        {users.isLoading ? (
          <Center h={160}><Loader size="sm" /></Center>
        ) : (
          <Table.ScrollContainer minWidth={860} type="native">
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-label={t('settings.tabs.users')}>
              <Table.Thead>
                {table.getHeaderGroups().map((hg) => (
                  <Table.Tr key={hg.id}>
                    {hg.headers.map((h) => (
                      <Table.Th key={h.id} fz="xs" c="dimmed" tt="uppercase" style={{ letterSpacing: 0.3 }} w={h.column.id === 'actions' ? 48 : undefined}>
                        {flexRender(h.column.columnDef.header, h.getContext())}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Thead>
              <Table.Tbody>
                {table.getRowModel().rows.map((row) => (
                  <Table.Tr key={row.id} data-testid={`user-row-${row.original.username}`}>
                    {row.getVisibleCells().map((cell) => (
                      <Table.Td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
                {table.getRowModel().rows.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={columns.length}>
                      <Text c="dimmed" size="sm" ta="center" py="lg">{t('users.empty')}</Text>
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <UserCreateModal opened={creating} onClose={() => setCreating(false)} actorRole={actorRole} />
      <UserEditModal user={editing} onClose={() => setEditing(null)} actorRole={actorRole} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <ConfirmModal
        opened={toggling !== null}
        title={toggling?.active ? t('users.deactivateTitle') : t('users.activateTitle')}
        message={t(toggling?.active ? 'users.deactivateMessage' : 'users.activateMessage', { name: toggling?.fullName ?? '' })}
        confirmLabel={toggling?.active ? t('users.deactivate') : t('users.activate')}
        color={toggling?.active ? 'red' : 'teal'}
        loading={setActive.isPending}
        onConfirm={confirmToggle}
        onClose={() => setToggling(null)}
      />
    </Stack>
  );
}
