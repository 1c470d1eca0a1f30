import type { CriteriaInput, HomeType } from '../../../src-main/contract';
import { CriteriaInput as CriteriaSchema, ScoreItemsInput } from '../../../src-main/contract';
import { assessApplication, registerApplication } from '../../../src-main/features/intake/applications.service';
import { saveCriteria, saveScoreItems } from '../../../src-main/features/intake/intake-criteria';
import { createRound, decide } from '../../../src-main/features/intake/rounds.service';
import { ApplicationInput } from '../../../src-main/contract';
import type { DemoContext, DemoHome, DemoModule } from '../context';
import { addDays, atWib, wibDate } from '../context';
import type { Rng } from '../rng';

/*
 * Intake selection. Every home gets its admission criteria and scoring form, its capacity, two past selection
 * rounds (approved) and one round in progress.
 *   - Past rounds are history written as rows: their accepted applicants ARE residents the residents module
 *     admitted in the round's window (the application copies the resident's identity; residents.application_id
 *     points back), so the residents' numbers do not change; a few others were rejected, referred or
 *     wait-listed (the last round's wait-listed carry over into the open round).
 *   - The open round runs through the real services: opened by the administrator (quota = free places),
 *     new applicants registered, most assessed by a social worker, some decided; nothing approved yet.
 */

const CHILD: CriteriaInput = { minAge: 6, maxAge: 18, sexes: [], pmksCategories: [1, 2, 3, 4, 5, 6, 7], disabilityTypes: [], requiredDocuments: ['kk'] };
const CRITERIA: Record<HomeType, CriteriaInput> = {
  PSAA: CHILD,
  PSAABR: { ...CHILD, maxAge: 21 },
  PSBR: { minAge: 15, maxAge: 25, sexes: [], pmksCategories: [2, 3, 4, 7], disabilityTypes: ['none'], requiredDocuments: ['kk'] },
  PSBN: { minAge: 15, maxAge: 55, sexes: [], pmksCategories: [], disabilityTypes: ['visual', 'multiple'], requiredDocuments: ['kk', 'medical_certificate'] },
  PSBG: { minAge: 7, maxAge: 45, sexes: [], pmksCategories: [], disabilityTypes: ['intellectual', 'multiple'], requiredDocuments: ['kk'] },
  PSTW: { minAge: 60, maxAge: null, sexes: [], pmksCategories: [8], disabilityTypes: [], requiredDocuments: ['kk', 'medical_certificate'] },
  PSKW: { minAge: 15, maxAge: 45, sexes: ['P'], pmksCategories: [], disabilityTypes: ['none'], requiredDocuments: ['kk'] },
  NAPZA: { minAge: 15, maxAge: 45, sexes: [], pmksCategories: [], disabilityTypes: [], requiredDocuments: ['kk'] },
};
const SCORE_ITEMS = [
  { name: 'Kedaruratan', description: 'Keselamatan dan kebutuhan mendesak', weight: 35 },
  { name: 'Kondisi keluarga', description: 'Tidak ada keluarga yang mampu mengasuh', weight: 30 },
  { name: 'Kesehatan', description: 'Kebutuhan perawatan', weight: 15 },
  { name: 'Motivasi', description: 'Kemauan mengikuti program', weight: 20 },
];
const WEIGHTS = SCORE_ITEMS.map((i) => i.weight);

const GIVEN = { L: ['Rizky', 'Fajar', 'Dimas', 'Arif', 'Yusuf', 'Hendra', 'Rahmat', 'Bayu'], P: ['Putri', 'Ayu', 'Rina', 'Dewi', 'Nurul', 'Sari', 'Wulan', 'Fitri'] } as const;
const FAMILY = ['Saputra', 'Hidayat', 'Lestari', 'Pratama', 'Rahmawati', 'Kurniawan', 'Susanti', 'Wijaya'];
const REJECT_REASONS = ['Tidak memenuhi kriteria umur panti', 'Masih ada keluarga yang sanggup mengasuh setelah kunjungan rumah', 'Kategori PMKS tidak dilayani panti ini'];
const REFER_TO = ['Panti sosial milik Kementerian Sosial', 'LKSA swasta di kabupaten asal', 'Rumah sakit jiwa daerah'];

/** Ages a synthetic applicant of this home type is born at. */
function ageRange(type: HomeType): [number, number] {
  const c = CRITERIA[type];
  return [c.minAge ?? 18, Math.min(c.maxAge ?? 80, (c.minAge ?? 18) + 20)];
}

function person(rng: Rng, home: DemoHome, onDate: string, tooYoung = false) {
  const c = CRITERIA[home.type];
  const sex: 'L' | 'P' = c.sexes?.length === 1 ? c.sexes[0]! : rng.chance(0.5) ? 'L' : 'P';
  const [min, max] = ageRange(home.type);
  const age = tooYoung ? Math.max(1, min - rng.int(2, 4)) : rng.int(min, max);
  const birth = `${Number(onDate.slice(0, 4)) - age - 1}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const pmks = c.pmksCategories?.length ? rng.pick(c.pmksCategories) : (FALLBACK_PMKS[home.type] ?? 2);
  const disability = c.disabilityTypes?.length ? rng.pick(c.disabilityTypes) : 'none';
  return { fullName: `${rng.pick(GIVEN[sex])} ${rng.pick(FAMILY)}`, sex, birthDate: birth, pmksCategory: pmks, disabilityType: disability };
}

/** The PMKS category of an applicant to a home that serves every category. */
const FALLBACK_PMKS: Partial<Record<HomeType, number>> = { PSBN: 9, PSBG: 9, PSKW: 23, NAPZA: 17 };

const scoresOf = (rng: Rng) => WEIGHTS.map(() => rng.int(2, 5));
const scoreX10 = (values: number[]) => Math.round((values.reduce((n, v, i) => n + v * WEIGHTS[i]!, 0) / WEIGHTS.reduce((n, w) => n + w * 5, 0)) * 1000);

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

/** "Periode II Tahun 2026": the rounds of a home numbered within their year. */
function roundName(sqlite: DemoContext['sqlite'], homeId: number, startDate: string): string {
  const year = startDate.slice(0, 4);
  const before = (sqlite.prepare("SELECT count(*) AS n FROM intake_rounds WHERE home_id = ? AND substr(start_date, 1, 4) = ?").get(homeId, year) as { n: number }).n;
  return `Periode ${ROMAN[before] ?? before + 1} Tahun ${year}`;
}

function planHome(ctx: DemoContext, home: DemoHome, rng: Rng): void {
  const { sqlite } = ctx;
  const at = (day: Date, hour: number) => atWib(day, hour, rng.int(0, 59));
  const adminOn = (when: Date) => ctx.staffOn(home.id, 'admin', when)[0];
  const setupDay = addDays(ctx.today, -170);
  const admin0 = adminOn(setupDay);
  if (!admin0) return;
  let itemIds: number[] = [];
  // The administrator sets the criteria and the scoring form.
  ctx.timeline.at(at(setupDay, 9), () => {
    const actor = ctx.actorFor(admin0, 'intake.saveCriteria', home.id);
    saveCriteria(ctx.db, actor, CriteriaSchema.parse(CRITERIA[home.type]));
    itemIds = saveScoreItems(ctx.db, { ...actor, channel: 'intake.saveScoreItems' }, ScoreItemsInput.parse({ items: SCORE_ITEMS })).map((i) => i.id);
  });

  let applicationSeq = 0;
  const nextNo = (date: string) => `CS-${date.slice(0, 4)}-${String(++applicationSeq).padStart(4, '0')}`;
  const insertApplication = sqlite.prepare(`INSERT INTO intake_applications (home_id, application_no, application_date, full_name, nickname, nik, kk_number, birth_place, birth_date,
    birth_date_estimated, sex, religion, education, marital_status, origin_province, origin_regency, origin_district, origin_village, origin_address, pmks_category,
    disability_type, disability_degree, referral_source, referrer_name, referral_letter_no, referral_letter_date, health_notes, guardians, status, round_id, resident_id, created_by, created_at, updated_at)
    SELECT home_id, @no, @date, full_name, nickname, nik, kk_number, birth_place, birth_date, birth_date_estimated, sex, religion, education, marital_status, origin_province,
    origin_regency, origin_district, origin_village, origin_address, pmks_category, disability_type, disability_degree, coalesce(referral_source, 'family'), @referrer, @letterNo,
    @date, health_notes, @guardians, 'admitted', @roundId, id, @by, @at, @at FROM residents WHERE id = @residentId`);
  const insertSynthetic = sqlite.prepare(`INSERT INTO intake_applications (home_id, application_no, application_date, full_name, birth_date, sex, pmks_category, disability_type,
    referral_source, referrer_name, status, round_id, created_by, created_at, updated_at)
    VALUES (@homeId, @no, @date, @fullName, @birthDate, @sex, @pmksCategory, @disabilityType, @source, @referrer, @status, @roundId, @by, @at, @at)`);
  // Before the open round the home has no capacity set (it is set when that round opens): as the service does then,
  // the quota is typed by the administrator, with the reason, and no computed quota.
  const insertRound = sqlite.prepare(`INSERT INTO intake_rounds (home_id, name, start_date, end_date, computed_quota, quota, quota_reason, minutes_no, chair_name, chair_nip, members, status,
    approved_on, approved_by, approved_at, created_by, created_at) VALUES (@homeId, @name, @start, @end, NULL, @quota, 'Kapasitas panti belum diatur; kuota diisi petugas', @minutesNo, @chair, @chairNip, @members, 'approved', @end, @headId, @at, @by, @at)`);
  const insertAssessment = sqlite.prepare(`INSERT INTO intake_assessments (home_id, application_id, assessed_on, scores, score_x10, notes, assessed_by, created_at)
    VALUES (@homeId, @applicationId, @date, @scores, @score, 'Kunjungan rumah dan wawancara', @by, @at)`);
  const insertDecision = sqlite.prepare(`INSERT INTO intake_decisions (home_id, round_id, application_id, decision, reason, referred_to, score_x10, letter_no, decided_by, decided_at)
    VALUES (@homeId, @roundId, @applicationId, @decision, @reason, @referredTo, @score, @letterNo, @by, @at)`);

  // Two past rounds, approved at the end of their windows.
  for (const [index, [from, to]] of ([[-150, -91], [-90, -31]] as const).entries()) {
    const start = addDays(ctx.today, from);
    const end = addDays(ctx.today, to);
    const last = index === 1;
    ctx.timeline.raw(at(end, 14), (iso) => {
      const admin = adminOn(end);
      const head = ctx.staffOn(home.id, 'head', end)[0];
      const worker = ctx.staffOn(home.id, 'caregiver', end)[0] ?? admin;
      if (!admin || !head || !worker || itemIds.length === 0) return;
      const startDate = wibDate(start);
      const endDate = wibDate(end);
      const admitted = sqlite
        .prepare(`SELECT id, admission_date AS admissionDate FROM residents WHERE home_id = ? AND application_id IS NULL AND admission_date BETWEEN ? AND ? ORDER BY admission_date, id LIMIT 5`)
        .all(home.id, startDate, endDate) as { id: number; admissionDate: string }[];
      const year = endDate.slice(0, 4);
      const name = roundName(sqlite, home.id, startDate);
      const round = insertRound.run({
        homeId: home.id,
        name,
        start: startDate,
        end: endDate,
        quota: admitted.length,
        minutesNo: `400.9/${String(rng.int(10, 300)).padStart(3, '0')}/BA-SEL/${year}`,
        chair: admin.fullName,
        chairNip: null,
        members: JSON.stringify([{ name: worker.fullName, nip: null, role: 'Pekerja sosial' }]),
        headId: head.id,
        by: admin.id,
        at: iso,
      }).lastInsertRowid as number;
      // The audit rows the services write for what is written here in bulk.
      const audit = (by: typeof admin, channel: string, entity: string, entityId: number, action: string, after: unknown) =>
        ctx.audit({ at: iso, userId: by.id, username: by.username, homeId: home.id, channel, entity, entityId, action, after });
      audit(admin, 'intake.createRound', 'intake-round', round, 'create', { name, startDate, endDate, quota: admitted.length, quotaReason: 'Kapasitas panti belum diatur; kuota diisi petugas' });
      let letter = 0;
      const decided = (applicationId: number, decision: string, reason: string, score: number, referredTo: string | null = null) => {
        const id = insertDecision.run({ homeId: home.id, roundId: round, applicationId, decision, reason, referredTo, score, letterNo: `${String(++letter).padStart(3, '0')}/SK-SEL/${round}/${year}`, by: admin.id, at: iso }).lastInsertRowid as number;
        audit(admin, 'intake.decide', 'intake-decision', id, 'create', { roundId: round, applicationId, decision, reason, referredTo });
      };
      const assessed = (applicationId: number, date: string) => {
        const values = scoresOf(rng);
        const score = scoreX10(values);
        insertAssessment.run({ homeId: home.id, applicationId, date, scores: JSON.stringify(values.map((value, i) => ({ itemId: itemIds[i], name: SCORE_ITEMS[i]!.name, weight: WEIGHTS[i], value }))), score, by: worker.id, at: iso });
        return score;
      };
      for (const r of admitted) {
        const date = r.admissionDate < startDate ? startDate : r.admissionDate;
        const guardians = sqlite.prepare('SELECT name, relationship, phone, address, is_primary AS isPrimary FROM resident_guardians WHERE resident_id = ? ORDER BY position').all(r.id) as { isPrimary: number }[];
        const app = insertApplication.run({ no: nextNo(date), date, referrer: null, letterNo: null, guardians: JSON.stringify(guardians.map((g) => ({ ...g, isPrimary: Boolean(g.isPrimary) }))), roundId: round, by: admin.id, at: iso, residentId: r.id }).lastInsertRowid as number;
        audit(admin, 'intake.register', 'intake-application', app, 'create', { applicationDate: date, residentId: r.id });
        const score = assessed(app, date);
        decided(app, 'accepted', 'Memenuhi kriteria dan hasil asesmen menunjukkan kebutuhan pelayanan panti', Math.max(score, 700));
        sqlite.prepare('UPDATE residents SET application_id = ? WHERE id = ?').run(app, r.id);
      }
      const others: ['rejected' | 'referred' | 'waitlisted', boolean][] = [['rejected', true], ['referred', false], ...(last ? [['waitlisted', false] as ['waitlisted', boolean]] : [])];
      for (const [decision, tooYoung] of others) {
        const p = person(rng, home, startDate, tooYoung);
        const app = insertSynthetic.run({ homeId: home.id, no: nextNo(startDate), date: startDate, ...p, source: rng.pick(['district_office', 'puskesos', 'family', 'upsk']), referrer: null, status: decision, roundId: decision === 'waitlisted' ? null : round, by: admin.id, at: iso }).lastInsertRowid as number;
        audit(admin, 'intake.register', 'intake-application', app, 'create', { applicationDate: startDate, fullName: p.fullName });
        const score = assessed(app, startDate);
        const referredTo = decision === 'referred' ? rng.pick(REFER_TO) : null;
        decided(app, decision, decision === 'rejected' ? rng.pick(REJECT_REASONS) : decision === 'referred' ? 'Kebutuhan calon lebih sesuai dilayani lembaga lain' : 'Kuota periode ini sudah penuh', score, referredTo);
      }
      audit(head, 'intake.approveRound', 'intake-round', round, 'approve', { approvedOn: endDate, admitted: admitted.map((r) => r.id) });
    });
  }

  // The open round, through the services: capacity set, round opened, applicants registered, assessed, some decided.
  const openDay = addDays(ctx.today, -12);
  const admin = adminOn(openDay);
  const worker = ctx.staffOn(home.id, 'caregiver', openDay)[0];
  if (!admin || !worker) return;
  ctx.timeline.raw(at(openDay, 8), () => {
    const active = (sqlite.prepare("SELECT count(*) AS n FROM residents WHERE home_id = ? AND status = 'active'").get(home.id) as { n: number }).n;
    sqlite.prepare('UPDATE homes SET capacity = ? WHERE id = ?').run(active + rng.int(3, 6), home.id);
  });
  const roundHolder: { id?: number; applications: number[] } = { applications: [] };
  ctx.timeline.at(at(openDay, 9), (iso) => {
    const round = createRound(ctx.db, ctx.actorFor(admin, 'intake.createRound', home.id), {
      name: roundName(sqlite, home.id, iso.slice(0, 10)),
      startDate: wibDate(openDay),
      endDate: wibDate(addDays(ctx.today, 20)),
      minutesNo: null,
      chairName: admin.fullName,
      chairNip: null,
      members: [{ name: worker.fullName, nip: null, role: 'Pekerja sosial' }],
      quota: null,
    });
    roundHolder.id = round.id;
    roundHolder.applications = round.entries.map((e) => e.applicationId);
  });
  for (let i = 0; i < 5; i++) {
    const day = addDays(openDay, 1 + i);
    ctx.timeline.at(at(day, 10), () => {
      const p = person(rng, home, wibDate(day), i === 4);
      const source = rng.pick(['district_office', 'puskesos', 'upsk', 'police', 'hospital', 'family', 'self'] as const);
      const values = ApplicationInput.parse({
        ...p,
        applicationDate: wibDate(day),
        referralSource: source,
        referrerName: source === 'district_office' ? `Dinas Sosial ${home.regency}` : null,
        referralLetterNo: source === 'district_office' ? `460/${rng.int(100, 999)}/Dinsos/${wibDate(day).slice(0, 4)}` : null,
        referralLetterDate: source === 'district_office' ? wibDate(addDays(day, -3)) : null,
        originProvince: home.province.name,
        originRegency: home.regency,
        guardians: [],
      });
      roundHolder.applications.push(registerApplication(ctx.db, ctx.actorFor(admin, 'intake.register', home.id), values).id);
    });
  }
  ctx.timeline.at(at(addDays(ctx.today, -4), 11), () => {
    const assessor = ctx.actorFor(worker, 'intake.assess', home.id);
    const ids = roundHolder.applications;
    ids.slice(0, Math.max(0, ids.length - 1)).forEach((applicationId) =>
      assessApplication(ctx.db, assessor, { applicationId, assessedOn: wibDate(addDays(ctx.today, -4)), values: itemIds.map((itemId) => ({ itemId, value: rng.int(2, 5) })), notes: 'Asesmen awal oleh pekerja sosial' }),
    );
  });
  ctx.timeline.at(at(addDays(ctx.today, -2), 13), () => {
    if (!roundHolder.id) return;
    const actor = ctx.actorFor(admin, 'intake.decide', home.id);
    const [first, second] = roundHolder.applications;
    if (first) decide(ctx.db, actor, { roundId: roundHolder.id, applicationId: first, decision: 'accepted', reason: 'Memenuhi kriteria; kebutuhan mendesak', referredTo: null, override: null });
    if (second) decide(ctx.db, actor, { roundId: roundHolder.id, applicationId: second, decision: 'waitlisted', reason: 'Menunggu hasil kunjungan rumah kedua', referredTo: null, override: null });
  });
}

export const intakeModule: DemoModule = {
  name: 'intake',
  description: 'seleksi calon: kriteria, formulir penilaian, dua periode lalu yang disetujui, satu periode berjalan',
  plan(ctx) {
    for (const home of ctx.homes) planHome(ctx, home, ctx.rng);
  },
};
