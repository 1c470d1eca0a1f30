import { actorOf, type HandlersFor } from '../../api/router';
import type { mealsChannels } from '../../contract';
import type { Core } from '../../core';
import { requireHome } from '../../lib/actor';
import { withPrintToken } from '../audit/print-log';
import { recordAudit } from '../audit/audit.service';
import { getHome } from '../homes/homes.service';
import { homeToday } from '../homes/home-clock';
import { mealReportWorkbook, renderMealReport, renderMenuWeek } from './meals.report';
import { copyWeek, getMealSettings, menuWeek, saveCostIndex, saveMealSettings, saveMenu } from './menus.service';
import { cancelPurchase, getPurchase, listPurchases, recordPurchase } from './purchases.service';
import { buildMealReport } from './report.service';
import { saveService, serviceSheet } from './service.service';

export function mealsHandlers(core: Core): HandlersFor<keyof typeof mealsChannels> {
  const printed = (ctx: Parameters<typeof actorOf>[0], action: 'export', after: Record<string, unknown>) => recordAudit(core.db, actorOf(ctx), { entity: 'report', action, after });
  const homeOf = (ctx: Parameters<typeof actorOf>[0]) => {
    const actor = actorOf(ctx);
    return getHome(core.db, actor, requireHome(actor));
  };
  return {
    'meals.settings': (ctx) => getMealSettings(core.db, actorOf(ctx)),
    'meals.saveSettings': (ctx, input) => saveMealSettings(core.db, actorOf(ctx), input),
    'meals.saveIndex': (ctx, input) => saveCostIndex(core.db, actorOf(ctx), input),
    'meals.week': (ctx, input) => menuWeek(core.db, actorOf(ctx), input),
    'meals.saveMenu': (ctx, input) => saveMenu(core.db, actorOf(ctx), input),
    'meals.copyWeek': (ctx, input) => copyWeek(core.db, actorOf(ctx), input),
    'meals.weekReport': (ctx, input) => {
      const report = renderMenuWeek(homeOf(ctx), menuWeek(core.db, actorOf(ctx), input), input.paper, homeToday(core.db, actorOf(ctx)));
      return withPrintToken(actorOf(ctx), report, { report: 'meal_menu_week', monday: input.monday });
    },
    'meals.serviceSheet': (ctx, input) => serviceSheet(core.db, actorOf(ctx), input),
    'meals.saveService': (ctx, input) => saveService(core.db, actorOf(ctx), input),
    'meals.purchases': (ctx, input) => listPurchases(core.db, actorOf(ctx), input),
    'meals.purchase': (ctx, input) => getPurchase(core.db, actorOf(ctx), input.id),
    'meals.recordPurchase': (ctx, input) => recordPurchase(core.db, actorOf(ctx), input),
    'meals.cancelPurchase': (ctx, input) => cancelPurchase(core.db, actorOf(ctx), input),
    'meals.report': (ctx, input) => buildMealReport(core.db, actorOf(ctx), input),
    'meals.reportPdf': (ctx, input) => {
      const report = renderMealReport(homeOf(ctx), buildMealReport(core.db, actorOf(ctx), input), input.paper, homeToday(core.db, actorOf(ctx)));
      return withPrintToken(actorOf(ctx), report, { report: 'meal_month', month: input.month });
    },
    'meals.reportXlsx': async (ctx, input) => {
      const buffer = await mealReportWorkbook(homeOf(ctx), buildMealReport(core.db, actorOf(ctx), input), homeToday(core.db, actorOf(ctx)), input.paper);
      printed(ctx, 'export', { report: 'meal_month', month: input.month });
      return { fileName: `laporan-makan-${input.month}.xlsx`, base64: buffer.toString('base64') };
    },
  };
}
