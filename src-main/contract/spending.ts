import { z } from 'zod';
import { BUDGET_READERS, Rupiah, type ActivityLevel, type FundingSource } from './budget';
import { channel, Id, optionalText, trimmed } from './common';
import { PaperSize, type PrintableReport } from './reports';
import { IsoDate } from './validators';

/** Finance records spending; the head may too (and approves spending past a line's remaining allocation). */
export const SPENDING_WRITERS = ['finance', 'head'] as const;

/**
 * Where a spending came from. `manual` is typed by finance; the others are created by the features that
 * own the source record (meals, medicine, training, exits) and link to it. Other features may add types.
 */
export const SPENDING_SOURCE_LABELS: Record<string, string> = {
  manual: 'Dicatat bendahara',
  meal_purchase: 'Pembelian bahan makanan',
  medicine_receipt: 'Penerimaan obat',
  doctor_fee: 'Jasa dokter',
  education_fee: 'Biaya pendidikan',
  training_cost: 'Biaya pelatihan',
  repatriation: 'Pemulangan klien',
  funeral: 'Biaya pemakaman',
};
export const spendingSourceLabel = (type: string) => SPENDING_SOURCE_LABELS[type] ?? type;

export interface SpendingSource {
  type: string;
  id: number | null;
  label: string | null;
}

export const OverrideInput = z.object({
  reason: trimmed('Alasan persetujuan', 500),
  /** When finance records it: the head's own credentials approve it at the same desk. */
  headUsername: z.string().trim().max(40).optional(),
  headPassword: z.string().max(200).optional(),
});

export const SpendingInput = z.object({
  lineId: Id,
  spentOn: IsoDate,
  amount: Rupiah('Jumlah').refine((v) => v > 0, 'Jumlah harus lebih dari 0'),
  description: trimmed('Uraian', 500),
  payee: optionalText('Penerima pembayaran', 200),
  proofNo: optionalText('Nomor bukti', 100),
  override: OverrideInput.nullable().default(null),
});
export type SpendingInput = z.input<typeof SpendingInput>;

export const VoidSpendingInput = z.object({ id: Id, voidedOn: IsoDate, reason: trimmed('Alasan pembatalan', 500) });
export type VoidSpendingInput = z.input<typeof VoidSpendingInput>;

export const SpendingListInput = z.object({
  yearId: Id,
  lineId: Id.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  q: z.string().trim().max(100).optional(),
  sourceType: z.string().max(40).optional(),
  limit: z.number().int().min(1).max(5000).default(1000),
});
export type SpendingListInput = z.input<typeof SpendingListInput>;

export interface SpendingRecord {
  id: number;
  lineId: number;
  subActivityCode: string;
  subActivityName: string;
  accountCode: string;
  accountName: string;
  fundingSource: FundingSource;
  spentOn: string;
  amount: number;
  description: string;
  payee: string | null;
  proofNo: string | null;
  source: SpendingSource;
  residentId: number | null;
  residentName: string | null;
  /** On a reversal: the row it cancels. */
  reversalOf: number | null;
  /** On a cancelled row: its reversal. */
  reversedBy: { id: number; spentOn: string; reason: string } | null;
  override: { by: string; reason: string } | null;
  createdBy: string | null;
  createdAt: string;
}

export interface SpendingList {
  rows: SpendingRecord[];
  count: number;
  total: number;
  hasMore: boolean;
}

/** The realisation report for a month (from = 1st, to = last day) or any period inside one fiscal year. */
export const RealisationInput = z
  .object({ yearId: Id, from: IsoDate, to: IsoDate, paper: PaperSize, details: z.boolean().default(false) })
  .refine((v) => v.to >= v.from, { path: ['to'], message: 'Tanggal akhir harus sesudah tanggal awal' });
export type RealisationInput = z.input<typeof RealisationInput>;

export type RealisationLevel = ActivityLevel | 'line';

export interface RealisationAmounts {
  allocation: number;
  /** Up to the day before `from` (s/d bulan lalu). */
  before: number;
  /** From `from` to `to` (bulan ini). */
  current: number;
  /** Up to `to` (s/d bulan ini). */
  toDate: number;
  remaining: number;
  /** toDate / allocation × 100; null when there is no allocation. */
  percent: number | null;
}

export interface RealisationRow extends RealisationAmounts {
  key: string;
  level: RealisationLevel;
  code: string;
  name: string;
  fundingSource: FundingSource | null;
  lineId: number | null;
  depth: number;
}

export interface RealisationData {
  year: number;
  from: string;
  to: string;
  /** A calendar month exactly: the columns say "bulan"; otherwise "periode". */
  isMonth: boolean;
  periodLabel: string;
  rows: RealisationRow[];
  total: RealisationAmounts;
  /** Spending rows in the period per line (only when details were asked for). */
  details: Record<number, SpendingRecord[]> | null;
}

export const LineSpendingInput = z.object({ lineId: Id, from: IsoDate, to: IsoDate });

export interface LineSpending {
  lineId: number;
  code: string;
  name: string;
  from: string;
  to: string;
  rows: SpendingRecord[];
  total: number;
}

export const DashboardInput = z.object({ yearId: Id, asOf: IsoDate.optional() });

export interface MonthAbsorption {
  month: number;
  plan: number;
  realised: number;
  cumulativePlan: number;
  cumulativeRealised: number;
}

export interface LineRisk {
  lineId: number;
  subActivityCode: string;
  subActivityName: string;
  accountCode: string;
  accountName: string;
  allocation: number;
  realised: number;
  planToDate: number;
  projected: number;
  projectedPercent: number | null;
  risk: 'over' | 'under';
}

export interface BudgetDashboard {
  year: number;
  asOf: string;
  /** Months elapsed by `asOf` (fractional: 6.5 = mid-July). */
  elapsedMonths: number;
  allocation: number;
  realised: number;
  remaining: number;
  percent: number | null;
  planToDate: number;
  months: MonthAbsorption[];
  risks: LineRisk[];
  overrides: number;
  lineCount: number;
}

export interface CostMonth {
  month: number;
  spending: number;
  linked: number;
  residentDays: number;
  averageResidents: number;
  /** spending / averageResidents (whole rupiah); null when nobody was present. */
  perResident: number | null;
  perResidentDay: number | null;
}

export interface LinkedCost {
  residentId: number;
  fullName: string;
  registrationNo: string;
  amount: number;
  count: number;
}

export interface CostPerResident {
  year: number;
  asOf: string;
  months: CostMonth[];
  total: { spending: number; linked: number; residentDays: number; averageResidents: number; perResident: number | null; perResidentDay: number | null };
  linked: LinkedCost[];
}

export const spendingChannels = {
  'spending.list': channel<SpendingList>()(SpendingListInput, BUDGET_READERS),
  'spending.get': channel<SpendingRecord>()(z.object({ id: Id }), BUDGET_READERS),
  'spending.record': channel<SpendingRecord>()(SpendingInput, SPENDING_WRITERS),
  'spending.void': channel<SpendingRecord>()(VoidSpendingInput, SPENDING_WRITERS),
  'budget.realisationData': channel<RealisationData>()(RealisationInput, BUDGET_READERS),
  'budget.realisationReport': channel<PrintableReport>()(RealisationInput, BUDGET_READERS),
  'budget.realisationXlsx': channel<{ fileName: string; base64: string }>()(RealisationInput, BUDGET_READERS),
  'budget.lineSpending': channel<LineSpending>()(LineSpendingInput, BUDGET_READERS),
  'budget.dashboard': channel<BudgetDashboard>()(DashboardInput, BUDGET_READERS),
  'budget.costPerResident': channel<CostPerResident>()(DashboardInput, BUDGET_READERS),
} as const;
