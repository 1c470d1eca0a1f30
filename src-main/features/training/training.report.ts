import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import type { CompletionRow, CompletionsData, Enrolment, Home, PrintableReport, Programme, RecapData } from '../../contract';
import { ATTENDANCE_CODES, formatLongDate, formatNip, monthName, PROGRAMME_KIND_LABELS, WEEKDAY_LABELS } from '../../contract';
import type { AppDb } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { requireHome } from '../../lib/actor';
import { AppError } from '../../lib/errors';
import { esc, table } from '../../reports/html';
import { headSigner, placeName, renderReport, type Paper } from '../../reports/layout';
import { getProgramme } from './programmes.service';
import { attendanceRate, getEnrolment, queryEnrolments } from './training-common';

const pct = (rate: number | null) => (rate === null ? '—' : `${rate.toLocaleString('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`);

/** The result as the certificate and the completion list say it. */
export function resultText(e: Enrolment): string {
  if (!e.latest) return '—';
  if (e.latest.competent != null) return e.latest.competent ? 'Kompeten' : 'Belum kompeten';
  return `Nilai ${e.latest.grade}`;
}

const hours = (minutes: number) => (minutes / 60).toLocaleString('id-ID', { maximumFractionDigits: 1 });

const CERTIFICATE_CSS = `<style>
.sheet .cert { text-align: center; margin-top: 0; }
.cert p { margin: .8mm 0; }
.cert .no { margin: -1mm 0 3mm; }
.cert .name { font-size: 18pt; font-weight: bold; margin: 1mm 0 0; letter-spacing: .5px; }
.cert .reg { margin-bottom: 2mm; color: #333; font-size: 9pt; }
.cert .programme { font-size: 13pt; font-weight: bold; margin: 1mm 0; }
.cert table.facts { width: auto; margin: 3mm auto 0; border: 0; }
.cert table.facts td { border: 0; padding: .3mm 3mm; text-align: left; }
.cert .result { font-size: 12pt; font-weight: bold; }
.sheet h1 { font-size: 17pt; letter-spacing: 2px; margin-top: 0; }
.letterhead { margin-bottom: 3mm; }
.signatures { margin-top: 2mm; }
.signer .space { height: 15mm; }
</style>`;

/** The certificate of completion (sertifikat): A4 landscape, letterhead, number, the resident, the facts, the head's signature. */
export function renderCertificate(home: Home, programme: Programme, e: Enrolment, paper: Paper): PrintableReport {
  if (e.status !== 'completed' || !e.certificateNo || !e.completedOn) throw new AppError('CONFLICT', 'Sertifikat hanya untuk peserta yang sudah lulus');
  const facts: [string, string][] = [
    ['Jenis program', PROGRAMME_KIND_LABELS[programme.kind] + (programme.courseTypeLabel ? ` — ${programme.courseTypeLabel}` : '')],
    ['Pelaksanaan', `${formatLongDate(e.enrolledOn > programme.startDate ? e.enrolledOn : programme.startDate)} s.d. ${formatLongDate(e.completedOn)}`],
    ['Kehadiran', `${e.present} dari ${e.sessionsHeld} sesi (${pct(e.rate)}), ${hours(e.minutesPresent)} jam pelajaran`],
    ['Instruktur', programme.instructorName],
  ];
  const body = `${CERTIFICATE_CSS}<div class="cert">
<p class="no">Nomor: ${esc(e.certificateNo)}</p>
<p class="given">Kepala ${esc(home.name)} menerangkan bahwa</p>
<div class="name">${esc(e.residentName.toUpperCase())}</div>
<div class="reg">Nomor registrasi ${esc(e.registrationNo)}</div>
<p class="given">telah menyelesaikan program</p>
<div class="programme">${esc(programme.name)}</div>
<p class="given">dengan hasil <span class="result">${esc(resultText(e).toUpperCase())}</span></p>
<table class="facts"><tbody>${facts.map(([k, v]) => `<tr><td>${esc(k)}</td><td>:</td><td>${esc(v)}</td></tr>`).join('')}</tbody></table>
</div>`;
  return {
    title: 'Sertifikat',
    html: renderReport({ title: 'Sertifikat', home, paper, orientation: 'landscape', body, signedOn: e.completedOn, signatures: { right: headSigner(home) } }),
    fileName: `sertifikat-${e.certificateNo.replace(/\//g, '-')}.pdf`,
    paper,
    landscape: true,
  };
}

export function certificateFor(db: AppDb, actor: Actor, home: Home, enrolmentId: number, paper: Paper): PrintableReport {
  const e = getEnrolment(db, actor, enrolmentId);
  return renderCertificate(home, getProgramme(db, actor, e.programmeId), e, paper);
}

/** The month's grid: participants enrolled at some point in the month × the month's sessions. */
export function buildRecap(db: AppDb, actor: Actor, programmeId: number, month: string): RecapData {
  const programme = getProgramme(db, actor, programmeId);
  const from = `${month}-01`;
  const to = `${month}-31`;
  const sessions = db.all<{ id: number; heldOn: string; topic: string }>(sql`
    SELECT id, held_on AS heldOn, topic FROM training_sessions WHERE programme_id = ${programmeId} AND held_on BETWEEN ${from} AND ${to} ORDER BY held_on, id`);
  const enrolments = queryEnrolments(db, sql`e.programme_id = ${programmeId} AND e.enrolled_on <= ${to} AND coalesce(e.withdrawn_on, e.completed_on, '9999-12-31') >= ${from}`);
  const marks = db.all<{ sessionId: number; enrolmentId: number; status: keyof typeof ATTENDANCE_CODES }>(sql`
    SELECT t.session_id AS sessionId, t.enrolment_id AS enrolmentId, t.status FROM training_attendance t
    JOIN training_sessions s ON s.id = t.session_id WHERE s.programme_id = ${programmeId} AND s.held_on BETWEEN ${from} AND ${to}`);
  const markOf = new Map(marks.map((m) => [`${m.sessionId}:${m.enrolmentId}`, m.status]));
  const rows = enrolments.map((e) => {
    const window = (d: string) => d >= e.enrolledOn && d <= (e.withdrawnOn ?? e.completedOn ?? '9999-12-31');
    const cells = sessions.map((s) => (window(s.heldOn) ? (markOf.get(`${s.id}:${e.id}`) ?? null) : null));
    const held = sessions.filter((s) => window(s.heldOn)).length;
    const present = cells.filter((c) => c === 'present').length;
    return { enrolmentId: e.id, residentName: e.residentName, registrationNo: e.registrationNo, marks: cells, present, held, rate: attendanceRate(present, held) };
  });
  const present = rows.reduce((n, r) => n + r.present, 0);
  const held = rows.reduce((n, r) => n + r.held, 0);
  const perSession = sessions.map((_, i) => rows.filter((r) => r.marks[i] === 'present').length);
  return { programme, month, sessions, rows, totals: { present, held, rate: attendanceRate(present, held), perSession } };
}

const monthLabel = (month: string) => `${monthName(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`;

const schedule = (p: Programme) => `${p.scheduleDays.map((d) => WEEKDAY_LABELS[d]).join(', ')} ${p.startTime}–${p.endTime}`;

const GRID_CSS = `<style>table.grid { font-size: 8pt; table-layout: auto; } table.grid th, table.grid td { padding: .7mm 1mm; } table.grid td.c { text-align: center; } table.grid th.d { width: 6mm; } table.grid th.t { width: 13mm; } .meta { font-size: 9pt; margin: -2mm 0 3mm; }</style>`;

export function renderRecap(home: Home, data: RecapData, paper: Paper, signedOn: string): PrintableReport {
  const p = data.programme;
  const head = `<tr><th class="d">No</th><th>Nama</th>${data.sessions.map((s) => `<th class="d" title="${esc(s.topic)}">${Number(s.heldOn.slice(8))}</th>`).join('')}<th class="t">Hadir</th><th class="t">Sesi</th><th class="t">%</th></tr>`;
  const body = data.rows.length
    ? data.rows
        .map(
          (r, i) =>
            `<tr><td class="c">${i + 1}</td><td>${esc(r.residentName)}</td>${r.marks.map((m) => `<td class="c">${m ? ATTENDANCE_CODES[m] : ''}</td>`).join('')}<td class="c">${r.present}</td><td class="c">${r.held}</td><td class="right">${pct(r.rate)}</td></tr>`,
        )
        .join('')
    : `<tr><td colspan="${data.sessions.length + 5}" class="center muted">Belum ada peserta</td></tr>`;
  const foot = `<tfoot><tr><td></td><td>Jumlah hadir</td>${data.totals.perSession.map((n) => `<td class="c">${n}</td>`).join('')}<td class="c">${data.totals.present}</td><td class="c">${data.totals.held}</td><td class="right">${pct(data.totals.rate)}</td></tr></tfoot>`;
  const meta = `<p class="meta">${esc(PROGRAMME_KIND_LABELS[p.kind])}${p.courseTypeLabel ? ` — ${esc(p.courseTypeLabel)}` : ''} · Instruktur: ${esc(p.instructorName)} · Jadwal: ${esc(schedule(p))}</p>`;
  const note = `<p class="note">H = hadir, A = alpa, I = izin, S = sakit. Persentase kehadiran = hadir ÷ sesi yang diadakan selama terdaftar × 100.</p>`;
  const topics = table(
    [
      { header: 'Tanggal', cell: (s: RecapData['sessions'][number]) => formatLongDate(s.heldOn), width: '25%' },
      { header: 'Materi', cell: (s) => s.topic },
    ],
    data.sessions,
    undefined,
    'Tidak ada sesi pada bulan ini',
  );
  return {
    title: 'Rekap Kehadiran Pelatihan',
    html: renderReport({
      title: 'Rekap Kehadiran Pelatihan',
      subtitle: `${p.name} — ${monthLabel(data.month)}`,
      home,
      paper,
      orientation: 'landscape',
      body: `${GRID_CSS}${meta}<table class="grid"><thead>${head}</thead><tbody>${body}</tbody>${foot}</table>${note}<h2>Materi sesi</h2>${topics}`,
      signedOn,
      signatures: { left: headSigner(home, 'Mengetahui,'), right: { title: 'Instruktur', name: p.instructorName, nip: null } },
    }),
    fileName: `rekap-kehadiran-${p.id}-${data.month}.pdf`,
    paper,
    landscape: true,
  };
}

export function buildCompletions(db: AppDb, actor: Actor, from: string, to: string): CompletionsData {
  const homeId = requireHome(actor);
  const enrolments = queryEnrolments(db, sql`e.home_id = ${homeId} AND e.status = 'completed' AND e.completed_on BETWEEN ${from} AND ${to}`);
  const programmes = new Map<number, Programme>();
  const rows: CompletionRow[] = enrolments
    .map((e) => {
      const p = programmes.get(e.programmeId) ?? getProgramme(db, actor, e.programmeId);
      programmes.set(p.id, p);
      return { enrolmentId: e.id, certificateNo: e.certificateNo!, completedOn: e.completedOn!, residentName: e.residentName, registrationNo: e.registrationNo, programmeName: p.name, kind: p.kind, rate: e.rate, result: resultText(e) };
    })
    .sort((a, b) => a.completedOn.localeCompare(b.completedOn) || a.certificateNo.localeCompare(b.certificateNo));
  return { from, to, rows };
}

export function renderCompletions(home: Home, data: CompletionsData, paper: Paper, signedOn: string): PrintableReport {
  const body = table<CompletionRow & { no: number }>(
    [
      { header: 'No', cell: (r) => r.no, align: 'center', width: '5%' },
      { header: 'Nomor sertifikat', cell: (r) => r.certificateNo },
      { header: 'Tanggal lulus', cell: (r) => formatLongDate(r.completedOn) },
      { header: 'Nama', cell: (r) => r.residentName },
      { header: 'No. registrasi', cell: (r) => r.registrationNo },
      { header: 'Program', cell: (r) => r.programmeName },
      { header: 'Kehadiran', cell: (r) => pct(r.rate), align: 'right' },
      { header: 'Hasil', cell: (r) => r.result },
    ],
    data.rows.map((r, i) => ({ ...r, no: i + 1 })),
    undefined,
    'Tidak ada peserta yang lulus pada periode ini',
  );
  return {
    title: 'Daftar Kelulusan Pelatihan',
    html: renderReport({
      title: 'Daftar Kelulusan Pelatihan',
      subtitle: `Periode ${formatLongDate(data.from)} s.d. ${formatLongDate(data.to)} · ${data.rows.length} peserta`,
      home,
      paper,
      orientation: 'landscape',
      body,
      signedOn,
      signatures: { right: headSigner(home) },
    }),
    fileName: `kelulusan-${data.from}-${data.to}.pdf`,
    paper,
    landscape: true,
  };
}

const BORDER = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } } as const;

function sheetFor(workbook: ExcelJS.Workbook, name: string, paper: Paper, home: Home, title: string, subtitle: string, width: number) {
  const sheet = workbook.addWorksheet(name, { pageSetup: { paperSize: (paper === 'A4' ? 9 : 14) as ExcelJS.PaperSize, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const centred = (text: string, bold = true, size = 11) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, width);
    row.getCell(1).font = { bold, size };
    row.getCell(1).alignment = { horizontal: 'center' };
  };
  centred(`PEMERINTAH PROVINSI ${home.province.toUpperCase()}`);
  centred('DINAS SOSIAL');
  centred(home.name.toUpperCase(), true, 13);
  sheet.addRow([]);
  centred(title.toUpperCase(), true, 12);
  centred(subtitle, false, 10);
  return sheet;
}

function signature(sheet: ExcelJS.Worksheet, home: Home, signedOn: string, column: number) {
  sheet.addRow([]);
  const signer = headSigner(home);
  for (const text of [`${placeName(home.regency)}, ${formatLongDate(signedOn)}`, signer.title, '', '', '', signer.name, `NIP. ${formatNip(signer.nip)}`]) {
    const row = sheet.addRow([]);
    row.getCell(column).value = text;
    if (text === signer.name) row.getCell(column).font = { bold: true, underline: true };
  }
}

const header = (row: ExcelJS.Row) =>
  row.eachCell((c) => {
    c.border = BORDER;
    c.font = { bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };
  });

const col = (n: number) => {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};

/** The recap grid as XLSX: the marks, and per row / per session totals as COUNTIF / SUM formulas. */
export async function recapWorkbook(home: Home, data: RecapData, paper: Paper, signedOn: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sipanti';
  workbook.calcProperties.fullCalcOnLoad = true;
  const n = data.sessions.length;
  const width = n + 5;
  const sheet = sheetFor(workbook, 'Rekap', paper, home, 'Rekap Kehadiran Pelatihan', `${data.programme.name} — ${monthLabel(data.month)}`, width);
  sheet.columns = [{ width: 5 }, { width: 32 }, ...data.sessions.map(() => ({ width: 4.5 })), { width: 8 }, { width: 8 }, { width: 9 }];
  header(sheet.addRow(['No', 'Nama', ...data.sessions.map((s) => Number(s.heldOn.slice(8))), 'Hadir', 'Sesi', '%']));
  const first = sheet.rowCount + 1;
  const firstMark = col(3);
  const lastMark = col(n + 2);
  const [cPresent, cHeld] = [col(n + 3), col(n + 4)];
  data.rows.forEach((r, i) => {
    const row = sheet.addRow([i + 1, r.residentName, ...r.marks.map((m) => (m ? ATTENDANCE_CODES[m] : ''))]);
    const k = row.number;
    row.getCell(n + 3).value = n ? { formula: `COUNTIF(${firstMark}${k}:${lastMark}${k},"H")`, result: r.present } : 0;
    row.getCell(n + 4).value = r.held;
    row.getCell(n + 5).value = { formula: `IF(${cHeld}${k}=0,"",${cPresent}${k}/${cHeld}${k})`, result: r.rate === null ? '' : r.rate / 100 };
    row.getCell(n + 5).numFmt = '0.0%';
    row.eachCell({ includeEmpty: true }, (c) => (c.border = BORDER));
  });
  const last = sheet.rowCount;
  const total = sheet.addRow(['', 'Jumlah hadir']);
  const t = total.number;
  const has = data.rows.length > 0;
  data.sessions.forEach((_, i) => {
    const c = col(i + 3);
    total.getCell(i + 3).value = has ? { formula: `COUNTIF(${c}${first}:${c}${last},"H")`, result: data.totals.perSession[i] } : 0;
  });
  total.getCell(n + 3).value = has ? { formula: `SUM(${cPresent}${first}:${cPresent}${last})`, result: data.totals.present } : 0;
  total.getCell(n + 4).value = has ? { formula: `SUM(${cHeld}${first}:${cHeld}${last})`, result: data.totals.held } : 0;
  total.getCell(n + 5).value = { formula: `IF(${cHeld}${t}=0,"",${cPresent}${t}/${cHeld}${t})`, result: data.totals.rate === null ? '' : data.totals.rate / 100 };
  total.getCell(n + 5).numFmt = '0.0%';
  total.font = { bold: true };
  total.eachCell({ includeEmpty: true }, (c) => (c.border = BORDER));
  sheet.addRow([]);
  sheet.addRow(['', 'H = hadir, A = alpa, I = izin, S = sakit']);
  signature(sheet, home, signedOn, Math.max(2, width - 2));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function completionsWorkbook(home: Home, data: CompletionsData, paper: Paper, signedOn: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sipanti';
  workbook.calcProperties.fullCalcOnLoad = true;
  const sheet = sheetFor(workbook, 'Kelulusan', paper, home, 'Daftar Kelulusan Pelatihan', `Periode ${formatLongDate(data.from)} s.d. ${formatLongDate(data.to)}`, 8);
  sheet.columns = [{ width: 5 }, { width: 20 }, { width: 14 }, { width: 30 }, { width: 14 }, { width: 34 }, { width: 11 }, { width: 16 }];
  header(sheet.addRow(['No', 'Nomor sertifikat', 'Tanggal lulus', 'Nama', 'No. registrasi', 'Program', 'Kehadiran', 'Hasil']));
  const first = sheet.rowCount + 1;
  data.rows.forEach((r, i) => {
    const row = sheet.addRow([i + 1, r.certificateNo, new Date(`${r.completedOn}T00:00:00Z`), r.residentName, r.registrationNo, r.programmeName, r.rate === null ? '' : r.rate / 100, r.result]);
    row.getCell(3).numFmt = 'dd/mm/yyyy';
    row.getCell(7).numFmt = '0.0%';
    row.eachCell({ includeEmpty: true }, (c) => (c.border = BORDER));
  });
  const total = sheet.addRow(['', 'Jumlah peserta lulus', data.rows.length ? { formula: `COUNTA(B${first}:B${sheet.rowCount})`, result: data.rows.length } : 0]);
  total.font = { bold: true };
  signature(sheet, home, signedOn, 6);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
