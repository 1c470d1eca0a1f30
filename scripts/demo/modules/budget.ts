import { reviseLine, replan } from '../../../src-main/features/budget/revisions.service';
import type { DemoContext, DemoHome, DemoModule, DemoUser } from '../context';
import { addDays, atWib, DAY_MS, nextWorkday, startOfDayWib, wibDate } from '../context';
import type { Rng } from '../rng';
import { DEMO_CHART, OVERRIDE_REASONS, patternWeights, VOID_REASONS, type ChartLine } from './budget-chart';
import { insertStatements, type BudgetStatements, type SpendingDraft } from './budget-rows';
import { FOOD_ACCOUNT } from './meals';

/**
 * Budgets and their realisation: for every home and fiscal year, the structure as finance imports it
 * (two programmes, ~20 lines, each with a disbursement plan), spending against it week by week (bulk rows
 * in exactly the shape `recordSpending` writes, see budget.test.ts), a revision (perubahan APBD, through
 * the real `reviseLine`), a few voids and the occasional head-approved overrun.
 *   home      the fiscal years the year of history touches (the first one entered as a backlog);
 *   province  five fiscal years per home; years before a home joined Sipanti are entered as its history.
 */

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

interface PlannedLine {
  key: string;
  chart: ChartLine;
  subCode: string;
  allocation: number;
  plan: number[];
  /** How fast this line is spent against its plan this year (1 = on plan). */
  pace: number;
}

/** Whole-rupiah amounts in the pattern's months, rounded to thousands, adding up to `total`. */
function planFor(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const plan = weights.map((w) => Math.floor((total * w) / sum / 1000) * 1000);
  const last = weights.map((w) => w > 0).lastIndexOf(true);
  plan[last]! += total - plan.reduce((a, b) => a + b, 0);
  return plan;
}

const roundTo = (n: number, step: number) => Math.max(step, Math.round(n / step) * step);

function fiscalYears(ctx: DemoContext): number[] {
  const last = Number(wibDate(addDays(ctx.today, -1)).slice(0, 4));
  const first = ctx.scale === 'home' ? Number(wibDate(ctx.start).slice(0, 4)) : last - 4;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** A WIB instant on a date string at an hour. */
const on = (date: string, hours: number, minutes = 0) => new Date(`${date}T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:00+07:00`);

function linesFor(home: DemoHome, year: number, firstYear: number, scale: number, rng: Rng, carried: Set<string>): PlannedLine[] {
  const out: PlannedLine[] = [];
  for (const programme of DEMO_CHART) {
    for (const kegiatan of programme.kegiatan) {
      for (const sub of kegiatan.subs) {
        for (const chart of sub.lines) {
          if (chart.types && !chart.types.includes(home.type)) continue;
          const key = `${sub.code}|${chart.account}|${chart.source ?? 'apbd'}`;
          if (chart.share !== undefined && !carried.has(key)) {
            if (!rng.chance(chart.share)) continue;
            carried.add(key);
          }
          const growth = 1 + 0.05 * (year - firstYear);
          const allocation = roundTo(chart.base * scale * growth * (0.9 + rng.next() * 0.2), 1_000_000);
          // Most lines run close to plan; some lag (under-spending), a few run hot (over-spending).
          const pace = rng.weighted([
            [0.97 + rng.next() * 0.06, 70],
            [0.55 + rng.next() * 0.25, 18],
            [1.08 + rng.next() * 0.1, 12],
          ] as const);
          out.push({ key, chart, subCode: sub.code, allocation, plan: planFor(allocation, patternWeights(chart.pattern)), pace });
        }
      }
    }
  }
  return out;
}

/** The dates of a month's spending on a line (weekdays), by its pattern. */
function datesIn(year: number, month: number, line: PlannedLine, rng: Rng): string[] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = (d: number) => {
    let date = new Date(Date.UTC(year, month - 1, Math.min(days, Math.max(1, d))));
    const step = date.getUTCDate() < days - 2 ? DAY_MS : -DAY_MS; // forward to Monday, or back to Friday at the month's end
    while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date = new Date(date.getTime() + step);
    return date.toISOString().slice(0, 10);
  };
  const pattern = line.chart.pattern;
  if (pattern.kind === 'weekly') return [1, 5, 8, 12, 15, 19, 22, 26].map((d) => day(d + rng.int(0, 2))); // market twice a week
  if (pattern.kind === 'sporadic') return rng.chance(pattern.chance) ? [day(rng.int(3, 26))] : [];
  if (line.plan[month - 1] === 0) return [];
  return pattern.kind === 'monthly' ? [day(rng.int(5, 20))] : [day(rng.int(4, 15)), ...(rng.chance(0.4) ? [day(rng.int(16, 26))] : [])];
}

function plan(ctx: DemoContext): void {
  const { rng, timeline } = ctx;
  const years = fiscalYears(ctx);
  const todayText = wibDate(ctx.today);
  const statements: BudgetStatements = insertStatements(ctx);

  for (const home of ctx.homes) {
    const finances = ctx.users.filter((u) => u.homeId === home.id && u.role === 'finance').sort((a, b) => a.activeFrom.getTime() - b.activeFrom.getTime());
    if (finances.length === 0) continue;
    const firstDay = new Date(Math.max(home.createdAt.getTime(), finances[0]!.activeFrom.getTime()) + DAY_MS);
    const scale = 0.7 + rng.next() * 0.7;
    const carried = new Set<string>();
    const accounts = new Map<string, number>();
    for (const year of years) {
      const lines = linesFor(home, year, years[0]!, scale, rng, carried);
      // Entered on the first workday of the year, or (a year before the home joined) as its history.
      const natural = atWib(nextWorkday(on(`${year}-01-02`, 0)), 9, rng.int(0, 50));
      const structureAt = natural.getTime() > firstDay.getTime() ? natural : atWib(nextWorkday(startOfDayWib(firstDay)), 9, rng.int(0, 50));
      if (wibDate(structureAt) >= todayText) continue;
      const financeAt = (when: Date): DemoUser | undefined => ctx.staffOn(home.id, 'finance', when)[0] ?? finances.find((u) => u.activeFrom <= when);
      const enteredBy = financeAt(structureAt);
      if (!enteredBy) continue;
      const ids = new Map<string, number>();
      timeline.raw(structureAt, (iso) => statements.structure(home, year, lines, accounts, ids, enteredBy, iso));

      // Backlog: what happened before the structure was entered is entered just after it, in date order.
      let backlog = 0;
      const entryTime = (natural: Date, minutes = 0) => {
        if (natural.getTime() > structureAt.getTime() + 30 * 60_000) return natural;
        backlog += 1;
        return new Date(structureAt.getTime() + (30 + minutes) * 60_000 + backlog * 20_000);
      };

      // The revision (perubahan APBD) late September: the meals line grows with the residents, electricity with the tariff.
      const revisedOn = wibDate(nextWorkday(on(`${year}-09-${String(rng.int(16, 26)).padStart(2, '0')}`, 0)));
      const revisions = new Map<string, { allocation: number; plan: number[] }>();
      for (const line of lines) {
        if (line.chart.fedBy) continue; // its spending (another demo module's records) is not known in advance: no cut
        const account = line.chart.account;
        const factor = account === '5.1.02.01.01.0052' ? 1.04 + rng.next() * 0.06 : account === '5.1.02.02.01.0061' ? 1.05 : line.pace < 0.8 && rng.chance(0.5) ? 0.85 : null;
        if (factor === null) continue;
        const allocation = roundTo(line.allocation * factor, 1_000_000);
        const planned = replan(line.plan, allocation, revisedOn);
        if (planned) revisions.set(line.key, { allocation, plan: planned });
      }
      const revisionAt = entryTime(on(revisedOn, 10, rng.int(0, 40)), -15);
      const reviser = financeAt(revisionAt);
      if (reviser && revisedOn < todayText) {
        timeline.at(revisionAt, () => {
          for (const [key, change] of revisions) {
            const actor = ctx.actorFor(reviser, 'budget.reviseLine');
            reviseLine(ctx.db, actor, { lineId: ids.get(key)!, revisedOn, allocation: change.allocation, plan: change.plan, reference: `DPPA-SKPD Perubahan No. 900/${rng.int(100, 999)}/${year}`, reason: 'Perubahan APBD: penyesuaian kebutuhan penerima manfaat dan tarif' });
          }
        });
      } else revisions.clear();

      // Spending, month by month, within each line's allocation in force (or with the head's approval).
      const drafts: SpendingDraft[] = [];
      const realised = new Map<string, number>();
      let overridden = false;
      for (let month = 1; month <= 12; month++) {
        for (const line of lines) {
          if (line.chart.fedBy) continue; // spent by another demo module (exits, training) through the real services
          if (line.chart.account === FOOD_ACCOUNT) continue; // food is bought through the meals module's purchases
          const dates = datesIn(year, month, line, rng);
          if (dates.length === 0) continue;
          const target = (line.chart.pattern.kind === 'sporadic' ? line.allocation / 12 / 0.4 : line.plan[month - 1]!) * line.pace;
          for (const date of dates) {
            if (date >= todayText) continue;
            let amount = roundTo((target / dates.length) * (0.9 + rng.next() * 0.2), 100);
            const change = revisions.get(line.key);
            // Before a cut, spending already keeps within the lower allocation (the revision cannot go below what was spent).
            const cut = change !== undefined && change.allocation < line.allocation;
            const allocation = change && (date >= revisedOn || cut) ? change.allocation : line.allocation;
            const remaining = allocation - (realised.get(line.key) ?? 0);
            let override: SpendingDraft['override'] = null;
            if (amount > remaining) {
              if (!overridden && !cut && remaining > 0 && rng.chance(0.5)) {
                override = { reason: rng.pick(OVERRIDE_REASONS), allocation, remainingBefore: remaining };
                overridden = true;
              } else if (remaining >= 100_000) amount = remaining;
              else continue;
            }
            realised.set(line.key, (realised.get(line.key) ?? 0) + amount);
            drafts.push({
              key: line.key,
              date,
              amount,
              payee: rng.pick(line.chart.payees),
              description: line.chart.description.replace('{bulan}', `${MONTHS[month - 1]} ${year}`),
              proofNo: '',
              override,
              voidReason: null,
              voidedOn: null,
              id: 0,
            });
          }
        }
      }
      drafts.sort((a, b) => a.date.localeCompare(b.date));
      // A few are cancelled some days later (never deleted: a reversal row on the day of the void).
      for (let v = rng.int(1, 3); v > 0 && drafts.length > 10; v--) {
        const d = drafts[rng.int(0, drafts.length - 1)]!;
        const voidedOn = wibDate(nextWorkday(addDays(on(d.date, 0), rng.int(3, 12))));
        if (d.voidReason || d.override || voidedOn >= todayText || voidedOn.slice(0, 4) !== String(year)) continue;
        d.voidReason = rng.pick(VOID_REASONS);
        d.voidedOn = voidedOn;
      }
      drafts.forEach((d, i) => {
        d.proofNo = `${String(i + 1).padStart(4, '0')}/BKU/${ROMAN[Number(d.date.slice(5, 7)) - 1]}/${year}`;
        const at = entryTime(atWib(on(d.date, 0), rng.int(11, 15), rng.int(0, 59)), 0);
        const by = financeAt(at);
        if (!by) return;
        const head = d.override ? ctx.staffOn(home.id, 'head', at)[0] : undefined;
        if (d.override && !head) d.override = null;
        timeline.raw(at, (iso) => statements.spending(home, ids.get(d.key)!, d, by, head ?? null, iso));
        if (d.voidedOn) {
          const voidAt = entryTime(atWib(on(d.voidedOn, 0), rng.int(9, 15), rng.int(0, 59)), 1);
          if (voidAt.getTime() > at.getTime()) timeline.raw(voidAt, (iso) => statements.reversal(home, d, financeAt(voidAt) ?? by, iso));
        }
      });
    }
  }
}

export const budgetModule: DemoModule = {
  name: 'budget',
  description: 'fiscal years, budget structure, revisions and spending',
  plan,
};
