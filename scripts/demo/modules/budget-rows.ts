import { createHash } from 'node:crypto';
import type { FUNDING_SOURCES } from '../../../src-main/contract';
import type { DemoContext, DemoHome, DemoUser } from '../context';
import { DEMO_CHART } from './budget-chart';

/** A stand-in for an import file's checksum (the demo imports no file). */
export const demoChecksum = (homeId: number, year: number) => createHash('sha256').update(`sipanti-demo-${homeId}-${year}`).digest('hex');

/** One planned spending; `id` is filled in when its row is written. */
export interface SpendingDraft {
  key: string;
  date: string;
  amount: number;
  payee: string;
  description: string;
  proofNo: string;
  /** Past the remaining allocation, approved by the head. */
  override: { reason: string; allocation: number; remainingBefore: number } | null;
  voidReason: string | null;
  voidedOn: string | null;
  id: number;
  lineId?: number;
}

/** A planned budget line, as the structure writer needs it. */
interface LineDraft {
  key: string;
  subCode: string;
  allocation: number;
  plan: number[];
  chart: { account: string; accountName: string; source?: (typeof FUNDING_SOURCES)[number] };
}

export interface BudgetStatements {
  structure(home: DemoHome, year: number, lines: LineDraft[], accounts: Map<string, number>, ids: Map<string, number>, by: DemoUser, iso: string): void;
  spending(home: DemoHome, lineId: number, draft: SpendingDraft, by: DemoUser, head: DemoUser | null, iso: string): void;
  reversal(home: DemoHome, draft: SpendingDraft, by: DemoUser, iso: string): void;
}

const ACTIVITY_ORDER = DEMO_CHART.flatMap((p) => [
  { code: p.code, name: p.name, level: 'program' as const, parent: null as string | null },
  ...p.kegiatan.flatMap((k) => [
    { code: k.code, name: k.name, level: 'kegiatan' as const, parent: p.code as string | null },
    ...k.subs.map((s) => ({ code: s.code, name: s.name, level: 'subkegiatan' as const, parent: k.code as string | null })),
  ]),
]);

/**
 * Prepared statements writing budget rows and their audit rows exactly as the services do
 * (createYear + commitImport, recordSpending, voidSpending); see budget.test.ts.
 */
export function insertStatements(ctx: DemoContext): BudgetStatements {
  const q = {
    year: ctx.sqlite.prepare('INSERT INTO budget_years (home_id, year, created_by, created_at) VALUES (?, ?, ?, ?)'),
    activity: ctx.sqlite.prepare('INSERT INTO budget_activities (home_id, year_id, parent_id, level, code, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    account: ctx.sqlite.prepare('INSERT INTO budget_accounts (home_id, code, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)'),
    line: ctx.sqlite.prepare(
      `INSERT INTO budget_lines (home_id, year_id, activity_id, account_id, funding_source, allocation, plan_01, plan_02, plan_03, plan_04, plan_05,
       plan_06, plan_07, plan_08, plan_09, plan_10, plan_11, plan_12, note, account_name, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
    ),
    spending: ctx.sqlite.prepare(
      `INSERT INTO spending (home_id, line_id, spent_on, amount, description, payee, proof_no, source_type, source_id, source_label, resident_id,
       reversal_of, override_by, override_reason, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'manual', NULL, NULL, NULL, ?, ?, ?, ?, ?)`,
    ),
  };
  const audit = (by: DemoUser, home: DemoHome, at: string, channel: string, entity: string, entityId: number, action: string, after: unknown, before?: unknown) =>
    ctx.audit({ at, userId: by.id, username: by.username, homeId: home.id, channel, entity, entityId, action, before, after });

  return {
    structure(home, year, lines, accounts, ids, by, iso) {
      const yearId = Number(q.year.run(home.id, year, by.id, iso).lastInsertRowid);
      audit(by, home, iso, 'budget.createYear', 'budget-year', yearId, 'create', { year });
      const used = new Set(lines.map((l) => l.subCode));
      const needed = ACTIVITY_ORDER.filter((a) => (a.level === 'subkegiatan' ? used.has(a.code) : [...used].some((c) => c.startsWith(`${a.code}.`))));
      const activityIds = new Map<string, number>();
      for (const a of needed) {
        const parentId = a.parent ? activityIds.get(a.parent)! : null;
        activityIds.set(a.code, Number(q.activity.run(home.id, yearId, parentId, a.level, a.code, a.name, iso, iso).lastInsertRowid));
      }
      let newAccounts = 0;
      let allocation = 0;
      for (const l of lines) {
        if (!accounts.has(l.chart.account)) {
          accounts.set(l.chart.account, Number(q.account.run(home.id, l.chart.account, l.chart.accountName, iso, iso).lastInsertRowid));
          newAccounts++;
        }
        const id = q.line.run(home.id, yearId, activityIds.get(l.subCode)!, accounts.get(l.chart.account)!, l.chart.source ?? 'apbd', l.allocation, ...l.plan, l.chart.accountName, by.id, iso, iso).lastInsertRowid;
        ids.set(l.key, Number(id));
        allocation += l.allocation;
      }
      const result = { lines: lines.length, activities: needed.length, accounts: newAccounts, allocation };
      audit(by, home, iso, 'budget.importCommit', 'budget-year', yearId, 'import', { year, checksum: demoChecksum(home.id, year), ...result });
    },

    spending(home, lineId, d, by, head, iso) {
      const override = d.override && head ? d.override : null;
      d.lineId = lineId;
      d.id = Number(q.spending.run(home.id, lineId, d.date, d.amount, d.description, d.payee, d.proofNo, null, override ? head!.id : null, override?.reason ?? null, by.id, iso).lastInsertRowid);
      const row = {
        id: d.id,
        homeId: home.id,
        lineId,
        spentOn: d.date,
        amount: d.amount,
        description: d.description,
        payee: d.payee,
        proofNo: d.proofNo,
        sourceType: 'manual',
        sourceId: null,
        sourceLabel: null,
        residentId: null,
        reversalOf: null,
        overrideBy: override ? head!.id : null,
        overrideReason: override?.reason ?? null,
        createdBy: by.id,
      };
      audit(by, home, iso, 'spending.record', 'spending', d.id, 'create', row);
      if (override) {
        const excess = d.amount - override.remainingBefore;
        audit(by, home, iso, 'spending.record', 'spending', d.id, 'override', { approvedBy: head!.id, reason: override.reason, allocation: override.allocation, remainingBefore: override.remainingBefore, amount: d.amount, excess });
      }
    },

    reversal(home, d, by, iso) {
      if (!d.id || !d.lineId || !d.voidedOn || !d.voidReason) return;
      const id = Number(q.spending.run(home.id, d.lineId, d.voidedOn, -d.amount, `Pembatalan: ${d.voidReason}`, d.payee, d.proofNo, d.id, null, null, by.id, iso).lastInsertRowid);
      audit(by, home, iso, 'spending.void', 'spending', d.id, 'void', { reversalId: id, amount: -d.amount, voidedOn: d.voidedOn, reason: d.voidReason }, { amount: d.amount, spentOn: d.date, description: d.description });
    },
  };
}
