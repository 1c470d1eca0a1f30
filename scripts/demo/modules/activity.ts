import type { StaffJob } from '../names';
import { updateSettings } from '../../../src-main/features/settings/settings.service';
import type { AuditDraft, DemoContext, DemoModule, DemoUser } from '../context';
import { addDays, atWib, DAY_MS, nextWorkday, startOfDayWib, weekdayWib } from '../context';

/**
 * Who used Sipanti when: sign-ins (most staff every working day, caregivers on their shifts, weekends
 * included), the occasional lockout after mistyped passwords and the administrator's reset, the password
 * change a new account makes at its first sign-in, and changes to the application settings.
 *
 * Sign-in rows are written in bulk in exactly the shape `authenticate` writes them (see
 * activity.test.ts), because hashing with scrypt for each of ~300,000 sign-ins would take hours.
 */

/** [chance of signing in on a weekday, on a Saturday or Sunday, earliest hour, latest hour]. */
const HABITS: Record<StaffJob, readonly [number, number, number, number]> = {
  admin: [0.92, 0.04, 7.4, 9.5],
  head: [0.55, 0.02, 8, 10.5],
  bendahara: [0.78, 0.02, 8, 11],
  pptk: [0.45, 0, 8, 11],
  pengasuh: [0.62, 0.5, 0, 0],
  'pramu-sosial': [0.62, 0.5, 0, 0],
  'pekerja-sosial': [0.8, 0.05, 7.5, 10],
  perawat: [0.62, 0.45, 0, 0],
  'pejabat-provinsi': [0.72, 0.03, 7.75, 10],
};

/** Caregivers sign in at the start of their shift: morning, afternoon or night. */
const SHIFTS = [
  [6.75, 0.5],
  [13.75, 0.35],
  [20.75, 0.15],
] as const;

function loginRow(user: DemoUser, at: string): AuditDraft {
  return {
    at,
    userId: user.id,
    username: user.username,
    homeId: user.homeId,
    channel: 'auth.login',
    entity: 'user',
    entityId: user.id,
    action: 'login',
  };
}

/** The audit row `authenticate` writes when a sign-in succeeds. */
export const demoLoginRow = loginRow;

/** The audit row `authenticate` writes when the fifth failed attempt locks the account. */
export function demoLockoutRow(user: DemoUser, at: string, lockedUntil: string): AuditDraft {
  return { ...loginRow(user, at), action: 'lockout', after: { lockedUntil } };
}

function plan(ctx: DemoContext): void {
  const { rng, timeline } = ctx;
  const lastLogin = new Map<number, string>();
  const adminOf = new Map<number, DemoUser>();
  for (const u of ctx.users) if (u.role === 'admin' && u.homeId != null && !adminOf.has(u.homeId)) adminOf.set(u.homeId, u);
  const inactive = new Map(ctx.homes.map((h) => [h.id, h.inactive]));
  const today = ctx.today.getTime();

  for (const user of ctx.users) {
    const [weekday, weekend, from, to] = HABITS[user.job];
    const shiftWorker = from === 0 && to === 0;
    const closed = user.homeId == null ? [] : (inactive.get(user.homeId) ?? []);
    const until = Math.min(today, user.activeUntil?.getTime() ?? today);
    let first = !user.viaSetup;
    for (let day = addDays(startOfDayWib(user.activeFrom), 1); day.getTime() < until; day = addDays(day, 1)) {
      const dow = weekdayWib(day);
      if (!rng.chance(dow === 0 || dow === 6 ? weekend : weekday)) continue;
      if (closed.some((p) => day.getTime() >= p.from.getTime() - DAY_MS && day.getTime() < p.until.getTime())) continue;
      const hour = shiftWorker ? rng.weighted(SHIFTS.map(([h, w]) => [h, w] as const)) + rng.next() * 0.75 : from + rng.next() * (to - from);
      const at = new Date(day.getTime() + Math.floor(hour * 3600_000) + rng.int(0, 59_999));
      if (at.getTime() >= until) continue;
      const iso = at.toISOString();
      const locked = rng.chance(user.role === 'caregiver' ? 0.004 : 0.0015);
      const admin = user.homeId == null ? undefined : adminOf.get(user.homeId);
      const reset = locked && admin !== undefined && admin.id !== user.id && rng.chance(0.3) && admin.activeFrom < at;
      const mustChange = first || reset;
      first = false;
      if (locked) {
        // Five mistyped passwords: the account locks for 15 minutes, then the user comes back.
        const lockedAt = new Date(at.getTime() - 20 * 60_000);
        const lockedUntil = new Date(lockedAt.getTime() + 15 * 60_000).toISOString();
        timeline.raw(lockedAt, (t) => ctx.audit(demoLockoutRow(user, t, lockedUntil)));
        if (reset) {
          timeline.raw(new Date(at.getTime() - 9 * 60_000), (t) =>
            ctx.audit({
              at: t,
              userId: admin.id,
              username: admin.username,
              homeId: user.homeId,
              channel: 'users.resetPassword',
              entity: 'user',
              entityId: user.id,
              action: 'reset-password',
            }),
          );
        }
      }
      timeline.raw(at, (t) => ctx.audit(loginRow(user, t)));
      if (mustChange) {
        // A new or reset account must choose its own password at its first sign-in.
        timeline.raw(new Date(at.getTime() + rng.int(40, 150) * 1000), (t) =>
          ctx.audit({ ...loginRow(user, t), channel: 'auth.changePassword', action: 'change-password' }),
        );
      }
      lastLogin.set(user.id, iso);
    }
  }
  lastLogins.set(ctx, lastLogin);

  // Settings: the administrator tunes the idle lock (installation-wide) a few times.
  const setter = ctx.users.find((u) => u.role === 'province_admin') ?? ctx.users.find((u) => u.role === 'admin')!;
  const changes: [number, number][] =
    ctx.scale === 'home'
      ? [
          [20, 10],
          [130, 30],
          [141, 10],
        ]
      : [
          [30, 10],
          [400, 30],
          [409, 15],
          [800, 10],
        ];
  for (const [days, minutes] of changes) {
    const at = atWib(nextWorkday(addDays(startOfDayWib(setter.activeFrom), days)), 10, rng.int(0, 59), rng.int(0, 59));
    timeline.at(at, () => {
      updateSettings(ctx.db, ctx.actorFor(setter, 'settings.update'), { idleLockMinutes: minutes });
    });
  }
}

const lastLogins = new WeakMap<DemoContext, Map<number, string>>();

export const activityModule: DemoModule = {
  name: 'activity',
  description: 'sign-ins, lockouts, password changes and settings changes',
  plan,
  finish(ctx) {
    const update = ctx.sqlite.prepare('UPDATE users SET last_login_at = ? WHERE id = ?');
    for (const [id, at] of lastLogins.get(ctx) ?? []) update.run(at, id);
  },
};
