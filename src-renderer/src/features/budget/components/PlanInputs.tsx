import { Button, Group, SimpleGrid, Text } from '@mantine/core';
import { formatRupiah, monthName, splitEvenly } from '@contract';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import { MoneyInput } from '../money';

/** The 12 monthly amounts of a disbursement plan, with their sum against the allocation. */
export function PlanInputs({ value, onChange, allocation, disabled, error, fromMonth = 1 }: { value: number[]; onChange: (plan: number[]) => void; allocation: number; disabled?: boolean; error?: string; fromMonth?: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const sum = value.reduce((a, b) => a + (b || 0), 0);
  const diff = allocation - sum;
  return (
    <div>
      <Group justify="space-between" mb={6}>
        <Text size="sm" fw={500}>{t('budget.line.plan')}</Text>
        {!disabled ? (
          <Button size="compact-xs" variant="light" onClick={() => onChange(splitEvenly(allocation))}>
            {t('budget.line.spread')}
          </Button>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" verticalSpacing="xs">
        {value.map((v, i) => (
          <MoneyInput
            key={i}
            size="xs"
            label={monthName(i + 1, lang)}
            value={v}
            disabled={disabled || i + 1 < fromMonth}
            onChange={(n) => onChange(value.map((x, k) => (k === i ? (typeof n === 'number' ? n : 0) : x)))}
          />
        ))}
      </SimpleGrid>
      <Text size="xs" mt={6} c={error || diff !== 0 ? 'red.7' : 'teal.7'} data-testid="plan-sum">
        {t('budget.line.planSum', { sum: formatRupiah(sum) })} · {diff === 0 ? t('budget.line.planOk') : t('budget.line.planDiff', { diff: formatRupiah(diff) })}
      </Text>
      {error ? <Text size="xs" c="red.7">{error}</Text> : null}
    </div>
  );
}
