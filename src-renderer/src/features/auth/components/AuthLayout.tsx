import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Brand } from '../../../components/Brand';
import { LanguageSwitch } from '../../../components/LanguageSwitch';

interface AuthLayoutProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  width?: number;
}

/** The frame of the screens shown before the app shell: log-in, lock, forced password change. */
export function AuthLayout({ title, description, children, width = 420 }: AuthLayoutProps) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0" pos="relative">
      <Group pos="absolute" top={16} right={20}>
        <LanguageSwitch />
      </Group>
      <Center mih="100vh" p="md">
        <Stack w={width} maw="100%" gap="lg">
          <Center>
            <Brand withTagline size="lg" />
          </Center>
          <Paper withBorder shadow="sm" radius="md" p={32}>
            <Stack gap={4} mb="lg">
              <Title order={2} fz={22} fw={650}>
                {title}
              </Title>
              {description ? (
                <Text size="sm" c="dimmed">
                  {description}
                </Text>
              ) : null}
            </Stack>
            {children}
          </Paper>
          <Text size="xs" c="dimmed" ta="center">
            {t('auth.footer')}
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
