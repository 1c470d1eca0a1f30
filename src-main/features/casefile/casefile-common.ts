import { CASEFILE_WRITE_ROLES } from '../../contract';
import type { residents } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { AppError } from '../../lib/errors';

const WRITERS: ReadonlySet<string> = new Set(CASEFILE_WRITE_ROLES);

/** May this actor write to case files (stages, assessments, plans, progress)? The router checks it too. */
export const canWriteCaseFile = (actor: Pick<Actor, 'role'>) => WRITERS.has(actor.role);

/** The case file changes only while the resident is active: a discharged or deceased resident's file is closed. */
export function assertActiveResident(resident: Pick<typeof residents.$inferSelect, 'status'>, what: string): void {
  if (resident.status !== 'active') throw new AppError('CONFLICT', `${what} hanya untuk penerima manfaat yang masih aktif`);
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** `2026-07-15` → `15 Juli 2026`, for messages. */
export function longDate(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}
