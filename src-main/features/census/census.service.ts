import dayjs from 'dayjs';
import { sql } from 'drizzle-orm';
import type { CensusData, CensusMovementRow, SexCount } from '../../contract';
import { AGE_GROUPS, EXIT_TYPE_LABELS, PMKS_CATEGORIES, REFERRAL_LABELS } from '../../contract';
import type { AppDb } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { ageOn } from '../residents/residents-list.service';

interface PresentRow {
  id: number;
  sex: 'L' | 'P';
  birthDate: string | null;
  pmksCategory: number;
  originRegency: string | null;
}

/**
 * Residents present in the home at the end of `date`: their latest approved status change on or before
 * that day made them active. Exits take effect on their date; readmissions count again.
 */
export function presentOn(db: AppDb, homeId: number, date: string): PresentRow[] {
  return db.all<PresentRow>(sql`
    SELECT r.id, r.sex, r.birth_date AS birthDate, r.pmks_category AS pmksCategory, r.origin_regency AS originRegency
    FROM residents r
    JOIN (
      SELECT resident_id, to_status,
             row_number() OVER (PARTITION BY resident_id ORDER BY effective_date DESC, id DESC) AS rn
      FROM resident_status_changes
      WHERE home_id = ${homeId} AND state = 'approved' AND effective_date <= ${date}
    ) latest ON latest.resident_id = r.id AND latest.rn = 1
    WHERE latest.to_status = 'active'`);
}

function countBySex<T>(rows: T[], keyOf: (row: T) => string, sexOf: (row: T) => 'L' | 'P', labelOf: (key: string) => string, order?: string[]): SexCount[] {
  const counts = new Map<string, SexCount>();
  for (const key of order ?? []) counts.set(key, { key, label: labelOf(key), L: 0, P: 0, total: 0 });
  for (const row of rows) {
    const key = keyOf(row);
    const entry = counts.get(key) ?? { key, label: labelOf(key), L: 0, P: 0, total: 0 };
    entry[sexOf(row)] += 1;
    entry.total += 1;
    counts.set(key, entry);
  }
  const list = [...counts.values()];
  return order ? list : list.sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
}

interface ChangeRow {
  registrationNo: string;
  fullName: string;
  sex: 'L' | 'P';
  fromStatus: string | null;
  toStatus: string;
  exitType: string | null;
  effectiveDate: string;
  reason: string;
  referralSource: string | null;
}

export function buildCensus(db: AppDb, actor: Actor, from: string, to: string): CensusData {
  const homeId = requireHome(actor);
  const atEnd = presentOn(db, homeId, to);
  const atStart = presentOn(db, homeId, dayjs(from).subtract(1, 'day').format('YYYY-MM-DD'));
  const changes = db.all<ChangeRow>(sql`
    SELECT r.registration_no AS registrationNo, r.full_name AS fullName, r.sex, c.from_status AS fromStatus,
           c.to_status AS toStatus, c.exit_type AS exitType, c.effective_date AS effectiveDate, c.reason,
           r.referral_source AS referralSource
    FROM resident_status_changes c JOIN residents r ON r.id = c.resident_id
    WHERE c.home_id = ${homeId} AND c.state = 'approved' AND c.effective_date BETWEEN ${from} AND ${to}
    ORDER BY c.effective_date, c.id`);
  const admissions = changes.filter((c) => c.toStatus === 'active');
  const exits = changes.filter((c) => c.toStatus !== 'active');
  const ageGroupOf = (birthDate: string | null) => {
    const age = ageOn(birthDate, to);
    return age === null ? 'unknown' : (AGE_GROUPS.find((g) => age >= g.min && age <= g.max)?.key ?? 'unknown');
  };
  const ageLabels: Record<string, string> = Object.fromEntries([...AGE_GROUPS.map((g) => [g.key, g.label]), ['unknown', 'Tanggal lahir tidak diketahui']]);
  const exitLabel = (c: ChangeRow) => (c.toStatus === 'deceased' ? 'Meninggal dunia' : (EXIT_TYPE_LABELS[c.exitType as keyof typeof EXIT_TYPE_LABELS] ?? 'Keluar'));
  const movementRow = (c: ChangeRow, detail: string): CensusMovementRow => ({
    registrationNo: c.registrationNo,
    fullName: c.fullName,
    sex: c.sex,
    date: c.effectiveDate,
    detail,
    reason: c.reason,
  });
  const hasUnknownAge = atEnd.some((r) => ageGroupOf(r.birthDate) === 'unknown');
  return {
    from,
    to,
    byPmks: countBySex(atEnd, (r) => String(r.pmksCategory), (r) => r.sex, (k) => `${k}. ${PMKS_CATEGORIES[Number(k)]}`).sort((a, b) => Number(a.key) - Number(b.key)),
    byAgeGroup: countBySex(atEnd, (r) => ageGroupOf(r.birthDate), (r) => r.sex, (k) => ageLabels[k]!, [...AGE_GROUPS.map((g) => g.key), ...(hasUnknownAge ? ['unknown'] : [])]),
    byRegency: countBySex(atEnd, (r) => r.originRegency ?? '', (r) => r.sex, (k) => k || 'Tidak diketahui'),
    movement: {
      atStart: atStart.length,
      admissions: admissions.filter((c) => c.fromStatus === null).length,
      readmissions: admissions.filter((c) => c.fromStatus !== null).length,
      discharged: exits.filter((c) => c.toStatus === 'discharged').length,
      deceased: exits.filter((c) => c.toStatus === 'deceased').length,
      atEnd: atEnd.length,
    },
    exitsByType: countBySex(exits, (c) => exitLabel(c), (c) => c.sex, (k) => k),
    admissions: admissions.map((c) =>
      movementRow(c, c.fromStatus === null ? (REFERRAL_LABELS[c.referralSource as keyof typeof REFERRAL_LABELS] ?? 'Penerimaan baru') : 'Diterima kembali'),
    ),
    exits: exits.map((c) => movementRow(c, exitLabel(c))),
  };
}
