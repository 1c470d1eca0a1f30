import { actorOf, type HandlersFor } from '../../api/router';
import type { carenotesChannels } from '../../contract';
import type { Core } from '../../core';
import { addCareNote, addIncident, careDay, followUpIncident, notesForResident, openIncidents } from './carenotes.service';

export function carenotesHandlers(core: Core): HandlersFor<keyof typeof carenotesChannels> {
  return {
    'carenotes.add': (ctx, input) => addCareNote(core.db, actorOf(ctx), input),
    'carenotes.forResident': (ctx, input) => notesForResident(core.db, actorOf(ctx), input),
    'carenotes.day': (ctx, input) => careDay(core.db, actorOf(ctx), input),
    'incidents.add': (ctx, input) => addIncident(core.db, actorOf(ctx), input),
    'incidents.followUp': (ctx, input) => followUpIncident(core.db, actorOf(ctx), input),
    'incidents.open': (ctx) => openIncidents(core.db, actorOf(ctx)),
  };
}
