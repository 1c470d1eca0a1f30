import { sql } from 'drizzle-orm';
import type { MarStatus } from '../../../src-main/contract';
import { presentOn } from '../../../src-main/features/census/census.service';
import { marDay, saveMar } from '../../../src-main/features/medicine/mar.service';
import { createPrescription, stopPrescription } from '../../../src-main/features/medicine/prescriptions.service';
import { disposeBatch, listMedicines, receiveStock, saveMedicine } from '../../../src-main/features/medicine/stock.service';
import { addHealthEntry, createVisit } from '../../../src-main/features/medicine/visits.service';
import { AppError } from '../../../src-main/lib/errors';
import type { DemoContext, DemoHome, DemoModule, DemoUser } from '../context';
import { addDays, atWib, DAY_MS, wibDate } from '../context';
import type { Rng } from '../rng';
import { DEMO_MEDICINES, DOCTORS, FINDINGS, HOSPITALS, PSYCHIATRISTS, SUPPLIERS } from './medicine-data';

/**
 * Medicine and health, through the real services: the catalogue; monthly receipts by batch sized to what the
 * prescriptions use, charged to the home's "Belanja Obat-Obatan" line while it has slack (else a Puskesmas donation); chronic
 * prescriptions, as-needed ones and short courses as residents come and go (a few stopped); the MAR shift by
 * shift for the last months (mostly given, some refused, held or missed, a few entered late, as-needed doses
 * with their reason), each dose taking stock first-expiry-first-out; monthly doctor and two-monthly
 * psychiatrist visits with their fee on the "Jasa Tenaga Kesehatan" line, the residents' weight and vital
 * signs, diagnoses and referrals; expired batches disposed of.
 *   home      MAR for the last 120 days;  province  MAR for the last 30 days (generation time).
 */

const MAR_DAYS = { home: 120, province: 30 } as const;
/** The rounds of the day: the doses of each hour are recorded right after them (the demo's times are 07, 13, 19). */
const ROUNDS = [7, 13, 19];
/** The computer's local wall clock at a date and time (the MAR compares scheduled times in local time). */
const local = (date: string, hours: number, minutes = 0) => new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hours, minutes);

function lineFor(ctx: DemoContext, homeId: number, year: number, account: string): number | null {
  const row = ctx.sqlite
    .prepare('SELECT l.id FROM budget_lines l JOIN budget_accounts a ON a.id = l.account_id JOIN budget_years y ON y.id = l.year_id WHERE l.home_id = ? AND y.year = ? AND a.code = ? LIMIT 1')
    .get(homeId, year, account) as { id: number } | undefined;
  return row?.id ?? null;
}

/**
 * What a line can still take without crowding out the spending the budget module plans on it for the rest of
 * the year (its monthly plan from this month on, with a margin): medicine charges only that slack.
 */
function headroom(ctx: DemoContext, lineId: number, date: string): number {
  const month = Number(date.slice(5, 7));
  const plan = Array.from({ length: 13 - month }, (_, i) => `plan_${String(month + i).padStart(2, '0')}`).join(' + ');
  const row = ctx.sqlite
    .prepare(`SELECT l.allocation - (SELECT coalesce(sum(amount), 0) FROM spending WHERE line_id = l.id) - 1.3 * (${plan}) AS left FROM budget_lines l WHERE l.id = ?`)
    .get(lineId) as { left: number };
  return row.left;
}

const overAllocation = (error: unknown) => error instanceof AppError && (error.details as { kind?: string } | undefined)?.kind === 'over-allocation';

class HomeMedicine {
  private readonly ids = new Map<string, number>();
  constructor(
    private readonly ctx: DemoContext,
    private readonly home: DemoHome,
    private readonly rng: Rng,
  ) {}

  private staff(role: 'finance' | 'caregiver' | 'head' | 'admin', when: Date): DemoUser | undefined {
    const list = this.ctx.staffOn(this.home.id, role, when);
    return list.length ? this.rng.pick(list) : undefined;
  }

  private actor(roles: ('finance' | 'caregiver' | 'head' | 'admin')[], when: Date, channel: string) {
    for (const role of roles) {
      const user = this.staff(role, when);
      if (user) return this.ctx.actorFor(user, channel, this.home.id);
    }
    return null;
  }

  plan(first: Date, marFrom: Date) {
    const { ctx, rng } = this;
    ctx.timeline.at(atWib(first, 9), () => {
      const actor = this.actor(['finance', 'admin'], first, 'medicine.save');
      if (!actor) return;
      for (const m of DEMO_MEDICINES) this.ids.set(m.input.genericName, saveMedicine(ctx.db, actor, { brandName: null, note: null, active: true, lowStockThreshold: 0, ...m.input }).id);
    });
    for (let day = addDays(first, 1); day < ctx.today; day = addDays(day, 1)) {
      const date = wibDate(day);
      const dom = Number(date.slice(8, 10));
      if (dom === 2) ctx.timeline.at(atWib(day, 10), () => this.prescribe(day, date));
      if (dom === 3 || day.getTime() === addDays(first, 1).getTime()) ctx.timeline.at(atWib(day, 11), () => this.receive(day, date));
      if (dom === 12) ctx.timeline.at(atWib(day, 10), () => this.visit(day, date, 'doctor'));
      if (dom === 20 && Number(date.slice(5, 7)) % 2 === 0) ctx.timeline.at(atWib(day, 10), () => this.visit(day, date, 'psychiatrist'));
      if (dom === 28 && Number(date.slice(5, 7)) % 3 === 0) ctx.timeline.at(atWib(day, 15), () => this.dispose(day, date));
      if (day >= marFrom) {
        for (const hour of ROUNDS) {
          const late = rng.chance(0.04);
          const minutes = rng.int(5, 45);
          ctx.timeline.at(atWib(day, hour + (late ? 3 : 0), minutes), () => this.mar(day, date, hour, late ? 180 + minutes : minutes));
        }
      }
    }
  }

  /** New prescriptions for residents without one, a few stopped, short courses for some. */
  private prescribe(day: Date, date: string) {
    const { ctx, rng } = this;
    const actor = this.actor(['caregiver', 'admin'], day, 'prescription.create');
    if (!actor || !this.ids.size) return;
    const present = presentOn(ctx.db, this.home.id, date).map((r) => r.id);
    const withRx = new Set(
      ctx.db
        .all<{ residentId: number }>(sql`SELECT DISTINCT resident_id AS residentId FROM prescriptions WHERE home_id = ${this.home.id} AND stopped_on IS NULL AND (end_date IS NULL OR end_date >= ${date})`)
        .map((r) => r.residentId),
    );
    for (const residentId of present) {
      const chance = withRx.has(residentId) ? 0.03 : 0.12;
      if (!rng.chance(chance)) continue;
      const m = rng.pick(DEMO_MEDICINES);
      const use = m.use;
      const base = { residentId, medicineId: this.ids.get(m.input.genericName)!, route: 'oral' as const, startDate: date, prescriber: rng.pick(DOCTORS), instructions: null, confirmAllergy: false };
      try {
        if (use.kind === 'prn') createPrescription(ctx.db, actor, { ...base, dose: use.dose, times: [], prn: true, prnMaxPerDay: use.max, endDate: null });
        else {
          const endDate = use.kind === 'course' ? wibDate(addDays(day, use.days - 1)) : null;
          createPrescription(ctx.db, actor, { ...base, dose: use.dose, times: use.times, prn: false, prnMaxPerDay: null, endDate });
          addHealthEntry(ctx.db, actor, { residentId, kind: 'diagnosis', date, title: use.diagnosis, detail: use.icd, note: null, weightKg: null, heightCm: null, systolic: null, diastolic: null, pulse: null, temperature: null });
        }
      } catch (error) {
        if (!(error instanceof AppError)) throw error; // an allergy warning: the prescriber chose another medicine
      }
    }
    const chronic = ctx.db.all<{ id: number; startDate: string }>(sql`
      SELECT id, start_date AS startDate FROM prescriptions WHERE home_id = ${this.home.id} AND stopped_on IS NULL AND end_date IS NULL AND start_date < ${date}`);
    for (const rx of chronic) {
      if (rng.chance(0.04)) stopPrescription(ctx.db, actor, { id: rx.id, stoppedOn: date, reason: rng.pick(['Terapi selesai menurut dokter', 'Diganti obat lain', 'Keluhan sudah hilang']) });
    }
  }

  /** Orders what the next five weeks need, by batch, charged to the medicine line of the year. */
  private receive(day: Date, date: string) {
    const { ctx, rng } = this;
    const finance = this.actor(['finance', 'admin'], day, 'medicine.receive');
    if (!finance || !this.ids.size) return;
    const use = new Map(
      ctx.db
        .all<{ medicineId: number; perDay: number }>(sql`
          SELECT medicine_id AS medicineId, sum(CASE WHEN prn = 1 THEN 0.3 ELSE dose * json_array_length(times) END) AS perDay
          FROM prescriptions WHERE home_id = ${this.home.id} AND stopped_on IS NULL AND (end_date IS NULL OR end_date >= ${date}) GROUP BY medicine_id`)
        .map((r) => [r.medicineId, r.perDay]),
    );
    const drugLine = lineFor(ctx, this.home.id, Number(date.slice(0, 4)), '5.1.02.01.01.0035');
    for (const m of listMedicines(ctx.db, finance, {}, date)) {
      const spec = DEMO_MEDICINES.find((d) => d.input.genericName === m.genericName)!;
      const need = Math.ceil((use.get(m.id) ?? 0) * 40 * 1.2) + m.lowStockThreshold + 10 - m.usable;
      if (need <= 0) continue;
      const quantity = Math.ceil(need / 10) * 10;
      // Bought on the line while it has slack; otherwise the Puskesmas supplies it (a donation, no cost).
      const lineId = drugLine && headroom(ctx, drugLine, date) >= quantity * spec.unitCost ? drugLine : null;
      const shortLife = rng.chance(0.08);
      const input = {
        medicineId: m.id,
        batchNo: `${m.genericName.slice(0, 3).toUpperCase()}${date.slice(2, 4)}${rng.digits(4)}`,
        expiryDate: wibDate(addDays(day, shortLife ? rng.int(40, 80) : rng.int(270, 720))),
        receivedOn: date,
        quantity,
        unitCost: lineId ? spec.unitCost : 0,
        supplier: lineId ? rng.pick(SUPPLIERS) : 'Hibah Puskesmas',
        proofNo: lineId ? `FKT/${date.slice(0, 7).replace('-', '')}/${rng.digits(4)}` : null,
        lineId,
        override: null,
      };
      try {
        receiveStock(ctx.db, finance, input);
      } catch (error) {
        if (!overAllocation(error)) throw error;
        receiveStock(ctx.db, finance, { ...input, unitCost: 0, lineId: null, supplier: 'Hibah Puskesmas', proofNo: null });
      }
    }
  }

  /** One round of the MAR (the doses of one hour): every due dose recorded, as-needed doses now and then, nothing given without stock. */
  private mar(day: Date, date: string, hour: number, after: number) {
    const { ctx, rng } = this;
    const actor = this.actor(['caregiver', 'admin'], day, 'mar.save');
    if (!actor) return;
    const view = marDay(ctx.db, actor, { date, shift: null });
    const entries: { prescriptionId: number; scheduledTime: string | null; status: MarStatus; atTime: string; prnReason: string | null; note: string | null }[] = [];
    for (const r of view.residents) {
      for (const d of r.doses) {
        if (d.scheduledTime) {
          if (d.entries.length || Number(d.scheduledTime.slice(0, 2)) !== hour) continue;
          const status = rng.weighted<MarStatus>([['given', 94], ['refused', 3], ['held', 2], ['missed', 1]]);
          const note = status === 'refused' ? 'Menolak, sudah dibujuk' : status === 'held' ? rng.pick(['Muntah', 'Sedang tidur, dokter menyarankan ditunda', 'Puasa untuk pemeriksaan lab']) : status === 'missed' ? 'Sedang di luar panti (sekolah/kegiatan)' : null;
          entries.push({ prescriptionId: d.prescriptionId, scheduledTime: d.scheduledTime, status, atTime: d.scheduledTime, prnReason: null, note });
        } else if (hour === 13 && rng.chance(0.06)) {
          const spec = DEMO_MEDICINES.find((m) => d.medicineLabel.startsWith(m.input.genericName));
          const reasons = spec?.use.kind === 'prn' ? spec.use.reasons : ['Keluhan'];
          entries.push({ prescriptionId: d.prescriptionId, scheduledTime: null, status: 'given', atTime: `${String(hour).padStart(2, '0')}:${String(rng.int(0, 5) * 10).padStart(2, '0')}`, prnReason: rng.pick(reasons), note: null });
        }
      }
    }
    const now = local(date, hour, after);
    for (let attempt = 0; entries.length && attempt < 20; attempt++) {
      try {
        saveMar(ctx.db, actor, { date, entries }, now);
        return;
      } catch (error) {
        const field = error instanceof AppError ? Object.keys(error.fieldErrors ?? {})[0] : undefined;
        const index = field ? Number(/^entries\.(\d+)\./.exec(field)?.[1]) : NaN;
        if (Number.isNaN(index)) throw error;
        const entry = entries[index]!;
        if (entry.scheduledTime) entries[index] = { ...entry, status: 'held', note: 'Stok obat habis, menunggu pengadaan' };
        else entries.splice(index, 1);
      }
    }
  }

  /** A visit with its fee, the residents seen, their measurements and now and then a referral. */
  private visit(day: Date, date: string, kind: 'doctor' | 'psychiatrist') {
    const { ctx, rng } = this;
    const actor = this.actor(['finance', 'admin'], day, 'visit.create');
    const carer = this.actor(['caregiver', 'admin'], day, 'health.addEntry');
    if (!actor || !carer) return;
    const present = rng.shuffle(presentOn(ctx.db, this.home.id, date).map((r) => r.id)).slice(0, kind === 'doctor' ? rng.int(6, 12) : rng.int(3, 6));
    if (!present.length) return;
    const fee = kind === 'doctor' ? 750_000 : 1_500_000;
    const feeLine = lineFor(ctx, this.home.id, Number(date.slice(0, 4)), '5.1.02.02.01.0014');
    const lineId = feeLine && headroom(ctx, feeLine, date) >= fee ? feeLine : null;
    const input = {
      visitedOn: date,
      kind,
      practitioner: rng.pick(kind === 'doctor' ? DOCTORS : PSYCHIATRISTS),
      findings: kind === 'doctor' ? rng.pick(FINDINGS) : 'Evaluasi kondisi kejiwaan dan kepatuhan minum obat; terapi antipsikotik dilanjutkan.',
      residents: present.map((residentId) => ({ residentId, note: null })),
      fee: lineId ? fee : 0,
      lineId,
      override: null,
    };
    try {
      createVisit(ctx.db, actor, input);
    } catch (error) {
      if (!overAllocation(error)) throw error;
      createVisit(ctx.db, actor, { ...input, fee: 0, lineId: null, findings: `${input.findings} (Dokter Puskesmas, tanpa honor.)` });
    }
    if (kind !== 'doctor') return;
    for (const residentId of present) {
      const weight = 25 + ((residentId * 7) % 40) + rng.int(-10, 10) / 10;
      const blank = { detail: null, note: null, weightKg: null, heightCm: null, systolic: null, diastolic: null, pulse: null, temperature: null, title: null };
      addHealthEntry(ctx.db, carer, { ...blank, residentId, kind: 'vitals', date, weightKg: Math.round(weight * 10) / 10, systolic: rng.int(100, 135), diastolic: rng.int(65, 88), pulse: rng.int(68, 96), temperature: rng.int(361, 374) / 10 });
      if (rng.chance(0.03)) addHealthEntry(ctx.db, carer, { ...blank, residentId, kind: 'referral', date, title: rng.pick(HOSPITALS), detail: rng.pick(['Pemeriksaan lanjutan paru', 'Observasi demam berkepanjangan', 'Konsultasi psikiatri']) });
    }
  }

  private dispose(day: Date, date: string) {
    const actor = this.actor(['finance', 'admin'], day, 'medicine.dispose');
    if (!actor) return;
    const expired = this.ctx.db.all<{ id: number }>(sql`SELECT id FROM medicine_batches WHERE home_id = ${this.home.id} AND on_hand > 0 AND expiry_date < ${date}`);
    for (const b of expired) disposeBatch(this.ctx.db, actor, { batchId: b.id, movedOn: date, reason: 'Kedaluwarsa; dimusnahkan bersama petugas Puskesmas, berita acara terlampir' });
  }
}

export const medicineModule: DemoModule = {
  name: 'medicine',
  description: 'Catalogue, receipts by batch charged to the budget, prescriptions, months of MAR, doctor visits, health records',
  plan(ctx) {
    const marFrom = addDays(ctx.today, -MAR_DAYS[ctx.scale]);
    for (const home of ctx.homes) {
      const first = new Date(Math.max(home.createdAt.getTime(), ctx.start.getTime(), ctx.today.getTime() - 400 * DAY_MS) + 2 * DAY_MS);
      new HomeMedicine(ctx, home, ctx.rng.fork(`medicine-${home.id}`)).plan(first, marFrom);
    }
  },
};

