import { AppShell, Badge, Burger, Center, Divider, Group, Loader, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { Brand } from '../../components/Brand';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useCurrentSession } from '../../features/auth/hooks';
import { useSystemStatus } from '../../features/setup/hooks';
import { HomeSwitcher } from './HomeSwitcher';
import { IdleLock } from './IdleLock';
import { Navigation } from './Navigation';
import { UserMenu } from './UserMenu';

/** Header (home, language, user), navigation for every area, and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const status = useSystemStatus();
  const [opened, { toggle, close }] = useDisclosure(false);
  const provinceAdmin = session.user.role === 'province_admin';

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 264, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="xl"
    >
      <IdleLock minutes={session.idleLockMinutes} />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Brand />
            <Divider orientation="vertical" my={14} visibleFrom="sm" />
            {provinceAdmin ? (
              <HomeSwitcher session={session} />
            ) : (
              <Group gap={8} wrap="nowrap" visibleFrom="sm" data-testid="active-home">
                <IconBuildingCommunity size={18} color="var(--mantine-color-gray-6)" />
                <Text size="sm" fw={600} truncate maw={420}>
                  {session.activeHome?.name ?? t('shell.noActiveHome')}
                </Text>
              </Group>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu session={session} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar>
        <Navigation
          role={session.user.role}
          onNavigate={close}
          footer={
            <Group justify="space-between" px={6}>
              <Text size="xs" c="dimmed">
                {t('common.appName')} {status.data?.version ?? ''}
              </Text>
              <Badge size="xs" variant="light" color="gray" radius="sm">
                {status.data?.mode === 'electron' ? t('shell.modeDesktop') : t('shell.modeBrowser')}
              </Badge>
            </Group>
          }
        />
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <div style={{ maxWidth: 1240, margin: '0 auto' }}>
          {/* Pages are loaded on first use (router.tsx): the shell stays while one loads. */}
          <Suspense
            fallback={
              <Center py="xl">
                <Loader size="md" aria-label={t('boot.loading')} />
              </Center>
            }
          >
            <Outlet />
          </Suspense>
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
