import { actorOf, type HandlersFor } from '../../api/router';
import type { intakeChannels } from '../../contract';
import type { Core } from '../../core';
import { requireHome } from '../../lib/actor';
import { withPrintToken } from '../audit/print-log';
import { getHome } from '../homes/homes.service';
import {
  assessApplication,
  getApplication,
  listApplications,
  readApplicationDocument,
  registerApplication,
  removeApplicationDocument,
  toDetail,
  loadApplication,
  updateApplication,
  uploadApplicationDocument,
} from './applications.service';
import { getCriteria, listScoreItems, saveCriteria, saveScoreItems } from './intake-criteria';
import { renderDecisionLetter, renderMinutes } from './intake.report';
import { approveRound, createRound, decide, intakeOverview, listRounds, quotaFacts, roundDetail, setQuota } from './rounds.service';

export function intakeHandlers(core: Core): HandlersFor<keyof typeof intakeChannels> {
  return {
    'intake.overview': (ctx) => intakeOverview(core.db, actorOf(ctx)),
    'intake.criteria': (ctx) => getCriteria(core.db, actorOf(ctx)),
    'intake.saveCriteria': (ctx, input) => saveCriteria(core.db, actorOf(ctx), input),
    'intake.scoreItems': (ctx) => listScoreItems(core.db, actorOf(ctx)),
    'intake.saveScoreItems': (ctx, input) => saveScoreItems(core.db, actorOf(ctx), input),
    'intake.list': (ctx, input) => listApplications(core.db, actorOf(ctx), input),
    'intake.get': (ctx, input) => getApplication(core.db, actorOf(ctx), input.id),
    'intake.register': (ctx, input) => registerApplication(core.db, actorOf(ctx), input.application),
    'intake.update': (ctx, input) => updateApplication(core.db, actorOf(ctx), input.id, input.application),
    'intake.uploadDocument': (ctx, input) => uploadApplicationDocument(core.db, actorOf(ctx), core.documentsDir, input),
    'intake.getDocument': (ctx, input) => readApplicationDocument(core.db, actorOf(ctx), core.documentsDir, input.id),
    'intake.removeDocument': (ctx, input) => removeApplicationDocument(core.db, actorOf(ctx), input.id, input.reason),
    'intake.assess': (ctx, input) => assessApplication(core.db, actorOf(ctx), input),
    'intake.rounds': (ctx) => listRounds(core.db, actorOf(ctx)),
    'intake.round': (ctx, input) => roundDetail(core.db, actorOf(ctx), input.id),
    'intake.quotaFacts': (ctx) => quotaFacts(core.db, requireHome(actorOf(ctx))),
    'intake.createRound': (ctx, input) => createRound(core.db, actorOf(ctx), input),
    'intake.setQuota': (ctx, input) => setQuota(core.db, actorOf(ctx), input.id, input.quota, input.reason),
    'intake.decide': (ctx, input) => decide(core.db, actorOf(ctx), input),
    'intake.approveRound': (ctx, input) => approveRound(core.db, actorOf(ctx), input.id, input.approvedOn, input.capacityOverride),
    'intake.minutesReport': (ctx, input) => {
      const actor = actorOf(ctx);
      const home = getHome(core.db, actor, requireHome(actor));
      const report = renderMinutes(home, roundDetail(core.db, actor, input.id), input.paper);
      return withPrintToken(actor, report, { report: 'intake-minutes', roundId: input.id });
    },
    'intake.letterReport': (ctx, input) => {
      const actor = actorOf(ctx);
      const home = getHome(core.db, actor, requireHome(actor));
      const application = toDetail(core.db, actor, loadApplication(core.db, actor, input.applicationId));
      const report = renderDecisionLetter(home, roundDetail(core.db, actor, input.roundId), application, input.paper);
      return withPrintToken(actor, report, { report: 'intake-letter', roundId: input.roundId, applicationId: input.applicationId });
    },
  };
}
