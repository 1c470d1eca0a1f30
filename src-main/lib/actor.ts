import type { Role } from '../contract';
import { AppError } from './errors';

/** The signed-in user on whose behalf a service runs, and the channel that asked (for the audit log). */
export interface Actor {
  userId: number;
  username: string;
  role: Role;
  /** The home this request works on: the user's own, or the one a province administrator chose. */
  homeId: number | null;
  channel: string;
}

export function requireHome(actor: Actor): number {
  if (actor.homeId == null) throw new AppError('VALIDATION', 'Pilih panti terlebih dahulu');
  return actor.homeId;
}

export const isProvinceAdmin = (actor: Pick<Actor, 'role'>) => actor.role === 'province_admin';
