import { formatNumber } from './numbers.js';

/**
 * A recovery objective as people say it: "none" (0), "15 minutes", "4 hours", "5 days".
 *
 * @example formatHours(0.25) // "15 minutes"
 */
export function formatHours(hours: number): string {
  if (!Number.isFinite(hours) || hours < 0) throw new TypeError(`formatHours: expected 0 or more hours, got ${String(hours)}`);
  if (hours === 0) return 'none';
  const unit = (n: number, word: string) => `${formatNumber(n, Number.isInteger(n) ? 0 : 1)} ${word}${n === 1 ? '' : 's'}`;
  if (hours < 1) return unit(Math.round(hours * 60), 'minute');
  if (hours < 48 || hours % 24 !== 0) return unit(hours, 'hour');
  return unit(hours / 24, 'day');
}
