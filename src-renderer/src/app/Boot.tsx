import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FullScreenLoader } from '../components/FullScreenLoader';
import { notifyError } from '../components/notify';
import { useSession } from '../features/auth/hooks';
import { LoginPage } from '../features/auth/pages/LoginPage';
import { useSystemStatus } from '../features/setup/hooks';
import { onSessionProblem } from '../lib/api';
import type { SessionInfo } from '@contract';
import { clearUserData, SESSION_KEY } from '../lib/query';
import { lazyPage } from './lazy-page';

// Only the log-in screen is in the first load; the rest of the start-up screens and the app load on demand.
const AppRouter = lazyPage(() => import('./router'), 'AppRouter');
const SetupPage = lazyPage(() => import('../features/setup/pages/SetupPage'), 'SetupPage');
const DatabaseFailedPage = lazyPage(() => import('../features/setup/pages/DatabaseFailedPage'), 'DatabaseFailedPage');
const LockScreen = lazyPage(() => import('../features/auth/pages/LockScreen'), 'LockScreen');
const ForcedPasswordChangePage = lazyPage(
  () => import('../features/auth/pages/ForcedPasswordChangePage'),
  'ForcedPasswordChangePage',
);

/** Any call that finds the session locked or gone switches to the lock screen or the log-in page. */
function useSessionProblems() {
  const qc = useQueryClient();
  useEffect(
    () =>
      onSessionProblem((error) => {
        if (error.code === 'LOCKED') {
          qc.setQueryData<SessionInfo | null>(SESSION_KEY, (s) => (s ? { ...s, locked: true } : s));
        } else {
          const hadSession = qc.getQueryData(SESSION_KEY) != null;
          clearUserData();
          qc.setQueryData(SESSION_KEY, null);
          if (hadSession) notifyError(error);
        }
      }),
    [qc],
  );
}

function Unreachable({ message, retry }: { message: string; retry: () => void }) {
  const { t } = useTranslation();
  return (
    <Center h="100vh" bg="gray.0" p="md">
      <Paper withBorder radius="md" p="xl" maw={480}>
        <Stack gap="sm">
          <Title order={2} fz={20}>
            {t('boot.unreachable')}
          </Title>
          <Text size="sm" c="dimmed">
            {message}
          </Text>
          <Button onClick={retry} variant="default" w="fit-content">
            {t('common.retry')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}

/** Startup: a failed database, the first-run wizard, the log-in, lock and password screens, or the app. */
export function Boot() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<FullScreenLoader label={t('boot.loading')} />}>
      <BootScreen />
    </Suspense>
  );
}

function BootScreen() {
  const { t } = useTranslation();
  useSessionProblems();
  const status = useSystemStatus();
  const ready = status.data?.state === 'ready' && !status.data.needsSetup;
  const session = useSession(ready);
  // While the log-in (or lock) screen waits for the user, fetch the signed-in app and its first page.
  useEffect(() => {
    if (ready) AppRouter.preload();
  }, [ready]);

  if (status.isLoading) return <FullScreenLoader label={t('boot.loading')} />;
  if (status.error || !status.data) {
    return <Unreachable message={status.error?.message ?? ''} retry={() => void status.refetch()} />;
  }
  const failure = status.data.state === 'failed' ? status.data.failure : undefined;
  if (failure) return <DatabaseFailedPage failure={failure} />;
  if (status.data.needsSetup) return <SetupPage />;
  if (session.isLoading) return <FullScreenLoader label={t('boot.loading')} />;
  if (session.error) return <Unreachable message={session.error.message} retry={() => void session.refetch()} />;
  const info = session.data;
  if (!info) return <LoginPage />;
  if (info.locked) return <LockScreen session={info} />;
  if (info.user.mustChangePassword) return <ForcedPasswordChangePage session={info} />;
  return <AppRouter />;
}
