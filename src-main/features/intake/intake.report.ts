import type { ApplicationDetail, Home, PrintableReport, RoundDetail, RoundEntry } from '../../contract';
import { DECISION_LABELS, PMKS_CATEGORIES, REFERRAL_LABELS, SEX_LABELS } from '../../contract';
import { formatLongDate, formatNip } from '../../contract/format';
import { esc, table } from '../../reports/html';
import { headSigner, placeName, renderReport, type Paper } from '../../reports/layout';

const score = (s: number | null) => (s == null ? '–' : s.toLocaleString('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));

function decisionText(e: RoundEntry): string {
  if (!e.decision) return 'Belum diputuskan';
  const d = e.decision;
  const label = d.decision === 'referred' && d.referredTo ? `${DECISION_LABELS[d.decision]} (${d.referredTo})` : DECISION_LABELS[d.decision];
  return d.override ? `${label} – melebihi kuota, disetujui ${d.override.by}` : label;
}

/** Berita acara hasil seleksi: the round, the quota, every applicant ranked with the decision and its reason. */
export function renderMinutes(home: Home, round: RoundDetail, paper: Paper): PrintableReport {
  const signedOn = round.approvedOn ?? round.endDate;
  const count = (k: string) => round.entries.filter((e) => e.decision?.decision === k).length;
  const facts = round.quotaFacts;
  const intro = `<p>Pada hari ini, ${esc(formatLongDate(signedOn))}, Tim Seleksi ${esc(home.name)} telah melaksanakan seleksi calon penerima manfaat
<b>${esc(round.name)}</b> (${esc(formatLongDate(round.startDate))} s.d. ${esc(formatLongDate(round.endDate))})
${round.minutesNo ? `dengan nomor berita acara <b>${esc(round.minutesNo)}</b>` : ''}, dengan hasil sebagai berikut.</p>`;
  const quota = `<table><tbody>
<tr><td>Kapasitas panti</td><td class="right" style="width:18%">${facts.capacity == null ? 'belum diatur' : esc(facts.capacity)}</td></tr>
<tr><td>Kuota periode ini${round.quotaReason ? ` (${esc(round.quotaReason)})` : ''}</td><td class="right">${esc(round.quota)}</td></tr>
<tr><td>Jumlah calon diseleksi</td><td class="right">${esc(round.entries.length)}</td></tr>
<tr><td>Diterima / daftar tunggu / tidak diterima / dirujuk</td><td class="right">${count('accepted')} / ${count('waitlisted')} / ${count('rejected')} / ${count('referred')}</td></tr>
</tbody></table>`;
  const ranked = table<RoundEntry>(
    [
      { header: 'No', cell: (e) => e.rank, align: 'center', width: '5%' },
      { header: 'No. pendaftaran', cell: (e) => e.applicationNo, width: '17%' },
      { header: 'Nama', cell: (e) => e.fullName },
      { header: 'L/P', cell: (e) => e.sex, align: 'center', width: '5%' },
      { header: 'Umur', cell: (e) => (e.age == null ? '–' : e.age), align: 'center', width: '6%' },
      { header: 'Nilai', cell: (e) => score(e.score), align: 'right', width: '7%' },
      { header: 'Keputusan', cell: decisionText, width: '17%' },
      { header: 'Alasan', cell: (e) => e.decision?.reason ?? '', width: '24%' },
    ],
    round.entries,
    undefined,
    'Tidak ada calon dalam periode ini',
  );
  const members = round.members.length
    ? `<h2>Anggota tim seleksi</h2>${table<RoundDetail['members'][number]>(
        [
          { header: 'No', cell: (m) => round.members.indexOf(m) + 1, align: 'center', width: '6%' },
          { header: 'Nama', cell: (m) => m.name },
          { header: 'NIP', cell: (m) => formatNip(m.nip) || '–', width: '24%' },
          { header: 'Jabatan dalam tim', cell: (m) => m.role, width: '22%' },
          { header: 'Tanda tangan', cell: () => '', width: '20%' },
        ],
        round.members,
      )}`
    : '';
  const body = `${intro}<h2>A. Kuota</h2>${quota}<h2>B. Hasil seleksi (urut peringkat nilai asesmen)</h2>${ranked}${members}
<p class="note">Calon dalam daftar tunggu diikutkan pada periode seleksi berikutnya. ${round.status === 'approved' ? `Disetujui Kepala UPTD pada ${esc(formatLongDate(round.approvedOn))}.` : 'Belum disetujui Kepala UPTD.'}</p>`;
  const html = renderReport({
    title: 'Berita Acara Hasil Seleksi Calon Penerima Manfaat',
    subtitle: round.name,
    home,
    paper,
    orientation: 'portrait',
    body,
    signedOn,
    signatures: { left: { title: 'Ketua Tim Seleksi', name: round.chairName, nip: round.chairNip }, right: headSigner(home, 'Menyetujui,') },
  });
  return { title: `Berita acara seleksi ${round.name}`, html, fileName: `berita-acara-seleksi-${round.id}.pdf`, paper, landscape: false };
}

const LETTER_TEXT: Record<string, string> = {
  accepted: 'DITERIMA sebagai penerima manfaat dan mulai mendapat pelayanan di panti',
  waitlisted: 'masuk DAFTAR TUNGGU dan akan diikutkan pada periode seleksi berikutnya',
  rejected: 'TIDAK DITERIMA sebagai penerima manfaat',
  referred: 'DIRUJUK ke lembaga lain yang lebih sesuai',
};

/** The decision letter to one applicant (or the referrer), signed by the head, with its letter number. */
export function renderDecisionLetter(home: Home, round: RoundDetail, application: ApplicationDetail, paper: Paper): PrintableReport {
  const entry = round.entries.find((e) => e.applicationId === application.id);
  const d = entry?.decision;
  const signedOn = round.approvedOn ?? round.endDate;
  const row = (label: string, value: string) => `<tr><td style="width:32%;border:none">${esc(label)}</td><td style="border:none">: ${esc(value)}</td></tr>`;
  const to = application.referrerName ? `${application.referrerName} (${REFERRAL_LABELS[application.referralSource]})` : `Sdr. ${application.fullName}`;
  const body = `<table style="border:none"><tbody>
${row('Nomor', d?.letterNo ?? '(diberi nomor setelah disetujui Kepala UPTD)')}
${row('Perihal', 'Hasil seleksi calon penerima manfaat')}
${application.referralLetterNo ? row('Menjawab surat', `No. ${application.referralLetterNo}${application.referralLetterDate ? `, ${formatLongDate(application.referralLetterDate)}` : ''}`) : ''}
</tbody></table>
<p>Kepada Yth.<br>${esc(to)}<br>di ${esc(application.originRegency ?? placeName(home.regency))}</p>
<p>Berdasarkan hasil seleksi calon penerima manfaat <b>${esc(round.name)}</b> dan berita acara hasil seleksi${round.minutesNo ? ` Nomor ${esc(round.minutesNo)}` : ''}, dengan ini kami sampaikan bahwa:</p>
<table style="border:none"><tbody>
${row('Nama', application.fullName)}
${row('No. pendaftaran', application.applicationNo)}
${row('NIK', application.nik ?? '–')}
${row('Jenis kelamin', SEX_LABELS[application.sex])}
${row('Tempat, tanggal lahir', `${application.birthPlace ?? '–'}, ${application.birthDate ? formatLongDate(application.birthDate) : '–'}`)}
${row('Kategori PMKS', PMKS_CATEGORIES[application.pmksCategory] ?? '')}
</tbody></table>
<p>dinyatakan <b>${esc(d ? LETTER_TEXT[d.decision] : 'BELUM DIPUTUSKAN')}</b>${d?.decision === 'referred' && d.referredTo ? `, yaitu ${esc(d.referredTo)}` : ''}.</p>
${d ? `<p>Pertimbangan: ${esc(d.reason)}</p>` : ''}
<p>Demikian surat ini disampaikan untuk dipergunakan sebagaimana mestinya.</p>`;
  const html = renderReport({
    title: 'Surat Keputusan Hasil Seleksi',
    home,
    paper,
    orientation: 'portrait',
    body,
    signedOn,
    signatures: { right: headSigner(home) },
  });
  return { title: `Surat hasil seleksi ${application.fullName}`, html, fileName: `surat-seleksi-${application.applicationNo}.pdf`, paper, landscape: false };
}
