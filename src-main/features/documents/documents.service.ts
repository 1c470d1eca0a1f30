import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { DocumentUploadInput, ResidentDocument } from '../../contract';
import { DOCUMENT_MAX_BYTES } from '../../contract';
import type { AppDb } from '../../db/client';
import { intakeDocuments, residentDocuments, users } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { AppError, fieldError, notFound } from '../../lib/errors';
import { logError } from '../../lib/logger';
import { nowIso } from '../../lib/time';
import { safeDocumentName } from './document-names';
import { recordAudit } from '../audit/audit.service';
import { loadResident } from '../residents/residents.service';

/** The first bytes each accepted type must start with: the file must be what it claims to be. */
const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

const columns = {
  id: residentDocuments.id,
  residentId: residentDocuments.residentId,
  docType: residentDocuments.docType,
  title: residentDocuments.title,
  fileName: residentDocuments.fileName,
  mimeType: residentDocuments.mimeType,
  sizeBytes: residentDocuments.sizeBytes,
  sha256: residentDocuments.sha256,
  uploadedBy: users.fullName,
  uploadedAt: residentDocuments.uploadedAt,
  storageKey: residentDocuments.storageKey,
};

type Row = { storageKey: string; docType: string } & Omit<ResidentDocument, 'docType'>;
// Names stored before they were cleaned on upload are shown and downloaded under a safe name too.
const toDocument = ({ storageKey: _k, ...row }: Row): ResidentDocument => ({
  ...row,
  fileName: displayName(row.fileName, row.mimeType),
  docType: row.docType as ResidentDocument['docType'],
});

function query(db: AppDb) {
  return db.select(columns).from(residentDocuments).leftJoin(users, eq(users.id, residentDocuments.uploadedBy));
}

export function listDocuments(db: AppDb, actor: Actor, residentId: number): ResidentDocument[] {
  loadResident(db, actor, residentId);
  return query(db)
    .where(and(eq(residentDocuments.residentId, residentId), isNull(residentDocuments.removedAt)))
    .orderBy(asc(residentDocuments.docType), asc(residentDocuments.id))
    .all()
    .map(toDocument);
}

/** Writes content under its checksum: a new file never replaces an earlier one. Returns whether it was new. */
export function storeContent(documentsDir: string, storageKey: string, content: Buffer): boolean {
  const target = path.join(documentsDir, storageKey);
  if (fs.existsSync(target)) return false;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmpDir = path.join(documentsDir, '.tmp');
  fs.mkdirSync(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, randomUUID());
  const fd = fs.openSync(tmp, 'wx');
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, target);
  return true;
}

/**
 * Saves the file first, then the record; if the record fails, a file this call created is removed again,
 * so a failed save leaves no orphan and never touches a file another record points to.
 */
/** An uploaded file checked (not empty, not too large, truly of its type), with its checksum and place in the store. */
export function checkedContent(homeId: number, input: { base64: string; mimeType: string }): { content: Buffer; sha256: string; storageKey: string } {
  const content = Buffer.from(input.base64, 'base64');
  if (content.length === 0) throw fieldError('base64', 'Berkas kosong');
  if (content.length > DOCUMENT_MAX_BYTES) throw fieldError('base64', 'Berkas terlalu besar (maksimal 15 MB)');
  if (!SIGNATURES[input.mimeType]!(content)) throw fieldError('base64', 'Isi berkas tidak sesuai dengan jenisnya (PDF/JPG/PNG/WebP)');
  const sha256 = createHash('sha256').update(content).digest('hex');
  return { content, sha256, storageKey: path.posix.join(String(homeId), sha256.slice(0, 2), sha256) };
}

/**
 * Stores the file, then runs `save` (the record's transaction); if the record fails, a file this call created
 * is removed again, so a failed save leaves no orphan and never touches a file another record points to.
 */
export function storeThenSave<T>(db: AppDb, documentsDir: string, file: { content: Buffer; storageKey: string }, save: () => T): T {
  const created = storeContent(documentsDir, file.storageKey, file.content);
  try {
    return save();
  } catch (error) {
    if (created) removeIfUnreferenced(db, documentsDir, file.storageKey);
    throw error;
  }
}

export function uploadDocument(db: AppDb, actor: Actor, documentsDir: string, input: z.output<typeof DocumentUploadInput>): ResidentDocument {
  const homeId = requireHome(actor);
  const resident = loadResident(db, actor, input.residentId);
  const file = checkedContent(homeId, input);
  const { content, sha256, storageKey } = file;
  return storeThenSave(db, documentsDir, file, () =>
    db.transaction((tx) => {
      const inserted = tx
        .insert(residentDocuments)
        .values({
          homeId,
          residentId: resident.id,
          docType: input.docType,
          title: input.title,
          fileName: safeDocumentName(input.fileName, input.mimeType),
          mimeType: input.mimeType,
          sizeBytes: content.length,
          sha256,
          storageKey,
          uploadedBy: actor.userId,
        })
        .returning()
        .get();
      const { storageKey: _k, ...audited } = inserted;
      recordAudit(tx, actor, { entity: 'resident-document', entityId: inserted.id, action: 'upload', after: { ...audited } });
      return toDocument(query(tx).where(eq(residentDocuments.id, inserted.id)).get()!);
    }),
  );
}

/** A safe name for a stored one; an old name with an executable extension becomes `dokumen.<type>`. */
export function displayName(fileName: string, mimeType: string): string {
  const mime = mimeType as Parameters<typeof safeDocumentName>[1];
  try {
    return safeDocumentName(fileName, mime);
  } catch {
    return safeDocumentName('dokumen', mime);
  }
}

/** A stored file is removed only when no resident or applicant document points to it. */
function removeIfUnreferenced(db: AppDb, documentsDir: string, storageKey: string): void {
  const count = (t: typeof residentDocuments | typeof intakeDocuments) =>
    db.select({ n: sql<number>`count(*)` }).from(t).where(eq(t.storageKey, storageKey)).get()?.n ?? 0;
  if (count(residentDocuments) + count(intakeDocuments) === 0) {
    try {
      fs.rmSync(path.join(documentsDir, storageKey), { force: true });
    } catch (error) {
      logError('remove orphan document', error);
    }
  }
}

/** A stored file's content, checked against its checksum (a missing or damaged file says how to recover). */
export function readStoredContent(documentsDir: string, storageKey: string, sha256: string): Buffer {
  const file = path.join(documentsDir, storageKey);
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `Berkas dokumen hilang dari folder data (${storageKey}). Pulihkan folder documents dari cadangan.`);
  const content = fs.readFileSync(file);
  if (createHash('sha256').update(content).digest('hex') !== sha256) {
    throw new AppError('CONFLICT', 'Berkas dokumen rusak (checksum tidak cocok). Pulihkan folder documents dari cadangan.');
  }
  return content;
}

function loadDocument(db: AppDb, actor: Actor, id: number) {
  const homeId = requireHome(actor);
  const row = query(db)
    .where(and(eq(residentDocuments.id, id), eq(residentDocuments.homeId, homeId), isNull(residentDocuments.removedAt)))
    .get();
  if (!row) throw notFound('Dokumen');
  return row;
}

/** The file's content, checked against its checksum; the opening is audited. */
export function readDocument(db: AppDb, actor: Actor, documentsDir: string, id: number): ResidentDocument & { base64: string } {
  const row = loadDocument(db, actor, id);
  const content = readStoredContent(documentsDir, row.storageKey, row.sha256);
  recordAudit(db, actor, { entity: 'resident-document', entityId: id, action: 'view' });
  return { ...toDocument(row), base64: content.toString('base64') };
}

/** Removal hides the document from the file; the stored content and the record stay (nothing is lost). */
export function removeDocument(db: AppDb, actor: Actor, id: number, reason: string): null {
  return db.transaction((tx) => {
    const row = loadDocument(tx, actor, id);
    tx.update(residentDocuments).set({ removedAt: nowIso(), removedBy: actor.userId }).where(eq(residentDocuments.id, id)).run();
    recordAudit(tx, actor, { entity: 'resident-document', entityId: id, action: 'remove', before: toDocument(row), after: { reason } });
    return null;
  });
}
