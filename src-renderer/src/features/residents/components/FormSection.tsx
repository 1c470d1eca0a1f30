import { Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled card of a long form; `id` is the anchor the form's contents list jumps to. */
export function FormSection({ id, title, hint, icon, children, aside }: { id: string; title: string; hint?: string; icon: ReactNode; children: ReactNode; aside?: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" id={id} style={{ scrollMarginTop: 80 }} component="section" aria-labelledby={`${id}-title`}>
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <ThemeIcon variant="light" radius="md" size={34}>
            {icon}
          </ThemeIcon>
          <Stack gap={0}>
            <Title order={3} fz="md" fw={650} id={`${id}-title`} data-form-section>
              {title}
            </Title>
            {hint ? (
              <Text size="xs" c="dimmed">
                {hint}
              </Text>
            ) : null}
          </Stack>
        </Group>
        {aside}
      </Group>
      {children}
    </Paper>
  );
}
