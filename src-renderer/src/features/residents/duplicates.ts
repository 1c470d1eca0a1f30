import type { DuplicateMatch } from '@contract';
import { call, type ApiError } from '../../lib/api';

export interface Duplicates {
  nikMatch: DuplicateMatch | null;
  similar: DuplicateMatch[];
}

/**
 * The records a CONFLICT from `residents.create/update` points to. Main sends them as the error's `details`;
 * the renderer's ApiError does not keep `details`, so they are asked for again with `residents.checkDuplicates`.
 */
export async function duplicatesBehind(
  error: ApiError,
  person: { nik?: string | null; fullName: string; birthDate?: string | null },
  excludeId?: number,
): Promise<Duplicates> {
  const details = (error as ApiError & { details?: Partial<Duplicates> }).details;
  if (details && (details.nikMatch || details.similar)) return { nikMatch: details.nikMatch ?? null, similar: details.similar ?? [] };
  return call('residents.checkDuplicates', { nik: person.nik ?? null, fullName: person.fullName, birthDate: person.birthDate ?? null, excludeId });
}
