import Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/helpers/temp-core';
import { generateDemo, type DemoResult } from './generate';

describe('exits demo at home scale', () => {
  const today = '2026-06-15';
  let dir: string;
  let result: DemoResult;
  let db: Database.Database;
  const count = (sql: string, ...params: unknown[]) => db.prepare(sql).pluck().get(...params) as number;
  beforeAll(() => {
    dir = tempDir('sipanti-exits-demo-');
    result = generateDemo({ dataDir: dir, scale: 'home', today });
    db = new Database(result.databaseFile, { readonly: true });
  }, 120_000);
  afterAll(() => {
    db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('completes the residents demo’s repatriations and deaths, each linked to its own status change', () => {
    expect(count("SELECT count(*) FROM resident_exits WHERE kind = 'repatriation'")).toBeGreaterThanOrEqual(3);
    // Every record matches its status change; none made a status change of its own.
    expect(
      count(`SELECT count(*) FROM resident_exits e JOIN resident_status_changes c ON c.id = e.status_change_id
             WHERE c.resident_id <> e.resident_id OR c.effective_date <> e.exit_date
                OR (e.kind = 'death' AND c.to_status <> 'deceased')
                OR (e.kind = 'repatriation' AND (c.to_status <> 'discharged' OR c.exit_type NOT IN ('returned_family', 'referred')))`),
    ).toBe(0);
    expect(count("SELECT count(*) FROM residents r WHERE r.status = 'deceased' AND NOT EXISTS (SELECT 1 FROM resident_exits e WHERE e.resident_id = r.id)")).toBe(0);
    expect(count('SELECT count(*) FROM resident_exits WHERE created_at >= ?', today)).toBe(0);
    expect(count('SELECT count(*) FROM exit_cost_items WHERE created_at >= ? OR spent_on >= ?', today, today)).toBe(0);
  });

  it('approved costs are the spending on the repatriation/funeral lines; other states spent nothing', () => {
    expect(count("SELECT count(*) FROM resident_exits WHERE cost_state = 'approved'")).toBeGreaterThanOrEqual(1);
    const spent = count("SELECT coalesce(sum(amount), 0) FROM spending WHERE source_type IN ('repatriation', 'funeral')");
    const approved = count("SELECT coalesce(sum(i.amount), 0) FROM exit_cost_items i JOIN resident_exits e ON e.id = i.exit_id WHERE e.cost_state = 'approved' AND i.removed_at IS NULL");
    expect(spent).toBe(approved);
    expect(count("SELECT count(*) FROM exit_cost_items i JOIN resident_exits e ON e.id = i.exit_id WHERE e.cost_state <> 'approved' AND i.spending_id IS NOT NULL")).toBe(0);
    expect(
      count(`SELECT count(*) FROM spending s JOIN budget_lines l ON l.id = s.line_id JOIN budget_accounts a ON a.id = l.account_id
             WHERE s.source_type IN ('repatriation', 'funeral') AND a.code NOT IN ('5.1.02.04.01.0001', '5.1.02.02.01.0081')`),
    ).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
