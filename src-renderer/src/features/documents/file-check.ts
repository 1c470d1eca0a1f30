import { DOCUMENT_MAX_BYTES, DOCUMENT_MIME_TYPES } from '@contract';

export type DocumentMime = (typeof DOCUMENT_MIME_TYPES)[number];

const BY_EXTENSION: Record<string, DocumentMime> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

/** What the file picker accepts (the same list main checks). */
export const ACCEPT = [...DOCUMENT_MIME_TYPES, ...Object.keys(BY_EXTENSION).map((e) => `.${e}`)].join(',');

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The first bytes each type must start with: main refuses a file that is not what its name says. */
const SIGNATURES: Record<DocumentMime, (b: Uint8Array) => boolean> = {
  'application/pdf': (b) => startsWith(b, ascii('%PDF-')),
  'image/jpeg': (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  'image/png': (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/webp': (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8),
};

export type FileProblem = 'type' | 'empty' | 'tooLarge' | 'mismatch' | 'unreadable';

/**
 * Checks a chosen file before anything is sent: an accepted type (by its declared type or extension),
 * not empty, at most 15 MB, and content that starts the way that type must.
 */
export async function checkFile(file: File): Promise<{ ok: true; mimeType: DocumentMime } | { ok: false; problem: FileProblem }> {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  const declared = (DOCUMENT_MIME_TYPES as readonly string[]).includes(file.type) ? (file.type as DocumentMime) : undefined;
  const mimeType = declared ?? BY_EXTENSION[extension];
  if (!mimeType) return { ok: false, problem: 'type' };
  if (file.size === 0) return { ok: false, problem: 'empty' };
  if (file.size > DOCUMENT_MAX_BYTES) return { ok: false, problem: 'tooLarge' };
  try {
    const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
    if (!SIGNATURES[mimeType](head)) return { ok: false, problem: 'mismatch' };
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  return { ok: true, mimeType };
}

/** Reads the file as base64, reporting how far it got (0–100). */
export function readAsBase64(file: File, onProgress: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}
