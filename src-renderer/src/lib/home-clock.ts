import dayjs, { type Dayjs } from 'dayjs';
import {
  addDays,
  clockNowMs,
  setClockSource,
  DEFAULT_TIME_ZONE,
  dayIn,
  shiftDayIn,
  shiftIn,
  timeIn,
  ZONE_ABBREVIATION,
  zoned,
  type CareShift,
  type HomeTimeZone,
} from '@contract';

/**
 * The renderer's one clock: the instant follows the server's (the offset is learned from each session answer)
 * and the calendar day, time and shift are read in the home's zone, so "today" on every page agrees with main's
 * guards even on a workstation whose own clock or zone is set wrong. Nothing else reads the workstation's clock.
 */
let zone: HomeTimeZone = DEFAULT_TIME_ZONE;
let offsetMs = 0;
// eslint-disable-next-line no-restricted-syntax -- the one place that reads this workstation's clock
setClockSource(() => Date.now() + offsetMs);

export function syncHomeClock(info: { timeZone: HomeTimeZone; serverNow: string }): void {
  zone = info.timeZone;
  const server = Date.parse(info.serverNow);
  // eslint-disable-next-line no-restricted-syntax -- the offset between the server's clock and this workstation's
  if (!Number.isNaN(server)) offsetMs = server - Date.now();
}

export const homeTimeZone = (): HomeTimeZone => zone;
export const zoneLabel = (): string => ZONE_ABBREVIATION[zone];
export const homeNowMs = (): number => clockNowMs();
export const homeNow = (): Date => new Date(homeNowMs());
/** Now on the home's wall clock, as a dayjs for formatting and arithmetic. */
export const homeNowDayjs = (): Dayjs => zoned(homeNowMs(), zone);
/** The home's calendar day (YYYY-MM-DD). */
export const homeToday = (): string => dayIn(zone, homeNowMs());
export const homeDaysFromToday = (days: number): string => addDays(homeToday(), days);
/** The home's wall-clock time, HH:mm. */
export const homeTime = (): string => timeIn(zone, homeNowMs());
export const homeShift = (): CareShift => shiftIn(zone, homeNowMs());
/** The day the current care shift began (the night shift belongs to the evening it started). */
export const homeShiftDay = (): string => shiftDayIn(zone, homeNowMs());
/** The home's month now, YYYY-MM. */
export const homeMonth = (): string => homeToday().slice(0, 7);
export const homeYear = (): number => Number(homeToday().slice(0, 4));
/** A calendar day as a Date at local midnight, for date pickers (which think in the workstation's zone). */
export const pickerDate = (day: string): Date => dayjs(day).toDate();
