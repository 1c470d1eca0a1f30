import { Box, Button, Group, Paper, SegmentedControl, Select, TextInput, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { AGE_GROUPS, RESIDENT_STATUSES } from '@contract';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { roomsQuery } from '../hooks';
import { optionsOf, PMKS_NUMBERS, pmksLabel, useReference } from '../labels';
import { DEFAULT_FILTERS, hasFilters, type ListFilters } from '../list-filters';

interface Props {
  value: ListFilters;
  search: string;
  onSearch: (q: string) => void;
  onChange: (patch: Partial<ListFilters>) => void;
}

/** Search as you type, status, PMKS category, sex, age group and room. */
export function ResidentsFilters({ value, search, onSearch, onChange }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const rooms = useQuery(roomsQuery());
  const wide = useMediaQuery('(min-width: 75em)', true);
  const any = t('residents.list.any');
  return (
    <Paper withBorder radius="md" p="md" mb="md">
      <Group gap="sm" align="flex-end" wrap="wrap" mb="sm">
        <TextInput
          flex="1 1 280px"
          placeholder={t('residents.list.search')}
          aria-label={t('residents.list.search')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => onSearch(e.currentTarget.value)}
          data-testid="residents-search"
          autoFocus
        />
        <SegmentedControl
          aria-label={t('residents.fields.status')}
          value={value.status}
          onChange={(v) => onChange({ status: v as ListFilters['status'] })}
          data={[...RESIDENT_STATUSES.map((s) => ({ value: s, label: ref.status[s] })), { value: 'all', label: t('residents.list.statusAll') }]}
        />
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Box flex="2 1 200px">
          <Select
            label={t('residents.fields.pmksCategory')}
            placeholder={any}
            data={PMKS_NUMBERS.map((n) => ({ value: String(n), label: pmksLabel(ref, n) }))}
            value={value.pmks ? String(value.pmks) : null}
            onChange={(v) => onChange({ pmks: v ? Number(v) : null })}
            searchable
            clearable
          />
        </Box>
        <Box flex="1 1 110px">
          <Select
            label={t('residents.fields.sex')}
            placeholder={any}
            data={optionsOf(ref.sex)}
            value={value.sex}
            onChange={(v) => onChange({ sex: (v as 'L' | 'P' | null) ?? null })}
            clearable
          />
        </Box>
        <Box flex="1 1 110px">
          <Select
            label={t('residents.fields.age')}
            placeholder={any}
            data={AGE_GROUPS.map((g) => ({ value: g.key, label: ref.ageGroup[g.key] ?? g.label }))}
            value={value.age}
            onChange={(v) => onChange({ age: v })}
            clearable
          />
        </Box>
        <Box flex="1 1 120px">
          <Select
            label={t('residents.fields.room')}
            placeholder={any}
            data={rooms.data ?? []}
            value={value.room}
            onChange={(v) => onChange({ room: v })}
            searchable
            clearable
          />
        </Box>
        <Box flex="0 0 auto">
          <Tooltip label={t('residents.list.reset')} disabled={wide}>
            <Button
              variant="subtle"
              color="gray"
              px={wide ? undefined : 10}
              leftSection={wide ? <IconFilterOff size={16} /> : undefined}
              disabled={!hasFilters(value) && !search}
              aria-label={t('residents.list.reset')}
              onClick={() => {
                onSearch('');
                onChange({ ...DEFAULT_FILTERS, sort: value.sort, dir: value.dir });
              }}
            >
              {wide ? t('residents.list.reset') : <IconFilterOff size={18} />}
            </Button>
          </Tooltip>
        </Box>
      </Group>
    </Paper>
  );
}
