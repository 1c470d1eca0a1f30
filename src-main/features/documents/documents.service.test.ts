import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { residentDocuments } from '../../db/schema';
import { makeCore, ok, setupAndLogin, userWithRole } from '../../../tests/helpers/temp-core';
import { sampleResident } from '../../../tests/helpers/residents';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function storedFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('resident documents', () => {
  let core: Core;
  let residentId: number;
  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'admin');
    residentId = (await ok(core, 'admin', 'residents.create', { resident: sampleResident() })).id;
  });
  afterEach(() => core.close());

  const upload = (overrides: Record<string, unknown> = {}) => ({
    residentId,
    docType: 'kk' as const,
    title: 'Kartu Keluarga',
    fileName: 'kk-siti.pdf',
    mimeType: 'application/pdf' as const,
    base64: PDF.toString('base64'),
    ...overrides,
  });

  it('stores a file by checksum inside the data folder, lists it, and serves it back intact', async () => {
    const doc = await ok(core, 'admin', 'documents.upload', upload());
    expect(doc).toMatchObject({ docType: 'kk', sizeBytes: PDF.length, uploadedBy: 'Administrator Panti' });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    const files = storedFiles(core.documentsDir).filter((f) => !f.includes('.tmp'));
    expect(files).toEqual([path.join(core.documentsDir, '1', doc.sha256.slice(0, 2), doc.sha256)]);
    expect(await ok(core, 'admin', 'documents.list', { residentId })).toHaveLength(1);
    const read = await ok(core, 'admin', 'documents.get', { id: doc.id });
    expect(Buffer.from(read.base64, 'base64').equals(PDF)).toBe(true);
  });

  it('a caregiver can view but not upload', async () => {
    const doc = await ok(core, 'admin', 'documents.upload', upload());
    const caregiver = await userWithRole(core, 'admin', 'caregiver', 'pengasuh');
    expect((await ok(core, caregiver, 'documents.get', { id: doc.id })).mimeType).toBe('application/pdf');
    expect(await core.router.call('documents.upload', upload(), { sessionKey: caregiver })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a file whose content is not what its type says, and stores nothing', async () => {
    const result = await core.router.call('documents.upload', upload({ base64: Buffer.from('MZ not a pdf').toString('base64') }), { sessionKey: 'admin' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { base64: expect.stringContaining('tidak sesuai') } } });
    expect(storedFiles(core.documentsDir).filter((f) => !f.includes('.tmp'))).toHaveLength(0);
  });

  it('a failed save leaves no orphan file and keeps the earlier file', async () => {
    const first = await ok(core, 'admin', 'documents.upload', upload());
    // make the database refuse the next record: a trigger standing in for a disk or constraint failure
    core.requireOpened().sqlite.exec(`CREATE TRIGGER refuse BEFORE INSERT ON resident_documents BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const failedNew = await core.router.call('documents.upload', upload({ mimeType: 'image/png', fileName: 'foto.png', base64: PNG.toString('base64') }), { sessionKey: 'admin' });
    expect(failedNew).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const failedSame = await core.router.call('documents.upload', upload({ title: 'Salinan' }), { sessionKey: 'admin' });
    expect(failedSame.ok).toBe(false);
    const files = storedFiles(core.documentsDir).filter((f) => !f.includes('.tmp'));
    expect(files).toEqual([path.join(core.documentsDir, '1', first.sha256.slice(0, 2), first.sha256)]);
    expect(core.db.select().from(residentDocuments).all()).toHaveLength(1);
    expect(Buffer.from((await ok(core, 'admin', 'documents.get', { id: first.id })).base64, 'base64').equals(PDF)).toBe(true);
  });

  it('removal hides the document but keeps the stored file and record; a damaged file is reported', async () => {
    const doc = await ok(core, 'admin', 'documents.upload', upload());
    const copy = await ok(core, 'admin', 'documents.upload', upload({ title: 'Salinan KK' }));
    expect(copy.sha256).toBe(doc.sha256);
    await ok(core, 'admin', 'documents.remove', { id: copy.id, reason: 'Dobel' });
    expect((await ok(core, 'admin', 'documents.list', { residentId })).map((d) => d.id)).toEqual([doc.id]);
    expect(core.db.select().from(residentDocuments).all()).toHaveLength(2);
    const file = path.join(core.documentsDir, '1', doc.sha256.slice(0, 2), doc.sha256);
    fs.writeFileSync(file, Buffer.concat([PDF, Buffer.from('x')]));
    expect(await core.router.call('documents.get', { id: doc.id }, { sessionKey: 'admin' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('checksum') } });
  });
});
