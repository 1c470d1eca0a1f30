import { Box, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface InfoItem {
  label: string;
  value: ReactNode;
  /** Spans both columns (long values such as an address). */
  wide?: boolean;
}

/** Label/value pairs in a two-column grid: profile cards, the wizard's review step. */
export function InfoList({ items, cols = 2 }: { items: InfoItem[]; cols?: 1 | 2 }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: cols }} spacing="lg" verticalSpacing="sm">
      {items.map((item) => (
        <Box key={item.label} style={item.wide && cols === 2 ? { gridColumn: '1 / -1' } : undefined}>
          <Text size="xs" c="dimmed" fw={500} tt="uppercase" lts={0.3}>
            {item.label}
          </Text>
          <Text size="sm" fw={500} component="div" style={{ overflowWrap: 'anywhere' }}>
            {item.value === '' || item.value == null ? '—' : item.value}
          </Text>
        </Box>
      ))}
    </SimpleGrid>
  );
}
