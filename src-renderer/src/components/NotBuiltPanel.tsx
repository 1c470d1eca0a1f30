import { Badge, EmptyState, Paper } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** An honest placeholder for an area of the product that does not exist yet: no sample data. */
export function NotBuiltPanel({ purpose }: { purpose: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" py={56} px="xl" data-testid="not-built">
      <EmptyState
        icon={<IconTools size={28} stroke={1.6} />}
        variant="light"
        color="gray"
        maw={600}
        mx="auto"
      >
        <EmptyState.Title order={2}>{t('notBuilt.title')}</EmptyState.Title>
        <EmptyState.Description>{purpose}</EmptyState.Description>
        <EmptyState.Actions>
          <Badge variant="outline" color="gray" radius="sm" tt="none" fw={500}>
            {t('notBuilt.badge')}
          </Badge>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
