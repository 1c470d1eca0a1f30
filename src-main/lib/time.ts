import { now } from './clock';

/** Timestamps are stored as ISO-8601 UTC text, taken from the app's one clock. */
export const nowIso = (at: Date = now()): string => at.toISOString();

/** `20261124T053000` — sortable and safe in file names. */
export function fileStamp(at: Date = now()): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, '');
}
