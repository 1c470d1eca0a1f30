import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { BudgetRevision, FundingSource, RevisionInput } from '../../contract';
import { dayIn, formatRupiah, splitEvenly } from '../../contract';
import type { AppDb } from '../../db/client';
import { budgetLines, budgetRevisions } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { fieldError } from '../../lib/errors';
import { nowIso } from '../../lib/time';
import { recordAudit } from '../audit/audit.service';
import { assertNotFuture, homeZone } from '../homes/home-clock';
import { loadLine, loadYear, planColumns, planOf, realisedOnLine } from './budget-common';

type RevisionParsed = z.output<typeof RevisionInput>;

/**
 * The plan after a revision when the user gave none: months before the revision keep their amounts, the
 * rest of the new allocation is spread evenly over the revision's month and the months after it.
 */
export function replan(before: number[], allocation: number, revisedOn: string): number[] | null {
  const month = Number(revisedOn.slice(5, 7));
  const past = before.slice(0, month - 1);
  const left = allocation - past.reduce((a, b) => a + b, 0);
  if (left < 0) return null;
  return [...past, ...splitEvenly(left, 13 - month)];
}

/** A revision (perubahan or pergeseran) of one line: before, after and change are kept; audited. */
export function reviseLine(db: AppDb, actor: Actor, input: RevisionParsed): BudgetRevision {
  return db.transaction((tx) => {
    const line = loadLine(tx, actor, input.lineId);
    if (Number(input.revisedOn.slice(0, 4)) !== line.year) throw fieldError('revisedOn', `Tanggal perubahan harus dalam tahun anggaran ${line.year}`);
    assertNotFuture(db, actor, input.revisedOn, 'revisedOn', 'Tanggal perubahan tidak boleh di masa depan');
    const realised = realisedOnLine(tx, line.id);
    if (input.allocation < realised) {
      throw fieldError('allocation', `Pagu baru (${formatRupiah(input.allocation)}) lebih kecil dari realisasi yang sudah tercatat (${formatRupiah(realised)})`);
    }
    const planBefore = planOf(line);
    const planAfter = input.plan ?? replan(planBefore, input.allocation, input.revisedOn);
    if (!planAfter) throw fieldError('plan', 'Pagu baru lebih kecil dari rencana bulan-bulan yang sudah lewat: isi rencana penarikan secara rinci');
    if (input.allocation === line.allocation && planAfter.every((v, i) => v === planBefore[i])) {
      throw fieldError('allocation', 'Tidak ada perubahan pagu maupun rencana penarikan');
    }
    const latest = tx.get<{ d: string | null }>(sql`SELECT max(revised_on) AS d FROM budget_revisions WHERE line_id = ${line.id}`)?.d;
    if (latest && input.revisedOn < latest) throw fieldError('revisedOn', `Baris ini sudah diubah pada ${latest}; perubahan berikutnya tidak boleh bertanggal lebih awal`);
    const row = tx
      .insert(budgetRevisions)
      .values({
        homeId: line.homeId,
        lineId: line.id,
        revisedOn: input.revisedOn,
        allocationBefore: line.allocation,
        allocationAfter: input.allocation,
        planBefore: JSON.stringify(planBefore),
        planAfter: JSON.stringify(planAfter),
        reference: input.reference,
        reason: input.reason,
        createdBy: actor.userId,
        createdAt: nowIso(),
      })
      .returning()
      .get();
    tx.update(budgetLines).set({ allocation: input.allocation, ...planColumns(planAfter), updatedAt: nowIso() }).where(eq(budgetLines.id, line.id)).run();
    recordAudit(tx, actor, {
      entity: 'budget-line',
      entityId: line.id,
      action: 'revise',
      before: { allocation: line.allocation, plan: planBefore },
      after: { allocation: input.allocation, plan: planAfter, change: input.allocation - line.allocation, revisedOn: input.revisedOn, reference: input.reference, reason: input.reason, revisionId: row.id },
    });
    return listRevisionRows(tx, sql`r.id = ${row.id}`)[0]!;
  });
}

interface RevisionRow {
  id: number;
  lineId: number;
  subActivityCode: string;
  subActivityName: string;
  accountCode: string;
  accountName: string;
  fundingSource: FundingSource;
  revisedOn: string;
  allocationBefore: number;
  allocationAfter: number;
  planBefore: string;
  planAfter: string;
  reference: string | null;
  reason: string;
  createdBy: string | null;
  createdAt: string;
}

function listRevisionRows(db: AppDb, where: ReturnType<typeof sql>): BudgetRevision[] {
  return db
    .all<RevisionRow>(sql`
      SELECT r.id, r.line_id AS lineId, s.code AS subActivityCode, s.name AS subActivityName, a.code AS accountCode, coalesce(l.account_name, a.name) AS accountName,
             l.funding_source AS fundingSource, r.revised_on AS revisedOn, r.allocation_before AS allocationBefore,
             r.allocation_after AS allocationAfter, r.plan_before AS planBefore, r.plan_after AS planAfter, r.reference, r.reason,
             u.full_name AS createdBy, r.created_at AS createdAt
      FROM budget_revisions r
      JOIN budget_lines l ON l.id = r.line_id
      JOIN budget_activities s ON s.id = l.activity_id
      JOIN budget_accounts a ON a.id = l.account_id
      LEFT JOIN users u ON u.id = r.created_by
      WHERE ${where}
      ORDER BY r.revised_on DESC, r.id DESC`)
    .map((r) => ({
      ...r,
      change: r.allocationAfter - r.allocationBefore,
      planBefore: JSON.parse(r.planBefore) as number[],
      planAfter: JSON.parse(r.planAfter) as number[],
    }));
}

export function listRevisions(db: AppDb, actor: Actor, yearId: number): BudgetRevision[] {
  const year = loadYear(db, actor, yearId);
  return listRevisionRows(db, sql`l.year_id = ${year.id}`);
}

/**
 * Each line's allocation in force at the end of `date`: the current allocation less every revision dated
 * after it (a March report printed in October shows the budget before the September revision). A line added
 * after that day is not in force yet (left out of the map): the budget as first entered (every line created before the year's
 * first spending was recorded) is the year's original DPA and counts from 1 January; a line created once
 * spending had begun counts from the day it was created, in the home's time zone.
 */
export function allocationsAsOf(db: AppDb, yearId: number, date: string): Map<number, number> {
  const rows = db.all<{ id: number; allocation: number; createdAt: string; homeId: number }>(sql`
    SELECT l.id, l.home_id AS homeId, l.created_at AS createdAt, l.allocation - coalesce((
      SELECT sum(r.allocation_after - r.allocation_before) FROM budget_revisions r WHERE r.line_id = l.id AND r.revised_on > ${date}
    ), 0) AS allocation
    FROM budget_lines l WHERE l.year_id = ${yearId}`);
  const opening = db.get<{ at: string | null }>(sql`
    SELECT min(s.created_at) AS at FROM spending s JOIN budget_lines l ON l.id = s.line_id WHERE l.year_id = ${yearId}`)?.at ?? null;
  const zone = rows.length ? homeZone(db, rows[0]!.homeId) : null;
  const inForce = new Map<number, number>();
  for (const r of rows) {
    const original = opening == null || r.createdAt <= opening;
    const added = original ? null : dayIn(zone!, Date.parse(r.createdAt));
    if (added == null || added <= date) inForce.set(r.id, r.allocation);
  }
  return inForce;
}
