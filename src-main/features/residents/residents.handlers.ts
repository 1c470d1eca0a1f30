import type { HandlersFor } from '../../api/router';
import type { residentsChannels } from '../../contract';
import type { Core } from '../../core';
import { actorOf } from '../../api/router';
import { createResident, findDuplicates, getResident, updateResident } from './residents.service';
import { exportResidentsXlsx, listResidents, listRooms } from './residents-list.service';
import { decideExit, listPendingExits, readmit, recordDeath, requestExit, statusHistory, undoExit } from './residents-status.service';
import { requireHome } from '../../lib/actor';

export function residentsHandlers(core: Core): HandlersFor<keyof typeof residentsChannels> {
  return {
    'residents.list': (ctx, input) => listResidents(core.db, actorOf(ctx), input),
    'residents.rooms': (ctx) => listRooms(core.db, actorOf(ctx)),
    'residents.get': (ctx, input) => getResident(core.db, actorOf(ctx), input.id),
    'residents.checkDuplicates': (ctx, input) => findDuplicates(core.db, requireHome(actorOf(ctx)), input),
    'residents.create': (ctx, input) => createResident(core.db, actorOf(ctx), input.resident, input.acknowledgeSimilar),
    'residents.update': (ctx, input) => updateResident(core.db, actorOf(ctx), input.id, input.resident, input.acknowledgeSimilar),
    'residents.statusHistory': (ctx, input) => statusHistory(core.db, actorOf(ctx), input.id),
    'residents.requestExit': (ctx, input) => requestExit(core.db, actorOf(ctx), input),
    'residents.decideExit': (ctx, input) => decideExit(core.db, actorOf(ctx), input),
    'residents.pendingExits': (ctx) => listPendingExits(core.db, actorOf(ctx)),
    'residents.recordDeath': (ctx, input) => recordDeath(core.db, actorOf(ctx), input),
    'residents.undoExit': (ctx, input) => undoExit(core.db, actorOf(ctx), input),
    'residents.readmit': (ctx, input) => readmit(core.db, actorOf(ctx), input),
    'residents.exportXlsx': (ctx, input) => exportResidentsXlsx(core.db, actorOf(ctx), input),
  };
}
