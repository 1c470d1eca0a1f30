import Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/helpers/temp-core';
import { generateDemo, type DemoResult } from '../generate';

describe('intake demo', () => {
  const dir = tempDir('sipanti-intake-demo-');
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
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];

  it('holds two approved rounds and one in progress, with the capacity set', () => {
    expect(all<{ status: string }>('SELECT status FROM intake_rounds ORDER BY start_date').map((r) => r.status)).toEqual(['approved', 'approved', 'open']);
    expect(all<{ capacity: number; active: number }>("SELECT capacity, (SELECT count(*) FROM residents WHERE status = 'active') AS active FROM homes")[0]!.capacity).toBeGreaterThan(0);
    const open = all<{ decided: number; applicants: number }>(`SELECT (SELECT count(*) FROM intake_decisions d WHERE d.round_id = r.id) AS decided,
      (SELECT count(*) FROM intake_applications a WHERE a.round_id = r.id) AS applicants FROM intake_rounds r WHERE status = 'open'`)[0]!;
    expect(open.decided).toBeGreaterThan(0);
    expect(open.applicants).toBeGreaterThan(open.decided);
  });

  it('links past acceptances to residents already admitted, identity copied, without adding residents', () => {
    const linked = all<{ same: number; back: number }>(`SELECT a.full_name = r.full_name AND coalesce(a.nik, '') = coalesce(r.nik, '') AND a.birth_date IS r.birth_date AS same,
      r.application_id = a.id AS back FROM intake_applications a JOIN residents r ON r.id = a.resident_id`);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((l) => l.same === 1 && l.back === 1)).toBe(true);
    expect(all<{ n: number }>("SELECT count(*) AS n FROM intake_applications WHERE status = 'admitted' AND resident_id IS NULL")[0]!.n).toBe(0);
    expect(all<{ n: number }>('SELECT count(*) AS n FROM residents WHERE application_id IS NOT NULL')[0]!.n).toBe(linked.length);
  });

  it('writes no real-clock time', () => {
    const today = '2026-06-15';
    for (const [table, column] of [['intake_applications', 'created_at'], ['intake_applications', 'updated_at'], ['intake_rounds', 'created_at'], ['intake_assessments', 'created_at'], ['intake_decisions', 'decided_at'], ['intake_criteria', 'updated_at']]) {
      expect(all<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE ${column} >= '${today}'`)[0]!.n, `${table}.${column}`).toBe(0);
    }
  });
});
