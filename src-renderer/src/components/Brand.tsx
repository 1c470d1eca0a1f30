import { Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconHomeHeart } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The product mark: icon, name and (optionally) the tagline. */
export function Brand({ withTagline = false, size = 'md' }: { withTagline?: boolean; size?: 'md' | 'lg' }) {
  const { t } = useTranslation();
  const large = size === 'lg';
  return (
    <Group gap={10} wrap="nowrap">
      <ThemeIcon size={large ? 44 : 34} radius="md" variant="filled">
        <IconHomeHeart size={large ? 26 : 20} stroke={1.8} />
      </ThemeIcon>
      <Stack gap={0}>
        <Text fw={700} fz={large ? 22 : 18} lh={1.15} c="dark.8">
          {t('common.appName')}
        </Text>
        {withTagline ? (
          <Text size="xs" c="dimmed" lh={1.2}>
            {t('common.appTagline')}
          </Text>
        ) : null}
      </Stack>
    </Group>
  );
}
