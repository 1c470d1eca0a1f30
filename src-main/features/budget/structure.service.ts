import { and, asc, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { BudgetAccount, BudgetActivity, BudgetLine, BudgetStructure, BudgetYear, FundingSource } from '../../contract';
import { ACTIVITY_LEVEL_LABELS, canonicalActivityCode, codeProblem, FUNDING_SOURCE_LABELS, parentLevelOf, splitEvenly } from '../../contract';
import type { ActivityInput as ActivitySchema, AccountInput as AccountSchema, LineInput as LineSchema } from '../../contract';
import type { AppDb } from '../../db/client';
import { budgetAccounts, budgetActivities, budgetLines, budgetYears } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { AppError, fieldError, notFound } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { homeToday } from '../homes/home-clock';
import { loadLine, loadYear, planColumns, planOf, yearSummary, type LineRecord } from './budget-common';

type ActivityParsed = z.output<typeof ActivitySchema>;
type AccountParsed = z.output<typeof AccountSchema>;
type LineParsed = z.output<typeof LineSchema>;
type ActivityRecord = typeof budgetActivities.$inferSelect;

export function listYears(db: AppDb, actor: Actor): BudgetYear[] {
  const homeId = requireHome(actor);
  return db.select().from(budgetYears).where(eq(budgetYears.homeId, homeId)).orderBy(desc(budgetYears.year)).all().map((y) => yearSummary(db, y));
}

export function createYear(db: AppDb, actor: Actor, input: { year: number }): BudgetYear {
  const homeId = requireHome(actor);
  return db.transaction((tx) => {
    const existing = tx.select().from(budgetYears).where(and(eq(budgetYears.homeId, homeId), eq(budgetYears.year, input.year))).get();
    if (existing) throw new AppError('CONFLICT', `Tahun anggaran ${input.year} sudah ada`, { year: `Tahun anggaran ${input.year} sudah ada` });
    const row = tx.insert(budgetYears).values({ homeId, year: input.year, createdBy: actor.userId, createdAt: nowIso() }).returning().get();
    recordAudit(tx, actor, { entity: 'budget-year', entityId: row.id, action: 'create', after: { year: row.year } });
    return yearSummary(tx, row);
  });
}

const toActivity = (r: ActivityRecord): BudgetActivity => ({ id: r.id, level: r.level as BudgetActivity['level'], parentId: r.parentId, code: r.code, name: r.name });

export function lineRows(db: AppDb, where: SQL): BudgetLine[] {
  const rows = db
    .select({ line: budgetLines, accountCode: budgetAccounts.code, accountName: sql<string>`coalesce(${budgetLines.accountName}, ${budgetAccounts.name})` })
    .from(budgetLines)
    .innerJoin(budgetAccounts, eq(budgetAccounts.id, budgetLines.accountId))
    .where(where)
    .orderBy(asc(budgetAccounts.code), asc(budgetLines.fundingSource))
    .all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.line.id);
  const spent = new Map(
    db
      .all<{ lineId: number; total: number; n: number }>(
        sql`SELECT line_id AS lineId, sum(amount) AS total, count(*) AS n FROM spending WHERE line_id IN (${sql.join(ids, sql`, `)}) GROUP BY line_id`,
      )
      .map((r) => [r.lineId, r]),
  );
  const revisions = new Map(
    db
      .all<{ lineId: number; n: number }>(sql`SELECT line_id AS lineId, count(*) AS n FROM budget_revisions WHERE line_id IN (${sql.join(ids, sql`, `)}) GROUP BY line_id`)
      .map((r) => [r.lineId, r.n]),
  );
  return rows.map(({ line, accountCode, accountName }) => {
    const realised = spent.get(line.id)?.total ?? 0;
    return {
      id: line.id,
      activityId: line.activityId,
      accountId: line.accountId,
      accountCode,
      accountName,
      fundingSource: line.fundingSource as FundingSource,
      allocation: line.allocation,
      plan: planOf(line),
      note: line.note,
      realised,
      remaining: line.allocation - realised,
      spendingCount: spent.get(line.id)?.n ?? 0,
      revisionCount: revisions.get(line.id) ?? 0,
    };
  });
}

export function getStructure(db: AppDb, actor: Actor, yearId: number): BudgetStructure {
  const year = loadYear(db, actor, yearId);
  const activities = db.select().from(budgetActivities).where(eq(budgetActivities.yearId, year.id)).orderBy(asc(budgetActivities.code)).all().map(toActivity);
  return { year: yearSummary(db, year), activities, lines: lineRows(db, eq(budgetLines.yearId, year.id)) };
}

function loadActivity(db: AppDb, homeId: number, id: number): ActivityRecord {
  const row = db.select().from(budgetActivities).where(and(eq(budgetActivities.id, id), eq(budgetActivities.homeId, homeId))).get();
  if (!row) throw notFound('Program/kegiatan');
  return row;
}

export function saveActivity(db: AppDb, actor: Actor, parsed: ActivityParsed): BudgetActivity {
  const homeId = requireHome(actor);
  // Typed as 1.06.04.02.01 or 1.06.04.2.01: stored in the one canonical form, so the two never coexist.
  const input = { ...parsed, code: canonicalActivityCode(parsed.code) };
  return db.transaction((tx) => {
    const year = loadYear(tx, actor, input.yearId);
    const wantedParent = parentLevelOf(input.level);
    let parent: ActivityRecord | null = null;
    if (wantedParent) {
      if (!input.parentId) throw fieldError('parentId', `Pilih ${ACTIVITY_LEVEL_LABELS[wantedParent].toLowerCase()} induknya`);
      parent = loadActivity(tx, homeId, input.parentId);
      if (parent.yearId !== year.id || parent.level !== wantedParent) {
        throw fieldError('parentId', `Induk ${ACTIVITY_LEVEL_LABELS[input.level].toLowerCase()} harus ${ACTIVITY_LEVEL_LABELS[wantedParent].toLowerCase()} pada tahun yang sama`);
      }
    }
    const problem = codeProblem(input.level, input.code, parent?.code);
    if (problem) throw fieldError('code', problem);
    const clash = tx
      .select({ id: budgetActivities.id })
      .from(budgetActivities)
      .where(and(eq(budgetActivities.yearId, year.id), eq(budgetActivities.code, input.code), input.id ? ne(budgetActivities.id, input.id) : undefined))
      .get();
    if (clash) throw new AppError('CONFLICT', `Kode ${input.code} sudah dipakai pada tahun ${year.year}`, { code: `Kode ${input.code} sudah dipakai pada tahun ${year.year}` });

    if (!input.id) {
      const row = tx
        .insert(budgetActivities)
        .values({ homeId, yearId: year.id, parentId: parent?.id ?? null, level: input.level, code: input.code, name: input.name, createdAt: nowIso(), updatedAt: nowIso() })
        .returning()
        .get();
      recordAudit(tx, actor, { entity: 'budget-activity', entityId: row.id, action: 'create', after: toActivity(row) });
      return toActivity(row);
    }
    const before = loadActivity(tx, homeId, input.id);
    if (before.yearId !== year.id || before.level !== input.level) throw new AppError('VALIDATION', 'Tingkat dan tahun anggaran tidak dapat diubah');
    if (before.code !== input.code || before.parentId !== (parent?.id ?? null)) {
      const children = tx.get<{ n: number }>(sql`
        SELECT (SELECT count(*) FROM budget_activities WHERE parent_id = ${before.id}) + (SELECT count(*) FROM budget_lines WHERE activity_id = ${before.id}) AS n`)!.n;
      if (children > 0) throw fieldError('code', 'Kode dan induk tidak dapat diubah karena sudah memiliki rincian di bawahnya');
    }
    const row = tx
      .update(budgetActivities)
      .set({ code: input.code, name: input.name, parentId: parent?.id ?? null, updatedAt: nowIso() })
      .where(eq(budgetActivities.id, before.id))
      .returning()
      .get();
    recordAudit(tx, actor, { entity: 'budget-activity', entityId: row.id, action: 'update', before: toActivity(before), after: toActivity(row) });
    return toActivity(row);
  });
}

/** Only an empty programme, kegiatan or sub-kegiatan (entered by mistake) can be removed. */
export function removeActivity(db: AppDb, actor: Actor, id: number): null {
  const homeId = requireHome(actor);
  return db.transaction((tx) => {
    const before = loadActivity(tx, homeId, id);
    const children = tx.get<{ n: number }>(sql`
      SELECT (SELECT count(*) FROM budget_activities WHERE parent_id = ${id}) + (SELECT count(*) FROM budget_lines WHERE activity_id = ${id}) AS n`)!.n;
    if (children > 0) throw new AppError('CONFLICT', `${ACTIVITY_LEVEL_LABELS[before.level as BudgetActivity['level']]} ini masih memiliki rincian; hapus rinciannya dulu`);
    tx.delete(budgetActivities).where(eq(budgetActivities.id, id)).run();
    recordAudit(tx, actor, { entity: 'budget-activity', entityId: id, action: 'remove', before: toActivity(before) });
    return null;
  });
}

export function listAccounts(db: AppDb, actor: Actor): BudgetAccount[] {
  const homeId = requireHome(actor);
  return db.all<BudgetAccount>(sql`
    SELECT a.id, a.code, a.name, (SELECT count(*) FROM budget_lines l WHERE l.account_id = a.id) AS lineCount
    FROM budget_accounts a WHERE a.home_id = ${homeId} ORDER BY a.code`);
}

export function saveAccount(db: AppDb, actor: Actor, input: AccountParsed): BudgetAccount {
  const homeId = requireHome(actor);
  const problem = codeProblem('account', input.code);
  if (problem) throw fieldError('code', problem);
  return db.transaction((tx) => {
    const clash = tx
      .select({ id: budgetAccounts.id })
      .from(budgetAccounts)
      .where(and(eq(budgetAccounts.homeId, homeId), eq(budgetAccounts.code, input.code), input.id ? ne(budgetAccounts.id, input.id) : undefined))
      .get();
    if (clash) throw new AppError('CONFLICT', `Kode rekening ${input.code} sudah ada`, { code: `Kode rekening ${input.code} sudah ada` });
    if (!input.id) {
      const row = tx.insert(budgetAccounts).values({ homeId, code: input.code, name: input.name, createdAt: nowIso(), updatedAt: nowIso() }).returning().get();
      recordAudit(tx, actor, { entity: 'budget-account', entityId: row.id, action: 'create', after: { code: row.code, name: row.name } });
      return { id: row.id, code: row.code, name: row.name, lineCount: 0 };
    }
    const before = tx.select().from(budgetAccounts).where(and(eq(budgetAccounts.id, input.id), eq(budgetAccounts.homeId, homeId))).get();
    if (!before) throw notFound('Rekening');
    const lineCount = tx.get<{ n: number }>(sql`SELECT count(*) AS n FROM budget_lines WHERE account_id = ${before.id}`)!.n;
    if (before.code !== input.code && lineCount > 0) {
      throw fieldError('code', `Kode rekening sudah dipakai di ${lineCount} baris anggaran; hanya namanya yang dapat diubah`);
    }
    const row = tx.update(budgetAccounts).set({ code: input.code, name: input.name, updatedAt: nowIso() }).where(eq(budgetAccounts.id, before.id)).returning().get();
    // Names are kept per fiscal year: a renamed account is renamed in the years not yet over; a past year prints
    // the name it had.
    const currentYear = Number(homeToday(tx, actor).slice(0, 4));
    const renamed = tx.run(sql`
      UPDATE budget_lines SET account_name = ${input.name}, updated_at = ${nowIso()}
      WHERE account_id = ${before.id} AND year_id IN (SELECT id FROM budget_years WHERE home_id = ${homeId} AND year >= ${currentYear})`).changes;
    recordAudit(tx, actor, {
      entity: 'budget-account',
      entityId: row.id,
      action: 'update',
      before: { code: before.code, name: before.name },
      after: { code: row.code, name: row.name, renamedFromYear: before.name !== row.name ? currentYear : undefined, linesRenamed: renamed },
    });
    return { id: row.id, code: row.code, name: row.name, lineCount };
  });
}

const lineAudit = (l: LineRecord) => ({
  activityId: l.activityId,
  accountId: l.accountId,
  fundingSource: l.fundingSource,
  allocation: l.allocation,
  plan: planOf(l),
  note: l.note,
});

function oneLine(db: AppDb, id: number): BudgetLine {
  return lineRows(db, eq(budgetLines.id, id))[0]!;
}

/**
 * Creates or edits a line. The allocation and plan of a line that already has spending or revisions
 * change only through a revision (perubahan), so that before and after stay on record.
 */
export function saveLine(db: AppDb, actor: Actor, input: LineParsed): BudgetLine {
  const homeId = requireHome(actor);
  return db.transaction((tx) => {
    const activity = loadActivity(tx, homeId, input.activityId);
    if (activity.level !== 'subkegiatan') throw fieldError('activityId', 'Baris anggaran harus berada di bawah sub-kegiatan');
    const account = tx.select().from(budgetAccounts).where(and(eq(budgetAccounts.id, input.accountId), eq(budgetAccounts.homeId, homeId))).get();
    if (!account) throw fieldError('accountId', 'Rekening tidak ditemukan');
    const clash = tx
      .select({ id: budgetLines.id })
      .from(budgetLines)
      .where(
        and(
          eq(budgetLines.activityId, activity.id),
          eq(budgetLines.accountId, account.id),
          eq(budgetLines.fundingSource, input.fundingSource),
          input.id ? ne(budgetLines.id, input.id) : undefined,
        ),
      )
      .get();
    if (clash) {
      const message = `Rekening ${account.code} (${FUNDING_SOURCE_LABELS[input.fundingSource]}) sudah ada di sub-kegiatan ini`;
      throw new AppError('CONFLICT', message, { accountId: message });
    }
    const plan = input.plan ?? splitEvenly(input.allocation);
    const values = { activityId: activity.id, accountId: account.id, fundingSource: input.fundingSource, allocation: input.allocation, ...planColumns(plan), note: input.note };
    if (!input.id) {
      const row = tx
        .insert(budgetLines)
        .values({ ...values, accountName: account.name, homeId, yearId: activity.yearId, createdBy: actor.userId, createdAt: nowIso(), updatedAt: nowIso() })
        .returning()
        .get();
      recordAudit(tx, actor, { entity: 'budget-line', entityId: row.id, action: 'create', after: lineAudit(row) });
      return oneLine(tx, row.id);
    }
    const before = loadLine(tx, actor, input.id);
    if (before.yearId !== activity.yearId) throw fieldError('activityId', 'Baris anggaran tidak dapat dipindah ke tahun lain');
    const spent = tx.get<{ n: number }>(sql`SELECT count(*) AS n FROM spending WHERE line_id = ${before.id}`)!.n;
    const revised = tx.get<{ n: number }>(sql`SELECT count(*) AS n FROM budget_revisions WHERE line_id = ${before.id}`)!.n;
    const moneyChanged = before.allocation !== input.allocation || planOf(before).some((v, i) => v !== plan[i]);
    if (moneyChanged && (spent > 0 || revised > 0)) {
      throw fieldError('allocation', 'Baris ini sudah memiliki realisasi atau perubahan: ubah pagu dan rencananya melalui Perubahan anggaran');
    }
    if (spent > 0 && (before.activityId !== activity.id || before.accountId !== account.id || before.fundingSource !== input.fundingSource)) {
      throw fieldError('accountId', 'Baris ini sudah memiliki realisasi: sub-kegiatan, rekening dan sumber dananya tidak dapat diubah');
    }
    // The year's own name for the account stays, unless the line moves to another account.
    const accountName = before.accountId === account.id ? (before.accountName ?? account.name) : account.name;
    const row = tx.update(budgetLines).set({ ...values, accountName, updatedAt: nowIso() }).where(eq(budgetLines.id, before.id)).returning().get();
    recordAudit(tx, actor, { entity: 'budget-line', entityId: row.id, action: 'update', before: lineAudit(before), after: lineAudit(row) });
    return oneLine(tx, row.id);
  });
}

/** Only a line without spending or revisions (entered by mistake) can be removed. */
export function removeLine(db: AppDb, actor: Actor, id: number): null {
  return db.transaction((tx) => {
    const before = loadLine(tx, actor, id);
    const used = tx.get<{ n: number }>(sql`
      SELECT (SELECT count(*) FROM spending WHERE line_id = ${id}) + (SELECT count(*) FROM budget_revisions WHERE line_id = ${id}) AS n`)!.n;
    if (used > 0) throw new AppError('CONFLICT', 'Baris anggaran yang sudah memiliki realisasi atau perubahan tidak dapat dihapus');
    tx.delete(budgetLines).where(eq(budgetLines.id, id)).run();
    recordAudit(tx, actor, { entity: 'budget-line', entityId: id, action: 'remove', before: lineAudit(before) });
    return null;
  });
}
