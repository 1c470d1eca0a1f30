import dayjs from 'dayjs';
import { homeNowDayjs } from '../../lib/home-clock';

export type PeriodPreset = 'thisMonth' | 'lastMonth' | 'thisQuarter' | 'thisYear' | 'custom';
export const PERIOD_PRESETS: readonly PeriodPreset[] = ['thisMonth', 'lastMonth', 'thisQuarter', 'thisYear', 'custom'];

export interface Period {
  from: string;
  to: string;
}

/** What the person chose: a preset, or their own range (either end may still be empty). */
export interface PeriodChoice {
  preset: PeriodPreset;
  from: string | null;
  to: string | null;
}

const iso = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');

/** Whole calendar periods, as reports are made: the month, last month, the quarter, the year of `today`. */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today = homeNowDayjs()): Period {
  switch (preset) {
    case 'thisMonth':
      return { from: iso(today.startOf('month')), to: iso(today.endOf('month')) };
    case 'lastMonth': {
      const last = today.subtract(1, 'month');
      return { from: iso(last.startOf('month')), to: iso(last.endOf('month')) };
    }
    case 'thisQuarter': {
      const start = today.startOf('month').month(Math.floor(today.month() / 3) * 3);
      return { from: iso(start), to: iso(start.add(2, 'month').endOf('month')) };
    }
    case 'thisYear':
      return { from: iso(today.startOf('year')), to: iso(today.endOf('year')) };
  }
}

/** The period to request, or null while a custom range is incomplete. Main checks the order of the dates. */
export function resolvePeriod(choice: PeriodChoice): Period | null {
  if (choice.preset !== 'custom') return presetPeriod(choice.preset);
  return choice.from && choice.to ? { from: choice.from, to: choice.to } : null;
}
