import { sql } from 'drizzle-orm';
import type { AttendanceStatus, CourseTypeCode, HomeType, ProgrammeKind } from '../../../src-main/contract';
import { presentOn } from '../../../src-main/features/census/census.service';
import { assess, complete, enrol, recordSession } from '../../../src-main/features/training/enrolment.service';
import { saveCourseType, saveProgramme } from '../../../src-main/features/training/programmes.service';
import { paySchoolFee, saveSchoolRecord, saveSchoolReport } from '../../../src-main/features/training/school.service';
import { getEnrolment } from '../../../src-main/features/training/training-common';
import { AppError } from '../../../src-main/lib/errors';
import type { DemoContext, DemoHome, DemoModule } from '../context';
import { addDays, atWib, DAY_MS, weekdayWib, wibDate } from '../context';
import type { Rng } from '../rng';

/**
 * Education and skills training through the real services: per home, each half year a vocational course
 * fitting the home, a mental-spiritual and a social guidance programme, their sessions twice or once a
 * week with the whole group's attendance, assessments and completions at the end; for children's homes a
 * school record per child and school year, with fees paid through `recordSpending` on the budget demo's
 * education line (5.1.02.02.01.0070 Belanja Biaya Pendidikan Penerima Manfaat) and report cards per term.
 * History: the last year only (home and province scale alike), so generation stays quick.
 */

const EDUCATION_ACCOUNT = '5.1.02.02.01.0070';
const CHILDREN: HomeType[] = ['PSAA', 'PSAABR', 'PSBR'];

const COURSES: Record<HomeType, CourseTypeCode[]> = {
  PSAA: ['computer', 'handicraft'],
  PSAABR: ['sewing', 'computer'],
  PSBR: ['sewing', 'cooking'],
  PSBN: ['massage', 'handicraft'],
  PSBG: ['handicraft', 'cooking'],
  PSTW: ['handicraft', 'farming'],
  PSKW: ['sewing', 'cooking'],
  NAPZA: ['farming', 'computer'],
};
const COURSE_NAMES: Record<CourseTypeCode, string> = {
  sewing: 'Menjahit Busana Dasar',
  handicraft: 'Kerajinan Anyaman dan Manik',
  massage: 'Pijat Refleksi dan Shiatsu',
  computer: 'Komputer Perkantoran',
  cooking: 'Tata Boga dan Kue Basah',
  farming: 'Budidaya Sayur Hidroponik',
};
const INSTRUCTORS = ['Ibu Lestari', 'Bapak Zulkifli, S.Kom', 'Ibu Nurhasanah', 'Bapak Syafrizal', 'Ibu Yusnimar', 'Bapak Edi Candra'];
const TOPICS: Record<ProgrammeKind, string[]> = {
  vocational: ['Pengenalan alat dan bahan', 'Praktik dasar', 'Latihan terbimbing', 'Praktik mandiri', 'Keselamatan kerja', 'Pembuatan produk', 'Evaluasi hasil praktik'],
  guidance_mental: ['Salat berjamaah dan kultum', 'Baca tulis Al-Quran', 'Akhlak dalam keluarga', 'Sabar dan syukur', 'Kisah teladan'],
  guidance_social: ['Kerja sama kelompok', 'Mengelola emosi', 'Komunikasi dengan keluarga', 'Hidup bermasyarakat', 'Disiplin dan tanggung jawab'],
  guidance_physical: ['Senam pagi', 'Olahraga ringan'],
  school: ['Bimbingan belajar'],
};
const SCHOOLS = [
  ['sd', 'SD Negeri 05', ['Kelas 3', 'Kelas 4', 'Kelas 5', 'Kelas 6']],
  ['smp', 'SMP Negeri 2', ['Kelas 7', 'Kelas 8', 'Kelas 9']],
  ['sma', 'SMA Negeri 1', ['Kelas 10', 'Kelas 11', 'Kelas 12']],
] as const;

const ageOn = (birthDate: string | null, date: string) => (birthDate ? Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (date.slice(5) < birthDate.slice(5) ? 1 : 0) : null);
const on = (date: string, hours: number) => new Date(`${date}T${String(hours).padStart(2, '0')}:00:00+07:00`);

/** Runs a service call; a refusal the rules make (capacity, allocation) is simply skipped by the demo. */
function attempt(run: () => void) {
  try {
    run();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
}

interface PlannedProgramme {
  kind: ProgrammeKind;
  courseType: CourseTypeCode | null;
  name: string;
  days: number[];
  start: string;
  end: string;
}

function programmesFor(home: DemoHome, first: Date, today: Date, rng: Rng): PlannedProgramme[] {
  const plans: PlannedProgramme[] = [];
  let start = first;
  let batch = 1;
  while (start.getTime() < today.getTime()) {
    const end = addDays(start, 150);
    const course = COURSES[home.type][batch % 2]!;
    const s = wibDate(start);
    const e = wibDate(end);
    plans.push({ kind: 'vocational', courseType: course, name: `${COURSE_NAMES[course]} Angkatan ${batch}`, days: rng.chance(0.5) ? [1, 3] : [2, 4], start: s, end: e });
    plans.push({ kind: 'guidance_mental', courseType: null, name: `Bimbingan Mental-Spiritual Periode ${batch}`, days: [5], start: s, end: e });
    plans.push({ kind: 'guidance_social', courseType: null, name: `Bimbingan Sosial Periode ${batch}`, days: [3], start: s, end: e });
    start = addDays(end, 30);
    batch += 1;
  }
  return plans;
}

function planProgramme(ctx: DemoContext, home: DemoHome, p: PlannedProgramme, rng: Rng) {
  const startAt = on(p.start, 8);
  const admin = ctx.staffOn(home.id, 'admin', startAt)[0];
  if (!admin) return;
  let programmeId = 0;
  ctx.timeline.at(startAt, () => {
    attempt(() => {
      const actor = ctx.actorFor(admin, 'training.saveProgramme');
      const saved = saveProgramme(ctx.db, actor, {
        name: p.name,
        kind: p.kind,
        courseType: p.courseType,
        instructorName: rng.pick(INSTRUCTORS),
        instructorSource: p.kind === 'vocational' ? 'external' : 'staff',
        scheduleDays: p.days,
        startTime: p.kind === 'vocational' ? '09:00' : '14:00',
        endTime: p.kind === 'vocational' ? '11:00' : '15:30',
        startDate: p.start,
        endDate: p.end,
        capacity: p.kind === 'vocational' ? 12 : 30,
        budgetLineId: null,
        minAttendancePercent: 75,
        assessmentType: p.kind === 'vocational' ? 'competency' : 'grade',
        passingGrade: p.kind === 'vocational' ? null : 65,
        status: 'open',
        note: null,
      });
      programmeId = saved.id;
      const present = rng.shuffle(presentOn(ctx.db, home.id, p.start).map((r) => r.id));
      const wanted = present.slice(0, saved.capacity);
      if (wanted.length) enrol(ctx.db, ctx.actorFor(admin, 'training.enrol'), { programmeId, residentIds: wanted, enrolledOn: p.start });
    });
  });
  // Sessions on the scheduled days until the end (or yesterday).
  const last = Math.min(on(p.end, 0).getTime(), ctx.today.getTime() - DAY_MS);
  const topics = TOPICS[p.kind];
  for (let day = on(p.start, 0); day.getTime() <= last; day = addDays(day, 1)) {
    const weekday = weekdayWib(day) || 7;
    if (!p.days.includes(weekday) || rng.chance(0.05)) continue;
    const date = wibDate(day);
    const at = atWib(day, p.kind === 'vocational' ? 11 : 16, 10);
    const recorder = ctx.staffOn(home.id, 'caregiver', at)[0] ?? ctx.staffOn(home.id, 'admin', at)[0];
    if (!recorder) continue;
    const topic = rng.pick(topics);
    const mood = rng.next();
    ctx.timeline.at(at, () => {
      if (!programmeId) return;
      const group = ctx.db.all<{ id: number; residentId: number }>(sql`
        SELECT id, resident_id AS residentId FROM training_enrolments WHERE programme_id = ${programmeId} AND enrolled_on <= ${date}
          AND coalesce(withdrawn_on, completed_on, '9999-12-31') >= ${date}`);
      if (!group.length) return;
      const inHome = new Set(presentOn(ctx.db, home.id, date).map((r) => r.id));
      const attendance = group.map((g) => {
        const status: AttendanceStatus = !inHome.has(g.residentId) ? 'absent' : rng.weighted<AttendanceStatus>([['present', 85 + mood * 8], ['sick', 5], ['excused', 4], ['absent', 3]]);
        return { enrolmentId: g.id, status, note: status === 'sick' ? 'Demam / kurang sehat' : status === 'excused' ? 'Izin keperluan keluarga' : null };
      });
      attempt(() => recordSession(ctx.db, ctx.actorFor(recorder, 'training.recordSession'), { programmeId, heldOn: date, topic, durationMinutes: p.kind === 'vocational' ? 120 : 90, note: null, attendance }));
    });
  }
  // At the end: assessment and completion of those who meet the rules.
  const endAt = on(p.end, 13);
  if (endAt.getTime() >= ctx.today.getTime()) return;
  ctx.timeline.at(endAt, () => {
    if (!programmeId) return;
    const assessor = ctx.staffOn(home.id, 'caregiver', endAt)[0] ?? admin;
    const closer = ctx.staffOn(home.id, 'head', endAt)[0] ?? admin;
    const active = ctx.db.all<{ id: number }>(sql`SELECT id FROM training_enrolments WHERE programme_id = ${programmeId} AND status = 'active'`);
    for (const e of active) {
      attempt(() => {
        const competent = rng.chance(0.88);
        assess(ctx.db, ctx.actorFor(assessor, 'training.assess'), { enrolmentId: e.id, assessedOn: p.end, competent: p.kind === 'vocational' ? competent : null, grade: p.kind === 'vocational' ? null : rng.int(55, 95), note: null });
        if (getEnrolment(ctx.db, ctx.actorFor(closer, 'training.programme'), e.id).blockers.length === 0) {
          complete(ctx.db, ctx.actorFor(closer, 'training.complete'), { enrolmentId: e.id, completedOn: p.end });
        }
      });
    }
  });
}

/** School records for the children of a home: each school year in the window, fees and report cards. */
function planSchooling(ctx: DemoContext, home: DemoHome, first: Date, rng: Rng) {
  const firstYear = Number(wibDate(first).slice(0, 4)) - 1;
  const lastYear = Number(wibDate(ctx.today).slice(0, 4));
  for (let y = firstYear; y <= lastYear; y += 1) {
    const schoolYear = `${y}/${y + 1}`;
    // A school year already under way when the history starts is entered as a backlog on its first day.
    const backlog = on(`${y}-07-15`, 9).getTime() < first.getTime();
    if (backlog && on(`${y + 1}-06-01`, 0).getTime() < first.getTime()) continue;
    const startAt = backlog ? atWib(first, 9) : on(`${y}-07-15`, 9);
    const startDate = wibDate(startAt);
    if (startAt.getTime() >= ctx.today.getTime()) continue;
    const admin = ctx.staffOn(home.id, 'admin', startAt)[0];
    if (!admin) continue;
    const records: { id: number; residentId: number }[] = [];
    ctx.timeline.at(startAt, () => {
      const children = ctx.db.all<{ id: number; birthDate: string | null }>(sql`
        SELECT id, birth_date AS birthDate FROM residents WHERE id IN (${sql.join(presentOn(ctx.db, home.id, startDate).map((r) => sql`${r.id}`).concat(sql`0`), sql`, `)})`);
      for (const child of children) {
        const age = ageOn(child.birthDate, startDate);
        if (age == null || age < 8 || age > 17) continue;
        const [level, school, grades] = age <= 12 ? SCHOOLS[0] : age <= 15 ? SCHOOLS[1] : SCHOOLS[2];
        attempt(() => {
          const saved = saveSchoolRecord(ctx.db, ctx.actorFor(admin, 'school.saveRecord'), { residentId: child.id, schoolName: `${school} ${home.regency.replace(/^(Kota|Kabupaten)\s+/, '')}`, level, grade: rng.pick(grades), schoolYear, note: null });
          records.push({ id: saved.id, residentId: child.id });
        });
      }
    });
    // Fees: registration and uniform in July, books in January; on the education line when the home has one.
    const fees = [
      [`${y}-07-20`, 'uniform', 350_000, 'Seragam sekolah 2 stel'],
      [`${y}-07-22`, 'supplies', 150_000, 'Tas, sepatu dan alat tulis'],
      [`${y + 1}-01-12`, 'books', 200_000, 'Buku paket semester genap'],
    ] as const;
    for (const [date, kind, base, description] of fees) {
      const at = on(date, 10);
      if (at.getTime() >= ctx.today.getTime()) continue;
      ctx.timeline.at(at, () => {
        const payer = ctx.staffOn(home.id, 'finance', at)[0];
        const line = ctx.db.get<{ id: number }>(sql`
          SELECT l.id FROM budget_lines l JOIN budget_accounts a ON a.id = l.account_id JOIN budget_years y ON y.id = l.year_id
          WHERE l.home_id = ${home.id} AND a.code = ${EDUCATION_ACCOUNT} AND y.year = ${Number(date.slice(0, 4))} LIMIT 1`);
        if (!payer || !line) return;
        for (const r of records) {
          attempt(() =>
            paySchoolFee(ctx.db, ctx.actorFor(payer, 'school.payFee'), { schoolRecordId: r.id, lineId: line.id, kind, paidOn: date, amount: base + rng.int(0, 10) * 10_000, description, payee: null, proofNo: `BKU-${date.replace(/-/g, '')}-${r.id}`, override: null }),
          );
        }
      });
    }
    for (const [term, date] of [[1, `${y}-12-20`], [2, `${y + 1}-06-20`]] as const) {
      const at = on(date, 11);
      if (at.getTime() >= ctx.today.getTime()) continue;
      ctx.timeline.at(at, () => {
        const writer = ctx.staffOn(home.id, 'caregiver', at)[0] ?? admin;
        for (const r of records) {
          attempt(() => saveSchoolReport(ctx.db, ctx.actorFor(writer, 'school.saveReport'), { schoolRecordId: r.id, term, average: Math.round((68 + rng.next() * 24) * 10) / 10, rank: rng.int(1, 30), classSize: 32, notes: rng.pick(['Rajin dan tekun', 'Perlu meningkatkan matematika', 'Aktif di kelas', null]) }));
        }
      });
    }
  }
}

function plan(ctx: DemoContext): void {
  const first = addDays(ctx.today, -365);
  for (const home of ctx.homes) {
    const rng = ctx.rng.fork(`home-${home.id}`);
    const begin = new Date(Math.max(first.getTime(), home.createdAt.getTime() + 30 * DAY_MS));
    const setupAt = atWib(begin, 8);
    const admin = ctx.staffOn(home.id, 'admin', setupAt)[0];
    if (admin) ctx.timeline.at(setupAt, () => attempt(() => saveCourseType(ctx.db, ctx.actorFor(admin, 'training.saveCourseType'), { name: 'Sablon dan desain kaos', active: true })));
    for (const p of programmesFor(home, begin, ctx.today, rng)) planProgramme(ctx, home, p, rng);
    if (CHILDREN.includes(home.type)) planSchooling(ctx, home, begin, rng);
  }
}

export const trainingModule: DemoModule = {
  name: 'training',
  description: 'training programmes, a year of sessions and attendance, completions; school records with fees and report cards',
  plan,
};
