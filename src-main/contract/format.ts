/** Formatting shared by the UI and the printed reports: one way to write a date, an amount, a NIP. */

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-24" → "24 November 2026" (English: "24 November 2026" with English month names). */
export function formatLongDate(iso: string | null | undefined, lang: 'id' | 'en' = 'id'): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return '—';
  const months = lang === 'en' ? MONTHS_EN : MONTHS_ID;
  return `${Number(iso.slice(8, 10))} ${months[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

export const monthName = (month: number, lang: 'id' | 'en' = 'id') => (lang === 'en' ? MONTHS_EN : MONTHS_ID)[month - 1] ?? '';

const groupThousands = (n: number) =>
  Math.abs(Math.round(n))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Integer rupiah: "Rp 1.234.567"; negatives "-Rp 1.234.567". */
export function formatRupiah(rupiah: number | null | undefined): string {
  if (rupiah == null || !Number.isFinite(rupiah)) return '—';
  return `${Math.round(rupiah) < 0 ? '-' : ''}Rp ${groupThousands(rupiah)}`;
}

/** Report columns: "1.234.567", negatives in parentheses "(1.234.567)" as realisation reports print them. */
export function formatAmount(value: number): string {
  return Math.round(value) < 0 ? `(${groupThousands(value)})` : groupThousands(value);
}

/** "1.234" for counts. */
export const formatCount = (n: number) => groupThousands(n);

/** A percentage with a decimal comma: "87,5". */
export function formatPercent(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '—';
  return value.toFixed(digits).replace('.', ',');
}

/** An 18-digit NIP grouped as documents print it: "19700315 199503 1 002". */
export function formatNip(nip: string | null | undefined): string {
  if (!nip) return '';
  const n = nip.replace(/\s+/g, '');
  return n.length === 18 ? `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}` : n;
}
