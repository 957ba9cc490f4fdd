import type Handlebars from 'handlebars';
import { formatDate, formatMoney, formatMoneyShort, formatNumber, formatPercent } from '../format/numbers.js';

/**
 * Formatting helpers for templates. Handlebars' strict mode does not check helper arguments, so
 * each helper checks its own: a missing or mistyped figure stops the render with the helper's
 * name instead of printing "NaN", "undefined" or "£0" on a board paper.
 *
 *   {{money npvPence}}        -> £1,234,567      (whole pence in)
 *   {{moneyShort npvPence}}   -> £1.23M
 *   {{number servers}}        -> 1,234           {{number pue 2}} -> 1.80
 *   {{percent 0.642}}         -> 64%             {{percent 0.642 1}} -> 64.2%
 *   {{date "2026-11-25"}}     -> 25 November 2026
 */
export function registerFormatHelpers(hb: typeof Handlebars): void {
  hb.registerHelper('money', (...args: unknown[]) => formatMoney(pence('money', args)));
  hb.registerHelper('moneyShort', (...args: unknown[]) => formatMoneyShort(pence('moneyShort', args)));
  hb.registerHelper('number', (...args: unknown[]) => {
    const [value, decimals] = positional('number', args, 1, 2);
    return formatNumber(finite('number', value), decimalsOf('number', decimals));
  });
  hb.registerHelper('percent', (...args: unknown[]) => {
    const [value, decimals] = positional('percent', args, 1, 2);
    return formatPercent(finite('percent', value), decimalsOf('percent', decimals));
  });
  hb.registerHelper('date', (...args: unknown[]) => {
    const [value] = positional('date', args, 1, 1);
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      throw new TypeError(`date helper: expected a date as YYYY-MM-DD, got ${describe(value)}`);
    }
    return formatDate(value);
  });
}

/** Handlebars appends its options object to every helper call; strip it and check the count. */
function positional(name: string, args: unknown[], min: number, max: number): unknown[] {
  const values = args.slice(0, -1);
  if (values.length < min || values.length > max) {
    throw new TypeError(`${name} helper: expected ${min === max ? min : `${min} to ${max}`} argument(s), got ${values.length}`);
  }
  return values;
}

function pence(name: string, args: unknown[]): number {
  const [value] = positional(name, args, 1, 1);
  const n = finite(name, value);
  if (!Number.isInteger(n)) throw new TypeError(`${name} helper: expected whole pence, got ${n}`);
  return n;
}

function finite(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new TypeError(`${name} helper: expected a finite number, got ${describe(value)}`);
  }
  return value;
}

function decimalsOf(name: string, value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 6) {
    throw new TypeError(`${name} helper: expected 0 to 6 decimals, got ${describe(value)}`);
  }
  return value;
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing (missing field?)' : JSON.stringify(value) ?? String(value);
}
