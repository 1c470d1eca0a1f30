import { randomBytes } from 'node:crypto';
import type { PrintableReport } from '../../contract';
import type { AppDb } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { recordAudit } from './audit.service';

/**
 * "print" in the audit log means a person printed or saved a PDF, not that a page rendered a report for its
 * preview. A report channel renders the HTML and attaches a print token (what it shows: report and period);
 * the renderer sends the token back through `print.recorded` when the user prints or saves the PDF, and only
 * then is the print written. Tokens live in memory for this process only (a restart forgets unprinted ones).
 */
interface PendingPrint {
  userId: number;
  homeId: number | null;
  after: Record<string, unknown>;
}

const MAX_PENDING = 2000;
const pending = new Map<string, PendingPrint>();

/** The report with a token for `print.recorded`; `after` says which report and period (as the audit row will). */
export function withPrintToken<T extends PrintableReport>(actor: Actor, report: T, after: Record<string, unknown>): T {
  const token = randomBytes(16).toString('hex');
  pending.set(token, { userId: actor.userId, homeId: actor.homeId, after });
  // Oldest first out: a Map iterates in insertion order.
  while (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value!);
  return { ...report, printToken: token };
}

/**
 * The user printed (browser: the print dialog opened from the preview) or saved a PDF (desktop): one audit
 * row "print" per press. A token from another user or home, or one this process does not know, records nothing.
 */
export function recordPrinted(db: AppDb, actor: Actor, input: { token: string; via: 'print' | 'pdf' }): { recorded: boolean } {
  const found = pending.get(input.token);
  if (!found || found.userId !== actor.userId || found.homeId !== actor.homeId) return { recorded: false };
  recordAudit(db, actor, { entity: 'report', action: 'print', after: { ...found.after, via: input.via } });
  return { recorded: true };
}
