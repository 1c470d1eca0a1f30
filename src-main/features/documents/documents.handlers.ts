import { actorOf, type HandlersFor } from '../../api/router';
import type { documentsChannels } from '../../contract';
import type { Core } from '../../core';
import { listDocuments, readDocument, removeDocument, uploadDocument } from './documents.service';

export function documentsHandlers(core: Core): HandlersFor<keyof typeof documentsChannels> {
  return {
    'documents.list': (ctx, input) => listDocuments(core.db, actorOf(ctx), input.residentId),
    'documents.upload': (ctx, input) => uploadDocument(core.db, actorOf(ctx), core.documentsDir, input),
    'documents.get': (ctx, input) => readDocument(core.db, actorOf(ctx), core.documentsDir, input.id),
    'documents.remove': (ctx, input) => removeDocument(core.db, actorOf(ctx), input.id, input.reason),
  };
}
