import { Button, EmptyState, Paper } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** Shown when a role opens an area it may not use (main refuses its channels as well). */
export function AccessDenied({ area, role }: { area: string; role: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" py={56} px="xl" data-testid="access-denied">
      <EmptyState
        icon={<IconShieldLock size={28} stroke={1.6} />}
        variant="light"
        color="red"
        maw={560}
        mx="auto"
      >
        <EmptyState.Title order={2}>{t('denied.title')}</EmptyState.Title>
        <EmptyState.Description>{t('denied.description', { area, role })}</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="default">
            {t('denied.back')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
