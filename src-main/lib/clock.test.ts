import { afterEach, describe, expect, it } from 'vitest';
import { addDays, clampDay, dayIn, HOME_TIME_ZONES, instantOf, shiftDayIn, shiftIn, timeIn, type HomeTimeZone } from '../contract/clock';
import { clockFrom, freezeClock, machineHomeZone, now, nowMs, setClock, todayIn } from './clock';

const OFFSET_HOURS: Record<HomeTimeZone, number> = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 };

/** The UTC instant at which the home's wall clock in `zone` shows `day` `time`, computed independently. */
const wall = (zone: HomeTimeZone, day: string, time: string) => new Date(Date.parse(`${day}T${time}:00Z`) - OFFSET_HOURS[zone] * 3600_000);

describe('the one clock', () => {
  let restore: (() => void) | null = null;
  afterEach(() => restore?.());

  it('runs in UTC here, as a server would: the computer zone plays no part', () => {
    expect(process.env.TZ).toBe('UTC');
    expect(new Date(0).getTimezoneOffset()).toBe(0);
    expect(machineHomeZone()).toBeNull();
  });

  it('stands still when frozen, and runs on from a start instant otherwise', async () => {
    restore = freezeClock('2026-12-31T16:59:00.000Z');
    expect(now().toISOString()).toBe('2026-12-31T16:59:00.000Z');
    await new Promise((r) => setTimeout(r, 15));
    expect(nowMs()).toBe(Date.parse('2026-12-31T16:59:00.000Z'));
    restore();
    restore = setClock(clockFrom('2027-01-01T00:00:00.000Z'));
    const first = nowMs();
    await new Promise((r) => setTimeout(r, 15));
    expect(nowMs()).toBeGreaterThan(first);
    expect(nowMs() - Date.parse('2027-01-01T00:00:00.000Z')).toBeLessThan(5_000);
  });

  it("names the computer's zone only when it is one of Indonesia's three (used once, for homes from before the zone)", () => {
    try {
      process.env.TZ = 'Asia/Makassar';
      expect(machineHomeZone()).toBe('Asia/Makassar');
      process.env.TZ = 'Asia/Jayapura';
      expect(machineHomeZone()).toBe('Asia/Jayapura');
      process.env.TZ = 'Europe/Amsterdam';
      expect(machineHomeZone()).toBeNull();
    } finally {
      process.env.TZ = 'UTC';
    }
  });

  it('refuses a start that is not a time', () => {
    expect(() => clockFrom('besok pagi')).toThrow(/Bukan waktu/);
  });

  for (const zone of HOME_TIME_ZONES) {
    describe(zone, () => {
      const cases: { day: string; time: string; today: string; shift: string; shiftDay: string }[] = [
        { day: '2026-11-24', time: '23:59', today: '2026-11-24', shift: 'night', shiftDay: '2026-11-24' },
        { day: '2026-11-25', time: '00:00', today: '2026-11-25', shift: 'night', shiftDay: '2026-11-24' },
        { day: '2026-11-25', time: '06:59', today: '2026-11-25', shift: 'night', shiftDay: '2026-11-24' },
        { day: '2026-11-25', time: '07:00', today: '2026-11-25', shift: 'morning', shiftDay: '2026-11-25' },
        { day: '2026-11-25', time: '14:00', today: '2026-11-25', shift: 'afternoon', shiftDay: '2026-11-25' },
        { day: '2026-11-25', time: '21:00', today: '2026-11-25', shift: 'night', shiftDay: '2026-11-25' },
        // the last day of a month, and the first of the next at night
        { day: '2026-11-30', time: '23:59', today: '2026-11-30', shift: 'night', shiftDay: '2026-11-30' },
        { day: '2026-12-01', time: '02:30', today: '2026-12-01', shift: 'night', shiftDay: '2026-11-30' },
        // the turn of the year
        { day: '2026-12-31', time: '23:59', today: '2026-12-31', shift: 'night', shiftDay: '2026-12-31' },
        { day: '2027-01-01', time: '00:00', today: '2027-01-01', shift: 'night', shiftDay: '2026-12-31' },
        { day: '2027-01-01', time: '06:59', today: '2027-01-01', shift: 'night', shiftDay: '2026-12-31' },
        { day: '2027-01-01', time: '07:00', today: '2027-01-01', shift: 'morning', shiftDay: '2027-01-01' },
        // a leap day
        { day: '2028-02-29', time: '00:00', today: '2028-02-29', shift: 'night', shiftDay: '2028-02-28' },
        { day: '2028-03-01', time: '06:00', today: '2028-03-01', shift: 'night', shiftDay: '2028-02-29' },
      ];
      for (const c of cases) {
        it(`${c.day} ${c.time} on the home's wall clock is day ${c.today}, the ${c.shift} shift of ${c.shiftDay}`, () => {
          const instant = wall(zone, c.day, c.time);
          restore = freezeClock(instant);
          expect(todayIn(zone)).toBe(c.today);
          expect(dayIn(zone, nowMs())).toBe(c.today);
          expect(timeIn(zone, nowMs())).toBe(c.time);
          expect(shiftIn(zone, nowMs())).toBe(c.shift);
          expect(shiftDayIn(zone, nowMs())).toBe(c.shiftDay);
          expect(instantOf(zone, c.day, c.time).getTime()).toBe(instant.getTime());
        });
      }
    });
  }

  it('reads one instant as three different days across Indonesia when it should', () => {
    const instant = Date.parse('2026-12-31T15:30:00.000Z'); // 22.30 WIB, 23.30 WITA, 00.30 WIT on 1 January
    expect(HOME_TIME_ZONES.map((z) => dayIn(z, instant))).toEqual(['2026-12-31', '2026-12-31', '2027-01-01']);
  });

  it('moves and clamps calendar days without any zone', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(clampDay('2026-11-24', '2026-11-25', '2026-11-30')).toBe('2026-11-25');
    expect(clampDay('2026-12-02', '2026-11-25', '2026-11-30')).toBe('2026-11-30');
    expect(clampDay('2026-11-27', null, undefined)).toBe('2026-11-27');
  });
});
