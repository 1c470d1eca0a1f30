import type Database from 'better-sqlite3';
import path from 'node:path';
import type { ExitType, HomeType } from '../../../src-main/contract';
import {
  AssessmentInput,
  CHILDREN_STAGES,
  DecidePlanInput,
  DEFAULT_STAGES,
  DOCUMENT_TYPE_LABELS,
  DocumentUploadInput,
  IncidentFollowUpInput,
  IncidentInput,
  PlanInput,
  ResidentInput,
  SetStageInput,
} from '../../../src-main/contract';
import { addIncident, followUpIncident } from '../../../src-main/features/carenotes/carenotes.service';
import { uploadDocument } from '../../../src-main/features/documents/documents.service';
import { decideExit, readmit, recordDeath, requestExit } from '../../../src-main/features/residents/residents-status.service';
import { createResident } from '../../../src-main/features/residents/residents.service';
import { AppError } from '../../../src-main/lib/errors';
import type { AuditDraft, DemoContext, DemoHome, DemoModule, DemoUser } from '../context';
import { addDays, atWib, DAY_MS, monthsBefore, nextWorkday, startOfDayWib, weekdayWib, wibDate } from '../context';
import type { Rng } from '../rng';
import { bulkCaseWriter, serviceCaseWriter, type CaseWriter } from './residents-casefile';
import { makeCardPng, makePdf, type PdfLine } from './residents-files';
import { isChildHome, planPerson, TYPE_PROFILES, type ExitKind, type PersonContext, type PlannedPerson, type TypeProfile } from './residents-people';
import { HOSPITALS, MENTAL_HOSPITALS, originProvinceOf } from './residents-places';
import {
  APPROVE_NOTES,
  assessmentText,
  careNoteText,
  deathReason,
  exitReason,
  GROUP_OF,
  incidentText,
  planGoals,
  planSummary,
  progressText,
  READMIT_REASONS,
  REJECT_NOTES,
  RESOLUTIONS,
  RETURN_NOTES,
  runawayIncident,
  SHIFT_CATEGORIES,
  type Category,
  type Group,
  type Shift,
} from './residents-texts';

/**
 * Residents and their case files (issue 3): every home gets residents fitting its type, entered through
 * the real services on the timeline: the residents already living there typed in during the first weeks
 * (admission dates years back, their stage history from the paper files), then a year (home scale) or three
 * (province scale) of admissions, stage changes, assessments, intervention plans (draft → submitted →
 * approved or returned by the head), exits requested by the administrator and approved by the head (every
 * exit type), deaths, readmissions, a few exits still awaiting the head, incidents with their follow-up,
 * and documents (real PDF and PNG files stored by checksum as the app stores them).
 *
 * Registrations, exits, deaths, readmissions, incidents and documents always go through the services.
 * High-volume rows are written in bulk with prepared statements, with the columns and the audit rows the
 * services write (residents-demo.test.ts compares both): care notes (several per resident per week at home
 * scale, fewer at province scale), progress notes on plan goals, and at province scale the case-file steps
 * (stage changes, assessments, plans: see residents-casefile.ts).
 *
 * Columns the services leave to SQL defaults (created_at and the like read the real clock) are set to the
 * simulated time right after each call, in the rows and in the copies the audit rows hold.
 *
 * The CLI prints what was planned, then the outcomes and where the time went.
 */

/**
 * Per scale: care notes per resident per week, days between progress notes on a goal, incidents (share of
 * the type's rate), the share of documents attached, and whether case-file steps go through the services
 * (one home) or are written in bulk in the services' shape (tens of thousands at province scale, where the
 * services would take minutes). Province scale is thinner per resident so that it generates in about two
 * minutes: about 0.75 notes per resident per week (≈ 450,000 over three years), progress every quarter.
 */
const SCALE = {
  home: { notesPerWeek: 4, progressEveryDays: 30, incidentShare: 1, documentShare: 1, caseFileInBulk: false },
  province: { notesPerWeek: 0.75, progressEveryDays: 91, incidentShare: 0.5, documentShare: 0.08, caseFileInBulk: true },
} as const;

/** Residents living in a home today, by type [min, max]; one province home is much larger. */
const CAPACITY: Record<HomeType, readonly [number, number]> = {
  PSAA: [60, 110],
  PSAABR: [60, 100],
  PSBR: [50, 90],
  PSBN: [40, 80],
  PSBG: [60, 140],
  PSTW: [60, 130],
  PSKW: [30, 60],
  NAPZA: [30, 60],
};
const LARGE_HOME_CAPACITY = 320;
const HOME_SCALE_CAPACITY = 104;

/** The tables an event writes through the services (null: bulk rows that carry their own stamps). */
type StampTable = 'residents' | 'resident_status_changes' | 'resident_stages' | 'assessments' | 'intervention_plans' | 'goal_progress' | 'resident_documents' | 'incidents';


// --- plan types ---------------------------------------------------------------------------------------

interface Staff {
  user: DemoUser;
  from: number;
  until: number;
}

interface HomePlan {
  home: DemoHome;
  type: HomeType;
  profile: TypeProfile;
  group: Group;
  capacity: number;
  /** The first working day residents are typed in (the administrator's account exists). */
  open: Date;
  staff: Staff[];
  closed: { from: number; until: number }[];
  person: PersonContext;
  residents: ResidentPlan[];
  /** Stage ids by position (runtime, after the first registration seeded them). */
  stageIds: number[] | null;
  /** The roles of the home's stage list: index into stageIds. */
  roles: StageRoles;
  otherHome: string;
}

interface StageRoles {
  intake: number;
  assess: number;
  plan: number;
  intervene: number;
  resocialise: number | null;
  terminate: number;
  aftercare: number;
  count: number;
}

const CHILD_ROLES: StageRoles = { intake: 0, assess: 1, plan: 2, intervene: 3, resocialise: null, terminate: 4, aftercare: 5, count: CHILDREN_STAGES.length };
const DEFAULT_ROLES: StageRoles = { intake: 0, assess: 1, plan: 2, intervene: 3, resocialise: 4, terminate: 5, aftercare: 6, count: DEFAULT_STAGES.length };

interface ExitPlan {
  kind: ExitKind;
  /** The effective date (midnight WIB). */
  date: Date;
  requestAt: Date;
  /** The head's approval; null when the head requested it (applied at once) or for a death. */
  decideAt: Date | null;
  byHead: boolean;
  /** A first request the head turned down. */
  rejected: { requestAt: Date; decideAt: Date } | null;
  /** Terminated, then followed up at home before the head signs (the aftercare stage is current). */
  aftercare: boolean;
  /** Pending at today: the head has not decided yet. */
  pending: boolean;
}

interface Stay {
  start: Date;
  /** When the registration (first stay) or readmission is typed in. */
  enteredAt: Date;
  exit: ExitPlan | null;
}

/**
 * The first weeks of the newest arrivals, in days after admission, so that today every early stage and
 * every plan state (draft, submitted, returned) is in use.
 */
interface FirstPlanScript {
  assess: number;
  assessed: number;
  plan: number;
  draft: number;
  submit: number;
  decide: number;
  returned: boolean;
  revise: number;
}

interface ResidentPlan {
  home: HomePlan;
  person: PlannedPerson;
  values: ReturnType<typeof ResidentInput.parse>;
  backEntered: boolean;
  stays: Stay[];
  script: FirstPlanScript | null;
  /** The end of the last plan approved (or about to be): a later plan starts after it. */
  planEnd: number;
  /** When the latest stage planned so far starts: the next may not start before it. */
  stageStart: number;
  /** Runtime. */
  id: number;
  pendingChangeId: number | null;
}

interface PlanRuntime {
  id: number;
  status: string;
  goalIds: number[];
  goalStatus: string[];
}

interface ResidentEvent {
  /** What it is, for the timings printed at the end. */
  label: string;
  at: Date;
  /** Tables whose SQL-default stamps the call leaves; null for a bulk (raw) event. */
  stamps: StampTable[] | null;
  run: (iso: string) => void;
}

// --- helpers ---------------------------------------------------------------------------------------

const day = (d: Date) => startOfDayWib(d);
const iso = (d: Date) => wibDate(d);
const office = (rng: Rng, d: Date, from = 8, to = 15.5) => atWib(nextWorkday(day(d)), 0, Math.floor((from + rng.next() * (to - from)) * 60), rng.int(0, 59));
const yearsMs = (years: number) => years * 365.2425 * DAY_MS;
const poisson = (rng: Rng, mean: number) => {
  let k = 0;
  for (let p = Math.exp(-mean), s = p, u = rng.next(); u > s && k < 50; ) {
    k++;
    p *= mean / k;
    s += p;
  }
  return k;
};

function monthStartAfter(d: Date): Date {
  const text = iso(d);
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(5, 7));
  return new Date(`${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01T00:00:00+07:00`);
}

const addMonths = (d: Date, months: number) => monthsBefore(d, -months);

/** Module state shared between plan and finish (by context). */
interface ModuleState {
  counts: Record<string, number>;
  /** Time spent running the events, by kind. */
  byLabel: Record<string, number>;
  runMs: number;
  planMs: number;
}
const states = new WeakMap<object, ModuleState>();
let lastSummary = 'penerima manfaat, tahap, asesmen, rencana intervensi, catatan harian, insiden, dokumen';

// --- the planner --------------------------------------------------------------------------------------

class ResidentsPlanner {
  private readonly rng: Rng;
  private readonly homes: HomePlan[] = [];
  private readonly scale: (typeof SCALE)[keyof typeof SCALE];
  private readonly documentsDir: string;
  private readonly insertNote: Database.Statement;
  private readonly insertProgress: Database.Statement;
  private readonly updateGoal: Database.Statement;
  private readonly stageIdsOf: Database.Statement;
  private readonly writer: CaseWriter;
  readonly state: ModuleState;

  constructor(private readonly ctx: DemoContext) {
    this.rng = ctx.rng;
    this.scale = SCALE[ctx.scale];
    this.documentsDir = path.join(path.dirname(ctx.sqlite.name), 'documents');
    const db = ctx.sqlite;
    this.insertNote = db.prepare(
      `INSERT INTO care_notes (home_id, resident_id, noted_on, noted_time, shift, category, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertProgress = db.prepare(`INSERT INTO goal_progress (goal_id, noted_on, note, progress_percent, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)`);
    this.updateGoal = db.prepare('UPDATE plan_goals SET status = ? WHERE id = ?');
    this.stageIdsOf = db.prepare('SELECT id FROM rehab_stages WHERE home_id = ? ORDER BY position, id').pluck();
    this.state = { counts: {}, byLabel: {}, runMs: 0, planMs: 0 };
    this.writer = this.scale.caseFileInBulk ? bulkCaseWriter(db, ctx.audit) : serviceCaseWriter(ctx.db);
  }

  private count(what: string, n = 1): void {
    this.state.counts[what] = (this.state.counts[what] ?? 0) + n;
  }

  // --- homes ---------------------------------------------------------------------------------------

  planHomes(): void {
    const { ctx, rng } = this;
    const largeId = ctx.scale === 'province' ? (ctx.homes.find((h) => h.type === 'PSTW') ?? ctx.homes[0]!).id : -1;
    for (const home of ctx.homes) {
      const profile = TYPE_PROFILES[home.type];
      const staff = ctx.users
        .filter((u) => u.homeId === home.id)
        .map((user) => ({ user, from: day(user.activeFrom).getTime() + DAY_MS, until: user.activeUntil?.getTime() ?? Number.POSITIVE_INFINITY }));
      const admin = staff.filter((s) => s.user.role === 'admin').sort((a, b) => a.from - b.from)[0];
      if (!admin) continue;
      const [min, max] = CAPACITY[home.type];
      const capacity = ctx.scale === 'home' ? HOME_SCALE_CAPACITY : home.id === largeId ? LARGE_HOME_CAPACITY : rng.int(min, max);
      const others = ctx.homes.filter((h) => h.id !== home.id && h.type === home.type);
      const otherHome = others.length ? rng.pick(others).profile.name : home.type === 'PSAA' ? 'UPTD PSAABR Budi Utama, Lubuk Alung' : `panti sejenis di luar ${home.province.name}`;
      this.homes.push({
        home,
        type: home.type,
        profile,
        group: GROUP_OF[home.type],
        capacity,
        open: nextWorkday(new Date(admin.from)),
        staff,
        closed: home.inactive.map((p) => ({ from: p.from.getTime(), until: p.until.getTime() })),
        person: { rng, type: home.type, profile, province: home.province, homeRegency: home.regency, niks: new Set(), year: Number(iso(ctx.today).slice(0, 4)) },
        residents: [],
        stageIds: null,
        roles: isChildHome(home.type) ? CHILD_ROLES : DEFAULT_ROLES,
        otherHome,
      });
    }
  }

  /** Active staff of the home at `at` matching `match`; falls back to the administrator. */
  private staffAt(hp: HomePlan, at: Date, match: (u: DemoUser) => boolean): DemoUser {
    const t = at.getTime();
    const active = hp.staff.filter((s) => s.from <= t && t < s.until);
    let found = active.filter((s) => match(s.user));
    if (found.length === 0) found = active.filter((s) => s.user.role === 'caregiver');
    if (found.length === 0) found = active.filter((s) => s.user.role === 'admin');
    if (found.length === 0) found = hp.staff.filter((s) => s.user.role === 'admin');
    return found[Math.floor(this.rng.next() * found.length)]!.user;
  }

  private admin = (hp: HomePlan, at: Date) => this.staffAt(hp, at, (u) => u.role === 'admin');
  private nurse = (hp: HomePlan, at: Date) => this.staffAt(hp, at, (u) => u.job === 'perawat');
  private head = (hp: HomePlan, at: Date) => this.staffAt(hp, at, (u) => u.role === 'head');
  private socialWorker = (hp: HomePlan, at: Date) => this.staffAt(hp, at, (u) => u.job === 'pekerja-sosial');
  private caregiver = (hp: HomePlan, at: Date) => this.staffAt(hp, at, (u) => u.role === 'caregiver');

  private isClosed(hp: HomePlan, t: number): boolean {
    return hp.closed.some((c) => t >= c.from && t < c.until);
  }

  /** Work that would fall while the home is closed is typed in during the three days after it reopens. */
  private reopen(hp: HomePlan, at: Date): Date {
    const t = at.getTime();
    for (const c of hp.closed) if (t >= c.from && t < c.until) return new Date(c.until + ((t - c.from) / (c.until - c.from)) * 3 * DAY_MS);
    return at;
  }

  // --- population ----------------------------------------------------------------------------------

  /** Who lives in the home over time: those already there, bed by bed the ones who follow, readmissions. */
  simulate(hp: HomePlan): void {
    const { rng } = this;
    const today = this.ctx.today;
    const { profile } = hp;
    const initial = Math.round(hp.capacity * (0.9 + rng.next() * 0.06));
    // The administrator types in the residents already living there, a few dozen each working day.
    let entryDay = hp.open;
    let enteredToday = 0;
    const perDay = Math.max(4, Math.round(hp.capacity / 18));
    const nextEntry = () => {
      if (enteredToday >= perDay) {
        entryDay = nextWorkday(addDays(entryDay, 1));
        enteredToday = 0;
      }
      enteredToday++;
      return office(rng, entryDay, 8, 15.5);
    };

    for (let bed = 0; bed < hp.capacity; bed++) {
      let free: Date;
      if (bed < initial) {
        const entered = nextEntry();
        const [ageMin, ageMax] = profile.ages;
        const cap = profile.ageCap ?? ageMax + 30;
        const ageNow = ageMin + rng.next() * (Math.min(cap - 0.3, ageMax + (profile.stay.kind === 'hazard' ? profile.stay.pastYears : 2)) - ageMin);
        let elapsedDays: number;
        if (profile.stay.kind === 'program') elapsedDays = rng.next() * profile.stay.days[1] * 0.85;
        else elapsedDays = Math.min(rng.next() * rng.next() * profile.stay.pastYears, Math.max(0, ageNow - ageMin)) * 365;
        if (ageNow - elapsedDays / 365 < ageMin) elapsedDays = Math.max(0, ageNow - ageMin) * 365;
        const admitted = day(new Date(day(entered).getTime() - Math.round(elapsedDays) * DAY_MS - DAY_MS));
        const resident = this.newResident(hp, admitted, ageNow - elapsedDays / 365, entered, true);
        free = resident.stays[0]!.exit?.date ?? today;
      } else {
        free = addDays(hp.open, rng.int(5, 90));
      }
      while (free.getTime() < today.getTime()) {
        const admitted = nextWorkday(addDays(free, rng.int(3, 35)));
        if (admitted.getTime() >= today.getTime()) break;
        const [ageMin, ageMax] = profile.ages;
        const resident = this.newResident(hp, admitted, ageMin + rng.next() * (ageMax - ageMin + 0.9), office(rng, admitted, 8.5, 15), false);
        free = resident.stays[0]!.exit?.date ?? today;
      }
    }

    this.forceRecentArrivals(hp);
    this.planReadmissions(hp);
    this.forcePendingExits(hp);
    if (this.ctx.scale === 'home') this.ensureEveryExit(hp);
  }

  private newResident(hp: HomePlan, admitted: Date, age: number, enteredAt: Date, backEntered: boolean, script: FirstPlanScript | null = null): ResidentPlan {
    const person = planPerson(hp.person, admitted, age);
    const resident: ResidentPlan = {
      home: hp,
      person,
      values: ResidentInput.parse(person.values),
      backEntered,
      stays: [],
      script,
      planEnd: 0,
      stageStart: 0,
      id: 0,
      pendingChangeId: null,
    };
    const stay: Stay = { start: admitted, enteredAt, exit: null };
    stay.exit = this.planExit(resident, stay, day(enteredAt));
    resident.stays.push(stay);
    hp.residents.push(resident);
    return resident;
  }

  /** When and how a stay ends (null: still living there today). */
  private planExit(r: ResidentPlan, stay: Stay, notBefore: Date): ExitPlan | null {
    const { rng } = this;
    const { profile } = r.home;
    const today = this.ctx.today.getTime();
    let date: number;
    let kind: ExitKind;
    if (profile.stay.kind === 'program') {
      const length = profile.stay.days[0] + rng.next() * (profile.stay.days[1] - profile.stay.days[0]);
      if (rng.chance(profile.stay.early)) {
        date = stay.start.getTime() + length * (0.15 + rng.next() * 0.6) * DAY_MS;
        kind = rng.weighted(profile.exits);
      } else {
        date = stay.start.getTime() + length * DAY_MS;
        kind = rng.weighted(profile.completion);
      }
    } else {
      date = notBefore.getTime() + yearsMs(-Math.log(1 - rng.next()) / profile.stay.perYear);
      kind = rng.weighted(profile.exits);
    }
    if (profile.ageCap && r.values.birthDate) {
      // Children leave when they come of age, mostly after the school year ends (June–July).
      const born = new Date(`${r.values.birthDate}T00:00:00+07:00`).getTime();
      const capYear = new Date(born + yearsMs(profile.ageCap)).getUTCFullYear();
      const schoolEnd = new Date(`${capYear}-06-${String(rng.int(20, 30)).padStart(2, '0')}T00:00:00+07:00`).getTime();
      const cap = Math.max(born + yearsMs(profile.ageCap - 0.5), Math.min(schoolEnd, born + yearsMs(profile.ageCap + 0.9)));
      if (cap < date) {
        date = cap;
        kind = rng.weighted(profile.completion);
      }
    }
    const minimum = notBefore.getTime() + rng.int(10, 40) * DAY_MS;
    if (date < minimum) date = minimum;
    if (kind === 'independent' && (r.values.birthDate ?? '9999') > iso(new Date(date - yearsMs(17)))) kind = 'returned_family';
    const effective = day(new Date(date));
    if (effective.getTime() >= today) return null;
    return this.exitEvents(r, stay, effective, kind, false);
  }

  /** The requests and decisions of an exit on `date`. */
  private exitEvents(r: ResidentPlan, stay: Stay, date: Date, kind: ExitKind, pending: boolean): ExitPlan {
    const { rng } = this;
    const earliest = addDays(day(stay.enteredAt), 1);
    if (kind === 'deceased') {
      const at = office(rng, addDays(date, rng.chance(0.6) ? 0 : 1), 8, 16);
      return { kind, date, requestAt: at, decideAt: null, byHead: rng.chance(0.3), rejected: null, aftercare: false, pending: false };
    }
    if (kind === 'ran_away') {
      const requestAt = office(rng, addDays(date, rng.int(1, 7)), 8, 14);
      let decideAt = pending ? addDays(this.ctx.today, 3) : office(rng, addDays(requestAt, rng.int(0, 3)), 9, 16);
      if (decideAt.getTime() <= requestAt.getTime()) decideAt = new Date(requestAt.getTime() + 2 * 3600_000);
      return { kind, date, requestAt, decideAt, byHead: false, rejected: null, aftercare: false, pending };
    }
    let requestDay = addDays(date, -rng.int(0, 10));
    if (requestDay.getTime() < earliest.getTime()) requestDay = earliest;
    const requestAt = office(rng, requestDay, 8, 14);
    const byHead = !pending && rng.chance(0.1);
    const aftercare = !byHead && (kind === 'returned_family' || kind === 'independent') && rng.chance(0.35);
    let decideAt: Date | null = null;
    if (!byHead) {
      decideAt = office(rng, addDays(requestAt, rng.int(0, 4)), 9, 16);
      if (aftercare && decideAt.getTime() <= date.getTime() + DAY_MS) decideAt = office(rng, addDays(date, rng.int(1, 6)), 9, 16);
      if (decideAt.getTime() <= requestAt.getTime()) decideAt = new Date(requestAt.getTime() + 90 * 60_000);
      if (pending) decideAt = addDays(this.ctx.today, 5);
    }
    let rejected: ExitPlan['rejected'] = null;
    if (!byHead && !pending && rng.chance(0.06)) {
      const first = office(rng, addDays(requestAt, -rng.int(15, 40)), 8, 14);
      if (first.getTime() > earliest.getTime() + 20 * DAY_MS) rejected = { requestAt: first, decideAt: office(rng, addDays(first, rng.int(1, 3)), 9, 16) };
    }
    return { kind, date, requestAt, decideAt, byHead, rejected, aftercare, pending };
  }

  /** The newest arrivals, so that today the first stages and every plan state are in use. */
  private forceRecentArrivals(hp: HomePlan): void {
    const { rng } = this;
    const today = this.ctx.today;
    const [ageMin, ageMax] = hp.profile.ages;
    const later = { submit: 90, decide: 95, returned: false, revise: 0 };
    const scripts: [number, FirstPlanScript][] = [
      [2, { assess: 6, assessed: 9, plan: 12, draft: 14, ...later }],
      [6, { assess: 2, assessed: 4, plan: 12, draft: 14, ...later }],
      [9, { assess: 2, assessed: 4, plan: 6, draft: 7, ...later }],
      [24, { assess: 2, assessed: 5, plan: 8, draft: 10, submit: 14, decide: 60, returned: false, revise: 0 }],
      [38, { assess: 3, assessed: 6, plan: 9, draft: 11, submit: 14, decide: 18, returned: true, revise: 60 }],
    ];
    for (const [ago, script] of scripts) {
      let admitted = addDays(today, -ago);
      while (weekdayWib(admitted) === 0 || weekdayWib(admitted) === 6) admitted = addDays(admitted, -1);
      const enteredAt = office(rng, admitted, 9, 14);
      if (enteredAt.getTime() >= today.getTime()) continue;
      const r = this.newResident(hp, admitted, ageMin + rng.next() * Math.min(ageMax - ageMin, 10), enteredAt, false, script);
      r.stays[0]!.exit = null;
    }
  }

  /** Some who went home or ran away come back months later. */
  private planReadmissions(hp: HomePlan): void {
    const { rng } = this;
    const today = this.ctx.today.getTime();
    for (const r of [...hp.residents]) {
      const last = r.stays[r.stays.length - 1]!;
      const exit = last.exit;
      if (!exit || (exit.kind !== 'returned_family' && exit.kind !== 'ran_away') || exit.pending) continue;
      if (!rng.chance(this.ctx.scale === 'home' ? 0.15 : 0.07)) continue;
      this.readmit(r, addDays(exit.date, rng.int(30, 240)));
      if (r.stays.length > 1 && r.stays[1]!.enteredAt.getTime() >= today) r.stays.pop();
    }
  }

  private readmit(r: ResidentPlan, when: Date): void {
    const last = r.stays[r.stays.length - 1]!;
    const after = Math.max(last.exit!.decideAt?.getTime() ?? last.exit!.requestAt.getTime(), last.exit!.date.getTime()) + 2 * DAY_MS;
    const start = nextWorkday(new Date(Math.max(when.getTime(), after)));
    if (start.getTime() >= this.ctx.today.getTime() - 3 * DAY_MS) return;
    if (r.home.profile.ageCap && r.values.birthDate && iso(start) > `${Number(r.values.birthDate.slice(0, 4)) + r.home.profile.ageCap - 1}${r.values.birthDate.slice(4)}`) return;
    const stay: Stay = { start, enteredAt: office(this.rng, start, 9, 15), exit: null };
    r.stays.push(stay);
    stay.exit = this.planExit(r, stay, start);
  }

  /** A few exits proposed in the last days that the head has not decided yet. */
  private forcePendingExits(hp: HomePlan): void {
    const { rng } = this;
    const today = this.ctx.today;
    const candidates = hp.residents.filter((r) => {
      const last = r.stays[r.stays.length - 1]!;
      return !last.exit && !r.script && last.start.getTime() < addDays(today, -120).getTime() && last.enteredAt.getTime() < addDays(today, -60).getTime();
    });
    const kinds: ExitKind[] = ['returned_family', 'independent', 'transferred', 'ran_away'];
    const n = Math.min(candidates.length, this.ctx.scale === 'home' ? 4 : rng.int(2, 3));
    const chosen = rng.shuffle(candidates).slice(0, n);
    chosen.forEach((r, i) => {
      const stay = r.stays[r.stays.length - 1]!;
      let kind = kinds[i % kinds.length]!;
      if (kind === 'independent' && (r.values.birthDate ?? '9999') > iso(addDays(today, -17 * 365))) kind = 'returned_family';
      // The first went home on trial a few (working) days ago: terminated, in aftercare, awaiting the head's signature.
      let date = kind === 'ran_away' ? addDays(today, -rng.int(3, 6)) : i === 0 ? addDays(today, -rng.int(2, 4)) : addDays(today, rng.int(-3, 12));
      if (i === 0) while (weekdayWib(date) === 0 || weekdayWib(date) === 6) date = addDays(date, -1);
      const exit = this.exitEvents(r, stay, date, kind, true);
      if (kind !== 'ran_away') {
        exit.requestAt = office(rng, addDays(i === 0 ? date : today, -rng.int(2, 8)), 8, 14);
        exit.aftercare = i === 0;
      }
      if (exit.requestAt.getTime() < today.getTime()) stay.exit = exit;
    });
  }

  /** The home-scale demo shows every exit type, a death, a rejected discharge and a readmission. */
  private ensureEveryExit(hp: HomePlan): void {
    const exits = () => hp.residents.flatMap((r) => r.stays.map((s) => s.exit).filter((e): e is ExitPlan => !!e && !e.pending));
    const wanted: ExitKind[] = ['returned_family', 'independent', 'referred', 'transferred', 'ran_away', 'deceased'];
    for (const kind of wanted) {
      if (exits().some((e) => e.kind === kind)) continue;
      const donor = hp.residents.find((r) => {
        const e = r.stays[r.stays.length - 1]!.exit;
        return r.stays.length === 1 && e && !e.pending && e.kind === 'returned_family' && (kind !== 'independent' || (r.values.birthDate ?? '9999') < iso(addDays(e.date, -17 * 365)));
      });
      if (!donor) continue;
      const stay = donor.stays[0]!;
      stay.exit = this.exitEvents(donor, stay, stay.exit!.date, kind, false);
    }
    // …and a discharge the head first turned down.
    if (!exits().some((e) => e.rejected)) {
      for (const r of hp.residents) {
        const stay = r.stays[0]!;
        const e = stay.exit;
        if (r.stays.length !== 1 || !e || e.pending || e.byHead || (e.kind !== 'returned_family' && e.kind !== 'independent')) continue;
        const first = office(this.rng, addDays(e.requestAt, -this.rng.int(20, 35)), 8, 14);
        if (first.getTime() < stay.enteredAt.getTime() + 30 * DAY_MS) continue;
        e.rejected = { requestAt: first, decideAt: office(this.rng, addDays(first, this.rng.int(1, 3)), 9, 16) };
        break;
      }
    }
    if (!hp.residents.some((r) => r.stays.length > 1)) {
      for (const r of hp.residents) {
        const e = r.stays[0]!.exit;
        if (r.stays.length !== 1 || !e || e.pending || e.kind !== 'returned_family' || e.date.getTime() >= this.ctx.today.getTime() - 120 * DAY_MS) continue;
        this.readmit(r, addDays(e.date, 45));
        if (r.stays.length > 1) break;
      }
    }
  }

  // --- events of one resident ------------------------------------------------------------------------

  private events: ResidentEvent[] = [];

  private service(label: string, at: Date, stamps: StampTable[], run: (iso: string) => void): void {
    this.events.push({ label, at, stamps, run });
  }

  private raw(label: string, at: Date, run: (iso: string) => void): void {
    this.events.push({ label, at, stamps: null, run });
  }

  /** A case-file step: through the services (clock set, stamps fixed) or written in bulk. */
  private caseStep(label: string, at: Date, stamps: StampTable[], run: (iso: string) => void): void {
    if (this.writer.viaServices) this.service(label, at, stamps, run);
    else this.raw(label, at, run);
  }

  /** Plans every event of one resident, then puts them on the timeline in order (at least a minute apart). */
  scheduleResident(r: ResidentPlan): void {
    this.events = [];
    const hp = r.home;
    r.stays.forEach((stay, index) => this.planStay(r, stay, index));
    const ordered = this.events.map((e, i) => ({ e, i })).sort((a, b) => a.e.at.getTime() - b.e.at.getTime() || a.i - b.i);
    let previous = 0;
    let registered = 0;
    for (const { e } of ordered) {
      let t = this.reopen(hp, e.at).getTime();
      if (t <= previous) t = previous + 60_000 + Math.floor(this.rng.next() * 120_000);
      previous = t;
      e.at = new Date(t);
      if (registered === 0) registered = t;
      this.put(e);
    }
    this.planCareNotes(r, registered);
  }

  private put(e: ResidentEvent): void {
    const { ctx } = this;
    const stamps = e.stamps;
    if (stamps === null) {
      ctx.timeline.raw(e.at, (t) => this.timed(e.label, () => e.run(t)));
      return;
    }
    // Through the real services, with the app's clock standing at the event's time: their stamps and audit rows read it.
    ctx.timeline.at(e.at, (t) => this.timed(e.label, () => e.run(t)));
  }

  private timed(label: string, run: () => void): void {
    const started = performance.now();
    run();
    const ms = performance.now() - started;
    this.state.runMs += ms;
    this.state.byLabel[label] = (this.state.byLabel[label] ?? 0) + ms;
  }

  private stageId(hp: HomePlan, index: number): number {
    if (!hp.stageIds) hp.stageIds = this.stageIdsOf.all(hp.home.id) as number[];
    const id = hp.stageIds[index];
    if (id === undefined) throw new Error(`home ${hp.home.id} has no stage ${index}`);
    return id;
  }

  private planStay(r: ResidentPlan, stay: Stay, index: number): void {
    const { rng, ctx } = this;
    const hp = r.home;
    const roles = hp.roles;
    const exit = stay.exit;
    const today = ctx.today.getTime();
    // Case-file work stops when the exit is first proposed (or on the day the resident died or ran away).
    const caseEnd = exit ? Math.min(exit.rejected?.requestAt.getTime() ?? Infinity, exit.requestAt.getTime(), exit.date.getTime() + DAY_MS) : today;
    const script = index === 0 ? r.script : null;

    // Registration or readmission.
    if (index === 0) {
      this.service('registrasi', stay.enteredAt, ['residents', 'resident_status_changes', 'resident_stages'], () => {
        const actor = ctx.actorFor(this.admin(hp, stay.enteredAt), 'residents.create');
        let detail;
        try {
          detail = createResident(ctx.db, actor, r.values, false);
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'CONFLICT') throw error;
          // A similar name with the same birth date: the administrator checks the other record and saves again.
          detail = createResident(ctx.db, actor, r.values, true);
        }
        r.id = detail.id;
      });
      this.count('registrasi');
      this.planDocuments(r, stay);
    } else {
      const reason = rng.pick(READMIT_REASONS);
      // Readmission puts the resident back in the first stage (the service does it).
      r.stageStart = Math.max(r.stageStart, stay.start.getTime());
      this.service('diterima kembali', stay.enteredAt, ['resident_status_changes', 'resident_stages'], () => {
        readmit(ctx.db, ctx.actorFor(this.admin(hp, stay.enteredAt), 'residents.readmit'), { id: r.id, effectiveDate: iso(stay.start), reason });
      });
      this.count('diterima kembali');
    }

    // Residents typed in from the paper files get their history entered with them, by a social worker.
    const historic = r.backEntered && index === 0;
    const workersFrom = hp.staff.filter((s) => s.user.job === 'pekerja-sosial').reduce((m, s) => Math.min(m, s.from), Number.POSITIVE_INFINITY);
    const backlogStart = Math.max(stay.enteredAt.getTime() + 20 * 60_000, Number.isFinite(workersFrom) ? nextWorkday(new Date(workersFrom)).getTime() + 9 * 3600_000 : 0);
    let backlogMinutes = 0;
    const when = (d: Date) => (historic && d.getTime() < day(stay.enteredAt).getTime() + DAY_MS ? new Date(backlogStart + (backlogMinutes += rng.int(2, 6)) * 60_000) : office(rng, d, 8.5, 15.5));
    // Stage changes are recorded in the order of their start dates (several may fall on one Monday).
    let lastStageAt = 0;
    const stage = (role: number, wanted: Date, desired: Date, note: string | null) => {
      const at = desired.getTime() > lastStageAt ? desired : new Date(lastStageAt + rng.int(5, 30) * 60_000);
      // A stage never starts before the one it follows.
      const startedOn = wanted.getTime() < r.stageStart ? new Date(r.stageStart) : wanted;
      if (at.getTime() >= caseEnd - 2 * 3600_000 || startedOn.getTime() >= caseEnd) return false;
      lastStageAt = at.getTime();
      r.stageStart = startedOn.getTime();
      this.caseStep('tahap', at, ['resident_stages'], (t) => {
        this.writer.setStage(ctx.actorFor(this.socialWorker(hp, at), 'casefile.setStage'), SetStageInput.parse({ residentId: r.id, stageId: this.stageId(hp, role), startedOn: iso(startedOn), note }), t);
      });
      this.count('perubahan tahap');
      return true;
    };

    const start = stay.start;
    const assessDay = addDays(start, script?.assess ?? (index === 0 ? rng.int(2, 10) : rng.int(1, 5)));
    stage(roles.assess, assessDay, when(assessDay), index === 0 ? (historic ? 'Riwayat tahap dari berkas manual' : null) : 'Asesmen ulang setelah diterima kembali');
    const assessedOn = addDays(start, script?.assessed ?? Math.round((assessDay.getTime() - start.getTime()) / DAY_MS) + rng.int(2, 12));
    this.planAssessment(r, assessedOn, when(assessedOn), caseEnd, index > 0);
    const planDay = addDays(start, script?.plan ?? Math.round((assessedOn.getTime() - start.getTime()) / DAY_MS) + rng.int(1, 8));
    stage(roles.plan, planDay, when(planDay), historic ? 'Riwayat tahap dari berkas manual' : null);

    let intervened = false;
    let resocialised = false;
    const maybeResocialise = (from: Date, to: Date) => {
      if (resocialised || roles.resocialise === null || !exit || exit.kind === 'deceased' || exit.kind === 'ran_away') return;
      const d = addDays(exit.date, -rng.int(20, 80));
      if (d.getTime() > from.getTime() + 14 * DAY_MS && d.getTime() < to.getTime() && rng.chance(0.6)) resocialised = stage(roles.resocialise, d, when(d), null);
    };
    if (historic) {
      const interveneDay = addDays(planDay, rng.int(14, 40));
      if (interveneDay.getTime() < day(stay.enteredAt).getTime()) {
        intervened = stage(roles.intervene, interveneDay, when(interveneDay), 'Riwayat tahap dari berkas manual');
        maybeResocialise(interveneDay, stay.enteredAt);
      }
    }

    // Intervention plans, one after another while the resident stays.
    const limit = Math.min(caseEnd, today);
    let draftDay = script ? addDays(start, script.draft) : historic ? addDays(day(stay.enteredAt), rng.int(4, 25)) : addDays(planDay, rng.int(0, 5));
    let periodStart = script ? addDays(draftDay, 10) : historic ? monthStartAfter(draftDay) : addDays(draftDay, rng.int(5, 12));
    if (periodStart.getTime() <= r.planEnd) {
      // Back after an exit while the last approved plan still runs: the next plan follows it (approved plans may not overlap).
      periodStart = addDays(new Date(r.planEnd), 1);
      draftDay = addDays(periodStart, -rng.int(12, 25));
      if (draftDay.getTime() < start.getTime()) draftDay = addDays(planDay, rng.int(0, 5));
    }
    for (let n = 0; ; n++) {
      const periodEnd = addDays(addMonths(periodStart, hp.profile.planMonths), -1);
      if (n > 0) draftDay = addDays(periodStart, -rng.int(12, 25));
      if (draftDay.getTime() >= limit - (exit ? 14 * DAY_MS : 0)) break;
      const timing = script
        ? { submit: addDays(start, script.submit), decide: addDays(start, script.decide), returned: script.returned, revise: addDays(start, script.revise) }
        : null;
      const approvedAt = this.planCycle(r, { draftDay, periodStart, periodEnd, caseEnd, followUp: n > 0, timing });
      if (!approvedAt) break;
      r.planEnd = periodEnd.getTime();
      if (!intervened) {
        const d = addDays(day(approvedAt), rng.int(0, 3));
        const startedOn = d.getTime() < periodStart.getTime() ? periodStart : d;
        intervened = stage(roles.intervene, startedOn, when(startedOn), null);
        if (!intervened) break;
      }
      maybeResocialise(periodStart, periodEnd);
      periodStart = addDays(periodEnd, 1);
    }

    // Some of those still living there are being prepared to go home (the reintegration stage is current).
    if (!exit && intervened && !resocialised && roles.resocialise !== null && rng.chance(0.1)) {
      const d = addDays(ctx.today, -rng.int(10, 50));
      if (d.getTime() > r.stageStart + 30 * DAY_MS) stage(roles.resocialise, d, when(d), 'Persiapan kembali ke keluarga');
    }

    this.planIncidents(r, stay);
    if (exit) this.planExitEvents(r, stay, exit);
  }

  private planAssessment(r: ResidentPlan, assessedOn: Date, at: Date, caseEnd: number, followUp: boolean): void {
    const { ctx, rng } = this;
    if (at.getTime() >= caseEnd || assessedOn.getTime() >= caseEnd) return;
    const text = assessmentText(rng, r.home.group, followUp);
    this.caseStep('asesmen', at, ['assessments'], (t) => {
      this.writer.addAssessment(ctx.actorFor(this.socialWorker(r.home, at), 'casefile.addAssessment'), AssessmentInput.parse({ residentId: r.id, assessedOn: iso(assessedOn), ...text }), t);
    });
    this.count('asesmen');
  }

  /**
   * One plan: a follow-up assessment (after the first), the draft, submission, the head's decision (a few
   * are returned and revised first), then progress notes on its goals. Returns when it was approved, or
   * null when it cannot be decided before the resident leaves.
   */
  private planCycle(
    r: ResidentPlan,
    p: {
      draftDay: Date;
      periodStart: Date;
      periodEnd: Date;
      caseEnd: number;
      followUp: boolean;
      timing: { submit: Date; decide: Date; returned: boolean; revise: Date } | null;
    },
  ): Date | null {
    const { ctx, rng } = this;
    const hp = r.home;
    const today = ctx.today.getTime();
    const { periodStart, periodEnd, caseEnd } = p;
    // Each step at least half an hour after the one before (weekends push several onto one Monday).
    const after = (previous: Date, at: Date) => (at.getTime() >= previous.getTime() + 30 * 60_000 ? at : new Date(previous.getTime() + rng.int(30, 120) * 60_000));
    const draftAt = office(rng, p.draftDay, 8.5, 15);
    const submitAt = after(draftAt, office(rng, p.timing?.submit ?? addDays(p.draftDay, rng.int(1, 5)), 9, 15));
    const returned = p.timing ? p.timing.returned : rng.chance(0.15);
    const firstDecision = after(submitAt, office(rng, p.timing?.decide ?? addDays(submitAt, rng.int(1, 6)), 9, 16));
    const reviseAt = returned ? after(firstDecision, office(rng, p.timing?.revise ?? addDays(firstDecision, rng.int(3, 10)), 8.5, 15)) : null;
    const approvedAt = reviseAt ? after(reviseAt, office(rng, addDays(reviseAt, rng.int(1, 5)), 9, 16)) : firstDecision;
    // A plan that cannot be decided before the resident leaves is not started.
    if (caseEnd < today && approvedAt.getTime() >= caseEnd - 3 * DAY_MS) return null;
    if (draftAt.getTime() >= Math.min(caseEnd, today)) return null;
    if (p.followUp) this.planAssessment(r, addDays(p.draftDay, -rng.int(2, 8)), office(rng, addDays(p.draftDay, -rng.int(0, 1)), 8, 10), caseEnd, true);

    const goals = planGoals(rng, hp.group, rng.int(2, 4));
    const mid = addDays(periodStart, Math.floor((periodEnd.getTime() - periodStart.getTime()) / DAY_MS / 2));
    const summary = `Periode ${iso(periodStart)} s.d. ${iso(periodEnd)}. ${planSummary(rng, hp.group)}`;
    const plan: PlanRuntime = { id: 0, status: 'draft', goalIds: [], goalStatus: [] };
    const input = (revised: boolean) =>
      PlanInput.parse({
        id: revised ? plan.id : undefined,
        residentId: r.id,
        periodStart: iso(periodStart),
        periodEnd: iso(periodEnd),
        summary: revised ? `${summary} Diperbaiki sesuai catatan kepala.` : summary,
        goals: goals.map(([domain, goal, indicator], i) => ({
          id: revised ? plan.goalIds[i] : undefined,
          domain,
          goal,
          indicator: revised && i === 0 ? `${indicator} (diukur setiap bulan)` : indicator,
          targetDate: iso(i % 2 === 0 ? periodEnd : mid),
        })),
      });
    const worker = (at: Date, channel: string) => ctx.actorFor(this.socialWorker(hp, at), channel);
    this.caseStep('rencana', draftAt, ['intervention_plans'], (t) => {
      const saved = this.writer.savePlan(worker(draftAt, 'casefile.savePlan'), input(false), t);
      plan.id = saved.id;
      plan.goalIds = saved.goalIds;
      plan.goalStatus = saved.goalIds.map(() => 'open');
    });
    this.count('rencana intervensi');
    const submit = (at: Date) =>
      this.caseStep('rencana', at, [], (t) => {
        plan.status = this.writer.submitPlan(worker(at, 'casefile.submitPlan'), plan.id, t);
      });
    const decide = (at: Date, approve: boolean) =>
      this.caseStep('rencana', at, [], (t) => {
        const note = approve ? rng.pick(APPROVE_NOTES) : rng.pick(RETURN_NOTES);
        const decision = DecidePlanInput.parse({ id: plan.id, approve, note });
        plan.status = this.writer.decidePlan(ctx.actorFor(this.head(hp, at), 'casefile.decidePlan'), decision, t);
      });
    submit(submitAt);
    decide(firstDecision, !returned);
    if (reviseAt) {
      this.caseStep('rencana', reviseAt, [], (t) => {
        this.writer.savePlan(worker(reviseAt, 'casefile.savePlan'), input(true), t);
      });
      submit(new Date(reviseAt.getTime() + rng.int(5, 25) * 60_000));
      decide(approvedAt, true);
    }
    if (approvedAt.getTime() >= Math.min(caseEnd, today)) return approvedAt;

    // Progress notes on each goal, about monthly (every two months at province scale).
    const every = this.scale.progressEveryDays;
    const progressEnd = Math.min(periodEnd.getTime(), caseEnd - DAY_MS, today - DAY_MS);
    goals.forEach((_goal, g) => {
      let percent = rng.int(5, 25);
      const finalStatus = rng.weighted([['achieved', 60], ['not_achieved', 25], ['open', 15]] as const);
      let notedOn = addDays(day(new Date(Math.max(periodStart.getTime(), approvedAt.getTime()))), rng.int(every / 2, every));
      while (notedOn.getTime() <= progressEnd) {
        const last = addDays(notedOn, every).getTime() > periodEnd.getTime();
        percent = last ? (finalStatus === 'achieved' ? 100 : Math.min(95, percent + rng.int(0, 15))) : Math.min(95, percent + rng.int(5, 25));
        this.planProgress(r, plan, g, notedOn, percent, last ? finalStatus : 'open');
        notedOn = addDays(notedOn, every + rng.int(-5, 5));
      }
    });
    return approvedAt;
  }

  private planProgress(r: ResidentPlan, plan: PlanRuntime, goal: number, notedOn: Date, percent: number, status: 'open' | 'achieved' | 'not_achieved'): void {
    const { ctx, rng } = this;
    const at = office(rng, notedOn, 9, 16);
    const note = progressText(rng, percent);
    this.raw('catatan perkembangan', at, (t) => {
      if (plan.status !== 'approved') return;
      const user = this.socialWorker(r.home, at);
      const goalId = plan.goalIds[goal]!;
      const before = plan.goalStatus[goal]!;
      const { lastInsertRowid } = this.insertProgress.run(goalId, iso(notedOn), note, percent, user.id, t);
      if (status !== before) this.updateGoal.run(status, goalId);
      plan.goalStatus[goal] = status;
      ctx.audit(
        progressAudit(ctx.actorFor(user, 'casefile.addProgress'), t, {
          goalId,
          before,
          status,
          row: { id: Number(lastInsertRowid), goalId, notedOn: iso(notedOn), note, progressPercent: percent, recordedBy: user.id, recordedAt: t },
        }),
      );
    });
    this.count('catatan perkembangan');
  }

  private planExitEvents(r: ResidentPlan, stay: Stay, exit: ExitPlan): void {
    const { ctx, rng } = this;
    const hp = r.home;
    const province = originProvinceOf(hp.home.province);
    const hospital = rng.pick(HOSPITALS[province.code] ?? []);
    const reasonCtx = { hospital, mentalHospital: rng.pick(MENTAL_HOSPITALS[province.code] ?? [hospital]), otherHome: hp.otherHome, date: iso(exit.date) };
    const roles = hp.roles;
    if (exit.kind === 'deceased') {
      const occurred = addDays(exit.date, -rng.int(0, 2));
      if (rng.chance(0.4) && occurred.getTime() > day(stay.enteredAt).getTime()) {
        const name = r.values.nickname ?? r.values.fullName;
        this.planIncident(r, { severity: 'critical', description: `${name} ditemukan lemas dan sesak napas; kondisi memburuk.`, action: `Dibawa ke IGD ${hospital}; keluarga dihubungi.`, followUp: null }, occurred, true);
      }
      const reason = deathReason(rng, hp.group, hospital);
      this.service('meninggal', exit.requestAt, ['resident_status_changes'], () => {
        const user = exit.byHead ? this.head(hp, exit.requestAt) : this.admin(hp, exit.requestAt);
        recordDeath(ctx.db, ctx.actorFor(user, 'residents.recordDeath'), { id: r.id, effectiveDate: iso(exit.date), reason });
      });
      this.count('meninggal');
      if (this.scale.documentShare >= 1 || rng.chance(this.scale.documentShare)) {
        this.planDocument(r, addDays(exit.requestAt, rng.int(1, 4)), 'other', 'Surat keterangan kematian', null, [
          `Yang bertanda tangan di bawah ini menerangkan bahwa ${r.values.fullName}`,
          `telah meninggal dunia pada tanggal ${iso(exit.date)}.`,
          reason,
        ]);
      }
      return;
    }
    const exitType = exit.kind as ExitType;
    if (exit.kind === 'ran_away') {
      const text = runawayIncident(r.values.nickname ?? r.values.fullName, iso(exit.date));
      this.planIncident(r, text, exit.date, false);
    } else {
      // Terminasi when the discharge is proposed; the aftercare stage when the resident goes home on trial.
      const term = day(exit.rejected ? exit.rejected.requestAt : exit.requestAt);
      const termDay = new Date(Math.max(r.stageStart, Math.min(term.getTime(), exit.date.getTime())));
      r.stageStart = termDay.getTime();
      const termAt = new Date((exit.rejected ? exit.rejected.requestAt : exit.requestAt).getTime() - rng.int(20, 90) * 60_000);
      this.caseStep('tahap', termAt, ['resident_stages'], (t) => {
        const input = SetStageInput.parse({ residentId: r.id, stageId: this.stageId(hp, roles.terminate), startedOn: iso(termDay), note: 'Konferensi kasus: rencana pengakhiran layanan' });
        this.writer.setStage(ctx.actorFor(this.socialWorker(hp, termAt), 'casefile.setStage'), input, t);
      });
      this.count('perubahan tahap');
      if (exit.aftercare && exit.decideAt && exit.date.getTime() < exit.decideAt.getTime()) {
        const afterDay = new Date(Math.max(exit.date.getTime(), r.stageStart));
        r.stageStart = afterDay.getTime();
        const afterAt = office(rng, afterDay, 10, 15);
        if (afterAt.getTime() > exit.requestAt.getTime() && afterAt.getTime() < exit.decideAt.getTime()) {
          this.caseStep('tahap', afterAt, ['resident_stages'], (t) => {
            const input = SetStageInput.parse({ residentId: r.id, stageId: this.stageId(hp, roles.aftercare), startedOn: iso(afterDay), note: 'Uji coba kembali ke keluarga; kunjungan rumah berkala' });
            this.writer.setStage(ctx.actorFor(this.socialWorker(hp, afterAt), 'casefile.setStage'), input, t);
          });
          this.count('perubahan tahap');
        }
      }
    }
    const request = (at: Date, byHead: boolean, reason: string) =>
      this.service('keluar', at, ['resident_status_changes'], () => {
        const user = byHead ? this.head(hp, at) : this.admin(hp, at);
        const detail = requestExit(ctx.db, ctx.actorFor(user, 'residents.requestExit'), { id: r.id, exitType, effectiveDate: iso(exit.date), reason });
        r.pendingChangeId = detail.pendingExit?.id ?? null;
      });
    const decide = (at: Date, approve: boolean) =>
      this.service('keluar', at, [], () => {
        if (r.pendingChangeId === null) throw new Error(`no pending exit for resident ${r.id}`);
        const note = approve ? (rng.chance(0.5) ? 'Disetujui.' : null) : rng.pick(REJECT_NOTES);
        decideExit(ctx.db, ctx.actorFor(this.head(hp, at), 'residents.decideExit'), { changeId: r.pendingChangeId, approve, note });
        r.pendingChangeId = null;
      });
    const reason = exitReason(rng, hp.group, exitType, reasonCtx);
    if (exit.rejected) {
      request(exit.rejected.requestAt, false, reason);
      decide(exit.rejected.decideAt, false);
      this.count('pengajuan keluar ditolak');
    }
    request(exit.requestAt, exit.byHead, reason);
    if (exit.decideAt) decide(exit.decideAt, true);
    this.count(exit.pending ? 'keluar menunggu kepala' : `keluar: ${exitType}`);
  }

  // --- incidents --------------------------------------------------------------------------------------

  private planIncidents(r: ResidentPlan, stay: Stay): void {
    const { rng } = this;
    const from = addDays(day(stay.enteredAt), 1).getTime();
    const until = Math.min(stay.exit?.date.getTime() ?? Infinity, this.ctx.today.getTime() - DAY_MS);
    if (until <= from) return;
    const n = poisson(rng, r.home.profile.incidents * this.scale.incidentShare * ((until - from) / yearsMs(1)));
    for (let i = 0; i < n; i++) {
      const occurred = day(new Date(from + rng.next() * (until - from)));
      if (this.isClosed(r.home, occurred.getTime())) continue;
      this.planIncident(r, incidentText(rng, r.home.group, r.values.nickname ?? r.values.fullName), occurred, false);
    }
  }

  private planIncident(r: ResidentPlan, text: ReturnType<typeof incidentText>, occurred: Date, urgent: boolean): void {
    const { ctx, rng } = this;
    const hp = r.home;
    const hour = urgent ? rng.int(1, 20) : rng.int(6, 21);
    const minute = rng.int(0, 59);
    const occurredTime = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    let recordedAt = new Date(atWib(occurred, hour, minute).getTime() + rng.int(15, 120) * 60_000);
    // Night incidents are written up by the morning shift (and the app's "today" is the computer's local day).
    const morning = atWib(recordedAt, 7, rng.int(5, 50));
    if (recordedAt.getTime() < morning.getTime()) recordedAt = morning;
    const after = (at: Date) => (at.getTime() > recordedAt.getTime() + 30 * 60_000 ? at : new Date(recordedAt.getTime() + rng.int(30, 180) * 60_000));
    const incident: { id: number } = { id: 0 };
    const due = text.followUp ? iso(addDays(occurred, rng.int(3, 14))) : null;
    this.service('insiden', recordedAt, ['incidents'], () => {
      const user = this.caregiver(hp, recordedAt);
      incident.id = addIncident(
        ctx.db,
        ctx.actorFor(user, 'incidents.add'),
        IncidentInput.parse({ residentId: r.id, occurredOn: iso(occurred), occurredTime, severity: text.severity, description: text.description, actionTaken: text.action, followUp: text.followUp, followUpDue: due }),
      ).id;
    });
    this.count(`insiden ${text.severity}`);
    // Most are resolved within two weeks; a few stay open (recent ones, or a long follow-up).
    if (rng.chance(0.12)) return;
    const resolved = addDays(occurred, rng.int(0, 14));
    const resolveAt = after(office(rng, resolved, 9, 17));
    if (rng.chance(0.3)) {
      const midAt = after(office(rng, addDays(occurred, rng.int(1, 4)), 9, 16));
      const midNote = `${text.followUp ?? 'Dipantau'} ${rng.pick(['Sudah dikoordinasikan dengan keluarga.', 'Dipantau setiap sif.', 'Dibahas dalam rapat staf.'])}`;
      if (midAt.getTime() < resolveAt.getTime() - 3600_000) {
        this.service('insiden', midAt, [], () => {
          followUpIncident(ctx.db, ctx.actorFor(this.caregiver(hp, midAt), 'incidents.followUp'), IncidentFollowUpInput.parse({ id: incident.id, followUp: midNote, followUpDue: due, resolvedOn: null }));
        });
      }
    }
    this.service('insiden', resolveAt, [], () => {
      const note = `${text.followUp ? `${text.followUp} ` : ''}${rng.pick(RESOLUTIONS)}`;
      followUpIncident(ctx.db, ctx.actorFor(this.caregiver(hp, resolveAt), 'incidents.followUp'), IncidentFollowUpInput.parse({ id: incident.id, followUp: note, followUpDue: due, resolvedOn: iso(resolved) }));
    });
  }

  // --- documents --------------------------------------------------------------------------------------

  private planDocuments(r: ResidentPlan, stay: Stay): void {
    const { rng } = this;
    const share = this.scale.documentShare;
    const v = r.values;
    const adult = (v.birthDate ?? '0000') < iso(addDays(stay.start, -17 * 365));
    const when = () => new Date(stay.enteredAt.getTime() + rng.int(10, 90) * 60_000 + (rng.chance(0.3) ? rng.int(1, 3) * DAY_MS : 0));
    const lines = (extra: string[]) => [
      `Nama          : ${v.fullName}`,
      `NIK           : ${v.nik ?? '-'}`,
      `Tempat/tgl lahir: ${v.birthPlace ?? '-'}, ${v.birthDate ?? '-'}`,
      `Alamat        : ${v.originAddress ?? '-'}, ${v.originVillage ?? ''}, ${v.originDistrict ?? ''}, ${v.originRegency ?? ''}`,
      ...extra,
    ];
    const origin = (v.originRegency ?? r.home.home.regency).toUpperCase();
    const home = r.home.home;
    const issuer: Record<string, string[]> = {
      district_office: [`PEMERINTAH ${origin}`, 'DINAS SOSIAL'],
      puskesos: [`PEMERINTAH ${origin}`, `PUSAT KESEJAHTERAAN SOSIAL (PUSKESOS) ${(v.originVillage ?? '').toUpperCase()}`],
      upsk: [`PEMERINTAH PROVINSI ${home.province.name.toUpperCase()}`, 'DINAS SOSIAL - UNIT PELAYANAN SOSIAL KELILING'],
      police: ['KEPOLISIAN NEGARA REPUBLIK INDONESIA', `RESOR ${origin.replace(/^(KOTA|KABUPATEN) /, '')}`],
      hospital: [(v.referralNote ?? 'RUMAH SAKIT UMUM DAERAH').replace(/^Rujukan /, '').replace(/ \(.*$/, '').toUpperCase()],
      family: [`PEMERINTAH ${origin}`, `DESA/KELURAHAN ${(v.originVillage ?? '').toUpperCase()}`],
      other_institution: ['LEMBAGA KESEJAHTERAAN SOSIAL', origin],
    };
    if (v.referralSource && v.referralSource !== 'self' && rng.chance(0.75 * share)) {
      const title = v.referralSource === 'family' ? 'Surat keterangan tidak mampu' : (v.referralNote ?? 'Surat rujukan');
      this.planDocument(r, when(), 'referral_letter', title, issuer[v.referralSource] ?? issuer.district_office!, lines([`Dirujuk untuk mendapatkan pelayanan di ${home.profile.name}.`, v.referralNote ?? '']));
    }
    const civil = [`PEMERINTAH ${origin}`, 'DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL'];
    if (v.kkNumber && rng.chance(0.45 * share)) this.planDocument(r, when(), 'kk', `Kartu Keluarga ${v.kkNumber}`, civil, lines([`No. KK: ${v.kkNumber}`, 'Salinan sesuai aslinya.']));
    if (!adult && rng.chance(0.4 * share)) this.planDocument(r, when(), 'birth_certificate', 'Kutipan akta kelahiran', civil, lines([`Anak ${v.sex === 'L' ? 'laki-laki' : 'perempuan'} yang lahir di ${v.birthPlace ?? '-'}.`]));
    if (adult && v.nik && rng.chance(0.4 * share)) this.planDocument(r, when(), 'ktp', `KTP-el ${v.nik}`, null, null);
    // Children have a Kartu Identitas Anak (KIA) instead of a KTP: a scan of the card.
    if (!adult && v.nik && rng.chance(0.3 * share)) this.planDocument(r, when(), 'other', `Kartu Identitas Anak (KIA) ${v.nik}`, null, null);
    if (rng.chance(0.35 * share)) {
      const clinic = [`PEMERINTAH ${home.regency.toUpperCase()}`, 'DINAS KESEHATAN', `UPT PUSKESMAS ${home.regency.replace(/^(Kota|Kabupaten) /, '').toUpperCase()}`];
      const body = ['Telah diperiksa dan dinyatakan dapat mengikuti pelayanan dalam panti.', v.healthNotes ? `Catatan: ${v.healthNotes}` : 'Tidak ditemukan penyakit menular.'];
      this.planDocument(r, when(), 'medical_certificate', 'Surat keterangan sehat', clinic, lines(body));
    }
  }

  /** A document: a PDF letter from `issuer` (null: the home itself) with `body`, or (no body) a scanned card as PNG. */
  private planDocument(r: ResidentPlan, at: Date, docType: keyof typeof DOCUMENT_TYPE_LABELS, title: string, issuer: string[] | null, body: string[] | null): void {
    const { ctx } = this;
    const hp = r.home;
    const slug = r.values.fullName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const shortTitle = title.slice(0, 150);
    this.service('dokumen', at, ['resident_documents'], (t) => {
      const content = body
        ? makePdf(shortTitle, letter(hp.home, issuer, docType === 'other' ? shortTitle : DOCUMENT_TYPE_LABELS[docType], shortTitle, body, t.slice(0, 10)))
        : makeCardPng(r.id * 7919 + (r.values.nik ? Number(r.values.nik.slice(-4)) : 0));
      uploadDocument(
        ctx.db,
        ctx.actorFor(this.admin(hp, at), 'documents.upload'),
        this.documentsDir,
        DocumentUploadInput.parse({
          residentId: r.id,
          docType,
          title: shortTitle,
          fileName: `${docType}-${slug}.${body ? 'pdf' : 'png'}`,
          mimeType: body ? 'application/pdf' : 'image/png',
          base64: content.toString('base64'),
        }),
      );
    });
    this.count('dokumen');
  }

  // --- care notes ----------------------------------------------------------------------------------------

  /** Several notes per resident per week, across the three shifts, from the day after registration. */
  private planCareNotes(r: ResidentPlan, createdAt: number): void {
    const { ctx, rng } = this;
    const hp = r.home;
    const perDay = this.scale.notesPerWeek / 7;
    const name = r.values.nickname ?? r.values.fullName.split(' ')[0]!;
    const today = ctx.today.getTime();
    r.stays.forEach((stay, index) => {
      let d = addDays(day(index === 0 ? new Date(createdAt) : stay.enteredAt), 1);
      const end = Math.min(stay.exit?.date.getTime() ?? Infinity, today - DAY_MS);
      for (; d.getTime() <= end; d = addDays(d, 1)) {
        const t = d.getTime();
        if (this.isClosed(hp, t)) continue;
        let n = 0;
        for (let roll = rng.next() * 1.0 + perDay; roll >= 1; roll -= 1) n++;
        for (let i = 0; i < n; i++) {
          const shift: Shift = rng.weighted([['morning', 45], ['afternoon', 35], ['night', 20]] as const);
          const category: Category = rng.weighted(SHIFT_CATEGORIES[shift]);
          const [from, span] = shift === 'morning' ? [7.5, 6.8] : shift === 'afternoon' ? [14.5, 6.8] : [21.5, 2.4];
          const hour = from + rng.next() * span;
          const at = new Date(t + Math.floor(hour * 3600_000) + rng.int(0, 59_999));
          if (at.getTime() >= today) continue;
          const observed = hour - rng.next() * 2;
          const notedTime = rng.chance(0.6) ? `${String(Math.floor(observed)).padStart(2, '0')}:${String(Math.floor((observed % 1) * 60)).padStart(2, '0')}` : null;
          const text = careNoteText(rng, hp.group, category, name);
          const notedOn = iso(d);
          const writer = category === 'health' && rng.chance(0.7) ? this.nurse(hp, at) : this.caregiver(hp, at);
          ctx.timeline.raw(at, (stamp) =>
            this.timed('catatan harian', () => {
              const { lastInsertRowid } = this.insertNote.run(hp.home.id, r.id, notedOn, notedTime, shift, category, text, writer.id, stamp);
              ctx.audit(
                careNoteAudit(ctx.actorFor(writer, 'carenotes.add'), stamp, {
                  id: Number(lastInsertRowid),
                  homeId: hp.home.id,
                  residentId: r.id,
                  notedOn,
                  notedTime,
                  shift,
                  category,
                  note: text,
                  recordedBy: writer.id,
                  recordedAt: stamp,
                }),
              );
            }),
          );
          this.count('catatan harian');
        }
      }
    });
  }

  // --- all of it -------------------------------------------------------------------------------------

  plan(): void {
    const started = performance.now();
    this.planHomes();
    for (const hp of this.homes) this.simulate(hp);
    const residents = this.homes.flatMap((hp) => hp.residents);
    for (const r of residents) this.scheduleResident(r);
    this.count('penerima manfaat', residents.length);
    this.state.planMs = performance.now() - started;
  }
}

/** The letter a document PDF shows: the issuer's letterhead (the home's by default), the title, the body, a demo stamp. */
function letter(home: DemoHome, issuer: string[] | null, kind: string, title: string, body: string[], date: string): PdfLine[] {
  const head = issuer ?? [`PEMERINTAH PROVINSI ${home.province.name.toUpperCase()}`, 'DINAS SOSIAL', home.profile.name.toUpperCase()];
  return [
    ...head.map((text, i) => ({ text, size: i < 2 ? 12 : 11, bold: true, center: true })),
    ...(issuer ? [] : [{ text: home.profile.address, size: 9, center: true }]),
    { text: kind.toUpperCase(), size: 13, bold: true, center: true, gap: 24 },
    { text: title, size: 10, center: true },
    ...body.filter(Boolean).map((text, i) => ({ text, size: 11, gap: i === 0 ? 18 : 2 })),
    { text: `${home.regency.replace(/^(Kota|Kabupaten) /, '')}, ${date}`, size: 11, gap: 30 },
    { text: 'CONTOH DATA DEMO SIPANTI - BUKAN DOKUMEN ASLI', size: 9, bold: true, gap: 60 },
  ];
}

// --- the rows bulk writers write, in the services' shapes (checked by residents-demo.test.ts) ----------

type ActorLike = { userId: number; username: string; homeId: number | null; channel: string };

/** The audit row `addCareNote` writes for a new note (`after` is the inserted row, in column order). */
export function careNoteAudit(
  actor: ActorLike,
  at: string,
  row: { id: number; homeId: number; residentId: number; notedOn: string; notedTime: string | null; shift: string; category: string; note: string; recordedBy: number; recordedAt: string },
): AuditDraft {
  return { at, userId: actor.userId, username: actor.username, homeId: actor.homeId, channel: actor.channel, entity: 'care-note', entityId: row.id, action: 'create', after: row };
}

/** The audit row `addProgress` writes: the goal's status before and after, and the progress note row. */
export function progressAudit(
  actor: ActorLike,
  at: string,
  p: { goalId: number; before: string; status: string; row: { id: number; goalId: number; notedOn: string; note: string; progressPercent: number | null; recordedBy: number; recordedAt: string } },
): AuditDraft {
  return {
    at,
    userId: actor.userId,
    username: actor.username,
    homeId: actor.homeId,
    channel: actor.channel,
    entity: 'plan-goal',
    entityId: p.goalId,
    action: p.status !== p.before ? 'progress-status' : 'progress',
    before: { status: p.before },
    after: { status: p.status, progress: p.row },
  };
}

export const residentsModule: DemoModule = {
  name: 'residents',
  get description() {
    return lastSummary;
  },
  plan(ctx) {
    const planner = new ResidentsPlanner(ctx);
    planner.plan();
    states.set(ctx, planner.state);
    const c = planner.state.counts;
    const n = (k: string) => (c[k] ?? 0).toLocaleString('id-ID');
    lastSummary =
      `${n('penerima manfaat')} penerima manfaat, ${n('catatan harian')} catatan harian, ${n('perubahan tahap')} perubahan tahap, ` +
      `${n('rencana intervensi')} rencana, ${n('catatan perkembangan')} catatan perkembangan, ${n('dokumen')} dokumen; direncanakan dalam ${(planner.state.planMs / 1000).toFixed(1)} s`;
  },
  finish(ctx) {
    const state = states.get(ctx);
    if (!state || process.env.VITEST) return;
    const list = (entries: [string, string][]) => entries.map(([k, v]) => `${k} ${v}`).join(', ');
    const sorted = Object.entries(state.counts).sort(([a], [b]) => a.localeCompare(b));
    const outcomes = sorted.filter(([k]) => k.startsWith('keluar') || k === 'meninggal' || k === 'diterima kembali' || k.startsWith('pengajuan'));
    const incidents = sorted.filter(([k]) => k.startsWith('insiden'));
    const times = Object.entries(state.byLabel).sort((a, b) => b[1] - a[1]);
    console.log(`  modul residents: ${list(outcomes.map(([k, v]) => [k, v.toLocaleString('id-ID')]))}`);
    console.log(`    ${list(incidents.map(([k, v]) => [k, v.toLocaleString('id-ID')]))}`);
    console.log(`    waktu peristiwa ${(state.runMs / 1000).toFixed(1)} s: ${list(times.map(([k, ms]) => [k, `${(ms / 1000).toFixed(1)} s`]))}`);
  },
};
