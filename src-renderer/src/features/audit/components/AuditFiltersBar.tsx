import { Button, Group, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar, IconFilter, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilters } from '../hooks';
import { areaLabel, entityLabel, KNOWN_AREAS, KNOWN_ENTITIES } from '../labels';

const EMPTY: AuditFilters = {};

/** Date range, user, record type and channel; applied together. */
export function AuditFiltersBar({ value, onChange }: { value: AuditFilters; onChange: (f: AuditFilters) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AuditFilters>(value);
  const set = (patch: Partial<AuditFilters>) => setDraft((d) => ({ ...d, ...patch }));
  const clean = (f: AuditFilters): AuditFilters =>
    Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== null && String(v).trim() !== '')) as AuditFilters;

  return (
    <Paper withBorder radius="md" p="md" mb="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onChange(clean(draft));
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3, lg: 5 }} spacing="sm">
          <DatePickerInput
            label={t('audit.filters.from')}
            placeholder={t('audit.filters.anyDate')}
            value={draft.from ?? null}
            onChange={(v) => set({ from: v ?? undefined })}
            maxDate={draft.to}
            clearable
            valueFormat="D MMM YYYY"
            leftSection={<IconCalendar size={16} />}
          />
          <DatePickerInput
            label={t('audit.filters.to')}
            placeholder={t('audit.filters.anyDate')}
            value={draft.to ?? null}
            onChange={(v) => set({ to: v ?? undefined })}
            minDate={draft.from}
            clearable
            valueFormat="D MMM YYYY"
            leftSection={<IconCalendar size={16} />}
          />
          <TextInput
            label={t('auth.username')}
            placeholder={t('audit.filters.anyUser')}
            value={draft.username ?? ''}
            onChange={(e) => set({ username: e.currentTarget.value })}
          />
          <Select
            label={t('audit.filters.entity')}
            placeholder={t('audit.filters.any')}
            data={KNOWN_ENTITIES.map((e) => ({ value: e, label: entityLabel(t, e) }))}
            value={draft.entity ?? null}
            onChange={(v) => set({ entity: v ?? undefined })}
            clearable
          />
          <Select
            label={t('audit.filters.channel')}
            placeholder={t('audit.filters.any')}
            data={KNOWN_AREAS.map((a) => ({ value: `${a}.*`, label: areaLabel(a) }))}
            value={draft.channel ?? null}
            onChange={(v) => set({ channel: v ?? undefined })}
            searchable
            clearable
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm" gap="sm">
          <Button
            variant="default"
            leftSection={<IconX size={16} />}
            onClick={() => {
              setDraft(EMPTY);
              onChange(EMPTY);
            }}
          >
            {t('audit.filters.reset')}
          </Button>
          <Button type="submit" leftSection={<IconFilter size={16} />}>
            {t('audit.filters.apply')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
