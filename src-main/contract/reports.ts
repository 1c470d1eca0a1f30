import { z } from 'zod';
import { channel } from './common';
import { IsoDate } from './validators';

export const PAPER_SIZES = ['A4', 'F4'] as const;
export const PaperSize = z.enum(PAPER_SIZES).default('A4');

export const ReportPeriod = z
  .object({ from: IsoDate, to: IsoDate, paper: PaperSize })
  .refine((v) => v.to >= v.from, { path: ['to'], message: 'Tanggal akhir harus sesudah tanggal awal' });
export type ReportPeriod = z.input<typeof ReportPeriod>;

/** A printable report: the HTML Chromium prints, and the file name to suggest. */
export interface PrintableReport {
  title: string;
  html: string;
  fileName: string;
  paper: (typeof PAPER_SIZES)[number];
  landscape: boolean;
  /** Sent back through `print.recorded` when the user prints or saves the PDF: only then is "print" audited. */
  printToken?: string;
}

export interface SexCount {
  key: string;
  label: string;
  L: number;
  P: number;
  total: number;
}

export interface CensusMovementRow {
  registrationNo: string;
  fullName: string;
  sex: 'L' | 'P';
  date: string;
  detail: string;
  reason: string;
}

export interface CensusData {
  from: string;
  to: string;
  byPmks: SexCount[];
  byAgeGroup: SexCount[];
  byRegency: SexCount[];
  movement: { atStart: number; admissions: number; readmissions: number; discharged: number; deceased: number; atEnd: number };
  exitsByType: SexCount[];
  admissions: CensusMovementRow[];
  exits: CensusMovementRow[];
}

export const PdfInput = z.object({
  html: z.string().min(1).max(20_000_000),
  fileName: z.string().regex(/^[\w.-]+\.pdf$/, 'Nama berkas PDF tidak sah'),
  paper: z.enum(PAPER_SIZES),
  landscape: z.boolean(),
});

const REPORT_ROLES = ['province_admin', 'admin', 'head'] as const;

export const reportsChannels = {
  'reports.censusData': channel<CensusData>()(ReportPeriod, REPORT_ROLES),
  'reports.census': channel<PrintableReport>()(ReportPeriod, REPORT_ROLES),
  'reports.censusXlsx': channel<{ fileName: string; base64: string }>()(ReportPeriod, REPORT_ROLES),
  /** Desktop only: prints HTML to PDF with Chromium (printToPDF) and asks where to save it. */
  'print.savePdf': channel<{ saved: boolean; path: string | null }>()(PdfInput, 'any'),
  /** The user printed (browser) or saved the PDF (desktop) of a rendered report: writes the audit row "print". */
  'print.recorded': channel<{ recorded: boolean }>()(z.object({ token: z.string().regex(/^[0-9a-f]{32}$/), via: z.enum(['print', 'pdf']) }), 'any'),
} as const;
