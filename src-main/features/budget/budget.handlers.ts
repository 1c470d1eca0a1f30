import { actorOf, type HandlersFor } from '../../api/router';
import type { budgetChannels, spendingChannels } from '../../contract';
import type { Core } from '../../core';
import { requireHome } from '../../lib/actor';
import { withPrintToken } from '../audit/print-log';
import { recordAudit } from '../audit/audit.service';
import { getHome } from '../homes/homes.service';
import { homeToday } from '../homes/home-clock';
import { budgetDashboard, costPerResident } from './dashboard.service';
import { commitImport, importTemplate, previewImport } from './import.service';
import { renderRealisation, realisationWorkbook } from './realisation.report';
import { buildRealisation, lineSpending } from './realisation.service';
import { listRevisions, reviseLine } from './revisions.service';
import { createSpending, getSpending, listSpending, voidManualSpending } from './spending.service';
import { createYear, getStructure, listAccounts, listYears, removeActivity, removeLine, saveAccount, saveActivity, saveLine } from './structure.service';

type BudgetChannel = keyof typeof budgetChannels | keyof typeof spendingChannels;

export function budgetHandlers(core: Core): HandlersFor<BudgetChannel> {
  const printed = (ctx: Parameters<typeof actorOf>[0], action: 'export', input: { yearId: number; from: string; to: string }) =>
    recordAudit(core.db, actorOf(ctx), { entity: 'report', action, after: { report: 'realisation', yearId: input.yearId, from: input.from, to: input.to } });
  return {
    'budget.years': (ctx) => listYears(core.db, actorOf(ctx)),
    'budget.createYear': (ctx, input) => createYear(core.db, actorOf(ctx), input),
    'budget.structure': (ctx, input) => getStructure(core.db, actorOf(ctx), input.yearId),
    'budget.saveActivity': (ctx, input) => saveActivity(core.db, actorOf(ctx), input),
    'budget.removeActivity': (ctx, input) => removeActivity(core.db, actorOf(ctx), input.id),
    'budget.accounts': (ctx) => listAccounts(core.db, actorOf(ctx)),
    'budget.saveAccount': (ctx, input) => saveAccount(core.db, actorOf(ctx), input),
    'budget.saveLine': (ctx, input) => saveLine(core.db, actorOf(ctx), input),
    'budget.removeLine': (ctx, input) => removeLine(core.db, actorOf(ctx), input.id),
    'budget.reviseLine': (ctx, input) => reviseLine(core.db, actorOf(ctx), input),
    'budget.revisions': (ctx, input) => listRevisions(core.db, actorOf(ctx), input.yearId),
    'budget.importTemplate': (_ctx, input) => importTemplate(input?.year),
    'budget.importPreview': (ctx, input) => previewImport(core.db, actorOf(ctx), input),
    'budget.importCommit': (ctx, input) => commitImport(core.db, actorOf(ctx), input),

    'spending.list': (ctx, input) => listSpending(core.db, actorOf(ctx), input),
    'spending.get': (ctx, input) => getSpending(core.db, actorOf(ctx), input.id),
    'spending.record': (ctx, input) => createSpending(core.db, actorOf(ctx), input),
    'spending.void': (ctx, input) => core.db.transaction((tx) => voidManualSpending(tx, actorOf(ctx), input)),
    'budget.realisationData': (ctx, input) => buildRealisation(core.db, actorOf(ctx), input),
    'budget.realisationReport': (ctx, input) => {
      const actor = actorOf(ctx);
      const home = getHome(core.db, actor, requireHome(actor));
      const report = renderRealisation(home, buildRealisation(core.db, actor, input), input.paper, homeToday(core.db, actorOf(ctx)));
      return withPrintToken(actor, report, { report: 'realisation', yearId: input.yearId, from: input.from, to: input.to, details: input.details || undefined });
    },
    'budget.realisationXlsx': async (ctx, input) => {
      const actor = actorOf(ctx);
      const home = getHome(core.db, actor, requireHome(actor));
      const buffer = await realisationWorkbook(home, buildRealisation(core.db, actor, { ...input, details: false }), homeToday(core.db, actor), input.paper);
      printed(ctx, 'export', input);
      return { fileName: `lra-${input.from}-${input.to}.xlsx`, base64: buffer.toString('base64') };
    },
    'budget.lineSpending': (ctx, input) => lineSpending(core.db, actorOf(ctx), input),
    'budget.dashboard': (ctx, input) => budgetDashboard(core.db, actorOf(ctx), input),
    'budget.costPerResident': (ctx, input) => costPerResident(core.db, actorOf(ctx), input),
  };
}
