import { Select, type SelectProps } from '@mantine/core';
import { formatRupiah } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { structureQuery, yearsQuery } from '../hooks';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  /** The date of the cost: its fiscal year's lines are offered. */
  date: string | undefined;
  value: number | null | undefined;
  onChange: (id: number | null) => void;
  /** Lines whose account name matches come first (e.g. the health lines for a medicine receipt). */
  prefer?: RegExp;
};

/** The budget lines of the fiscal year of `date` (code, name, sub-kegiatan, remaining), for any cost charged to the budget. */
export function BudgetLineSelect({ date, value, onChange, prefer, ...props }: Props) {
  const { t } = useTranslation();
  const years = useQuery(yearsQuery());
  const year = years.data?.find((y) => String(y.year) === (date ?? '').slice(0, 4));
  const structure = useQuery({ ...structureQuery(year?.id ?? 0), enabled: Boolean(year) });
  const preferred = (name: string) => Number(prefer?.test(name) ?? false);
  const lines = year ? [...(structure.data?.lines ?? [])].sort((a, b) => preferred(b.accountName) - preferred(a.accountName)) : [];
  const subOf = (activityId: number) => structure.data?.activities.find((a) => a.id === activityId)?.name ?? '';
  return (
    <Select
      searchable
      clearable
      comboboxProps={{ withinPortal: true }}
      placeholder={year ? t('budget.lineSelect.placeholder') : t('budget.lineSelect.noYear', { year: (date ?? '').slice(0, 4) })}
      {...props}
      data={lines.map((l) => ({
        value: String(l.id),
        label: `${l.accountCode} ${l.accountName} — ${subOf(l.activityId)} (${t('budget.lineSelect.remaining', { amount: formatRupiah(l.remaining) })})`,
      }))}
      value={value ? String(value) : null}
      onChange={(v) => onChange(v ? Number(v) : null)}
    />
  );
}
