import { buildMealReport } from '../../../src-main/features/meals/report.service';
import { saveService } from '../../../src-main/features/meals/service.service';
import type { Actor } from '../../../src-main/lib/actor';
import { RAW_PRESENT_PER_DAY } from './presence-sql';
import type { BenchContext, BenchModule } from '../harness';
import { nowIso } from '../../../src-main/lib/time';

/**
 * Meals at 200 residents: a bench year (years before the dataset's history) in which 200 residents are
 * present every day and every breakfast, lunch and dinner is recorded (~3 % exceptions), inserted untimed
 * on the working copy. Then: saving one meal for all 200 (re-saving replaces it) and the monthly report.
 */

export const RESIDENTS = 200;
const MEALS = ['breakfast', 'lunch', 'dinner'] as const;
const STATUSES = ['partly', 'refused', 'absent', 'sick', 'fasting'] as const;

interface Fixture {
  actor: Actor;
  homeId: number;
  year: number;
  residentIds: number[];
}

function fixture(ctx: BenchContext): Fixture {
  const home = ctx.raw.prepare("SELECT home_id AS homeId, id, username FROM users WHERE role = 'caregiver' AND home_id IS NOT NULL ORDER BY active DESC, id LIMIT 1").get() as
    | { homeId: number; id: number; username: string }
    | undefined;
  if (!home) throw new Error('the dataset has no caregiver: regenerate it (npm run bench -- --regenerate)');
  const earliest = ctx.raw.prepare('SELECT min(effective_date) AS d FROM resident_status_changes WHERE home_id = ?').get(home.homeId) as { d: string | null };
  const year = Number((earliest.d ?? nowIso()).slice(0, 4)) - 2;
  const tag = `BENCH-MEAL-${year}`;
  let ids = (ctx.raw.prepare('SELECT id FROM residents WHERE home_id = ? AND registration_no LIKE ? ORDER BY id').all(home.homeId, `${tag}-%`) as { id: number }[]).map((r) => r.id);
  if (ids.length < RESIDENTS) {
    const resident = ctx.raw.prepare(
      `INSERT INTO residents (home_id, registration_no, full_name, name_key, sex, pmks_category, admission_date, status, special_diet, allergies, exit_date, exit_type, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 2, ?, 'discharged', ?, ?, ?, 'returned_family', ?, ?)`,
    );
    const change = ctx.raw.prepare(`INSERT INTO resident_status_changes (home_id, resident_id, from_status, to_status, exit_type, effective_date, reason, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'approved', ?)`);
    const header = ctx.raw.prepare(
      `INSERT INTO meal_services (home_id, date, meal, listed, eaten, partly, refused, absent, sick, fasting, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const exception = ctx.raw.prepare('INSERT INTO meal_exceptions (home_id, service_id, resident_id, status, note) VALUES (?, ?, ?, ?, ?)');
    ctx.raw.transaction(() => {
      for (let i = 0; i < RESIDENTS; i++) {
        const name = `Penerima Bench ${String(i + 1).padStart(3, '0')}`;
        const id = Number(
          resident.run(home.homeId, `${tag}-${i}`, name, name.toLowerCase(), i % 2 ? 'L' : 'P', `${year}-01-01`, i % 9 === 0 ? 'Rendah garam' : null, i % 13 === 0 ? 'Udang' : null, `${year + 1}-01-01`, `${year}-01-01T01:00:00.000Z`, `${year}-01-01T01:00:00.000Z`).lastInsertRowid,
        );
        change.run(home.homeId, id, null, 'active', null, `${year}-01-01`, 'Penerimaan (bench)', `${year}-01-01T01:00:00.000Z`);
        change.run(home.homeId, id, 'active', 'discharged', 'returned_family', `${year + 1}-01-01`, 'Selesai (bench)', `${year + 1}-01-01T01:00:00.000Z`);
        ids.push(id);
      }
      let seed = 1;
      for (let day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year; day = new Date(day.getTime() + 86_400_000)) {
        const date = day.toISOString().slice(0, 10);
        for (const meal of MEALS) {
          const marks: [number, (typeof STATUSES)[number]][] = [];
          for (const id of ids) {
            seed = (seed * 48271) % 2147483647;
            if (seed % 100 < 3) marks.push([id, STATUSES[seed % STATUSES.length]!]);
          }
          const count = (s: string) => marks.filter((m) => m[1] === s).length;
          const serviceId = header.run(home.homeId, date, meal, ids.length, ids.length - marks.length, count('partly'), count('refused'), count('absent'), count('sick'), count('fasting'), home.id, `${date}T05:00:00.000Z`).lastInsertRowid;
          for (const [id, status] of marks) exception.run(home.homeId, serviceId, id, status, null);
        }
      }
    })();
    ctx.raw.pragma('wal_checkpoint(PASSIVE)');
  }
  ids = ids.slice(0, RESIDENTS);
  return { actor: { userId: home.id, username: home.username, role: 'caregiver', homeId: home.homeId, channel: 'bench' }, homeId: home.homeId, year, residentIds: ids };
}

const PRESENT = `
  SELECT r.id, r.sex, r.birth_date FROM residents r
  JOIN (SELECT resident_id, to_status, row_number() OVER (PARTITION BY resident_id ORDER BY effective_date DESC, id DESC) AS rn
        FROM resident_status_changes WHERE home_id = ? AND state = 'approved' AND effective_date <= ?) latest
    ON latest.resident_id = r.id AND latest.rn = 1
  WHERE latest.to_status = 'active'`;

export const mealsBench: BenchModule = {
  name: 'meals',
  benchmarks(ctx) {
    const f = fixture(ctx);
    const date = `${f.year}-06-15`;
    const month = `${f.year}-06`;
    const exceptions = f.residentIds.slice(0, 12).map((residentId, i) => ({ residentId, status: STATUSES[i % STATUSES.length]!, note: i % 3 ? null : 'Catatan bench' }));
    const present = ctx.raw.prepare(PRESENT);
    const existing = ctx.raw.prepare('SELECT * FROM meal_services WHERE home_id = ? AND date = ? AND meal = ?');
    const oldRows = ctx.raw.prepare('SELECT resident_id, status, note FROM meal_exceptions WHERE service_id = ?');
    const clear = ctx.raw.prepare('DELETE FROM meal_exceptions WHERE service_id = ?');
    const update = ctx.raw.prepare('UPDATE meal_services SET listed = ?, eaten = ?, partly = ?, refused = ?, absent = ?, sick = ?, fasting = ?, recorded_by = ?, recorded_at = ? WHERE id = ?');
    const insert = ctx.raw.prepare('INSERT INTO meal_exceptions (home_id, service_id, resident_id, status, note) VALUES (?, ?, ?, ?, ?)');
    const audit = ctx.raw.prepare(
      `INSERT INTO audit_log (at, user_id, username, home_id, channel, entity, entity_id, action, before_json, after_json) VALUES (?, ?, ?, ?, 'meals.saveService', 'meal_service', ?, 'update', ?, ?)`,
    );
    const services = ctx.raw.prepare('SELECT date, meal, eaten, partly FROM meal_services WHERE home_id = ? AND date BETWEEN ? AND ?');
    const grouped = ctx.raw.prepare(
      `SELECT e.resident_id, r.registration_no, r.full_name, e.status, count(*) AS n FROM meal_exceptions e JOIN meal_services s ON s.id = e.service_id JOIN residents r ON r.id = e.resident_id
       WHERE s.home_id = ? AND s.date BETWEEN ? AND ? GROUP BY e.resident_id, e.status`,
    );
    const presentPerDay = ctx.raw.prepare(RAW_PRESENT_PER_DAY);
    const cost = ctx.raw.prepare('SELECT sum(total) AS total, count(*) AS n FROM food_purchases WHERE home_id = ? AND purchased_on BETWEEN ? AND ? AND cancelled_on IS NULL');
    return [
      {
        name: `save one meal for ${RESIDENTS} residents`,
        note: `app: saveService (presence via presentOn, checks, header + ${exceptions.length} exception rows replacing the previous save, audit with before/after) in one transaction; raw: the same statements by hand`,
        kind: 'fast',
        app: () => saveService(ctx.app.db, f.actor, { date, meal: 'lunch', exceptions, note: null }),
        raw: () =>
          ctx.raw.transaction(() => {
            const ids = new Set((present.all(f.homeId, date) as { id: number }[]).map((r) => r.id));
            for (const e of exceptions) if (!ids.has(e.residentId)) throw new Error('not present');
            const row = existing.get(f.homeId, date, 'lunch') as { id: number };
            const before = oldRows.all(row.id);
            clear.run(row.id);
            const c = (s: string) => exceptions.filter((e) => e.status === s).length;
            update.run(ids.size, ids.size - exceptions.length, c('partly'), c('refused'), c('absent'), c('sick'), c('fasting'), f.actor.userId, nowIso(), row.id);
            for (const e of exceptions) insert.run(f.homeId, row.id, e.residentId, e.status, e.note);
            audit.run(nowIso(), f.actor.userId, f.actor.username, f.homeId, String(row.id), JSON.stringify({ exceptions: before }), JSON.stringify({ exceptions }));
          })(),
      },
      {
        name: `monthly meal report, year of records for ${RESIDENTS} residents`,
        note: 'app: buildMealReport (presence per day from one pass over presence intervals, meals served per day, exceptions per resident, purchases, index); raw: presence per day in one statement, the same other statements prepared once',
        kind: 'fast',
        app: () => buildMealReport(ctx.app.db, f.actor, { month, missedThreshold: 6 }),
        raw: () => {
          const perDay = presentPerDay.all({ home: f.homeId, from: `${month}-01`, to: `${month}-30` }) as { present: number }[];
          const residentDays = perDay.reduce((n, r) => n + r.present, 0);
          return [residentDays, services.all(f.homeId, `${month}-01`, `${month}-30`), grouped.all(f.homeId, `${month}-01`, `${month}-30`), cost.get(f.homeId, `${month}-01`, `${month}-30`)];
        },
      },
    ];
  },
};
