import { z } from 'zod';
import { channel, Id, trimmed } from './common';
import { DOCUMENT_TYPES } from './reference';

export const DOCUMENT_MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
export const DOCUMENT_MAX_BYTES = 15 * 1024 * 1024;

export interface ResidentDocument {
  id: number;
  residentId: number;
  docType: (typeof DOCUMENT_TYPES)[number];
  title: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: string;
}

export const DocumentUploadInput = z.object({
  residentId: Id,
  docType: z.enum(DOCUMENT_TYPES, { error: 'Pilih jenis dokumen' }),
  title: trimmed('Judul dokumen', 150),
  fileName: trimmed('Nama berkas', 200),
  mimeType: z.enum(DOCUMENT_MIME_TYPES, { error: 'Berkas harus PDF, JPG, PNG atau WebP' }),
  base64: z
    .string()
    .min(1, 'Pilih berkas')
    .max(Math.ceil((DOCUMENT_MAX_BYTES * 4) / 3) + 4, 'Berkas terlalu besar (maksimal 15 MB)')
    .regex(/^[A-Za-z0-9+/=]+$/, 'Isi berkas tidak sah'),
});
export type DocumentUploadInput = z.input<typeof DocumentUploadInput>;

const READERS = ['province_admin', 'admin', 'head', 'caregiver'] as const;

export const documentsChannels = {
  'documents.list': channel<ResidentDocument[]>()(z.object({ residentId: Id }), READERS),
  'documents.upload': channel<ResidentDocument>()(DocumentUploadInput, ['province_admin', 'admin', 'head']),
  'documents.get': channel<ResidentDocument & { base64: string }>()(z.object({ id: Id }), READERS),
  'documents.remove': channel<null>()(z.object({ id: Id, reason: trimmed('Alasan', 500) }), ['province_admin', 'admin']),
} as const;
