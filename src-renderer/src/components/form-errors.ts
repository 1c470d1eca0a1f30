import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../lib/api';

export interface FieldErrorOptions {
  /** Turns a server key (dotted path of the channel input) into a form field path; null drops it. */
  mapKey?: (serverKey: string) => string | null;
  /** Only these form fields are accepted; others stay in the returned `unmatched`. */
  fields?: readonly string[];
}

export interface AppliedErrors {
  /** Form field paths that now show an error, in the order main reported them. */
  applied: string[];
  /** Messages that belong to no field of this form: show them above the form. */
  unmatched: string[];
}

/**
 * Puts a failed call's per-field messages onto react-hook-form fields (keys like `home.headNip`), focusing
 * the first one. Anything that is not a field error is returned as `unmatched` for a general alert.
 */
export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  options: FieldErrorOptions = {},
): AppliedErrors {
  if (!(error instanceof ApiError)) {
    return { applied: [], unmatched: [error instanceof Error ? error.message : String(error)] };
  }
  const applied: string[] = [];
  const unmatched: string[] = [];
  for (const [serverKey, message] of Object.entries(error.fieldErrors)) {
    const field = options.mapKey ? options.mapKey(serverKey) : serverKey;
    if (field && field !== '_' && (!options.fields || options.fields.includes(field))) {
      setError(field as Path<T>, { type: 'server', message }, { shouldFocus: applied.length === 0 });
      applied.push(field);
    } else {
      unmatched.push(message);
    }
  }
  if (applied.length === 0 && unmatched.length === 0) unmatched.push(error.message);
  return { applied, unmatched: [...new Set(unmatched)] };
}
