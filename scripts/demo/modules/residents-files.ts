import { deflateSync } from 'node:zlib';

/**
 * Small but real files for the demo's resident documents: a one-page A4 PDF letter written by hand
 * (Helvetica, WinAnsi text) and a tiny PNG "scan" of an identity card. Both open in any viewer, and the
 * same input always gives the same bytes (the demo is deterministic).
 */

/** PDF string literal: Latin-1 text with (, ) and \ escaped; anything else becomes '?'. */
function pdfText(text: string): string {
  const latin = text.normalize('NFC').replace(/[–—]/g, '-').replace(/[^\x20-\x7e\xa0-\xff]/g, '?');
  return `(${latin.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

export interface PdfLine {
  text: string;
  size?: number;
  bold?: boolean;
  /** Extra space before the line, in points. */
  gap?: number;
  center?: boolean;
}

/** A one-page A4 PDF with the lines top to bottom (a valid xref table; opens in any viewer). */
export function makePdf(title: string, lines: readonly PdfLine[]): Buffer {
  const width = 595;
  let y = 790;
  const ops: string[] = [];
  for (const line of lines) {
    const size = line.size ?? 11;
    y -= (line.gap ?? 0) + size * 1.45;
    const font = line.bold ? 'F2' : 'F1';
    // Helvetica averages about half the font size per character: good enough to centre a heading.
    const x = line.center ? Math.max(40, Math.round((width - line.text.length * size * 0.5) / 2)) : 64;
    ops.push(`BT /${font} ${size} Tf ${x} ${y.toFixed(1)} Td ${pdfText(line.text)} Tj ET`);
  }
  ops.push('0.6 w 64 742 m 531 742 l S');
  const content = ops.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    `<< /Title ${pdfText(title)} /Producer (Sipanti demo) >>`,
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/**
 * A 171×108 PNG in the shape of an Indonesian identity card: a blue card with a lighter band, a photo box and
 * text lines as grey bars whose lengths come from `seed` (so each card differs).
 */
export function makeCardPng(seed: number): Buffer {
  const w = 171;
  const h = 108;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  let s = seed >>> 0 || 1;
  const next = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 16) / 65536;
  const bars = Array.from({ length: 7 }, () => 40 + Math.floor(next() * 60));
  for (let y = 0; y < h; y++) {
    const row = y * (w * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < w; x++) {
      let rgb: [number, number, number] = [122, 172, 222];
      if (y < 16) rgb = [66, 120, 190];
      const photo = x >= 126 && x < 160 && y >= 30 && y < 78;
      if (photo) rgb = [232, 84, 60];
      const line = Math.floor((y - 26) / 10);
      if (!photo && y >= 26 && line < 7 && (y - 26) % 10 < 4 && x >= 10 && x < 10 + bars[line]!) rgb = [40, 50, 70];
      raw[row + 1 + x * 3] = rgb[0];
      raw[row + 2 + x * 3] = rgb[1];
      raw[row + 3 + x * 3] = rgb[2];
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
