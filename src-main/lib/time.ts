/** Timestamps are stored as ISO-8601 UTC text. */
export const nowIso = (now: Date = new Date()) => now.toISOString();

/** `20261124T053000` — sortable and safe in file names. */
export function fileStamp(now: Date = new Date()): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, '');
}
