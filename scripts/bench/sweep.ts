import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { channels, type ChannelName, type Role } from '../../src-main/contract';
import { createCore, DATABASE_FILE, type Core } from '../../src-main/core';
import { stats, type Stats } from './harness';
import { configureRaw } from './modules/database';
import { RAW_PRESENT_PER_DAY } from './modules/presence-sql';

/**
 * The read-channel sweep (issue 19, item 2): every read channel called through the real router (session,
 * access check, zod parsing, the handler, exports included) with realistic input for the dataset's largest
 * home, a few runs each; the median of each, the slowest first. Where a raw query doing the same work exists,
 * its median and the ratio are shown too. Writes are measured by the modules, not here.
 */

export interface SweepResult {
  channel: string;
  /** The input's short description (a filter, a period). */
  label: string;
  role: Role;
  app: Stats;
  raw: Stats | null;
  ratio: number | null;
  /** The call failed (the input did not fit this dataset): the error code. */
  error: string | null;
}

interface Call {
  channel: ChannelName;
  label?: string;
  input: unknown;
  raw?: () => unknown;
}

const ROLE_ORDER: Role[] = ['admin', 'head', 'finance', 'caregiver', 'province_admin'];
/** Channels that only start work or need a file: measured elsewhere or not at all. */
const NOT_SWEPT = new Set<string>(['backups.progress', 'budget.importPreview']);
/** Names the pattern below would take for reads but that write (or print to a file). */
const WRITES = new Set<string>(['spending.record', 'print.savePdf', 'school.saveReport']);
/** Reads whose names the pattern misses. */
const READS = new Set<string>(['meals.purchase']);

function isRead(name: string): boolean {
  return /\.(list|get|day|month|week|years|structure|accounts|revisions|forResident|open|overview|criteria|scoreItems|round|rounds|quotaFacts|settings|serviceSheet|batches|dashboard|stockCard|residents|rooms|statusHistory|pendingExits|checkDuplicates|status|session|programme|programmes|courseTypes|residentSummary|records|record|lineSpending|costPerResident|importTemplate|getDocument|certificate|progress)$|(Data|Report|Xlsx|Pdf|report|exportXlsx)$/.test(
    name,
  );
}

/** The read channels of the contract (by name: reads are named for what they return, writes for what they do). */
export function readChannels(): ChannelName[] {
  return (Object.keys(channels) as ChannelName[]).filter((c) => (isRead(c) || READS.has(c)) && !WRITES.has(c) && !NOT_SWEPT.has(c) && !c.startsWith('auth.'));
}

function roleFor(channel: ChannelName, have: Set<Role>): Role | null {
  const access = channels[channel].access;
  if (access === 'public' || access === 'any') return ROLE_ORDER.find((r) => have.has(r)) ?? null;
  return ROLE_ORDER.find((r) => have.has(r) && (access as readonly Role[]).includes(r)) ?? null;
}

/** Realistic input for each read channel, from the largest home's own rows. */
function calls(raw: Database.Database, homeId: number): Call[] {
  const one = <T>(sql: string, ...params: unknown[]) => raw.prepare(sql).get(...params) as T | undefined;
  const idOf = (sql: string, ...params: unknown[]) => one<{ id: number }>(sql, ...params)?.id;
  const newest = one<{ d: string }>("SELECT max(effective_date) AS d FROM resident_status_changes WHERE home_id = ? AND state = 'approved'", homeId)?.d ?? '2026-01-01';
  const year = Number(newest.slice(0, 4));
  const lastMonth = newest.slice(0, 7);
  const monthFrom = `${lastMonth}-01`;
  const yearFrom = `${year}-01-01`;
  const resident = idOf("SELECT r.id FROM residents r WHERE r.home_id = ? AND r.status = 'active' ORDER BY (SELECT count(*) FROM care_notes n WHERE n.resident_id = r.id) DESC LIMIT 1", homeId);
  const budgetYear = one<{ id: number; year: number }>('SELECT id, year FROM budget_years WHERE home_id = ? ORDER BY (SELECT count(*) FROM spending s WHERE s.home_id = ? AND substr(s.spent_on, 1, 4) = CAST(year AS TEXT)) DESC LIMIT 1', homeId, homeId);
  const line = budgetYear ? idOf('SELECT l.id FROM budget_lines l WHERE l.year_id = ? ORDER BY (SELECT count(*) FROM spending s WHERE s.line_id = l.id) DESC LIMIT 1', budgetYear.id) : undefined;
  const spending = idOf('SELECT id FROM spending WHERE home_id = ? ORDER BY id DESC LIMIT 1', homeId);
  const medicine = idOf('SELECT m.id FROM medicines m WHERE m.home_id = ? ORDER BY (SELECT count(*) FROM medicine_movements v WHERE v.medicine_id = m.id) DESC LIMIT 1', homeId);
  const programme = idOf('SELECT p.id FROM training_programmes p WHERE p.home_id = ? ORDER BY (SELECT count(*) FROM training_enrolments e WHERE e.programme_id = p.id) DESC LIMIT 1', homeId);
  const enrolment = programme ? idOf('SELECT id FROM training_enrolments WHERE programme_id = ? ORDER BY id LIMIT 1', programme) : undefined;
  const application = idOf('SELECT id FROM intake_applications WHERE home_id = ? ORDER BY id DESC LIMIT 1', homeId);
  const round = idOf('SELECT id FROM intake_rounds WHERE home_id = ? ORDER BY id DESC LIMIT 1', homeId);
  const decided = round ? idOf('SELECT application_id AS id FROM intake_decisions WHERE round_id = ? LIMIT 1', round) : undefined;
  const exit = idOf('SELECT id FROM resident_exits WHERE home_id = ? ORDER BY id DESC LIMIT 1', homeId);
  const intakeDocument = idOf('SELECT id FROM intake_documents WHERE home_id = ? ORDER BY id DESC LIMIT 1', homeId);
  const schoolRecord = idOf('SELECT id FROM school_records WHERE home_id = ? ORDER BY id DESC LIMIT 1', homeId);
  const purchase = idOf('SELECT id FROM food_purchases WHERE home_id = ? ORDER BY id DESC LIMIT 1', homeId);
  const document = idOf('SELECT d.id FROM resident_documents d JOIN residents r ON r.id = d.resident_id WHERE r.home_id = ? LIMIT 1', homeId);
  const serviceDay = one<{ date: string; meal: string }>('SELECT date, meal FROM meal_services WHERE home_id = ? ORDER BY date DESC LIMIT 1', homeId);
  const monday = (() => {
    const d = new Date(`${serviceDay?.date ?? newest}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    return d.toISOString().slice(0, 10);
  })();
  const marDay = one<{ d: string }>('SELECT max(date) AS d FROM medication_administrations WHERE home_id = ?', homeId)?.d ?? newest;
  const noteDay = one<{ d: string }>('SELECT max(noted_on) AS d FROM care_notes WHERE home_id = ?', homeId)?.d ?? newest;
  const auditUser = one<{ username: string }>("SELECT username FROM users WHERE home_id = ? AND role = 'caregiver' ORDER BY id LIMIT 1", homeId)?.username;
  const rareChannel = one<{ channel: string }>('SELECT channel FROM audit_log WHERE home_id = ? GROUP BY channel ORDER BY count(*) LIMIT 1', homeId)?.channel;
  const auditNewest = one<{ at: string }>('SELECT max(at) AS at FROM audit_log WHERE home_id = ?', homeId)?.at ?? `${newest}T00:00:00Z`;
  const auditYear = { from: `${Number(auditNewest.slice(0, 4)) - 1}-01-01`, to: auditNewest.slice(0, 10) };
  const period = { from: yearFrom, to: `${year}-12-31`, paper: 'A4' as const };
  const presentPerDay = raw.prepare(RAW_PRESENT_PER_DAY);
  const auditRaw = (where: string, ...params: unknown[]) => {
    const statement = raw.prepare(`SELECT * FROM audit_log WHERE home_id = ? AND at >= ? AND at <= ? ${where} ORDER BY id DESC LIMIT 101`);
    return () => statement.all(homeId, `${auditYear.from}T00:00:00.000Z`, `${auditYear.to}T23:59:59.999Z`, ...params);
  };

  const list: (Call | null)[] = [
    { channel: 'system.status', input: undefined },
    { channel: 'settings.get', input: undefined },
    { channel: 'homes.list', input: undefined },
    { channel: 'homes.get', input: { id: homeId } },
    { channel: 'users.list', input: undefined },
    { channel: 'backups.list', input: undefined },
    { channel: 'audit.list', label: 'a year, no filter', input: auditYear, raw: auditRaw('') },
    auditUser ? { channel: 'audit.list', label: 'a year, one user', input: { ...auditYear, username: auditUser }, raw: auditRaw('AND username = ?', auditUser) } : null,
    rareChannel ? { channel: 'audit.list', label: `a year, rare channel ${rareChannel}`, input: { ...auditYear, channel: rareChannel }, raw: auditRaw('AND channel = ?', rareChannel) } : null,
    { channel: 'audit.list', label: 'a year, entity resident', input: { ...auditYear, entity: 'resident' }, raw: auditRaw('AND entity = ?', 'resident') },
    resident ? { channel: 'audit.list', label: 'a year, one resident', input: { ...auditYear, entity: 'resident', entityId: String(resident) }, raw: auditRaw('AND entity = ? AND entity_id = ?', 'resident', String(resident)) } : null,
    { channel: 'residents.list', label: 'active', input: { statuses: ['active'] } },
    { channel: 'residents.list', label: 'search "ah"', input: { q: 'ah' } },
    { channel: 'residents.rooms', input: undefined },
    { channel: 'residents.pendingExits', input: undefined },
    { channel: 'residents.exportXlsx', label: 'active', input: { statuses: ['active'] } },
    resident ? { channel: 'residents.get', input: { id: resident } } : null,
    resident ? { channel: 'residents.statusHistory', input: { id: resident } } : null,
    { channel: 'residents.checkDuplicates', input: { fullName: 'Siti Rahmawati', birthDate: '2012-03-12', nik: null } },
    resident ? { channel: 'casefile.get', input: { residentId: resident } } : null,
    resident ? { channel: 'carenotes.forResident', input: { residentId: resident } } : null,
    { channel: 'carenotes.day', input: { date: noteDay } },
    { channel: 'incidents.open', input: undefined },
    { channel: 'stages.list', input: undefined },
    resident ? { channel: 'documents.list', input: { residentId: resident } } : null,
    document ? { channel: 'documents.get', input: { id: document } } : null,
    { channel: 'exits.list', input: {} },
    exit ? { channel: 'exits.get', input: { id: exit } } : null,
    { channel: 'exits.reportData', label: 'year', input: period },
    { channel: 'exits.report', label: 'year', input: period },
    { channel: 'exits.reportXlsx', label: 'year', input: period },
    { channel: 'intake.overview', input: undefined },
    { channel: 'intake.criteria', input: undefined },
    { channel: 'intake.scoreItems', input: undefined },
    { channel: 'intake.list', input: {} },
    application ? { channel: 'intake.get', input: { id: application } } : null,
    { channel: 'intake.rounds', input: undefined },
    round ? { channel: 'intake.round', input: { id: round } } : null,
    { channel: 'intake.quotaFacts', input: undefined },
    round ? { channel: 'intake.minutesReport', input: { id: round, paper: 'A4' } } : null,
    round && decided ? { channel: 'intake.letterReport', input: { roundId: round, applicationId: decided, paper: 'A4' } } : null,
    { channel: 'meals.settings', input: undefined },
    { channel: 'meals.week', input: { monday } },
    { channel: 'meals.weekReport', input: { monday, paper: 'A4' } },
    serviceDay ? { channel: 'meals.serviceSheet', input: { date: serviceDay.date, meal: serviceDay.meal } } : null,
    { channel: 'meals.purchases', input: { month: lastMonth } },
    {
      channel: 'meals.report',
      label: lastMonth,
      input: { month: lastMonth, paper: 'A4' },
      raw: () => presentPerDay.all({ home: homeId, from: monthFrom, to: `${lastMonth}-28` }),
    },
    { channel: 'meals.reportPdf', label: lastMonth, input: { month: lastMonth, paper: 'A4' } },
    { channel: 'meals.reportXlsx', label: lastMonth, input: { month: lastMonth, paper: 'A4' } },
    { channel: 'medicine.list', input: undefined },
    { channel: 'medicine.batches', input: {} },
    { channel: 'medicine.dashboard', input: undefined },
    medicine ? { channel: 'medicine.stockCard', input: { medicineId: medicine, ...period } } : null,
    medicine ? { channel: 'medicine.stockCardReport', input: { medicineId: medicine, ...period } } : null,
    medicine ? { channel: 'medicine.stockCardXlsx', input: { medicineId: medicine, ...period } } : null,
    { channel: 'medicine.stockReport', input: period },
    { channel: 'medicine.stockReportXlsx', input: period },
    { channel: 'medicine.expiryReport', input: { asOf: newest, paper: 'A4' } },
    { channel: 'prescription.list', input: { activeOn: marDay } },
    { channel: 'mar.day', input: { date: marDay } },
    resident ? { channel: 'mar.month', input: { residentId: resident, month: marDay.slice(0, 7), paper: 'A4' } } : null,
    resident ? { channel: 'mar.monthReport', input: { residentId: resident, month: marDay.slice(0, 7), paper: 'A4' } } : null,
    { channel: 'visit.residents', input: { date: marDay } },
    { channel: 'visit.list', input: {} },
    { channel: 'reports.censusData', label: 'year', input: period },
    { channel: 'reports.census', label: 'year', input: period },
    { channel: 'reports.censusXlsx', label: 'year', input: period },
    { channel: 'budget.years', input: undefined },
    { channel: 'budget.accounts', input: undefined },
    budgetYear ? { channel: 'budget.structure', input: { yearId: budgetYear.id } } : null,
    budgetYear ? { channel: 'budget.revisions', input: { yearId: budgetYear.id } } : null,
    budgetYear ? { channel: 'budget.dashboard', input: { yearId: budgetYear.id } } : null,
    budgetYear
      ? {
          channel: 'budget.costPerResident',
          input: { yearId: budgetYear.id, asOf: `${budgetYear.year}-12-31` },
          raw: () => presentPerDay.all({ home: homeId, from: `${budgetYear.year}-01-01`, to: `${budgetYear.year}-12-31` }),
        }
      : null,
    budgetYear ? { channel: 'spending.list', input: { yearId: budgetYear.id } } : null,
    spending ? { channel: 'spending.get', input: { id: spending } } : null,
    budgetYear ? { channel: 'budget.realisationData', input: { yearId: budgetYear.id, from: `${budgetYear.year}-01-01`, to: `${budgetYear.year}-12-31`, paper: 'A4' } } : null,
    budgetYear ? { channel: 'budget.realisationReport', input: { yearId: budgetYear.id, from: `${budgetYear.year}-01-01`, to: `${budgetYear.year}-12-31`, paper: 'A4', details: true } } : null,
    budgetYear ? { channel: 'budget.realisationXlsx', input: { yearId: budgetYear.id, from: `${budgetYear.year}-01-01`, to: `${budgetYear.year}-12-31`, paper: 'A4', details: true } } : null,
    budgetYear && line ? { channel: 'budget.lineSpending', input: { lineId: line, from: `${budgetYear.year}-01-01`, to: `${budgetYear.year}-12-31` } } : null,
    { channel: 'budget.importTemplate', input: { year } },
    { channel: 'training.courseTypes', input: undefined },
    { channel: 'training.programmes', input: undefined },
    programme ? { channel: 'training.programme', input: { id: programme } } : null,
    enrolment ? { channel: 'training.certificate', input: { enrolmentId: enrolment, paper: 'A4' } } : null,
    resident ? { channel: 'training.residentSummary', input: { residentId: resident } } : null,
    programme ? { channel: 'training.recapData', input: { programmeId: programme, month: lastMonth, paper: 'A4' } } : null,
    programme ? { channel: 'training.recapReport', input: { programmeId: programme, month: lastMonth, paper: 'A4' } } : null,
    programme ? { channel: 'training.recapXlsx', input: { programmeId: programme, month: lastMonth, paper: 'A4' } } : null,
    { channel: 'training.completionsReport', input: period },
    { channel: 'training.completionsXlsx', input: period },
    { channel: 'school.records', input: {} },
    schoolRecord ? { channel: 'school.record', input: { id: schoolRecord } } : null,
    resident ? { channel: 'health.record', input: { residentId: resident } } : null,
    intakeDocument ? { channel: 'intake.getDocument', input: { id: intakeDocument } } : null,
    purchase ? { channel: 'meals.purchase', input: { id: purchase } } : null,
  ];
  return list.filter((c): c is Call => c !== null);
}

/** Runs the sweep on its own copy of the dataset (`file`), `runs` timed calls per channel after one warm-up. */
export async function sweepReadChannels(options: {
  datasetFile: string;
  workDir: string;
  migrationsFolder: string;
  password: string;
  runs: number;
  log: (line: string) => void;
}): Promise<{ results: SweepResult[]; unswept: string[] }> {
  const dataDir = path.join(options.workDir, 'sweep');
  fs.mkdirSync(dataDir, { recursive: true });
  fs.copyFileSync(options.datasetFile, path.join(dataDir, DATABASE_FILE));
  const core: Core = createCore({ dataDir, migrationsFolder: options.migrationsFolder, mode: 'browser', version: 'bench' });
  // Inputs and raw queries on a second connection to the same file.
  const raw = new Database(path.join(dataDir, DATABASE_FILE));
  configureRaw(raw);
  try {
    const home = raw.prepare("SELECT home_id AS id FROM residents WHERE status = 'active' GROUP BY home_id ORDER BY count(*) DESC LIMIT 1").get() as { id: number };
    const sessions = new Map<Role, string>();
    for (const role of ROLE_ORDER) {
      const user = raw
        .prepare(`SELECT username FROM users WHERE role = ? AND active = 1 AND ${role === 'province_admin' ? 'home_id IS NULL' : 'home_id = ?'} ORDER BY id LIMIT 1`)
        .get(...(role === 'province_admin' ? [role] : [role, home.id])) as { username: string } | undefined;
      if (!user) continue;
      const key = `sweep-${role}`;
      const login = await core.router.call('auth.login', { username: user.username, password: options.password }, { sessionKey: key });
      if (!login.ok) continue;
      if (role === 'province_admin') await core.router.call('auth.switchHome', { homeId: home.id }, { sessionKey: key });
      sessions.set(role, key);
    }
    const have = new Set(sessions.keys());
    const planned = calls(raw, home.id);
    const covered = new Set(planned.map((c) => c.channel));
    const unswept = readChannels().filter((c) => !covered.has(c));
    const results: SweepResult[] = [];
    for (const call of planned) {
      const role = roleFor(call.channel, have);
      if (!role) continue;
      const sessionKey = sessions.get(role)!;
      const once = async () => {
        const started = process.hrtime.bigint();
        const result = await core.router.call(call.channel, call.input as never, { sessionKey });
        return { ms: Number(process.hrtime.bigint() - started) / 1e6, error: result.ok ? null : result.error.code };
      };
      const first = await once();
      const samples: number[] = [];
      const rawSamples: number[] = [];
      for (let i = 0; i < options.runs && !first.error; i++) {
        samples.push((await once()).ms);
        if (call.raw) {
          const started = process.hrtime.bigint();
          call.raw();
          rawSamples.push(Number(process.hrtime.bigint() - started) / 1e6);
        }
      }
      const app = stats(samples.length ? samples : [first.ms]);
      const rawStats = rawSamples.length ? stats(rawSamples) : null;
      results.push({
        channel: call.channel,
        label: call.label ?? '',
        role,
        app,
        raw: rawStats,
        ratio: rawStats ? app.medianMs / rawStats.medianMs : null,
        error: first.error,
      });
    }
    results.sort((a, b) => b.app.medianMs - a.app.medianMs);
    return { results, unswept };
  } finally {
    raw.close();
    core.close();
  }
}

export function formatSweep(results: SweepResult[], top: number): string {
  const rows = results.slice(0, top).map((r) => [
    `${r.channel}${r.label ? ` (${r.label})` : ''}`,
    r.role,
    r.error ? `failed: ${r.error}` : r.app.medianMs.toFixed(2),
    r.error ? '' : r.app.p95Ms.toFixed(2),
    r.raw ? r.raw.medianMs.toFixed(2) : '–',
    r.ratio ? `${r.ratio.toFixed(2)}×` : '–',
  ]);
  const header = ['channel', 'as', 'p50 ms', 'p95 ms', 'raw p50 ms', 'app/raw'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
