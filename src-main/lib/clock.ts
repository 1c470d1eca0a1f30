import { dayIn, homeZoneForOffset, type HomeTimeZone } from '../contract/clock';

/**
 * The one clock of the main process. Every service, guard, report date, schedule and stored timestamp reads
 * the current instant here; nothing else asks the computer (a lint rule keeps it that way). Tests, the demo
 * and the end-to-end server give it a fixed instant instead of depending on the real time.
 */
let source: () => number = () => Date.now();

/** Replaces the clock's source; returns a function that puts the previous one back. */
export function setClock(next: () => number): () => void {
  const previous = source;
  source = next;
  return () => {
    source = previous;
  };
}

/**
 * A clock that starts at `start` and runs on from there in real time (`advance: true`, as a server under test
 * should), or stands still.
 */
export function clockFrom(start: Date | string, { advance = true }: { advance?: boolean } = {}): () => number {
  const startMs = typeof start === 'string' ? Date.parse(start) : start.getTime();
  if (Number.isNaN(startMs)) throw new Error(`Bukan waktu yang sah: ${String(start)}`);
  if (!advance) return () => startMs;
  const realStart = Date.now();
  return () => startMs + (Date.now() - realStart);
}

/** Sets a fixed instant (standing still) for the rest of a test; returns the restore function. */
export const freezeClock = (at: Date | string) => setClock(clockFrom(at, { advance: false }));

export const nowMs = (): number => source();
export const now = (): Date => new Date(source());
/** The calendar day of a home in `zone` right now. */
export const todayIn = (zone: HomeTimeZone): string => dayIn(zone, source());

/**
 * The zone of the computer running this process, when it is one of Indonesia's three: used once, to give homes
 * that existed before the zone was part of their profile a sensible zone. Never used to learn what day it is.
 */
export function machineHomeZone(): HomeTimeZone | null {
  return homeZoneForOffset(-new Date(source()).getTimezoneOffset());
}
