import { NumberInput, type NumberInputProps } from '@mantine/core';
import { formatAmount, formatPercent } from '@contract';

/** Whole rupiah typed the Indonesian way: 1.250.000 (no decimals). */
export function MoneyInput(props: Omit<NumberInputProps, 'thousandSeparator' | 'decimalSeparator' | 'allowDecimal'>) {
  return <NumberInput thousandSeparator="." decimalSeparator="," allowDecimal={false} allowNegative={false} hideControls leftSection="Rp" leftSectionWidth={36} {...props} />;
}

/** A report figure: 1.234.567, negatives in parentheses. */
export const amount = (value: number) => formatAmount(value);

/** "87,50" or "—" without an allocation. */
export const percent = (value: number | null) => (value === null ? '—' : formatPercent(value));

/** Months in the UI language: "Maret" / "March"; short: "Mar". */
export { monthName } from '@contract';
