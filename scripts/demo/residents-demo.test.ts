import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssessmentInput, CHILDREN_STAGES, EXIT_TYPES, nikWarnings, parseNik, PlanInput, ResidentListInput, SetStageInput } from '../../src-main/contract';
import type { Core } from '../../src-main/core';
import { readDocument } from '../../src-main/features/documents/documents.service';
import { listResidents } from '../../src-main/features/residents/residents-list.service';
import type { Actor } from '../../src-main/lib/actor';
import { sampleResident } from '../../tests/helpers/residents';
import { makeCore, ok, setupAndLogin, tempDir } from '../../tests/helpers/temp-core';
import { withClock, type AuditDraft } from './context';
import { generateDemo, type DemoResult } from './generate';
import { careNoteAudit, progressAudit } from './modules/residents';
import { bulkCaseWriter, serviceCaseWriter, type CaseWriter } from './modules/residents-casefile';
import { makeCardPng, makePdf } from './modules/residents-files';
import { planPerson, TYPE_PROFILES } from './modules/residents-people';
import { JAWA_TENGAH } from './places';
import { Rng } from './rng';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

const AUDIT_COLUMNS = 'at, user_id, username, home_id, channel, entity, entity_id, action, before_json, after_json';

/** A fresh data folder with the setup done and one resident; the administrator's actor. */
async function homeWithResident(): Promise<{ core: Core; residentId: number; admin: Actor; sqlite: Database.Database }> {
  const core = makeCore();
  await setupAndLogin(core, 'admin');
  const residentId = (await ok(core, 'admin', 'residents.create', { resident: sampleResident({ admissionDate: '2026-01-05' }) })).id;
  const sqlite = core.requireOpened().sqlite;
  const user = sqlite.prepare("SELECT id, username, home_id FROM users WHERE username = 'admin'").get() as { id: number; username: string; home_id: number };
  return { core, residentId, sqlite, admin: { userId: user.id, username: user.username, role: 'admin', homeId: user.home_id, channel: 'test' } };
}

function writeAudit(sqlite: Database.Database): (row: AuditDraft) => void {
  const insert = sqlite.prepare(`INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
  return (r) => insert.run(r.at, r.userId, r.username, r.homeId, r.channel, r.entity, r.entityId == null ? null : String(r.entityId), r.action, json(r.before), json(r.after));
}

describe('residents demo: building blocks', () => {
  it('makes people whose NIK agrees with birth date, sex and origin (a few disagree, some have none), unique per home', () => {
    const niks = new Set<string>();
    const pc = { rng: new Rng(11), type: 'PSTW' as const, profile: TYPE_PROFILES.PSTW, province: JAWA_TENGAH, homeRegency: 'Kota Semarang', niks, year: 2026 };
    const people = Array.from({ length: 600 }, () => planPerson(pc, new Date('2025-03-01T00:00:00+07:00'), 60 + pc.rng.next() * 28));
    const withNik = people.filter((p) => p.values.nik);
    expect(withNik.length).toBeGreaterThan(300);
    expect(withNik.length).toBeLessThan(550);
    expect(new Set(withNik.map((p) => p.values.nik)).size).toBe(withNik.length);
    let mismatched = 0;
    for (const { values } of withNik) {
      const parsed = parseNik(values.nik!, 2026);
      expect(parsed.ok, values.nik!).toBe(true);
      if (nikWarnings(values.nik, values.birthDate, values.sex).length > 0) mismatched++;
      if (parsed.ok && values.originProvince === 'Jawa Tengah') expect(parsed.parts.province).toBe('33');
    }
    expect(mismatched).toBeGreaterThan(0);
    expect(mismatched / withNik.length).toBeLessThan(0.08);
    for (const { values } of people) {
      expect(values.pmksCategory).toBe(8);
      expect(values.guardians!.length).toBeGreaterThanOrEqual(1);
      expect(values.birthDate! <= '1965-03-01').toBe(true);
    }
  });

  it('writes a valid one-page PDF and PNG', () => {
    const pdf = makePdf('Surat rujukan', [{ text: 'Nama: Siti (Siti) Rahmawati \\ é', bold: true }, { text: 'Baris dua', gap: 4 }]);
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    const xref = Number(text.match(/startxref\n(\d+)/)![1]);
    expect(text.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(7);
    offsets.forEach((offset, i) => expect(text.slice(offset).startsWith(`${i + 1} 0 obj\n`)).toBe(true));
    const length = Number(text.match(/\/Length (\d+)/)![1]);
    const stream = text.indexOf('stream\n') + 'stream\n'.length;
    expect(text.slice(stream + length, stream + length + 10)).toBe('\nendstream');
    expect(text).toContain('(Nama: Siti \\(Siti\\) Rahmawati \\\\ \xe9) Tj');

    const png = makeCardPng(42);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(171);
    expect(png.readUInt32BE(20)).toBe(108);
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('latin1')).toBe('IDAT');
    expect(inflateSync(png.subarray(41, 41 + idatLength)).length).toBe((171 * 3 + 1) * 108);
    expect(makeCardPng(42)).toEqual(png);
  });

  it('writes care notes and progress notes in bulk with the audit rows the services write', async () => {
    const { core, residentId, admin, sqlite } = await homeWithResident();
    const last = () => sqlite.prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_log ORDER BY id DESC LIMIT 1`).get() as Record<string, unknown>;

    const note = await ok(core, 'admin', 'carenotes.add', { residentId, notedOn: '2026-01-10', notedTime: '07.45', shift: 'morning', category: 'health', note: 'Demam 38,1 °C' });
    const real = last();
    const row = sqlite.prepare('SELECT * FROM care_notes WHERE id = ?').get(note.id) as Record<string, unknown>;
    const draft = careNoteAudit({ ...admin, channel: 'carenotes.add' }, real.at as string, {
      id: note.id,
      homeId: row.home_id as number,
      residentId,
      notedOn: '2026-01-10',
      notedTime: '07:45',
      shift: 'morning',
      category: 'health',
      note: 'Demam 38,1 °C',
      recordedBy: admin.userId,
      recordedAt: row.recorded_at as string,
    });
    expect(real.after_json).toBe(JSON.stringify(draft.after));
    expect(real).toMatchObject({ channel: draft.channel, entity: draft.entity, entity_id: String(draft.entityId), action: draft.action, home_id: draft.homeId, user_id: draft.userId, before_json: null });

    const plan = await ok(core, 'admin', 'casefile.savePlan', {
      residentId,
      periodStart: '2026-02-01',
      periodEnd: '2026-07-31',
      goals: [{ domain: 'social', goal: 'Bergaul', indicator: 'Ikut kegiatan', targetDate: '2026-07-31' }],
    });
    await ok(core, 'admin', 'casefile.submitPlan', { id: plan.id });
    const head = { ...admin, role: 'head' as const };
    const { decidePlan, addProgress } = await import('../../src-main/features/casefile/plans.service');
    decidePlan(core.db, { ...head, channel: 'casefile.decidePlan' }, { id: plan.id, approve: true, note: null });
    const goalId = plan.goals[0]!.id;
    for (const goalStatus of [undefined, 'achieved'] as const) {
      addProgress(core.db, { ...admin, channel: 'casefile.addProgress' }, { goalId, notedOn: '2026-03-01', note: 'Ada kemajuan', progressPercent: 40, goalStatus });
      const audit = last();
      const progress = sqlite.prepare('SELECT * FROM goal_progress ORDER BY id DESC LIMIT 1').get() as Record<string, unknown>;
      const expected = progressAudit({ ...admin, channel: 'casefile.addProgress' }, audit.at as string, {
        goalId,
        before: 'open',
        status: goalStatus ?? 'open',
        row: { id: progress.id as number, goalId, notedOn: '2026-03-01', note: 'Ada kemajuan', progressPercent: 40, recordedBy: admin.userId, recordedAt: progress.recorded_at as string },
      });
      expect(audit.after_json).toBe(JSON.stringify(expected.after));
      expect(audit.before_json).toBe(JSON.stringify(expected.before));
      expect(audit).toMatchObject({ entity: expected.entity, entity_id: String(goalId), action: expected.action, channel: 'casefile.addProgress' });
    }
    core.close();
  });

  it('writes stage changes, assessments and plans in bulk exactly as the services do', async () => {
    const run = async (make: (sqlite: Database.Database, core: Core) => CaseWriter) => {
      const { core, residentId, admin, sqlite } = await homeWithResident();
      const writer = make(sqlite, core);
      const stages = sqlite.prepare('SELECT id FROM rehab_stages ORDER BY position').pluck().all() as number[];
      const since = sqlite.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
      const actor = (channel: string, role: Actor['role'] = 'admin') => ({ ...admin, role, channel });
      let minute = 0;
      const step = <T>(fn: (at: string) => T): T => {
        const at = new Date(Date.UTC(2026, 0, 10, 2, minute++)).toISOString();
        return writer.viaServices ? withClock(Date.parse(at), () => fn(at)) : fn(at);
      };
      const goals = [
        { domain: 'social', goal: 'Bergaul tanpa kekerasan', indicator: 'Tidak berkelahi 3 bulan', targetDate: '2026-07-31' },
        { domain: 'skills', goal: 'Naik kelas', indicator: null, targetDate: '2026-05-01' },
      ] as const;
      step((at) => writer.setStage(actor('casefile.setStage'), SetStageInput.parse({ residentId, stageId: stages[1], startedOn: '2026-01-08' }), at));
      step((at) =>
        writer.addAssessment(actor('casefile.addAssessment'), AssessmentInput.parse({ residentId, assessedOn: '2026-01-09', problems: 'P', needs: 'N', strengths: 'S', familySituation: 'F', recommendation: null }), at),
      );
      step((at) => writer.setStage(actor('casefile.setStage'), SetStageInput.parse({ residentId, stageId: stages[2], startedOn: '2026-01-20', note: 'Rapat kasus' }), at));
      const plan = step((at) => writer.savePlan(actor('casefile.savePlan'), PlanInput.parse({ residentId, periodStart: '2026-02-01', periodEnd: '2026-07-31', summary: 'Semester I', goals }), at));
      step((at) => writer.submitPlan(actor('casefile.submitPlan'), plan.id, at));
      step((at) => writer.decidePlan(actor('casefile.decidePlan', 'head'), { id: plan.id, approve: false, note: 'Perjelas indikator' }, at));
      const revised = PlanInput.parse({
        id: plan.id,
        residentId,
        periodStart: '2026-02-01',
        periodEnd: '2026-07-31',
        summary: 'Semester I (perbaikan)',
        goals: goals.map((g, i) => ({ ...g, id: plan.goalIds[i], indicator: `${g.indicator ?? 'Rapor'} (bulanan)` })),
      });
      step((at) => writer.savePlan(actor('casefile.savePlan'), revised, at));
      step((at) => writer.submitPlan(actor('casefile.submitPlan'), plan.id, at));
      step((at) => writer.decidePlan(actor('casefile.decidePlan', 'head'), { id: plan.id, approve: true, note: null }, at));
      step((at) => writer.setStage(actor('casefile.setStage'), SetStageInput.parse({ residentId, stageId: stages[3], startedOn: '2026-02-01' }), at));

      const STAMPS = new Set(['recorded_at', 'created_at', 'recordedAt', 'createdAt']);
      const strip = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([k]) => !STAMPS.has(k)));
      const stripJson = (json: unknown) =>
        typeof json === 'string' ? JSON.stringify(JSON.parse(json, (k, v: unknown) => (STAMPS.has(k) ? undefined : v))) : json;
      const table = (name: string) => (sqlite.prepare(`SELECT * FROM ${name} ORDER BY id`).all() as Record<string, unknown>[]).map(strip);
      const out = {
        tables: Object.fromEntries(['resident_stages', 'assessments', 'intervention_plans', 'plan_goals'].map((t) => [t, table(t)])),
        audit: (sqlite.prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE id > ? ORDER BY id`).all(since) as { at: string; entity: string; action: string; before_json: unknown; after_json: unknown }[]).map((r) => ({
          ...r,
          before_json: stripJson(r.before_json),
          after_json: stripJson(r.after_json),
        })),
        stamps: sqlite.prepare("SELECT recorded_at FROM resident_stages WHERE note IS NULL OR note <> 'Otomatis saat registrasi' ORDER BY id").pluck().all(),
      };
      core.close();
      return out;
    };
    const viaServices = await run((_sqlite, core) => serviceCaseWriter(core.db));
    const inBulk = await run((sqlite) => bulkCaseWriter(sqlite, writeAudit(sqlite)));
    expect(inBulk.tables).toEqual(viaServices.tables);
    expect(inBulk.audit).toEqual(viaServices.audit);
    expect(inBulk.audit.map((a) => `${a.entity}:${a.action}`)).toEqual([
      'resident-stage:change',
      'assessment:create',
      'resident-stage:change',
      'intervention-plan:create',
      'intervention-plan:submit',
      'intervention-plan:return',
      'intervention-plan:update',
      'intervention-plan:submit',
      'intervention-plan:approve',
      'resident-stage:change',
    ]);
    // Bulk rows carry the simulated time where the services' rows get the SQL clock.
    expect(inBulk.stamps).toEqual(inBulk.audit.filter((a) => a.entity === 'resident-stage').map((a) => a.at));
  });
});

describe('residents demo at home scale', () => {
  const today = '2026-06-15';
  let result: DemoResult;
  let db: Database.Database;
  const count = (sql: string, ...params: unknown[]) => db.prepare(sql).pluck().get(...params) as number;
  beforeAll(() => {
    const dir = tempDir('sipanti-residents-demo-');
    dirs.push(dir);
    result = generateDemo({ dataDir: dir, scale: 'home', today });
    db = new Database(result.databaseFile, { readonly: true });
  }, 120_000);
  afterAll(() => db?.close());

  it('has about a hundred children of a PSAA living there today, and the ones who left during the year', () => {
    const active = count("SELECT count(*) FROM residents WHERE status = 'active'");
    expect(active).toBeGreaterThanOrEqual(90);
    expect(active).toBeLessThanOrEqual(115);
    expect(count("SELECT count(*) FROM residents WHERE status <> 'active'")).toBeGreaterThanOrEqual(15);
    expect(count("SELECT count(*) FROM residents WHERE status = 'active' AND (birth_date > '2020-06-15' OR birth_date < '2007-06-15')")).toBe(0);
    expect(db.prepare('SELECT DISTINCT pmks_category FROM residents ORDER BY 1').pluck().all()).toEqual([2, 4, 6, 7]);
    expect(db.prepare('SELECT DISTINCT sex FROM residents ORDER BY 1').pluck().all()).toEqual(['L', 'P']);
    expect(count("SELECT count(DISTINCT education) FROM residents WHERE education IN ('sd', 'smp', 'sma')")).toBe(3);
    expect(count('SELECT count(*) FROM residents WHERE nik IS NULL')).toBeGreaterThan(5);
    expect(count('SELECT count(*) FROM resident_guardians')).toBeGreaterThan(count('SELECT count(*) FROM residents'));
    expect(count("SELECT count(*) FROM residents WHERE hiv_status = 'negative'")).toBeGreaterThan(0);
    expect(count('SELECT count(*) FROM residents WHERE allergies IS NOT NULL')).toBeGreaterThan(0);
    const rows = db.prepare('SELECT nik, birth_date, sex FROM residents WHERE nik IS NOT NULL').all() as { nik: string; birth_date: string; sex: 'L' | 'P' }[];
    const warned = rows.filter((r) => nikWarnings(r.nik, r.birth_date, r.sex).length > 0).length;
    expect(warned / rows.length).toBeLessThan(0.1);
    expect(rows.every((r) => r.nik.startsWith('13') || r.nik.startsWith('12') || r.nik.startsWith('14') || r.nik.startsWith('15'))).toBe(true);
  });

  it('shows every status and exit type, dated consistently, with exits still awaiting the head', () => {
    expect(db.prepare('SELECT DISTINCT status FROM residents ORDER BY 1').pluck().all()).toEqual(['active', 'deceased', 'discharged']);
    const approved = db.prepare("SELECT DISTINCT exit_type FROM resident_status_changes WHERE state = 'approved' AND exit_type IS NOT NULL ORDER BY 1").pluck().all();
    expect(approved).toEqual([...EXIT_TYPES].sort());
    expect(count("SELECT count(*) FROM resident_status_changes WHERE state = 'pending'")).toBeGreaterThanOrEqual(2);
    expect(count("SELECT count(*) FROM resident_status_changes WHERE state = 'rejected'")).toBeGreaterThanOrEqual(1);
    expect(count("SELECT count(*) FROM resident_status_changes WHERE from_status = 'discharged' AND to_status = 'active'")).toBeGreaterThanOrEqual(1);
    // Each resident's changes follow one another in time: admission, exit, readmission…
    const unordered = count(`SELECT count(*) FROM (
      SELECT effective_date, lag(effective_date) OVER (PARTITION BY resident_id ORDER BY id) AS prev FROM resident_status_changes WHERE state = 'approved'
    ) WHERE effective_date < prev`);
    expect(unordered).toBe(0);
    expect(count("SELECT count(*) FROM residents WHERE status <> 'active' AND (exit_date IS NULL OR exit_date < admission_date OR exit_date >= ?)", today)).toBe(0);
    // An exit was approved by a head (or requested by one), never by the administrator alone.
    const deciders = db
      .prepare("SELECT DISTINCT u.role FROM resident_status_changes c JOIN users u ON u.id = c.decided_by WHERE c.to_status = 'discharged' AND c.state <> 'pending'")
      .pluck()
      .all();
    expect(deciders).toEqual(['head']);
  });

  it('uses every rehabilitation stage, with assessments and plans in every state, goals and progress', () => {
    const used = db.prepare('SELECT s.name FROM rehab_stages s WHERE EXISTS (SELECT 1 FROM resident_stages r WHERE r.stage_id = s.id) ORDER BY s.position').pluck().all();
    expect(used).toEqual(CHILDREN_STAGES);
    const current = db
      .prepare("SELECT DISTINCT s.name FROM resident_stages r JOIN rehab_stages s ON s.id = r.stage_id JOIN residents p ON p.id = r.resident_id WHERE r.ended_on IS NULL AND p.status = 'active'")
      .pluck()
      .all();
    expect(current.length).toBeGreaterThanOrEqual(5);
    expect(count("SELECT count(*) FROM resident_stages WHERE ended_on IS NULL AND resident_id IN (SELECT id FROM residents WHERE status <> 'active')")).toBe(0);
    expect(count('SELECT count(*) FROM assessments')).toBeGreaterThanOrEqual(count('SELECT count(*) FROM residents') - 5);
    expect(db.prepare('SELECT DISTINCT status FROM intervention_plans ORDER BY 1').pluck().all()).toEqual(['approved', 'draft', 'returned', 'submitted']);
    expect(count("SELECT count(*) FROM audit_log WHERE entity = 'intervention-plan' AND action = 'return'")).toBeGreaterThan(0);
    expect(count('SELECT count(*) FROM plan_goals')).toBeGreaterThan(2 * count('SELECT count(*) FROM intervention_plans'));
    expect(count('SELECT count(*) FROM goal_progress')).toBeGreaterThan(count('SELECT count(*) FROM plan_goals'));
    expect(count("SELECT count(*) FROM plan_goals WHERE status = 'achieved'")).toBeGreaterThan(0);
    // Approved plans of one resident never overlap.
    expect(
      count(`SELECT count(*) FROM intervention_plans a JOIN intervention_plans b ON a.resident_id = b.resident_id AND a.id < b.id
             WHERE a.status = 'approved' AND b.status = 'approved' AND a.period_start <= b.period_end AND b.period_start <= a.period_end`),
    ).toBe(0);
  });

  it('has care notes on every shift and category, several per resident per week, and incidents open and resolved', () => {
    const notes = count('SELECT count(*) FROM care_notes');
    const start = db.prepare("SELECT min(at) FROM audit_log WHERE entity = 'resident'").pluck().get() as string;
    const residentWeeks = count(`SELECT sum(julianday(coalesce(exit_date, ?)) - julianday(max(admission_date, ?))) / 7 FROM residents`, today, start.slice(0, 10));
    expect(notes / residentWeeks).toBeGreaterThan(3);
    expect(db.prepare('SELECT DISTINCT shift FROM care_notes ORDER BY 1').pluck().all()).toEqual(['afternoon', 'morning', 'night']);
    expect(db.prepare('SELECT DISTINCT category FROM care_notes ORDER BY 1').pluck().all()).toEqual(['activity', 'behaviour', 'family_visit', 'health', 'other']);
    expect(count('SELECT count(*) FROM care_notes n JOIN residents r ON r.id = n.resident_id WHERE n.noted_on < r.admission_date AND r.id NOT IN (SELECT resident_id FROM resident_status_changes WHERE from_status = \'discharged\')')).toBe(0);
    expect(count('SELECT count(*) FROM care_notes n JOIN residents r ON r.id = n.resident_id WHERE r.exit_date IS NOT NULL AND n.noted_on > r.exit_date')).toBe(0);
    expect(count("SELECT count(*) FROM audit_log WHERE entity = 'care-note'")).toBe(notes);
    expect(db.prepare('SELECT DISTINCT severity FROM incidents ORDER BY 1').pluck().all()).toEqual(['critical', 'high', 'low', 'medium']);
    expect(count('SELECT count(*) FROM incidents WHERE resolved_on IS NULL')).toBeGreaterThan(0);
    expect(count('SELECT count(*) FROM incidents WHERE resolved_on IS NOT NULL')).toBeGreaterThan(count('SELECT count(*) FROM incidents WHERE resolved_on IS NULL'));
  });

  it('stores documents where and as the app stores them, and they open', () => {
    const docs = db.prepare('SELECT id, home_id, sha256, storage_key, size_bytes, mime_type FROM resident_documents').all() as {
      id: number;
      home_id: number;
      sha256: string;
      storage_key: string;
      size_bytes: number;
      mime_type: string;
    }[];
    expect(docs.length).toBeGreaterThan(50);
    expect(new Set(docs.map((d) => d.mime_type))).toEqual(new Set(['application/pdf', 'image/png']));
    const documentsDir = path.join(result.dataDir, 'documents');
    for (const d of docs) {
      expect(d.storage_key).toBe(`${d.home_id}/${d.sha256.slice(0, 2)}/${d.sha256}`);
      const content = fs.readFileSync(path.join(documentsDir, d.storage_key));
      expect(content.length).toBe(d.size_bytes);
      expect(createHash('sha256').update(content).digest('hex')).toBe(d.sha256);
    }
    const copy = tempDir('sipanti-residents-docs-');
    dirs.push(copy);
    fs.copyFileSync(result.databaseFile, path.join(copy, 'sipanti.db'));
    const core = makeCore({ dataDir: copy });
    const admin = core.requireOpened().sqlite.prepare("SELECT id, username FROM users WHERE role = 'admin' AND active = 1").get() as { id: number; username: string };
    const actor: Actor = { userId: admin.id, username: admin.username, role: 'admin', homeId: 1, channel: 'documents.get' };
    const opened = readDocument(core.db, actor, documentsDir, docs[0]!.id);
    expect(Buffer.from(opened.base64, 'base64').subarray(0, 4).toString('latin1')).toMatch(/%PDF|\x89PNG/);
    const list = listResidents(core.db, { ...actor, channel: 'residents.list' }, ResidentListInput.parse({ statuses: ['active'] }));
    expect(list.total).toBe(count("SELECT count(*) FROM residents WHERE status = 'active'"));
    core.close();
  });

  it('leaves no real-clock time in the rows or in the audit copies', () => {
    const columns: [string, string][] = [
      ['residents', 'created_at'],
      ['residents', 'updated_at'],
      ['resident_status_changes', 'created_at'],
      ['resident_stages', 'recorded_at'],
      ['assessments', 'created_at'],
      ['intervention_plans', 'created_at'],
      ['goal_progress', 'recorded_at'],
      ['resident_documents', 'created_at'],
      ['incidents', 'recorded_at'],
      ['care_notes', 'recorded_at'],
    ];
    for (const [table, column] of columns) expect(count(`SELECT count(*) FROM ${table} WHERE ${column} >= ?`, today), `${table}.${column}`).toBe(0);
    const leaked = (db.prepare('SELECT after_json FROM audit_log WHERE after_json IS NOT NULL').pluck().all() as string[]).filter((json) =>
      [...json.matchAll(/"(createdAt|updatedAt|recordedAt|requestedAt|uploadedAt)":"([^"]+)"/g)].some((m) => m[2]! >= today),
    );
    expect(leaked).toEqual([]);
  });
});
