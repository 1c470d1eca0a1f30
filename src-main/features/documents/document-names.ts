import type { DOCUMENT_MIME_TYPES } from '../../contract';
import { fieldError } from '../../lib/errors';

type DocumentMime = (typeof DOCUMENT_MIME_TYPES)[number];

/** The extensions each detected type may carry; the first is the one a stored name gets. */
const EXTENSIONS: Record<DocumentMime, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe'],
  'image/png': ['png'],
  'image/webp': ['webp'],
};
const DOCUMENT_EXTENSIONS = new Set(Object.values(EXTENSIONS).flat());

/** Names that run code when opened on Windows or Linux desktops: refused anywhere in a name's extensions. */
const EXECUTABLE = new Set([
  'exe', 'com', 'scr', 'pif', 'bat', 'cmd', 'msi', 'msp', 'mst', 'cpl', 'dll', 'sys', 'jar', 'js', 'jse', 'vbs', 'vbe',
  'wsf', 'wsh', 'ws', 'hta', 'ps1', 'psm1', 'psd1', 'lnk', 'reg', 'inf', 'application', 'gadget', 'appx', 'msix',
  'sh', 'run', 'bin', 'appimage', 'deb', 'rpm', 'desktop', 'py', 'pl', 'rb', 'php', 'html', 'htm', 'svg', 'url',
  'iso', 'img', 'vhd', 'vhdx', 'chm', 'xll', 'docm', 'xlsm', 'pptm',
]);

// C0 and C1 controls, DEL, bidirectional overrides and isolates (U+202A–202E, U+2066–2069), marks (U+200E/F,
// U+061C) and zero-width characters (U+200B–200D, U+2060, U+FEFF): they make "gpj.exe" look like "exe.jpg".
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Characters Windows refuses in file names. */
const RESERVED = /[<>:"/\\|?*]/g;

/**
 * The name a document is stored and downloaded under: control and direction characters stripped, no folder part,
 * no characters Windows refuses, an executable extension anywhere refused, and the extension matching the type the
 * content was detected as (a PDF named `akta.png` is stored as `akta.pdf`).
 */
export function safeDocumentName(original: string, mimeType: DocumentMime, field = 'fileName'): string {
  const lastPart = original.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = lastPart.replace(INVISIBLE, '').replace(RESERVED, '_').replace(/\s+/g, ' ').trim().replace(/^[.\s]+|[.\s]+$/g, '');
  const parts = cleaned.split('.');
  const extensions = parts.slice(1).map((p) => p.toLowerCase().trim());
  if (extensions.some((ext) => EXECUTABLE.has(ext))) {
    throw fieldError(field, 'Nama berkas memuat ekstensi program (mis. .exe). Ganti nama berkasnya dan unggah kembali.');
  }
  // Drop a trailing document extension (it is replaced by the right one); keep any other dots in the name.
  if (parts.length > 1 && DOCUMENT_EXTENSIONS.has(extensions.at(-1)!)) parts.pop();
  const stem = parts.join('.').trim().slice(0, 150) || 'dokumen';
  const allowed = EXTENSIONS[mimeType];
  const given = extensions.at(-1);
  const extension = given && allowed.includes(given) ? given : allowed[0]!;
  return `${stem}.${extension}`;
}
