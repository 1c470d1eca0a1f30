import dayjs from 'dayjs';
import { homeToday } from '../homes/home-clock';
import ExcelJS from 'exceljs';
import { and, asc, desc, eq, gt, inArray, isNotNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ResidentListInput, ResidentListRow } from '../../contract';
import {
  AGE_GROUPS,
  DISABILITY_LABELS,
  EXIT_TYPE_LABELS,
  nameKey,
  PMKS_CATEGORIES,
  RESIDENT_STATUS_LABELS,
  SEX_LABELS,
} from '../../contract';
import type { AppDb } from '../../db/client';
import { residents } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { recordAudit } from '../audit/audit.service';

type ListInput = z.output<typeof ResidentListInput>;

/** Whole years between a birth date and `today` (both YYYY-MM-DD). */
export function ageOn(birthDate: string | null, today: string): number | null {
  if (!birthDate) return null;
  let age = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (today.slice(5) < birthDate.slice(5)) age -= 1;
  return age;
}


function filters(homeId: number, input: ListInput, today: string): SQL[] {
  const where: SQL[] = [eq(residents.homeId, homeId)];
  if (input.statuses?.length) where.push(inArray(residents.status, input.statuses));
  if (input.pmksCategory) where.push(eq(residents.pmksCategory, input.pmksCategory));
  if (input.sex) where.push(eq(residents.sex, input.sex));
  if (input.room) where.push(eq(residents.room, input.room));
  const group = AGE_GROUPS.find((g) => g.key === input.ageGroup);
  if (group) {
    const latest = dayjs(today).subtract(group.min, 'year').format('YYYY-MM-DD');
    const earliest = dayjs(today).subtract(group.max + 1, 'year').format('YYYY-MM-DD');
    where.push(and(isNotNull(residents.birthDate), lte(residents.birthDate, latest), gt(residents.birthDate, earliest))!);
  }
  const q = input.q?.trim();
  if (q) {
    const digits = q.replace(/\s+/g, '');
    const key = nameKey(q);
    const byText: SQL[] = [];
    if (key) {
      const pattern = `%${key.replace(/[%_]/g, '')}%`;
      byText.push(sql`${residents.nameKey} like ${pattern}`, sql`lower(${residents.nickname}) like ${pattern}`);
      byText.push(sql`lower(${residents.registrationNo}) like ${pattern}`);
    }
    if (/^\d{3,16}$/.test(digits)) byText.push(sql`${residents.nik} like ${`${digits}%`}`);
    if (byText.length) where.push(or(...byText)!);
  }
  return where;
}

const SORT_COLUMNS = {
  name: residents.nameKey,
  registrationNo: residents.registrationNo,
  admissionDate: residents.admissionDate,
  // an older birth date is a greater age: sort age ascending = birth date descending
  age: residents.birthDate,
  room: residents.room,
} as const;

export function listResidents(db: AppDb, actor: Actor, input: ListInput, today = homeToday(db, actor)): { rows: ResidentListRow[]; total: number } {
  const homeId = requireHome(actor);
  const column = SORT_COLUMNS[input.sort];
  const ascending = input.sort === 'age' ? input.direction === 'desc' : input.direction === 'asc';
  const rows = db
    .select({
      id: residents.id,
      registrationNo: residents.registrationNo,
      fullName: residents.fullName,
      nickname: residents.nickname,
      nik: residents.nik,
      sex: residents.sex,
      birthDate: residents.birthDate,
      pmksCategory: residents.pmksCategory,
      room: residents.room,
      status: residents.status,
      admissionDate: residents.admissionDate,
      exitDate: residents.exitDate,
      allergies: residents.allergies,
      specialDiet: residents.specialDiet,
    })
    .from(residents)
    .where(and(...filters(homeId, input, today)))
    .orderBy(ascending ? asc(column) : desc(column), asc(residents.id))
    .limit(input.limit)
    .all();
  return {
    total: rows.length,
    rows: rows.map(({ allergies, ...r }) => ({
      ...r,
      sex: r.sex as 'L' | 'P',
      status: r.status as ResidentListRow['status'],
      age: ageOn(r.birthDate, today),
      hasAllergy: !!allergies,
    })),
  };
}

export function listRooms(db: AppDb, actor: Actor): string[] {
  const homeId = requireHome(actor);
  return db
    .selectDistinct({ room: residents.room })
    .from(residents)
    .where(and(eq(residents.homeId, homeId), isNotNull(residents.room)))
    .orderBy(asc(residents.room))
    .all()
    .map((r) => r.room!);
}

/** The filtered list as an XLSX workbook (no sensitive fields), for the administration's own records. */
export async function exportResidentsXlsx(db: AppDb, actor: Actor, input: ListInput): Promise<{ fileName: string; base64: string }> {
  const homeId = requireHome(actor);
  const today = homeToday(db, actor);
  const ids = listResidents(db, actor, input, today).rows.map((r) => r.id);
  const full = ids.length ? db.select().from(residents).where(and(eq(residents.homeId, homeId), inArray(residents.id, ids))).all() : [];
  const byId = new Map(full.map((r) => [r.id, r]));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sipanti';
  const sheet = workbook.addWorksheet('Penerima manfaat', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'No. registrasi', key: 'registrationNo', width: 15 },
    { header: 'Nama lengkap', key: 'fullName', width: 28 },
    { header: 'Panggilan', key: 'nickname', width: 12 },
    { header: 'NIK', key: 'nik', width: 19 },
    { header: 'No. KK', key: 'kkNumber', width: 19 },
    { header: 'L/P', key: 'sex', width: 11 },
    { header: 'Tempat lahir', key: 'birthPlace', width: 16 },
    { header: 'Tanggal lahir', key: 'birthDate', width: 13, style: { numFmt: 'dd/mm/yyyy' } },
    { header: 'Umur', key: 'age', width: 7 },
    { header: 'Kategori PMKS', key: 'pmks', width: 30 },
    { header: 'Disabilitas', key: 'disability', width: 22 },
    { header: 'Asal kabupaten/kota', key: 'originRegency', width: 22 },
    { header: 'Tanggal masuk', key: 'admissionDate', width: 13, style: { numFmt: 'dd/mm/yyyy' } },
    { header: 'Kamar/wisma', key: 'room', width: 14 },
    { header: 'Status', key: 'status', width: 11 },
    { header: 'Tanggal keluar', key: 'exitDate', width: 13, style: { numFmt: 'dd/mm/yyyy' } },
    { header: 'Jenis keluar', key: 'exitType', width: 24 },
  ];
  const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
  for (const id of ids) {
    const r = byId.get(id)!;
    sheet.addRow({
      ...r,
      sex: SEX_LABELS[r.sex as 'L' | 'P'],
      birthDate: asDate(r.birthDate),
      age: ageOn(r.birthDate, today),
      pmks: `${r.pmksCategory}. ${PMKS_CATEGORIES[r.pmksCategory]}`,
      disability: DISABILITY_LABELS[r.disabilityType as keyof typeof DISABILITY_LABELS],
      admissionDate: asDate(r.admissionDate),
      status: RESIDENT_STATUS_LABELS[r.status as keyof typeof RESIDENT_STATUS_LABELS],
      exitDate: asDate(r.exitDate),
      exitType: r.exitType ? EXIT_TYPE_LABELS[r.exitType as keyof typeof EXIT_TYPE_LABELS] : null,
    });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: 'A1', to: 'Q1' };
  const buffer = await workbook.xlsx.writeBuffer();
  recordAudit(db, actor, { entity: 'resident', action: 'export', after: { count: ids.length, filters: input } });
  return { fileName: `penerima-manfaat-${today}.xlsx`, base64: Buffer.from(buffer).toString('base64') };
}
