import { z } from 'zod';
import { Rupiah } from './budget';
import { channel, Id, NoInput, optionalText, trimmed } from './common';
import { PaperSize, type PrintableReport } from './reports';
import { OverrideInput, type SpendingRecord } from './spending';
import { IsoDate } from './validators';

/** Who records meals served (caregivers at speed), who keeps menus and settings, who buys food. */
export const MEAL_SERVERS = ['admin', 'head', 'caregiver'] as const;
export const MEAL_READERS = ['province_admin', 'admin', 'head', 'caregiver', 'finance'] as const;
export const MEAL_SETTINGS_EDITORS = ['admin'] as const;
export const MENU_EDITORS = ['admin', 'head', 'caregiver'] as const;
export const PURCHASE_WRITERS = ['finance', 'admin'] as const;
export const MEAL_REPORT_READERS = ['province_admin', 'admin', 'head', 'finance'] as const;

export const MEALS = ['breakfast', 'lunch', 'dinner', 'snack'] as const;
export type Meal = (typeof MEALS)[number];
/** When each meal is usually served in a home (the afternoon snack, selingan, at 15.30). */
export const DEFAULT_MEAL_TIMES: Record<Meal, string> = { breakfast: '06:30', lunch: '12:00', snack: '15:30', dinner: '18:00' };

/**
 * The meal a caregiver is most likely recording at `time` (HH:mm on the home's clock): the latest served meal that
 * has begun or begins within the hour; before the first one, the first meal of the day.
 */
export function mealAt(time: string, served: readonly Meal[], times: Record<Meal, string> = DEFAULT_MEAL_TIMES): Meal | null {
  const soon = (hh: number, mm: number) => `${String(Math.min(23, hh + 1)).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const limit = soon(hh, mm);
  const ordered = [...served].sort((a, b) => times[a].localeCompare(times[b]));
  return ordered.filter((m) => times[m] <= limit).at(-1) ?? ordered[0] ?? null;
}
export const MEAL_LABELS: Record<Meal, string> = { breakfast: 'Makan pagi', lunch: 'Makan siang', dinner: 'Makan malam', snack: 'Makanan selingan' };

/** What happened to one resident's meal; `eaten` is the default and is not stored. */
export const MEAL_STATUSES = ['eaten', 'partly', 'refused', 'absent', 'sick', 'fasting'] as const;
export type MealStatus = (typeof MEAL_STATUSES)[number];
export type MealException = Exclude<MealStatus, 'eaten'>;
export const MEAL_STATUS_LABELS: Record<MealStatus, string> = {
  eaten: 'Dimakan',
  partly: 'Sebagian',
  refused: 'Menolak',
  absent: 'Tidak hadir',
  sick: 'Sakit / dirawat',
  fasting: 'Puasa',
};
/** The keys a caregiver presses on the service grid: a digit or the first letter of the Indonesian label. */
export const MEAL_STATUS_KEYS: Record<MealStatus, [string, string]> = {
  eaten: ['1', 'd'],
  partly: ['2', 's'],
  refused: ['3', 't'],
  absent: ['4', 'a'],
  sick: ['5', 'r'],
  fasting: ['6', 'p'],
};
/** Statuses counted as a missed meal in the monthly report (partly eaten and fasting are not). */
export const MISSED_STATUSES: readonly MealStatus[] = ['refused', 'absent', 'sick'];

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bulan tidak sah');
const Year = z.number({ error: 'Tahun wajib diisi' }).int('Tahun tidak sah').min(2000, 'Tahun tidak sah').max(2100, 'Tahun tidak sah');

export const MealSettingsInput = z.object({
  meals: z.array(z.enum(MEALS)).min(1, 'Pilih paling sedikit satu waktu makan'),
});
export const CostIndexInput = z.object({
  year: Year,
  amount: Rupiah('Indeks biaya makan').refine((v) => v > 0, 'Indeks biaya makan harus lebih dari 0'),
  reference: optionalText('Dasar penetapan', 300),
});
export type CostIndexInput = z.input<typeof CostIndexInput>;

export interface MealSettings {
  meals: Meal[];
  indexes: { year: number; amount: number; reference: string | null }[];
}

export const MenuInput = z.object({
  date: IsoDate,
  meal: z.enum(MEALS, { error: 'Pilih waktu makan' }),
  dishes: trimmed('Menu', 1000),
  notes: optionalText('Catatan', 500),
  energyKcal: z.number().int('Energi harus bilangan bulat').min(0, 'Energi tidak boleh negatif').max(5000, 'Energi terlalu besar').nullable().default(null),
});
export type MenuInput = z.input<typeof MenuInput>;

export interface MenuEntry {
  date: string;
  meal: Meal;
  dishes: string;
  notes: string | null;
  energyKcal: number | null;
}

/** The week starting on `monday`. */
export const WeekInput = z.object({ monday: IsoDate });
export const CopyWeekInput = z.object({ from: IsoDate, to: IsoDate, overwrite: z.boolean().default(false) });

export interface MenuWeek {
  monday: string;
  days: string[];
  meals: Meal[];
  entries: MenuEntry[];
}

export const ServiceRef = z.object({ date: IsoDate, meal: z.enum(MEALS, { error: 'Pilih waktu makan' }) });

export interface ServiceResident {
  residentId: number;
  registrationNo: string;
  fullName: string;
  room: string | null;
  specialDiet: string | null;
  allergies: string | null;
  status: MealStatus;
  note: string | null;
}

export interface MealServiceSheet {
  date: string;
  meal: Meal;
  menu: MenuEntry | null;
  saved: { recordedAt: string; recordedBy: string | null } | null;
  residents: ServiceResident[];
}

export const SaveServiceInput = z.object({
  date: IsoDate,
  meal: z.enum(MEALS, { error: 'Pilih waktu makan' }),
  /** Only the residents who did not simply eat; everyone else present ate. */
  exceptions: z
    .array(z.object({ residentId: Id, status: z.enum(['partly', 'refused', 'absent', 'sick', 'fasting']), note: optionalText('Catatan', 300) }))
    .max(2000),
  note: optionalText('Catatan', 500),
});
export type SaveServiceInput = z.input<typeof SaveServiceInput>;

export interface MealServiceSummary {
  id: number;
  date: string;
  meal: Meal;
  listed: number;
  counts: Record<MealStatus, number>;
}

export const PurchaseItemInput = z.object({
  name: trimmed('Nama barang', 200),
  quantity: z.number({ error: 'Jumlah wajib diisi' }).positive('Jumlah harus lebih dari 0').max(1_000_000, 'Jumlah terlalu besar'),
  unit: trimmed('Satuan', 30),
  unitPrice: Rupiah('Harga satuan'),
});
export const PurchaseInput = z.object({
  purchasedOn: IsoDate,
  supplier: trimmed('Pemasok', 200),
  proofNo: optionalText('Nomor bukti', 100),
  lineId: Id,
  items: z.array(PurchaseItemInput).min(1, 'Isi paling sedikit satu barang').max(200),
  note: optionalText('Catatan', 500),
  override: OverrideInput.nullable().default(null),
});
export type PurchaseInput = z.input<typeof PurchaseInput>;
export const CancelPurchaseInput = z.object({ id: Id, cancelledOn: IsoDate, reason: trimmed('Alasan pembatalan', 500) });
export const PurchaseListInput = z.object({ month: Month });

export interface FoodPurchase {
  id: number;
  purchasedOn: string;
  supplier: string;
  proofNo: string | null;
  lineId: number;
  lineLabel: string;
  total: number;
  note: string | null;
  items: { name: string; quantity: number; unit: string; unitPrice: number; amount: number }[];
  spending: SpendingRecord | null;
  cancelled: { on: string; reason: string } | null;
  createdAt: string;
}

export const MealReportInput = z.object({ month: Month, missedThreshold: z.number().int().min(1).max(200).default(6), paper: PaperSize });
export type MealReportInput = z.input<typeof MealReportInput>;

export interface MealReportDay {
  date: string;
  present: number;
  /** Per meal: residents who ate it (fully or partly); null when the meal was not recorded that day. */
  served: Partial<Record<Meal, number | null>>;
}

export interface MissedMealsRow {
  residentId: number;
  registrationNo: string;
  fullName: string;
  counts: Record<Exclude<MealStatus, 'eaten'>, number>;
  missed: number;
}

export interface MealReport {
  month: string;
  from: string;
  to: string;
  meals: Meal[];
  days: MealReportDay[];
  residentDays: number;
  servedTotal: Partial<Record<Meal, number>>;
  recordedMeals: number;
  exceptionsTotal: Record<Exclude<MealStatus, 'eaten'>, number>;
  /** Purchases made in the month less cancellations made in the month (of purchases of any month). */
  foodCost: number;
  /** Purchases made in the month (a later cancellation does not change it). */
  purchaseCount: number;
  /** Cancellations made in the month, whichever month the purchase was made in. */
  cancellations: { count: number; total: number };
  /** The month is still running: figures cover `countedDays` of `monthDays` and are not compared with the index. */
  inProgress: boolean;
  countedDays: number;
  monthDays: number;
  costPerResidentDay: number | null;
  index: number | null;
  /** costPerResidentDay / index × 100. */
  indexPercent: number | null;
  missedThreshold: number;
  missed: MissedMealsRow[];
}

export const mealsChannels = {
  'meals.settings': channel<MealSettings>()(NoInput, MEAL_READERS),
  'meals.saveSettings': channel<MealSettings>()(MealSettingsInput, MEAL_SETTINGS_EDITORS),
  'meals.saveIndex': channel<MealSettings>()(CostIndexInput, MEAL_SETTINGS_EDITORS),
  'meals.week': channel<MenuWeek>()(WeekInput, MEAL_READERS),
  'meals.saveMenu': channel<MenuEntry>()(MenuInput, MENU_EDITORS),
  'meals.copyWeek': channel<{ copied: number; skipped: number }>()(CopyWeekInput, MENU_EDITORS),
  'meals.weekReport': channel<PrintableReport>()(WeekInput.extend({ paper: PaperSize }), MEAL_READERS),
  'meals.serviceSheet': channel<MealServiceSheet>()(ServiceRef, MEAL_SERVERS),
  'meals.saveService': channel<MealServiceSummary>()(SaveServiceInput, MEAL_SERVERS),
  'meals.purchases': channel<FoodPurchase[]>()(PurchaseListInput, MEAL_REPORT_READERS),
  'meals.purchase': channel<FoodPurchase>()(z.object({ id: Id }), MEAL_REPORT_READERS),
  'meals.recordPurchase': channel<FoodPurchase>()(PurchaseInput, PURCHASE_WRITERS),
  'meals.cancelPurchase': channel<FoodPurchase>()(CancelPurchaseInput, PURCHASE_WRITERS),
  'meals.report': channel<MealReport>()(MealReportInput, MEAL_REPORT_READERS),
  'meals.reportPdf': channel<PrintableReport>()(MealReportInput, MEAL_REPORT_READERS),
  'meals.reportXlsx': channel<{ fileName: string; base64: string }>()(MealReportInput, MEAL_REPORT_READERS),
} as const;
