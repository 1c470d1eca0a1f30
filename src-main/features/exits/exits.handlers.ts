import { actorOf, type HandlersFor } from '../../api/router';
import type { exitsChannels } from '../../contract';
import type { Core } from '../../core';
import { requireHome } from '../../lib/actor';
import { AppError } from '../../lib/errors';
import { withPrintToken } from '../audit/print-log';
import { recordAudit } from '../audit/audit.service';
import { getHome } from '../homes/homes.service';
import { homeToday } from '../homes/home-clock';
import { decideCosts, removeCostItem, saveCostItem, submitCosts } from './exit-costs.service';
import { buildExitsReport } from './exits-report.service';
import { exitsWorkbook, renderExitsReport, renderHandover } from './exits.report';
import { getExit, listExits, recordDeathExit, recordRepatriation, updateExitDetails } from './exits.service';

export function exitsHandlers(core: Core): HandlersFor<keyof typeof exitsChannels> {
  const homeOf = (ctx: Parameters<typeof actorOf>[0]) => {
    const actor = actorOf(ctx);
    return { actor, home: getHome(core.db, actor, requireHome(actor)) };
  };
  return {
    'exits.list': (ctx, input) => listExits(core.db, actorOf(ctx), input),
    'exits.get': (ctx, input) => getExit(core.db, actorOf(ctx), input.id),
    'exits.recordRepatriation': (ctx, input) => recordRepatriation(core.db, actorOf(ctx), input),
    'exits.recordDeath': (ctx, input) => recordDeathExit(core.db, actorOf(ctx), input),
    'exits.updateRepatriation': (ctx, input) => updateExitDetails(core.db, actorOf(ctx), 'repatriation', input),
    'exits.updateDeath': (ctx, input) => updateExitDetails(core.db, actorOf(ctx), 'death', input),
    'exits.saveCost': (ctx, input) => saveCostItem(core.db, actorOf(ctx), input),
    'exits.removeCost': (ctx, input) => removeCostItem(core.db, actorOf(ctx), input.id),
    'exits.submitCosts': (ctx, input) => submitCosts(core.db, actorOf(ctx), input),
    'exits.decideCosts': (ctx, input) => decideCosts(core.db, actorOf(ctx), input),
    'exits.handover': (ctx, input) => {
      const { actor, home } = homeOf(ctx);
      const exit = getExit(core.db, actor, input.id);
      if (exit.kind !== 'repatriation') throw new AppError('CONFLICT', 'Berita acara serah terima hanya untuk pemulangan');
      return withPrintToken(actor, renderHandover(home, exit, input.paper), { report: 'handover', exitId: exit.id });
    },
    'exits.reportData': (ctx, input) => buildExitsReport(core.db, actorOf(ctx), input.from, input.to),
    'exits.report': (ctx, input) => {
      const { actor, home } = homeOf(ctx);
      return withPrintToken(actor, renderExitsReport(home, buildExitsReport(core.db, actor, input.from, input.to), input.paper, homeToday(core.db, actorOf(ctx))), { report: 'exits', from: input.from, to: input.to });
    },
    'exits.reportXlsx': async (ctx, input) => {
      const { actor, home } = homeOf(ctx);
      const buffer = await exitsWorkbook(home, buildExitsReport(core.db, actor, input.from, input.to), homeToday(core.db, actor));
      recordAudit(core.db, actor, { entity: 'report', action: 'export', after: { report: 'exits', from: input.from, to: input.to } });
      return { fileName: `laporan-keluar-${input.from}-${input.to}.xlsx`, base64: buffer.toString('base64') };
    },
  };
}
