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

export const auditChannels = {
  'audit.list': channel<{ rows: AuditRow[]; hasMore: boolean }>()(AuditListInput, ['province_admin', 'admin', 'head']),
} as const;
