import { sql } from 'drizzle-orm';
import type { AppDb } from '../../db/client';

/**
 * Presence over a period from one pass over the home's approved status changes (issue 19: no query per day).
 *
 * The rule is `presentOn`'s (census.service.ts): a resident is present at the end of a day when the latest
 * approved status change on or before that day (by effective date, then id) made them active. Walking each
 * resident's changes in that order gives the intervals of days on which they were present; counting those
 * intervals per day gives resident-days for cost per resident, the meal report and the census alike.
 */
export interface PresenceInterval {
  residentId: number;
  /** First day present (the effective date of the change that made the resident active). */
  from: string;
  /** First day no longer present (the effective date of the exit), or null if still present. */
  until: string | null;
}

/** Days since 1970-01-01 of an ISO date: calendar arithmetic only (no clock, no time zone). */
function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The ISO dates from `from` to `to`, both included (empty when `to` is before `from`). */
export function daysBetween(from: string, to: string): string[] {
  const first = dayNumber(from);
  const last = dayNumber(to);
  const days: string[] = [];
  for (let d = first; d <= last; d++) days.push(isoOfDay(d));
  return days;
}

/** Every interval of presence in the home that starts on or before `upTo`: one SQL statement. */
export function presenceIntervals(db: AppDb, homeId: number, upTo: string): PresenceInterval[] {
  const changes = db.all<{ residentId: number; toStatus: string; effectiveDate: string }>(sql`
    SELECT resident_id AS residentId, to_status AS toStatus, effective_date AS effectiveDate
    FROM resident_status_changes
    WHERE home_id = ${homeId} AND state = 'approved' AND effective_date <= ${upTo}
    ORDER BY resident_id, effective_date, id`);
  const intervals: PresenceInterval[] = [];
  let open: PresenceInterval | null = null;
  let resident = -1;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (change.residentId !== resident) {
      if (open) intervals.push(open);
      open = null;
      resident = change.residentId;
    }
    // Several changes on one day: only the last one (by id) decides the end of that day.
    const next = changes[i + 1];
    if (next && next.residentId === resident && next.effectiveDate === change.effectiveDate) continue;
    const active = change.toStatus === 'active';
    if (active && !open) open = { residentId: resident, from: change.effectiveDate, until: null };
    else if (!active && open) {
      intervals.push({ ...open, until: change.effectiveDate });
      open = null;
    }
  }
  if (open) intervals.push(open);
  return intervals;
}

/** How many residents were present at the end of each day from `from` to `to` (both included), in order. */
export function presentPerDay(intervals: readonly PresenceInterval[], from: string, to: string): number[] {
  const first = dayNumber(from);
  const length = Math.max(0, dayNumber(to) - first + 1);
  const delta = new Array<number>(length + 1).fill(0);
  for (const interval of intervals) {
    const start = Math.max(0, dayNumber(interval.from) - first);
    const end = Math.min(length, interval.until === null ? length : dayNumber(interval.until) - first);
    if (start >= end) continue;
    delta[start]! += 1;
    delta[end]! -= 1;
  }
  const counts = new Array<number>(length);
  let running = 0;
  for (let d = 0; d < length; d++) counts[d] = running += delta[d]!;
  return counts;
}

/** Residents present at the end of each day of the period, from one query: `presentPerDay` over the home's intervals. */
export function dailyPresence(db: AppDb, homeId: number, from: string, to: string): number[] {
  if (to < from) return [];
  return presentPerDay(presenceIntervals(db, homeId, to), from, to);
}
