import dayjs from 'dayjs';
import { zoned } from '@contract';
import { homeTimeZone, zoneLabel } from './home-clock';
import { currentLanguage } from './i18n';

/** A calendar day ("2026-11-24") as it is; an instant (an ISO time or a Date) on the home's wall clock. */
const asHomeTime = (value: string | Date) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayjs(value) : zoned(value, homeTimeZone()));

/** "24 November 2026" (both languages write the day first, as Indonesian documents do). */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const d = asHomeTime(value);
  return d.isValid() ? d.locale(currentLanguage()).format('D MMMM YYYY') : '—';
}

/** "24 Nov 2026" for dense tables. */
export function formatShortDate(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const d = asHomeTime(value);
  return d.isValid() ? d.locale(currentLanguage()).format('D MMM YYYY') : '—';
}

/** "24 November 2026, 14.05 WIB" in Indonesian, "24 November 2026, 14:05 WIB" in English: the home's time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const d = asHomeTime(value);
  if (!d.isValid()) return '—';
  const lang = currentLanguage();
  return `${d.locale(lang).format(lang === 'id' ? 'D MMMM YYYY, HH.mm' : 'D MMMM YYYY, HH:mm')} ${zoneLabel()}`;
}

/** "24 Nov 2026 14.05.09 WIB" for the audit log. */
export function formatTimestamp(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const d = asHomeTime(value);
  if (!d.isValid()) return '—';
  const lang = currentLanguage();
  return `${d.locale(lang).format(lang === 'id' ? 'D MMM YYYY HH.mm.ss' : 'D MMM YYYY HH:mm:ss')} ${zoneLabel()}`;
}

/** Integer rupiah "Rp 1.234.567" and NIPs grouped as documents print them: the same as the printed reports. */
export { formatRupiah as formatMoney, formatNip } from '@contract';

/** "1,4 MB" / "1.4 MB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const text = unit === 0 ? String(value) : value.toFixed(value < 10 ? 1 : 0);
  return `${currentLanguage() === 'id' ? text.replace('.', ',') : text} ${units[unit]}`;
}
