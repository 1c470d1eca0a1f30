/** Small helpers shared by the auth screens and the signed-in shell (kept out of the pages so each loads alone). */

/** Two capital letters for an avatar. */
export function initials(name: string): string {
  const parts = name.replace(/[^\p{L}\s]/gu, ' ').trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts[1]?.[0] ?? '')).toUpperCase() || '?';
}

let remembered = '';
/** Pre-fills the log-in form (after the setup wizard, or after a log-out). */
export function rememberUsername(username: string): void {
  remembered = username;
}

export function rememberedUsername(): string {
  return remembered;
}
