import { eq } from 'drizzle-orm';
import type { HomeType } from '../../src-main/contract';
import { HomeProfileInput, passwordProblem, SetupInput, UsernameSchema } from '../../src-main/contract';
import { homes as homesTable, users as usersTable } from '../../src-main/db/schema';
import { recordAudit } from '../../src-main/features/audit/audit.service';
import { createHome, setHomeActive, updateHome, type HomeProfile } from '../../src-main/features/homes/homes.service';
import { completeSetup } from '../../src-main/features/setup/setup.service';
import { setUserActive } from '../../src-main/features/users/users.service';
import type { DemoContext, DemoHome, DemoUser } from './context';
import { addDays, atWib, DAY_MS, nextWorkday, startOfDayWib } from './context';
import { personName, usernameFor, withTitles, type Sex, type StaffJob } from './names';
import { CAREGIVERS, JOB_PEOPLE, JOB_ROLE, LOGO_COLOURS, logoFor, PROVINCE_TYPES, TYPE_PREFIX } from './staffing';
import { makeNip, birthDate } from './nip';
import { HOME_NAMES, JAWA_TENGAH, officePhone, streetAddress, SUMATERA_BARAT, type Province } from './places';
import type { Rng } from './rng';

/**
 * The foundation every module builds on: the homes, their officials and staff accounts, and the changes
 * to them over the years (staff leaving and joining, a new treasurer or head, a new e-mail address, a home
 * closed for renovation). Everything goes through the real services (setup wizard, createHome, updateHome,
 * setHomeActive, setUserActive) except creating accounts, which skips hashing each password: every demo
 * account shares one scrypt hash of the demo password.
 */

interface Person {
  /** With academic degrees, as written on staff lists and signature blocks. */
  fullName: string;
  sex: Sex;
  birthDate: string;
  job: StaffJob;
}

/** Plans the homes and accounts (ctx.homes, ctx.users) and schedules their creation and changes. */
export function planFoundation(ctx: DemoContext): void {
  const rng = ctx.rng;
  const province = ctx.scale === 'home' ? SUMATERA_BARAT : JAWA_TENGAH;
  const planner = new Planner(ctx, rng, province);
  if (ctx.scale === 'home') planner.planHomeScale();
  else planner.planProvinceScale();
  planner.schedule();
}

const lastAuditId = (ctx: DemoContext) =>
  (ctx.sqlite.prepare('SELECT coalesce(max(id), 0) AS id FROM audit_log').get() as { id: number }).id;

/**
 * created_at/updated_at come from SQL defaults (the real clock); after back-dating those columns, the
 * copies of the new row in the audit rows written since `sinceId` get the same time.
 */
function restampCreated(ctx: DemoContext, sinceId: number, iso: string): void {
  ctx.sqlite
    .prepare(
      `UPDATE audit_log SET after_json = json_set(after_json, '$.createdAt', ?, '$.updatedAt', ?)
       WHERE id > ? AND json_extract(after_json, '$.createdAt') IS NOT NULL`,
    )
    .run(iso, iso, sinceId);
}

interface PlannedHome {
  home: DemoHome;
  initial: HomeProfile;
  /** Profile changes after creation: at → patch, made by the home's administrator. */
  changes: { at: Date; patch: Partial<HomeProfile>; why: string }[];
  admin?: DemoUser;
}

interface PlannedUser {
  user: DemoUser;
  /** Who created the account; null for the setup wizard. */
  by: DemoUser | null;
}

class Planner {
  private readonly homes: PlannedHome[] = [];
  private readonly accounts: PlannedUser[] = [];
  private readonly usernames = new Set<string>();
  private provinceAdmin: DemoUser | null = null;
  private setupAt!: Date;
  private renovation: { homeId: number; from: Date; until: Date } | null = null;

  constructor(
    private readonly ctx: DemoContext,
    private readonly rng: Rng,
    private readonly province: Province,
  ) {}

  private person(job: StaffJob, sex?: Sex): Person {
    const [minAge, maxAge, women] = JOB_PEOPLE[job];
    const chosenSex: Sex = sex ?? (this.rng.chance(women) ? 'P' : 'L');
    const name = personName(this.rng, this.province.names, chosenSex);
    const born = birthDate(this.rng, this.ctx.today, minAge, maxAge);
    return { fullName: withTitles(name, job, Number(born.slice(0, 4)), this.rng), sex: chosenSex, birthDate: born, job };
  }

  private username(fullName: string): string {
    const plain = fullName.replace(/^Drs\.\s+/, '').split(',')[0]!;
    const base = usernameFor(plain);
    let name = base;
    for (let n = 2; this.usernames.has(name) || passwordProblem(this.ctx.password, name) !== null; n++) name = `${base}${n}`;
    this.usernames.add(name);
    return UsernameSchema.parse(name);
  }

  private account(person: Person, homeId: number | null, activeFrom: Date, by: DemoUser | null): DemoUser {
    const user: DemoUser = {
      id: 0,
      homeId,
      username: this.username(person.fullName),
      fullName: person.fullName,
      role: JOB_ROLE[person.job],
      job: person.job,
      sex: person.sex,
      birthDate: person.birthDate,
      activeFrom,
      activeUntil: null,
      viaSetup: by === null,
    };
    this.accounts.push({ user, by });
    return user;
  }

  private official(job: 'head' | 'bendahara'): Person & { nip: string } {
    const person = this.person(job);
    return { ...person, nip: makeNip(this.rng, person, this.ctx.today) };
  }

  private addHome(
    id: number,
    type: HomeType,
    name: string,
    regencyName: string,
    createdAt: Date,
    fields: { address: string; phone: string; email: string; logo: string },
  ): { planned: PlannedHome; head: Person; finance: Person } {
    const head = this.official('head');
    const finance = this.official('bendahara');
    const initial = HomeProfileInput.parse({
      name,
      type,
      address: fields.address,
      province: this.province.name,
      regency: regencyName,
      phone: fields.phone,
      email: fields.email,
      headName: head.fullName,
      headNip: head.nip,
      financeName: finance.fullName,
      financeNip: finance.nip,
      logoDataUrl: fields.logo,
    });
    const home: DemoHome = { id, type, province: this.province, regency: regencyName, profile: initial, createdAt, inactive: [] };
    const planned: PlannedHome = { home, initial, changes: [] };
    this.homes.push(planned);
    return { planned, head, finance };
  }

  /** Staff of a home, created by its administrator on `day` (a WIB midnight). */
  private staff(planned: PlannedHome, admin: DemoUser, head: Person, finance: Person, day: Date, withPptk: boolean): void {
    const homeId = planned.home.id;
    let minute = 0;
    const next = () => atWib(day, 9, 30 + (minute += this.rng.int(3, 9)), this.rng.int(0, 59));
    this.account(head, homeId, next(), admin);
    this.account(finance, homeId, next(), admin);
    if (withPptk) this.account(this.person('pptk'), homeId, next(), admin);
    for (const [job, min, max] of CAREGIVERS[planned.home.type]) {
      const count = this.rng.int(min, max);
      for (let i = 0; i < count; i++) this.account(this.person(job), homeId, next(), admin);
    }
  }

  // --- home scale: UPTD PSAA Tri Murni, Padang Panjang, one year ------------------------------------

  planHomeScale(): void {
    const today = this.ctx.today;
    this.setupAt = atWib(nextWorkday(this.ctx.start), 9, 12);
    const regency = this.province.regencies[0]!; // Kota Padang Panjang
    const { planned, head, finance } = this.addHome(1, 'PSAA', 'UPTD PSAA Tri Murni', regency.name, this.setupAt, {
      address: 'Jl. Sutan Syahrir No. 213, Kelurahan Silaing Bawah, Padang Panjang 27118',
      phone: '(0752) 82145',
      email: 'psaatrimurni.pdpanjang@gmail.com',
      logo: logoFor('UPTD PSAA Tri Murni', '#1f5f8b'),
    });
    const admin = this.account(this.person('admin'), 1, this.setupAt, null);
    planned.admin = admin;
    this.staff(planned, admin, head, finance, nextWorkday(this.ctx.start), true);

    const at = (days: number, h: number, m: number) => atWib(nextWorkday(addDays(this.ctx.start, days)), h, m);
    // Month 3: the home gets its official mail address.
    planned.changes.push({
      at: at(75, 10, 41),
      patch: { email: 'uptd.psaa.trimurni@sumbarprov.go.id' },
      why: 'e-mail dinas',
    });
    // Month 5: a caregiver moves to another home; a new one joins three weeks later.
    const leaving = this.accounts.find((a) => a.user.homeId === 1 && a.user.job === 'pengasuh')!.user;
    leaving.activeUntil = at(150, 14, 5);
    this.account(this.person('pengasuh'), 1, at(171, 9, 47), admin);
    // Month 7: a new treasurer (bendahara pengeluaran) takes over; the old one hands over a week later.
    const oldFinance = this.accounts.find((a) => a.user.homeId === 1 && a.user.job === 'bendahara')!.user;
    const newFinance = this.official('bendahara');
    const handover = at(212, 9, 15);
    this.account(newFinance, 1, handover, admin);
    planned.changes.push({
      at: atWib(nextWorkday(addDays(handover, 1)), 10, 2),
      patch: { financeName: newFinance.fullName, financeNip: newFinance.nip },
      why: 'bendahara baru',
    });
    oldFinance.activeUntil = atWib(nextWorkday(addDays(handover, 7)), 15, 20);
    // Month 10: a new office telephone line.
    planned.changes.push({ at: at(300, 11, 8), patch: { phone: `(0752) 8${this.rng.digits(4)}` }, why: 'telepon baru' });
    if (today.getTime() <= this.setupAt.getTime()) throw new Error('today must be after the start of history');
  }

  // --- province scale: 50 homes across Central Java, three years -----------------------------------

  planProvinceScale(): void {
    const rng = this.rng;
    const today = this.ctx.today;
    this.setupAt = atWib(nextWorkday(this.ctx.start), 9, 5);
    const types = rng.shuffle(PROVINCE_TYPES.flatMap(([type, n]) => Array.from({ length: n }, () => type)));
    const regencies = rng.shuffle(this.province.regencies);
    const names = rng.shuffle(HOME_NAMES);

    const official = this.person('pejabat-provinsi');
    this.provinceAdmin = this.account(official, null, this.setupAt, null);

    let day = nextWorkday(this.ctx.start);
    let lastCreated = this.setupAt;
    for (let i = 0; i < types.length; i++) {
      const id = i + 1;
      const type = types[i]!;
      const regency = i < regencies.length ? regencies[i]! : rng.pick(regencies);
      const name = `${TYPE_PREFIX[type]} ${names[i]!}`;
      const slug = names[i]!.toLowerCase().replace(/[^a-z]/g, '');
      const officialMail = `uptd.${type.toLowerCase()}.${slug}@${this.province.mailDomain}`;
      const gmail = rng.chance(0.3);
      // The province office enters one or two homes a day over its first two months.
      let createdAt = this.setupAt;
      if (i > 0) {
        if (rng.chance(0.6)) day = nextWorkday(addDays(day, 1));
        createdAt = atWib(day, rng.int(9, 14), rng.int(0, 59));
        // Homes get their ids in the order they are entered.
        if (createdAt.getTime() <= lastCreated.getTime()) createdAt = new Date(lastCreated.getTime() + rng.int(30, 90) * 60_000);
      }
      lastCreated = createdAt;
      const { planned, head, finance } = this.addHome(id, type, name, regency.name, createdAt, {
        address: streetAddress(rng, regency),
        phone: officePhone(rng, regency),
        email: gmail ? `${type.toLowerCase()}${slug}@gmail.com` : officialMail,
        logo: logoFor(name, rng.pick(LOGO_COLOURS)),
      });
      const admin = this.account(this.person('admin'), id, new Date(createdAt.getTime() + rng.int(8, 25) * 60_000), this.provinceAdmin);
      planned.admin = admin;
      const staffDay = nextWorkday(addDays(day, rng.int(1, 3)));
      this.staff(planned, admin, head, finance, staffDay, rng.chance(0.5));
      this.planChanges(planned, admin, gmail ? officialMail : null, staffDay);
    }

    // One home closes its dormitory for renovation for two months; nobody there signs in meanwhile.
    const renovated = this.homes[rng.int(1, this.homes.length - 1)]!.home;
    const from = atWib(nextWorkday(addDays(today, -rng.int(400, 500))), 10, 30);
    const until = atWib(nextWorkday(addDays(from, 61)), 8, 45);
    renovated.inactive.push({ from, until });
    this.renovation = { homeId: renovated.id, from, until };
  }

  /** Over the years: caregivers leave and are replaced, a new treasurer or head, the official e-mail. */
  private planChanges(planned: PlannedHome, admin: DemoUser, officialMail: string | null, since: Date): void {
    const rng = this.rng;
    const today = this.ctx.today;
    const span = today.getTime() - since.getTime();
    const years = span / (365 * DAY_MS);
    const between = (a: number, b: number) => new Date(since.getTime() + span * (a + rng.next() * (b - a)));
    const workdayAt = (d: Date, h: number) => atWib(nextWorkday(addDays(startOfDayWib(d), 1)), h, rng.int(0, 59));
    const homeId = planned.home.id;

    for (const { user } of this.accounts.filter((a) => a.user.homeId === homeId && a.user.role === 'caregiver')) {
      if (!rng.chance(1 - Math.pow(1 - 0.12, years))) continue;
      const leaves = workdayAt(between(0.08, 0.95), 14);
      user.activeUntil = leaves;
      const joins = workdayAt(new Date(leaves.getTime() + rng.int(7, 45) * DAY_MS), 9);
      this.account(this.person(user.job), homeId, joins, admin);
    }
    if (rng.chance(1 - Math.pow(1 - 0.2, years))) {
      this.changeOfficial(planned, admin, 'bendahara', workdayAt(between(0.1, 0.95), 9));
    }
    if (rng.chance(0.35)) this.changeOfficial(planned, admin, 'head', workdayAt(between(0.2, 0.95), 8));
    if (officialMail) {
      planned.changes.push({ at: workdayAt(between(0.02, 0.5), 11), patch: { email: officialMail }, why: 'e-mail dinas' });
    }
  }

  /** A new head or treasurer: account created, profile updated the next workday, predecessor off a week later. */
  private changeOfficial(planned: PlannedHome, admin: DemoUser, job: 'head' | 'bendahara', at: Date): void {
    const homeId = planned.home.id;
    const previous = this.accounts
      .map((a) => a.user)
      .filter((u) => u.homeId === homeId && u.job === job && u.activeUntil === null)
      .pop();
    if (!previous || previous.activeFrom.getTime() >= at.getTime()) return;
    const successor = this.official(job);
    this.account(successor, homeId, at, admin);
    const patch: Partial<HomeProfile> =
      job === 'head'
        ? { headName: successor.fullName, headNip: successor.nip }
        : { financeName: successor.fullName, financeNip: successor.nip };
    planned.changes.push({ at: atWib(nextWorkday(addDays(at, 1)), 10, this.rng.int(0, 59)), patch, why: job });
    previous.activeUntil = atWib(nextWorkday(addDays(at, 7)), 15, this.rng.int(0, 59));
  }

  // --- scheduling --------------------------------------------------------------------------------

  schedule(): void {
    const { ctx } = this;
    // Only what has happened by today exists.
    const today = ctx.today.getTime();
    for (let i = this.accounts.length - 1; i >= 0; i--) {
      if (this.accounts[i]!.user.activeFrom.getTime() >= today) this.accounts.splice(i, 1);
    }
    for (const { user } of this.accounts) if (user.activeUntil && user.activeUntil.getTime() >= today) user.activeUntil = null;
    for (const planned of this.homes) planned.changes = planned.changes.filter((c) => c.at.getTime() < today);
    // Ids follow creation time, as they will in the database.
    this.accounts.sort((a, b) => a.user.activeFrom.getTime() - b.user.activeFrom.getTime());
    this.accounts.forEach((a, i) => (a.user.id = i + 1));
    for (const planned of this.homes) {
      planned.changes.sort((a, b) => a.at.getTime() - b.at.getTime());
      let profile = planned.initial;
      for (const change of planned.changes) profile = { ...profile, ...change.patch };
      planned.home.profile = HomeProfileInput.parse(profile);
    }
    ctx.homes.push(...this.homes.map((p) => p.home));
    ctx.users.push(...this.accounts.map((a) => a.user));

    this.scheduleSetup();
    for (const planned of this.homes.slice(1)) this.scheduleHome(planned);
    for (const account of this.accounts) {
      if (!account.user.viaSetup) this.scheduleAccount(account);
      if (account.user.activeUntil) this.scheduleDeparture(account.user);
    }
    for (const planned of this.homes) this.scheduleProfileChanges(planned);
    if (this.renovation) this.scheduleRenovation(this.renovation);
  }

  private scheduleSetup(): void {
    const { ctx } = this;
    const first = this.homes[0]!;
    const setupUser = this.accounts.find((a) => a.user.viaSetup)!.user;
    ctx.timeline.at(this.setupAt, (iso) => {
      const input = SetupInput.parse({
        home: first.initial,
        admin: {
          scope: setupUser.role === 'province_admin' ? 'province' : 'home',
          username: setupUser.username,
          fullName: setupUser.fullName,
          password: ctx.password,
          passwordConfirm: ctx.password,
        },
      });
      const since = lastAuditId(ctx);
      const result = completeSetup(ctx.db, input);
      if (result.homeId !== first.home.id) throw new Error(`setup gave home id ${result.homeId}, planned ${first.home.id}`);
      const user = ctx.db.select().from(usersTable).where(eq(usersTable.username, setupUser.username)).get()!;
      if (user.id !== setupUser.id) throw new Error(`setup gave user id ${user.id}, planned ${setupUser.id}`);
      ctx.db.update(homesTable).set({ createdAt: iso, updatedAt: iso }).where(eq(homesTable.id, result.homeId)).run();
      ctx.db.update(usersTable).set({ createdAt: iso, updatedAt: iso, passwordHash: ctx.passwordHash }).where(eq(usersTable.id, user.id)).run();
      restampCreated(ctx, since, iso);
    });
  }

  private scheduleHome(planned: PlannedHome): void {
    const { ctx } = this;
    const by = this.provinceAdmin!;
    ctx.timeline.at(planned.home.createdAt, (iso) => {
      const since = lastAuditId(ctx);
      const home = createHome(ctx.db, ctx.actorFor(by, 'homes.create', 1), planned.initial);
      if (home.id !== planned.home.id) throw new Error(`createHome gave id ${home.id}, planned ${planned.home.id}`);
      ctx.db.update(homesTable).set({ createdAt: iso, updatedAt: iso }).where(eq(homesTable.id, home.id)).run();
      restampCreated(ctx, since, iso);
    });
  }

  /** Like users.create, but with the shared hash: inserts the account and the same audit row. */
  private scheduleAccount({ user, by }: PlannedUser): void {
    const { ctx } = this;
    ctx.timeline.at(user.activeFrom, (iso) => {
      const actor = ctx.actorFor(by!, 'users.create', user.homeId);
      ctx.db.transaction((tx) => {
        const row = tx
          .insert(usersTable)
          .values({
            id: user.id,
            homeId: user.homeId,
            username: user.username,
            fullName: user.fullName,
            role: user.role,
            passwordHash: ctx.passwordHash,
            mustChangePassword: false,
            createdAt: iso,
            updatedAt: iso,
          })
          .returning()
          .get();
        const after = { id: row.id, username: row.username, fullName: row.fullName, role: row.role, homeId: row.homeId, active: row.active };
        recordAudit(tx, actor, { entity: 'user', entityId: row.id, action: 'create', after, homeId: row.homeId });
      });
    });
  }

  private scheduleDeparture(user: DemoUser): void {
    const { ctx } = this;
    const admin = this.homes.find((p) => p.home.id === user.homeId)?.admin;
    if (!admin) throw new Error(`no administrator to deactivate ${user.username}`);
    ctx.timeline.at(user.activeUntil!, () => {
      setUserActive(ctx.db, ctx.actorFor(admin, 'users.setActive'), user.id, false);
    });
  }

  private scheduleProfileChanges(planned: PlannedHome): void {
    const { ctx } = this;
    let profile = planned.initial;
    for (const change of planned.changes) {
      profile = HomeProfileInput.parse({ ...profile, ...change.patch });
      const next = profile;
      ctx.timeline.at(change.at, () => {
        updateHome(ctx.db, ctx.actorFor(planned.admin!, 'homes.update'), planned.home.id, next);
      });
    }
  }

  private scheduleRenovation(renovation: { homeId: number; from: Date; until: Date }): void {
    const { ctx } = this;
    const by = this.provinceAdmin!;
    ctx.timeline.at(renovation.from, () => {
      setHomeActive(ctx.db, ctx.actorFor(by, 'homes.setActive', 1), renovation.homeId, false, 'Renovasi gedung asrama');
    });
    ctx.timeline.at(renovation.until, () => {
      setHomeActive(ctx.db, ctx.actorFor(by, 'homes.setActive', 1), renovation.homeId, true, 'Renovasi selesai');
    });
  }
}
