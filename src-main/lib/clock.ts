import { clockNowMs, dayIn, homeZoneForOffset, setClockSource, type HomeTimeZone } from '../contract/clock';

/**
 * The one clock of the main process. Every service, guard, report date, schedule and stored timestamp reads
 * the current instant here; nothing else asks the computer (a lint rule keeps it that way). Tests, the demo
 * and the end-to-end server give it a fixed instant instead of depending on the real time.
 */
export const setClock = setClockSource;

/**
 * A clock that starts at `start` and runs on from there in real time (`advance: true`, as a server under test
 * should), or stands still.
 */
export function clockFrom(start: Date | string, { advance = true }: { advance?: boolean } = {}): () => number {
  const startMs = typeof start === 'string' ? Date.parse(start) : start.getTime();
  if (Number.isNaN(startMs)) throw new Error(`Bukan waktu yang sah: ${String(start)}`);
  if (!advance) return () => startMs;
  // eslint-disable-next-line no-restricted-syntax -- a running test clock advances with the real one
  const realStart = Date.now();
  // eslint-disable-next-line no-restricted-syntax -- idem
  return () => startMs + (Date.now() - realStart);
}

/** Sets a fixed instant (standing still) for the rest of a test; returns the restore function. */
export const freezeClock = (at: Date | string) => setClock(clockFrom(at, { advance: false }));

export const nowMs = (): number => clockNowMs();
export const now = (): Date => new Date(clockNowMs());
/** The calendar day of a home in `zone` right now. */
export const todayIn = (zone: HomeTimeZone): string => dayIn(zone, clockNowMs());

/**
 * The zone of the computer running this process, when it is one of Indonesia's three: used once, to give homes
 * that existed before the zone was part of their profile a sensible zone. Never used to learn what day it is.
 */
export function machineHomeZone(): HomeTimeZone | null {
  return homeZoneForOffset(-new Date(clockNowMs()).getTimezoneOffset());
}
