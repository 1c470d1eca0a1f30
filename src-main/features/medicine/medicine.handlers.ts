import { actorOf, type HandlersFor } from '../../api/router';
import type { medicineChannels } from '../../contract';
import type { Core } from '../../core';
import { requireHome } from '../../lib/actor';
import { withPrintToken } from '../audit/print-log';
import { recordAudit } from '../audit/audit.service';
import { getHome } from '../homes/homes.service';
import { homeToday } from '../homes/home-clock';
import { marDay, marMonth, saveMar } from './mar.service';
import { renderExpiryList, renderMarMonth, renderStockCard, renderStockReport, stockCardWorkbook, stockReportWorkbook } from './medicine.report';
import { createPrescription, listPrescriptions, stopPrescription } from './prescriptions.service';
import { expiringBatches, stockCard, stockDashboard, stockReport } from './stock-report.service';
import { adjustStock, cancelReceipt, disposeBatch, listBatches, listMedicines, receiveStock, saveMedicine, stockTake } from './stock.service';
import { addHealthEntry, cancelVisit, createVisit, healthRecord, listVisits } from './visits.service';
import { queryBatches } from './medicine-common';
import { sql } from 'drizzle-orm';
import { presentOn } from '../census/census.service';

type MedicineChannel = keyof typeof medicineChannels;

export function medicineHandlers(core: Core): HandlersFor<MedicineChannel> {
  const homeOf = (ctx: Parameters<typeof actorOf>[0]) => {
    const actor = actorOf(ctx);
    return { actor, home: getHome(core.db, actor, requireHome(actor)) };
  };
  const printed = (ctx: Parameters<typeof actorOf>[0], action: 'export', report: string, input: object) =>
    recordAudit(core.db, actorOf(ctx), { entity: 'report', action, after: { report, ...input } });
  return {
    'medicine.list': (ctx, input) => listMedicines(core.db, actorOf(ctx), input ?? {}),
    'medicine.save': (ctx, input) => saveMedicine(core.db, actorOf(ctx), input),
    'medicine.batches': (ctx, input) => listBatches(core.db, actorOf(ctx), input),
    'medicine.receive': (ctx, input) => receiveStock(core.db, actorOf(ctx), input),
    'medicine.cancelReceipt': (ctx, input) => cancelReceipt(core.db, actorOf(ctx), input),
    'medicine.adjust': (ctx, input) => adjustStock(core.db, actorOf(ctx), input),
    'medicine.stockTake': (ctx, input) => stockTake(core.db, actorOf(ctx), input),
    'medicine.dispose': (ctx, input) => disposeBatch(core.db, actorOf(ctx), input),
    'medicine.dashboard': (ctx, input) => stockDashboard(core.db, actorOf(ctx), input ?? {}),
    'medicine.stockCard': (ctx, input) => stockCard(core.db, actorOf(ctx), input),
    'medicine.stockCardReport': (ctx, input) => {
      const { actor, home } = homeOf(ctx);
      const report = renderStockCard(home, stockCard(core.db, actor, input), input.paper, homeToday(core.db, actorOf(ctx)));
      return withPrintToken(actorOf(ctx), report, { report: 'stock_card', ...input });
    },
    'medicine.stockCardXlsx': async (ctx, input) => {
      const { actor, home } = homeOf(ctx);
      const buffer = await stockCardWorkbook(home, stockCard(core.db, actor, input));
      printed(ctx, 'export', 'stock_card', input);
      return { fileName: `kartu-stok-${input.medicineId}-${input.from}-${input.to}.xlsx`, base64: buffer.toString('base64') };
    },
    'medicine.stockReport': (ctx, input) => {
      const { actor, home } = homeOf(ctx);
      const report = renderStockReport(home, stockReport(core.db, actor, input), input.paper, homeToday(core.db, actorOf(ctx)));
      return withPrintToken(actorOf(ctx), report, { report: 'stock_report', ...input });
    },
    'medicine.stockReportXlsx': async (ctx, input) => {
      const { actor, home } = homeOf(ctx);
      const buffer = await stockReportWorkbook(home, stockReport(core.db, actor, input));
      printed(ctx, 'export', 'stock_report', input);
      return { fileName: `persediaan-obat-${input.from}-${input.to}.xlsx`, base64: buffer.toString('base64') };
    },
    'medicine.expiryReport': (ctx, input) => {
      const { actor, home } = homeOf(ctx);
      const homeId = requireHome(actor);
      const batches = [...queryBatches(core.db, homeId, sql`b.on_hand > 0 AND b.expiry_date < ${input.asOf}`, input.asOf), ...expiringBatches(core.db, homeId, input.asOf, input.days)];
      return withPrintToken(actor, renderExpiryList(home, batches, input.asOf, input.days, input.paper, homeToday(core.db, actorOf(ctx))), { report: 'expiry_list', ...input });
    },
    'prescription.list': (ctx, input) => listPrescriptions(core.db, actorOf(ctx), input),
    'prescription.create': (ctx, input) => createPrescription(core.db, actorOf(ctx), input),
    'prescription.stop': (ctx, input) => stopPrescription(core.db, actorOf(ctx), input),
    'mar.day': (ctx, input) => marDay(core.db, actorOf(ctx), input),
    'mar.save': (ctx, input) => saveMar(core.db, actorOf(ctx), input),
    'mar.month': (ctx, input) => marMonth(core.db, actorOf(ctx), input),
    'mar.monthReport': (ctx, input) => {
      const { actor, home } = homeOf(ctx);
      const report = renderMarMonth(home, marMonth(core.db, actor, input), input.paper, homeToday(core.db, actorOf(ctx)));
      return withPrintToken(actorOf(ctx), report, { report: 'mar_month', ...input });
    },
    'visit.residents': (ctx, input) => {
      const actor = actorOf(ctx);
      const present = new Set(presentOn(core.db, requireHome(actor), input.date).map((r) => r.id));
      return core.db
        .all<{ id: number; fullName: string; registrationNo: string; room: string | null }>(sql`SELECT id, full_name AS fullName, registration_no AS registrationNo, room FROM residents WHERE home_id = ${requireHome(actor)} ORDER BY full_name`)
        .filter((r) => present.has(r.id));
    },
    'visit.list': (ctx, input) => listVisits(core.db, actorOf(ctx), input),
    'visit.create': (ctx, input) => createVisit(core.db, actorOf(ctx), input),
    'visit.cancel': (ctx, input) => cancelVisit(core.db, actorOf(ctx), input),
    'health.record': (ctx, input) => healthRecord(core.db, actorOf(ctx), input.residentId),
    'health.addEntry': (ctx, input) => addHealthEntry(core.db, actorOf(ctx), input),
  };
}
