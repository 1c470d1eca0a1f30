import { Avatar, Group, Menu, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import type { SessionInfo } from '@contract';
import { IconChevronDown, IconKey, IconLock, IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify';
import { ChangePasswordForm } from '../../features/auth/components/ChangePasswordForm';
import { useLock, useLogout } from '../../features/auth/hooks';
import { initials } from '../../features/auth/names';

export function UserMenu({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const lock = useLock();
  const [changing, setChanging] = useState(false);
  const { user } = session;
  return (
    <>
      <Menu position="bottom-end" shadow="md" width={240}>
        <Menu.Target>
          <UnstyledButton aria-label={t('shell.userMenu')} data-testid="user-menu" px={6} py={4} style={{ borderRadius: 8 }}>
            <Group gap={10} wrap="nowrap">
              <Avatar color="initials" name={user.fullName} radius="xl" size={34}>
                {initials(user.fullName)}
              </Avatar>
              <Stack gap={0} visibleFrom="md">
                <Text size="sm" fw={600} lh={1.2} maw={180} truncate>
                  {user.fullName}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2}>
                  {t(`roles.${user.role}`)}
                </Text>
              </Stack>
              <IconChevronDown size={14} color="var(--mantine-color-gray-6)" />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{user.username}</Menu.Label>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={() => setChanging(true)}>
            {t('shell.changePassword')}
          </Menu.Item>
          <Menu.Item leftSection={<IconLock size={16} />} onClick={() => lock.mutate()}>
            {t('shell.lockNow')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={() => logout.mutate()}>
            {t('auth.logout')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={changing} onClose={() => setChanging(false)} title={t('shell.changePassword')} centered>
        <ChangePasswordForm
          username={user.username}
          onCancel={() => setChanging(false)}
          onDone={() => {
            setChanging(false);
            notifySuccess(t('password.changed'));
          }}
        />
      </Modal>
    </>
  );
}
