import { defaultRites, type ExitCostCategory } from '../../../src-main/contract';
import { decideCosts, saveCostItem, submitCosts } from '../../../src-main/features/exits/exit-costs.service';
import { attachExitRecord } from '../../../src-main/features/exits/exits.service';
import { AppError } from '../../../src-main/lib/errors';
import type { DemoContext, DemoHome, DemoModule } from '../context';
import { addDays, atWib, DAY_MS, wibDate } from '../context';
import type { Rng } from '../rng';

/**
 * Repatriations and funerals with their costs, for the residents the residents demo has already discharged
 * to their family / district social office or recorded as deceased: every week a sweep (as the
 * administrator) completes the record of each such exit through `attachExitRecord`, linked to its existing
 * status change (so the residents' numbers stay as they are), adds the cost items, finance submits them and
 * the head approves them onto the budget demo's lines through `recordSpending`:
 *   funerals      5.1.02.02.01.0081 Belanja Jasa Pemulasaraan Jenazah dan Pemakaman (sub-kegiatan
 *                 "Pemberian Pelayanan Pemulasaraan dan Pemakaman"; PSTW homes only);
 *   repatriations 5.1.02.04.01.0001 Belanja Perjalanan Dinas Biasa (Pemulangan Klien) ("Pemulangan ke Daerah Asal").
 * The budget demo plans no spending of its own on these two lines (`fedBy: 'exits'` in budget-chart.ts):
 * their realisation is these approved costs. A home without the line keeps its costs submitted. Exits of the last three weeks stay in draft or submitted,
 * one in five costs is first returned by the head; past the line's remaining allocation the head confirms.
 */

const FUNERAL_ACCOUNT = '5.1.02.02.01.0081';
const REPATRIATION_ACCOUNT = '5.1.02.04.01.0001';

interface ExitRow {
  id: number;
  residentId: number;
  toStatus: string;
  exitType: string | null;
  effectiveDate: string;
  state: string;
  fullName: string;
  religion: string | null;
  originRegency: string | null;
  originAddress: string | null;
  guardian: string | null;
  relationship: string | null;
  phone: string | null;
}

const FUNERAL_COSTS: [ExitCostCategory, string, number, number][] = [
  ['shroud', 'Kain kafan dan perlengkapan pemulasaraan', 300_000, 600_000],
  ['coffin', 'Peti / keranda jenazah', 900_000, 2_000_000],
  ['burial_plot', 'Lahan dan penggalian liang kubur', 500_000, 1_500_000],
  ['transport', 'Sewa ambulans ke pemakaman', 250_000, 600_000],
  ['ceremony', 'Konsumsi doa bersama / ibadah penghiburan', 300_000, 900_000],
];
const TRIP_COSTS: [ExitCostCategory, string, number, number][] = [
  ['transport', 'BBM dan tol mobil dinas', 300_000, 1_200_000],
  ['meals', 'Konsumsi perjalanan penerima manfaat dan pendamping', 100_000, 400_000],
  ['escort', 'Uang harian petugas pendamping', 300_000, 900_000],
  ['lodging', 'Penginapan petugas pendamping', 250_000, 500_000],
];
const CEMETERIES = ['TPU setempat', 'Pemakaman umum nagari', 'TPU Tunggul Hitam', 'Pemakaman keluarga di kampung asal'];
const PLACES = ['Klinik panti', 'Kamar di asrama panti', 'RSUD setempat', 'IGD rumah sakit rujukan'];
const CAUSES = ['Sakit usia lanjut', 'Gagal jantung', 'Stroke', 'Pneumonia', 'Komplikasi diabetes'];
const ESCORTS = ['Pekerja sosial panti', 'Pengasuh panti', 'Staf tata usaha'];
const round = (n: number) => Math.round(n / 5_000) * 5_000;

function lineFor(ctx: DemoContext, homeId: number, account: string, date: string): number | null {
  const row = ctx.sqlite
    .prepare(`SELECT l.id FROM budget_lines l JOIN budget_years y ON y.id = l.year_id JOIN budget_accounts a ON a.id = l.account_id
              WHERE l.home_id = ? AND y.year = ? AND a.code = ? ORDER BY l.id LIMIT 1`)
    .get(homeId, Number(date.slice(0, 4)), account) as { id: number } | undefined;
  return row?.id ?? null;
}

/** Lines (of a fiscal year) on which the head already approved an overrun. */
const overrunLines = new Set<string>();

function sweep(ctx: DemoContext, home: DemoHome, at: Date, rng: Rng) {
  const admin = ctx.staffOn(home.id, 'admin', at)[0];
  const finance = ctx.staffOn(home.id, 'finance', at)[0];
  const head = ctx.staffOn(home.id, 'head', at)[0];
  if (!admin || !finance || !head) return;
  const rows = ctx.sqlite
    .prepare(
      `SELECT c.id, c.resident_id AS residentId, c.to_status AS toStatus, c.exit_type AS exitType, c.effective_date AS effectiveDate, c.state,
              r.full_name AS fullName, r.religion, r.origin_regency AS originRegency, r.origin_address AS originAddress,
              g.name AS guardian, g.relationship, g.phone
       FROM resident_status_changes c JOIN residents r ON r.id = c.resident_id
       LEFT JOIN resident_guardians g ON g.resident_id = r.id AND g.is_primary = 1
       WHERE c.home_id = ? AND c.state IN ('approved', 'pending') AND c.effective_date <= ?
         AND (c.to_status = 'deceased' OR (c.to_status = 'discharged' AND c.exit_type IN ('returned_family', 'referred')))
         AND NOT EXISTS (SELECT 1 FROM resident_exits e WHERE e.status_change_id = c.id)
       ORDER BY c.effective_date, c.id`,
    )
    .all(home.id, wibDate(at)) as ExitRow[];
  const today = wibDate(at);
  const recent = ctx.today.getTime() - at.getTime() < 21 * DAY_MS;
  for (const row of rows) {
    const death = row.toStatus === 'deceased';
    const details = death
      ? {
          deathTime: `${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`,
          deathPlace: rng.pick(PLACES),
          causeOfDeath: rng.pick(CAUSES),
          certificateNo: `474.3/${rng.int(100, 999)}/SKK/${row.effectiveDate.slice(0, 4)}`,
          notifiedName: row.guardian ? `${row.guardian} (${row.relationship ?? 'keluarga'})` : null,
          notifiedAt: `${row.effectiveDate} ${String(rng.int(6, 20)).padStart(2, '0')}.00`,
          notifiedHow: row.guardian ? rng.pick(['phone', 'in_person', 'message'] as const) : null,
          burialPlace: rng.pick(CEMETERIES),
          burialDate: row.effectiveDate,
          rites: defaultRites(row.religion),
          notes: null,
        }
      : {
          destination: row.exitType === 'returned_family' ? 'family' : 'social_office',
          receiverName: row.exitType === 'returned_family' ? (row.guardian ?? 'Keluarga penerima manfaat') : `Petugas Dinas Sosial ${row.originRegency ?? 'daerah asal'}`,
          receiverRole: row.exitType === 'returned_family' ? (row.relationship ?? 'Keluarga') : 'Pekerja sosial dinas',
          receiverInstitution: row.exitType === 'returned_family' ? null : `Dinas Sosial ${row.originRegency ?? 'daerah asal'}`,
          receiverPhone: row.phone,
          destinationAddress: [row.originAddress, row.originRegency].filter(Boolean).join(', ') || 'Alamat keluarga di daerah asal',
          escortNames: rng.pick(ESCORTS),
          transport: rng.pick(['Mobil dinas panti', 'Bus antarkota', 'Travel']),
          notes: null,
        };
    const actor = ctx.actorFor(admin, 'exits.recordRepatriation');
    const exit = attachExitRecord(ctx.db, actor, { changeId: row.id, details: details as never });
    const costs = death ? FUNERAL_COSTS : TRIP_COSTS;
    const items = costs.filter((_, i) => i < 2 || rng.chance(0.6));
    for (const [category, description, min, max] of items) {
      const spentOn = wibDate(addDays(new Date(`${row.effectiveDate}T12:00:00+07:00`), rng.int(0, 2)));
      saveCostItem(ctx.db, ctx.actorFor(finance, 'exits.saveCost'), {
        exitId: exit.id,
        category,
        description,
        amount: round(min + rng.next() * (max - min)),
        // Paid within the exit's fiscal year, never after the sweep.
        spentOn: spentOn > today || spentOn.slice(0, 4) !== row.effectiveDate.slice(0, 4) ? row.effectiveDate : spentOn,
        payee: death ? rng.pick(['Toko Perlengkapan Jenazah Al-Ikhlas', 'Pengurus TPU setempat', 'Ambulans PMI']) : rng.pick(['SPBU setempat', 'Rumah makan di perjalanan', row.exitType === 'returned_family' ? 'Petugas pendamping' : 'PO Bus ANS']),
        proofNo: `${rng.int(1, 999)}/BKU/${row.effectiveDate.slice(0, 4)}`,
      });
    }
    if (recent && rng.chance(0.5)) continue; // still a draft
    const lineId = lineFor(ctx, home.id, death ? FUNERAL_ACCOUNT : REPATRIATION_ACCOUNT, row.effectiveDate);
    submitCosts(ctx.db, ctx.actorFor(finance, 'exits.submitCosts'), { id: exit.id, proposedLineId: lineId });
    if (recent || lineId === null || row.state !== 'approved') continue; // waiting for the head
    const headActor = ctx.actorFor(head, 'exits.decideCosts');
    if (rng.chance(0.2)) {
      decideCosts(ctx.db, headActor, { id: exit.id, approve: false, lineId: null, note: 'Lengkapi nomor bukti dan kuitansi aslinya', overrideReason: null });
      submitCosts(ctx.db, ctx.actorFor(finance, 'exits.submitCosts'), { id: exit.id, proposedLineId: lineId });
    }
    const approve = (overrideReason: string | null) => decideCosts(ctx.db, headActor, { id: exit.id, approve: true, lineId, note: null, overrideReason });
    try {
      approve(null);
    } catch (error) {
      if (!(error instanceof AppError) || (error.details as { kind?: string } | undefined)?.kind !== 'over-allocation') throw error;
      // Past the allocation: the head approves one overrun a line and year; later costs wait for the revision.
      const key = `${lineId}`;
      if (overrunLines.has(key)) continue;
      overrunLines.add(key);
      approve(death ? 'Pemakaman tidak dapat ditunda; kekurangan dianggarkan pada perubahan' : 'Pemulangan sudah dijadwalkan bersama keluarga');
    }
  }
}

export const exitsModule: DemoModule = {
  name: 'exits',
  description: 'pemulangan dan pemakaman dengan biaya, untuk penerima manfaat yang keluar/meninggal di demo residents',
  plan(ctx) {
    for (const home of ctx.homes) {
      // Every Monday 10:00 WIB from the home's first week on (history ends before today).
      for (let day = atWib(home.createdAt, 10); day.getTime() < ctx.today.getTime(); day = addDays(day, 7)) {
        const at = day;
        ctx.timeline.at(at, () => sweep(ctx, home, at, ctx.rng));
      }
    }
  },
};
