/**
 * Presence per day in one hand-written statement (the raw side of the reports that count resident-days):
 * each resident's last approved change per day, the intervals between changes, and for every day of the
 * period the intervals that made the resident active. Parameters: @home, @from, @to.
 */
export const RAW_PRESENT_PER_DAY = `
WITH RECURSIVE days(d) AS (SELECT @from UNION ALL SELECT date(d, '+1 day') FROM days WHERE d < @to),
last AS (
  SELECT resident_id, effective_date AS start, to_status,
         row_number() OVER (PARTITION BY resident_id, effective_date ORDER BY id DESC) AS rn
  FROM resident_status_changes WHERE home_id = @home AND state = 'approved' AND effective_date <= @to
),
iv AS (SELECT start, to_status, lead(start) OVER (PARTITION BY resident_id ORDER BY start) AS until FROM last WHERE rn = 1)
SELECT d, (SELECT count(*) FROM iv WHERE to_status = 'active' AND start <= d AND (until IS NULL OR until > d)) AS present FROM days`;
