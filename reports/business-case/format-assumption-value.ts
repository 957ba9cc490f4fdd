import { formatNumber, formatPercent } from '../format/numbers.js';

/**
 * An assumption's value as a reader expects it for its unit: fractions as percentages, pounds
 * with a £ sign, otherwise the number and the unit.
 */
export function formatAssumptionValue(value: number, unit: string): string {
  if (/^fraction|^real rate/.test(unit)) return formatPercent(value, Number.isInteger(value * 100) ? 0 : 1);
  if (unit === '£/kWh') return `£${formatNumber(value, 2)}/kWh`;
  if (unit === '£') return `£${formatNumber(value)}`;
  // Whole pounds, as in every table; pence only where a price is under £10 (a few pence per kWh).
  if (unit.startsWith('£ ')) return `£${formatNumber(value, Number.isInteger(value) || Math.abs(value) >= 10 ? 0 : 2)} ${unit.slice(2)}`;
  if (unit === '%') return `${formatNumber(value)}%`;
  if (unit === 'ratio') return formatNumber(value, 2);
  if (unit === 'calendar year') return String(value);
  const decimals = Number.isInteger(value) ? 0 : Math.min(2, String(value).split('.')[1]?.length ?? 0);
  return `${formatNumber(value, decimals)} ${unit}`;
}
