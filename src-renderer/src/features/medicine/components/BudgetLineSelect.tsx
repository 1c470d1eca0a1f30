import { Select } from '@mantine/core';
import { formatRupiah } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { structureQuery, yearsQuery } from '../../budget/hooks';

/** The budget lines of the fiscal year of `date`, with what remains on each; the health lines first. */
export function BudgetLineSelect({ date, value, onChange, error, label }: { date: string | undefined; value: number | null | undefined; onChange: (id: number | null) => void; error?: string; label: string }) {
  const { t } = useTranslation();
  const years = useQuery(yearsQuery());
  const year = years.data?.find((y) => String(y.year) === (date ?? '').slice(0, 4));
  const structure = useQuery({ ...structureQuery(year?.id ?? 0), enabled: !!year });
  const lines = [...(structure.data?.lines ?? [])].sort((a, b) => Number(/obat|kesehatan|dokter/i.test(b.accountName)) - Number(/obat|kesehatan|dokter/i.test(a.accountName)));
  const subOf = (id: number) => structure.data?.activities.find((a) => a.id === id)?.name ?? '';
  return (
    <Select
      label={label}
      searchable
      clearable
      value={value ? String(value) : null}
      onChange={(v) => onChange(v ? Number(v) : null)}
      error={error}
      placeholder={year ? t('medicine.budgetLine.placeholder') : t('medicine.budgetLine.noYear', { year: (date ?? '').slice(0, 4) })}
      data={lines.map((l) => ({ value: String(l.id), label: `${l.accountCode} ${l.accountName} — ${subOf(l.activityId)} (${t('medicine.budgetLine.remaining', { amount: formatRupiah(l.remaining) })})` }))}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
