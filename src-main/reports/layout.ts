import type { Home } from '../contract';
import { formatLongDate, formatNip } from '../contract/format';
import { esc } from './html';

export const PAPERS = { A4: { width: 210, height: 297 }, F4: { width: 215, height: 330 } } as const;
export type Paper = keyof typeof PAPERS;
export type Orientation = 'portrait' | 'landscape';

export interface Signer {
  /** e.g. "Mengetahui," above the title. */
  caption?: string;
  title: string;
  name: string;
  nip: string | null;
  /** The line under the name when the signer has no NIP (e.g. "NIK. …" of a family member); default "NIP. …". */
  idLine?: string;
}

export interface ReportDocument {
  title: string;
  subtitle?: string;
  home: Home;
  paper: Paper;
  orientation: Orientation;
  body: string;
  /** Date printed beside the place in the signature block (YYYY-MM-DD). */
  signedOn: string;
  /** `witness`: a third block in the middle (e.g. "Mengetahui, Kepala UPTD" between the two parties of a handover record). */
  signatures: { left?: Signer; right: Signer; witness?: Signer };
}

/** Print CSS: the page size, margins, page numbers in the margin, tables that break cleanly across pages. */
function printCss(paper: Paper, orientation: Orientation): string {
  const { width, height } = PAPERS[paper];
  const [w, h] = orientation === 'portrait' ? [width, height] : [height, width];
  return `
@page { size: ${w}mm ${h}mm; margin: 18mm 15mm 18mm 20mm;
  @bottom-right { content: "Halaman " counter(page) " dari " counter(pages); font: 8pt 'Liberation Sans', Arial, sans-serif; color: #555; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 10pt/1.35 'Liberation Sans', Arial, Helvetica, sans-serif; color: #111; }
.sheet { max-width: ${w - 35}mm; margin: 0 auto; }
.letterhead { display: flex; align-items: center; gap: 5mm; padding-bottom: 2.5mm; border-bottom: 3px double #111; margin-bottom: 5mm; }
.letterhead img { width: 22mm; height: 22mm; object-fit: contain; }
.letterhead .lines { flex: 1; text-align: center; }
.letterhead .gov { font-size: 12pt; font-weight: bold; letter-spacing: .3px; }
.letterhead .office { font-size: 13pt; font-weight: bold; }
.letterhead .unit { font-size: 14pt; font-weight: bold; text-transform: uppercase; }
.letterhead .address { font-size: 8.5pt; }
.letterhead .spacer { width: 22mm; }
h1 { font-size: 12pt; text-align: center; margin: 0 0 1mm; text-transform: uppercase; }
.subtitle { text-align: center; margin: 0 0 5mm; }
h2 { font-size: 10.5pt; margin: 5mm 0 2mm; break-after: avoid; }
table { width: 100%; border-collapse: collapse; margin-bottom: 3mm; }
thead { display: table-header-group; }
tfoot { display: table-row-group; }
tr { break-inside: avoid; }
th, td { border: 0.6pt solid #333; padding: 1.2mm 1.6mm; vertical-align: top; }
th { background: #e9ecef; font-weight: bold; text-align: center; }
tfoot td { font-weight: bold; background: #f4f5f7; }
td.right { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.center { text-align: center; }
td.muted { color: #666; font-style: italic; }
.note { font-size: 8.5pt; color: #333; }
.signatures { display: flex; justify-content: space-between; margin-top: 10mm; break-inside: avoid; }
.signer { width: 46%; text-align: center; }
.signer .space { height: 22mm; }
.signer .name { font-weight: bold; text-decoration: underline; }
.signatures.three .signer { width: 32%; }
.signatures.three .signer:last-child > div:first-child { white-space: nowrap; }
.generated { margin-top: 6mm; font-size: 7.5pt; color: #777; }
/* On screen (the app's preview) the sheet is drawn at its paper size, with the print margins, on an 8 mm grey mat. */
@media screen {
  html { background: #e9ecef; }
  body { padding: 8mm; }
  .sheet { width: ${w}mm; min-height: ${h}mm; max-width: none; padding: 18mm 15mm 18mm 20mm; background: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.12), 0 4px 14px rgba(0,0,0,.08); }
}
`;
}

function letterhead(home: Home): string {
  const logo = home.logoDataUrl ? `<img src="${esc(home.logoDataUrl)}" alt="">` : '<div class="spacer"></div>';
  const contact = [home.phone ? `Telp. ${home.phone}` : '', home.email ? `E-mail: ${home.email}` : ''].filter(Boolean).join(' · ');
  return `<header class="letterhead">${logo}<div class="lines">
<div class="gov">PEMERINTAH PROVINSI ${esc(home.province.toUpperCase())}</div>
<div class="office">DINAS SOSIAL</div>
<div class="unit">${esc(home.name)}</div>
<div class="address">${esc(home.address)}, ${esc(home.regency)}${contact ? `<br>${esc(contact)}` : ''}</div>
</div><div class="spacer"></div></header>`;
}

/** `withCaptionLine`: keep a line for "Mengetahui," on both sides when either signer has one, so titles align. */
function signer(s: Signer | undefined, withCaptionLine: boolean, placeAndDate?: string): string {
  if (!s) return '<div class="signer"></div>';
  return `<div class="signer">
<div>${placeAndDate ? esc(placeAndDate) : '&nbsp;'}</div>
${withCaptionLine ? `<div>${s.caption ? esc(s.caption) : '&nbsp;'}</div>` : ''}
<div>${esc(s.title)}</div>
<div class="space"></div>
<div class="name">${esc(s.name)}</div>
<div>${s.idLine !== undefined ? esc(s.idLine) || '&nbsp;' : `NIP. ${esc(formatNip(s.nip) || '.................................')}`}</div>
</div>`;
}

/** The regency or city name as signature blocks write it: "Kota Padang Panjang" → "Padang Panjang". */
export function placeName(regency: string): string {
  return regency.replace(/^(Kota|Kabupaten|Kab\.)\s+/i, '');
}

/** A complete HTML document, ready for Chromium's print (printToPDF in Electron, the browser's print dialog). */
export function renderReport(doc: ReportDocument): string {
  const placeAndDate = `${placeName(doc.home.regency)}, ${formatLongDate(doc.signedOn)}`;
  const captions = Boolean(doc.signatures.left?.caption || doc.signatures.right.caption);
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>${esc(doc.title)}</title>
<style>${printCss(doc.paper, doc.orientation)}</style></head>
<body><div class="sheet">
${letterhead(doc.home)}
<h1>${esc(doc.title)}</h1>
${doc.subtitle ? `<p class="subtitle">${esc(doc.subtitle)}</p>` : ''}
${doc.body}
${
  doc.signatures.witness
    ? `<section class="signatures three">${signer(doc.signatures.left, true)}${signer(doc.signatures.witness, true)}${signer(doc.signatures.right, true, placeAndDate)}</section>`
    : `<section class="signatures">${signer(doc.signatures.left, captions)}${signer(doc.signatures.right, captions, placeAndDate)}</section>`
}
</div></body></html>`;
}

export const headSigner = (home: Home, caption?: string): Signer => ({
  caption,
  title: `Kepala ${home.name}`,
  name: home.headName,
  nip: home.headNip,
});

export const financeSigner = (home: Home): Signer => ({
  title: 'Bendahara Pengeluaran',
  name: home.financeName,
  nip: home.financeNip,
});
