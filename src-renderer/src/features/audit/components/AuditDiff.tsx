import { Badge, Code, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const MAX_STRING = 120;

/** Long strings (a logo's data URL) are shortened so the JSON stays readable. */
function shorten(value: unknown): unknown {
  if (typeof value === 'string' && value.length > MAX_STRING) {
    return `${value.slice(0, 60)}… (${Math.round(value.length / 1024)} KB)`;
  }
  if (Array.isArray(value)) return value.map(shorten);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, shorten(v)]));
  }
  return value;
}

function changedKeys(before: unknown, after: unknown): string[] {
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  return [...keys].filter((k) => k !== 'updatedAt' && JSON.stringify(b[k]) !== JSON.stringify(a[k]));
}

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} miw={0}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      {value == null ? (
        <Text size="sm" c="dimmed" fs="italic">
          {t('audit.noData')}
        </Text>
      ) : (
        <Code block fz="xs" style={{ maxHeight: 320, overflow: 'auto', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {JSON.stringify(shorten(value), null, 2)}
        </Code>
      )}
    </Stack>
  );
}

/** The record before and after the change, side by side, with the fields that changed named above. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const changed = changedKeys(before, after);
  return (
    <Stack gap="sm" p="sm" data-testid="audit-diff">
      {changed.length > 0 ? (
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            {t('audit.changedFields')}
          </Text>
          {changed.map((k) => (
            <Badge key={k} size="sm" variant="outline" radius="sm" tt="none">
              {k}
            </Badge>
          ))}
        </Group>
      ) : null}
      <SimpleGrid cols={2} spacing="md">
        <JsonBlock label={t('audit.before')} value={before} />
        <JsonBlock label={t('audit.after')} value={after} />
      </SimpleGrid>
    </Stack>
  );
}
