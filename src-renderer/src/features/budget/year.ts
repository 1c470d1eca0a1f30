import type { BudgetYear } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { yearsQuery } from './hooks';
import { homeYear } from '../../lib/home-clock';

/**
 * The fiscal year the budget pages show: `?tahun=2026` in the address (kept across tabs), else the
 * current calendar year if it exists, else the newest.
 */
export function useBudgetYear() {
  const [params, setParams] = useSearchParams();
  const years = useQuery(yearsQuery());
  const wanted = Number(params.get('tahun'));
  const list = years.data ?? [];
  const current = homeYear();
  const year: BudgetYear | null = list.find((y) => y.year === wanted) ?? list.find((y) => y.year === current) ?? list[0] ?? null;
  const setYear = (value: number) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set('tahun', String(value));
        return next;
      },
      { replace: true },
    );
  return { years: list, year, setYear, loading: years.isLoading, error: years.error };
}

/** Appends the chosen year to a budget path, so links keep it. */
export const withYear = (path: string, year: number | undefined) => (year ? `${path}?tahun=${year}` : path);
