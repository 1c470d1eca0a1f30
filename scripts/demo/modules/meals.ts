import { recordPurchase } from '../../../src-main/features/meals/purchases.service';
import type { MealException } from '../../../src-main/contract';
import type { DemoContext, DemoHome, DemoModule } from '../context';
import { addDays, atWib, DAY_MS, nextWorkday, wibDate } from '../context';
import type { Rng } from '../rng';

/**
 * Meals: for every home, a rotating menu, every meal served (one header per day and meal with its
 * counts, plus a row for each resident who did not simply eat it: the same shape `saveService` writes),
 * the daily meal cost index per year, and food purchases through the real `recordPurchase`, so each is
 * spending on the food line the budget demo creates (which leaves that line's spending to this module).
 *   home      the year of history; province  five years per home.
 */

/** The budget demo's food account (Belanja Makanan dan Minuman Penerima Manfaat): purchases are charged to it. */
export const FOOD_ACCOUNT = '5.1.02.01.01.0052';

const MEALS = ['breakfast', 'lunch', 'dinner'] as const;
const BREAKFAST = ['Nasi goreng telur, teh manis', 'Lontong sayur, telur rebus', 'Bubur ayam, teh manis', 'Nasi uduk, tempe orek', 'Roti, telur dadar, susu', 'Mi goreng sayur, teh manis', 'Ketupat gulai paku'];
const LUNCH = [
  'Nasi, rendang, sayur nangka, pisang',
  'Nasi, gulai ikan tongkol, sayur bayam, semangka',
  'Nasi, ayam goreng, sayur asem, pepaya',
  'Nasi, dendeng balado, sayur kol, jeruk',
  'Nasi, ikan bilih goreng, sayur kangkung, pisang',
  'Nasi, opor ayam, tumis buncis, melon',
  'Nasi, telur balado, sayur lodeh, pisang',
];
const DINNER = ['Nasi, tahu tempe bacem, sayur sop', 'Nasi, ikan asam padeh, tumis kacang panjang', 'Nasi, perkedel, sayur bening', 'Nasi, ayam kecap, capcay', 'Nasi, teri balado, sayur labu', 'Nasi, semur daging, sayur wortel', 'Nasi, pindang ikan, tumis sawi'];
const KCAL = { breakfast: [450, 550], lunch: [700, 850], dinner: [600, 750] } as const;
const SUPPLIERS = ['UD Sumber Pangan', 'Toko Beras Sinar Tani', 'CV Aneka Boga', 'Pedagang Pasar Raya (Ibu Ratna)'];
const ITEMS: [string, string, number, number][] = [
  ['Beras', 'kg', 13_500, 0.42],
  ['Telur ayam', 'kg', 28_000, 0.1],
  ['Ayam potong', 'kg', 38_000, 0.14],
  ['Ikan segar', 'kg', 45_000, 0.12],
  ['Sayur-mayur', 'ikat', 6_000, 0.08],
  ['Minyak goreng', 'liter', 18_000, 0.05],
  ['Bumbu dapur', 'paket', 25_000, 0.05],
  ['Buah-buahan', 'kg', 20_000, 0.04],
];
const EXCEPTION_NOTES: Partial<Record<MealException, string[]>> = {
  refused: ['Tidak selera makan', 'Mual', 'Menolak lauk ikan'],
  sick: ['Demam, makan di kamar', 'Dirawat di RSUD', 'Sakit perut'],
  absent: ['Izin pulang ke keluarga', 'Kegiatan di luar panti', 'Sekolah, pulang sore'],
  partly: ['Hanya makan separuh', 'Sakit gigi'],
};

const pad = (n: number) => String(n).padStart(2, '0');
const on = (date: string, hours: number, minutes = 0) => new Date(`${date}T${pad(hours)}:${pad(minutes)}:00+07:00`);

function years(ctx: DemoContext): number[] {
  const last = Number(wibDate(addDays(ctx.today, -1)).slice(0, 4));
  const first = ctx.scale === 'home' ? Number(wibDate(ctx.start).slice(0, 4)) : last - 4;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Who is present at the end of each day of a month, from the approved status changes (as `presentOn` reads them). */
function presenceByDay(ctx: DemoContext, homeId: number, from: string, to: string): Map<string, number[]> {
  const changes = ctx.sqlite
    .prepare(`SELECT resident_id AS r, to_status AS s, effective_date AS d FROM resident_status_changes WHERE home_id = ? AND state = 'approved' AND effective_date <= ? ORDER BY effective_date, id`)
    .all(homeId, to) as { r: number; s: string; d: string }[];
  const status = new Map<number, string>();
  let i = 0;
  const out = new Map<string, number[]>();
  for (let day = new Date(`${from}T00:00:00Z`); day.toISOString().slice(0, 10) <= to; day = new Date(day.getTime() + DAY_MS)) {
    const date = day.toISOString().slice(0, 10);
    while (i < changes.length && changes[i]!.d <= date) status.set(changes[i]!.r, changes[i++]!.s);
    out.set(date, [...status].filter(([, s]) => s === 'active').map(([r]) => r));
  }
  return out;
}

function exceptionFor(rng: Rng): MealException | null {
  if (!rng.chance(0.03)) return null;
  return rng.weighted([
    ['partly', 35],
    ['refused', 20],
    ['absent', 25],
    ['sick', 15],
    ['fasting', 5],
  ] as const);
}

function plan(ctx: DemoContext): void {
  const { rng, timeline } = ctx;
  const todayText = wibDate(ctx.today);
  const span = years(ctx);
  const menu = ctx.sqlite.prepare(`INSERT OR IGNORE INTO meal_menus (home_id, date, meal, dishes, notes, energy_kcal, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const header = ctx.sqlite.prepare(
    `INSERT INTO meal_services (home_id, date, meal, listed, eaten, partly, refused, absent, sick, fasting, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  );
  const exception = ctx.sqlite.prepare(`INSERT INTO meal_exceptions (home_id, service_id, resident_id, status, note) VALUES (?, ?, ?, ?, ?)`);
  const index = ctx.sqlite.prepare(`INSERT OR IGNORE INTO meal_cost_indexes (home_id, year, amount, reference, updated_at) VALUES (?, ?, ?, ?, ?)`);
  const foodLine = ctx.sqlite.prepare(
    `SELECT l.id, l.plan_01, l.plan_02, l.plan_03, l.plan_04, l.plan_05, l.plan_06, l.plan_07, l.plan_08, l.plan_09, l.plan_10, l.plan_11, l.plan_12
     FROM budget_lines l JOIN budget_accounts a ON a.id = l.account_id JOIN budget_years y ON y.id = l.year_id
     WHERE l.home_id = ? AND y.year = ? AND a.code = ?`,
  );

  for (const home of ctx.homes) {
    const first = wibDate(addDays(home.createdAt, 1));
    for (const year of span) {
      // The index of the year (Standar Biaya Umum), entered by the administrator early January.
      const amount = 24_000 + (year - span[0]!) * 1_000 + (home.type === 'PSTW' ? 2_000 : 0);
      const january = atWib(nextWorkday(on(`${year}-01-02`, 0)), 8, 30);
      const indexAt = january.getTime() > home.createdAt.getTime() ? january : new Date(home.createdAt.getTime() + 3_600_000);
      timeline.raw(indexAt, (iso) => index.run(home.id, year, amount, `Pergub Standar Biaya Umum Tahun ${year}`, iso));
      for (let month = 1; month <= 12; month++) {
        const from = `${year}-${pad(month)}-01`;
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const to = `${year}-${pad(month)}-${pad(last)}`;
        if (from >= todayText) continue;
        const end = to < todayText ? to : wibDate(addDays(ctx.today, -1));
        // A month of menus and meal records (bulk rows), written on the evening of its last day.
        if (end >= first) timeline.raw(on(end, 20, 30), () => writeMonth(home, from < first ? first : from, end));
        purchases(home, year, month, from, end);
      }
    }
  }

  function writeMonth(home: DemoHome, from: string, to: string): void {
    const presence = presenceByDay(ctx, home.id, from, to);
    for (const [date, present] of presence) {
      const dayIndex = Math.floor(new Date(`${date}T00:00:00Z`).getTime() / DAY_MS);
      const dishes = { breakfast: BREAKFAST[dayIndex % 7]!, lunch: LUNCH[(dayIndex + 3) % 7]!, dinner: DINNER[(dayIndex + 5) % 7]! };
      for (const meal of MEALS) {
        const cooks = ctx.staffOn(home.id, 'caregiver', on(date, 7));
        const by = cooks.length ? cooks[(dayIndex + MEALS.indexOf(meal)) % cooks.length]! : null;
        menu.run(home.id, date, meal, dishes[meal], null, rng.int(KCAL[meal][0], KCAL[meal][1]), by?.id ?? null, `${date}T00:30:00.000Z`);
        if (present.length === 0) continue;
        const marks: { r: number; s: MealException }[] = [];
        for (const r of present) {
          const s = exceptionFor(rng);
          if (s) marks.push({ r, s });
        }
        const counts = { partly: 0, refused: 0, absent: 0, sick: 0, fasting: 0 };
        for (const m of marks) counts[m.s]++;
        const hour = meal === 'breakfast' ? 0 : meal === 'lunch' ? 6 : 12;
        const id = header.run(home.id, date, meal, present.length, present.length - marks.length, counts.partly, counts.refused, counts.absent, counts.sick, counts.fasting, by?.id ?? null, `${date}T${pad(hour + 1)}:15:00.000Z`)
          .lastInsertRowid as number;
        for (const m of marks) exception.run(home.id, id, m.r, m.s, rng.chance(0.5) ? rng.pick(EXCEPTION_NOTES[m.s] ?? ['']) || null : null);
      }
    }
  }

  /**
   * Market purchases twice a week through the real service, sized on the food line's monthly plan. Those
   * dated before the home joined Sipanti are entered as its backlog, after finance has entered the budget.
   */
  function purchases(home: DemoHome, year: number, month: number, from: string, to: string): void {
    const dates = [1, 5, 8, 12, 15, 19, 22, 26].map((d) => wibDate(nextWorkday(on(`${year}-${pad(month)}-${pad(d)}`, 0)))).filter((d) => d >= from && d <= to);
    const backlogFrom = atWib(nextWorkday(addDays(home.createdAt, 4)), 15, 0);
    dates.forEach((date, n) => {
      const natural = atWib(on(date, 0), 13, rng.int(0, 50));
      const at = natural.getTime() > backlogFrom.getTime() ? natural : new Date(backlogFrom.getTime() + (month * 10 + n) * 20_000);
      timeline.at(at, () => {
        const line = foodLine.get(home.id, year, FOOD_ACCOUNT) as ({ id: number } & Record<string, number>) | undefined;
        const buyer = ctx.staffOn(home.id, 'finance', at)[0];
        if (!line || !buyer) return;
        const target = (line[`plan_${pad(month)}`]! / dates.length) * (0.93 + rng.next() * 0.08);
        const realised = (ctx.sqlite.prepare('SELECT coalesce(sum(amount), 0) AS n FROM spending WHERE line_id = ?').get(line.id) as { n: number }).n;
        const total = ctx.sqlite.prepare('SELECT allocation FROM budget_lines WHERE id = ?').get(line.id) as { allocation: number };
        const budget = Math.min(target, total.allocation - realised);
        if (budget < 200_000) return;
        const items = ITEMS.map(([name, unit, price, share]) => ({ name, unit, unitPrice: Math.round(price * (0.95 + rng.next() * 0.1)), quantity: Math.max(1, Math.floor((budget * share) / price)) }));
        recordPurchase(ctx.db, ctx.actorFor(buyer, 'meals.recordPurchase'), {
          purchasedOn: date,
          supplier: rng.pick(SUPPLIERS),
          proofNo: `${pad(n + 1)}/BM/${pad(month)}/${year}`,
          lineId: line.id,
          items,
          note: null,
          override: null,
        });
      });
    });
  }
}

export const mealsModule: DemoModule = {
  name: 'meals',
  description: 'menus, meals served, the cost index and food purchases',
  plan,
};
