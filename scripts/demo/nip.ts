import { parseNip } from '../../src-main/contract/validators';
import type { Sex } from './names';
import type { Rng } from './rng';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A birth date for someone aged `minAge`–`maxAge` on `today`, as YYYY-MM-DD. */
export function birthDate(rng: Rng, today: Date, minAge: number, maxAge: number): string {
  const year = today.getUTCFullYear() - rng.int(minAge, maxAge);
  const month = rng.int(1, 12);
  const day = rng.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return `${year}-${pad(month)}-${pad(day)}`;
}

// Civil-servant candidates (CPNS) are appointed mostly at the start of a budget year or in spring.
const APPOINTMENT_MONTHS = [1, 1, 1, 2, 3, 3, 4, 6, 10, 12] as const;

/**
 * An 18-digit NIP for this person: birth date YYYYMMDD + appointment YYYYMM + sex digit (1 man, 2 woman)
 * + a 3-digit serial. Appointed at 22–30 years of age, at least a year before `today`.
 */
export function makeNip(rng: Rng, person: { birthDate: string; sex: Sex }, today: Date): string {
  const birthYear = Number(person.birthDate.slice(0, 4));
  const latest = today.getUTCFullYear() - 1;
  const year = Math.min(latest, birthYear + rng.int(22, 30));
  const month = rng.pick(APPOINTMENT_MONTHS);
  const serial = rng.weighted<number>([
    [rng.int(1, 9), 5],
    [rng.int(10, 99), 4],
    [rng.int(100, 400), 1],
  ]);
  const nip = `${person.birthDate.replace(/-/g, '')}${year}${pad(month)}${person.sex === 'L' ? '1' : '2'}${pad(serial, 3)}`;
  const check = parseNip(nip);
  if (!check.ok) throw new Error(`demo NIP ${nip} is invalid: ${check.message}`);
  return nip;
}
