import { ApiError } from '../../lib/api';

/** Main refused a cost past the budget line's remaining allocation: the form then asks for the head's approval. */
export function isOverAllocation(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'CONFLICT' && (error.details as { kind?: string } | undefined)?.kind === 'over-allocation';
}
