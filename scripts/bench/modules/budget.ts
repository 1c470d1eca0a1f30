import { SpendingListInput } from '../../../src-main/contract';
import { budgetDashboard, costPerResident } from '../../../src-main/features/budget/dashboard.service';
import { buildRealisation } from '../../../src-main/features/budget/realisation.service';
import { createSpending, listSpending } from '../../../src-main/features/budget/spending.service';
import type { Actor } from '../../../src-main/lib/actor';
import type { BenchContext, BenchModule, Benchmark } from '../harness';
import { nowIso } from '../../../src-main/lib/time';
import { RAW_PRESENT_PER_DAY } from './presence-sql';

/**
 * The realisation report (LRA) of a fiscal year holding 100,000 spending rows: one home's year of the
 * dataset is topped up to that many rows (untimed, on the working copy), then the app's buildRealisation
 * (zod-free service: structure, allocations in force, sums per line, roll-up) runs against one
 * hand-written SQL statement that computes every row of the same report, levels included.
 */

export const REPORT_ROWS = 100_000;

interface Fixture {
  actor: Actor;
  /** Every line is past its allocation after the top-up: recording needs the head's approval. */
  head: Actor;
  yearId: number;
  year: number;
  homeId: number;
  lineIds: number[];
}

/** The home with the most spending in the dataset's latest full year, topped up to REPORT_ROWS rows. */
function fixture(ctx: BenchContext): Fixture {
  const pick = ctx.raw
    .prepare(
      `SELECT y.id AS yearId, y.year, y.home_id AS homeId FROM budget_years y
       WHERE y.year < CAST(strftime('%Y', 'now') AS INTEGER)
       ORDER BY y.year DESC, (SELECT count(*) FROM budget_lines l WHERE l.year_id = y.id) DESC LIMIT 1`,
    )
    .get() as { yearId: number; year: number; homeId: number } | undefined;
  if (!pick) throw new Error('the dataset has no budget year: regenerate it (npm run bench -- --regenerate)');
  const lineIds = (ctx.raw.prepare('SELECT id FROM budget_lines WHERE year_id = ? ORDER BY id').all(pick.yearId) as { id: number }[]).map((r) => r.id);
  const finance = ctx.raw.prepare("SELECT id, username FROM users WHERE home_id = ? AND role = 'finance' ORDER BY active DESC, id LIMIT 1").get(pick.homeId) as { id: number; username: string };
  const head = ctx.raw.prepare("SELECT id, username FROM users WHERE home_id = ? AND role = 'head' AND active = 1 ORDER BY id LIMIT 1").get(pick.homeId) as { id: number; username: string };
  const have = (ctx.raw.prepare('SELECT count(*) AS n FROM spending WHERE home_id = ? AND spent_on BETWEEN ? AND ?').get(pick.homeId, `${pick.year}-01-01`, `${pick.year}-12-31`) as { n: number }).n;
  const insert = ctx.raw.prepare(
    `INSERT INTO spending (home_id, line_id, spent_on, amount, description, payee, proof_no, source_type, created_by, created_at)
     VALUES (?, ?, ?, ?, 'Belanja (bench)', 'Penyedia', ?, 'manual', ?, ?)`,
  );
  ctx.raw.transaction(() => {
    for (let i = have; i < REPORT_ROWS; i++) {
      const day = new Date(Date.UTC(pick.year, 0, 1 + (i % 365))).toISOString().slice(0, 10);
      insert.run(pick.homeId, lineIds[i % lineIds.length], day, 1_000 + ((i * 7919) % 250_000), `B-${i}`, finance.id, `${day}T03:00:00.000Z`);
    }
  })();
  ctx.raw.pragma('wal_checkpoint(PASSIVE)');
  return {
    actor: { userId: finance.id, username: finance.username, role: 'finance', homeId: pick.homeId, channel: 'bench' },
    head: { userId: head.id, username: head.username, role: 'head', homeId: pick.homeId, channel: 'spending.record' },
    ...pick,
    lineIds,
  };
}

/** The whole LRA in one statement: lines with their sums, and every level's totals, in report order. */
const RAW_REPORT = `
WITH sums AS (
  SELECT line_id, sum(CASE WHEN spent_on < @from THEN amount ELSE 0 END) AS before, sum(CASE WHEN spent_on >= @from THEN amount ELSE 0 END) AS current
  FROM spending WHERE home_id = @home AND spent_on BETWEEN @start AND @to GROUP BY line_id
), lines AS (
  SELECT l.id, sub.code AS sub, keg.code AS keg, prog.code AS prog, a.code, a.name,
         l.allocation - coalesce((SELECT sum(r.allocation_after - r.allocation_before) FROM budget_revisions r WHERE r.line_id = l.id AND r.revised_on > @to), 0) AS allocation,
         coalesce(s.before, 0) AS before, coalesce(s.current, 0) AS current
  FROM budget_lines l
  JOIN budget_accounts a ON a.id = l.account_id
  JOIN budget_activities sub ON sub.id = l.activity_id
  JOIN budget_activities keg ON keg.id = sub.parent_id
  JOIN budget_activities prog ON prog.id = keg.parent_id
  LEFT JOIN sums s ON s.line_id = l.id
  WHERE l.year_id = @year
), levels AS (
  SELECT prog || '~3' || code AS sortKey, 'line' AS level, code, name, allocation, before, current FROM lines
  UNION ALL SELECT prog || '~2' || sub, 'subkegiatan', sub, NULL, sum(allocation), sum(before), sum(current) FROM lines GROUP BY sub
  UNION ALL SELECT prog || '~1' || keg, 'kegiatan', keg, NULL, sum(allocation), sum(before), sum(current) FROM lines GROUP BY keg
  UNION ALL SELECT prog || '~0', 'program', prog, NULL, sum(allocation), sum(before), sum(current) FROM lines GROUP BY prog
)
SELECT level, code, coalesce(name, (SELECT name FROM budget_activities WHERE year_id = @year AND code = levels.code)) AS name,
       allocation, before, current, before + current AS toDate, allocation - before - current AS remaining,
       CASE WHEN allocation > 0 THEN round((before + current) * 100.0 / allocation, 2) END AS percent
FROM levels ORDER BY sortKey`;

export const budgetBench: BenchModule = {
  name: 'budget',
  benchmarks(ctx) {
    const f = fixture(ctx);
    const report = ctx.raw.prepare(RAW_REPORT);
    const month = (m: number) => ({ from: `${f.year}-${String(m).padStart(2, '0')}-01`, to: `${f.year}-${String(m).padStart(2, '0')}-${m === 12 ? 31 : 30}` });
    const lra = (name: string, from: string, to: string): Benchmark => ({
      name,
      note: `app: buildRealisation(${from}…${to}) over ${REPORT_ROWS.toLocaleString('en-US')} spending rows of one home-year; raw: one hand-written WITH … UNION ALL statement giving the same rows`,
      kind: 'fast',
      app: () => buildRealisation(ctx.app.db, f.actor, { yearId: f.yearId, from, to, details: false }),
      raw: () => report.all({ home: f.homeId, year: f.yearId, start: `${f.year}-01-01`, from, to }),
    });
    const listRaw = ctx.raw.prepare(
      `SELECT s.*, a.code, a.name FROM spending s JOIN budget_lines l ON l.id = s.line_id JOIN budget_accounts a ON a.id = l.account_id
       WHERE s.home_id = ? AND s.spent_on BETWEEN ? AND ? ORDER BY s.spent_on DESC, s.id DESC LIMIT 1000`,
    );
    const countRaw = ctx.raw.prepare('SELECT count(*) AS n, sum(amount) AS total FROM spending WHERE home_id = ? AND spent_on BETWEEN ? AND ?');
    const monthlyRaw = ctx.raw.prepare(
      `SELECT CAST(substr(spent_on, 6, 2) AS INTEGER) AS m, sum(amount) AS total FROM spending WHERE home_id = ? AND spent_on BETWEEN ? AND ? GROUP BY m`,
    );
    const lineRealisedRaw = ctx.raw.prepare(
      `SELECT l.id, l.allocation, s.total FROM budget_lines l
       LEFT JOIN (SELECT line_id, sum(amount) AS total FROM spending WHERE home_id = ? AND spent_on BETWEEN ? AND ? GROUP BY line_id) s ON s.line_id = l.id
       WHERE l.year_id = ?`,
    );
    const insertRaw = ctx.raw.prepare(
      `INSERT INTO spending (home_id, line_id, spent_on, amount, description, payee, proof_no, source_type, created_by, created_at)
       VALUES (?, ?, ?, ?, 'Kertas', 'Toko', 'X-1', 'manual', ?, ?)`,
    );
    const auditRaw = ctx.raw.prepare(
      `INSERT INTO audit_log (at, user_id, username, home_id, channel, entity, entity_id, action, after_json) VALUES (?, ?, ?, ?, 'spending.record', 'spending', ?, 'create', ?)`,
    );
    const remainingRaw = ctx.raw.prepare('SELECT l.allocation - coalesce((SELECT sum(amount) FROM spending WHERE line_id = l.id), 0) AS left FROM budget_lines l WHERE l.id = ?');
    const bigLine = f.lineIds[0]!;
    const presentPerDay = ctx.raw.prepare(RAW_PRESENT_PER_DAY);
    const monthlyLinkedRaw = ctx.raw.prepare(
      `SELECT CAST(substr(spent_on, 6, 2) AS INTEGER) AS m, sum(amount) AS total, coalesce(sum(CASE WHEN resident_id IS NOT NULL THEN amount END), 0) AS linked
       FROM spending WHERE home_id = ? AND spent_on BETWEEN ? AND ? GROUP BY m`,
    );
    const linkedRaw = ctx.raw.prepare(
      `SELECT s.resident_id, r.full_name, r.registration_no, sum(s.amount) AS amount FROM spending s JOIN residents r ON r.id = s.resident_id
       WHERE s.home_id = ? AND s.spent_on BETWEEN ? AND ? GROUP BY s.resident_id HAVING sum(s.amount) <> 0 ORDER BY amount DESC, r.full_name`,
    );
    return [
      {
        name: 'cost per resident, year (resident-days)',
        note: 'app: costPerResident (monthly spending, resident-days from one pass over presence intervals, linked costs); raw: the monthly sums, presence per day in one statement summed by month, the linked costs',
        kind: 'fast',
        app: () => costPerResident(ctx.app.db, f.actor, { yearId: f.yearId, asOf: `${f.year}-12-31` }),
        raw: () => {
          const from = `${f.year}-01-01`;
          const to = `${f.year}-12-31`;
          const byMonth = new Array<number>(13).fill(0);
          for (const r of presentPerDay.all({ home: f.homeId, from, to }) as { d: string; present: number }[]) byMonth[Number(r.d.slice(5, 7))]! += r.present;
          return [byMonth, monthlyLinkedRaw.all(f.homeId, from, to), linkedRaw.all(f.homeId, from, to)];
        },
      },
      lra('LRA December, year of 100k rows', month(12).from, month(12).to),
      lra('LRA Triwulan II, year of 100k rows', `${f.year}-04-01`, `${f.year}-06-30`),
      {
        name: 'budget dashboard, year of 100k rows',
        note: 'app: budgetDashboard (monthly plan vs realised, pace projection per line); raw: the monthly sums and per-line realised by hand',
        kind: 'fast',
        app: () => budgetDashboard(ctx.app.db, f.actor, { yearId: f.yearId, asOf: `${f.year}-12-31` }),
        raw: () => [monthlyRaw.all(f.homeId, `${f.year}-01-01`, `${f.year}-12-31`), lineRealisedRaw.all(f.homeId, `${f.year}-01-01`, `${f.year}-12-31`, f.yearId)],
      },
      {
        name: 'spending list, newest 1000 of 100k',
        note: 'app: listSpending (count, total, 1000 rows with line, account, source, reversal and override joined); raw: count + SELECT … LIMIT 1000',
        kind: 'fast',
        app: () => listSpending(ctx.app.db, f.actor, SpendingListInput.parse({ yearId: f.yearId })),
        raw: () => [countRaw.get(f.homeId, `${f.year}-01-01`, `${f.year}-12-31`), listRaw.all(f.homeId, `${f.year}-01-01`, `${f.year}-12-31`)],
      },
      {
        name: 'record one spending (guarded, audited)',
        note: 'app: createSpending by the head (line check, remaining-allocation guard with override, insert, 2 audit rows, read back); raw: the remaining check, INSERT and audit INSERT in a transaction',
        kind: 'fast',
        app: () => createSpending(ctx.app.db, f.head, { lineId: bigLine, spentOn: `${f.year}-06-15`, amount: 1, description: 'Kertas', payee: 'Toko', proofNo: 'X-1', override: { reason: 'bench' } }),
        raw: () =>
          ctx.raw.transaction(() => {
            remainingRaw.get(bigLine);
            const id = insertRaw.run(f.homeId, bigLine, `${f.year}-06-15`, 1, f.actor.userId, nowIso()).lastInsertRowid;
            auditRaw.run(nowIso(), f.actor.userId, f.actor.username, f.homeId, String(id), JSON.stringify({ id, amount: 1 }));
          })(),
      },
    ];
  },
};
