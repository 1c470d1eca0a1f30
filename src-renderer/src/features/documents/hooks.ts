import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DocumentUploadInput, ResidentDocument } from '@contract';
import { call } from '../../lib/api';
import { downloadBase64 } from '../../lib/download';

export const documentsQuery = (residentId: number) =>
  queryOptions({ queryKey: ['documents.list', residentId], queryFn: () => call('documents.list', { residentId }) });

function useRefreshDocuments() {
  const qc = useQueryClient();
  return (residentId: number) =>
    Promise.all([qc.invalidateQueries({ queryKey: ['documents.list', residentId] }), qc.invalidateQueries({ queryKey: ['audit.list'] })]);
}

export function useUploadDocument() {
  const refresh = useRefreshDocuments();
  return useMutation({ mutationFn: (input: DocumentUploadInput) => call('documents.upload', input), onSuccess: (d) => refresh(d.residentId) });
}

export function useRemoveDocument() {
  const refresh = useRefreshDocuments();
  return useMutation({
    mutationFn: (input: { document: ResidentDocument; reason: string }) => call('documents.remove', { id: input.document.id, reason: input.reason }),
    onSuccess: (_null, input) => refresh(input.document.residentId),
  });
}

/**
 * The file's content for the viewer. Each opening is an audited view and the content can be large,
 * so it is fetched when the viewer opens and forgotten when it closes.
 */
export function useDocumentContent(id: number | null) {
  return useQuery({
    queryKey: ['documents.get', id],
    queryFn: () => call('documents.get', { id: id! }),
    enabled: id !== null,
    gcTime: 0,
    staleTime: Infinity,
  });
}

/** Fetches the content and hands it to the browser's download (also an audited view). */
export function useDownloadDocument() {
  return useMutation({
    mutationFn: (id: number) => call('documents.get', { id }),
    onSuccess: (doc) => downloadBase64(doc.base64, doc.fileName, doc.mimeType),
  });
}
