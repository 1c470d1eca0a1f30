import Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSpending, voidSpending } from '../../../src-main/features/budget/spending.service';
import { buildRealisation } from '../../../src-main/features/budget/realisation.service';
import type { Actor } from '../../../src-main/lib/actor';
import { sampleBudget } from '../../../tests/helpers/budget';
import { makeCore, ok, setupAndLogin, tempDir, userWithRole } from '../../../tests/helpers/temp-core';
import type { AuditDraft, DemoContext, DemoHome, DemoUser } from '../context';
import { generateDemo, type DemoResult } from '../generate';
import { insertStatements, type SpendingDraft } from './budget-rows';

describe('budget demo rows', () => {
  it('writes spending, overrides and voids in exactly the shape the services write them', async () => {
    const core = makeCore();
    await setupAndLogin(core, 'admin');
    const finance = await userWithRole(core, 'admin', 'finance', 'bendahara');
    await userWithRole(core, 'admin', 'head', 'kepala');
    const b = await sampleBudget(core, finance);
    const info = (await ok(core, finance, 'auth.session'))!;
    const head = core.requireOpened().sqlite.prepare("SELECT id, username FROM users WHERE username = 'kepala'").get() as { id: number; username: string };
    const actor = (channel: string): Actor => ({ userId: info.user.id, username: info.user.username, role: 'finance', homeId: info.activeHome!.id, channel });
    const { sqlite } = core.requireOpened();
    const spendingRow = (id: number) => {
      const { id: _id, created_at: _c, ...rest } = sqlite.prepare('SELECT * FROM spending WHERE id = ?').get(id) as Record<string, unknown>;
      return rest;
    };
    const auditOf = (id: number) =>
      (sqlite.prepare("SELECT channel, entity, action, user_id, username, home_id, before_json, after_json FROM audit_log WHERE entity = 'spending' AND entity_id = ? ORDER BY id").all(String(id)) as Record<string, string | null>[]).map((r): Record<string, unknown> => ({
        ...r,
        before_json: r.before_json ? JSON.parse(r.before_json) : null,
        after_json: r.after_json ? { ...JSON.parse(r.after_json), id: undefined, reversalId: undefined } : null,
      }));

    // The real services: an overrun approved by the head, then a void.
    const lineId = b.lines.atk.id;
    const real = core.db.transaction((tx) =>
      recordSpending(tx, actor('spending.record'), {
        lineId,
        date: '2025-03-04',
        amount: 1_500_000,
        description: 'Kertas',
        payee: 'Toko Sinar Jaya',
        proofNo: '0001/BKU/III/2025',
        source: { type: 'manual', id: null, label: null },
        override: { headUserId: head.id, reason: 'Darurat' },
      }),
    );
    core.db.transaction((tx) => voidSpending(tx, actor('spending.void'), { id: real.id, voidedOn: '2025-03-10', reason: 'Bukti ganda' }));

    // The demo's statements, on the same line.
    const audits: AuditDraft[] = [];
    const ctx = { sqlite, audit: (r: AuditDraft) => audits.push(r) } as unknown as DemoContext;
    const statements = insertStatements({ ...ctx, audit: (r: AuditDraft) => sqlite.prepare(
      'INSERT INTO audit_log (at, user_id, username, home_id, channel, entity, entity_id, action, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(r.at, r.userId, r.username, r.homeId, r.channel, r.entity, String(r.entityId), r.action, r.before == null ? null : JSON.stringify(r.before), r.after == null ? null : JSON.stringify(r.after)) } as DemoContext);
    const home = { id: info.activeHome!.id } as DemoHome;
    const by = { id: info.user.id, username: info.user.username } as DemoUser;
    const draft: SpendingDraft = { key: 'x', date: '2025-03-04', amount: 1_500_000, payee: 'Toko Sinar Jaya', description: 'Kertas', proofNo: '0001/BKU/III/2025', override: { reason: 'Darurat', allocation: 1_200_000, remainingBefore: 1_200_000 }, voidReason: 'Bukti ganda', voidedOn: '2025-03-10', id: 0 };
    statements.spending(home, lineId, draft, by, { id: head.id, username: head.username } as DemoUser, '2025-03-04T05:00:00.000Z');
    statements.reversal(home, draft, by, '2025-03-10T05:00:00.000Z');

    expect({ ...spendingRow(draft.id) }).toEqual(spendingRow(real.id));
    const reversalOf = (id: number) => (sqlite.prepare('SELECT id FROM spending WHERE reversal_of = ?').get(id) as { id: number }).id;
    expect({ ...spendingRow(reversalOf(draft.id)), reversal_of: null }).toEqual({ ...spendingRow(reversalOf(real.id)), reversal_of: null });
    const strip = (rows: ReturnType<typeof auditOf>) => rows.map((r) => ({ ...r, after_json: r.after_json ? { ...(r.after_json as object), lineId: undefined } : null }));
    expect(strip(auditOf(draft.id))).toEqual(strip(auditOf(real.id)));
    expect(auditOf(real.id).map((r) => r.action)).toEqual(['create', 'override', 'void']);
    expect(audits).toEqual([]);
    core.close();
  });
});

describe('budget demo data (home scale)', () => {
  const dir = tempDir('sipanti-budget-demo-');
  let result: DemoResult;
  let db: Database.Database;
  beforeAll(() => {
    result = generateDemo({ dataDir: dir, scale: 'home', today: '2026-06-15' });
    db = new Database(result.databaseFile, { readonly: true });
  }, 120_000);
  afterAll(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('holds a full fiscal year and the current one, each with a revision, spending, voids and an approved overrun at most', () => {
    const years = db.prepare('SELECT y.year, count(DISTINCT l.id) AS lines, sum(l.allocation) AS allocation FROM budget_years y JOIN budget_lines l ON l.year_id = y.id GROUP BY y.id ORDER BY y.year').all() as { year: number; lines: number; allocation: number }[];
    expect(years.map((y) => y.year)).toEqual([2025, 2026]);
    expect(years[0]!.lines).toBeGreaterThanOrEqual(15);
    const spent = db.prepare("SELECT count(*) AS n, min(spent_on) AS first, max(spent_on) AS last FROM spending WHERE spent_on LIKE '2025-%'").get() as { n: number; first: string; last: string };
    expect(spent.n).toBeGreaterThan(200);
    expect(spent.first < '2025-01-15' && spent.last > '2025-12-15').toBe(true);
    expect((db.prepare("SELECT max(spent_on) AS d FROM spending").get() as { d: string }).d < '2026-06-15').toBe(true);
    expect((db.prepare("SELECT count(*) AS n FROM budget_revisions WHERE revised_on LIKE '2025-%'").get() as { n: number }).n).toBeGreaterThanOrEqual(2);
    expect((db.prepare('SELECT count(*) AS n FROM spending WHERE reversal_of IS NOT NULL').get() as { n: number }).n).toBeGreaterThanOrEqual(1);
    // No line past its allocation without the head's approval on record.
    const over = db.prepare(`SELECT l.id FROM budget_lines l JOIN spending s ON s.line_id = l.id GROUP BY l.id
      HAVING sum(s.amount) > l.allocation AND sum(CASE WHEN s.override_by IS NOT NULL THEN 1 ELSE 0 END) = 0`).all();
    expect(over).toEqual([]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('gives a realisation report whose totals match the spending rows', () => {
    const year = db.prepare('SELECT id, home_id AS homeId FROM budget_years WHERE year = 2025').get() as { id: number; homeId: number };
    const copy = tempDir();
    fs.copyFileSync(result.databaseFile, `${copy}/sipanti.db`);
    const app = makeCore({ dataDir: copy });
    const actor: Actor = { userId: 1, username: 'x', role: 'finance', homeId: year.homeId, channel: 'test' };
    const data = buildRealisation(app.db, actor, { yearId: year.id, from: '2025-12-01', to: '2025-12-31', details: false });
    const total = (db.prepare("SELECT sum(amount) AS n FROM spending WHERE spent_on LIKE '2025-%'").get() as { n: number }).n;
    expect(data.total.toDate).toBe(total);
    expect(data.total.percent).toBeGreaterThan(75);
    expect(data.total.percent).toBeLessThan(105);
    app.close();
  });
});
