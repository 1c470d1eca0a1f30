import type { HandlersFor } from '../../api/router';
import { actorOf } from '../../api/router';
import type { casefileChannels } from '../../contract';
import type { Core } from '../../core';
import { addAssessment, getCaseFile, setStage } from './casefile.service';
import { addProgress, decidePlan, savePlan, submitPlan } from './plans.service';
import { listStages, saveStages } from './stages.service';

export function casefileHandlers(core: Core): HandlersFor<keyof typeof casefileChannels> {
  return {
    'stages.list': (ctx) => listStages(core.db, actorOf(ctx)),
    'stages.save': (ctx, input) => saveStages(core.db, actorOf(ctx), input),
    'casefile.get': (ctx, input) => getCaseFile(core.db, actorOf(ctx), input.residentId),
    'casefile.setStage': (ctx, input) => setStage(core.db, actorOf(ctx), input),
    'casefile.addAssessment': (ctx, input) => addAssessment(core.db, actorOf(ctx), input),
    'casefile.savePlan': (ctx, input) => savePlan(core.db, actorOf(ctx), input),
    'casefile.submitPlan': (ctx, input) => submitPlan(core.db, actorOf(ctx), input.id),
    'casefile.decidePlan': (ctx, input) => decidePlan(core.db, actorOf(ctx), input),
    'casefile.addProgress': (ctx, input) => addProgress(core.db, actorOf(ctx), input),
  };
}
