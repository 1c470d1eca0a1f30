import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import type { Ref } from 'react';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, mei: 5, may: 5, jun: 6, jul: 7, agu: 8, agt: 8, aug: 8, sep: 9, okt: 10, oct: 10, nov: 11, des: 12, dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Reads a date the way Indonesian staff type it: 15/03/1950, 15-3-1950, 15.03.1950, "15 Maret 1950",
 * "15 Mar 1950" (English month names too) or 1950-03-15. Returns YYYY-MM-DD, or null while incomplete.
 */
export function parseTypedDate(raw: string): string | null {
  const value = raw.trim().toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(value);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(value);
  const month = m ? MONTHS[m[2]!.slice(0, 3)] : undefined;
  return m && month ? iso(Number(m[3]), month, Number(m[1])) : null;
}

type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  ref?: Ref<HTMLInputElement>;
};

/** A date typed or picked, shown as "15 Maret 1950" and kept as YYYY-MM-DD. */
export function DateField({ value, onChange, error, ref, ...props }: DateFieldProps) {
  return (
    <DateInput
      ref={ref}
      value={value || null}
      onChange={onChange}
      valueFormat="D MMMM YYYY"
      dateParser={parseTypedDate}
      leftSection={<IconCalendar size={16} />}
      error={error}
      aria-invalid={error ? true : undefined}
      {...props}
    />
  );
}
