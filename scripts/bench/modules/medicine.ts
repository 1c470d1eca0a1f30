import { MarSaveInput } from '../../../src-main/contract';
import { marDay, saveMar } from '../../../src-main/features/medicine/mar.service';
import type { Actor } from '../../../src-main/lib/actor';
import type { BenchContext, BenchModule } from '../harness';
import { nowIso } from '../../../src-main/lib/time';
import { nowMs } from '../../../src-main/lib/clock';

/**
 * The day's MAR for 200 residents, each with three scheduled doses (07:00, 13:00, 19:00) and an as-needed
 * medicine: opening it (marDay: presence, prescriptions in force, the day's records, usable stock) and
 * saving all 600 doses as given in one transaction (saveMar: checks, 600 MAR rows, FEFO stock issue per
 * dose with its movement row, the audit row). Raw better-sqlite3 does the same reads and writes by hand.
 * Every save run takes a fresh past date (app and raw each their own), so each run records a whole day.
 */

const RESIDENTS = 200;
const TIMES = ['07:00', '13:00', '19:00'];
const DAYS_BACK = 400;

const isoDaysAgo = (days: number) => new Date(nowMs() - days * 86_400_000).toISOString().slice(0, 10);

interface Fixture {
  actor: Actor;
  homeId: number;
  scheduled: { prescriptionId: number; time: string }[];
}

/** A home with 200 residents present over the whole window, a catalogue with deep stock, and their prescriptions. */
function fixture(ctx: BenchContext): Fixture {
  const db = ctx.raw;
  const home = db.prepare("SELECT home_id AS homeId, count(*) AS n FROM residents WHERE status = 'active' GROUP BY home_id ORDER BY n DESC LIMIT 1").get() as { homeId: number } | undefined;
  if (!home) throw new Error('the dataset has no residents: regenerate it (npm run bench -- --regenerate)');
  const carer = db.prepare("SELECT id, username FROM users WHERE home_id = ? AND role IN ('caregiver','admin') AND active = 1 ORDER BY role = 'caregiver' DESC, id LIMIT 1").get(home.homeId) as { id: number; username: string };
  const since = isoDaysAgo(DAYS_BACK);
  const now = nowIso();
  const ids: number[] = [];
  db.transaction(() => {
    // Residents active since before the window (latest status change is an admission on or before it).
    const steady = db
      .prepare(
        `SELECT r.id FROM residents r WHERE r.home_id = ? AND r.status = 'active'
         AND NOT EXISTS (SELECT 1 FROM resident_status_changes c WHERE c.resident_id = r.id AND c.effective_date > ?) ORDER BY r.id LIMIT ?`,
      )
      .all(home.homeId, since, RESIDENTS) as { id: number }[];
    ids.push(...steady.map((r) => r.id));
    const addResident = db.prepare(
      `INSERT INTO residents (home_id, registration_no, full_name, name_key, sex, pmks_category, admission_date, room, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 2, ?, ?, 'active', ?, ?)`,
    );
    const addChange = db.prepare(
      `INSERT INTO resident_status_changes (home_id, resident_id, from_status, to_status, effective_date, reason, state, created_at)
       VALUES (?, ?, NULL, 'active', ?, 'Bench', 'approved', ?)`,
    );
    for (let i = ids.length; i < RESIDENTS; i++) {
      const name = `Penerima Bench ${i}`;
      const id = Number(addResident.run(home.homeId, `BENCH-${i}`, name, name.toLowerCase(), i % 2 ? 'L' : 'P', since, `Wisma ${i % 8}`, now, now).lastInsertRowid);
      addChange.run(home.homeId, id, since, now);
      ids.push(id);
    }
    const addMedicine = db.prepare("INSERT INTO medicines (home_id, generic_name, form, strength, unit, low_stock_threshold, created_at, updated_at) VALUES (?, ?, 'tablet', '500 mg', 'tablet', 10, ?, ?)");
    const addBatch = db.prepare(
      `INSERT INTO medicine_batches (home_id, medicine_id, batch_no, expiry_date, received_on, quantity_received, on_hand, unit_cost, supplier, created_at)
       VALUES (?, ?, ?, ?, ?, 1000000, 1000000, 100, 'Bench', ?)`,
    );
    const addMove = db.prepare("INSERT INTO medicine_movements (home_id, medicine_id, batch_id, moved_on, kind, quantity, created_at) VALUES (?, ?, ?, ?, 'receipt', 1000000, ?)");
    const medicines: number[] = [];
    for (let m = 0; m < 12; m++) {
      const id = Number(addMedicine.run(home.homeId, `Obat Bench ${m}`, now, now).lastInsertRowid);
      for (let b = 0; b < 3; b++) {
        const batch = Number(addBatch.run(home.homeId, id, `BB-${m}-${b}`, isoDaysAgo(-400 - b * 100), since, now).lastInsertRowid);
        addMove.run(home.homeId, id, batch, since, now);
      }
      medicines.push(id);
    }
    const addRx = db.prepare(
      `INSERT INTO prescriptions (home_id, resident_id, medicine_id, dose, route, times, prn, prn_max_per_day, start_date, prescriber, created_at)
       VALUES (?, ?, ?, 1, 'oral', ?, ?, ?, ?, 'dr. Bench', ?)`,
    );
    ids.forEach((residentId, i) => {
      addRx.run(home.homeId, residentId, medicines[i % 12], JSON.stringify(TIMES), 0, null, since, now);
      addRx.run(home.homeId, residentId, medicines[(i + 5) % 12], '[]', 1, 3, since, now);
    });
  })();
  const scheduled = (
    db.prepare("SELECT id FROM prescriptions WHERE home_id = ? AND prn = 0 AND prescriber = 'dr. Bench' ORDER BY id").all(home.homeId) as { id: number }[]
  ).flatMap((p) => TIMES.map((time) => ({ prescriptionId: p.id, time })));
  db.pragma('wal_checkpoint(PASSIVE)');
  return { actor: { userId: carer.id, username: carer.username, role: 'caregiver', homeId: home.homeId, channel: 'mar.save' }, homeId: home.homeId, scheduled };
}

export const medicineBench: BenchModule = {
  name: 'medicine',
  benchmarks(ctx) {
    const f = fixture(ctx);
    const db = ctx.raw;
    const present = db.prepare(`
      SELECT r.id, r.full_name, r.registration_no, r.room, r.allergies FROM residents r
      JOIN (SELECT resident_id, to_status, row_number() OVER (PARTITION BY resident_id ORDER BY effective_date DESC, id DESC) AS rn
            FROM resident_status_changes WHERE home_id = ? AND state = 'approved' AND effective_date <= ?) s ON s.resident_id = r.id AND s.rn = 1
      WHERE s.to_status = 'active'`);
    const rxRaw = db.prepare(`
      SELECT p.*, m.generic_name, m.strength, m.form, m.unit FROM prescriptions p JOIN medicines m ON m.id = p.medicine_id
      WHERE p.home_id = @h AND p.start_date <= @d AND (p.end_date IS NULL OR p.end_date >= @d) AND (p.stopped_on IS NULL OR p.stopped_on > @d)`);
    const recordsRaw = db.prepare('SELECT * FROM medication_administrations WHERE home_id = ? AND date = ?');
    const stockRaw = db.prepare('SELECT medicine_id, sum(on_hand) AS usable FROM medicine_batches WHERE home_id = ? AND on_hand > 0 AND expiry_date >= ? GROUP BY medicine_id');
    const insertMar = db.prepare(
      `INSERT INTO medication_administrations (home_id, prescription_id, resident_id, date, scheduled_time, status, at_time, quantity, late, recorded_by, recorded_at)
       VALUES (?, ?, ?, ?, ?, 'given', ?, ?, 0, ?, ?)`,
    );
    const batchesRaw = db.prepare('SELECT id, on_hand FROM medicine_batches WHERE medicine_id = ? AND home_id = ? AND on_hand > 0 AND expiry_date >= ? AND received_on <= ? ORDER BY expiry_date, id');
    const takeRaw = db.prepare('UPDATE medicine_batches SET on_hand = on_hand - ? WHERE id = ?');
    const moveRaw = db.prepare("INSERT INTO medicine_movements (home_id, medicine_id, batch_id, moved_on, kind, quantity, administration_id, created_at) VALUES (?, ?, ?, ?, 'dose', ?, ?, ?)");
    const auditRaw = db.prepare("INSERT INTO audit_log (at, user_id, username, home_id, channel, entity, entity_id, action, after_json) VALUES (?, ?, ?, ?, 'mar.save', 'mar', ?, 'record', ?)");
    const today = isoDaysAgo(0);
    let appDay = 1;
    let rawDay = 200;
    const entries = f.scheduled.map((s) => ({ prescriptionId: s.prescriptionId, scheduledTime: s.time, status: 'given' as const, atTime: s.time }));
    const dose = f.scheduled.length;
    return [
      {
        name: `open the day's MAR, ${RESIDENTS} residents`,
        note: `app: marDay (presence, ${dose} scheduled + ${RESIDENTS} PRN doses in force, the day's records, usable stock, grouped and sorted); raw: the same four SELECTs`,
        kind: 'fast',
        app: () => marDay(ctx.app.db, f.actor, { date: today, shift: null }),
        raw: () => [present.all(f.homeId, today), rxRaw.all({ h: f.homeId, d: today }), recordsRaw.all(f.homeId, today), stockRaw.all(f.homeId, today)],
      },
      {
        name: `save the day's MAR, ${dose} doses given`,
        note: `app: saveMar (one transaction: presence, prescriptions, PRN counts, ${dose} MAR rows, FEFO issue + movement per dose, audit); raw: prescriptions SELECT, then per dose INSERT + FEFO SELECT + UPDATE + movement INSERT, audit INSERT`,
        kind: 'slow',
        app: () => saveMar(ctx.app.db, f.actor, MarSaveInput.parse({ date: isoDaysAgo(appDay++), entries })),
        raw: () => {
          const date = isoDaysAgo(rawDay++);
          const at = nowIso();
          db.transaction(() => {
            present.all(f.homeId, date);
            const rx = new Map((rxRaw.all({ h: f.homeId, d: date }) as { id: number; resident_id: number; medicine_id: number; dose: number }[]).map((p) => [p.id, p]));
            for (const e of entries) {
              const p = rx.get(e.prescriptionId)!;
              const id = insertMar.run(f.homeId, p.id, p.resident_id, date, e.scheduledTime, e.atTime, p.dose, f.actor.userId, at).lastInsertRowid;
              let left = p.dose;
              for (const b of batchesRaw.all(p.medicine_id, f.homeId, date, date) as { id: number; on_hand: number }[]) {
                const take = Math.min(left, b.on_hand);
                takeRaw.run(take, b.id);
                moveRaw.run(f.homeId, p.medicine_id, b.id, date, -take, id, at);
                left -= take;
                if (!left) break;
              }
            }
            auditRaw.run(at, f.actor.userId, f.actor.username, f.homeId, date, JSON.stringify({ saved: entries.length }));
          })();
        },
      },
    ];
  },
};
