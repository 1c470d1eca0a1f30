import { Select, type SelectProps } from '@mantine/core';
import { formatRupiah } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { structureQuery, yearsQuery } from '../../budget/hooks';

/** The budget lines of the fiscal year of `date` (code, name, remaining), for a cost charged to the budget. */
export function BudgetLineSelect({ date, value, onChange, ...props }: Omit<SelectProps, 'data' | 'value' | 'onChange'> & { date: string | undefined; value: number | null | undefined; onChange: (id: number | null) => void }) {
  const years = useQuery(yearsQuery());
  const year = years.data?.find((y) => String(y.year) === (date ?? '').slice(0, 4));
  const structure = useQuery({ ...structureQuery(year?.id ?? 0), enabled: Boolean(year) });
  const sub = (activityId: number) => structure.data?.activities.find((a) => a.id === activityId)?.name ?? '';
  const data = (year ? (structure.data?.lines ?? []) : []).map((l) => ({
    value: String(l.id),
    label: `${l.accountCode} ${l.accountName} · ${sub(l.activityId)} · sisa ${formatRupiah(l.remaining)}`,
  }));
  return (
    <Select
      searchable
      clearable
      comboboxProps={{ withinPortal: true }}
      {...props}
      data={data}
      value={value ? String(value) : null}
      onChange={(v) => onChange(v ? Number(v) : null)}
    />
  );
}
