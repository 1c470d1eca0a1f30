import { Alert, Anchor, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import type { DuplicateMatch } from '@contract';
import { IconAlertTriangle, IconDeviceFloppy } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../lib/format';
import { STATUS_COLORS, useReference } from '../labels';

/** Link to an existing resident's file (the record a duplicate points to). */
export function ResidentLink({ match, label }: { match: DuplicateMatch; label?: string }) {
  return (
    <Anchor component={Link} to={`/residents/${match.id}/profile`} size="sm" fw={600} data-testid="duplicate-link">
      {label ?? `${match.fullName} (${match.registrationNo})`}
    </Anchor>
  );
}

interface SimilarPanelProps {
  matches: DuplicateMatch[];
  saving: boolean;
  onSaveAnyway: () => void;
  ref?: Ref<HTMLDivElement>;
}

/** Residents with a similar name and the same birth date: check them, or save anyway as a different person. */
export function SimilarPanel({ matches, saving, onSaveAnyway, ref }: SimilarPanelProps) {
  const { t } = useTranslation();
  const labels = useReference();
  return (
    <Alert ref={ref} color="yellow" variant="light" icon={<IconAlertTriangle size={20} />} title={t('residents.form.similar.title')} data-testid="similar-panel" style={{ scrollMarginTop: 80 }}>
      <Stack gap="sm">
        <Text size="sm">{t('residents.form.similar.body')}</Text>
        <List spacing={6} size="sm" center>
          {matches.map((m) => (
            <List.Item key={m.id}>
              <Group gap={8} wrap="wrap">
                <ResidentLink match={m} />
                <Text size="sm" c="dimmed">
                  {t('residents.form.similar.born', { date: formatDate(m.birthDate) })}
                </Text>
                <Badge size="sm" variant="light" color={STATUS_COLORS[m.status]} tt="none">
                  {labels.status[m.status]}
                </Badge>
              </Group>
            </List.Item>
          ))}
        </List>
        <Group>
          <Button color="yellow.8" leftSection={<IconDeviceFloppy size={16} />} onClick={onSaveAnyway} loading={saving}>
            {t('residents.form.similar.saveAnyway')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
