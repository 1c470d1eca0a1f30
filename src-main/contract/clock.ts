import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/**
 * The three time zones of Indonesia. A home's calendar day, its shifts and its report dates are read in its
 * own zone, never in the zone of the computer that happens to run the server or show the page.
 */
export const HOME_TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type HomeTimeZone = (typeof HOME_TIME_ZONES)[number];
export const DEFAULT_TIME_ZONE: HomeTimeZone = 'Asia/Jakarta';

/**
 * The source of the current instant for everything that runs on either side (the contract's own rules too).
 * Main's clock (src-main/lib/clock.ts) and the renderer's (lib/home-clock.ts) set it; tests give it a fixed instant.
 */
// eslint-disable-next-line no-restricted-syntax -- the one place that reads the computer's clock
let source: () => number = () => Date.now();

/** Replaces the clock's source; returns a function that puts the previous one back. */
export function setClockSource(next: () => number): () => void {
  const previous = source;
  source = next;
  return () => {
    source = previous;
  };
}

export const clockNowMs = (): number => source();

export const ZONE_ABBREVIATION: Record<HomeTimeZone, 'WIB' | 'WITA' | 'WIT'> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** Indonesia has kept fixed offsets without daylight saving since 1964, so an offset is exact. */
const OFFSET_MINUTES: Record<HomeTimeZone, number> = { 'Asia/Jakarta': 420, 'Asia/Makassar': 480, 'Asia/Jayapura': 540 };

export const isHomeTimeZone = (value: unknown): value is HomeTimeZone => HOME_TIME_ZONES.includes(value as HomeTimeZone);

/** The zone whose offset (minutes east of UTC) this is, or null when it is none of the three. */
export const homeZoneForOffset = (minutesEast: number): HomeTimeZone | null =>
  HOME_TIME_ZONES.find((zone) => OFFSET_MINUTES[zone] === minutesEast) ?? null;

/** An instant seen on the home's wall clock. */
export const zoned = (instant: Date | number | string, zone: HomeTimeZone): Dayjs => dayjs(instant).utcOffset(OFFSET_MINUTES[zone]);

/** The home's calendar day (YYYY-MM-DD) at that instant. */
export const dayIn = (zone: HomeTimeZone, instant: Date | number): string => zoned(instant, zone).format('YYYY-MM-DD');

/** The home's wall-clock time (HH:mm) at that instant. */
export const timeIn = (zone: HomeTimeZone, instant: Date | number): string => zoned(instant, zone).format('HH:mm');

/** The instant at which a wall-clock time on a day begins in the home's zone (`2026-12-08`, `05:30` → UTC). */
export const instantOf = (zone: HomeTimeZone, day: string, time = '00:00'): Date =>
  new Date(Date.parse(`${day}T${time}:00Z`) - OFFSET_MINUTES[zone] * 60_000);

/** A calendar day moved by whole days, with no time zone involved. */
export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export type CareShift = 'morning' | 'afternoon' | 'night';

/** The shift the home's clock is in: 07–14 morning (pagi), 14–21 afternoon (siang), otherwise night (malam). */
export function shiftIn(zone: HomeTimeZone, instant: Date | number): CareShift {
  const hour = zoned(instant, zone).hour();
  if (hour >= 7 && hour < 14) return 'morning';
  if (hour >= 14 && hour < 21) return 'afternoon';
  return 'night';
}

/** The night shift (21.00–07.00) belongs to the day it began: at 02.00 the shift's day is yesterday. */
export function shiftDayIn(zone: HomeTimeZone, instant: Date | number): string {
  const local = zoned(instant, zone);
  const day = local.format('YYYY-MM-DD');
  return local.hour() < 7 ? addDays(day, -1) : day;
}

/** A day held inside [from, to] (either bound may be absent): the nearest day a form would accept. */
export function clampDay(day: string, from?: string | null, to?: string | null): string {
  if (from && day < from) return from;
  if (to && day > to) return to;
  return day;
}
