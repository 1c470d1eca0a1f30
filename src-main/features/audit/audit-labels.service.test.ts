import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { ACTION_WORDS, AREA_WORDS, ENTITY_WORDS, REPORT_WORDS } from '../../../src-renderer/src/features/audit/words';
import { sampleBudget, spend } from '../../../tests/helpers/budget';
import { sampleResident } from '../../../tests/helpers/residents';
import { makeCore, ok, setupAndLogin, userWithRole } from '../../../tests/helpers/temp-core';
import { CHANNEL_NAMES } from '../../contract';

const ROOTS = [path.resolve(__dirname, '../..'), path.resolve(__dirname, '../../../scripts/demo')];

/** Every literal the main process and the demo write as an audit entity, action or printed report. */
function written(): { entities: Set<string>; actions: Set<string>; reports: Set<string> } {
  const entities = new Set<string>();
  const actions = new Set<string>();
  const reports = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        const text = fs.readFileSync(file, 'utf8');
        if (!text.includes('recordAudit') && !text.includes('audit(')) continue;
        for (const m of text.matchAll(/entity: '([a-z_-]+)'/g)) entities.add(m[1]!);
        for (const m of text.matchAll(/action: (?:[\w.!]+ \? )?'([a-z_-]+)'(?: : '([a-z_-]+)')?/g)) {
          actions.add(m[1]!);
          if (m[2]) actions.add(m[2]);
        }
        for (const m of text.matchAll(/report: '([a-z_-]+)'/g)) reports.add(m[1]!);
        for (const m of text.matchAll(/printed\(ctx, '(?:print|export)', '([a-z_-]+)'/g)) reports.add(m[1]!);
      }
    }
  };
  for (const root of ROOTS) walk(root);
  return { entities, actions, reports };
}

describe('the audit log speaks words, not identifiers', () => {
  it('has an Indonesian and English label for every entity kind, action, report and app area the code writes', () => {
    const { entities, actions, reports } = written();
    expect(entities.size).toBeGreaterThan(35);
    expect(actions.size).toBeGreaterThan(35);
    expect([...entities].filter((e) => !(e in ENTITY_WORDS))).toEqual([]);
    expect([...actions].filter((a) => !(a in ACTION_WORDS))).toEqual([]);
    expect([...reports].filter((r) => !(r in REPORT_WORDS))).toEqual([]);
    const areas = new Set(CHANNEL_NAMES.map((c) => c.split('.')[0]!));
    expect([...areas].filter((a) => !(a in AREA_WORDS))).toEqual([]);
    for (const words of [ENTITY_WORDS, ACTION_WORDS, REPORT_WORDS, AREA_WORDS]) {
      for (const [key, [id, en]] of Object.entries(words)) {
        expect(id, key).toMatch(/\S/);
        expect(en, key).toMatch(/\S/);
      }
    }
  });

  describe('record names and links', () => {
    let core: Core;
    beforeEach(async () => {
      core = makeCore();
      await setupAndLogin(core, 'admin');
    });
    afterEach(() => core.close());

    it('names each record and links it where it can be opened; no raw identifier is needed to read an entry', async () => {
      const resident = await ok(core, 'admin', 'residents.create', { resident: sampleResident({ admissionDate: '2025-01-02' }) });
      await ok(core, 'admin', 'residents.get', { id: resident.id });
      const finance = await userWithRole(core, 'admin', 'finance', 'bendahara');
      const b = await sampleBudget(core, finance);
      const spent = await spend(core, finance, b.lines.food.id, '2025-03-01', 100_000, 'Beras 10 kg');
      const rows = (await ok(core, 'admin', 'audit.list', { limit: 200 })).rows;
      const of = (entity: string, action: string) => rows.find((r) => r.entity === entity && r.action === action)!;
      expect(of('resident', 'view')).toMatchObject({ recordName: 'Siti Rahmawati', recordRef: { kind: 'resident', id: resident.id } });
      expect(of('user', 'create')).toMatchObject({ recordName: 'Pengguna finance (bendahara)', recordRef: { kind: 'user' } });
      expect(of('spending', 'create')).toMatchObject({ recordName: 'Beras 10 kg', recordRef: { kind: 'spending', id: spent.id } });
      expect(of('budget-account', 'create').recordName).toMatch(/^5\.1\.02\.01\.01\.\d{4} Belanja/);
      expect(of('budget-line', 'create').recordName).toMatch(/· TA 2025$/);
      // The area filter takes every channel of a feature area.
      const budgetRows = (await ok(core, 'admin', 'audit.list', { channel: 'budget.*', limit: 200 })).rows;
      expect(budgetRows.length).toBeGreaterThan(5);
      expect(budgetRows.every((r) => r.channel.startsWith('budget.'))).toBe(true);
    });
  });
});
