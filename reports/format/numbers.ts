import { penceToPounds, type Pence } from '../../engine/money.js';

/**
 * Every figure people read gets its £ sign, thousands separators and rounding here, so a chat
 * answer, a board paper and a monthly summary print the same number the same way (en-GB).
 */
const gbp0 = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const gbpCompact = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  notation: 'compact',
  maximumSignificantDigits: 3,
});
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** One minus sign everywhere: the typographic minus (U+2212), never a hyphen. */
const minus = (text: string) => text.replace(/-/g, '\u2212');

function requireFinite(value: number, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`${what}: expected a finite number, got ${String(value)}`);
  return value;
}

/** £1,234,567 from pence. */
export function formatMoney(pence: Pence): string {
  return minus(gbp0.format(Math.round(penceToPounds(requireFinite(pence, 'formatMoney')))));
}

/** £412k / £1.2m from pence, for prose, tiles and chat (tables use formatMoney). */
export function formatMoneyShort(pence: Pence): string {
  return minus(gbpCompact.format(penceToPounds(requireFinite(pence, 'formatMoneyShort'))));
}

/** 1,234 (or with the given number of decimals). */
export function formatNumber(value: number, decimals = 0): string {
  requireFinite(value, 'formatNumber');
  if (decimals === 0) return minus(whole.format(value));
  return minus(new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value));
}

/** 0.783 -> "78%" (or "78.3%" with one decimal). */
export function formatPercent(fraction: number, decimals = 0): string {
  requireFinite(fraction, 'formatPercent');
  return minus(
    new Intl.NumberFormat('en-GB', {
      style: 'percent',
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(fraction),
  );
}

/** "25 November 2026" from YYYY-MM-DD or a Date, in Europe/London. */
export function formatDate(date: string | Date): string {
  const d = typeof date === 'string' ? new Date(`${date}T12:00:00Z`) : date;
  if (Number.isNaN(d.getTime())) throw new TypeError(`formatDate: expected a date, got ${String(date)}`);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(d);
}

/** 28 -> "2 years 4 months", 11 -> "11 months", 24 -> "2 years" (payback periods). */
export function formatMonths(months: number): string {
  requireFinite(months, 'formatMonths');
  if (months < 0) throw new TypeError(`formatMonths: expected 0 or more months, got ${months}`);
  const whole = Math.round(months);
  const years = Math.floor(whole / 12);
  const rest = whole % 12;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (years === 0) return part(rest, 'month');
  return rest === 0 ? part(years, 'year') : `${part(years, 'year')} ${part(rest, 'month')}`;
}
