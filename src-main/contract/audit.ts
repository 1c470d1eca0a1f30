import { z } from 'zod';
import { channel } from './common';

export interface AuditRow {
  id: number;
  at: string;
  userId: number | null;
  username: string | null;
  homeId: number | null;
  channel: string;
  entity: string;
  entityId: string | null;
  action: string;
  before: unknown;
  after: unknown;
  /** The record's human name (a resident's name, an account's code and name…); null when it has none or is gone. */
  recordName?: string | null;
  /** Where the record can be opened, if anywhere. */
  recordRef?: AuditRecordRef | null;
  /** For entity 'report': which report was printed or exported. */
  reportKind?: string | null;
}

/** A page the audit log links to: the renderer maps the kind to its route. */
export interface AuditRecordRef {
  kind: 'resident' | 'user' | 'funeral' | 'repatriation' | 'application' | 'round' | 'spending' | 'meal_purchase' | 'medicine_batch' | 'doctor_visit' | 'programme' | 'school';
  id: number;
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berformat TTTT-BB-HH')
  .optional();

export const AuditListInput = z.object({
  from: isoDate,
  to: isoDate,
  username: z.string().trim().max(40).optional(),
  entity: z.string().trim().max(60).optional(),
  entityId: z.string().trim().max(60).optional(),
  channel: z.string().trim().max(80).optional(),
  /** Province administrators only: one home's entries. */
  homeId: z.number().int().positive().optional(),
  /** Rows with an id below this one (the next page when scrolling back in time). */
  beforeId: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type AuditListInput = z.input<typeof AuditListInput>;

/** The hash chain's verification (see README, "A tamper-evident audit trail"). */
export interface AuditVerifyResult {
  ok: boolean;
  rowsChecked: number;
  chains: number;
  /** The first row where a chain breaks: edited, or a row before it removed, or its hash missing. */
  firstBroken: { id: number; at: string; homeId: number | null; entity: string; action: string; reason: 'changed' | 'missing' } | null;
  /** The newest hash of each chain checked, to note down or print: it detects a rewrite of the whole chain later. */
  heads: { homeId: number | null; lastId: number; hash: string }[];
}

export const auditChannels = {
  'audit.list': channel<{ rows: AuditRow[]; hasMore: boolean }>()(AuditListInput, ['province_admin', 'admin', 'head']),
  'audit.verify': channel<AuditVerifyResult>()(z.object({}).strict().optional(), ['province_admin', 'admin', 'head']),
} as const;
