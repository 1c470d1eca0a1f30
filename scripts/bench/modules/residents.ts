import type Database from 'better-sqlite3';
import type { CareDay, ResidentDetail, ResidentListRow, Role } from '../../../src-main/contract';
import { nameKey, nikWarnings, ResidentListInput } from '../../../src-main/contract';
import { careDay } from '../../../src-main/features/carenotes/carenotes.service';
import { listResidents } from '../../../src-main/features/residents/residents-list.service';
import { homeToday } from '../../../src-main/features/homes/home-clock';
import { getResident } from '../../../src-main/features/residents/residents.service';
import type { Actor } from '../../../src-main/lib/actor';
import type { BenchContext, BenchModule, Benchmark } from '../harness';
import { nowIso } from '../../../src-main/lib/time';

/**
 * Residents at scale (issue 3, "Speed"): opening the list, search-as-you-type by name and by NIK, opening a
 * resident's file, and a shift's day view, each through the app's service (zod-parsed input, drizzle
 * query, mapping) against the same SELECTs written by hand on better-sqlite3 and mapped to the same shape.
 * Measured for the home with the most residents and for the whole province (every home in turn: the app
 * lists one home at a time).
 */

const LIST_COLUMNS = `id, registration_no, full_name, nickname, nik, sex, birth_date, pmks_category, room, status, admission_date, exit_date, allergies, special_diet`;

interface ListRaw {
  id: number;
  registration_no: string;
  full_name: string;
  nickname: string | null;
  nik: string | null;
  sex: 'L' | 'P';
  birth_date: string | null;
  pmks_category: number;
  room: string | null;
  status: ResidentListRow['status'];
  admission_date: string;
  exit_date: string | null;
  allergies: string | null;
  special_diet: string | null;
}

/** Whole years between two YYYY-MM-DD dates. */
function age(birth: string | null, today: string): number | null {
  if (!birth) return null;
  const years = Number(today.slice(0, 4)) - Number(birth.slice(0, 4));
  return today.slice(5) < birth.slice(5) ? years - 1 : years;
}

function toListRow(r: ListRaw, today: string): ResidentListRow {
  return {
    id: r.id,
    registrationNo: r.registration_no,
    fullName: r.full_name,
    nickname: r.nickname,
    nik: r.nik,
    sex: r.sex,
    birthDate: r.birth_date,
    age: age(r.birth_date, today),
    pmksCategory: r.pmks_category,
    room: r.room,
    status: r.status,
    admissionDate: r.admission_date,
    exitDate: r.exit_date,
    hasAllergy: !!r.allergies,
    specialDiet: r.special_diet,
  };
}

function actorFor(ctx: BenchContext, role: Role, homeId: number | null, channel: string): Actor {
  const where = homeId === null ? 'role = ? AND active = 1' : 'role = ? AND active = 1 AND home_id = ?';
  const u = ctx.raw.prepare(`SELECT id, username, role, home_id FROM users WHERE ${where} ORDER BY id LIMIT 1`).get(...(homeId === null ? [role] : [role, homeId])) as
    | { id: number; username: string; role: Role; home_id: number | null }
    | undefined;
  if (!u) throw new Error(`no active ${role} for home ${homeId}`);
  return { userId: u.id, username: u.username, role: u.role, homeId: homeId ?? u.home_id, channel };
}

/** The typed prefixes of `text`: each character up to four, then every few characters, then the whole. */
export function keystrokes(text: string, every = 3): string[] {
  const out: string[] = [];
  for (let i = 1; i <= text.length; i++) if (i <= 4 || i === text.length || (i - 4) % every === 0) out.push(text.slice(0, i));
  return [...new Set(out)];
}

/** The list's search by hand: the same LIKE filters as the service (name key, nickname, registration no., NIK prefix). */
function searchStatement(raw: Database.Database, withNik: boolean): Database.Statement {
  const nik = withNik ? ' OR nik LIKE @nik' : '';
  return raw.prepare(
    `SELECT ${LIST_COLUMNS} FROM residents
     WHERE home_id = @home AND (name_key LIKE @pattern OR lower(nickname) LIKE @pattern OR lower(registration_no) LIKE @pattern${nik})
     ORDER BY name_key ASC, id ASC LIMIT 20000`,
  );
}

export const residentsBench: BenchModule = {
  name: 'residents',
  benchmarks(ctx) {
    const raw = ctx.raw;
    const homes = raw
      .prepare(`SELECT home_id AS id, count(*) AS n, sum(status = 'active') AS active FROM residents GROUP BY home_id ORDER BY n DESC, home_id`)
      .all() as { id: number; n: number; active: number }[];
    if (homes.length === 0) {
      console.log('  (residents: the dataset has no residents; regenerate it with --regenerate)');
      return [];
    }
    const large = homes[0]!;
    const province = ctx.scale === 'province' && homes.length > 1;
    const admin = actorFor(ctx, 'admin', large.id, 'residents.list');
    const provinceActor = province ? actorFor(ctx, 'province_admin', null, 'residents.list') : admin;
    const inHome = (actor: Actor, homeId: number, channel: string): Actor => ({ ...actor, homeId, channel });
    const today = homeToday(ctx.app.db, admin);
    const list: Benchmark[] = [];
    const where = `${large.n.toLocaleString('en-US')} residents (${large.active.toLocaleString('en-US')} active) in home ${large.id}`;

    // 1. Opening the list: default sort (name), active residents, all rows.
    const activeList = raw.prepare(`SELECT ${LIST_COLUMNS} FROM residents WHERE home_id = ? AND status IN ('active') ORDER BY name_key ASC, id ASC LIMIT 20000`);
    const openApp = (actor: Actor) => listResidents(ctx.app.db, actor, ResidentListInput.parse({ statuses: ['active'] }));
    const openRaw = (homeId: number) => {
      const rows = (activeList.all(homeId) as ListRaw[]).map((r) => toListRow(r, today));
      return { rows, total: rows.length };
    };
    list.push({
      name: 'residents list: large home, active',
      note: `${where}; app: listResidents({statuses:['active']}) sorted by name, all rows; raw: SELECT … WHERE home_id = ? AND status IN ('active') ORDER BY name_key, id + mapping`,
      kind: 'fast',
      app: () => openApp(admin),
      raw: () => openRaw(large.id),
    });
    if (province) {
      list.push({
        name: `residents list: all ${homes.length} homes, active`,
        note: `${homes.reduce((s, h) => s + h.active, 0).toLocaleString('en-US')} active residents; the province administrator opens each home's list in turn (same queries per home)`,
        kind: 'fast',
        app: () => homes.map((h) => openApp(inHome(provinceActor, h.id, 'residents.list'))),
        raw: () => homes.map((h) => openRaw(h.id)),
      });
    }

    // 2. Search as you type, over every resident (current and past): a real name, then a real NIK.
    const names = raw.prepare(`SELECT name_key AS k FROM residents WHERE home_id = ? ORDER BY id`).pluck().all(large.id) as string[];
    const name = names.find((k) => k.startsWith('siti ')) ?? names.find((k) => k.startsWith('s') && k.includes(' ')) ?? names[0]!;
    // A NIK from the home's most common regency (its first four digits), as the staff would type it.
    const nik =
      (raw
        .prepare(
          `SELECT nik FROM residents WHERE home_id = @home AND substr(nik, 1, 4) = (
             SELECT substr(nik, 1, 4) FROM residents WHERE home_id = @home AND nik IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1
           ) ORDER BY id LIMIT 1`,
        )
        .pluck()
        .get({ home: large.id }) as string | undefined) ?? '3374';
    const byName = searchStatement(raw, false);
    const byNameOrNik = searchStatement(raw, true);
    const searchApp = (actor: Actor, q: string) => listResidents(ctx.app.db, actor, ResidentListInput.parse({ q }));
    const searchRaw = (homeId: number, q: string) => {
      const key = nameKey(q);
      const digits = q.replace(/\s+/g, '');
      const pattern = `%${key.replace(/[%_]/g, '')}%`;
      const isNik = /^\d{3,16}$/.test(digits);
      const rows = ((isNik ? byNameOrNik : byName).all({ home: homeId, pattern, ...(isNik ? { nik: `${digits}%` } : {}) }) as ListRaw[]).map((r) => toListRow(r, today));
      return { rows, total: rows.length };
    };
    const typedName = keystrokes(name);
    const typedNik = keystrokes(nik, 2);
    const hits = (q: string) => searchRaw(large.id, q).total;
    for (const q of typedName) {
      list.push({
        name: `  search "${q}" (large home, ${hits(q)} found)`,
        note:
          q === typedName[0]
            ? `typing "${name}" in the search box of ${where}, every status; app: listResidents({q}) (name key, nickname, registration no. LIKE %q%, sorted by name); raw: the same LIKE filters by hand`
            : 'the next keystroke',
        kind: 'fast',
        app: () => searchApp(admin, q),
        raw: () => searchRaw(large.id, q),
      });
    }
    for (const q of typedNik) {
      list.push({
        name: `  search NIK "${q}" (large home, ${hits(q)} found)`,
        note: q === typedNik[0] ? `typing the NIK ${nik}: from 3 digits the service adds nik LIKE 'q%' to the name filters; raw the same` : 'the next keystroke',
        kind: 'fast',
        app: () => searchApp(admin, q),
        raw: () => searchRaw(large.id, q),
      });
    }
    if (province) {
      const typed = [...typedName, ...typedNik];
      list.push({
        name: `search: ${typed.length} keystrokes × ${homes.length} homes`,
        note: `every keystroke of "${name}" and "${nik}" in every home of the province, current and past residents (${homes.reduce((s, h) => s + h.n, 0).toLocaleString('en-US')})`,
        kind: 'slow',
        app: () => homes.map((h) => typed.map((q) => searchApp(inHome(provinceActor, h.id, 'residents.list'), q))),
        raw: () => homes.map((h) => typed.map((q) => searchRaw(h.id, q))),
      });
    }

    // 3. Opening a resident's file (which records the viewing in the audit log), a different resident each time.
    const ids = raw.prepare(`SELECT id FROM residents WHERE home_id = ? ORDER BY id`).pluck().all(large.id) as number[];
    const cursor = { app: 0, raw: 0 };
    const viewer = { ...admin, channel: 'residents.get' };
    const one = raw.prepare('SELECT * FROM residents WHERE id = ? AND home_id = ?');
    const audit = raw.prepare(`INSERT INTO audit_log (at, user_id, username, home_id, channel, entity, entity_id, action) VALUES (?, ?, ?, ?, ?, 'resident', ?, 'view')`);
    const guardians = raw.prepare('SELECT id, name, relationship, phone, address, is_primary FROM resident_guardians WHERE resident_id = ? ORDER BY position');
    const pending = raw.prepare(
      `SELECT c.id, c.from_status, c.to_status, c.exit_type, c.effective_date, c.reason, c.state, q.full_name AS requested_by, c.created_at AS requested_at,
              d.full_name AS decided_by, c.decided_at, c.decision_note
       FROM resident_status_changes c LEFT JOIN users q ON q.id = c.requested_by LEFT JOIN users d ON d.id = c.decided_by
       WHERE c.resident_id = ? AND c.state = 'pending'`,
    );
    const openFile = raw.transaction((id: number): ResidentDetail => {
      const r = one.get(id, large.id) as Record<string, unknown> | undefined;
      if (!r) throw new Error('not found');
      audit.run(nowIso(), viewer.userId, viewer.username, viewer.homeId, viewer.channel, String(id));
      const p = pending.get(id) as Record<string, unknown> | undefined;
      return {
        id: r.id as number,
        homeId: r.home_id as number,
        registrationNo: r.registration_no as string,
        fullName: r.full_name as string,
        nickname: r.nickname as string | null,
        nik: r.nik as string | null,
        kkNumber: r.kk_number as string | null,
        birthPlace: r.birth_place as string | null,
        birthDate: r.birth_date as string | null,
        birthDateEstimated: r.birth_date_estimated === 1,
        sex: r.sex as 'L' | 'P',
        religion: r.religion as string | null,
        education: r.education as string | null,
        maritalStatus: r.marital_status as string | null,
        originProvince: r.origin_province as string | null,
        originRegency: r.origin_regency as string | null,
        originDistrict: r.origin_district as string | null,
        originVillage: r.origin_village as string | null,
        originAddress: r.origin_address as string | null,
        pmksCategory: r.pmks_category as number,
        disabilityType: r.disability_type as string,
        disabilityDegree: r.disability_degree as string | null,
        referralSource: r.referral_source as string | null,
        referralNote: r.referral_note as string | null,
        admissionDate: r.admission_date as string,
        room: r.room as string | null,
        photoDataUrl: r.photo_data_url as string | null,
        allergies: r.allergies as string | null,
        specialDiet: r.special_diet as string | null,
        notes: r.notes as string | null,
        healthNotes: r.health_notes as string | null,
        hivStatus: r.hiv_status as string | null,
        criminalHistory: r.criminal_history as string | null,
        hiddenFields: [],
        status: r.status as ResidentDetail['status'],
        exitDate: r.exit_date as string | null,
        exitType: r.exit_type as ResidentDetail['exitType'],
        applicationId: r.application_id as number | null,
        guardians: (guardians.all(id) as Record<string, unknown>[]).map((g) => ({
          id: g.id as number,
          name: g.name as string,
          relationship: g.relationship as string,
          phone: g.phone as string | null,
          address: g.address as string | null,
          isPrimary: g.is_primary === 1,
        })),
        pendingExit: p
          ? {
              id: p.id as number,
              fromStatus: p.from_status as ResidentDetail['status'],
              toStatus: p.to_status as ResidentDetail['status'],
              exitType: p.exit_type as ResidentDetail['exitType'],
              effectiveDate: p.effective_date as string,
              reason: p.reason as string,
              state: 'pending',
              requestedBy: p.requested_by as string | null,
              requestedAt: p.requested_at as string,
              decidedBy: p.decided_by as string | null,
              decidedAt: p.decided_at as string | null,
              decisionNote: p.decision_note as string | null,
              // A pending change is never undone (only applied exits are).
              undoneBy: null,
              undoneAt: null,
              undoReason: null,
            }
          : null,
        nikWarnings: nikWarnings(r.nik as string | null, r.birth_date as string | null, r.sex as 'L' | 'P'),
        createdAt: r.created_at as string,
        updatedAt: r.updated_at as string,
      };
    });
    list.push({
      name: "open a resident's file",
      note: `getResident (resident, audit row 'view', guardians, pending exit, NIK warnings) for each of the ${ids.length} residents of the large home in turn; raw: the same SELECTs + audit INSERT in a transaction`,
      kind: 'fast',
      app: () => getResident(ctx.app.db, viewer, ids[cursor.app++ % ids.length]!),
      raw: () => openFile(ids[cursor.raw++ % ids.length]!),
    });

    // 4. The shift's day view: yesterday's notes and incidents, and who has no note yet.
    const lastDay = raw.prepare(`SELECT max(noted_on) FROM care_notes WHERE home_id = ?`).pluck().get(large.id) as string | null;
    if (lastDay) {
      const notes = raw.prepare(
        `SELECT n.id, n.resident_id, r.full_name AS resident_name, r.room, n.noted_on, n.noted_time, n.shift, n.category, n.note, u.full_name AS recorded_by, n.recorded_at
         FROM care_notes n JOIN residents r ON r.id = n.resident_id LEFT JOIN users u ON u.id = n.recorded_by
         WHERE n.home_id = ? AND n.noted_on = ? ORDER BY r.name_key, n.id`,
      );
      const incidents = raw.prepare(
        `SELECT i.id, i.resident_id, r.full_name AS resident_name, r.room, i.occurred_on, i.occurred_time, i.severity, i.description, i.action_taken, i.follow_up,
                i.follow_up_due, i.resolved_on, u.full_name AS recorded_by, i.recorded_at
         FROM incidents i JOIN residents r ON r.id = i.resident_id LEFT JOIN users u ON u.id = i.recorded_by
         WHERE i.home_id = ? AND i.occurred_on = ? ORDER BY i.occurred_time, i.id`,
      );
      const without = raw.prepare(
        `SELECT id, full_name, room FROM residents
         WHERE home_id = @home AND admission_date <= @day AND (status = 'active' OR exit_date >= @day)
           AND id NOT IN (SELECT resident_id FROM care_notes WHERE home_id = @home AND noted_on = @day)
         ORDER BY room, name_key`,
      );
      const camel = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()), v]));
      const dayApp = (actor: Actor) => careDay(ctx.app.db, actor, { date: lastDay });
      const dayRaw = (homeId: number): CareDay => ({
        date: lastDay,
        shift: null,
        notes: (notes.all(homeId, lastDay) as Record<string, unknown>[]).map(camel) as unknown as CareDay['notes'],
        incidents: (incidents.all(homeId, lastDay) as Record<string, unknown>[]).map(camel) as unknown as CareDay['incidents'],
        residentsWithoutNote: (without.all({ home: homeId, day: lastDay }) as { id: number; full_name: string; room: string | null }[]).map((r) => ({ id: r.id, fullName: r.full_name, room: r.room })),
      });
      const size = dayRaw(large.id);
      const carer = { ...admin, channel: 'carenotes.day' };
      list.push({
        name: `shift day view (${size.notes.length} notes, ${size.residentsWithoutNote.length} without)`,
        note: `careDay({date: ${lastDay}}) for the large home: notes with resident and writer names, incidents, residents present without a note; raw: the three SELECTs (NOT IN as a subquery) + mapping`,
        kind: 'fast',
        app: () => dayApp(carer),
        raw: () => dayRaw(large.id),
      });
      if (province) {
        list.push({
          name: `shift day view: all ${homes.length} homes`,
          note: `careDay for ${lastDay} in every home in turn`,
          kind: 'fast',
          app: () => homes.map((h) => dayApp(inHome(provinceActor, h.id, 'carenotes.day'))),
          raw: () => homes.map((h) => dayRaw(h.id)),
        });
      }
    }
    return list;
  },
};
