import { Button, EmptyState, Paper } from '@mantine/core';
import { IconMapSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router-dom';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" py={56} px="xl">
      <EmptyState
        icon={<IconMapSearch size={28} stroke={1.6} />}
        variant="light"
        color="gray"
      >
        <EmptyState.Title order={2}>{t('notFound.title')}</EmptyState.Title>
        <EmptyState.Description>{t('notFound.description')}</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="default">
            {t('denied.back')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}

/** A page that crashed: say so without the technical detail, and offer the way back. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <Paper withBorder radius="md" py={56} px="xl" m="xl">
      <EmptyState color="red" variant="light" title={t('routeError.title')} description={t('routeError.description')}>
        <EmptyState.Actions>
          <Button onClick={() => window.location.reload()} variant="default">
            {t('common.reload')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
