import { and, asc, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName, PlanInput } from '../../contract';
import { CHILDREN_STAGES, DEFAULT_STAGES } from '../../contract';
import type { Core } from '../../core';
import { auditLog, rehabStages, residentStages } from '../../db/schema';
import { makeCore, ok, sampleHome, setupAndLogin, userWithRole } from '../../../tests/helpers/temp-core';
import { sampleResident } from '../../../tests/helpers/residents';

const goal = (overrides: Partial<PlanInput['goals'][number]> = {}): PlanInput['goals'][number] => ({
  domain: 'social',
  goal: 'Mampu bergaul dengan teman sekamar',
  indicator: 'Ikut kegiatan kelompok 3 kali seminggu',
  targetDate: '2026-10-31',
  ...overrides,
});

describe('rehabilitation stages per home type', () => {
  let core: Core;
  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'prov', 'province'); // the first home is a PSAA
  });
  afterEach(() => core.close());

  it('a PSAA home gets the children’s stages, a PSTW home the default ones, each seeded once; a resident starts in the first', async () => {
    const children = await ok(core, 'prov', 'stages.list');
    expect(children.map((s) => s.name)).toEqual(CHILDREN_STAGES);
    expect(children.map((s) => s.position)).toEqual(CHILDREN_STAGES.map((_, i) => i + 1));
    expect(await ok(core, 'prov', 'stages.list')).toHaveLength(CHILDREN_STAGES.length);
    const child = await ok(core, 'prov', 'residents.create', { resident: sampleResident() });

    const pstw = await ok(core, 'prov', 'homes.create', sampleHome({ name: 'UPTD PSTW Sabai Nan Aluih', type: 'PSTW' }));
    await ok(core, 'prov', 'auth.switchHome', { homeId: pstw.id });
    // A resident registered before anyone opened the stage list: seeding happens inside the registration.
    const elder = await ok(core, 'prov', 'residents.create', {
      resident: sampleResident({ fullName: 'Ahmad Dahlan', nik: null, sex: 'L', birthDate: '1950-02-01', pmksCategory: 8, admissionDate: '2026-08-01' }),
    });
    const file = await ok(core, 'prov', 'casefile.get', { residentId: elder.id });
    expect(file.currentStage).toMatchObject({ stageName: 'Pendekatan awal', startedOn: '2026-08-01', endedOn: null, recordedBy: 'Administrator Panti' });
    expect((await ok(core, 'prov', 'stages.list')).map((s) => s.name)).toEqual(DEFAULT_STAGES);
    expect(core.db.select().from(rehabStages).all()).toHaveLength(CHILDREN_STAGES.length + DEFAULT_STAGES.length);
    const seeds = core.db.select().from(auditLog).where(and(eq(auditLog.entity, 'rehab-stage'), eq(auditLog.action, 'seed'))).all();
    expect(seeds.map((s) => s.homeId)).toEqual([1, pstw.id]);

    // The other home's resident does not exist from here.
    expect(await core.router.call('casefile.get', { residentId: child.id }, { sessionKey: 'prov' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('case file', () => {
  let core: Core;
  let head: string;
  let worker: string;
  let residentId: number;
  const call = <C extends ChannelName>(session: string, channel: C, input: ChannelInput<C>) => core.router.call(channel, input, { sessionKey: session });
  const stageId = async (name: string) => (await ok(core, 'admin', 'stages.list')).find((s) => s.name === name)!.id;

  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'admin'); // a PSAA home
    head = await userWithRole(core, 'admin', 'head', 'kepala');
    worker = await userWithRole(core, 'admin', 'caregiver', 'peksos');
    residentId = (await ok(core, 'admin', 'residents.create', { resident: sampleResident() })).id; // admitted 2026-07-15
  });
  afterEach(() => core.close());

  describe('stages', () => {
    it('a new resident starts in the first stage on the admission date', async () => {
      const file = await ok(core, worker, 'casefile.get', { residentId });
      expect(file.stageHistory).toHaveLength(1);
      expect(file.currentStage).toMatchObject({ stageName: 'Rujukan', startedOn: '2026-07-15', endedOn: null, note: 'Otomatis saat registrasi' });
      expect(file.can).toEqual({ setStage: true, addAssessment: true, createPlan: true, decidePlans: false });
      expect((await ok(core, head, 'casefile.get', { residentId })).can.decidePlans).toBe(true);
    });

    it('moves on to the next stage, closing the current one and keeping the history', async () => {
      const asesmen = await stageId('Asesmen');
      await ok(core, worker, 'casefile.setStage', { residentId, stageId: asesmen, startedOn: '2026-07-20', note: 'Asesmen awal oleh peksos' });
      const file = await ok(core, worker, 'casefile.setStage', { residentId, stageId: await stageId('Perencanaan pengasuhan'), startedOn: '2026-08-03', note: null });
      expect(file.stageHistory).toMatchObject([
        { stageName: 'Rujukan', startedOn: '2026-07-15', endedOn: '2026-07-20' },
        { stageName: 'Asesmen', startedOn: '2026-07-20', endedOn: '2026-08-03', note: 'Asesmen awal oleh peksos', recordedBy: 'Pengguna caregiver' },
        { stageName: 'Perencanaan pengasuhan', startedOn: '2026-08-03', endedOn: null },
      ]);
      expect(file.currentStage?.stageName).toBe('Perencanaan pengasuhan');
      const stages = await ok(core, 'admin', 'stages.list');
      expect(stages.find((s) => s.id === asesmen)).toMatchObject({ inUse: true, currentResidents: 0 });
      expect(stages.find((s) => s.name === 'Perencanaan pengasuhan')).toMatchObject({ inUse: true, currentResidents: 1 });
    });

    it('refuses a date before the current stage or the admission, the same stage, an inactive stage and a discharged resident', async () => {
      await ok(core, worker, 'casefile.setStage', { residentId, stageId: await stageId('Asesmen'), startedOn: '2026-07-20', note: null });
      const implementasi = await stageId('Implementasi');
      expect(await call(worker, 'casefile.setStage', { residentId, stageId: implementasi, startedOn: '2026-07-19', note: null })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fieldErrors: { startedOn: expect.stringContaining('20 Juli 2026') } },
      });
      expect(await call(worker, 'casefile.setStage', { residentId, stageId: await stageId('Asesmen'), startedOn: '2026-07-25', note: null })).toMatchObject({
        ok: false,
        error: { fieldErrors: { stageId: expect.stringContaining('sudah berada') } },
      });

      const stages = await ok(core, 'admin', 'stages.list');
      await ok(core, 'admin', 'stages.save', { stages: stages.map((s) => ({ id: s.id, name: s.name, active: s.id !== implementasi })) });
      expect(await call(worker, 'casefile.setStage', { residentId, stageId: implementasi, startedOn: '2026-08-01', note: null })).toMatchObject({
        ok: false,
        error: { fieldErrors: { stageId: expect.stringContaining('dinonaktifkan') } },
      });

      const second = await ok(core, 'admin', 'residents.create', { resident: sampleResident({ fullName: 'Rudi Hartono', nik: null, sex: 'L', birthDate: '2011-01-02', admissionDate: '2026-09-01' }) });
      expect(await call(worker, 'casefile.setStage', { residentId: second.id, stageId: await stageId('Asesmen'), startedOn: '2026-08-31', note: null })).toMatchObject({
        ok: false,
        error: { fieldErrors: { startedOn: expect.stringContaining('tanggal masuk (1 September 2026)') } },
      });

      await ok(core, head, 'residents.requestExit', { id: residentId, exitType: 'returned_family', effectiveDate: '2026-11-20', reason: 'Keluarga sanggup mengasuh' });
      expect(await call(worker, 'casefile.setStage', { residentId, stageId: await stageId('Terminasi'), startedOn: '2026-11-21', note: null })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT' },
      });
      expect((await ok(core, worker, 'casefile.get', { residentId })).can.setStage).toBe(false);
      const rows = core.db.select().from(residentStages).where(eq(residentStages.residentId, residentId)).orderBy(asc(residentStages.id)).all();
      expect(rows.map((r) => [r.startedOn, r.endedOn])).toEqual([
        ['2026-07-15', '2026-07-20'],
        ['2026-07-20', '2026-11-20'], // the discharge ended the stage on its date
      ]);
    });

    it('renames, reorders, adds and deactivates; a new resident enters the first active stage', async () => {
      const [rujukan, asesmen, ...rest] = await ok(core, 'admin', 'stages.list');
      const saved = await ok(core, 'admin', 'stages.save', {
        stages: [
          { id: rujukan!.id, name: 'Rujukan', active: false },
          { name: 'Pembinaan keluarga', active: true },
          { id: asesmen!.id, name: 'Asesmen awal', active: true },
          ...rest.map((s) => ({ id: s.id, name: s.name, active: s.active })),
        ],
      });
      expect(saved.map((s) => [s.position, s.name, s.active])).toEqual([
        [1, 'Rujukan', false],
        [2, 'Pembinaan keluarga', true],
        [3, 'Asesmen awal', true],
        ...rest.map((s, i) => [i + 4, s.name, true]),
      ]);
      expect(saved[0]).toMatchObject({ id: rujukan!.id, inUse: true, currentResidents: 1 });
      const audit = core.db.select().from(auditLog).where(eq(auditLog.entity, 'rehab-stage')).all();
      // Rujukan deactivated, Asesmen renamed and moved, the rest moved down one place by the new stage.
      expect(audit.map((a) => a.action).sort()).toEqual(['create', 'seed', ...Array(2 + rest.length).fill('update')]);
      expect(JSON.parse(audit.find((a) => a.entityId === String(asesmen!.id))!.beforeJson!)).toMatchObject({ name: 'Asesmen', position: 2 });

      const next = await ok(core, 'admin', 'residents.create', { resident: sampleResident({ fullName: 'Rudi Hartono', nik: null, sex: 'L', birthDate: '2011-01-02' }) });
      expect((await ok(core, 'admin', 'casefile.get', { residentId: next.id })).currentStage?.stageName).toBe('Pembinaan keluarga');
    });

    it('refuses to delete a stage in use and duplicate names; deletes an unused stage', async () => {
      const stages = await ok(core, 'admin', 'stages.list');
      const entries = stages.map((s) => ({ id: s.id, name: s.name, active: s.active }));
      const withoutFirst = await call('admin', 'stages.save', { stages: entries.slice(1) });
      expect(withoutFirst).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Nonaktifkan'), details: { stageId: stages[0]!.id } } });
      expect(await call('admin', 'stages.save', { stages: [...entries, { name: ' asesmen ', active: true }] })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fieldErrors: { [`stages.${entries.length}.name`]: expect.stringContaining('sudah dipakai') } },
      });
      expect(await call('admin', 'stages.save', { stages: entries.map((e) => ({ ...e, active: false })) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(await ok(core, 'admin', 'stages.list')).toEqual(stages);

      const last = stages.at(-1)!;
      const saved = await ok(core, 'admin', 'stages.save', { stages: entries.slice(0, -1) });
      expect(saved.map((s) => s.id)).not.toContain(last.id);
      expect(core.db.select().from(auditLog).where(and(eq(auditLog.entity, 'rehab-stage'), eq(auditLog.action, 'delete'))).get()).toMatchObject({ entityId: String(last.id) });
      expect(await call(worker, 'stages.save', { stages: entries })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    });
  });

  it('records assessments, newest first, with the assessor; not before admission', async () => {
    const input = { residentId, problems: 'Ditelantarkan orang tua', needs: 'Pendidikan, pengasuhan', strengths: 'Rajin, suka menggambar', familySituation: 'Ibu bekerja di luar kota', recommendation: null };
    const first = await ok(core, worker, 'casefile.addAssessment', { ...input, assessedOn: '2026-07-20' });
    expect(first).toMatchObject({ assessedOn: '2026-07-20', assessor: 'Pengguna caregiver', recommendation: null });
    await ok(core, head, 'casefile.addAssessment', { ...input, assessedOn: '2026-10-01', recommendation: 'Lanjutkan bimbingan sosial' });
    const file = await ok(core, worker, 'casefile.get', { residentId });
    expect(file.assessments.map((a) => [a.assessedOn, a.assessor])).toEqual([
      ['2026-10-01', 'Pengguna head'],
      ['2026-07-20', 'Pengguna caregiver'],
    ]);
    expect(await call(worker, 'casefile.addAssessment', { ...input, assessedOn: '2026-07-01' })).toMatchObject({ ok: false, error: { fieldErrors: { assessedOn: expect.any(String) } } });
    expect(await call(worker, 'casefile.addAssessment', { ...input, problems: '  ', assessedOn: '2026-07-21' })).toMatchObject({ ok: false, error: { fieldErrors: { problems: expect.any(String) } } });
    expect(core.db.select().from(auditLog).where(eq(auditLog.entity, 'assessment')).all()).toHaveLength(2);
  });

  describe('intervention plans', () => {
    const plan = (overrides: Partial<PlanInput> = {}): PlanInput => ({
      residentId,
      periodStart: '2026-08-01',
      periodEnd: '2026-12-31',
      summary: 'Pengasuhan dan bimbingan sosial',
      goals: [goal(), goal({ domain: 'skills', goal: 'Bisa menjahit pakaian sederhana', targetDate: '2026-12-15' })],
      ...overrides,
    });
    const approved = async (overrides: Partial<PlanInput> = {}) => {
      const p = await ok(core, worker, 'casefile.savePlan', plan(overrides));
      await ok(core, worker, 'casefile.submitPlan', { id: p.id });
      return ok(core, head, 'casefile.decidePlan', { id: p.id, approve: true, note: null });
    };

    it('draft → submitted → returned with a note → edited → resubmitted → approved; then frozen', async () => {
      expect(await call(worker, 'casefile.savePlan', plan({ periodEnd: '2026-07-31' }))).toMatchObject({ ok: false, error: { fieldErrors: { periodEnd: expect.any(String) } } });
      expect(await call(worker, 'casefile.savePlan', plan({ goals: [] }))).toMatchObject({ ok: false, error: { fieldErrors: { goals: 'Paling sedikit satu tujuan' } } });
      const draft = await ok(core, worker, 'casefile.savePlan', plan());
      expect(draft).toMatchObject({ status: 'draft', createdBy: 'Pengguna caregiver', can: { edit: true, submit: true, decide: false, addProgress: false } });
      expect(draft.goals.map((g) => [g.domain, g.status])).toEqual([
        ['social', 'open'],
        ['skills', 'open'],
      ]);

      const submitted = await ok(core, worker, 'casefile.submitPlan', { id: draft.id });
      expect(submitted).toMatchObject({ status: 'submitted', can: { edit: false } });
      expect(await call(worker, 'casefile.savePlan', plan({ id: draft.id }))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(await call(worker, 'casefile.decidePlan', { id: draft.id, approve: true, note: null })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await call(head, 'casefile.decidePlan', { id: draft.id, approve: false, note: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { note: expect.any(String) } } });
      expect((await ok(core, head, 'casefile.get', { residentId })).plans[0]).toMatchObject({ status: 'submitted', can: { decide: true } });

      const returned = await ok(core, head, 'casefile.decidePlan', { id: draft.id, approve: false, note: 'Tambahkan tujuan bimbingan keluarga' });
      expect(returned).toMatchObject({ status: 'returned', decidedBy: 'Pengguna head', decisionNote: 'Tambahkan tujuan bimbingan keluarga', can: { edit: true } });

      const [social, skills] = draft.goals;
      const edited = await ok(core, worker, 'casefile.savePlan', {
        ...plan({ id: draft.id, summary: 'Diperbaiki' }),
        goals: [{ ...goal({ goal: 'Mampu bergaul dan berbagi' }), id: social!.id }, goal({ domain: 'family', goal: 'Kunjungan ibu sebulan sekali', targetDate: null })],
      });
      expect(edited).toMatchObject({ status: 'returned', summary: 'Diperbaiki' });
      expect(edited.goals.map((g) => [g.id, g.domain, g.goal])).toEqual([
        [social!.id, 'social', 'Mampu bergaul dan berbagi'],
        [expect.any(Number), 'family', 'Kunjungan ibu sebulan sekali'],
      ]);
      expect(edited.goals.map((g) => g.id)).not.toContain(skills!.id);

      await ok(core, worker, 'casefile.submitPlan', { id: draft.id });
      const final = await ok(core, head, 'casefile.decidePlan', { id: draft.id, approve: true, note: null });
      expect(final).toMatchObject({ status: 'approved', decidedBy: 'Pengguna head', can: { edit: false, submit: false, decide: false, addProgress: true } });
      expect(await call(worker, 'casefile.savePlan', plan({ id: draft.id, summary: 'Diam-diam diubah' }))).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: expect.stringContaining('sudah disetujui') },
      });
      expect(await call(worker, 'casefile.submitPlan', { id: draft.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(await call(head, 'casefile.decidePlan', { id: draft.id, approve: false, note: 'x' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

      const actions = core.db.select().from(auditLog).where(eq(auditLog.entity, 'intervention-plan')).orderBy(asc(auditLog.id)).all();
      expect(actions.map((a) => [a.action, a.username])).toEqual([
        ['create', 'peksos'],
        ['submit', 'peksos'],
        ['return', 'kepala'],
        ['update', 'peksos'],
        ['submit', 'peksos'],
        ['approve', 'kepala'],
      ]);
      expect(JSON.parse(actions[3]!.beforeJson!)).toMatchObject({ summary: 'Pengasuhan dan bimbingan sosial', goals: [{ goal: 'Mampu bergaul dengan teman sekamar' }, { domain: 'skills' }] });
      expect(JSON.parse(actions[3]!.afterJson!)).toMatchObject({ summary: 'Diperbaiki', goals: [{ goal: 'Mampu bergaul dan berbagi' }, { domain: 'family' }] });
    });

    it('a plan cannot be approved while another approved plan’s period overlaps it', async () => {
      const first = await approved();
      const overlapping = await ok(core, worker, 'casefile.savePlan', plan({ periodStart: '2026-12-01', periodEnd: '2027-05-31', goals: [goal({ targetDate: null })] }));
      await ok(core, worker, 'casefile.submitPlan', { id: overlapping.id });
      const refused = await call(head, 'casefile.decidePlan', { id: overlapping.id, approve: true, note: null });
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: expect.stringContaining('beririsan'), details: { overlappingPlanId: first.id } },
      });
      expect(refused.ok || refused.error.message).toContain('1 Agustus 2026 – 31 Desember 2026');
      await ok(core, head, 'casefile.decidePlan', { id: overlapping.id, approve: false, note: 'Mulai setelah rencana pertama berakhir' });
      await ok(core, worker, 'casefile.savePlan', plan({ id: overlapping.id, periodStart: '2027-01-01', periodEnd: '2027-06-30', goals: [goal({ targetDate: null })] }));
      await ok(core, worker, 'casefile.submitPlan', { id: overlapping.id });
      expect(await ok(core, head, 'casefile.decidePlan', { id: overlapping.id, approve: true, note: null })).toMatchObject({ status: 'approved' });
      expect((await ok(core, worker, 'casefile.get', { residentId })).plans.map((p) => [p.id, p.status])).toEqual([
        [overlapping.id, 'approved'],
        [first.id, 'approved'],
      ]);
    });

    it('progress notes only on approved plans; a goal can be marked achieved', async () => {
      const draft = await ok(core, worker, 'casefile.savePlan', plan());
      const draftGoal = draft.goals[0]!.id;
      expect(await call(worker, 'casefile.addProgress', { goalId: draftGoal, notedOn: '2026-08-10', note: 'Mulai ikut kegiatan' })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: expect.stringContaining('sudah disetujui') },
      });
      await ok(core, worker, 'casefile.submitPlan', { id: draft.id });
      expect(await call(worker, 'casefile.addProgress', { goalId: draftGoal, notedOn: '2026-08-10', note: 'Mulai ikut kegiatan' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

      await ok(core, head, 'casefile.decidePlan', { id: draft.id, approve: true, note: 'Setuju' });
      expect(await call(worker, 'casefile.addProgress', { goalId: draftGoal, notedOn: '2026-07-31', note: 'Terlalu awal' })).toMatchObject({ ok: false, error: { fieldErrors: { notedOn: expect.any(String) } } });
      expect(await call(worker, 'casefile.addProgress', { goalId: draftGoal, notedOn: '2026-08-10', note: 'x', progressPercent: 120 })).toMatchObject({
        ok: false,
        error: { fieldErrors: { progressPercent: expect.any(String) } },
      });
      await ok(core, worker, 'casefile.addProgress', { goalId: draftGoal, notedOn: '2026-08-10', note: 'Mulai ikut kegiatan kelompok', progressPercent: 40 });
      const done = await ok(core, head, 'casefile.addProgress', { goalId: draftGoal, notedOn: '2026-10-30', note: 'Sudah akrab dengan teman sekamar', progressPercent: 100, goalStatus: 'achieved' });
      expect(done.goals[0]).toMatchObject({
        status: 'achieved',
        progress: [
          { notedOn: '2026-10-30', progressPercent: 100, recordedBy: 'Pengguna head' },
          { notedOn: '2026-08-10', progressPercent: 40, recordedBy: 'Pengguna caregiver', note: 'Mulai ikut kegiatan kelompok' },
        ],
      });
      expect(done.goals[1]).toMatchObject({ status: 'open', progress: [] });
      const goalAudit = core.db.select().from(auditLog).where(eq(auditLog.entity, 'plan-goal')).orderBy(asc(auditLog.id)).all();
      expect(goalAudit.map((a) => [a.entityId, a.action])).toEqual([
        [String(draftGoal), 'progress'],
        [String(draftGoal), 'progress-status'],
      ]);
      expect(JSON.parse(goalAudit[1]!.beforeJson!)).toEqual({ status: 'open' });
      expect(JSON.parse(goalAudit[1]!.afterJson!)).toMatchObject({ status: 'achieved', progress: { progressPercent: 100 } });
    });
  });

  it('writes an audit row for every stage change and records who opened the file', async () => {
    await ok(core, worker, 'casefile.setStage', { residentId, stageId: await stageId('Asesmen'), startedOn: '2026-07-20', note: null });
    await ok(core, head, 'casefile.get', { residentId });
    const rows = core.db.select().from(auditLog).where(eq(auditLog.entity, 'resident-stage')).orderBy(asc(auditLog.id)).all();
    expect(rows.map((r) => [r.action, r.username])).toEqual([
      ['create', 'admin'],
      ['change', 'peksos'],
    ]);
    expect(JSON.parse(rows[1]!.beforeJson!)).toMatchObject({ open: [{ startedOn: '2026-07-15', endedOn: null }] });
    expect(JSON.parse(rows[1]!.afterJson!)).toMatchObject({ stageName: 'Asesmen', startedOn: '2026-07-20', closed: [{ endedOn: '2026-07-20' }] });
    const views = core.db.select().from(auditLog).where(and(eq(auditLog.entity, 'casefile'), eq(auditLog.action, 'view'))).all();
    expect(views.map((v) => [v.username, v.entityId])).toEqual([['kepala', String(residentId)]]);
  });
});
