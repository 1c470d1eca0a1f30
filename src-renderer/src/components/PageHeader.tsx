import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  icon?: ReactNode;
  actions?: ReactNode;
}

/** The title block every page starts with. */
export function PageHeader({ title, description, icon, actions }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="nowrap">
      <Group gap="sm" align="flex-start" wrap="nowrap">
        {icon}
        <Stack gap={2}>
          <Title order={2} fz={24} fw={650}>
            {title}
          </Title>
          {description ? (
            <Text c="dimmed" size="sm" maw={760}>
              {description}
            </Text>
          ) : null}
        </Stack>
      </Group>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
