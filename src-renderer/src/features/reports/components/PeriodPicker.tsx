import { Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { PERIOD_PRESETS, resolvePeriod, type PeriodChoice, type PeriodPreset } from '../period';

interface PeriodPickerProps {
  value: PeriodChoice;
  onChange: (value: PeriodChoice) => void;
  /** Messages from main for `from` / `to` (e.g. an end before the start), shown at the field. */
  errors?: Partial<Record<'from' | 'to', string>>;
}

/** Period presets (this month, last month, this quarter, this year) or a custom range with date pickers. */
export function PeriodPicker({ value, onChange, errors = {} }: PeriodPickerProps) {
  const { t } = useTranslation();
  const shown = resolvePeriod(value);

  const choose = (preset: PeriodPreset) => {
    // A custom range starts from the period on screen, so one end can be adjusted.
    if (preset === 'custom') onChange({ preset, from: shown?.from ?? value.from, to: shown?.to ?? value.to });
    else onChange({ ...value, preset });
  };

  return (
    <Paper withBorder radius="md" p="md" mb="md" data-testid="period-picker">
      {/* Top-aligned with the date fields, so a message under one does not move the presets. */}
      <Group align={value.preset === 'custom' ? 'flex-start' : 'flex-end'} gap="lg" wrap="wrap">
        <Stack gap={6}>
          <Text size="sm" fw={500} id="period-label">
            {t('reports.period.label')}
          </Text>
          <SegmentedControl
            value={value.preset}
            onChange={(v) => choose(v as PeriodPreset)}
            data={PERIOD_PRESETS.map((p) => ({ value: p, label: t(`reports.period.${p}`) }))}
            aria-labelledby="period-label"
          />
        </Stack>
        {value.preset === 'custom' ? (
          <Group gap="sm" align="flex-start">
            <DatePickerInput
              label={t('reports.period.from')}
              value={value.from}
              onChange={(v) => onChange({ ...value, from: v })}
              valueFormat="D MMMM YYYY"
              leftSection={<IconCalendar size={16} />}
              error={errors.from}
              w={210}
            />
            <DatePickerInput
              label={t('reports.period.to')}
              value={value.to}
              onChange={(v) => onChange({ ...value, to: v })}
              valueFormat="D MMMM YYYY"
              leftSection={<IconCalendar size={16} />}
              error={errors.to}
              w={210}
            />
          </Group>
        ) : shown ? (
          <Group gap={8} pb={8} wrap="nowrap">
            <IconCalendar size={18} color="var(--mantine-color-gray-6)" />
            <Text size="sm" fw={600} data-testid="period-range">
              {t('reports.period.range', { from: formatDate(shown.from), to: formatDate(shown.to) })}
            </Text>
          </Group>
        ) : null}
      </Group>
    </Paper>
  );
}
