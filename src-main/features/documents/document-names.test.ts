import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { makeCore, ok, setupAndLogin } from '../../../tests/helpers/temp-core';
import { sampleResident } from '../../../tests/helpers/residents';
import { safeDocumentName } from './document-names';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('document names', () => {
  it.each([
    ['KK Budi.pdf', 'application/pdf', 'KK Budi.pdf'],
    ['akta.png', 'application/pdf', 'akta.pdf'],
    ['foto', 'image/jpeg', 'foto.jpg'],
    ['foto.JPEG', 'image/jpeg', 'foto.jpeg'],
    ['surat.rujukan.2026.pdf', 'application/pdf', 'surat.rujukan.2026.pdf'],
    ['C:\\Users\\admin\\Desktop\\ktp.png', 'image/png', 'ktp.png'],
    ['../../etc/passwd.pdf', 'application/pdf', 'passwd.pdf'],
    ['ktp\u202Egnp.pdf', 'application/pdf', 'ktpgnp.pdf'],
    ['ka\u0000rtu\u200B.webp', 'image/webp', 'kartu.webp'],
    ['a<b>:c?.pdf', 'application/pdf', 'a_b__c_.pdf'],
    ['  \u202E ', 'application/pdf', 'dokumen.pdf'],
    ['.pdf', 'application/pdf', 'pdf.pdf'],
  ] as const)('%j stored as %s is %j', (name, mime, expected) => expect(safeDocumentName(name, mime)).toBe(expected));

  it.each(['tagihan.pdf.exe', 'foto.exe.jpg', 'ktp\u202Efdp.exe', 'skrip.JS', 'pintasan.lnk', 'laporan.html'])('refuses %j', (name) => {
    expect(() => safeDocumentName(name, 'application/pdf')).toThrow(/ekstensi program/);
  });

  describe('through the upload channel', () => {
    let core: Core;
    let residentId: number;
    beforeEach(async () => {
      core = makeCore({ integrityCheckDelayMs: null });
      await setupAndLogin(core, 'admin');
      residentId = (await ok(core, 'admin', 'residents.create', { resident: sampleResident() })).id;
    });
    afterEach(() => core.close());
    const upload = (fileName: string) => ({ residentId, docType: 'kk' as const, title: 'Kartu Keluarga', fileName, mimeType: 'application/pdf' as const, base64: PDF.toString('base64') });

    it('stores the honest name, and refuses an executable one at the field', async () => {
      const doc = await ok(core, 'admin', 'documents.upload', upload('kk\u202Egnp.png'));
      expect(doc.fileName).toBe('kkgnp.pdf');
      const got = await ok(core, 'admin', 'documents.get', { id: doc.id });
      expect(got.fileName).toBe('kkgnp.pdf');
      const refused = await core.router.call('documents.upload', upload('kk\u202Efdp.exe'), { sessionKey: 'admin' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { fileName: expect.stringMatching(/ekstensi program/) } } });
    });
  });
});
