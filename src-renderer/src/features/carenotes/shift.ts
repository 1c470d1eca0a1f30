import dayjs from 'dayjs';
import type { Shift } from './hooks';

/** The shift the clock is in: 07–14 morning (pagi), 14–21 afternoon (siang), otherwise night (malam). */
export function shiftAt(when: Date = new Date()): Shift {
  const hour = when.getHours();
  if (hour >= 7 && hour < 14) return 'morning';
  if (hour >= 14 && hour < 21) return 'afternoon';
  return 'night';
}

/** The night shift (21.00–07.00) belongs to the day it began: at 02.00 the shift day is yesterday. */
export function shiftDayAt(when: Date = new Date()): string {
  const day = dayjs(when);
  return (when.getHours() < 7 ? day.subtract(1, 'day') : day).format('YYYY-MM-DD');
}

/** Today on this computer, as the channels want it (YYYY-MM-DD). */
export const todayIso = () => dayjs().format('YYYY-MM-DD');

/** The time now as HH.mm (main accepts HH.mm or HH:mm), for the optional time of a note. */
export const nowTime = () => dayjs().format('HH.mm');

/** "08:30" → "08.30" in Indonesian, as times are written there. */
export const showTime = (time: string | null, lang: 'id' | 'en') => (time ? (lang === 'id' ? time.replace(':', '.') : time) : '');
