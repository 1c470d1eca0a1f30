import { Avatar, Button, Group, Stack, Text } from '@mantine/core';
import type { SessionInfo } from '@contract';
import { IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { RoleBadge } from '../../../components/RoleBadge';
import { notifyError } from '../../../components/notify';
import { ApiError } from '../../../lib/api';
import { SESSION_KEY } from '../../../lib/query';
import { AuthLayout } from '../components/AuthLayout';
import { useLogout, useUnlock } from '../hooks';
import { initials } from '../names';
import { PasswordField } from '../../../components/PasswordField';

/** The session is kept but hidden until the same user types the password again. */
export function LockScreen({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const unlock = useUnlock();
  const logout = useLogout();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!password) {
      setError(t('auth.lock.passwordRequired'));
      return;
    }
    setError(null);
    try {
      await unlock.mutateAsync(password);
    } catch (e) {
      setPassword('');
      if (e instanceof ApiError && e.fieldErrors.password) setError(e.fieldErrors.password);
      else if (e instanceof ApiError && e.code === 'UNAUTHENTICATED') {
        // The session itself is gone (restart, restore): back to the log-in page.
        notifyError(e);
        qc.setQueryData(SESSION_KEY, null);
      } else setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <AuthLayout title={t('auth.lock.title')} description={t('auth.lock.description')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Group gap="sm" wrap="nowrap" p="sm" bg="gray.0" style={{ borderRadius: 8 }}>
            <Avatar color="initials" name={session.user.fullName} radius="xl">
              {initials(session.user.fullName)}
            </Avatar>
            <Stack gap={2}>
              <Text fw={600} size="sm">
                {session.user.fullName}
              </Text>
              <Group gap={6}>
                <Text size="xs" c="dimmed">
                  {session.user.username}
                </Text>
                <RoleBadge role={session.user.role} />
              </Group>
            </Stack>
          </Group>
          <PasswordField
            label={t('auth.password')}
            autoComplete="current-password"
            autoFocus
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={error}
          />
          <Button type="submit" loading={unlock.isPending} leftSection={<IconLockOpen size={18} />} fullWidth>
            {t('auth.lock.submit')}
          </Button>
          <Button variant="subtle" color="gray" onClick={() => logout.mutate()}>
            {t('auth.lock.logoutInstead')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
