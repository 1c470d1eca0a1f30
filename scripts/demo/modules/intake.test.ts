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

  it('follows the services: past rounds without a capacity carry a typed quota with its reason, and every bulk row its audit entry', () => {
    const past = all<{ id: number; computed: number | null; reason: string | null }>(
      "SELECT id, computed_quota AS computed, quota_reason AS reason FROM intake_rounds WHERE status = 'approved'",
    );
    expect(past.length).toBe(2);
    expect(past.every((r) => r.computed === null && r.reason === 'Kapasitas panti belum diatur; kuota diisi petugas')).toBe(true);
    const audited = (entity: string, action: string) =>
      new Set(all<{ id: string }>(`SELECT entity_id AS id FROM audit_log WHERE entity = '${entity}' AND action = '${action}'`).map((r) => Number(r.id)));
    const created = audited('intake-round', 'create');
    const approved = audited('intake-round', 'approve');
    expect(past.every((r) => created.has(r.id) && approved.has(r.id))).toBe(true);
    const decisions = all<{ id: number }>('SELECT d.id FROM intake_decisions d JOIN intake_rounds r ON r.id = d.round_id WHERE r.status = \'approved\'');
    const decided = audited('intake-decision', 'create');
    expect(decisions.every((d) => decided.has(d.id))).toBe(true);
    const applications = all<{ id: number }>('SELECT id FROM intake_applications');
    const registered = audited('intake-application', 'create');
    expect(applications.every((a) => registered.has(a.id))).toBe(true);
  });
});
