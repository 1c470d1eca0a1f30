import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalActivityCode } from '../../contract';
import type { Core } from '../../core';
import { IMPORT_ROWS, importWorkbook, sampleBudget, spend } from '../../../tests/helpers/budget';
import { makeCore, MIGRATIONS, ok, setupAndLogin, userWithRole } from '../../../tests/helpers/temp-core';
import { nowIso } from '../../lib/time';

describe('one code, one meaning: kegiatan "2" and "02"', () => {
  let core: Core;
  let finance: string;
  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'admin');
    finance = await userWithRole(core, 'admin', 'finance', 'bendahara');
  });
  afterEach(() => core.close());

  it('writes every kegiatan and sub-kegiatan code in one canonical form', () => {
    expect(canonicalActivityCode('1.06.04.02.01')).toBe('1.06.04.2.01');
    expect(canonicalActivityCode(' 1.06.04.02.01.0001 ')).toBe('1.06.04.2.01.0001');
    expect(canonicalActivityCode('1.06.04.2.01')).toBe('1.06.04.2.01');
    expect(canonicalActivityCode('1.06.04.10.01')).toBe('1.06.04.10.01');
    expect(canonicalActivityCode('1.06.04')).toBe('1.06.04');
    expect(canonicalActivityCode('5.1.02.01.01.0052')).toBe('5.1.02.01.01.0052');
  });

  it('typed or imported as "02", a kegiatan is the same as "2": stored once, refused twice, imported into it', async () => {
    const b = await sampleBudget(core, finance); // kegiatan 1.06.04.2.01
    const twice = await core.router.call(
      'budget.saveActivity',
      { yearId: b.year.id, level: 'kegiatan', parentId: b.programme.id, code: '1.06.04.02.01', name: 'Lagi' },
      { sessionKey: finance },
    );
    expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT', fieldErrors: { code: 'Kode 1.06.04.2.01 sudah dipakai pada tahun 2025' } } });
    const other = await ok(core, finance, 'budget.saveActivity', { yearId: b.year.id, level: 'kegiatan', parentId: b.programme.id, code: '1.06.04.02.02', name: 'Rehabilitasi Lansia' });
    expect(other.code).toBe('1.06.04.2.02');
    const sub = await ok(core, finance, 'budget.saveActivity', { yearId: b.year.id, level: 'subkegiatan', parentId: other.id, code: '1.06.04.02.02.0003', name: 'Bimbingan' });
    expect(sub.code).toBe('1.06.04.2.02.0003');

    // An import written with "02" lands in the existing kegiatan and sub-kegiatan.
    const rows = IMPORT_ROWS.slice(3, 4).map((r) => r.map((c) => (typeof c === 'string' ? c.replace('1.06.04.2.01', '1.06.04.02.01') : c)));
    expect(rows[0]![2]).toBe('1.06.04.02.01');
    const base64 = await importWorkbook(rows);
    const preview = await ok(core, finance, 'budget.importPreview', { yearId: b.year.id, fileName: 'dpa.xlsx', base64 });
    expect(preview.errorCount).toBe(0);
    expect(preview.rows[0]).toMatchObject({ kegiatanCode: '1.06.04.2.01', subCode: '1.06.04.2.01.0006' });
    expect(preview.summary).toMatchObject({ lines: 1, allocation: 18_000_000 });
    await ok(core, finance, 'budget.importCommit', { yearId: b.year.id, base64, checksum: preview.checksum, splitEvenly: true });
    const structure = await ok(core, finance, 'budget.structure', { yearId: b.year.id });
    expect(structure.activities.filter((a) => a.level === 'kegiatan').map((a) => a.code).sort()).toEqual(['1.06.04.2.01', '1.06.04.2.02']);
  });

  it('the migration merges existing duplicates, keeping every line, its spending and its links', async () => {
    const b = await sampleBudget(core, finance);
    await spend(core, finance, b.lines.food.id, '2025-02-01', 300_000);
    const sqlite = core.requireOpened().sqlite;
    // What an older version allowed: the same kegiatan and sub-kegiatan typed with "02".
    const now = '2025-01-05T00:00:00.000Z'; // entered with the year's original budget
    const dupK = Number(sqlite.prepare(`INSERT INTO budget_activities (home_id, year_id, parent_id, level, code, name, created_at, updated_at) VALUES (1, ?, ?, 'kegiatan', '1.06.04.02.01', 'Rehsos Anak (duplikat)', ?, ?)`).run(b.year.id, b.programme.id, now, now).lastInsertRowid);
    const dupS = Number(sqlite.prepare(`INSERT INTO budget_activities (home_id, year_id, parent_id, level, code, name, created_at, updated_at) VALUES (1, ?, ?, 'subkegiatan', '1.06.04.02.01.0001', 'Permakanan (duplikat)', ?, ?)`).run(b.year.id, dupK, now, now).lastInsertRowid);
    const onlyHere = Number(sqlite.prepare(`INSERT INTO budget_activities (home_id, year_id, parent_id, level, code, name, created_at, updated_at) VALUES (1, ?, ?, 'subkegiatan', '1.06.04.02.01.0009', 'Hanya di duplikat', ?, ?)`).run(b.year.id, dupK, now, now).lastInsertRowid);
    const plan = (n: number) => Array.from({ length: 12 }, (_, m) => (m === 0 ? n : 0));
    const insertLine = sqlite.prepare(
      `INSERT INTO budget_lines (home_id, year_id, activity_id, account_id, funding_source, allocation, ${Array.from({ length: 12 }, (_, m) => `plan_${String(m + 1).padStart(2, '0')}`).join(', ')}, created_at, updated_at)
       VALUES (1, ?, ?, ?, 'apbd', ?, ${Array(12).fill('?').join(', ')}, ?, ?)`,
    );
    // A twin of the food line (same account and source) under the duplicate sub-kegiatan, with its own spending.
    const twin = Number(insertLine.run(b.year.id, dupS, b.accounts.food.id, 2_000_000, ...plan(2_000_000), now, now).lastInsertRowid);
    const lone = Number(insertLine.run(b.year.id, onlyHere, b.accounts.atk.id, 500_000, ...plan(500_000), now, now).lastInsertRowid);
    sqlite.prepare(`INSERT INTO spending (home_id, line_id, spent_on, amount, description, source_type, created_at) VALUES (1, ?, '2025-02-10', 150000, 'Sayur', 'manual', ?)`).run(twin, nowIso());
    const before = await ok(core, finance, 'budget.realisationData', { yearId: b.year.id, from: '2025-01-01', to: '2025-12-31' });

    const file = fs.readdirSync(MIGRATIONS).find((f) => f.endsWith('_canonical_activity_codes.sql'))!;
    const statements = fs.readFileSync(path.join(MIGRATIONS, file), 'utf8').split('--> statement-breakpoint');
    sqlite.transaction(() => statements.forEach((s) => sqlite.exec(s)))();
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);

    const activities = sqlite.prepare('SELECT id, code, parent_id AS parentId FROM budget_activities WHERE year_id = ? ORDER BY code').all(b.year.id) as { id: number; code: string; parentId: number | null }[];
    expect(activities.map((a) => a.code)).toEqual(['1.06.04', '1.06.04.2.01', '1.06.04.2.01.0001', '1.06.04.2.01.0005', '1.06.04.2.01.0009']);
    expect(activities.find((a) => a.code === '1.06.04.2.01')!.id).toBe(b.kegiatan.id); // the canonical one is kept
    expect(activities.find((a) => a.code === '1.06.04.2.01.0009')).toMatchObject({ id: onlyHere, parentId: b.kegiatan.id });
    const lines = (await ok(core, finance, 'budget.structure', { yearId: b.year.id })).lines;
    const food = lines.find((l) => l.id === b.lines.food.id)!;
    expect(food).toMatchObject({ activityId: b.meals.id, allocation: 14_000_000, realised: 450_000 });
    expect(food.plan[0]).toBe(1_000_000 + 2_000_000);
    expect(lines.find((l) => l.id === twin)).toBeUndefined();
    expect(lines.find((l) => l.id === lone)).toMatchObject({ activityId: onlyHere, allocation: 500_000 });
    // Nothing lost: the year's allocation and spending are what they were.
    const after = await ok(core, finance, 'budget.realisationData', { yearId: b.year.id, from: '2025-01-01', to: '2025-12-31' });
    expect(after.total).toEqual(before.total);
  });
});
