import type Database from 'better-sqlite3';
import type { HomeType, Role } from '../../src-main/contract';
import type { AppDb } from '../../src-main/db/client';
import type { HomeProfile } from '../../src-main/features/homes/homes.service';
import type { Actor } from '../../src-main/lib/actor';
import type { Sex, StaffJob } from './names';
import type { Province } from './places';
import type { Rng } from './rng';
import { setClock } from '../../src-main/lib/clock';

export type DemoScale = 'home' | 'province';

/** A home as planned: its id is the one the database will give it (homes are created in this order). */
export interface DemoHome {
  id: number;
  type: HomeType;
  province: Province;
  regency: string;
  /** The profile the home has today (the last of `profiles`). */
  profile: HomeProfile;
  /** When the home was entered into Sipanti. */
  createdAt: Date;
  /** Periods during which the home was switched off (renovation): nobody of it signs in. */
  inactive: { from: Date; until: Date }[];
}

/** A staff account as planned; `id` is the users.id it gets. */
export interface DemoUser {
  id: number;
  homeId: number | null;
  username: string;
  fullName: string;
  role: Role;
  job: StaffJob;
  sex: Sex;
  birthDate: string;
  /** Account created at; it signs in from the next day. */
  activeFrom: Date;
  /** Deactivated at (left the home); null while still working there. */
  activeUntil: Date | null;
  /** Created by the setup wizard (no password change expected at first log-in). */
  viaSetup: boolean;
}

/** An audit row written by a demo module itself (bulk history), in the shape the services write. */
export interface AuditDraft {
  at: string;
  userId: number | null;
  username: string | null;
  homeId: number | null;
  channel: string;
  entity: string;
  entityId: string | number | null;
  action: string;
  before?: unknown;
  after?: unknown;
}

export interface Timeline {
  /**
   * Runs `run` as if at `when`: the app's one clock (src-main/lib/clock.ts, hence `nowIso()`, every stored
   * stamp and every audit row a service writes) reads `when` while it runs. Use it for the real services.
   */
  at(when: Date, run: (iso: string) => void): void;
  /** Bulk rows written with prepared statements that carry `iso` themselves; no clock change (faster). */
  raw(when: Date, run: (iso: string) => void): void;
}

/** What every demo module receives. */
export interface DemoContext {
  db: AppDb;
  sqlite: Database.Database;
  scale: DemoScale;
  /** Midnight (WIB) at the start of the demo's "today"; history ends before it. */
  today: Date;
  /** The first day of history (the setup wizard ran then). */
  start: Date;
  homes: DemoHome[];
  users: DemoUser[];
  /** This module's own random stream (derived from the seed and the module's name). */
  rng: Rng;
  timeline: Timeline;
  /** Writes one audit row (use inside a `timeline.raw` event). */
  audit(row: AuditDraft): void;
  /** The shared demo password, and its scrypt hash (hashed once; every demo account uses it). */
  password: string;
  passwordHash: string;
  /** The staff of a home with this role whose account was active at `when`. */
  staffOn(homeId: number, role: Role, when: Date): DemoUser[];
  /** The actor a demo user acts as, on `channel`. */
  actorFor(user: DemoUser, channel: string, activeHomeId?: number | null): Actor;
}

/** One feature's demo data. Register it in `modules/index.ts`. */
export interface DemoModule {
  name: string;
  description: string;
  /**
   * Plans the feature's data from `ctx.homes` and `ctx.users` and schedules every dated change on
   * `ctx.timeline`. Undated reference data may be written directly here.
   */
  plan(ctx: DemoContext): void;
  /** After the whole timeline ran (same transaction): derived values, e.g. users.last_login_at. */
  finish?(ctx: DemoContext): void;
}

// --- timeline ---------------------------------------------------------------------------------

interface TimelineEvent {
  t: number;
  seq: number;
  simulated: boolean;
  run: (iso: string) => void;
}

/** Collects every module's events, then runs them in time order so ids and audit rows follow time. */
export class TimelineRunner implements Timeline {
  private readonly events: TimelineEvent[] = [];
  private seq = 0;

  constructor(private readonly end: Date) {}

  at(when: Date, run: (iso: string) => void): void {
    this.push(when, run, true);
  }

  raw(when: Date, run: (iso: string) => void): void {
    this.push(when, run, false);
  }

  private push(when: Date, run: (iso: string) => void, simulated: boolean): void {
    const t = when.getTime();
    if (Number.isNaN(t)) throw new Error('timeline event without a valid date');
    if (t >= this.end.getTime()) return; // no future history
    this.events.push({ t, seq: this.seq++, simulated, run });
  }

  get size(): number {
    return this.events.length;
  }

  /** Runs the events in order; call it inside a transaction. */
  runAll(): number {
    this.events.sort((a, b) => a.t - b.t || a.seq - b.seq);
    for (const event of this.events) {
      const iso = new Date(event.t).toISOString();
      if (event.simulated) withClock(event.t, () => event.run(iso));
      else event.run(iso);
    }
    const count = this.events.length;
    this.events.length = 0;
    return count;
  }
}

/** Runs `fn` with the app's one clock standing at `at`: every stamp and audit row a service writes reads it. */
export function withClock<T>(at: number, fn: () => T): T {
  const restore = setClock(() => at);
  try {
    return fn();
  } finally {
    restore();
  }
}

// --- time helpers (all homes are in WIB, UTC+7) --------------------------------------------------

const WIB_OFFSET_MS = 7 * 3600_000;
export const DAY_MS = 86_400_000;

/** Midnight WIB of the day containing `instant`. */
export function startOfDayWib(instant: Date): Date {
  const shifted = instant.getTime() + WIB_OFFSET_MS;
  return new Date(shifted - (shifted % DAY_MS) - WIB_OFFSET_MS);
}

/** The WIB day containing `day`, at hh:mm:ss WIB. */
export function atWib(day: Date, hours: number, minutes = 0, seconds = 0): Date {
  return new Date(startOfDayWib(day).getTime() + ((hours * 60 + minutes) * 60 + seconds) * 1000);
}

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

/** Day of the week in WIB: 0 Sunday … 6 Saturday. */
export function weekdayWib(day: Date): number {
  return new Date(day.getTime() + WIB_OFFSET_MS).getUTCDay();
}

/** The same WIB midnight `months` calendar months earlier. */
export function monthsBefore(day: Date, months: number): Date {
  const local = new Date(day.getTime() + WIB_OFFSET_MS);
  local.setUTCMonth(local.getUTCMonth() - months);
  return new Date(local.getTime() - WIB_OFFSET_MS);
}

/** The next Monday–Friday on or after `day`. */
export function nextWorkday(day: Date): Date {
  let d = day;
  while (weekdayWib(d) === 0 || weekdayWib(d) === 6) d = addDays(d, 1);
  return d;
}

/** `YYYY-MM-DD` (WIB) of an instant. */
export function wibDate(instant: Date): string {
  return new Date(instant.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}
