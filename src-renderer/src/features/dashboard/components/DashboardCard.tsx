import { Group, Paper, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card of the dashboard. */
export function DashboardCard({ title, icon, action, children }: { title: string; icon: ReactNode; action?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" h="100%">
      <Group justify="space-between" mb="md" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" radius="md" size={32}>
            {icon}
          </ThemeIcon>
          <Text fw={650}>{title}</Text>
        </Group>
        {action}
      </Group>
      {children}
    </Paper>
  );
}
