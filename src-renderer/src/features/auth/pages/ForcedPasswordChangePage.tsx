import { Button, Center } from '@mantine/core';
import type { SessionInfo } from '@contract';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../components/notify';
import { AuthLayout } from '../components/AuthLayout';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { useLogout } from '../hooks';

/** Shown instead of the app after an administrator created the account or reset its password. */
export function ForcedPasswordChangePage({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <AuthLayout
      title={t('auth.forced.title')}
      description={t('auth.forced.description', { name: session.user.fullName })}
      width={460}
    >
      <ChangePasswordForm
        username={session.user.username}
        submitLabel={t('auth.forced.submit')}
        onDone={() => notifySuccess(t('password.changed'))}
      />
      <Center mt="md">
        <Button variant="subtle" color="gray" size="compact-sm" onClick={() => logout.mutate()}>
          {t('auth.logout')}
        </Button>
      </Center>
    </AuthLayout>
  );
}
