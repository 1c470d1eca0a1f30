import { sql } from 'drizzle-orm';
import type { AppDb } from '../../db/client';

/** The budget lines of the home's fiscal year `year`: "sub-kegiatan code · account code — account name", with the remaining allocation. */
export function linesForYear(db: AppDb, homeId: number, year: number): { id: number; label: string; remaining: number }[] {
  return db.all<{ id: number; label: string; remaining: number }>(sql`
    SELECT l.id, a.code || ' · ' || acc.code || ' — ' || acc.name || ' (' || a.name || ')' AS label,
           l.allocation - coalesce((SELECT sum(s.amount) FROM spending s WHERE s.line_id = l.id), 0) AS remaining
    FROM budget_lines l
    JOIN budget_years y ON y.id = l.year_id
    JOIN budget_activities a ON a.id = l.activity_id
    JOIN budget_accounts acc ON acc.id = l.account_id
    WHERE l.home_id = ${homeId} AND y.year = ${year}
    ORDER BY a.code, acc.code, l.id`);
}
